/**
 * What a release needs of the CLI (issue 13): one version for the CLI, the extension and the
 * language package (the root package.json's), printed by `sanction --version`; and on a Node.js
 * older than the engines allow, one line and exit code 2 from the launcher instead of a crash.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { showProgress } from '../../packages/cli/src/progress.js';
import { buildCli, repoRoot, sanction } from './helpers.js';

beforeAll(buildCli, 60_000);

const manifest = (file: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'));

describe('one version', () => {
    it('the CLI, the extension and the language package carry the root version, and --version prints it', () => {
        const version = manifest('package.json').version;
        expect(version).toMatch(/^\d+\.\d+\.\d+/);
        expect(manifest('packages/cli/package.json').version).toBe(version);
        expect(manifest('packages/vscode/package.json').version).toBe(version);
        expect(manifest('language/package.json').version).toBe(version);
        expect(sanction(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
        expect(sanction(['-v']).stdout).toBe(`${version}\n`);
    }, 30_000);
});

/** A Node.js older than 22 on this machine (the system one), if there is one. */
function oldNode(): string | undefined {
    for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
        try {
            const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
            if (Number(version.replace(/^v/, '').split('.')[0]) < 22) {
                return candidate;
            }
        } catch {
            // not there
        }
    }
    return undefined;
}

describe('engines', () => {
    it('declares Node.js 22 or later', () => {
        expect(manifest('packages/cli/package.json').engines).toEqual({ node: '>=22' });
    });

    const node = oldNode();
    it.skipIf(!node)('on an older Node.js the launcher says so in one line and exits 2, before loading the bundle', () => {
        const version = execFileSync(node!, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
        for (const args of [['lint', 'orders'], ['--version']]) {
            expect(sanction(args, { node })).toEqual({ code: 2, stdout: '', stderr: `sanction: Node.js 22 or later is needed; this is Node.js ${version}\n` });
        }
    }, 30_000);
});

describe('progress', () => {
    it('is shown on a terminal for long runs only, never in CI, and as --progress / --no-progress say', () => {
        const env = {};
        expect(showProgress({ stderrIsTTY: true, env, files: 100 })).toBe(true);
        expect(showProgress({ stderrIsTTY: true, env, files: 99 })).toBe(false);
        expect(showProgress({ stderrIsTTY: false, env, files: 5000 })).toBe(false);
        expect(showProgress({ stderrIsTTY: true, env: { CI: 'true' }, files: 5000 })).toBe(false);
        expect(showProgress({ option: true, stderrIsTTY: false, env, files: 1 })).toBe(true);
        expect(showProgress({ option: false, stderrIsTTY: true, env, files: 5000 })).toBe(false);
    });

    it('goes to stderr, one line per step off a terminal, and changes nothing on stdout', () => {
        const plain = sanction(['lint', 'orders']);
        const shown = sanction(['lint', '--progress', 'orders']);
        expect(shown.stdout).toBe(plain.stdout);
        expect(shown.code).toBe(plain.code);
        expect(shown.stderr).toBe('sanction: linted 3 of 3 files\n');
        // Into a pipe, by default: none.
        expect(plain.stderr).toBe('');
    }, 30_000);
});
