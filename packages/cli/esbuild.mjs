// Bundles the CLI into one CommonJS file, dist/sanction.cjs, run by bin/sanction.cjs.
// The language package (TypeScript sources), Langium (ESM only) and every other dependency are
// bundled in, so the CLI needs nothing from node_modules at run time.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Packages that ship an ESM and a CommonJS build, whose ESM build uses `import.meta` (fdir, under
 * tinyglobby: `createRequire(import.meta.url)`). A CommonJS bundle has no `import.meta`, so take
 * their CommonJS build. Any other `import.meta` fails the build (see logOverride below).
 */
const PREFER_COMMONJS = ['fdir'];

/** @type {esbuild.Plugin} */
const preferCommonJs = {
    name: 'prefer-commonjs',
    setup(build) {
        const filter = new RegExp(`^(${PREFER_COMMONJS.join('|')})$`);
        build.onResolve({ filter }, args => ({
            path: createRequire(args.importer || path.join(here, 'package.json')).resolve(args.path)
        }));
    }
};

/**
 * `virtual:check-docs`: the pages of docs/checks, by check id, read at build time, so
 * `sanction explain <id>` prints the same page the docs links point to, with no files at run time.
 */
/** @type {esbuild.Plugin} */
const checkDocs = {
    name: 'check-docs',
    setup(build) {
        const folder = path.resolve(here, '../../docs/checks');
        build.onResolve({ filter: /^virtual:check-docs$/ }, args => ({ path: args.path, namespace: 'check-docs' }));
        build.onLoad({ filter: /.*/, namespace: 'check-docs' }, () => {
            const pages = {};
            for (const name of fs.readdirSync(folder).filter(n => n.endsWith('.md') && n !== 'README.md').sort()) {
                pages[name.slice(0, -3)] = fs.readFileSync(path.join(folder, name), 'utf8');
            }
            return { contents: `export default ${JSON.stringify(pages)};`, loader: 'js', watchFiles: [folder] };
        });
    }
};

const outfile = path.join(here, 'dist/sanction.cjs');

const result = await esbuild.build({
    entryPoints: [path.join(here, 'src/main.ts')],
    outfile,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [preferCommonJs, checkDocs],
    // `import.meta` would be empty in the CommonJS bundle: fail the build instead of shipping that.
    logOverride: { 'empty-import-meta': 'error' }
});

// Write, then rename: a `sanction` started meanwhile (or a test run building in parallel) never
// loads half a bundle.
const temporary = `${outfile}.${process.pid}.tmp`;
fs.mkdirSync(path.dirname(outfile), { recursive: true });
fs.writeFileSync(temporary, result.outputFiles[0].contents);
fs.renameSync(temporary, outfile);

// The configuration schema ships beside the bundle, so `sanction init` can point `$schema` at the
// installed copy rather than at this repository.
const schemaSource = path.resolve(here, '../../language/src/config/sanction-config.schema.json');
const schemaTarget = path.join(here, 'dist/sanction-config.schema.json');
fs.writeFileSync(`${schemaTarget}.${process.pid}.tmp`, fs.readFileSync(schemaSource));
fs.renameSync(`${schemaTarget}.${process.pid}.tmp`, schemaTarget);
// And the schema of a template library's manifest (docs/libraries.md).
const librarySchemaTarget = path.join(here, 'dist/sanction-library.schema.json');
fs.writeFileSync(`${librarySchemaTarget}.${process.pid}.tmp`, fs.readFileSync(path.resolve(here, '../../language/src/config/sanction-library.schema.json')));
fs.renameSync(`${librarySchemaTarget}.${process.pid}.tmp`, librarySchemaTarget);
