import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A path as the CLI prints it: relative to the working directory, with `/` on every platform. */
export function displayPath(absolute: string, cwd: string): string {
    const relative = path.relative(cwd, absolute);
    return relative === '' ? '.' : relative.split(path.sep).join('/');
}

/** Code-unit order, the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The repository root that SARIF, GitHub and GitLab paths are relative to: the nearest folder at or
 * above `cwd` holding `.git` (a folder, or a file for a worktree or submodule), else `cwd` itself.
 */
export function repositoryRoot(cwd: string): string {
    let folder = path.resolve(cwd);
    for (;;) {
        if (existsSync(path.join(folder, '.git'))) {
            return folder;
        }
        const parent = path.dirname(folder);
        if (parent === folder) {
            return path.resolve(cwd);
        }
        folder = parent;
    }
}

/**
 * A file relative to a root, as a `/`-separated path, or undefined when the file is not under the
 * root (a relative path would then start with `../`).
 */
export function pathUnderRoot(absolute: string, root: string): string | undefined {
    const relative = path.relative(root, absolute);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
        return undefined;
    }
    return relative.split(path.sep).join('/');
}

/** A relative `/`-separated path as a relative URI reference: each segment percent-encoded (RFC 3986). */
export function encodeUriPath(relative: string): string {
    return relative.split('/').map(segment => encodeURIComponent(segment)).join('/');
}

/** The `file:` URI of a folder, ending with `/` (a SARIF base URI must). */
export function folderUri(folder: string): string {
    const uri = pathToFileURL(folder).href;
    return uri.endsWith('/') ? uri : `${uri}/`;
}

/** The `file:` URI of a file. */
export function fileUri(file: string): string {
    return pathToFileURL(file).href;
}

/** The deepest folder that holds `folder` and every one of `files`. */
export function commonRoot(folder: string, files: readonly string[]): string {
    let root = path.resolve(folder);
    for (const file of files) {
        while (pathUnderRoot(file, root) === undefined && path.dirname(root) !== root) {
            root = path.dirname(root);
        }
    }
    return root;
}
