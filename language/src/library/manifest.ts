import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import schema from '../config/sanction-library.schema.json' with { type: 'json' };
import languagePackage from '../../package.json' with { type: 'json' };
import { jsonErrorPosition, jsonErrorReason, keyPosition, type ConfigProblem } from '../config/config-file.js';

/** The file that makes a folder a template library. */
export const MANIFEST_FILE_NAME = 'sanction-library.json';

/** The version of the language this core reads (the language package's, which every package.json shares). */
export const LANGUAGE_VERSION: string = languagePackage.version;

/** What `sanction-library.json` says about a library. */
export interface LibraryManifest {
    name: string;
    version: string;
    description: string;
    /** Jurisdiction profiles the templates are written for. */
    profiles: string[];
    /** The oldest language version that reads the templates. */
    minimumLanguageVersion: string;
}

/** One problem in a manifest: the file, the line and column (1-based), and what is wrong. */
export type ManifestProblem = ConfigProblem;

export type ParsedManifest = { manifest: LibraryManifest; problems: [] } | { manifest?: undefined; problems: ManifestProblem[] };

let compiled: ReturnType<Ajv2020['compile']> | undefined;
function validator(): ReturnType<Ajv2020['compile']> {
    return (compiled ??= new Ajv2020({ allErrors: true, strict: false }).compile(schema));
}

/** Reads a manifest's text: JSON syntax (with the position of the fault), then the schema. */
export function parseManifest(text: string, file: string): ParsedManifest {
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (error) {
        return { problems: [{ file, ...jsonErrorPosition(text, error), message: `malformed JSON: ${jsonErrorReason(error)}` }] };
    }
    const validate = validator();
    if (!validate(value)) {
        const seen = new Set<string>();
        const problems: ManifestProblem[] = [];
        for (const error of validate.errors ?? []) {
            const problem = schemaProblem(text, file, error);
            const key = `${problem.line}:${problem.column}:${problem.key ?? ''}:${problem.message}`;
            if (!seen.has(key)) {
                seen.add(key);
                problems.push(problem);
            }
        }
        return { problems };
    }
    return { manifest: value as LibraryManifest, problems: [] };
}

/** `file:line:column: 'key': message`, the way configuration problems are printed. */
export function formatManifestProblem(problem: ManifestProblem): string {
    return `${problem.file}:${problem.line}:${problem.column}: ${problem.key ? `'${problem.key}': ` : ''}${problem.message}`;
}

function schemaProblem(text: string, file: string, error: ErrorObject): ManifestProblem {
    const path = error.instancePath.split('/').slice(1).map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    const at = (keyPath: string[]) => ({ file, ...keyPosition(text, keyPath), key: keyPath.join('.') || undefined });
    switch (error.keyword) {
        case 'required': {
            const missing = (error.params as { missingProperty: string }).missingProperty;
            return { ...at(path), message: `the manifest needs '${missing}'` };
        }
        case 'additionalProperties': {
            const extra = (error.params as { additionalProperty: string }).additionalProperty;
            return { ...at([...path, extra]), message: 'unknown key' };
        }
        case 'enum': {
            const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(v => `'${String(v)}'`).join(', ');
            return { ...at(path), message: `must be one of ${allowed}` };
        }
        case 'pattern':
            return {
                ...at(path),
                message: path[0] === 'name'
                    ? 'a library name is an npm package name: lower-case words joined by -, . or _, optionally under an @scope/'
                    : 'a version is major.minor.patch, e.g. "1.0.0"'
            };
        default:
            return { ...at(path), message: error.message ?? 'is not valid' };
    }
}

/** Compares two major.minor.patch versions (a pre-release suffix is ignored): negative when a < b. */
export function compareVersions(a: string, b: string): number {
    const parts = (v: string) => v.split('-')[0].split('.').map(n => Number.parseInt(n, 10) || 0);
    const [x, y] = [parts(a), parts(b)];
    for (let i = 0; i < 3; i++) {
        const d = (x[i] ?? 0) - (y[i] ?? 0);
        if (d !== 0) {
            return d;
        }
    }
    return 0;
}
