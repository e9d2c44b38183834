#!/usr/bin/env node
// Runs the fuzzer (test/fuzz/fuzz.ts): bundles it with esbuild into a temporary file, runs that
// with Node (the bundle forks itself to run the inputs), and removes it. Arguments are passed on:
//
//   npm run fuzz -- --seconds 300 --seed 1        (see test/fuzz/fuzz.ts for every option)
//
// Langium needs Node 22 or later (Object.groupBy); when this script runs on an older Node, the
// bundle runs on the repository's own Node (node_modules/.bin/node) if there is one.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const source = path.join(here, 'fuzz.ts');
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-fuzz-'));
const outfile = path.join(outdir, 'fuzz.mjs');

function nodeBinary() {
    const major = Number(process.versions.node.split('.')[0]);
    const local = path.join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
    return major < 22 && fs.existsSync(local) ? local : process.execPath;
}

let status = 1;
try {
    await esbuild.build({
        stdin: {
            contents: `import { main } from ${JSON.stringify(source)};\nmain(process.argv.slice(2), process.env.SANCTION_REPO_ROOT ?? process.cwd()).then(code => { process.exitCode = code; }, error => { console.error(error); process.exitCode = 2; });\n`,
            resolveDir: here,
            sourcefile: 'run-fuzz-entry.ts',
            loader: 'ts'
        },
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        sourcemap: 'inline',
        logLevel: 'warning',
        banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" }
    });
    const run = spawnSync(nodeBinary(), ['--enable-source-maps', outfile, ...process.argv.slice(2)], {
        stdio: 'inherit',
        env: { ...process.env, SANCTION_REPO_ROOT: repoRoot }
    });
    status = run.status ?? 1;
} finally {
    fs.rmSync(outdir, { recursive: true, force: true });
}
process.exit(status);
