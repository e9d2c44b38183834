import * as path from 'node:path';

/** A path as the CLI prints it: relative to the working directory, with `/` on every platform. */
export function displayPath(absolute: string, cwd: string): string {
    const relative = path.relative(cwd, absolute);
    return relative === '' ? '.' : relative.split(path.sep).join('/');
}

/** Code-unit order, the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
