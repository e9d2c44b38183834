#!/usr/bin/env node
// Runs the stdio fuzzer (test/fuzz/stdio.ts) against the bundled language server
// (packages/vscode/dist/server.cjs): bundles it with esbuild into a temporary file and runs that
// with Node. Arguments are passed on:
//
//   npm run fuzz:stdio -- --seconds 600 --seed 1        (see test/fuzz/stdio.ts for every option)
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTypeScriptMain } from '../scripts/run-ts.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
process.exit(await runTypeScriptMain(path.join(here, 'stdio.ts'), process.argv.slice(2)));
