/**
 * `sanction/renderHtml`, the request behind the live preview, asked of the bundled language server
 * (packages/vscode/dist/server.cjs) over stdio as any client would: it renders the order from the
 * server's own parse, follows an edit sent just before it, and answers a one-line reason, never an
 * error, for text it cannot render.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDER_HTML_REQUEST, type RenderHtmlResult } from '../../packages/vscode/src/protocol.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const extensionDir = path.join(repoRoot, 'packages', 'vscode');
const serverBundle = path.join(extensionDir, 'dist', 'server.cjs');
const GOOD = fs.readFileSync(path.join(repoRoot, 'examples', 'community-order-unpaid-work.sanction'), 'utf8');

let folder: string;
let child: ChildProcess;
let connection: MessageConnection;
const stderr: string[] = [];

beforeAll(async () => {
    // The bundle that ships, rebuilt: a stale one would test old code.
    execFileSync(process.execPath, [path.join(extensionDir, 'esbuild.mjs')], { cwd: extensionDir, stdio: 'pipe' });
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-preview-'));
    child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: 'pipe' });
    child.stderr!.setEncoding('utf8').on('data', chunk => stderr.push(chunk));
    connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    const folderUri = pathToFileURL(folder).toString();
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: folderUri,
        workspaceFolders: [{ uri: folderUri, name: 'preview' }],
        capabilities: { workspace: { workspaceFolders: true } }
    });
    await connection.sendNotification('initialized', {});
}, 60_000);

afterAll(async () => {
    if (connection) {
        await connection.sendRequest('shutdown').catch(() => undefined);
        await connection.sendNotification('exit').catch(() => undefined);
        connection.dispose();
    }
    if (child && child.exitCode === null) {
        const timer = setTimeout(() => child.kill(), 5000);
        await new Promise(resolve => child.once('exit', resolve));
        clearTimeout(timer);
    }
    fs.rmSync(folder, { recursive: true, force: true });
});

function render(uri: unknown): Promise<RenderHtmlResult> {
    return connection.sendRequest<RenderHtmlResult>(RENDER_HTML_REQUEST, { uri });
}

let opened = 0;
async function openOrder(text: string): Promise<string> {
    const file = path.join(folder, `order-${++opened}.sanction`);
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sanction', version: 1, text } });
    return uri;
}

function change(uri: string, version: number, text: string): Promise<void> {
    return connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
}

describe('sanction/renderHtml', () => {
    it('renders an open order as `sanction render --to html` does, with its timeline', async () => {
        const uri = await openOrder(GOOD);
        const result = await render(uri);
        expect(result.kind, JSON.stringify(result).slice(0, 300)).toBe('rendered');
        if (result.kind !== 'rendered') return;
        expect(result.title).toBe('Order CR-2026-00417');
        expect(result).toMatchObject({ version: 1, errors: 0, warnings: 0 });
        expect(result.firstError).toBeUndefined();
        expect(result.html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
        expect(result.html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="timeline"');
        expect(result.html).toContain('<p class="case">Case CR-2026-00417');
        expect(result.html).not.toContain('<script');
    });

    it('follows an edit sent just before the request, and counts the errors it renders with', async () => {
        const uri = await openOrder(GOOD);
        expect((await render(uri)).kind).toBe('rendered');
        // No waiting between the edit and the request: the answer must be about the new text.
        const renamed = GOOD.replace('order "CR-2026-00417"', 'order "CR-2026-99999"');
        await change(uri, 2, renamed);
        const after = await render(uri);
        expect(after).toMatchObject({ kind: 'rendered', title: 'Order CR-2026-99999', version: 2 });
        const openEnded = renamed.replace(/in force for [^.]*\./, 'in force until further order.');
        expect(openEnded).not.toBe(renamed);
        await change(uri, 3, openEnded);
        const withErrors = await render(uri);
        expect(withErrors.kind).toBe('rendered');
        if (withErrors.kind !== 'rendered') return;
        const line = openEnded.split('\n').findIndex(l => l.startsWith('in force until further order')) + 1;
        expect(withErrors.errors).toBeGreaterThanOrEqual(1);
        expect(withErrors.firstError).toBe(`line ${line}, open-ended-duration`);
        expect(withErrors.html).toContain('<h2>Findings that remain</h2>');
    });

    it('answers a one-line reason for a syntax error, a file with no order, and a document it has not opened', async () => {
        const uri = await openOrder(GOOD);
        const broken = GOOD.replace('made on 2026-03-14.', 'made on 2026-03-14');
        expect(GOOD.split('\n')[4]).toBe('made on 2026-03-14.');
        await change(uri, 2, broken);
        const result = await render(uri);
        expect(result.kind).toBe('not-rendered');
        if (result.kind !== 'not-rendered') return;
        expect(result.reason).toBe("line 5 does not parse (Expected '.' to end the sentence after '2026-03-14': the next line starts a new sentence.); the preview follows again once it does");

        const library = await openOrder(fs.readFileSync(path.join(repoRoot, 'examples', 'library', 'standard-requirements.sanction'), 'utf8'));
        expect(await render(library)).toEqual({
            kind: 'not-rendered',
            reason: 'no order in this file: write `order "<case reference>".` to start one (a library\'s templates show in the orders that apply them)'
        });

        const unknown = await render(pathToFileURL(path.join(folder, 'never-opened.sanction')).toString());
        expect(unknown).toEqual({ kind: 'not-rendered', reason: 'the server has not opened this document: open it in the editor to preview it' });
    });

    it('never fails on nonsense parameters', async () => {
        for (const uri of [undefined, 42, '', '::not a uri::', 'untitled:Untitled-9']) {
            const result = await render(uri);
            expect(result.kind, String(uri)).toBe('not-rendered');
        }
        // Still serving.
        const uri = await openOrder(GOOD);
        expect((await render(uri)).kind).toBe('rendered');
        expect(child.exitCode).toBeNull();
        expect(stderr.join('')).toBe('');
    });
});
