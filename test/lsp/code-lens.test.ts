import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CodeLens, Diagnostic } from 'vscode-languageserver';
import { createSanctionServices } from '../../language/src/sanction-module.js';
import { findingsSummary } from '../../language/src/lsp/code-lens-provider.js';
import { controlBurden, fmt } from '../../language/src/model/burden.js';
import { isOrder, type SanctionFile } from '../../language/src/generated/ast.js';

const services = createSanctionServices(EmptyFileSystem).Sanction;
const parse = parseHelper<SanctionFile>(services);

async function lenses(text: string): Promise<{ lenses: CodeLens[]; diagnostics: Diagnostic[]; root: SanctionFile }> {
    const document = await parse(text, { validation: true });
    const result = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
    return { lenses: result ?? [], diagnostics: document.diagnostics ?? [], root: document.parseResult.value };
}

describe('code lens', () => {
    test('above each order: its findings by severity and its control burden', async () => {
        const text = readFileSync(resolve(__dirname, '../../examples/bad/heavy-controls.sanction'), 'utf8');
        const { lenses: found, diagnostics, root } = await lenses(text);
        const order = root.elements.find(isOrder)!;
        const line = order.$cstNode!.range.start.line;
        expect(found.map(l => l.range.start.line)).toEqual([line, line]);
        const errors = diagnostics.filter(d => d.severity === 1).length;
        const warnings = diagnostics.filter(d => d.severity === 2).length;
        expect(errors + warnings).toBeGreaterThan(0);
        expect(found[0].command!.title).toMatch(new RegExp(`^${errors ? `${errors} errors?` : ''}.*${warnings ? `${warnings} warnings?` : ''}`));
        expect(found[1].command!.title).toBe(`control burden ${fmt(controlBurden(order).total)}`);
        expect(found[1].command!.title).toMatch(/^control burden \d+(\.\d)?$/);
        expect(found[1].command!.tooltip).toMatch(/^control burden .*curfew/);
    });

    test('one pair of lenses per order, each counting its own findings', async () => {
        const text = [
            'order "A".',
            'made on 2026-01-01.',
            '',
            'order "B".',
            'in force for 6 months.',
            ''
        ].join('\n');
        const { lenses: found, diagnostics } = await lenses(text);
        expect(found.map(l => l.range.start.line)).toEqual([0, 0, 3, 3]);
        const inA = diagnostics.filter(d => d.range.start.line < 3);
        const inB = diagnostics.filter(d => d.range.start.line >= 3);
        expect(found[0].command!.title).toBe(findingsSummary(inA));
        expect(found[2].command!.title).toBe(findingsSummary(inB));
        expect(found[0].command!.title).toContain('error'); // A has no duration
        expect(found[1].command!.title).toBe('control burden 0');
    });

    test('the summary in words', () => {
        const at = (severity: 1 | 2 | 3 | 4): Diagnostic => ({ severity, message: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
        expect(findingsSummary([at(1), at(2), at(1)])).toBe('2 errors, 1 warning');
        expect(findingsSummary([at(3), at(4), at(4)])).toBe('1 info, 2 hints');
        expect(findingsSummary([])).toBe('no findings');
    });

    test('a lens is information: it runs no command', async () => {
        const { lenses: found } = await lenses('order "A".\nin force for 6 months.\n');
        expect(found.every(l => l.command?.command === '')).toBe(true);
    });
});
