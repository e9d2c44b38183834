#!/usr/bin/env node
/**
 * Serves the built playground (dist/) on localhost: `npm run playground` at the repository root.
 * A few lines of node:http, no external service. Prints the URL.
 *
 *   node serve.mjs [--port=8080] [--dir=dist]      (PORT= works too; 0 picks a free port)
 *
 * Also used by the browser test: `startServer({ port: 0 })` resolves to { url, close }.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.ttf': 'font/ttf',
    '.png': 'image/png',
    '.svg': 'image/svg+xml'
};

/** Compressed files by path, with the contents they were compressed from (a rebuild changes them). */
const compressed = new Map();
function gzipped(file, contents) {
    const cached = compressed.get(file);
    if (cached && cached.source.equals(contents)) {
        return cached.body;
    }
    const body = zlib.gzipSync(contents);
    compressed.set(file, { source: contents, body });
    return body;
}

/** Starts the server on 127.0.0.1; resolves when it listens. */
export function startServer({ port = 8080, dir = path.join(here, 'dist') } = {}) {
    const root = path.resolve(dir);
    const server = http.createServer((request, response) => {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        let file = path.resolve(root, `.${pathname}`);
        if (file !== root && !file.startsWith(root + path.sep)) {
            response.writeHead(403).end();
            return;
        }
        if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
            file = path.join(file, 'index.html');
        }
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            response.writeHead(405).end();
            return;
        }
        fs.readFile(file, (error, contents) => {
            if (error) {
                response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
                return;
            }
            const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
            // Text goes out gzipped when the browser takes it, as a static host would send it.
            const gzip = /^(text|application\/json)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
            const body = gzip ? gzipped(file, contents) : contents;
            response.writeHead(200, {
                'content-type': type,
                'content-length': body.length,
                ...(gzip ? { 'content-encoding': 'gzip' } : {}),
                vary: 'accept-encoding',
                'cache-control': 'no-cache',
                'x-content-type-options': 'nosniff'
            });
            response.end(request.method === 'HEAD' ? undefined : body);
        });
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            const address = server.address();
            resolve({
                url: `http://127.0.0.1:${address.port}/`,
                close: () => new Promise(done => { server.closeAllConnections?.(); server.close(() => done()); })
            });
        });
    });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const arg = name => process.argv.find(a => a.startsWith(`--${name}=`))?.slice(name.length + 3);
    const dir = path.resolve(arg('dir') ?? path.join(here, 'dist'));
    if (!fs.existsSync(path.join(dir, 'index.html'))) {
        console.error(`${path.relative(process.cwd(), dir) || dir}/index.html is missing: run \`npm run build\` (or \`npm run build --workspace packages/playground\`) first.`);
        process.exit(1);
    }
    const port = Number(arg('port') ?? process.env.PORT ?? 8080);
    try {
        const { url } = await startServer({ port, dir });
        console.log(`Sanction Orders playground: ${url}  (Ctrl+C stops it)`);
    } catch (error) {
        console.error(error.code === 'EADDRINUSE' ? `port ${port} is in use: try --port=0 for a free one` : String(error));
        process.exit(1);
    }
}
