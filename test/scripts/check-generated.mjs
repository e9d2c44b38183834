#!/usr/bin/env node
// Fails when the committed output of `langium generate` (the TextMate grammar in syntaxes/ and the
// parser in language/src/generated/) is not what the grammar generates today:
//
//   npm run check:generated
//
// It regenerates in place, so after a failure the working tree holds the fresh files to commit.
// Exit codes: 0 up to date, 1 stale (one line naming the files), 2 the check itself could not run.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GENERATED = ['syntaxes', 'language/src/generated'];

function fail(code, message) {
    console.error(message);
    process.exit(code);
}

function run(command, args) {
    const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
    if (result.error) {
        fail(2, `check-generated: could not run ${command}: ${result.error.message}`);
    }
    return result;
}

// langium-cli needs Node 22 or later (Chevrotain calls Object.groupBy): prefer the project's Node.
const projectNode = path.join(root, 'node_modules', '.bin', 'node');
const nodeBinary = Number(process.versions.node.split('.')[0]) >= 22 || !fs.existsSync(projectNode) ? process.execPath : projectNode;
const langiumCli = path.join(root, 'node_modules', 'langium-cli', 'bin', 'langium.js');
if (!fs.existsSync(langiumCli)) {
    fail(2, `check-generated: ${path.relative(root, langiumCli)} not found; run npm install first.`);
}

const generate = run(nodeBinary, [langiumCli, 'generate']);
if (generate.status !== 0) {
    process.stderr.write(generate.stdout + generate.stderr);
    fail(2, `check-generated: langium generate failed (exit ${generate.status}).`);
}
// What `npm run langium:generate` adds to the TextMate grammar after the generator.
const completed = run(nodeBinary, [path.join(root, 'language', 'scripts', 'textmate.mjs')]);
if (completed.status !== 0) {
    process.stderr.write(completed.stdout + completed.stderr);
    fail(2, `check-generated: language/scripts/textmate.mjs failed (exit ${completed.status}).`);
}

const diff = run('git', ['diff', '--exit-code', '--name-only', '--', ...GENERATED]);
if (diff.status !== 0 && diff.status !== 1) {
    fail(2, `check-generated: git diff failed: ${diff.stderr.trim()}`);
}
const untracked = run('git', ['ls-files', '--others', '--exclude-standard', '--', ...GENERATED]);
const stale = [...diff.stdout.split('\n'), ...untracked.stdout.split('\n')].map(line => line.trim()).filter(Boolean);
if (stale.length > 0) {
    fail(1, `Generated files are out of date with the grammar: ${stale.join(', ')}; run \`npm run langium:generate\` and commit them.`);
}
console.log(`Generated files are up to date (${GENERATED.join(', ')}).`);
