// Runs a TypeScript module's `main(args, repoRoot)` as a Node program: esbuild bundles it into a
// temporary file, Node runs that file, and the file is removed. The project's scripts that are
// written in TypeScript (the evaluation, the fuzzer, the benchmark's in-process part) start here.
//
// Langium needs Node 22 or later (Object.groupBy). When the calling script runs on an older Node,
// the bundle runs on the repository's own Node (node_modules/.bin/node) if there is one.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Node binary to run a bundle with: this one, or the repository's Node 24 when this one is too old. */
export function nodeBinary() {
    const major = Number(process.versions.node.split('.')[0]);
    const local = path.join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
    return major < 22 && fs.existsSync(local) ? local : process.execPath;
}

/**
 * Bundles `source` (a .ts file exporting `main(args: string[], repoRoot: string): Promise<number>`),
 * runs it with `args` and returns its exit status. `stdio` is passed to the child ('inherit' by default).
 */
export async function runTypeScriptMain(source, args, { stdio = 'inherit', env = {}, nodeArgs = [] } = {}) {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-run-'));
    const outfile = path.join(outdir, `${path.basename(source, '.ts')}.mjs`);
    try {
        await esbuild.build({
            stdin: {
                contents:
                    `import { main } from ${JSON.stringify(source)};\n` +
                    'main(process.argv.slice(2), process.env.SANCTION_REPO_ROOT ?? process.cwd()).then(code => { process.exitCode = code; });\n',
                resolveDir: path.dirname(source),
                sourcefile: `${path.basename(source, '.ts')}-entry.ts`,
                loader: 'ts'
            },
            outfile,
            bundle: true,
            platform: 'node',
            format: 'esm',
            target: 'node20',
            logLevel: 'warning',
            banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" }
        });
        const run = spawnSync(nodeBinary(), [...nodeArgs, outfile, ...args], {
            stdio,
            env: { ...process.env, SANCTION_REPO_ROOT: repoRoot, ...env }
        });
        return run.status ?? 1;
    } finally {
        fs.rmSync(outdir, { recursive: true, force: true });
    }
}
