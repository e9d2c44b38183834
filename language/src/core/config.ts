import type { FileSystemProvider } from 'langium';
import { UriUtils } from 'langium';
import type { URI } from 'vscode-uri';
import type { Severity } from './finding.js';
import { CONFIG_FILE_NAME, parseConfig, type ConfigProblem } from '../config/config-file.js';

export type SeveritySetting = Severity | 'off';

/** The settings a check sees for one document. */
export interface SanctionConfig {
    /** Jurisdiction profile id; `coe` (the Rules alone) by default. */
    profile: string;
    /** Per-check severity overrides, by check id. */
    checks: Record<string, SeveritySetting>;
    /** Control-burden ceilings by seriousness, replacing the model's defaults. */
    ceilings?: Partial<Record<'minor' | 'moderate' | 'serious' | 'very serious', number>>;
    /** Template libraries by name: the folder of each, relative to the configuration file (docs/libraries.md). */
    libraries?: Readonly<Record<string, string>>;
    /** The largest file in bytes the CLI reads (its --max-file-size overrides it). */
    maxFileSize?: number;
}

export const DEFAULT_CONFIG: SanctionConfig = Object.freeze({ profile: 'coe', checks: {} });

/** The configuration of a document and where it came from. */
export interface ResolvedConfig {
    config: SanctionConfig;
    /** The configuration file that applies, if any. */
    file?: URI;
    /** Problems in that file; when there are any, the file is ignored. */
    problems: ConfigProblem[];
}

/**
 * Gives each document its configuration, from four layers, each overriding the one before:
 * the product's defaults; the shell's defaults (the editor's default profile setting); the nearest
 * `sanction.config.json` above the document; the shell's overrides (CLI flags such as --profile).
 */
export class ConfigProvider {
    protected defaults: Partial<SanctionConfig> = {};
    protected overrides: Partial<SanctionConfig> = {};
    protected readonly files = new Map<string, { file?: URI; config?: Partial<SanctionConfig>; problems: ConfigProblem[] }>();
    protected knownChecks: ReadonlySet<string> = new Set();
    /** `resolve` by document URI: every check asks, for every node it visits. */
    protected readonly resolved = new Map<string, ResolvedConfig>();

    constructor(protected readonly fileSystem?: FileSystemProvider) {}

    /** Check ids a configuration file may name (set by the check registry). */
    setKnownChecks(ids: Iterable<string>): void {
        this.knownChecks = new Set(ids);
        this.forget();
    }

    /** Defaults of the shell, weaker than a configuration file (an editor setting). */
    setDefaults(config: Partial<SanctionConfig>): void {
        this.defaults = config;
        this.resolved.clear();
    }

    /** Overrides of the shell, stronger than a configuration file (command-line flags). */
    setOverrides(config: Partial<SanctionConfig>): void {
        this.overrides = config;
        this.resolved.clear();
    }

    /** Forget what was read from configuration files (after one changed). */
    invalidate(): void {
        this.forget();
    }

    /** Forget a document's resolved configuration (the document was removed from the workspace). */
    forgetDocument(documentUri: URI): void {
        this.resolved.delete(documentUri.toString());
    }

    private forget(): void {
        this.files.clear();
        this.resolved.clear();
    }

    resolve(documentUri: URI): ResolvedConfig {
        const key = documentUri.toString();
        let resolved = this.resolved.get(key);
        if (!resolved) {
            resolved = this.merge(documentUri);
            this.resolved.set(key, resolved);
        }
        return resolved;
    }

    private merge(documentUri: URI): ResolvedConfig {
        const found = this.fileFor(UriUtils.dirname(documentUri));
        const layers = [DEFAULT_CONFIG, this.defaults, found.config ?? {}, this.overrides];
        const config: SanctionConfig = {
            profile: layers.reduce<string>((profile, layer) => layer.profile ?? profile, DEFAULT_CONFIG.profile),
            checks: Object.assign({}, ...layers.map(layer => layer.checks ?? {})),
            ceilings: Object.assign({}, ...layers.map(layer => layer.ceilings ?? {})),
            libraries: layers.reduce<Readonly<Record<string, string>> | undefined>((libraries, layer) => layer.libraries ?? libraries, undefined),
            ...maxFileSizeOf(layers)
        };
        return { config, file: found.file, problems: found.problems };
    }

    forDocument(documentUri: URI): SanctionConfig {
        return this.resolve(documentUri).config;
    }

    /** The nearest configuration file at or above a folder, read once per folder. */
    protected fileFor(folder: URI): { file?: URI; config?: Partial<SanctionConfig>; problems: ConfigProblem[] } {
        const key = folder.toString();
        const cached = this.files.get(key);
        if (cached) {
            return cached;
        }
        let result: { file?: URI; config?: Partial<SanctionConfig>; problems: ConfigProblem[] } = { problems: [] };
        if (this.fileSystem && folder.scheme === 'file') {
            const candidate = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
            if (this.fileSystem.existsSync(candidate)) {
                const parsed = parseConfig(this.fileSystem.readFileSync(candidate), candidate.fsPath, this.knownChecks);
                result = { file: candidate, config: parsed.config, problems: parsed.problems };
            } else {
                const parent = UriUtils.dirname(folder);
                if (parent.toString() !== folder.toString()) {
                    result = this.fileFor(parent);
                }
            }
        }
        this.files.set(key, result);
        return result;
    }
}

/** `maxFileSize` of the strongest layer that sets one, or nothing. */
function maxFileSizeOf(layers: ReadonlyArray<Partial<SanctionConfig>>): Pick<SanctionConfig, 'maxFileSize'> {
    const size = layers.reduce<number | undefined>((found, layer) => layer.maxFileSize ?? found, undefined);
    return size === undefined ? {} : { maxFileSize: size };
}
