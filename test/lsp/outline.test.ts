import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { expectFoldings, expectSymbols, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver';
import { FoldingRangeKind, SymbolKind } from 'vscode-languageserver';
import { createSanctionServices } from '../../language/src/sanction-module.js';

const services = createSanctionServices(EmptyFileSystem).Sanction;
const EXAMPLES = resolve(__dirname, '../../examples');

/** A symbol tree as "name (detail)" with children indented. */
function outline(symbols: DocumentSymbol[] | undefined, depth = 0): string[] {
    return (symbols ?? []).flatMap(s => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''}`, ...outline(s.children, depth + 1)]);
}

describe('document symbols', () => {
    test('an order under its case reference: person, offence, duration, requirements, conditions, breach, rights', async () => {
        const text = readFileSync(resolve(EXAMPLES, 'multi-requirement-order.sanction'), 'utf8');
        await expectSymbols(services)({
            text,
            disposeAfterCheck: true,
            assert: symbols => {
                expect(outline(symbols)).toEqual([
                    'CO-2026-11893 (order)',
                    '  Chris Walsh (person, convicted)',
                    '  Assault occasioning actual bodily harm (Offences against the Person Act 1861, s. 47) (offence, serious)',
                    '  in force for 18 months (reviewed every 6 months)',
                    '  unpaid work (requirement)',
                    '  programme (requirement)',
                    '  supervision (requirement)',
                    '  prohibited activity (requirement)',
                    '  compensation (requirement)',
                    '  on breach',
                    '    minor non-compliance leads to a formal warning',
                    '    significant non-compliance leads to referral to the deciding authority',
                    '    hearing before "Manchester Crown Court" with legal assistance and access to the documents',
                    '    credit for time complied',
                    '    the deciding authority may order a warning, modification, additional requirements or revocation',
                    '  rights',
                    '    appeal to "Court of Appeal (Criminal Division)" within 28 days',
                    '    complaints to "Probation Service complaints team, Greater Manchester"',
                    '    notice in English, in writing'
                ]);
                expect(symbols[0].kind).toBe(SymbolKind.Module);
                // The order's name is its case reference; selecting the symbol selects it.
                expect(symbols[0].selectionRange.start).toEqual({ line: 4, character: 6 });
            }
        });
    });

    test('conditions, applied templates and a form; templates with their parameters', async () => {
        const text = [
            'template home-curfew(address: text, length: duration = 3 months):',
            '  requirement curfew, at address, from 19:00 to 07:00, for length.',
            '',
            'order "X", suspended sentence.',
            'in force until 2027-01-01.',
            'condition "You must live where your supervisor says".',
            'apply home-curfew with address "1 Road".',
            ''
        ].join('\n');
        await expectSymbols(services)({
            text,
            disposeAfterCheck: true,
            assert: symbols => {
                expect(outline(symbols)).toEqual([
                    'home-curfew (template)',
                    '  address (text)',
                    '  length (duration = 3 months)',
                    'X (order, suspended sentence)',
                    '  in force until 2027-01-01 (duration)',
                    '  You must live where your supervisor says (condition)',
                    '  home-curfew (apply template)'
                ]);
                expect(symbols[0].kind).toBe(SymbolKind.Class);
                expect(symbols[0].children![0].kind).toBe(SymbolKind.TypeParameter);
            }
        });
    });

    test('a half-written order still has an outline', async () => {
        const document = await parseHelper(services)('order "X".\nrequirement curfew, at\nperson "P".\n');
        const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } }) as DocumentSymbol[];
        expect(symbols.map(s => s.name)).toEqual(['X']);
        expect(outline(symbols[0].children)).toContain('P (person)');
    });
});

describe('folding', () => {
    test('orders, templates, the breach and rights sections, and comments', async () => {
        const text = [
            '<|// A file header',
            '// of two lines.|>',
            '',
            '<|template t(address: text):',
            '  "doc"',
            '  requirement curfew, at address, from 19:00 to 07:00.|>',
            '',
            '<|order "X".',
            'in force for 6 months.',
            '<|/* A block comment',
            '   over two lines. */|>',
            'requirement curfew, at "1 Road", from 19:00 to 07:00.',
            '// one line: no folding',
            '<|on breach:',
            '  minor non-compliance leads to a warning.',
            '  credit for time complied.|>',
            '<|rights:',
            '  appeal to "A" within 28 days.|>|>',
            ''
        ].join('\n');
        await expectFoldings(services)({
            text,
            disposeAfterCheck: true,
            assert: (foldings: FoldingRange[], expected: Array<[number, number]>) => {
                expect(foldings).toHaveLength(expected.length);
                const kinds = foldings.map(f => f.kind);
                expect(kinds.filter(k => k === FoldingRangeKind.Comment)).toHaveLength(2);
            }
        });
    });

    test('each fold spans from the first line of its element to its last', async () => {
        const text = [
            '<|order "X".',
            'in force for 6 months.',
            '<|on breach:',
            '  minor non-compliance leads to a warning.|>',
            '<|rights:',
            '  appeal to "A" within 28 days.|>|>',
            '',
            '<|template t(address: text):',
            '  requirement curfew, at address, from 19:00 to 07:00.|>',
            ''
        ].join('\n');
        await expectFoldings(services)({ text, disposeAfterCheck: true });
    });
});
