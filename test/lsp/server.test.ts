/**
 * The language server in-process, spoken to over LSP as an editor speaks to it: it lints every
 * `.sanction` file of the workspace on start (files not open included), reports that work as
 * work-done progress, and loads imported files that are outside the workspace.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { createConnection } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSanctionServices } from '../../language/src/sanction-module.js';

interface Diagnostic { code?: string | number; message: string; range: { start: { line: number; character: number } } }
interface PublishDiagnosticsParams { uri: string; diagnostics: Diagnostic[] }
interface ProgressParams { token: string | number; value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number } }

const LIBRARY = 'template home-curfew(address: text, length: duration = 3 months):\n  requirement curfew, at address, from 19:00 to 07:00, for length.\n';
const ORDER_WITH_IMPORT = 'import "../courts/library.sanction".\n\norder "A".\nmade on 2026-01-01.\nin force for 6 months.\n\napply home-curfew with address "1 Road".\n';
const ORDER_WITHOUT_DURATION = 'order "B".\nmade on 2026-01-01.\n';

let root: string;
let client: MessageConnection;
let initializeResult: { capabilities: Record<string, unknown> };
const published: PublishDiagnosticsParams[] = [];
const progress: ProgressParams[] = [];
const progressTokens: Array<string | number> = [];
const waiters: Array<() => void> = [];
const disposables: Array<{ dispose(): void }> = [];

/** The last diagnostics published for a file, once some satisfy `accept`. */
async function diagnosticsOf(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, timeoutMs = 15_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const found = published.filter(p => p.uri === uri).at(-1);
        if (found && accept(found.diagnostics)) {
            return found.diagnostics;
        }
        if (Date.now() > deadline) {
            throw new Error(`No matching diagnostics for ${uri}; published: ${JSON.stringify(published.map(p => [p.uri, p.diagnostics.map(d => d.code)]))}`);
        }
        await new Promise<void>(resolve => {
            const timer = setTimeout(resolve, 200);
            waiters.push(() => {
                clearTimeout(timer);
                resolve();
            });
        });
    }
}

const fileUri = (...parts: string[]) => URI.file(join(root, ...parts)).toString();

beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'sanction-ls-'));
    mkdirSync(join(root, 'workspace'));
    mkdirSync(join(root, 'courts'));
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'courts', 'library.sanction'), LIBRARY);
    writeFileSync(join(root, 'workspace', 'a.sanction'), ORDER_WITH_IMPORT);
    writeFileSync(join(root, 'workspace', 'b.sanction'), ORDER_WITHOUT_DURATION);
    writeFileSync(join(root, 'elsewhere', 'single.sanction'), ORDER_WITH_IMPORT.replace('"A"', '"S"'));

    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const { shared } = createSanctionServices({ connection, ...NodeFileSystem });
    startLanguageServer(shared);
    disposables.push(connection);

    client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        published.push(params);
        waiters.splice(0).forEach(wake => wake());
    });
    client.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => {
        progressTokens.push(params.token);
        return null;
    });
    client.onNotification('$/progress', (params: ProgressParams) => progress.push(params));
    client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    client.onRequest('client/registerCapability', () => null);
    client.listen();
    disposables.push(client);

    const workspaceUri = fileUri('workspace');
    initializeResult = await client.sendRequest('initialize', {
        processId: null,
        rootUri: workspaceUri,
        workspaceFolders: [{ uri: workspaceUri, name: 'workspace' }],
        capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true, workspaceFolders: true } }
    });
    await client.sendNotification('initialized', {});
}, 30_000);

afterAll(() => {
    disposables.reverse().forEach(d => d.dispose());
    rmSync(root, { recursive: true, force: true });
});

describe('language server', () => {
    test('announces the editor features', () => {
        const capabilities = initializeResult.capabilities;
        for (const capability of ['completionProvider', 'hoverProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'semanticTokensProvider',
            'documentFormattingProvider', 'documentRangeFormattingProvider', 'definitionProvider', 'referencesProvider', 'renameProvider',
            'documentLinkProvider', 'codeLensProvider', 'codeActionProvider']) {
            expect(capabilities[capability], capability).toBeTruthy();
        }
    });

    test('on start, a file of the workspace that is not open gets its diagnostics', async () => {
        const diagnostics = await diagnosticsOf(fileUri('workspace', 'b.sanction'));
        expect(diagnostics.map(d => d.code)).toContain('missing-duration');
    });

    test('an import outside the workspace is loaded: no "Cannot find the imported file"', async () => {
        const diagnostics = await diagnosticsOf(fileUri('workspace', 'a.sanction'));
        expect(diagnostics.map(d => d.code)).not.toContain('unresolved-import');
        expect(diagnostics.map(d => d.code)).not.toContain('unresolved-reference');
    });

    test('the start is reported as work-done progress, from begin to end', async () => {
        await diagnosticsOf(fileUri('workspace', 'b.sanction'));
        const deadline = Date.now() + 10_000;
        while (!progress.some(p => p.value.kind === 'end') && Date.now() < deadline) {
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        expect(progressTokens).toHaveLength(1);
        const ours = progress.filter(p => p.token === progressTokens[0]).map(p => p.value);
        expect(ours[0]).toMatchObject({ kind: 'begin', title: 'Sanction Orders' });
        expect(ours.at(-1)).toEqual({ kind: 'end' });
        const reports = ours.filter(v => v.kind === 'report');
        expect(reports.map(r => r.message)).toContain('Checking: 2/2 files');
        expect(reports.at(-1)!.percentage).toBe(100);
        const percentages = reports.map(r => r.percentage!);
        expect([...percentages].sort((a, b) => a - b)).toEqual(percentages);
    });

    test('a file opened on its own, outside the workspace, finds the file it imports', async () => {
        const uri = fileUri('elsewhere', 'single.sanction');
        await client.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'sanction', version: 1, text: ORDER_WITH_IMPORT.replace('"A"', '"S"') }
        });
        const diagnostics = await diagnosticsOf(uri);
        expect(diagnostics.map(d => d.code)).not.toContain('unresolved-import');
        expect(diagnostics.map(d => d.code)).not.toContain('unresolved-reference');
    });
});

describe('the slow checks, after a pause in typing (lsp/slow-checks.ts)', () => {
    const TYPING = [
        'order "T".', 'made on 2026-01-01.', 'in force for 12 months.',
        'condition "Be of good behaviour", for 1 month.',
        'condition "Report to the probation office at 12 High Street every Monday at 10:00", for 1 month.',
        'condition "Keep away from undesirable persons", for 1 month.',
        'requirement unpaid work, 40 hours.', ''
    ].join('\n');
    const vague = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.code === 'vague-term')
        .map(d => `${d.range.start.line}:${d.message.split('"')[1]}`);

    /** The diagnostics of `uri` published after the first `from` publications, the n-th of them (0-based) once it comes. */
    async function publishedAfter(uri: string, from: number, n = 0): Promise<Diagnostic[]> {
        const mine = () => published.slice(from).filter(p => p.uri === uri);
        await diagnosticsOf(uri, () => mine().length > n);
        return mine()[n].diagnostics;
    }

    test('an edit publishes the fast findings at once with the slow ones of untouched lines, and the complete findings follow', async () => {
        const uri = fileUri('workspace', 'typing.sanction');
        let from = published.length;
        await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sanction', version: 1, text: TYPING } });
        // A document new to the server: the fast findings first, then the slow ones (vague-term) too.
        const opened = await publishedAfter(uri, from);
        expect(opened.map(d => d.code)).toContain('missing-authority');
        expect(vague(opened)).toEqual([]);
        const complete = await publishedAfter(uri, from, 1);
        expect(vague(complete)).toEqual(['3:good behaviour', '5:Keep away from', '5:undesirable']);

        // A line inserted after line 3: line 3's findings stay where they were, line 5's move to line 6.
        from = published.length;
        await client.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 2 },
            contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'condition "Live at 12 High Street", for 1 month.\n' }]
        });
        const fast = await publishedAfter(uri, from);
        expect(fast.map(d => d.code)).toContain('missing-authority');
        expect(vague(fast)).toEqual(['3:good behaviour', '6:Keep away from', '6:undesirable']);
        const after = await publishedAfter(uri, from, 1);
        expect(vague(after)).toEqual(vague(fast));
        expect(after.filter(d => d.code === 'vague-term')).toEqual(fast.filter(d => d.code === 'vague-term'));

        // An edit of line 3 itself: its finding is not carried (it may no longer hold); the complete check decides.
        from = published.length;
        await client.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 3 },
            contentChanges: [{ range: { start: { line: 3, character: 11 }, end: { line: 3, character: 31 } }, text: 'Live at 14 High Street' }]
        });
        expect(vague(await publishedAfter(uri, from))).toEqual(['6:Keep away from', '6:undesirable']);
        expect(vague(await publishedAfter(uri, from, 1))).toEqual(['6:Keep away from', '6:undesirable']);
    });

    test('saves are announced, so that a save can run the slow checks at once', () => {
        const sync = initializeResult.capabilities.textDocumentSync as { save?: unknown };
        expect(sync.save).toBeTruthy();
    });
});
