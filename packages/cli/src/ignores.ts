import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { describeFsError, InputError } from './errors.js';
import { displayPath } from './paths.js';

/** The ignore file read from the working directory unless `--ignore-path` names another. */
export const IGNORE_FILE_NAME = '.sanctionignore';

interface IgnoreLayer {
    /** The folder the patterns are relative to. */
    readonly base: string;
    readonly matcher: Ignore;
}

/**
 * Which files not to lint: the patterns of `.sanctionignore` in the working directory (or the
 * `--ignore-path` file), relative to that file's folder, and the `--ignore-pattern`s, relative to
 * the working directory; both in gitignore syntax (the `ignore` package, as ESLint uses).
 */
export function ignoreMatcher(cwd: string, options: { ignorePath?: string; patterns: readonly string[]; noIgnore?: boolean }): (absolute: string) => boolean {
    if (options.noIgnore) {
        return () => false;
    }
    const layers: IgnoreLayer[] = [];
    const file = options.ignorePath ? path.resolve(cwd, options.ignorePath) : path.join(cwd, IGNORE_FILE_NAME);
    let text: string | undefined;
    try {
        text = fs.readFileSync(file, 'utf8');
    } catch (error) {
        if (options.ignorePath) {
            throw new InputError([{ path: displayPath(file, cwd), reason: describeFsError(error) }]);
        }
    }
    if (text !== undefined) {
        layers.push({ base: path.dirname(file), matcher: ignore().add(text) });
    }
    if (options.patterns.length > 0) {
        layers.push({ base: cwd, matcher: ignore().add([...options.patterns]) });
    }
    return absolute => layers.some(layer => {
        const relative = path.relative(layer.base, absolute);
        if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
            return false;
        }
        return layer.matcher.ignores(relative.split(path.sep).join('/'));
    });
}
