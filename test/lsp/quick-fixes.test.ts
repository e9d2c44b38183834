import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EmptyFileSystem, TextDocument, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import { createSanctionServices } from '../../language/src/sanction-module.js';
import { hasSyntaxErrors } from '../../language/src/lsp/syntax.js';
import { SUPPRESS_KIND } from '../../language/src/lsp/code-action-provider.js';

const services = createSanctionServices(EmptyFileSystem).Sanction;
const parse = parseHelper(services);
const BAD = resolve(__dirname, '../../examples/bad');

async function actionsFor(document: LangiumDocument, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return (await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], triggerKind: 1 }
    }) as CodeAction[]).filter(action => action.kind !== SUPPRESS_KIND);
}

function apply(document: LangiumDocument, action: CodeAction): string {
    const edits = action.edit?.changes?.[document.textDocument.uri] as TextEdit[];
    expect(edits?.length).toBeGreaterThan(0);
    return TextDocument.applyEdits(document.textDocument, edits);
}

const count = (document: LangiumDocument, code: string) => (document.diagnostics ?? []).filter(d => d.code === code).length;

describe('quick fixes', () => {
    test('giving credit for time complied: the fix parses and the finding is gone', async () => {
        const text = [
            'order "X".',
            'in force for 12 months.',
            'requirement unpaid work, 40 hours.',
            'on breach:',
            '  significant non-compliance leads to revocation.',
            '  hearing before "Court" with legal assistance and access to the documents.',
            ''
        ].join('\n');
        const document = await parse(text, { validation: true });
        const diagnostic = document.diagnostics!.find(d => d.code === 'missing-compliance-credit')!;
        expect(diagnostic).toBeDefined();
        const actions = await actionsFor(document, diagnostic);
        expect(actions.map(a => [a.title, a.kind])).toEqual([['Give credit for time complied', CodeActionKind.QuickFix]]);
        expect(actions[0].diagnostics).toEqual([diagnostic]);
        const fixed = apply(document, actions[0]);
        expect(fixed).toContain('  credit for time complied.');
        const after = await parse(fixed, { validation: true });
        expect(hasSyntaxErrors(after)).toBe(false);
        expect(count(after, 'missing-compliance-credit')).toBe(0);
    });

    test('diagnostics without fixes get no action', async () => {
        const document = await parse('order "X".\nin force for 12 months.\nrequirement curfew, at "1 Road".\n', { validation: true });
        for (const diagnostic of document.diagnostics!.filter(d => !(d.data as { fixes?: unknown[] } | undefined)?.fixes?.length)) {
            expect(await actionsFor(document, diagnostic)).toEqual([]);
        }
    });

    // Every fix that a check offers on the bad examples, applied on its own.
    const files = readdirSync(BAD).filter(f => f.endsWith('.sanction')).sort();
    test.each(files)('%s: every fix yields an order that parses, with one finding of that check fewer', async file => {
        const text = readFileSync(resolve(BAD, file), 'utf8');
        const document = await parse(text, { validation: true });
        const fixable = document.diagnostics!.filter(d => (d.data as { fixes?: unknown[] } | undefined)?.fixes?.length);
        for (const diagnostic of fixable) {
            for (const action of await actionsFor(document, diagnostic)) {
                const after = await parse(apply(document, action), { validation: true });
                const label = `${diagnostic.code}: ${action.title}`;
                expect(hasSyntaxErrors(after), label).toBe(false);
                expect(count(after, String(diagnostic.code)), label).toBeLessThan(count(document, String(diagnostic.code)));
            }
        }
    });
});
