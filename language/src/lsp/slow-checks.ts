import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { Fix } from '../core/finding.js';
import { splitLines } from '../core/lines.js';
import { CodeLensRefreshRequest } from 'vscode-languageserver';
import { ALL_CHECKS } from '../validation/checks/index.js';
import { categoryOf } from '../core/check.js';

/**
 * The slow checks in the editor (Langium's `slow` validation category; `category: 'slow'` on a
 * check, core/check.ts). They read the free text of every clause, which is most of the checking
 * time of a long order, so a keystroke does not wait for them:
 *
 * - a build after an edit runs the fast checks only (Langium's `updateBuildOptions`) and publishes;
 * - once the workspace has been quiet for SLOW_CHECK_DELAY_MS, or when a file is saved, one more
 *   build adds the slow category to every document that lacks it, and publishes again (Langium
 *   keeps the fast findings and appends the slow ones);
 * - meanwhile the slow findings of the document's last complete check are still published on the
 *   lines the edit did not touch (moved with the lines below the edit; their fixes too when every
 *   edit of them lies in the same untouched part), so findings do not blink off and on with every
 *   keystroke, and opening a file keeps every fix.
 *
 * Any edit cancels a slow build in progress (the workspace lock cancels the previous write); the
 * build after that edit then brings it back. The CLI, the renderer and the tests run every check
 * at once (`validation: true`).
 */
export const SLOW_CHECK_DELAY_MS = 400;

const SLOW_IDS: ReadonlySet<string> = new Set(ALL_CHECKS.filter(check => categoryOf(check) === 'slow').map(check => check.id));

/** What Langium's builder knows of a document's checks, made visible (see lsp/workspace.ts). */
export interface CategoryAwareBuilder {
    /** The validation categories not yet run on the document's current text. */
    missingCategories(document: LangiumDocument): string[];
}

interface Carried {
    text: string;
    diagnostics: Diagnostic[];
}

export class SlowChecks {
    protected readonly shared: LangiumSharedServices;
    protected timer: ReturnType<typeof setTimeout> | undefined;
    /** Counts the builder's updates, so a scheduled run knows the text moved on since. */
    protected generation = 0;
    /** The slow findings of each document's last complete check, with the text they were made on. */
    protected readonly carried = new Map<string, Carried>();

    constructor(shared: LangiumSharedServices, readonly delayMs = SLOW_CHECK_DELAY_MS) {
        this.shared = shared;
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate((_changed, deleted) => {
            this.generation++;
            this.cancelTimer();
            deleted.forEach(uri => this.carried.delete(uri.toString()));
        });
        builder.onDocumentPhase(DocumentState.Validated, document => this.remember(document));
        builder.onBuildPhase(DocumentState.Validated, () => this.schedule());
        shared.workspace.TextDocuments?.onDidSave(() => this.schedule(0));
        shared.lsp.LanguageServer.onInitialize(params => {
            this.refreshCodeLenses = Boolean(params.capabilities.workspace?.codeLens?.refreshSupport);
        });
    }

    /** Whether the client asks for code lenses again when told to (their counts of findings change). */
    protected refreshCodeLenses = false;

    /** The diagnostics to publish for a document: its own, and while its slow checks are pending, the carried ones. */
    withCarried(uri: string, diagnostics: Diagnostic[]): Diagnostic[] {
        const carried = this.carried.get(uri);
        if (!carried) {
            return diagnostics;
        }
        const document = this.documentAt(uri);
        if (!document || !this.pending(document)) {
            return diagnostics;
        }
        return [...diagnostics, ...carryOver(carried.diagnostics, carried.text, document.textDocument.getText())];
    }

    /** Runs the slow checks of every document that lacks them, after the pause (or now). */
    schedule(delayMs = this.delayMs): void {
        this.cancelTimer();
        if (!this.shared.workspace.LangiumDocuments.all.some(document => this.pending(document))) {
            return;
        }
        const generation = this.generation;
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.run(generation).catch(error => console.error('Sanction Orders: the slow checks failed:', error));
        }, delayMs);
    }

    /** Runs the slow checks now if the document waits for them (a renderer needs every finding). */
    async complete(uri: URI): Promise<void> {
        const document = this.documentAt(uri.toString());
        if (document && this.pending(document)) {
            this.cancelTimer();
            await this.run(this.generation);
        }
    }

    /** Whether the document has been through every check on its current text. */
    isComplete(document: LangiumDocument): boolean {
        return document.state === DocumentState.Validated && this.builder().missingCategories(document).length === 0;
    }

    /** The slow checks of every document that waits for them, unless the workspace changed since `generation`. */
    protected run(generation: number): Promise<void> {
        return this.shared.workspace.WorkspaceLock.write(async token => {
            const builder = this.shared.workspace.DocumentBuilder;
            if (generation !== this.generation) {
                // An edit came in between (this write may have cancelled its build): finish that
                // build first; its end schedules the slow checks again.
                await builder.update([], [], token);
                return;
            }
            const documents = this.shared.workspace.LangiumDocuments.all.filter(document => this.pending(document)).toArray();
            if (documents.length > 0) {
                await builder.build(documents, { validation: { categories: ['slow'] } }, token);
                if (this.refreshCodeLenses) {
                    // The lens above each order counts its findings: the slow ones have just come.
                    this.shared.lsp.Connection?.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
                }
            }
        });
    }

    protected cancelTimer(): void {
        if (this.timer !== undefined) {
            clearTimeout(this.timer);
            this.timer = undefined;
        }
    }

    /** Whether the document is validated by the fast checks and still waits for the slow ones. */
    protected pending(document: LangiumDocument): boolean {
        return document.state === DocumentState.Validated && this.builder().missingCategories(document).includes('slow');
    }

    protected remember(document: LangiumDocument): void {
        const uri = document.uri.toString();
        if (this.builder().missingCategories(document).length > 0) {
            return; // a partial check: the carried findings stay until a complete one replaces them
        }
        const slow = (document.diagnostics ?? []).filter(diagnostic => typeof diagnostic.code === 'string' && SLOW_IDS.has(diagnostic.code));
        if (slow.length === 0) {
            this.carried.delete(uri);
        } else {
            this.carried.set(uri, { text: document.textDocument.getText(), diagnostics: slow });
        }
    }

    protected documentAt(uri: string): LangiumDocument | undefined {
        try {
            return this.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        } catch {
            return undefined;
        }
    }

    protected builder(): CategoryAwareBuilder {
        return this.shared.workspace.DocumentBuilder as unknown as CategoryAwareBuilder;
    }
}

/**
 * The findings made on `before` that still stand, as far as lines go, in `after`: those on the
 * lines before the first changed line keep their place, those on the lines after the last
 * changed line move with them, those on changed lines go. A finding keeps its fixes when every
 * edit of them lies in the same unchanged part (moved with it); otherwise the fixes go, since
 * their edits were computed for the old text, and the next complete check brings them back.
 */
export function carryOver(diagnostics: readonly Diagnostic[], before: string, after: string): Diagnostic[] {
    if (before === after) {
        return [...diagnostics];
    }
    const old = splitLines(before);
    const now = splitLines(after);
    let prefix = 0;
    while (prefix < old.length && prefix < now.length && old[prefix] === now[prefix]) {
        prefix++;
    }
    let suffix = 0;
    while (suffix < old.length - prefix && suffix < now.length - prefix && old[old.length - 1 - suffix] === now[now.length - 1 - suffix]) {
        suffix++;
    }
    const firstMoved = old.length - suffix;
    const shift = now.length - old.length;
    const inPrefix = (range: Range) => range.end.line < prefix;
    const inSuffix = (range: Range) => range.start.line >= firstMoved;
    const kept: Diagnostic[] = [];
    for (const diagnostic of diagnostics) {
        if (inPrefix(diagnostic.range)) {
            kept.push(withFixesIf(diagnostic, inPrefix, 0));
        } else if (inSuffix(diagnostic.range)) {
            kept.push({ ...withFixesIf(diagnostic, inSuffix, shift), range: moved(diagnostic.range, shift) });
        }
    }
    return kept;
}

function moved(range: Range, shift: number): Range {
    return shift === 0 ? range : {
        start: { line: range.start.line + shift, character: range.start.character },
        end: { line: range.end.line + shift, character: range.end.character }
    };
}

/** The diagnostic with its fixes moved by `shift` lines if all their edits are `within` the part it is in; else without fixes. */
function withFixesIf(diagnostic: Diagnostic, within: (range: Range) => boolean, shift: number): Diagnostic {
    const data = diagnostic.data as { fixes?: Fix[] } | undefined;
    if (!data || data.fixes === undefined) {
        return diagnostic;
    }
    const { fixes, ...rest } = data;
    if (Array.isArray(fixes) && fixes.every(fix => fix.edits.every(edit => within(edit.range)))) {
        return shift === 0 ? diagnostic : {
            ...diagnostic,
            data: { ...rest, fixes: fixes.map(fix => ({ ...fix, edits: fix.edits.map(edit => ({ ...edit, range: moved(edit.range, shift) })) })) }
        };
    }
    return { ...diagnostic, data: rest };
}

/**
 * Langium announces `save` in the text document sync capability only when the update handler
 * handles saves; the slow checks listen for them (above), so this handler says it does.
 */
export class SanctionDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    didSaveDocument(): void {
        // Nothing to rebuild on save: the text is already built; SlowChecks runs the slow checks now.
    }
}
