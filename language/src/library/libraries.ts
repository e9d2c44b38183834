import { UriUtils, URI } from 'langium';
import type { ConfigProvider } from '../core/config.js';
import { FileAccess, isInside } from './file-access.js';
import { compareVersions, formatManifestProblem, LANGUAGE_VERSION, MANIFEST_FILE_NAME, parseManifest, type LibraryManifest } from './manifest.js';

/** A template library found for an order: where it is, what its manifest says, and how it was found. */
export interface Library {
    /** The name the order imports it by. */
    name: string;
    /** The library's folder, as configured or found (not the real path: documents keep the path the workspace sees). */
    root: URI;
    /** The real path of that folder: no file of the library may resolve outside it. */
    realRoot: string;
    manifest: LibraryManifest;
    /** `config`: named in `libraries` of sanction.config.json; `npm`: a package in node_modules. */
    source: 'config' | 'npm';
}

/** Why a library import cannot be followed; the message ids of the `unresolved-import` check. */
export type LibraryErrorId =
    | 'unknownLibrary' | 'libraryFolderMissing' | 'notALibrary' | 'manifestInvalid' | 'languageTooOld'
    | 'noTemplateFile' | 'templateMissing' | 'escapesLibrary';

export interface LibraryError {
    /** Which problem, for callers that tell them apart. */
    kind: LibraryErrorId;
    /** The problem in the drafter's terms, with what to do about it. */
    message: string;
}

/** The message of each problem, `{{name}}` filled from the data. */
const MESSAGES: Record<LibraryErrorId, string> = {
    unknownLibrary: 'There is no template library \'{{name}}\' ({{known}}): name its folder in `libraries` of sanction.config.json or install its npm package; a path to a file ends with .sanction',
    libraryFolderMissing: 'Library \'{{name}}\' is configured as \'{{folder}}\' in {{config}}, which is not a folder: correct the path, which is relative to that file',
    notALibrary: '\'{{name}}\' at {{folder}} is not a template library, as it has no sanction-library.json: add the manifest, or name the library\'s own folder',
    manifestInvalid: 'The manifest of library \'{{name}}\' is not valid, so its templates are not used: {{problem}}',
    languageTooOld: 'Library \'{{name}}\' {{version}} needs version {{minimum}} of the Sanction Orders language or later, and this is {{current}}: update the tool or use an older version of the library',
    noTemplateFile: 'An import names a file of library \'{{name}}\', not only the library: write `import "{{name}}/<file>".` ({{files}})',
    templateMissing: 'Library \'{{name}}\' has no file \'{{file}}\' ({{files}}): correct the name after \'{{name}}/\'',
    escapesLibrary: '\'{{path}}\' leads outside the folder of library \'{{name}}\', which is not allowed: an import from a library names a file inside it'
};

function problem(kind: LibraryErrorId, data: Record<string, string>): LibraryError {
    return { kind, message: MESSAGES[kind].replace(/\{\{(\w+)\}\}/g, (_, key: string) => data[key] ?? '') };
}

export type LibraryLookup = { library: Library; error?: undefined } | { library?: undefined; error: LibraryError };

/** npm's rule for package names, which library names follow (so a library can be published as one). */
export const LIBRARY_NAME = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;

/** Splits `probation-standard/curfew` or `@court/templates/breach/standard` into library name and file. */
export function splitLibrarySpecifier(specifier: string): { name: string; file: string } {
    const parts = specifier.split('/');
    const count = specifier.startsWith('@') ? 2 : 1;
    return { name: parts.slice(0, count).join('/'), file: parts.slice(count).join('/') };
}

/**
 * Finds template libraries by name, for the folder of an importing file: first in `libraries` of
 * the sanction.config.json that applies to it (a folder relative to that file), then as an npm
 * package with a sanction-library.json in a node_modules folder above it, up to the workspace root
 * (or the repository root, the folder with `.git`; without either, the nearest folder with a
 * package.json). Nothing above that boundary is looked at.
 */
export class LibraryLocator {
    protected workspaceRoots: URI[] = [];

    constructor(
        protected readonly files: FileAccess,
        protected readonly config: ConfigProvider,
        protected readonly workspaceFolders: () => readonly URI[] = () => []
    ) {}

    /** Roots a shell knows as the workspace (the CLI's working directory, say), besides the editor's folders. */
    setWorkspaceRoots(roots: readonly URI[]): void {
        this.workspaceRoots = [...roots];
    }

    /** The library an importing document means by `name`. */
    find(name: string, documentUri: URI): LibraryLookup {
        const configured = this.configured(documentUri);
        if (configured && Object.prototype.hasOwnProperty.call(configured.libraries, name)) {
            const folderText = configured.libraries[name];
            const folder = folderText.startsWith('/') ? URI.file(folderText) : UriUtils.resolvePath(UriUtils.dirname(configured.file), folderText);
            if (!this.files.isDirectory(folder)) {
                return { error: problem('libraryFolderMissing', { name, folder: folderText, config: configured.file.fsPath }) };
            }
            return this.open(name, folder, 'config');
        }
        for (const dir of this.searchFolders(UriUtils.dirname(documentUri))) {
            const folder = UriUtils.joinPath(dir, 'node_modules', ...name.split('/'));
            if (this.files.exists(UriUtils.joinPath(folder, MANIFEST_FILE_NAME))) {
                return this.open(name, folder, 'npm');
            }
            if (this.files.isDirectory(folder)) {
                return { error: problem('notALibrary', { name, folder: folder.fsPath }) };
            }
        }
        const known = this.knownNames(documentUri);
        return {
            error: problem('unknownLibrary', {
                name, known: known.length > 0 ? `the libraries known here: ${known.join(', ')}` : 'no library is configured or installed for this file'
            })
        };
    }

    /** Names of the libraries an importing document can use: configured ones and installed npm libraries. */
    knownNames(documentUri: URI): string[] {
        const names = new Set(Object.keys(this.configured(documentUri)?.libraries ?? {}));
        for (const dir of this.searchFolders(UriUtils.dirname(documentUri))) {
            const modules = UriUtils.joinPath(dir, 'node_modules');
            for (const entry of this.entries(modules)) {
                const base = entry.path.split('/').pop() ?? '';
                const candidates = base.startsWith('@') ? this.entries(entry).map(e => `${base}/${e.path.split('/').pop()}`) : [base];
                for (const candidate of candidates) {
                    if (this.files.exists(UriUtils.joinPath(modules, ...candidate.split('/'), MANIFEST_FILE_NAME))) {
                        names.add(candidate);
                    }
                }
            }
        }
        return [...names].sort();
    }

    /**
     * The file a library import names, inside the library: `<root>/<file>.sanction`. A path that
     * leaves the root, lexically or through a symbolic link, is refused before anything is read.
     */
    templateFile(library: Library, file: string, specifier: string): { uri: URI; error?: undefined } | { uri?: undefined; error: LibraryError } {
        if (!file) {
            return { error: problem('noTemplateFile', { name: library.name, files: this.filesOf(library) }) };
        }
        const uri = UriUtils.joinPath(library.root, `${file}.sanction`);
        const escapes = { error: problem('escapesLibrary', { path: specifier, name: library.name }) };
        if (file.startsWith('/') || file.includes('\\') || !isInside(uri.path, library.root.path) || uri.path === library.root.path) {
            return escapes;
        }
        if (!this.files.exists(uri)) {
            return { error: problem('templateMissing', { name: library.name, file: `${file}.sanction`, files: this.filesOf(library) }) };
        }
        if (!isInside(this.files.realPath(uri), library.realRoot)) {
            return escapes;
        }
        return { uri };
    }

    /** The problem of an import that leads outside a library. */
    escapes(specifier: string, library: Library): LibraryError {
        return problem('escapesLibrary', { path: specifier, name: library.name });
    }

    /** Whether a file that is (lexically) inside a library stays inside it, through symbolic links too. */
    staysInside(uri: URI, library: Library): boolean {
        if (!isInside(uri.path, library.root.path)) {
            return false;
        }
        return !this.files.exists(uri) || isInside(this.files.realPath(uri), library.realRoot);
    }

    protected open(name: string, root: URI, source: Library['source']): LibraryLookup {
        const manifestUri = UriUtils.joinPath(root, MANIFEST_FILE_NAME);
        if (!this.files.exists(manifestUri)) {
            return { error: problem('notALibrary', { name, folder: root.fsPath }) };
        }
        let text: string;
        try {
            text = this.files.readText(manifestUri);
        } catch (error) {
            const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
            return { error: problem('manifestInvalid', { name, problem: `${manifestUri.fsPath}:1:1: cannot be read (${reason})` }) };
        }
        const parsed = parseManifest(text, manifestUri.fsPath);
        if (!parsed.manifest) {
            return { error: problem('manifestInvalid', { name, problem: parsed.problems.map(formatManifestProblem).join('; ') }) };
        }
        const manifest = parsed.manifest;
        if (compareVersions(LANGUAGE_VERSION, manifest.minimumLanguageVersion) < 0) {
            return { error: problem('languageTooOld', { name, version: manifest.version, minimum: manifest.minimumLanguageVersion, current: LANGUAGE_VERSION }) };
        }
        return { library: { name, root, realRoot: this.files.realPath(root), manifest, source } };
    }

    protected filesOf(library: Library): string {
        const files = this.files.templateFiles(library.root);
        return files.length > 0 ? `its files: ${files.join(', ')}` : 'it has no .sanction files';
    }

    /** `libraries` of the configuration file that applies to a document, with that file. */
    protected configured(documentUri: URI): { file: URI; libraries: Record<string, string> } | undefined {
        const resolved = this.config.resolve(documentUri);
        const libraries = resolved.config.libraries as unknown;
        if (!resolved.file || !libraries || typeof libraries !== 'object' || Array.isArray(libraries)) {
            return undefined;
        }
        return { file: resolved.file, libraries: libraries as Record<string, string> };
    }

    /** Folders whose node_modules may hold a library for a file in `folder`, nearest first. */
    protected searchFolders(folder: URI): URI[] {
        const roots = [...this.workspaceRoots, ...this.workspaceFolders()].map(root => root.toString().replace(/\/$/, ''));
        const folders: URI[] = [];
        let dir = folder;
        for (let depth = 0; depth < 64; depth++) {
            folders.push(dir);
            if (roots.includes(dir.toString().replace(/\/$/, '')) || this.files.exists(UriUtils.joinPath(dir, '.git'))) {
                return folders;
            }
            const parent = UriUtils.dirname(dir);
            if (parent.toString() === dir.toString()) {
                break;
            }
            dir = parent;
        }
        // No workspace or repository root above: only up to the project (the nearest package.json).
        const project = folders.findIndex(f => this.files.exists(UriUtils.joinPath(f, 'package.json')));
        return project >= 0 ? folders.slice(0, project + 1) : folders.slice(0, 1);
    }

    protected entries(folder: URI): URI[] {
        return this.files.isDirectory(folder) ? this.files.entries(folder) : [];
    }
}

export { LANGUAGE_VERSION };
