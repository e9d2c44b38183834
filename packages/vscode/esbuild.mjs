// Bundles the extension (client) and the language server into dist/*.cjs, and copies the files the
// extension ships but does not own: the TextMate grammar that `langium generate` writes at the
// repository root (into syntaxes/), the Rules reference and the check pages (docs/rules.md and
// docs/checks/*.md, into docs/, opened by the "Show the Rules" command) and the JSON Schema of
// sanction.config.json (into schemas/). All three folders are build output, ignored by git.
//
//   node esbuild.mjs           production: minified, no source maps
//   node esbuild.mjs --dev     one development build: source maps, not minified
//   node esbuild.mjs --watch   development builds on every change
//
// Langium is ESM-only; the bundles are CommonJS because VS Code loads extensions with `require`.
// Outputs are written to a temporary file and renamed, so a server started (or a .vsix packed)
// while another build runs never reads a half-written file.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = watch || args.has('--dev');
const distDir = path.join(here, 'dist');

const grammarSource = path.join(repoRoot, 'syntaxes', 'sanction.tmLanguage.json');
const grammarTarget = path.join(here, 'syntaxes', 'sanction.tmLanguage.json');
const rulesSource = path.join(repoRoot, 'docs', 'rules.md');
const checksSource = path.join(repoRoot, 'docs', 'checks');
const docsTarget = path.join(here, 'docs');
const schemaSource = path.join(repoRoot, 'language', 'src', 'config', 'sanction-config.schema.json');
const schemaTarget = path.join(here, 'schemas', 'sanction-config.schema.json');
const librarySchemaSource = path.join(repoRoot, 'language', 'src', 'config', 'sanction-library.schema.json');
const librarySchemaTarget = path.join(here, 'schemas', 'sanction-library.schema.json');

function writeAtomically(file, contents) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, contents);
    fs.renameSync(temporary, file);
}

function copyGrammar() {
    if (!fs.existsSync(grammarSource)) {
        throw new Error(`${path.relative(repoRoot, grammarSource)} is missing: run \`npm run langium:generate\` at the repository root.`);
    }
    writeAtomically(grammarTarget, fs.readFileSync(grammarSource));
}

function copyRequired(source, target, hint) {
    if (!fs.existsSync(source)) {
        throw new Error(`${path.relative(repoRoot, source)} is missing: ${hint}.`);
    }
    writeAtomically(target, fs.readFileSync(source));
}

/** docs/rules.md, and the check pages it links to (checks/<id>.md), so the links work in the preview. */
function copyDocs() {
    copyRequired(rulesSource, path.join(docsTarget, 'rules.md'), 'run `UPDATE_DOCS=1 npx vitest run test/docs` at the repository root');
    const pages = fs.existsSync(checksSource) ? fs.readdirSync(checksSource).filter(name => name.endsWith('.md')) : [];
    const targetChecks = path.join(docsTarget, 'checks');
    if (fs.existsSync(targetChecks)) {
        for (const name of fs.readdirSync(targetChecks)) {
            if (!pages.includes(name)) {
                fs.rmSync(path.join(targetChecks, name), { force: true });
            }
        }
    }
    for (const name of pages) {
        writeAtomically(path.join(targetChecks, name), fs.readFileSync(path.join(checksSource, name)));
    }
}

function copySchema() {
    copyRequired(schemaSource, schemaTarget, 'it is the schema of sanction.config.json, kept in language/src/config/');
    copyRequired(librarySchemaSource, librarySchemaTarget, 'it is the schema of sanction-library.json, kept in language/src/config/');
}

function removeStaleMaps() {
    if (!fs.existsSync(distDir)) {
        return;
    }
    for (const name of fs.readdirSync(distDir)) {
        if (name.endsWith('.map')) {
            fs.rmSync(path.join(distDir, name), { force: true });
        }
    }
}

/** @type {esbuild.Plugin} */
const writeOutputs = {
    name: 'write-outputs',
    setup(build) {
        build.onEnd(result => {
            if (result.errors.length > 0) {
                console.error(`[sanction-vscode] build failed with ${result.errors.length} error(s)`);
                return;
            }
            for (const file of result.outputFiles ?? []) {
                writeAtomically(file.path, file.contents);
            }
            copyGrammar();
            copyDocs();
            copySchema();
            console.log(`[sanction-vscode] ${dev ? 'development' : 'production'} build written to ${path.relative(repoRoot, distDir)}/`);
        });
    }
};

/** @type {esbuild.BuildOptions} */
const options = {
    absWorkingDir: here,
    entryPoints: { extension: 'src/extension.ts', server: 'src/server.ts' },
    outdir: distDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    // VS Code up to 1.100 runs extensions and the server on Electron's Node 20.
    target: 'node20',
    external: ['vscode'],
    minify: !dev,
    sourcemap: dev,
    sourcesContent: dev,
    legalComments: dev ? 'inline' : 'none',
    logLevel: 'warning',
    write: false,
    plugins: [writeOutputs]
};

if (!dev) {
    removeStaleMaps();
}
if (watch) {
    const context = await esbuild.context(options);
    await context.watch();
    console.log('[sanction-vscode] watching for changes');
} else {
    try {
        await esbuild.build(options);
    } catch {
        // esbuild has printed the errors.
        process.exitCode = 1;
    }
}
