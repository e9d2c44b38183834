import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { FindingData } from '../core/finding.js';
import { guard } from './guard.js';

/**
 * Quick fixes are data on the finding (`data.fixes`), computed by the check that raised it. This
 * provider only turns them into code actions: the editor offers them, the drafter applies them.
 */
export class SanctionCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        return guard('code actions', [], () => this.actions(document, params));
    }

    protected actions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics ?? []) {
            const data = diagnostic.data as Partial<FindingData> | undefined;
            // The client sends back what it was given, or what an extension made of it: take only well-formed fixes.
            const fixes = data?.fixes;
            for (const fix of Array.isArray(fixes) ? fixes : []) {
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
        return actions;
    }
}
