import type { LangiumCoreServices, LangiumDocument, LangiumDocuments } from 'langium';
import { UriUtils, URI, WorkspaceCache } from 'langium';
import { isSanctionFile, type Import, type SanctionFile } from '../generated/ast.js';
import type { ConfigProvider } from '../core/config.js';
import { FileAccess } from '../library/file-access.js';
import { LibraryLocator, splitLibrarySpecifier, type Library, type LibraryError } from '../library/libraries.js';

/**
 * What an `import "…"` leads to: a file (which may or may not exist), or a reason it cannot be
 * followed at all (an unknown library, a path leaving a library...), in which case nothing is read.
 */
export type ImportTarget =
    | { uri: URI; library?: Library; error?: undefined }
    | { uri?: undefined; library?: Library; error: LibraryError };

/**
 * Turns `import "…"` clauses into document URIs, the same way for every shell (CLI, editor, tests).
 *
 * - A path that starts with `./`, `../` or `/`, or ends with `.sanction`, is a file relative to the
 *   importing file, as it always was.
 * - Anything else names a file of a template library: `probation-standard/curfew` is `curfew.sanction`
 *   in the library `probation-standard` (`@court/templates/curfew` for a scoped npm name), found
 *   through `libraries` in sanction.config.json or as an npm package in node_modules (see
 *   LibraryLocator). The file must stay inside the library's folder, through symbolic links too;
 *   so must the relative imports of the library's own files.
 */
export class ImportResolver {
    protected readonly documents: LangiumDocuments;
    protected readonly services: LangiumCoreServices;
    protected locatorInstance?: LibraryLocator;
    protected cache?: WorkspaceCache<string, ImportTarget>;
    /** Every library resolved so far, by the path of its root: the files inside them are held to them. */
    protected readonly libraries = new Map<string, Library>();

    constructor(services: LangiumCoreServices) {
        this.services = services;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /** Finds libraries; created on first use, so that the services it reads exist by then. */
    get locator(): LibraryLocator {
        if (!this.locatorInstance) {
            const shared = this.services.shared;
            const config = (this.services as unknown as { sanction: { config: ConfigProvider } }).sanction.config;
            this.locatorInstance = new LibraryLocator(
                new FileAccess(shared.workspace.FileSystemProvider),
                config,
                () => (shared.workspace.WorkspaceManager.workspaceFolders ?? []).map(folder => URI.parse(folder.uri))
            );
        }
        return this.locatorInstance;
    }

    /** Workspace roots a shell knows (e.g. the CLI's working directory): npm libraries are not looked for above them. */
    setWorkspaceRoots(roots: readonly URI[]): void {
        this.locator.setWorkspaceRoots(roots);
        this.cache?.clear();
    }

    /**
     * Where an import leads (cached until the workspace changes). Relative paths resolve whether or
     * not the file exists; a library import only to a file that exists inside the library.
     */
    target(imp: Import, documentUri: URI): ImportTarget {
        const specifier = wellFormed((imp.path ?? '').trim());
        const key = `${documentUri.toString()}\u0000${specifier}`;
        this.cache ??= new WorkspaceCache(this.services.shared);
        return this.cache.get(key, () => this.compute(specifier, documentUri));
    }

    /**
     * The URI an import points at, whether or not that file exists. A path with a lone surrogate
     * (half of a character, which no file name on disk can hold) gets U+FFFD in its place, as a
     * UTF-8 file system would see it: the URI can be printed, and the file is reported missing.
     * An import that cannot be followed (see `target`) gets a URI no document has.
     */
    resolve(imp: Import, documentUri: URI): URI {
        const target = this.target(imp, documentUri);
        return target.uri ?? URI.from({ scheme: 'unresolved-import', path: '/' + wellFormed((imp.path ?? '').trim()) });
    }

    /** URIs of the files a document imports directly (imports that cannot be followed are left out). */
    importedUris(document: LangiumDocument): URI[] {
        const root = document.parseResult.value;
        if (!isSanctionFile(root)) {
            return [];
        }
        return (root as SanctionFile).imports
            .filter(i => i.path)
            .map(i => this.target(i, document.uri).uri)
            .filter((uri): uri is URI => uri !== undefined);
    }

    /** The documents whose templates a document can see: itself and the files it imports. */
    visibleUris(document: LangiumDocument): Set<string> {
        const uris = new Set<string>([document.uri.toString()]);
        for (const uri of this.importedUris(document)) {
            uris.add(uri.toString());
        }
        return uris;
    }

    /** The library a file belongs to, if it lies inside one resolved so far. */
    libraryOf(uri: URI): Library | undefined {
        let best: Library | undefined;
        for (const library of this.libraries.values()) {
            const root = library.root.path.replace(/\/$/, '');
            if (uri.scheme === library.root.scheme && uri.path.startsWith(root + '/') && (!best || root.length > best.root.path.length)) {
                best = library;
            }
        }
        return best;
    }

    /**
     * A cycle of imports through `uri` back to it, as the files in order (first and last the same),
     * among the documents loaded; undefined when there is none.
     */
    cycleThrough(document: LangiumDocument, start: URI): URI[] | undefined {
        const home = document.uri.toString();
        const seen = new Set<string>();
        const walk = (uri: URI, trail: URI[]): URI[] | undefined => {
            const key = uri.toString();
            if (key === home) {
                return [...trail, uri];
            }
            if (seen.has(key) || trail.length > 256) {
                return undefined;
            }
            seen.add(key);
            const next = this.documents.getDocument(uri);
            for (const imported of next ? this.importedUris(next) : []) {
                const found = walk(imported, [...trail, uri]);
                if (found) {
                    return found;
                }
            }
            return undefined;
        };
        return start.toString() === home ? undefined : walk(start, [document.uri]);
    }

    protected compute(specifier: string, documentUri: URI): ImportTarget {
        if (isPathSpecifier(specifier)) {
            const uri = UriUtils.resolvePath(UriUtils.dirname(documentUri), specifier);
            const library = this.libraryOf(documentUri);
            if (library && !this.locator.staysInside(uri, library)) {
                return { library, error: this.locator.escapes(specifier, library) };
            }
            return { uri, ...(library ? { library } : {}) };
        }
        const { name, file } = splitLibrarySpecifier(specifier);
        const found = this.locator.find(name, documentUri);
        if (!found.library) {
            return { error: found.error };
        }
        this.libraries.set(found.library.root.toString(), found.library);
        const template = this.locator.templateFile(found.library, file, specifier);
        return template.uri ? { uri: template.uri, library: found.library } : { library: found.library, error: template.error };
    }
}

/**
 * A path to a file (relative or absolute), not a library name: `./x`, `../x`, `/x`, a name with a
 * file extension (`….sanction`, `notes.txt`: the last part has one), or nothing.
 */
export function isPathSpecifier(specifier: string): boolean {
    const last = specifier.split('/').pop() ?? '';
    return specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/')
        || specifier === '.' || specifier === '..' || specifier === '' || /\.[A-Za-z0-9]+$/.test(last);
}

/** The text with each lone surrogate replaced by U+FFFD (String.prototype.toWellFormed). */
function wellFormed(text: string): string {
    return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
