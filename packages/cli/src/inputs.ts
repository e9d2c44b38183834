import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeFsError, InputError, type Unreadable } from './errors.js';
import { comparePaths, displayPath } from './paths.js';

/**
 * Turns the paths, folders and globs of the command line into the files to lint: absolute,
 * de-duplicated and sorted.
 *
 * - A file is linted as given; it must have one of the language's extensions.
 * - A folder is searched recursively for files with those extensions, skipping `node_modules`
 *   and folders (and files) whose name starts with a dot.
 * - Anything else with glob characters (`*`, `?`, `[…]`, `{…}`) is a pattern relative to the
 *   working directory, with the same skipping; only files with the language's extensions count.
 *
 * Every argument has to yield at least one file. Arguments that cannot be read are collected and
 * thrown together as one InputError, before anything is linted.
 */
export async function resolveInputs(
    args: readonly string[],
    cwd: string,
    extensions: readonly string[],
    ignored: (absolute: string) => boolean = () => false,
    onIgnoredFile: (shown: string) => void = () => undefined
): Promise<string[]> {
    const found = new Set<string>();
    const unreadable: Unreadable[] = [];
    const extensionList = extensions.join(', ');
    const hasExtension = (file: string) => extensions.some(extension => file.endsWith(extension));

    for (const arg of args) {
        const absolute = path.resolve(cwd, arg);
        const shown = displayPath(absolute, cwd);
        let stats;
        try {
            stats = await fs.stat(absolute);
        } catch (error) {
            if (isDynamicPattern(arg)) {
                const matched = (await searchPattern(arg, cwd)).filter(hasExtension);
                const files = matched.filter(file => !ignored(file));
                if (matched.length === 0) {
                    unreadable.push({ path: arg, reason: `no ${extensionList} files match` });
                } else if (files.length === 0) {
                    unreadable.push({ path: arg, reason: 'every file it matches is ignored (--no-ignore lints them)' });
                }
                files.forEach(file => found.add(file));
            } else {
                unreadable.push({ path: shown, reason: describeFsError(error) });
            }
            continue;
        }
        if (stats.isDirectory()) {
            const problem = await accessProblem(absolute, constants.R_OK | constants.X_OK);
            if (problem) {
                unreadable.push({ path: shown, reason: problem });
                continue;
            }
            const all = await searchFolder(absolute, extensions);
            const files = all.filter(file => !ignored(file));
            if (all.length === 0) {
                unreadable.push({ path: shown, reason: `no ${extensionList} files in this folder` });
            } else if (files.length === 0) {
                unreadable.push({ path: shown, reason: 'every file in this folder is ignored (--no-ignore lints them)' });
            }
            files.forEach(file => found.add(file));
        } else if (!hasExtension(absolute)) {
            unreadable.push({ path: shown, reason: `not a ${extensionList} file` });
        } else {
            const problem = await accessProblem(absolute, constants.R_OK);
            if (problem) {
                unreadable.push({ path: shown, reason: problem });
                continue;
            }
            if (ignored(absolute)) {
                onIgnoredFile(shown);
                continue;
            }
            found.add(absolute);
        }
    }
    if (unreadable.length > 0) {
        throw new InputError(unreadable);
    }
    return [...found].sort(comparePaths);
}

async function accessProblem(file: string, mode: number): Promise<string | undefined> {
    try {
        await fs.access(file, mode);
        return undefined;
    } catch (error) {
        return describeFsError(error);
    }
}

const SKIPPED = ['**/node_modules/**'];

async function searchFolder(folder: string, extensions: readonly string[]): Promise<string[]> {
    const files = await glob(extensions.map(extension => `**/*${extension}`), {
        cwd: folder,
        absolute: true,
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
        ignore: SKIPPED
    });
    return files.map(file => path.normalize(file));
}

async function searchPattern(pattern: string, cwd: string): Promise<string[]> {
    const files = await glob(pattern, {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
        // A pattern that names node_modules means it.
        ignore: pattern.includes('node_modules') ? [] : SKIPPED
    });
    return files.map(file => path.normalize(file));
}
