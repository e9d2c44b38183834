import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import type { FoldingRangeProvider } from 'langium/lsp';
import type { FoldingRange, FoldingRangeParams } from 'vscode-languageserver';
import { FoldingRangeKind } from 'vscode-languageserver';
import { isBreach, isOrder, isRights, isSanctionFile } from '../generated/ast.js';
import { guard } from './guard.js';
import { commentsOf, rangeOf } from './syntax.js';

/**
 * Folding: each order and template, the `on breach:` and `rights:` sections, the imports, block
 * comments, and runs of line comments (a file's header, a note of several lines).
 */
export class SanctionFoldingRangeProvider implements FoldingRangeProvider {
    getFoldingRanges(document: LangiumDocument, _params: FoldingRangeParams): MaybePromise<FoldingRange[]> {
        return guard('folding', [], () => this.ranges(document));
    }

    protected ranges(document: LangiumDocument): FoldingRange[] {
        const root = document.parseResult.value;
        const ranges: FoldingRange[] = [];
        if (!isSanctionFile(root) || !root.$cstNode) {
            return ranges;
        }
        const fold = (node: AstNode | undefined, kind?: string) => {
            const range = rangeOf(node);
            if (range && range.end.line > range.start.line) {
                ranges.push({ startLine: range.start.line, endLine: range.end.line, ...(kind ? { kind } : {}) });
            }
        };
        const imports = root.imports ?? [];
        if (imports.length > 1) {
            const first = rangeOf(imports[0]);
            const last = rangeOf(imports[imports.length - 1]);
            if (first && last && last.end.line > first.start.line) {
                ranges.push({ startLine: first.start.line, endLine: last.end.line, kind: FoldingRangeKind.Imports });
            }
        }
        for (const element of root.elements ?? []) {
            fold(element);
            if (isOrder(element)) {
                (element.clauses ?? []).filter(c => isBreach(c) || isRights(c)).forEach(section => fold(section));
            }
        }
        ranges.push(...this.commentRanges(document));
        return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
    }

    /** Block comments over several lines, and line comments on consecutive lines of their own. */
    protected commentRanges(document: LangiumDocument): FoldingRange[] {
        const ranges: FoldingRange[] = [];
        const text = document.textDocument.getText();
        let run: { start: number; end: number } | undefined;
        const closeRun = () => {
            if (run && run.end > run.start) {
                ranges.push({ startLine: run.start, endLine: run.end, kind: FoldingRangeKind.Comment });
            }
            run = undefined;
        };
        const root = document.parseResult.value.$cstNode;
        for (const comment of root ? commentsOf(root) : []) {
            const { start, end } = comment.range;
            if (comment.text.startsWith('/*')) {
                closeRun();
                if (end.line > start.line) {
                    ranges.push({ startLine: start.line, endLine: end.line, kind: FoldingRangeKind.Comment });
                }
                continue;
            }
            const ownLine = text.slice(text.lastIndexOf('\n', comment.offset - 1) + 1, comment.offset).trim() === '';
            if (!ownLine) {
                closeRun();
                continue;
            }
            if (run && start.line === run.end + 1) {
                run.end = start.line;
            } else {
                closeRun();
                run = { start: start.line, end: start.line };
            }
        }
        closeRun();
        return ranges;
    }
}
