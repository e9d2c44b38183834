import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { AstUtils, EmptyFileSystem, GrammarUtils, isOperationCancelled, TextDocument } from 'langium';
import type { CodeAction, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { ResponseError } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { findingsOf, toFinding } from '../../language/src/core/lint.js';
import type { Finding } from '../../language/src/core/finding.js';
import { isArgument, isParameterRef, isTemplate, isTemplateParameter, isTemplateUse } from '../../language/src/generated/ast.js';
import { hasSyntaxErrors } from '../../language/src/lsp/syntax.js';
import { createSanctionServices, type SanctionServices } from '../../language/src/sanction-module.js';
import { hash32, Random } from './prng.js';

/**
 * One input through everything the language server offers, in process: the document build and its
 * validation, formatting (twice), hover and completion at several offsets, code actions and every
 * quick fix applied, document symbols, folding, semantic tokens, code lenses, document links,
 * workspace symbols, definition, references, highlights and rename. What goes wrong is a failure
 * of one of the classes below; the fuzzer, the regression test and the short CI run all use this.
 */
export type FailureClass =
    | 'crash'                       // a provider or the build threw (or a guarded provider logged that it failed)
    | 'internal-error'              // an "An error occurred …" diagnostic, or an error the validation logged
    | 'hang'                        // one call took longer than the per-call limit
    | 'format-not-idempotent'       // formatting the formatted text changes it again
    | 'format-changes-tokens'       // formatting changed a token or a comment, not only whitespace
    | 'format-changes-findings'     // formatting changed which findings the document has
    | 'fix-breaks-parse'            // a quick fix leaves a syntax error (or edits that cannot be applied)
    | 'fix-leaves-finding'          // a quick fix does not remove the finding it fixes
    | 'fix-adds-unresolved'         // a quick fix adds an unresolved reference
    | 'rename-breaks-parse'         // a rename leaves a syntax error
    | 'rename-breaks-references';   // a rename leaves a reference that no longer resolves

export const FAILURE_CLASSES: readonly FailureClass[] = [
    'crash', 'internal-error', 'hang', 'format-not-idempotent', 'format-changes-tokens', 'format-changes-findings',
    'fix-breaks-parse', 'fix-leaves-finding', 'fix-adds-unresolved', 'rename-breaks-parse', 'rename-breaks-references'
];

export interface Failure {
    kind: FailureClass;
    /** The request or step: build, hover, completion, format, fix, rename … */
    stage: string;
    /** What a smaller input must still show to be the same failure (class, stage, error and top frame). */
    signature: string;
    /** One line for a drafter of the report. */
    message: string;
    /** The top frames of the error's stack, paths from the repository root. */
    frames?: string[];
    /** Where: an offset, a finding, a fix title. */
    detail?: string;
    /** How long the call took, for hangs. */
    ms?: number;
}

export interface PipelineOptions {
    /** A call over this many milliseconds is a hang (default 2000). */
    callLimitMs?: number;
    /**
     * Hover and completion at every offset of a small text (every token edge of a larger one), every
     * fix and every name renamed: for minimising and for the regression files. Otherwise a sample.
     */
    thorough?: boolean;
    /** Run only these stages (the build always runs): minimisation re-runs only the failing one. */
    stages?: ReadonlySet<string>;
    /** Called before each call with its stage, so that a watchdog knows what is running. */
    onCall?: (stage: string) => void;
    /** How long to wait for a call that went over the limit to settle before going on (default 20 s). */
    settleMs?: number;
}

export const STAGES = [
    'build', 'symbols', 'folding', 'semantic-tokens', 'code-lens', 'document-links', 'workspace-symbols',
    'hover', 'completion', 'format', 'fix', 'rename', 'navigation'
] as const;

let sharedServices: SanctionServices | undefined;

/** One set of services for every input (as the server has), documents removed after each input. */
export function fuzzServices(): SanctionServices {
    return (sharedServices ??= createSanctionServices(EmptyFileSystem).Sanction);
}

let documentCounter = 0;

/** Runs one input through the whole pipeline and returns what went wrong, each failure once. */
export async function runPipeline(text: string, options: PipelineOptions = {}): Promise<Failure[]> {
    const run = new PipelineRun(fuzzServices(), options);
    const restore = captureConsole(run);
    try {
        await run.all(text);
    } finally {
        restore();
        await run.cleanUp();
    }
    const seen = new Set<string>();
    return run.failures.filter(f => !seen.has(f.signature) && !!seen.add(f.signature));
}

/** The errors that the code under test logs instead of throwing (Langium's validator, guarded providers). */
function captureConsole(run: PipelineRun): () => void {
    const original = console.error;
    const originalWarn = console.warn;
    console.error = (...args: unknown[]) => run.logged(args);
    console.warn = () => undefined;
    return () => {
        console.error = original;
        console.warn = originalWarn;
    };
}

interface Built {
    document: LangiumDocument;
    findings: Finding[];
}

type Outcome<T> = { ok: true; value: T } | { ok: false };

class PipelineRun {
    readonly failures: Failure[] = [];
    private readonly uris: URI[] = [];
    private readonly limit: number;
    private readonly settle: number;
    /** Set after a hang: the remaining calls are skipped. */
    private stopped = false;
    /** Errors logged since the current call began. */
    private logs: unknown[][] = [];

    constructor(private readonly services: SanctionServices, private readonly options: PipelineOptions) {
        this.limit = options.callLimitMs ?? 2000;
        this.settle = options.settleMs ?? 20_000;
    }

    logged(args: unknown[]): void {
        this.logs.push(args);
    }

    private wants(stage: string): boolean {
        return !this.options.stages || this.options.stages.has(stage);
    }

    /** Thorough on texts of a sensible size; a sample on big ones (every offset of 100 kB would take minutes). */
    private thorough = false;

    async all(text: string): Promise<void> {
        this.thorough = !!this.options.thorough && text.length <= 20_000;
        const built = await this.build(text, 'build');
        if (!built) {
            return;
        }
        const { document } = built;
        const textDocument = { uri: document.textDocument.uri };
        const lsp = this.services.lsp;
        if (this.wants('symbols')) {
            await this.call('symbols', () => lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument }));
        }
        if (this.wants('folding')) {
            await this.call('folding', () => lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument }));
        }
        if (this.wants('semantic-tokens')) {
            await this.call('semantic-tokens', () => lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument }));
        }
        if (this.wants('code-lens')) {
            await this.call('code-lens', () => lsp.CodeLensProvider?.provideCodeLens(document, { textDocument }));
        }
        if (this.wants('document-links')) {
            await this.call('document-links', () => lsp.DocumentLinkProvider?.getDocumentLinks(document, { textDocument }));
        }
        if (this.wants('workspace-symbols')) {
            const symbols = this.services.shared.lsp.WorkspaceSymbolProvider;
            await this.call('workspace-symbols', () => symbols?.getSymbols({ query: '' }));
            await this.call('workspace-symbols', () => symbols?.getSymbols({ query: 'cur' }));
        }
        const offsets = this.offsets(text);
        if (this.wants('hover')) {
            for (const offset of offsets.hover) {
                await this.call('hover', () => lsp.HoverProvider?.getHoverContent(document, { textDocument, position: positionAt(document, offset) }), `offset ${offset}`);
            }
        }
        if (this.wants('completion')) {
            for (const offset of offsets.completion) {
                await this.call('completion', () => lsp.CompletionProvider?.getCompletion(document, { textDocument, position: positionAt(document, offset) }), `offset ${offset}`);
            }
        }
        if (this.wants('format')) {
            await this.formatting(built);
        }
        if (this.wants('fix')) {
            await this.fixes(built);
        }
        if (this.wants('rename') || this.wants('navigation')) {
            await this.names(built);
        }
    }

    /** Builds (parses, links, validates) a text as a new document; undefined when the build itself failed. */
    private async build(text: string, stage: string): Promise<Built | undefined> {
        const workspace = this.services.shared.workspace;
        const uri = URI.parse(`memory:///fuzz/d${++documentCounter}.sanction`);
        this.uris.push(uri);
        const outcome = await this.call(stage, async () => {
            const document = workspace.LangiumDocumentFactory.fromString(text, uri);
            workspace.LangiumDocuments.addDocument(document);
            await workspace.DocumentBuilder.build([document], { validation: true });
            return document;
        }, undefined, true);
        if (!outcome.ok || !outcome.value) {
            return undefined;
        }
        const document = outcome.value;
        const findings = findingsOf(document);
        for (const finding of findings) {
            if (finding.message.includes('An error occurred')) {
                this.internalError(stage, finding.message, finding.checkId);
            }
        }
        return { document, findings };
    }

    /** An "An error occurred …" diagnostic, with the stack of the error Langium logged for it. */
    private internalError(stage: string, message: string, checkId: string): void {
        const error = this.loggedErrors().find(e => message.includes(e.message));
        const frames = error ? framesOf(error) : [];
        this.fail({
            kind: 'internal-error', stage, message: `${checkId === 'syntax-error' ? 'a check' : checkId}: ${oneLine(message)}`, frames,
            // The same check fails whether it ran on the input, its formatted text or a fixed one.
            signature: `internal-error|${normaliseMessage(message)}|${signatureFrame(frames)}`
        });
    }

    private loggedErrors(): Error[] {
        return this.allLogs.flat().filter((a): a is Error => a instanceof Error);
    }

    /** Every error logged during this run (the current call's are in `logs` too). */
    private allLogs: unknown[][] = [];

    /**
     * Runs one call with the per-call limit. A call that throws is a crash; one that logs an error
     * (a guarded provider that caught its own failure, Langium's validator) is a crash or internal
     * error too; one that takes longer than the limit is a hang.
     */
    private async call<T>(stage: string, body: () => T | PromiseLike<T>, detail?: string, isBuild = false): Promise<Outcome<Awaited<T>>> {
        if (this.stopped) {
            return { ok: false };
        }
        this.options.onCall?.(stage);
        this.logs = [];
        const started = performance.now();
        const promise: Promise<Awaited<T>> = Promise.resolve().then(body) as Promise<Awaited<T>>;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timeout = new Promise<'timeout'>(resolve => { timer = setTimeout(() => resolve('timeout'), this.limit); });
        type Settled = { value: Awaited<T> } | { error: unknown };
        const settled: Promise<Settled> = promise.then((value): Settled => ({ value }), (error): Settled => ({ error }));
        let result: Settled | 'timeout' = await Promise.race([settled, timeout]);
        clearTimeout(timer);
        let elapsed = performance.now() - started;
        if (result === 'timeout') {
            // Wait for it to finish (the fuzzer's watchdog ends a call that never does), so that
            // nothing of this input still runs when the next one starts.
            let graceTimer: ReturnType<typeof setTimeout> | undefined;
            const grace = new Promise<'timeout'>(resolve => { graceTimer = setTimeout(() => resolve('timeout'), this.settle); });
            result = await Promise.race([settled, grace]);
            clearTimeout(graceTimer);
            elapsed = performance.now() - started;
        }
        this.allLogs.push(...this.logs);
        if (elapsed > this.limit) {
            // One hang is enough to know: every other request on this text would be slow too.
            this.stopped = true;
            this.fail({
                kind: 'hang', stage, signature: `hang|${stage}`, ms: Math.round(elapsed), detail,
                message: `${stage} took ${Math.round(elapsed)} ms (limit ${this.limit} ms)${detail ? ` at ${detail}` : ''}`
            });
        }
        if (result === 'timeout') {
            return { ok: false };
        }
        if ('error' in result) {
            const error = result.error;
            if (isOperationCancelled(error) || (stage === 'rename' && error instanceof ResponseError)) {
                return { ok: false }; // a rename refused with a reason is an answer, not a crash
            }
            this.crash(stage, error, detail);
            return { ok: false };
        }
        if (!isBuild) {
            // A provider that caught its own failure and logged it still failed the drafter.
            for (const error of this.logs.flat().filter((a): a is Error => a instanceof Error)) {
                this.crash(stage, error, detail);
            }
        } else {
            const diagnosed = (result.value as LangiumDocument | undefined)?.diagnostics ?? [];
            for (const error of this.logs.flat().filter((a): a is Error => a instanceof Error)) {
                if (!diagnosed.some(d => (typeof d.message === 'string' ? d.message : d.message.value).includes(error.message))) {
                    // Logged and swallowed: the document lost findings without saying so.
                    const frames = framesOf(error);
                    this.fail({
                        kind: 'internal-error', stage, frames, message: `logged: ${oneLine(`${error.name}: ${error.message}`)}`,
                        signature: `internal-error|logged ${normaliseMessage(error.message)}|${signatureFrame(frames)}`
                    });
                }
            }
        }
        return { ok: true, value: result.value };
    }

    private crash(stage: string, error: unknown, detail?: string): void {
        const frames = error instanceof Error ? framesOf(error) : [];
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        this.fail({
            kind: 'crash', stage, frames, detail, message: `${stage}: ${oneLine(message)}`,
            signature: `crash|${stage}|${normaliseMessage(message)}|${signatureFrame(frames)}`
        });
    }

    private fail(failure: Failure): void {
        this.failures.push(failure);
    }

    /** Where hover and completion are asked: a sample, or (thorough) every offset of a small text. */
    private offsets(text: string): { hover: number[]; completion: number[] } {
        const edges = tokenEdges(text);
        if (this.thorough) {
            const every = text.length <= 400 ? range(0, text.length) : edges;
            return { hover: spread(every, 400), completion: spread(every, 150) };
        }
        const random = new Random(hash32(text));
        const pick = (n: number) => {
            const chosen = new Set<number>([0, text.length]);
            while (chosen.size < Math.min(n, text.length + 1)) {
                chosen.add(random.chance(0.6) && edges.length > 0 ? random.pick(edges) : random.int(0, text.length));
            }
            return [...chosen].sort((a, b) => a - b);
        };
        return { hover: pick(10), completion: pick(6) };
    }

    // -----------------------------------------------------------------------------------------
    // Formatting
    // -----------------------------------------------------------------------------------------

    private async format(document: LangiumDocument): Promise<string | undefined> {
        const outcome = await this.call('format', () => this.services.lsp.Formatter?.formatDocument(document, {
            textDocument: { uri: document.textDocument.uri },
            options: { tabSize: 2, insertSpaces: true }
        }));
        if (!outcome.ok) {
            return undefined;
        }
        const edits = outcome.value ?? [];
        const applied = applyTextEdits(document.textDocument, edits);
        if (applied === undefined) {
            this.fail({ kind: 'format-changes-tokens', stage: 'format', signature: 'format-changes-tokens|overlapping', message: 'the formatter returned overlapping edits' });
        }
        return applied;
    }

    private async formatting(built: Built): Promise<void> {
        const text = built.document.textDocument.getText();
        const formatted = await this.format(built.document);
        if (formatted === undefined || formatted === text) {
            return;
        }
        const before = tokenStream(this.services, text);
        const after = tokenStream(this.services, formatted);
        const changed = firstDifference(before, after);
        if (changed !== undefined) {
            this.fail({
                kind: 'format-changes-tokens', stage: 'format', signature: 'format-changes-tokens',
                message: `formatting changed token ${changed}: ${JSON.stringify(before[changed] ?? '(none)')} became ${JSON.stringify(after[changed] ?? '(none)')}`
            });
        }
        const again = await this.build(formatted, 'format');
        if (!again) {
            return;
        }
        const lost = multisetDifference(findingKeys(built.findings), findingKeys(again.findings));
        const gained = multisetDifference(findingKeys(again.findings), findingKeys(built.findings));
        if (lost.length + gained.length > 0) {
            this.fail({
                kind: 'format-changes-findings', stage: 'format', signature: 'format-changes-findings',
                message: `formatting changed the findings: ${[...lost.map(k => `lost ${k}`), ...gained.map(k => `gained ${k}`)].slice(0, 3).join('; ')}`
            });
        }
        const twice = await this.format(again.document);
        if (twice !== undefined && twice !== formatted) {
            const line = firstDifferentLine(formatted, twice);
            this.fail({
                kind: 'format-not-idempotent', stage: 'format', signature: 'format-not-idempotent',
                message: `formatting the formatted text changes it again (line ${line + 1}: ${JSON.stringify(formatted.split('\n')[line] ?? '')} became ${JSON.stringify(twice.split('\n')[line] ?? '')})`
            });
        }
    }

    // -----------------------------------------------------------------------------------------
    // Quick fixes
    // -----------------------------------------------------------------------------------------

    private async fixes(built: Built): Promise<void> {
        const { document, findings } = built;
        const uri = document.textDocument.uri;
        const max = this.thorough ? 40 : 8;
        let tried = 0;
        const unresolvedBefore = count(findings, 'unresolved-reference');
        // (An editor asks for the actions at the cursor: a sample of the findings of a text with thousands is enough.)
        for (const diagnostic of (document.diagnostics ?? []).slice(0, this.thorough ? 2000 : 300)) {
            const outcome = await this.call('code-actions', () => this.services.lsp.CodeActionProvider?.getCodeActions(document, {
                textDocument: { uri },
                range: diagnostic.range,
                context: { diagnostics: [diagnostic], triggerKind: 1 }
            }));
            if (!outcome.ok) {
                continue;
            }
            // ("Suppress … with a reason" leaves a placeholder for the court's reason on purpose: test/lsp/suppress-fix.test.ts.)
            const actions = (outcome.value ?? [])
                .filter((a): a is CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'))
                .filter(a => a.kind !== 'quickfix.suppress');
            for (const action of actions) {
                if (!action.edit || tried >= max) {
                    continue;
                }
                tried++;
                const finding = toFinding(diagnostic);
                const where = `${finding.checkId}: "${action.title}"`;
                const edits = editsFor(action.edit, uri);
                const fixed = applyTextEdits(document.textDocument, edits);
                // Known by the check (its fixes' titles vary with the text: "Give notice in Polish"), and
                // apart when the text had a syntax error already (a fix can hardly be placed right there).
                const key = `${finding.checkId}${hasSyntaxErrors(document) ? '|in text with a syntax error' : ''}`;
                if (fixed === undefined) {
                    this.fail({ kind: 'fix-breaks-parse', stage: 'fix', detail: where, signature: `fix-breaks-parse|${key}|overlapping`, message: `the fix ${where} has overlapping edits` });
                    continue;
                }
                const after = await this.build(fixed, 'fix');
                if (!after) {
                    continue;
                }
                // A syntax error the text did not have before (by message: the fix may move lines).
                const added = multisetDifference(syntaxKeys(after.findings), syntaxKeys(findings));
                if (added.length > 0 || (!hasSyntaxErrors(document) && hasSyntaxErrors(after.document))) {
                    const error = after.findings.find(f => f.checkId === 'syntax-error' && !f.message.includes('An error occurred') && (added.length === 0 || normaliseMessage(f.message).replace(/\d+/g, 'N') === added[0]));
                    this.fail({
                        kind: 'fix-breaks-parse', stage: 'fix', detail: where, signature: `fix-breaks-parse|${key}`,
                        message: `the fix ${where} leaves a syntax error${error ? ` (line ${error.range.start.line + 1}: ${oneLine(error.message)})` : ''}`
                    });
                }
                const same = (f: Finding) => f.checkId === finding.checkId && normaliseMessage(f.message) === normaliseMessage(finding.message);
                if (finding.checkId !== 'syntax-error' && after.findings.filter(same).length >= findings.filter(same).length) {
                    this.fail({
                        kind: 'fix-leaves-finding', stage: 'fix', detail: where, signature: `fix-leaves-finding|${key}`,
                        message: `the fix ${where} leaves its finding: ${oneLine(finding.message)}`
                    });
                }
                if (count(after.findings, 'unresolved-reference') > unresolvedBefore) {
                    const added = after.findings.find(f => f.checkId === 'unresolved-reference');
                    this.fail({
                        kind: 'fix-adds-unresolved', stage: 'fix', detail: where, signature: `fix-adds-unresolved|${key}`,
                        message: `the fix ${where} adds an unresolved reference${added ? `: ${oneLine(added.message)}` : ''}`
                    });
                }
                await this.forget(after.document);
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Names: rename, definition, references, highlights
    // -----------------------------------------------------------------------------------------

    private async names(built: Built): Promise<void> {
        const { document } = built;
        const textDocument = { uri: document.textDocument.uri };
        const targets = nameNodes(document);
        const random = new Random(hash32(document.textDocument.getText()) ^ 0x5bd1e995);
        const chosen = this.thorough ? targets.slice(0, 20) : pickSome(targets, 3, random);
        const positions = chosen.map(n => n.offset + Math.min(1, n.length));
        // A rename or a go-to asked where there is no name must be refused quietly too.
        const text = document.textDocument.getText();
        positions.push(random.int(0, text.length));
        const lsp = this.services.lsp;
        const parserErrorsBefore = document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length;
        const unresolvedBefore = unresolvedCount(document);
        for (const offset of positions) {
            const position = positionAt(document, offset);
            const at = `offset ${offset}`;
            if (this.wants('navigation')) {
                await this.call('navigation', () => lsp.DefinitionProvider?.getDefinition(document, { textDocument, position }), at);
                await this.call('navigation', () => lsp.ReferencesProvider?.findReferences(document, { textDocument, position, context: { includeDeclaration: true } }), at);
                await this.call('navigation', () => lsp.DocumentHighlightProvider?.getDocumentHighlight(document, { textDocument, position }), at);
            }
            if (!this.wants('rename')) {
                continue;
            }
            await this.call('rename', () => lsp.RenameProvider?.prepareRename(document, { textDocument, position }), at);
            for (const newName of ['renamed', 'fuzz-renamed-2']) {
                const outcome = await this.call('rename', () => lsp.RenameProvider?.rename(document, { textDocument, position, newName }), at);
                if (!outcome.ok || !outcome.value) {
                    continue;
                }
                const edits = editsFor(outcome.value, textDocument.uri);
                if (edits.length === 0) {
                    continue;
                }
                const renamed = applyTextEdits(document.textDocument, edits);
                if (renamed === undefined) {
                    this.fail({ kind: 'rename-breaks-parse', stage: 'rename', detail: at, signature: 'rename-breaks-parse|overlapping', message: `rename to '${newName}' at ${at} has overlapping edits` });
                    continue;
                }
                const after = await this.build(renamed, 'rename');
                if (!after) {
                    continue;
                }
                const parserErrorsAfter = after.document.parseResult.parserErrors.length + after.document.parseResult.lexerErrors.length;
                if (parserErrorsAfter > parserErrorsBefore || (!hasSyntaxErrors(document) && hasSyntaxErrors(after.document))) {
                    this.fail({
                        kind: 'rename-breaks-parse', stage: 'rename', detail: at, signature: 'rename-breaks-parse',
                        message: `rename to '${newName}' at ${at} leaves a syntax error`
                    });
                } else if (unresolvedCount(after.document) > unresolvedBefore) {
                    this.fail({
                        kind: 'rename-breaks-references', stage: 'rename', detail: at, signature: 'rename-breaks-references',
                        message: `rename to '${newName}' at ${at} leaves a reference that no longer resolves`
                    });
                }
                await this.forget(after.document);
                break;
            }
        }
    }

    private async forget(document: LangiumDocument): Promise<void> {
        const key = document.uri.toString();
        const index = this.uris.findIndex(u => u.toString() === key);
        if (index >= 0) {
            this.uris.splice(index, 1);
            await removeDocuments(this.services, [document.uri]);
        }
    }

    async cleanUp(): Promise<void> {
        const uris = this.uris.splice(0);
        await removeDocuments(this.services, uris);
    }
}

async function removeDocuments(services: SanctionServices, uris: URI[]): Promise<void> {
    if (uris.length === 0) {
        return;
    }
    const original = console.error;
    console.error = () => undefined;
    try {
        await services.shared.workspace.DocumentBuilder.update([], uris);
    } catch {
        // a document that could not even be removed: the next input gets fresh URIs anyway
        for (const uri of uris) {
            services.shared.workspace.LangiumDocuments.deleteDocument(uri);
            services.shared.workspace.IndexManager.remove(uri);
        }
    } finally {
        console.error = original;
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function positionAt(document: LangiumDocument, offset: number): Position {
    return document.textDocument.positionAt(offset);
}

function range(from: number, to: number): number[] {
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** At most `max` of the items, evenly spread. */
function spread(items: number[], max: number): number[] {
    if (items.length <= max) {
        return items;
    }
    return range(0, max - 1).map(i => items[Math.floor((i * items.length) / max)]);
}

function pickSome<T>(items: T[], n: number, random: Random): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) {
        out.push(copy.splice(random.int(0, copy.length - 1), 1)[0]);
    }
    return out;
}

/** Offsets where a token starts or ends, and the middle of each word. */
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

/** The name and reference nodes of templates and their parameters. */
function nameNodes(document: LangiumDocument): CstNode[] {
    const nodes: CstNode[] = [];
    const add = (node: AstNode, property: string) => {
        const cst = node.$cstNode ? GrammarUtils.findNodeForProperty(node.$cstNode, property) : undefined;
        if (cst && cst.length > 0) {
            nodes.push(cst);
        }
    };
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        if (isTemplate(node) || isTemplateParameter(node)) {
            add(node, 'name');
        } else if (isTemplateUse(node)) {
            add(node, 'template');
        } else if (isArgument(node) || isParameterRef(node)) {
            add(node, 'parameter');
        }
    }
    return nodes;
}

function unresolvedCount(document: LangiumDocument): number {
    return document.references.filter(r => ('ref' in r ? r.ref === undefined : r.items.length === 0)).length;
}

function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
    const edits: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
    for (const change of edit.documentChanges ?? []) {
        if ('textDocument' in change && change.textDocument.uri === uri) {
            edits.push(...change.edits.filter((e): e is TextEdit => 'range' in e));
        }
    }
    return edits;
}

/** The text with the edits applied; undefined when they overlap. */
function applyTextEdits(document: TextDocument, edits: TextEdit[]): string | undefined {
    try {
        return TextDocument.applyEdits(document, edits);
    } catch {
        return undefined;
    }
}

/** Every token and comment as the lexer reads it (whitespace left out). */
function tokenStream(services: SanctionServices, text: string): string[] {
    const lexed = services.parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...(lexed.hidden ?? [])]
        .filter(t => t.tokenType.name !== 'WS')
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(t => `${t.tokenType.name}:${t.image}`);
}

function firstDifference(a: string[], b: string[]): number | undefined {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (a[i] !== b[i]) {
            return i;
        }
    }
    return undefined;
}

function firstDifferentLine(a: string, b: string): number {
    const la = a.split('\n');
    const lb = b.split('\n');
    return firstDifference(la, lb) ?? 0;
}

function syntaxKeys(findings: Finding[]): string[] {
    // (A crashed check's diagnostic has no code, so it reads as a syntax error: it is an internal error.)
    return findings.filter(f => f.checkId === 'syntax-error' && !f.message.includes('An error occurred')).map(f => normaliseMessage(f.message).replace(/\d+/g, 'N'));
}

function count(findings: Finding[], checkId: string): number {
    return findings.filter(f => f.checkId === checkId).length;
}

/** A finding as formatting must keep it: its check and message (line numbers in messages may move). */
function findingKeys(findings: Finding[]): string[] {
    return findings.map(f => `${f.checkId}: ${normaliseMessage(f.message)}`);
}

function multisetDifference(a: string[], b: string[]): string[] {
    const left = new Map<string, number>();
    b.forEach(k => left.set(k, (left.get(k) ?? 0) + 1));
    return a.filter(k => {
        const n = left.get(k) ?? 0;
        if (n > 0) {
            left.set(k, n - 1);
            return false;
        }
        return true;
    });
}

/** A message without what varies between a failure and its minimised input: line numbers, long quotes. */
export function normaliseMessage(message: string): string {
    return oneLine(message)
        .replace(/\b(lines?|offset|line|column):? ?\d+/gi, '$1 N')
        .replace(/'[^']{40,}'/g, "'…'")
        .slice(0, 200);
}

function oneLine(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

/** The top frames of an error's stack, as `function (path:line)` with paths from the repository root. */
export function framesOf(error: Error): string[] {
    return (error.stack ?? '')
        .split('\n')
        .filter(line => /^\s+at /.test(line))
        .map(line => line.trim().replace(/^at /, '').replace(/(?:file:\/\/)?[^\s(]*?((?:language|packages|test)\/src\/|node_modules\/|test\/)/, '$1').replace(/:(\d+):\d+\)?$/, ':$1)').replace(/\(\)$/, ''))
        .map(frame => frame.includes('(') || !frame.includes(':') ? frame : `(${frame}`)
        .slice(0, 12);
}

/** The frame a failure is known by: the first in the project's sources, else the first, without its line. */
function signatureFrame(frames: string[]): string {
    const frame = frames.find(f => f.includes('language/src/')) ?? frames[0] ?? '';
    return frame.replace(/:\d+\)$/, ')');
}

/** Whether a text holds a lone surrogate (which UTF-8 cannot store). */
export function hasLoneSurrogate(text: string): boolean {
    return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
