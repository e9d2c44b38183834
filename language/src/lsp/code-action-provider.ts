import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider, LanguageServer } from 'langium/lsp';
import type { ClientCapabilities, CodeAction, CodeActionParams, Command, Diagnostic, Position, Range, SnippetTextEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { FindingData } from '../core/finding.js';
import { checkById } from '../validation/checks/index.js';
import { guard } from './guard.js';
import type { LocaleSetting } from '../i18n/locale.js';
import { localFixTitle } from '../i18n/messages.js';

/**
 * The kind of the "Suppress … here, with a reason" actions: a quick fix (the editor lists it with the
 * others) of its own sub-kind, so that a client, a test or the fuzzer can tell it from the fixes
 * that repair the order. It never repairs anything: it records that the court keeps the wording.
 */
export const SUPPRESS_KIND = `${CodeActionKind.QuickFix}.suppress`;

/**
 * The reason the drafter has to write. Left as it is, it is a single word, and a suppression needs a
 * reason of a few words (core/suppressions.ts): the comment then silences nothing and is reported
 * as giving no reason, so an accepted fix can never silence a finding by itself.
 */
export const REASON_PLACEHOLDER = 'reason';

/**
 * The most actions one request is answered with. The editor asks for the actions at the cursor,
 * where a few findings meet and a handful of actions are offered; a client that sends every finding
 * of a broken document (25,000 on a 150 KB file) got 46,000 actions, 60 MB of JSON, and waited over
 * 2 s for a menu no one reads to the end. 200 is far more than a menu shows and bounds the answer
 * to a few hundred KB; the fixes are counted first, so the suppressions are what a cut leaves out.
 */
export const MAX_ACTIONS = 200;

/**
 * Quick fixes are data on the finding (`data.fixes`), computed by the check that raised it. This
 * provider turns them into code actions: the editor offers them, the drafter applies them.
 *
 * Beside them it offers, for every finding that a `// sanction-ignore` comment can silence, a
 * "Suppress <check-id> here, with a reason" action. That one is made here, not by the checks, so it
 * is never among a finding's `data.fixes` and `sanction lint --fix` cannot apply it: keeping
 * flagged wording is the court's decision and needs its reason, which no tool can write.
 */
export class SanctionCodeActionProvider implements CodeActionProvider {
    /**
     * Whether the client applies snippet text edits (LSP 3.18 `SnippetTextEdit`, in the
     * `documentChanges` of a workspace edit): VS Code's client does and says so in
     * `workspace.workspaceEdit.snippetEditSupport`; others (neovim 0.10, Emacs' eglot) get a plain
     * edit with the placeholder written out.
     */
    protected snippetEdits = false;

    /**
     * With the language server's services, the provider reads the client's capabilities when the
     * client connects; without them (tests, the CLI) it makes plain edits.
     */
    constructor(services?: { shared: { lsp: { LanguageServer: LanguageServer } }; sanction?: { locale: LocaleSetting } }) {
        services?.shared.lsp.LanguageServer.onInitialize(params => this.useClientCapabilities(params.capabilities));
        this.locale = services?.sanction?.locale;
    }

    /** The language of the titles the provider builds itself (the checks' fixes come translated). */
    protected readonly locale?: LocaleSetting;

    useClientCapabilities(capabilities: ClientCapabilities | undefined): void {
        const workspaceEdit = capabilities?.workspace?.workspaceEdit;
        this.snippetEdits = workspaceEdit?.snippetEditSupport === true && workspaceEdit.documentChanges === true;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        return guard('code actions', [], () => this.actions(document, params));
    }

    protected actions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        // Only the findings the request is about: those of its context that touch its range (an
        // editor sends the ones at the cursor; a client may send every finding of the document).
        const diagnostics = (params.context.diagnostics ?? []).filter(diagnostic => touches(diagnostic.range, params.range));
        const actions: CodeAction[] = [];
        // The fixes first: they are data on the findings, ready made, and they repair the order.
        for (const diagnostic of diagnostics) {
            const data = diagnostic.data as Partial<FindingData> | undefined;
            // The client sends back what it was given, or what an extension made of it: take only well-formed fixes.
            const fixes = data?.fixes;
            for (const fix of Array.isArray(fixes) ? fixes : []) {
                if (actions.length >= MAX_ACTIONS) {
                    return actions;
                }
                if (!fix || typeof fix.title !== 'string' || !Array.isArray(fix.edits)) {
                    continue;
                }
                actions.push({
                    title: fix.title,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    isPreferred: fix.preferred,
                    edit: { changes: { [document.textDocument.uri]: fix.edits } }
                });
            }
        }
        // Keeping the wording is the last resort, and each of these has to be worked out from the text.
        if (!wants(params.context.only, SUPPRESS_KIND)) {
            return actions;
        }
        const offered = new Set<string>();
        for (const diagnostic of diagnostics) {
            if (actions.length >= MAX_ACTIONS) {
                break;
            }
            const suppression = this.suppressAction(document, diagnostic);
            // Two findings of one check on one line: one comment silences both.
            const key = suppression && `${suppression.title}@${diagnostic.range.start.line}`;
            if (suppression && !offered.has(key!)) {
                offered.add(key!);
                actions.push(suppression);
            }
        }
        return actions;
    }

    /** "Suppress <check-id> here, with a reason", or undefined when the finding cannot be silenced. */
    protected suppressAction(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
        const edit = suppressionEdit(document, diagnostic);
        if (!edit) {
            return undefined;
        }
        const uri = document.textDocument.uri;
        let workspaceEdit: WorkspaceEdit;
        if (this.snippetEdits) {
            const snippetEdit: SnippetTextEdit = { range: edit.range, snippet: { kind: 'snippet', value: edit.snippet } };
            workspaceEdit = { documentChanges: [{ textDocument: { uri, version: document.textDocument.version }, edits: [snippetEdit] }] };
        } else {
            // A client without snippet edits gets the placeholder as text. LSP has no command that
            // every client runs to select it afterwards (`window/showDocument` with a selection would
            // need a server command and the client's `window.showDocument` support); the drafter
            // replaces the word, and until then the comment is reported as giving no reason.
            workspaceEdit = { changes: { [uri]: [{ range: edit.range, newText: edit.newText }] } };
        }
        return {
            title: localFixTitle(`Suppress ${edit.checkId} here, with a reason`, this.locale?.current ?? 'en'),
            kind: SUPPRESS_KIND,
            diagnostics: [diagnostic],
            isPreferred: false,
            edit: workspaceEdit
        };
    }
}

/** The comment a suppression fix inserts, as plain text and as a snippet, and where. */
export interface SuppressionEdit {
    checkId: string;
    /** An empty range at the start of the finding's line: the comment goes on a line of its own before it. */
    range: TextEdit['range'];
    /** The comment with the placeholder written out. */
    newText: string;
    /** The comment with the placeholder as the snippet's first tab stop, `${1:reason}`. */
    snippet: string;
}

/**
 * Where and what a suppression of this finding inserts: `// sanction-ignore <id> -- <reason>` on a
 * line of its own just before the line the finding starts on, with that line's indentation. A
 * suppression applies to the next line holding text (core/suppressions.ts), so the finding must
 * start on a line with text that is not itself a comment, and outside a block comment (a line
 * comment written inside one would be part of it). Undefined when the finding cannot be silenced:
 * syntax errors, unknown names and the suppression findings themselves (their checks are raised by
 * the parser, the linker or the suppression pass, and no suppression names them).
 */
export function suppressionEdit(document: LangiumDocument, diagnostic: Diagnostic): SuppressionEdit | undefined {
    const checkId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
    const check = checkId ? checkById(checkId) : undefined;
    if (!check || check.raisedBy || !/^[a-z0-9-]+$/.test(check.id)) {
        return undefined;
    }
    const textDocument = document.textDocument;
    const line = diagnostic.range?.start?.line;
    if (typeof line !== 'number' || line < 0 || line >= textDocument.lineCount) {
        return undefined;
    }
    const lineStart = textDocument.offsetAt({ line, character: 0 });
    const lineEnd = line + 1 < textDocument.lineCount ? textDocument.offsetAt({ line: line + 1, character: 0 }) : textDocument.getText().length;
    const text = textDocument.getText({ start: { line, character: 0 }, end: textDocument.positionAt(lineEnd) }).replace(/(\r\n|\r|\n)$/, '');
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('//') || insideBlockComment(document, lineStart)) {
        return undefined;
    }
    const indent = /^[ \t]*/.exec(text)![0];
    const eol = textFacts(document).eol;
    const head = `${indent}// sanction-ignore ${check.id} -- `;
    return {
        checkId: check.id,
        range: { start: { line, character: 0 }, end: { line, character: 0 } },
        newText: `${head}<${REASON_PLACEHOLDER}>${eol}`,
        snippet: `${escapeSnippet(head)}\${1:${REASON_PLACEHOLDER}}${eol}`
    };
}

/**
 * The block comments of a text, as the lexer reads them: closed, and not inside quoted text or a
 * line comment. One pass: an unclosed one is looked at once (no later one can close either).
 */
function blockCommentRanges(text: string): Array<[number, number]> {
    const ranges: Array<[number, number]> = [];
    let closable = true;
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '"' || c === '\u201C') {
            const close = c === '"' ? '"' : '\u201D';
            i++;
            while (i < text.length && text[i] !== close && text[i] !== '\n' && text[i] !== '\r') {
                i += c === '"' && text[i] === '\\' && i + 1 < text.length && text[i + 1] !== '\n' && text[i + 1] !== '\r' ? 2 : 1;
            }
            i++;
        } else if (c === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n' && text[i] !== '\r') {
                i++;
            }
        } else if (c === '/' && text[i + 1] === '*' && closable) {
            const end = text.indexOf('*/', i + 2);
            if (end < 0) {
                closable = false;
                i += 2;
            } else {
                ranges.push([i, end + 2]);
                i = end + 2;
            }
        } else {
            i++;
        }
    }
    return ranges;
}

/**
 * What the suppression fix needs to know of a document's whole text, found once per version: a
 * request for the whole document carries every diagnostic (tens of thousands on broken text), and
 * scanning the text again for each one was quadratic.
 */
const facts = new WeakMap<LangiumDocument, { version: number; eol: string; comments: Array<[number, number]> }>();

function textFacts(document: LangiumDocument): { eol: string; comments: Array<[number, number]> } {
    let known = facts.get(document);
    if (!known || known.version !== document.textDocument.version) {
        const text = document.textDocument.getText();
        known = {
            version: document.textDocument.version,
            eol: text.includes('\r\n') ? '\r\n' : '\n',
            comments: text.includes('/*') ? blockCommentRanges(text) : []
        };
        facts.set(document, known);
    }
    return known;
}

function insideBlockComment(document: LangiumDocument, offset: number): boolean {
    const comments = textFacts(document).comments;
    // The ranges are in text order: find the last one that starts before the offset.
    let low = 0;
    let high = comments.length - 1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if (comments[middle][0] < offset) {
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return high >= 0 && offset < comments[high][1];
}

/**
 * Whether a finding's range meets the request's (an empty range at a finding's edge meets it). A
 * range the client sent malformed meets nothing; a request without a range is about every finding
 * it sends.
 */
function touches(range: Range | undefined, requested: Range | undefined): boolean {
    if (!isRange(range)) {
        return false;
    }
    if (!isRange(requested)) {
        return true;
    }
    return !before(range.end, requested.start) && !before(requested.end, range.start);
}

function isRange(range: Range | undefined): range is Range {
    return isPosition(range?.start) && isPosition(range?.end);
}

function isPosition(position: Position | undefined): position is Position {
    return typeof position?.line === 'number' && typeof position.character === 'number';
}

function before(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether a request's `only` asks for actions of this kind (`quickfix` asks for `quickfix.suppress` too). */
function wants(only: readonly string[] | undefined, kind: string): boolean {
    return !only || only.length === 0 || only.some(asked => kind === asked || kind.startsWith(`${asked}.`));
}

/** Text taken literally in a snippet: `$`, `}` and `\` escaped. */
function escapeSnippet(text: string): string {
    return text.replace(/[$}\\]/g, '\\$&');
}
