import type { DocumentBuilder, LangiumDocument } from 'langium';
import { DocumentState } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CancellationToken, CodeLens, CodeLensParams, Diagnostic, Range } from 'vscode-languageserver';
import { isOrder, isSanctionFile, type Order } from '../generated/ast.js';
import { controlBurden, describeBurden, fmt } from '../model/burden.js';
import type { SanctionServices } from '../sanction-module.js';
import { guard } from './guard.js';
import { rangeOf } from './syntax.js';

/**
 * A summary above each order: its findings by severity ("2 errors, 1 warning") and its control
 * burden ("control burden 38"), the model's figure for how much control the order piles on.
 */
export class SanctionCodeLensProvider implements CodeLensProvider {
    protected readonly builder: DocumentBuilder;

    constructor(services: SanctionServices) {
        this.builder = services.shared.workspace.DocumentBuilder;
    }

    async provideCodeLens(document: LangiumDocument, params: CodeLensParams, cancelToken?: CancellationToken): Promise<CodeLens[] | undefined> {
        return guard('code lenses', [], () => this.lenses(document, params, cancelToken));
    }

    protected async lenses(document: LangiumDocument, _params: CodeLensParams, cancelToken?: CancellationToken): Promise<CodeLens[]> {
        if (document.state < DocumentState.Validated) {
            // The request may come while the document is being checked: the findings come with validation.
            try {
                await this.builder.waitUntil(DocumentState.Validated, document.uri, cancelToken);
            } catch {
                // not validated in this build (or cancelled): show what is known
            }
        }
        const root = document.parseResult.value;
        if (!isSanctionFile(root)) {
            return [];
        }
        const lenses: CodeLens[] = [];
        // Sorted once, so that each order's findings are a slice (broken text can carry tens of
        // thousands of diagnostics over hundreds of orders).
        const diagnostics = [...(document.diagnostics ?? [])].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        for (const order of (root.elements ?? []).filter(isOrder)) {
            const range = rangeOf(order);
            if (!range) {
                continue;
            }
            const header = { start: range.start, end: range.start };
            lenses.push(lens(header, findingsSummary(findingsIn(diagnostics, range))));
            const burden = this.burden(order);
            if (burden) {
                lenses.push(lens(header, burden.title, burden.tooltip));
            }
        }
        return lenses;
    }

    /** The control burden of the order; undefined when the model cannot weigh it. */
    protected burden(order: Order): { title: string; tooltip: string } | undefined {
        try {
            const burden = controlBurden(order);
            return { title: `control burden ${fmt(burden.total)}`, tooltip: describeBurden(burden) };
        } catch {
            return undefined; // a half-written order the model cannot read yet
        }
    }
}

function lens(range: Range, title: string, tooltip?: string): CodeLens {
    // No command to run: the lens is information. VS Code shows a lens with an empty command id as text.
    return { range, command: { title, command: '', ...(tooltip ? { tooltip } : {}) } };
}

/** The diagnostics (sorted by start) that start inside a range: a binary search, then a slice. */
function findingsIn(diagnostics: Diagnostic[], range: Range): Diagnostic[] {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    /** The first index whose diagnostic does not satisfy `moveOn` (which holds for a prefix). */
    const firstNot = (moveOn: (start: Range['start']) => boolean) => {
        let low = 0;
        let high = diagnostics.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (moveOn(diagnostics[middle].range.start)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    };
    const from = firstNot(start => !before(range.start, start)); // starts before the range
    const to = firstNot(start => before(start, range.end)); // starts at or before its end
    return diagnostics.slice(from, Math.max(from, to));
}

const SEVERITY_WORDS: Array<[number, string, string]> = [[1, 'error', 'errors'], [2, 'warning', 'warnings'], [3, 'info', 'infos'], [4, 'hint', 'hints']];

/** "2 errors, 1 warning", or "no findings". */
export function findingsSummary(diagnostics: Diagnostic[]): string {
    const parts = SEVERITY_WORDS
        .map(([severity, one, many]) => {
            const count = diagnostics.filter(d => (d.severity ?? 1) === severity).length;
            return count ? `${count} ${count === 1 ? one : many}` : '';
        })
        .filter(Boolean);
    return parts.length ? parts.join(', ') : 'no findings';
}
