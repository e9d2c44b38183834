/**
 * The reference material kept beside the repository in `../shared` (the Recommendation's text,
 * RULE-MAP.md, the development sets). A clean clone may not have it: then the tests that need it
 * print one line saying what was not run, and pass; under CI (`CI` set) its absence fails them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = join(dirname(REPO_ROOT), 'shared');

/** The path of a file under ../shared ("rules/RULE-MAP.md"). */
export function sharedPath(relative: string): string {
    return join(SHARED, relative);
}

export function hasShared(...relatives: string[]): boolean {
    return relatives.every(relative => existsSync(sharedPath(relative)));
}

export function readShared(relative: string): string {
    return readFileSync(sharedPath(relative), 'utf8');
}

/**
 * `describe(name, body)` when every file is there. Otherwise one visible line, and a test that
 * fails under CI and passes elsewhere (a clean clone without the shared folder can still run `npm test`).
 */
export function describeWithShared(name: string, relatives: readonly string[], what: string, body: () => void): void {
    const missing = relatives.filter(relative => !existsSync(sharedPath(relative)));
    if (missing.length === 0) {
        describe(name, body);
        return;
    }
    const line = `${what} were not run: ${missing.map(sharedPath).join(', ')} not found (../shared beside the repository).`;
    console.warn(`NOTE: ${line}`);
    describe(name, () => {
        it('has the reference material beside the repository (required under CI)', () => {
            if (process.env.CI) {
                expect.fail(line);
            }
        });
    });
}
