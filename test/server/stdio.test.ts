/**
 * The bundled language server (packages/vscode/dist/server.cjs), started as VS Code's clients
 * start it and spoken to over LSP: the diagnostics it publishes carry the check id as their code,
 * a link to the check's documentation and the cited Rules.
 */
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createMessageConnection,
    IPCMessageReader,
    IPCMessageWriter,
    StreamMessageReader,
    StreamMessageWriter,
    type MessageConnection
} from 'vscode-jsonrpc/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocsUrl } from '../../language/src/core/finding.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const extensionDir = path.join(repoRoot, 'packages', 'vscode');
const serverBundle = path.join(extensionDir, 'dist', 'server.cjs');

interface Diagnostic {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity?: number;
    code?: string | number;
    codeDescription?: { href: string };
    source?: string;
    message: string;
    data?: { checkId: string; rules: number[]; fixes?: Array<{ title: string; edits: unknown[]; preferred?: boolean }> };
}
interface CodeAction {
    title: string;
    kind?: string;
    isPreferred?: boolean;
    edit?: { changes?: Record<string, unknown[]> };
}
interface PublishDiagnosticsParams {
    uri: string;
    version?: number;
    diagnostics: Diagnostic[];
}

/** A Node other than the one running the tests, of major version 20 (Electron's Node up to VS Code 1.100). */
function findNode20(): string | undefined {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
        const candidate = path.join(dir, 'node');
        try {
            if (fs.realpathSync(candidate) === fs.realpathSync(process.execPath)) {
                continue;
            }
            const version = execFileSync(candidate, ['--version'], { encoding: 'utf8', timeout: 5000 }).trim();
            if (/^v20\./.test(version)) {
                return candidate;
            }
        } catch {
            // not there, not executable: try the next one
        }
    }
    return undefined;
}

type Transport = 'stdio' | 'ipc';

/** One server process and an LSP connection to it, over stdio or over Node IPC as VS Code connects. */
class ServerUnderTest {
    readonly child: ChildProcess;
    readonly connection: MessageConnection;
    readonly stderr: string[] = [];
    private readonly published: PublishDiagnosticsParams[] = [];
    private readonly waiters: Array<() => void> = [];

    constructor(runtime: string, transport: Transport) {
        if (transport === 'stdio') {
            const child = spawn(runtime, [serverBundle, '--stdio'], { stdio: 'pipe' });
            this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
            this.child = child;
        } else {
            // What vscode-languageclient does for TransportKind.ipc.
            const child = fork(serverBundle, ['--node-ipc', `--clientProcessId=${process.pid}`], { execPath: runtime, silent: true });
            this.connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
            this.child = child;
        }
        this.child.stderr!.setEncoding('utf8').on('data', chunk => this.stderr.push(chunk));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.published.push(params);
            this.waiters.splice(0).forEach(wake => wake());
        });
        // The server may ask the client for settings or to register capabilities; answer like a plain client.
        this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.listen();
    }

    /** The first diagnostics published for `uri`, from now on, that satisfy `accept`. */
    async diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean, timeoutMs = 15_000): Promise<Diagnostic[]> {
        const deadline = Date.now() + timeoutMs;
        let seen = 0;
        for (;;) {
            for (; seen < this.published.length; seen++) {
                const params = this.published[seen];
                if (params.uri === uri && accept(params.diagnostics)) {
                    this.published.splice(0, seen + 1);
                    return params.diagnostics;
                }
            }
            const left = deadline - Date.now();
            if (left <= 0) {
                throw new Error(`No matching diagnostics for ${uri} within ${timeoutMs} ms. Published: ${JSON.stringify(this.published)}. Server stderr: ${this.stderr.join('')}`);
            }
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, left);
                this.waiters.push(() => {
                    clearTimeout(timer);
                    resolve();
                });
            });
        }
    }

    async stop(): Promise<number | null> {
        const exited = new Promise<number | null>(resolve => {
            if (this.child.exitCode !== null) {
                resolve(this.child.exitCode);
            } else {
                this.child.once('exit', code => resolve(code));
            }
        });
        try {
            await this.connection.sendRequest('shutdown');
            await this.connection.sendNotification('exit');
        } finally {
            const timer = setTimeout(() => this.child.kill(), 5000);
            const code = await exited;
            clearTimeout(timer);
            this.connection.dispose();
            return code;
        }
    }
}

const WITHOUT_DURATION = ['order "X".', 'made on 2026-01-01.', ''].join('\n');
const WITH_DURATION = ['order "X".', 'made on 2026-01-01.', 'in force for 12 months.', ''].join('\n');

let workspace: string;

beforeAll(() => {
    // Always rebuild: the test is about the bundle that ships, and a stale one would test old code.
    execFileSync(process.execPath, [path.join(extensionDir, 'esbuild.mjs')], { cwd: extensionDir, stdio: 'pipe' });
    expect(fs.existsSync(serverBundle)).toBe(true);
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-lsp-'));
}, 60_000);

afterAll(() => {
    if (workspace) {
        fs.rmSync(workspace, { recursive: true, force: true });
    }
});

const node20 = findNode20();
// The Node 20 run needs a Node 20 on the machine (these machines have one on PATH); where there is
// none, that run is left out of the list rather than skipped.
const runtimes: Array<[Transport, string, string]> = ([
    ['stdio', `Node ${process.versions.node} (the test runner's)`, process.execPath],
    ['stdio', `Node 20 (VS Code's Electron up to 1.100)`, node20],
    ['ipc', `Node ${process.versions.node} (the test runner's)`, process.execPath]
] as Array<[Transport, string, string | undefined]>).filter((entry): entry is [Transport, string, string] => !!entry[2]);

/** Starts a server on `runtime` and initializes it with `folder` as its only workspace folder. */
async function startServer(runtime: string, transport: Transport, folder: string, locale?: string): Promise<ServerUnderTest> {
    const server = new ServerUnderTest(runtime, transport);
    const folderUri = pathToFileURL(folder).toString();
    const result = await server.connection.sendRequest<{ capabilities: { textDocumentSync?: unknown } }>('initialize', {
        processId: process.pid,
        ...(locale ? { locale } : {}),
        clientInfo: { name: 'sanction-lsp-test' },
        rootUri: folderUri,
        workspaceFolders: [{ uri: folderUri, name: path.basename(folder) }],
        capabilities: {
            textDocument: {
                publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true }
            },
            workspace: { workspaceFolders: true }
        }
    });
    expect(result.capabilities.textDocumentSync).toBeDefined();
    await server.connection.sendNotification('initialized', {});
    return server;
}

async function stopServer(server: ServerUnderTest): Promise<void> {
    const code = await server.stop();
    expect(code, `server stderr: ${server.stderr.join('')}`).toBe(0);
}

describe('the bundled server in a French editor (initialize locale "fr")', () => {
    it('publishes French findings and French quick-fix titles, with the same codes and data', async () => {
        const folder = fs.mkdtempSync(path.join(workspace, 'ws-fr-'));
        const file = path.join(folder, 'order.sanction');
        fs.writeFileSync(file, WITHOUT_DURATION);
        const uri = pathToFileURL(file).toString();
        const server = await startServer(process.execPath, 'stdio', folder, 'fr');
        try {
            await server.connection.sendNotification('textDocument/didOpen', {
                textDocument: { uri, languageId: 'sanction', version: 1, text: WITHOUT_DURATION }
            });
            const opened = await server.diagnostics(uri, diagnostics => diagnostics.some(d => d.code === 'missing-duration'));
            const diagnostic = opened.find(d => d.code === 'missing-duration')!;
            expect(diagnostic.message).toBe("L'ordonnance n'indique aucune durée : elle dure donc un temps que personne n'a fixé ; les Règles 21 et 23 demandent qu'une sanction ait une durée déterminée : indiquez-en une, p. ex. `in force for 12 months.` (Règles 21 et 23)");
            expect(diagnostic.data).toMatchObject({ checkId: 'missing-duration', rules: [21, 23] });
            const actions = await server.connection.sendRequest<CodeAction[] | null>('textDocument/codeAction', {
                textDocument: { uri },
                range: diagnostic.range,
                context: { diagnostics: [diagnostic], only: ['quickfix'] }
            });
            const titles = (actions ?? []).map(action => action.title);
            expect(titles.length).toBeGreaterThan(0);
            expect(titles.filter(title => /^(Add|Suppress|Give|State|Replace|Remove)\b/.test(title)), 'quick fixes left in English').toEqual([]);
        } finally {
            await stopServer(server);
        }
    }, 60_000);
});

describe('the bundled server on an order with more findings than an editor shows', () => {
    it('publishes 1,000: 999 findings, warnings before infos, and one counting the 211 left out', async () => {
        const folder = fs.mkdtempSync(path.join(workspace, 'ws-many-'));
        const file = path.join(folder, 'order.sanction');
        const text = ['order "X".', 'made on 2026-01-01.', 'in force for 12 months.', ...Array.from({ length: 1200 }, () => 'condition "be of good behaviour", for 1 month.'), ''].join('\n');
        fs.writeFileSync(file, text);
        const uri = pathToFileURL(file).toString();
        const server = await startServer(process.execPath, 'stdio', folder);
        try {
            await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sanction', version: 1, text } });
            // `sanction lint` reports 1,210 for this file: 1,207 warnings (1,200 vague-term) and 3 infos.
            // vague-term is a slow check: the publish that counts is the one after the slow checks ran.
            const published = await server.diagnostics(uri, diagnostics => diagnostics.some(d => d.code === 'vague-term'));
            expect(published).toHaveLength(1000);
            expect(published.slice(0, 999).every(d => d.severity === 2)).toBe(true);
            expect(published[999]).toMatchObject({
                code: 'findings-not-shown', severity: 3,
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                message: '211 more findings are not shown here: the editor is given at most 1,000 a file, errors first; run `sanction lint` on this file to see them all'
            });
        } finally {
            await stopServer(server);
        }
    }, 60_000);
});

describe.each(runtimes)('language server bundle over %s, on %s', (transport, _name, runtime) => {
    it('publishes missing-duration with its code, docs link and Rules, and clears it once fixed', async () => {
        const folder = fs.mkdtempSync(path.join(workspace, 'ws-'));
        const file = path.join(folder, 'order.sanction');
        fs.writeFileSync(file, WITHOUT_DURATION);
        const uri = pathToFileURL(file).toString();
        const server = await startServer(runtime!, transport, folder);
        try {
            await server.connection.sendNotification('textDocument/didOpen', {
                textDocument: { uri, languageId: 'sanction', version: 1, text: WITHOUT_DURATION }
            });
            // Other checks may have something to say about this minimal order too; this test is about one.
            const opened = await server.diagnostics(uri, diagnostics => diagnostics.some(d => d.code === 'missing-duration'));
            const missingDuration = opened.filter(d => d.code === 'missing-duration');
            expect(missingDuration).toHaveLength(1);
            const [diagnostic] = missingDuration;
            expect(diagnostic).toMatchObject({
                code: 'missing-duration',
                // `"X"`, the case reference of `order "X".`
                range: { start: { line: 0, character: 6 }, end: { line: 0, character: 9 } },
                severity: 1,
                codeDescription: { href: checkDocsUrl('missing-duration') },
                source: 'sanction',
                data: { checkId: 'missing-duration', rules: [21, 23] }
            });
            expect(diagnostic.codeDescription!.href).toBe(
                'https://github.com/sanction-orders/sanction-orders/blob/main/docs/checks/missing-duration.md'
            );
            expect(diagnostic.message).toMatch(/\(Rules 21 and 23\)$/);

            // A client sends the diagnostic back, `data` included, when it asks for code actions: the
            // fixes the check put in `data` come back as quick fixes.
            const fixes = diagnostic.data?.fixes ?? [];
            const actions = await server.connection.sendRequest<CodeAction[] | null>('textDocument/codeAction', {
                textDocument: { uri },
                range: diagnostic.range,
                context: { diagnostics: [diagnostic], only: ['quickfix'] }
            });
            // (The last one, "Suppress missing-duration here, with a reason", is the server's own: test/lsp/suppress-fix.test.ts.)
            expect((actions ?? []).filter(a => a.kind !== 'quickfix.suppress').map(a => ({ title: a.title, kind: a.kind, edits: a.edit?.changes?.[uri] }))).toEqual(
                fixes.map(f => ({ title: f.title, kind: 'quickfix', edits: f.edits }))
            );

            await server.connection.sendNotification('textDocument/didChange', {
                textDocument: { uri, version: 2 },
                contentChanges: [{ text: WITH_DURATION }]
            });
            const changed = await server.diagnostics(uri, diagnostics => !diagnostics.some(d => d.code === 'missing-duration'));
            expect(changed.filter(d => d.code === 'missing-duration')).toEqual([]);

            // An incremental edit that removes the clause brings the finding back.
            await server.connection.sendNotification('textDocument/didChange', {
                textDocument: { uri, version: 3 },
                contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, text: '' }]
            });
            const reverted = await server.diagnostics(uri, diagnostics => diagnostics.some(d => d.code === 'missing-duration'));
            expect(reverted.filter(d => d.code === 'missing-duration').map(d => d.range)).toEqual([diagnostic.range]);
        } finally {
            await stopServer(server);
        }
    }, 60_000);

    it('checks an untitled document by its language id', async () => {
        const folder = fs.mkdtempSync(path.join(workspace, 'ws-'));
        const uri = 'untitled:Untitled-1';
        const server = await startServer(runtime!, transport, folder);
        try {
            await server.connection.sendNotification('textDocument/didOpen', {
                textDocument: { uri, languageId: 'sanction', version: 1, text: WITHOUT_DURATION }
            });
            const opened = await server.diagnostics(uri, diagnostics => diagnostics.some(d => d.code === 'missing-duration'));
            expect(opened.filter(d => d.code === 'missing-duration').map(d => [d.range.start.line, d.range.start.character])).toEqual([[0, 6]]);
        } finally {
            await stopServer(server);
        }
    }, 60_000);
});
