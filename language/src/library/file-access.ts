import type { FileSystemProvider } from 'langium';
import type { URI } from 'vscode-uri';

/**
 * What library resolution asks of the file system: existence and kind through Langium's file system
 * provider (so the CLI's guarded reader, the editor's and the tests' virtual ones all apply), and
 * real paths through Node's `fs.realpathSync` where Node is there (not in the browser playground).
 */
export class FileAccess {
    constructor(protected readonly fileSystem: FileSystemProvider) {}

    exists(uri: URI): boolean {
        try {
            return this.fileSystem.existsSync(uri);
        } catch {
            return false;
        }
    }

    isDirectory(uri: URI): boolean {
        try {
            return this.fileSystem.statSync(uri).isDirectory;
        } catch {
            return false;
        }
    }

    isFile(uri: URI): boolean {
        try {
            return this.fileSystem.statSync(uri).isFile;
        } catch {
            return false;
        }
    }

    readText(uri: URI): string {
        return this.fileSystem.readFileSync(uri);
    }

    /** Everything a folder holds (files, folders and links), or nothing when it cannot be listed. */
    entries(folder: URI): URI[] {
        try {
            return this.fileSystem.readDirectorySync(folder).map(entry => entry.uri);
        } catch {
            return [];
        }
    }

    /** `.sanction` files under a folder, as paths relative to it without the extension (at most `limit`, two levels deep). */
    templateFiles(folder: URI, limit = 20): string[] {
        const found: string[] = [];
        const walk = (dir: URI, prefix: string, depth: number) => {
            let entries;
            try {
                entries = this.fileSystem.readDirectorySync(dir);
            } catch {
                return;
            }
            const sorted = [...entries].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
            for (const entry of sorted) {
                if (found.length >= limit) {
                    return;
                }
                const name = entry.uri.path.split('/').pop() ?? '';
                if (entry.isFile && name.endsWith('.sanction')) {
                    found.push(prefix + name.slice(0, -'.sanction'.length));
                } else if (entry.isDirectory && depth > 0 && name !== 'node_modules' && !name.startsWith('.')) {
                    walk(entry.uri, `${prefix}${name}/`, depth - 1);
                }
            }
        };
        walk(folder, '', 1);
        return found;
    }

    /**
     * The real path of a file or folder (symbolic links followed), or its own path when there is no
     * real file system to ask or the path does not exist on it.
     */
    realPath(uri: URI): string {
        const path = uri.fsPath;
        try {
            return nodeFs()?.realpathSync.native(path) ?? path;
        } catch {
            return path;
        }
    }
}

/** True when `inner` is `outer` or lies inside it (both real or both lexical paths). */
export function isInside(inner: string, outer: string): boolean {
    const sep = outer.includes('\\') && !outer.includes('/') ? '\\' : '/';
    const base = outer.endsWith(sep) ? outer : outer + sep;
    return inner === outer || inner.startsWith(base);
}

/** The one part of node:fs used here, typed structurally so that the browser build type-checks without Node's types. */
type NodeFs = { realpathSync: { native(path: string): string } };
let cachedFs: NodeFs | null | undefined;
function nodeFs(): NodeFs | undefined {
    if (cachedFs === undefined) {
        const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
        cachedFs = (proc?.getBuiltinModule?.('node:fs') as NodeFs | undefined) ?? null;
    }
    return cachedFs ?? undefined;
}
