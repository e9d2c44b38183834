import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = path.join(repoRoot, 'test/cli/fixtures');
export const bin = path.join(repoRoot, 'packages/cli/bin/sanction.cjs');

/**
 * Builds the CLI bundle with the package's own build script. Each test file calls it once in
 * `beforeAll`; the build writes the bundle atomically, so files building in parallel are safe.
 */
export function buildCli(): void {
    execFileSync(process.execPath, [path.join(repoRoot, 'packages/cli/esbuild.mjs')], { cwd: repoRoot, stdio: 'pipe' });
}

export interface RunResult {
    code: number | null;
    stdout: string;
    stderr: string;
}

/**
 * Runs the built `sanction` bin as a child process, in the fixtures folder unless told otherwise,
 * with stdout a pipe (so no colour) and none of the variables that change the output.
 */
export function sanction(args: string[], options: { cwd?: string; env?: Record<string, string>; nodeArgs?: string[]; uid?: number; gid?: number; node?: string; bin?: string; input?: string } = {}): RunResult {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    delete env.SANCTION_DEBUG;
    // The language of the findings follows these (packages/cli/src/locale.ts); tests set them when they mean to.
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
    delete env.LANG;
    const result = spawnSync(options.node ?? process.execPath, [...(options.nodeArgs ?? []), options.bin ?? bin, ...args], {
        cwd: options.cwd ?? fixtures,
        env: { ...env, ...options.env },
        encoding: 'utf8',
        timeout: 30_000,
        ...(options.input !== undefined ? { input: options.input } : {}),
        ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {})
    });
    if (result.error) {
        throw result.error;
    }
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Ajv for our draft 2020-12 schemas; `uri` is the only format they use. */
export function schemaValidator(): Ajv2020 {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addFormat('uri', {
        type: 'string',
        validate: (value: string) => {
            try {
                return new URL(value).protocol.length > 0;
            } catch {
                return false;
            }
        }
    });
    return ajv;
}
