import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'langium';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { loadCorpus } from './corpus.js';
import { InputGenerator, type FuzzInput } from './generate.js';
import { minimise } from './minimise.js';
import { fuzzServices, normaliseMessage } from './pipeline.js';
import { hash32, Random } from './prng.js';
import { formatRegression, parseRegression, readRegressions } from './regression-file.js';

/**
 * The fuzzer against the bundled language server over stdio: `npm run fuzz:stdio -- --seconds 600 --seed 1`.
 *
 * Starts packages/vscode/dist/server.cjs once (`node server.cjs --stdio`, as neovim or Helix start
 * it) and sends it the inputs of the in-process fuzzer (test/fuzz/generate.ts: input i of seed S is
 * the same text there and here): didOpen, then every request the server's capabilities offer
 * (document symbols, folding, semantic tokens, code lenses, document links, workspace symbols, hover
 * at 6 offsets, completion at 4, code actions for each published diagnostic, formatting, definition,
 * references, highlights, prepare-rename and rename), then an incremental didChange and a few
 * requests again, then didClose. What goes wrong is one of the classes below. A server that exits
 * is started again (and that is a failure); one that does not answer within `--kill-after` is
 * killed and started again. Each new failure is minimised (the same delta debugging, each try a run
 * through the server) and saved under test/robustness/stdio-regressions/.
 *
 *   --seconds N            fuzzing time (minimising is not counted)                 default 60
 *   --seed S               the run's seed (the in-process fuzzer's inputs)           default 1
 *   --start I              the first input index                                     default 0
 *   --inputs N             stop after N inputs (whatever the time)
 *   --call-limit MS        a request answered later is a timeout                     default 2000
 *   --diagnostics-limit MS diagnostics published later are a failure                 default 5000
 *   --kill-after MS        a request or build running this long: the server is killed default 20000
 *   --minimise-seconds S   time for minimising one failure                           default 60
 *   --no-minimise          save failures as found
 *   --no-save              save nothing
 *   --max-saves N          saved failures per class in one run                       default 8
 *   --out DIR              where failures are saved   default test/robustness/stdio-regressions
 *   --server FILE          the server bundle               default packages/vscode/dist/server.cjs
 *   --report FILE          also write the summary as JSON
 *   --show I               run input I of the seed, print it and what fails, and stop
 *   --file PATH            run one file, print what fails, and stop
 */
export type StdioFailureClass =
    | 'server-exit'       // the server process exited (it is started again)
    | 'error-response'    // a request was answered with an error (a ResponseError), not a deliberate refusal
    | 'timeout'           // a request was answered after the call limit (confirmed by asking again), or never
    | 'no-diagnostics'    // no diagnostics published for a document within the limit after didOpen or didChange
    | 'logged-error';     // the server logged an error (window/logMessage of type Error): a guarded provider failed

export const STDIO_FAILURE_CLASSES: readonly StdioFailureClass[] = ['server-exit', 'error-response', 'timeout', 'no-diagnostics', 'logged-error'];

export interface StdioFailure {
    kind: StdioFailureClass;
    /** The LSP method, or didOpen / didChange. */
    request: string;
    /** What a smaller input must still show to be the same failure. */
    signature: string;
    message: string;
    detail?: string;
    ms?: number;
}

export interface StdioOptions {
    callLimitMs: number;
    diagnosticsLimitMs: number;
    killAfterMs: number;
}

export const DEFAULT_STDIO_OPTIONS: StdioOptions = { callLimitMs: 2000, diagnosticsLimitMs: 5000, killAfterMs: 20_000 };

/** The diagnostics VS Code keeps for one file (ExtHostDiagnostics._maxDiagnosticsPerFile): no editor sends more in a request. */
const MAX_CLIENT_DIAGNOSTICS = 1000;

/** LSP's "invalid params": the rename provider's deliberate refusal of a name the language cannot read. */
const INVALID_PARAMS = -32602;
/** "Content modified": a request answered for a text the editor has since changed (semantic tokens after an edit). */
const CONTENT_MODIFIED = -32801;

interface Diagnostic {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    message: string;
    code?: string | number;
    data?: unknown;
}

type Capabilities = Record<string, unknown>;

type Answer =
    | { kind: 'ok'; value: unknown; ms: number }
    | { kind: 'error'; error: ResponseError<unknown>; ms: number }
    | { kind: 'late'; value: unknown; ms: number }
    | { kind: 'killed'; ms: number }
    | { kind: 'exit'; ms: number; how: string };

// ---------------------------------------------------------------------------------------------
// The server process and the connection to it
// ---------------------------------------------------------------------------------------------

/** The bundled server over stdio; started on first use and again after it exits or is killed. */
export class StdioServer {
    private child?: ChildProcess;
    private connection?: MessageConnection;
    private exited?: Promise<string>;
    capabilities: Capabilities = {};
    private published: Array<{ uri: string; diagnostics: Diagnostic[] }> = [];
    private waiters: Array<() => void> = [];
    /** Errors the server logged since they were last taken. */
    private logged: string[] = [];
    private stderrTail = '';
    readonly workspace: string;
    starts = 0;
    requests = 0;
    /** Slow answers or diagnostics that were in time when asked again (not counted as failures). */
    unconfirmed = 0;
    readonly perRequest = new Map<string, { count: number; maxMs: number }>();

    constructor(private readonly bundle: string, private readonly runtime = process.execPath) {
        this.workspace = mkdtempSync(join(tmpdir(), 'sanction-stdio-fuzz-'));
    }

    get running(): boolean {
        return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
    }

    async start(): Promise<void> {
        this.dispose();
        this.starts++;
        const child = spawn(this.runtime, [this.bundle, '--stdio'], { cwd: this.workspace, stdio: 'pipe' });
        this.child = child;
        this.exited = new Promise(resolve => child.once('exit', (code, signal) => resolve(signal ?? `code ${code}`)));
        child.stdin!.on('error', () => undefined);
        child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
            this.stderrTail = (this.stderrTail + chunk).slice(-4000);
        });
        const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        this.connection = connection;
        this.published = [];
        this.logged = [];
        connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
            this.published.push(params);
            this.waiters.splice(0).forEach(wake => wake());
        });
        connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
            if (params.type === 1) {
                this.logged.push(params.message);
            }
        });
        connection.onNotification(() => undefined);
        // Answer what the server asks as a plain client does.
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        connection.onRequest(() => null);
        connection.onError(() => undefined);
        connection.listen();
        const folder = pathToFileURL(this.workspace).toString();
        const init = await this.raceExit(connection.sendRequest<{ capabilities: Capabilities }>('initialize', {
            processId: process.pid,
            clientInfo: { name: 'sanction-stdio-fuzz' },
            rootUri: folder,
            workspaceFolders: [{ uri: folder, name: 'fuzz' }],
            capabilities: {
                textDocument: {
                    synchronization: { didSave: false },
                    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
                    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } }, isPreferredSupport: true, dataSupport: true },
                    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                    rename: { prepareSupport: true },
                    foldingRange: { lineFoldingOnly: true },
                    semanticTokens: { requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] }
                },
                workspace: { workspaceFolders: true, configuration: true, symbol: {} }
            }
        }));
        if (init === undefined) {
            throw new Error(`the server exited while starting: ${this.stderrTail.split('\n').slice(-5).join(' ')}`);
        }
        this.capabilities = init.capabilities;
        await connection.sendNotification('initialized', {});
    }

    /** The promise's value, or undefined if the server exits first. */
    private async raceExit<T>(promise: Promise<T>): Promise<T | undefined> {
        const exited = this.exited!.then(() => undefined);
        return Promise.race([promise, exited]);
    }

    async ensureStarted(): Promise<boolean> {
        if (this.running && this.connection) {
            return false;
        }
        await this.start();
        return true;
    }

    async notify(method: string, params: unknown): Promise<void> {
        await this.connection?.sendNotification(method, params).catch(() => undefined);
    }

    /** How a request is answered: in time, with an error, late, never (the server is killed), or by exiting. */
    async request(method: string, params: unknown, options: StdioOptions): Promise<Answer> {
        const connection = this.connection!;
        const exited = this.exited!;
        this.requests++;
        const started = performance.now();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const response = connection.sendRequest(method, params).then(
            value => ({ kind: 'value' as const, value }),
            error => ({ kind: 'error' as const, error })
        );
        const outcome = await Promise.race([
            response,
            exited.then(how => ({ kind: 'exit' as const, how })),
            new Promise<{ kind: 'kill' }>(resolve => { timer = setTimeout(() => resolve({ kind: 'kill' }), options.killAfterMs); })
        ]);
        clearTimeout(timer);
        const ms = Math.round(performance.now() - started);
        const stats = this.perRequest.get(method) ?? { count: 0, maxMs: 0 };
        stats.count++;
        stats.maxMs = Math.max(stats.maxMs, ms);
        this.perRequest.set(method, stats);
        if (outcome.kind === 'exit') {
            return { kind: 'exit', ms, how: outcome.how };
        }
        if (outcome.kind === 'kill') {
            this.kill();
            return { kind: 'killed', ms };
        }
        if (outcome.kind === 'error') {
            if (!this.running) {
                return { kind: 'exit', ms, how: await exited };
            }
            const error = outcome.error instanceof ResponseError ? outcome.error : new ResponseError(-1, String(outcome.error?.message ?? outcome.error));
            return { kind: 'error', error, ms };
        }
        return ms > options.callLimitMs ? { kind: 'late', value: outcome.value, ms } : { kind: 'ok', value: outcome.value, ms };
    }

    /** How many diagnostics notifications have been received: `diagnostics` waits for one after this. */
    mark(): number {
        return this.published.length;
    }

    /** The first diagnostics published for `uri` after `mark`: in time, late, never (killed) or the server exited. */
    async diagnostics(uri: string, mark: number, options: StdioOptions): Promise<{ kind: 'ok' | 'late'; diagnostics: Diagnostic[]; ms: number } | { kind: 'killed' | 'exit'; ms: number; how?: string }> {
        const started = performance.now();
        const exited = this.exited!;
        let gone: string | undefined;
        void exited.then(how => { gone = how; this.waiters.splice(0).forEach(wake => wake()); });
        for (;;) {
            const found = this.published.slice(mark).find(p => p.uri === uri);
            const ms = Math.round(performance.now() - started);
            if (found) {
                return { kind: ms > options.diagnosticsLimitMs ? 'late' : 'ok', diagnostics: found.diagnostics, ms };
            }
            if (gone !== undefined || !this.running) {
                return { kind: 'exit', ms, how: gone ?? 'exited' };
            }
            const left = options.killAfterMs - ms;
            if (left <= 0) {
                this.kill();
                return { kind: 'killed', ms };
            }
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, Math.min(left, 1000));
                this.waiters.push(() => { clearTimeout(timer); resolve(); });
            });
        }
    }

    /** The errors logged since the last call. */
    takeLogged(): string[] {
        return this.logged.splice(0);
    }

    /** The server's resident memory in MB (Linux: /proc), or undefined where that cannot be read. */
    rssMB(): number | undefined {
        const pid = this.child?.pid;
        try {
            const kb = pid ? /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] : undefined;
            return kb ? Math.round(Number(kb) / 1024) : undefined;
        } catch {
            return undefined;
        }
    }

    get stderr(): string {
        return this.stderrTail;
    }

    private kill(): void {
        this.child?.kill('SIGKILL');
        this.dispose();
    }

    private dispose(): void {
        this.connection?.dispose();
        this.connection = undefined;
        if (this.child && this.child.exitCode === null && this.child.signalCode === null) {
            this.child.kill('SIGKILL');
        }
        this.child = undefined;
    }

    /** Shuts the server down as a client does; whether it exited with code 0. */
    async stop(): Promise<boolean> {
        const child = this.child;
        const connection = this.connection;
        let clean = false;
        if (child && connection && this.running) {
            const exited = this.exited!;
            try {
                await Promise.race([connection.sendRequest('shutdown'), new Promise(resolve => setTimeout(resolve, 5000))]);
                await connection.sendNotification('exit');
                const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
                clean = (await exited) === 'code 0';
                clearTimeout(timer);
            } catch {
                clean = false;
            }
        }
        this.dispose();
        rmSync(this.workspace, { recursive: true, force: true });
        return clean;
    }
}

// ---------------------------------------------------------------------------------------------
// One input through the server
// ---------------------------------------------------------------------------------------------

/** Runs one text through the server: open, every request offered, an edit, a few requests again, close. */
export class StdioRun {
    readonly failures: StdioFailure[] = [];
    private stopped = false;

    constructor(private readonly server: StdioServer, private readonly options: StdioOptions) {}

    private fail(failure: StdioFailure): void {
        if (!this.failures.some(f => f.signature === failure.signature)) {
            this.failures.push(failure);
        }
    }

    /** Logged errors become failures of the step that was running. */
    private collectLogs(step: string): void {
        for (const message of this.server.takeLogged()) {
            const first = oneLine(message).replace(/\s+at .*$/, '');
            const what = /^Sanction language server: (.+?) failed/.exec(first)?.[1] ?? step;
            this.fail({
                kind: 'logged-error', request: step, detail: first.slice(0, 300),
                signature: `logged-error|${what}|${normaliseMessage(errorLine(message))}`,
                message: `the server logged an error during ${step}: ${oneLine(errorLine(message)).slice(0, 200)}`
            });
        }
    }

    private async call(method: string, params: unknown, at = '', retried = false): Promise<unknown> {
        if (this.stopped) {
            return undefined;
        }
        const answer = await this.server.request(method, params, this.options);
        this.collectLogs(method);
        const where = at ? ` at ${at}` : '';
        switch (answer.kind) {
            case 'ok':
                return answer.value;
            case 'error': {
                const { code, message } = answer.error;
                if (code === INVALID_PARAMS && method === 'textDocument/rename') {
                    return undefined; // a deliberate refusal of the new name
                }
                if (code === CONTENT_MODIFIED && !retried) {
                    // The protocol's answer to a request that raced an edit: an editor asks again,
                    // and so does the fuzzer, once; the document has not changed since, so the second
                    // answer must be a real one.
                    return this.call(method, params, at, true);
                }
                this.fail({
                    kind: 'error-response', request: method, detail: at,
                    signature: `error-response|${method}|${code}|${normaliseMessage(message)}`,
                    message: `${method}${where} answered with error ${code}: ${oneLine(message).slice(0, 200)}`
                });
                return undefined;
            }
            case 'late': {
                // Confirmed by asking again (the machine may just have been busy).
                const again = await this.server.request(method, params, this.options);
                this.collectLogs(method);
                if (again.kind === 'ok' || again.kind === 'error') {
                    this.server.unconfirmed++;
                }
                if (again.kind === 'late' || again.kind === 'killed') {
                    this.fail({
                        kind: 'timeout', request: method, detail: at, ms: answer.ms, signature: `timeout|${method}`,
                        message: `${method}${where} took ${answer.ms} ms, and ${again.ms} ms when asked again (limit ${this.options.callLimitMs} ms)`
                    });
                } else if (again.kind === 'exit') {
                    this.exit(method, again.how);
                }
                if (again.kind === 'killed') {
                    this.stopped = true;
                }
                return answer.value;
            }
            case 'killed':
                this.fail({
                    kind: 'timeout', request: method, detail: at, ms: answer.ms, signature: `timeout|${method}`,
                    message: `${method}${where} was not answered within ${this.options.killAfterMs} ms: the server was killed`
                });
                this.stopped = true;
                return undefined;
            case 'exit':
                this.exit(method, answer.how);
                return undefined;
        }
    }

    private exit(step: string, how: string): void {
        const last = this.server.stderr.trim().split('\n').filter(l => l.trim()).slice(-1)[0] ?? '';
        this.fail({
            kind: 'server-exit', request: step, signature: `server-exit|${step}`,
            message: `the server exited (${how}) during ${step}${last ? `: ${oneLine(last).slice(0, 200)}` : ''}`
        });
        this.stopped = true;
    }

    /** Sends a change (didOpen or didChange) and waits for its diagnostics; `text` is the document's text after it. */
    private async change(step: string, text: string, send: () => Promise<void>): Promise<Diagnostic[] | undefined> {
        if (this.stopped) {
            return undefined;
        }
        const mark = this.server.mark();
        await send();
        let result = await this.server.diagnostics(this.uri, mark, this.options);
        this.collectLogs(step);
        if (result.kind === 'late') {
            // Confirmed by sending the same text again (the machine may just have been busy).
            const late = result;
            const again = this.server.mark();
            await this.server.notify('textDocument/didChange', { textDocument: { uri: this.uri, version: ++this.version }, contentChanges: [{ text }] });
            const second = await this.server.diagnostics(this.uri, again, this.options);
            this.collectLogs(step);
            if (second.kind === 'ok') {
                this.server.unconfirmed++;
                return second.diagnostics;
            }
            result = second.kind === 'late' ? { ...late, ms: Math.min(late.ms, second.ms) } : second;
        }
        if (result.kind === 'ok') {
            return result.diagnostics;
        }
        if (result.kind === 'exit') {
            this.exit(step, result.how ?? 'exited');
            return undefined;
        }
        this.fail({
            kind: 'no-diagnostics', request: step, ms: result.ms, signature: `no-diagnostics|${step}`,
            message: result.kind === 'late'
                ? `diagnostics after ${step} came after ${result.ms} ms (limit ${this.options.diagnosticsLimitMs} ms)`
                : `no diagnostics after ${step} within ${this.options.killAfterMs} ms: the server was killed`
        });
        if (result.kind === 'late') {
            return result.diagnostics;
        }
        this.stopped = true; // killed
        return undefined;
    }

    private uri = '';
    private version = 100;

    async run(text: string, uri: string): Promise<StdioFailure[]> {
        this.uri = uri;
        if (await this.server.ensureStarted().catch(error => {
            this.fail({ kind: 'server-exit', request: 'initialize', signature: 'server-exit|initialize', message: String(error?.message ?? error) });
            return undefined;
        }) === undefined) {
            return this.failures;
        }
        const caps = this.server.capabilities;
        const has = (name: string) => !!caps[name];
        const textDocument = { uri };
        const random = new Random(hash32(text) ^ 0x2545f491);
        let document = TextDocument.create(uri, 'sanction', 1, text);
        const diagnostics = await this.change('didOpen', text, () => this.server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'sanction', version: 1, text } }));
        if (diagnostics === undefined) {
            return this.finish(uri);
        }
        const position = (offset: number) => document.positionAt(offset);
        const edges = tokenEdges(text);
        const pick = (n: number) => pickSome(edges.length > 0 ? edges : [0], n, random);

        let names: Array<{ line: number; character: number }> = [];
        if (has('documentSymbolProvider')) {
            names = symbolPositions(await this.call('textDocument/documentSymbol', { textDocument }));
        }
        if (has('foldingRangeProvider')) {
            await this.call('textDocument/foldingRange', { textDocument });
        }
        const semantic = caps.semanticTokensProvider as { full?: unknown; range?: unknown } | undefined;
        if (semantic?.full) {
            await this.call('textDocument/semanticTokens/full', { textDocument });
        }
        if (semantic?.range) {
            await this.call('textDocument/semanticTokens/range', { textDocument, range: { start: position(0), end: position(text.length) } });
        }
        if (has('codeLensProvider')) {
            await this.call('textDocument/codeLens', { textDocument });
        }
        if (has('documentLinkProvider')) {
            await this.call('textDocument/documentLink', { textDocument });
        }
        if (has('workspaceSymbolProvider')) {
            await this.call('workspace/symbol', { query: '' });
            await this.call('workspace/symbol', { query: 'cur' });
        }
        if (has('hoverProvider')) {
            for (const offset of pick(6)) {
                await this.call('textDocument/hover', { textDocument, position: position(offset) }, `offset ${offset}`);
            }
        }
        if (has('completionProvider')) {
            for (const offset of pick(4)) {
                await this.call('textDocument/completion', { textDocument, position: position(offset) }, `offset ${offset}`);
            }
        }
        if (has('codeActionProvider')) {
            for (const diagnostic of diagnostics.slice(0, 8)) {
                await this.call('textDocument/codeAction', { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } }, `${diagnostic.code ?? 'diagnostic'} line ${diagnostic.range.start.line + 1}`);
            }
            // As VS Code asks on save (codeActionsOnSave): the whole document, with the diagnostics the
            // editor holds for it, which are at most 1,000 (its extension host keeps no more per file).
            // All 25,000 of a broken 150 KB file are a 22 MB request whose own JSON takes over a second
            // to write and read, a cost of this client, not of the server.
            await this.call('textDocument/codeAction', { textDocument, range: { start: position(0), end: position(text.length) }, context: { diagnostics: diagnostics.slice(0, MAX_CLIENT_DIAGNOSTICS) } }, 'the whole document');
        }
        if (has('documentFormattingProvider')) {
            await this.call('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } });
        }
        if (has('documentRangeFormattingProvider')) {
            const [a, b] = pick(2).sort((x, y) => x - y);
            await this.call('textDocument/rangeFormatting', { textDocument, range: { start: position(a ?? 0), end: position(b ?? text.length) }, options: { tabSize: 2, insertSpaces: true } });
        }
        const at = [...names.slice(0, 2), position(pick(1)[0] ?? 0)];
        for (const p of at) {
            const where = `line ${p.line + 1}, character ${p.character}`;
            if (has('definitionProvider')) {
                await this.call('textDocument/definition', { textDocument, position: p }, where);
            }
            if (has('referencesProvider')) {
                await this.call('textDocument/references', { textDocument, position: p, context: { includeDeclaration: true } }, where);
            }
            if (has('documentHighlightProvider')) {
                await this.call('textDocument/documentHighlight', { textDocument, position: p }, where);
            }
            if (has('renameProvider')) {
                if ((caps.renameProvider as { prepareProvider?: boolean }).prepareProvider) {
                    await this.call('textDocument/prepareRename', { textDocument, position: p }, where);
                }
                await this.call('textDocument/rename', { textDocument, position: p, newName: 'fuzz-renamed-x' }, where);
            }
        }

        // An incremental edit, as a keystroke or a paste sends it: the server's copy must follow.
        const from = random.int(0, text.length);
        const to = Math.min(text.length, from + random.weighted([[3, 0], [2, random.int(1, 3)], [1, random.int(4, 200)]] as const));
        const inserted = random.pick(['', 'x', ' ', '.', '\n', '"', ':', 'order ', '\u{1F600}', '\r\n', 'condition "to behave well".\n']);
        const range = { start: position(from), end: position(to) };
        document = TextDocument.update(document, [{ range, text: inserted }], 2);
        const changed = await this.change('didChange', document.getText(), () => this.server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range, text: inserted }] }));
        if (changed !== undefined) {
            const after = document.getText();
            const edit = Math.min(from + inserted.length, after.length);
            if (has('hoverProvider')) {
                await this.call('textDocument/hover', { textDocument, position: position(edit) }, `offset ${edit} after the edit`);
            }
            if (has('completionProvider')) {
                await this.call('textDocument/completion', { textDocument, position: position(edit) }, `offset ${edit} after the edit`);
            }
            if (has('documentSymbolProvider')) {
                await this.call('textDocument/documentSymbol', { textDocument });
            }
            if (has('codeActionProvider')) {
                for (const diagnostic of changed.slice(0, 2)) {
                    await this.call('textDocument/codeAction', { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } }, `${diagnostic.code ?? 'diagnostic'} after the edit`);
                }
            }
        }
        return this.finish(uri);
    }

    private async finish(uri: string): Promise<StdioFailure[]> {
        if (this.server.running) {
            await this.server.notify('textDocument/didClose', { textDocument: { uri } });
        }
        return this.failures;
    }
}

/** The URI every input is opened at: one document, opened and closed again for each input (as a drafter reuses a file). */
export function documentUri(server: StdioServer): string {
    return pathToFileURL(join(server.workspace, 'fuzz.sanction')).toString();
}

/** Runs one text through a server (started if it is not running). */
export async function runOverStdio(server: StdioServer, text: string, options: StdioOptions = DEFAULT_STDIO_OPTIONS): Promise<StdioFailure[]> {
    return new StdioRun(server, options).run(text, documentUri(server));
}

// ---------------------------------------------------------------------------------------------
// The fuzz loop (the CLI and the short test both use it)
// ---------------------------------------------------------------------------------------------

export interface StdioFuzzOptions extends StdioOptions {
    seed: number;
    start: number;
    seconds: number;
    inputs?: number;
    /** Minimise and save new failures here (undefined: save nothing). */
    out?: string;
    minimise: boolean;
    minimiseSeconds: number;
    maxSaves: number;
    log: (line: string) => void;
}

export interface StdioKnown {
    failure: StdioFailure;
    inputs: number;
    firstInput: number;
    origin: string;
    saved?: string;
    alreadySaved?: string;
}

export interface StdioSummary {
    seed: number;
    start: number;
    inputs: number;
    requests: number;
    fuzzSeconds: number;
    minimiseSeconds: number;
    /** Starts of the server after the first (after an exit or a kill). */
    restarts: number;
    /** Slow answers or diagnostics that were in time when asked again. */
    unconfirmed: number;
    /** The server's resident memory, sampled every 50 inputs (Linux only). */
    serverMemoryMB: { peak?: number; end?: number };
    classes: Record<StdioFailureClass, { inputs: number; distinct: number }>;
    perRequest: Record<string, { count: number; maxMs: number }>;
    failures: Array<{ kind: string; request: string; message: string; inputs: number; firstInput: number; origin: string; signature: string; saved?: string; alreadySaved?: string }>;
}

export async function stdioFuzz(server: StdioServer, generator: InputGenerator, options: StdioFuzzOptions, root: string): Promise<StdioSummary> {
    const savedSignatures = new Map(options.out ? readRegressions(options.out).filter(r => r.signature).map(r => [r.signature!, r.file]) : []);
    const known = new Map<string, StdioKnown>();
    const byClass = new Map<StdioFailureClass, number>();
    const savesByClass = new Map<StdioFailureClass, number>();
    let inputs = 0;
    let fuzzMs = 0;
    let minimiseMs = 0;
    let fuzzRequests = 0;
    let peakRss: number | undefined;
    let lastProgress = performance.now();
    for (let index = options.start; ; index++) {
        if (fuzzMs > options.seconds * 1000 || (options.inputs !== undefined && inputs >= options.inputs)) {
            break;
        }
        const input = generator.generate(index);
        const started = performance.now();
        const before = server.requests;
        const failures = await runOverStdio(server, input.text, options);
        fuzzRequests += server.requests - before;
        fuzzMs += performance.now() - started;
        inputs++;
        for (const kind of new Set(failures.map(f => f.kind))) {
            byClass.set(kind, (byClass.get(kind) ?? 0) + 1);
        }
        for (const failure of failures) {
            const entry = known.get(failure.signature);
            if (entry) {
                entry.inputs++;
                continue;
            }
            const fresh: StdioKnown = { failure, inputs: 1, firstInput: index, origin: input.origin };
            known.set(failure.signature, fresh);
            options.log(`  new: ${failure.kind} (${failure.request}) at input ${index}: ${failure.message}`);
            const already = savedSignatures.get(failure.signature);
            if (already) {
                fresh.alreadySaved = already;
                continue;
            }
            if (options.out && (savesByClass.get(failure.kind) ?? 0) < options.maxSaves) {
                const t = performance.now();
                const file = await saveStdioFailure(server, options, root, input, failure);
                minimiseMs += performance.now() - t;
                if (file) {
                    fresh.saved = file;
                    savedSignatures.set(failure.signature, file);
                    savesByClass.set(failure.kind, (savesByClass.get(failure.kind) ?? 0) + 1);
                }
            }
        }
        if (inputs % 50 === 0) {
            const rss = server.rssMB();
            peakRss = rss !== undefined ? Math.max(peakRss ?? 0, rss) : peakRss;
        }
        if (performance.now() - lastProgress > 15_000) {
            lastProgress = performance.now();
            options.log(`  … ${inputs} inputs, ${fuzzRequests} requests in ${Math.round(fuzzMs / 1000)} s, ${known.size} distinct failures`);
        }
    }
    return {
        seed: options.seed, start: options.start, inputs, requests: fuzzRequests, fuzzSeconds: Math.round(fuzzMs / 1000), minimiseSeconds: Math.round(minimiseMs / 1000),
        restarts: Math.max(0, server.starts - 1),
        unconfirmed: server.unconfirmed,
        serverMemoryMB: { peak: peakRss, end: server.rssMB() },
        classes: Object.fromEntries(STDIO_FAILURE_CLASSES.map(kind => [kind, {
            inputs: byClass.get(kind) ?? 0,
            distinct: [...known.values()].filter(k => k.failure.kind === kind).length
        }])) as StdioSummary['classes'],
        perRequest: Object.fromEntries([...server.perRequest].sort((a, b) => a[0].localeCompare(b[0]))),
        failures: [...known.values()].sort((a, b) => b.inputs - a.inputs).map(k => ({
            kind: k.failure.kind, request: k.failure.request, message: k.failure.message, inputs: k.inputs, firstInput: k.firstInput, origin: k.origin,
            signature: k.failure.signature, ...(k.saved ? { saved: relative(root, k.saved) } : {}), ...(k.alreadySaved ? { alreadySaved: k.alreadySaved } : {})
        }))
    };
}

/** Minimises a failure (each try a run through the server) and saves it; its path, or undefined if it did not reproduce. */
async function saveStdioFailure(server: StdioServer, options: StdioFuzzOptions, root: string, input: FuzzInput, failure: StdioFailure): Promise<string | undefined> {
    const slow = failure.kind === 'timeout' || failure.kind === 'no-diagnostics';
    // A slow candidate is known as soon as it passes the limit: the server is killed then, rather than after `killAfterMs`.
    const tryOptions = slow ? { ...options, killAfterMs: Math.min(options.killAfterMs, Math.max(options.callLimitMs, options.diagnosticsLimitMs) + 1000) } : options;
    const reproduces = async (candidate: string) => (await runOverStdio(server, candidate, tryOptions)).some(f => f.signature === failure.signature);
    let text = input.text;
    let note = 'not minimised';
    if (options.minimise) {
        if (!(await reproduces(text))) {
            options.log('    (did not reproduce on its own: not saved)');
            return undefined;
        }
        const started = performance.now();
        const result = await minimise(text, reproduces, { evaluations: slow ? 30 : 400, deadline: performance.now() + options.minimiseSeconds * 1000 });
        text = result.text;
        note = `minimised from ${input.text.length} to ${text.length} characters (${result.evaluations} tries, ${Math.round((performance.now() - started) / 1000)} s)`;
    }
    const header = [
        `// Stdio fuzz regression: ${failure.kind} in ${failure.request}.`,
        `// ${failure.message}`,
        `// Found by npm run fuzz:stdio -- --seed ${options.seed} (input ${input.index}: ${input.origin}); ${note}.`,
        `// signature: ${failure.signature}`,
        '// The input is everything after the next line; npm run fuzz:stdio -- --file <this file> runs it through the server.'
    ];
    const out = options.out!;
    if (!existsSync(out)) {
        mkdirSync(out, { recursive: true });
    }
    const request = failure.request.replace(/^textDocument\//, '').replace(/[^a-z0-9-]+/gi, '-');
    const file = join(out, `${failure.kind}-${request}-${hash32(failure.signature).toString(16).padStart(8, '0')}.sanction`);
    writeAtomically(file, formatRegression(header, text));
    options.log(`    saved ${relative(root, file)} (${note})`);
    return file;
}

function writeAtomically(file: string, content: string): void {
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, content);
    renameSync(temp, file);
}

export function printStdioSummary(summary: StdioSummary, log: (line: string) => void = console.log): void {
    log('');
    log(`${summary.inputs} inputs, ${summary.requests} requests in ${summary.fuzzSeconds} s of fuzzing over stdio (seed ${summary.seed}), ${summary.minimiseSeconds} s minimising, ${summary.restarts} restarts of the server after an exit or a kill${summary.unconfirmed ? `, ${summary.unconfirmed} slow answers not confirmed when asked again` : ''}`);
    if (summary.serverMemoryMB.peak !== undefined) {
        log(`server memory: ${summary.serverMemoryMB.peak} MB at most (sampled every 50 inputs), ${summary.serverMemoryMB.end ?? '?'} MB at the end`);
    }
    log('');
    log(`${'class'.padEnd(28)}${'inputs'.padStart(8)}${'distinct'.padStart(10)}`);
    for (const [kind, { inputs, distinct }] of Object.entries(summary.classes)) {
        log(`${kind.padEnd(28)}${String(inputs).padStart(8)}${String(distinct).padStart(10)}`);
    }
    log('');
    log(`${'request'.padEnd(36)}${'count'.padStart(8)}${'slowest ms'.padStart(12)}`);
    for (const [method, { count, maxMs }] of Object.entries(summary.perRequest)) {
        log(`${method.padEnd(36)}${String(count).padStart(8)}${String(maxMs).padStart(12)}`);
    }
    if (summary.failures.length > 0) {
        log('');
        for (const failure of summary.failures) {
            log(`${failure.kind} (${failure.request}) ×${failure.inputs}, first at input ${failure.firstInput}: ${failure.message}`);
            if (failure.saved || failure.alreadySaved) {
                log(`    ${failure.saved ? 'saved as' : 'already saved as'} ${failure.saved ?? failure.alreadySaved}`);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The command line
// ---------------------------------------------------------------------------------------------

interface Args extends StdioOptions {
    seconds: number;
    seed: number;
    start: number;
    inputs?: number;
    minimiseSeconds: number;
    minimise: boolean;
    save: boolean;
    maxSaves: number;
    out: string;
    server: string;
    report?: string;
    show?: number;
    file?: string;
}

function parseArgs(argv: string[], root: string): Args {
    const args: Args = {
        ...DEFAULT_STDIO_OPTIONS, seconds: 60, seed: 1, start: 0, minimiseSeconds: 60, minimise: true, save: true, maxSaves: 8,
        out: join(root, 'test', 'robustness', 'stdio-regressions'), server: join(root, 'packages', 'vscode', 'dist', 'server.cjs')
    };
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i];
        const value = () => {
            const v = argv[++i];
            if (v === undefined) {
                throw new Error(`${flag} needs a value`);
            }
            return v;
        };
        const number = () => {
            const v = Number(value());
            if (!Number.isFinite(v)) {
                throw new Error(`${flag} needs a number`);
            }
            return v;
        };
        switch (flag) {
            case '--seconds': args.seconds = number(); break;
            case '--seed': args.seed = number(); break;
            case '--start': args.start = number(); break;
            case '--inputs': args.inputs = number(); break;
            case '--call-limit': args.callLimitMs = number(); break;
            case '--diagnostics-limit': args.diagnosticsLimitMs = number(); break;
            case '--kill-after': args.killAfterMs = number(); break;
            case '--minimise-seconds': args.minimiseSeconds = number(); break;
            case '--no-minimise': args.minimise = false; break;
            case '--no-save': args.save = false; break;
            case '--max-saves': args.maxSaves = number(); break;
            case '--out': args.out = resolve(value()); break;
            case '--server': args.server = resolve(value()); break;
            case '--report': args.report = resolve(value()); break;
            case '--show': args.show = number(); break;
            case '--file': args.file = resolve(value()); break;
            case '--stdio': break; // `npm run fuzz -- --stdio …` and `npm run fuzz:stdio -- …` are the same
            case '--help': case '-h':
                console.log('usage: npm run fuzz:stdio -- [--seconds N] [--seed S] [--inputs N] [--call-limit MS] [--diagnostics-limit MS] [--no-save] [--no-minimise] [--show I] [--file PATH] (see test/fuzz/stdio.ts)');
                process.exit(0);
                break;
            default:
                throw new Error(`unknown option ${flag}`);
        }
    }
    return args;
}

export async function main(argv: string[], root: string): Promise<number> {
    let args: Args;
    try {
        args = parseArgs(argv, root);
    } catch (error) {
        console.error(`fuzz:stdio: ${(error as Error).message}`);
        return 2;
    }
    if (!existsSync(args.server)) {
        console.error(`fuzz:stdio: no server bundle at ${relative(root, args.server)}: build it with npm run build --workspace packages/vscode`);
        return 2;
    }
    const server = new StdioServer(args.server);
    const print = (failures: StdioFailure[]) => {
        console.log(failures.length === 0 ? 'no failure' : failures.map(f => `${f.kind} (${f.request}): ${f.message}`).join('\n'));
        return failures.length > 0 ? 1 : 0;
    };
    try {
        if (args.file) {
            const content = readFileSync(args.file, 'utf8');
            const text = args.file.endsWith('.sanction') ? parseRegression(args.file, content).input : content;
            return print(await runOverStdio(server, text, args));
        }
        const corpus = loadCorpus(root);
        const generator = new InputGenerator(args.seed, fuzzServices().Grammar, corpus);
        if (args.show !== undefined) {
            const input = generator.generate(args.show);
            console.log(`input ${input.index} of seed ${args.seed} (${input.origin}), ${input.text.length} characters:\n${input.text}\n---`);
            return print(await runOverStdio(server, input.text, args));
        }
        console.log(`fuzzing ${relative(root, args.server)} over stdio for ${args.seconds} s, seed ${args.seed}, from input ${args.start}; corpus of ${corpus.length} documents; a request over ${args.callLimitMs} ms is a timeout, diagnostics over ${args.diagnosticsLimitMs} ms a failure`);
        const summary = await stdioFuzz(server, generator, { ...args, out: args.save ? args.out : undefined, log: line => console.log(line) }, root);
        printStdioSummary(summary);
        if (args.report) {
            writeAtomically(args.report, JSON.stringify(summary, null, 2) + '\n');
        }
        return summary.failures.length > 0 ? 1 : 0;
    } finally {
        await server.stop();
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function oneLine(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

/** The error's own line in a logged message ("TypeError: x is undefined"), else its first line. */
function errorLine(message: string): string {
    const lines = message.split('\n').map(l => l.trim()).filter(Boolean);
    return lines.find(l => /^[A-Z]\w*(Error|Exception)\b/.test(l)) ?? /[A-Z]\w*Error: [^\n]*/.exec(message)?.[0] ?? lines[0] ?? '';
}

/** Offsets where a token starts or ends, and the middle of each word (as the in-process pipeline picks them). */
function tokenEdges(text: string): number[] {
    const edges = new Set<number>();
    for (const match of text.matchAll(/[A-Za-z0-9_-]+|"(?:\\.|[^"\\])*"?|\S/g)) {
        const at = match.index ?? 0;
        edges.add(at);
        edges.add(at + match[0].length);
        if (match[0].length > 2) {
            edges.add(at + Math.floor(match[0].length / 2));
        }
    }
    return [...edges].sort((a, b) => a - b);
}

function pickSome<T>(items: T[], n: number, random: Random): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) {
        out.push(copy.splice(random.int(0, copy.length - 1), 1)[0]);
    }
    return out;
}

/** Where the names of the document's symbols start (their selection ranges), depth first. */
function symbolPositions(symbols: unknown): Array<{ line: number; character: number }> {
    const out: Array<{ line: number; character: number }> = [];
    const visit = (items: unknown) => {
        if (!Array.isArray(items)) {
            return;
        }
        for (const item of items as Array<{ selectionRange?: { start: { line: number; character: number } }; children?: unknown }>) {
            if (item?.selectionRange) {
                out.push(item.selectionRange.start);
            }
            visit(item?.children);
        }
    };
    visit(symbols);
    return out;
}
