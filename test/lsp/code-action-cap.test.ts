import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Fix } from '../../language/src/core/finding.js';
import { MAX_ACTIONS, SUPPRESS_KIND } from '../../language/src/lsp/code-action-provider.js';
import { createSanctionServices } from '../../language/src/sanction-module.js';

/**
 * A code action request is answered for the findings it is about (those of its context that touch
 * its range) and with at most MAX_ACTIONS actions, the fixes first: a client that sends every
 * finding of a broken document (25,000 on a 150 KB file) got 46,000 actions, 60 MB of JSON.
 */
const services = createSanctionServices(EmptyFileSystem).Sanction;
const parse = parseHelper(services);

/** Each of these orders has 11 findings, all on its name, with 12 fixes among them. */
function orders(count: number): string {
    return Array.from({ length: count }, (_, i) => `order "A-${i}".\nmade on 2026-03-14.\n`).join('');
}

async function actions(document: LangiumDocument, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri },
        range,
        context: { diagnostics, triggerKind: 1, ...(only ? { only } : {}) }
    }) as CodeAction[];
}

function wholeRange(document: LangiumDocument): Range {
    return { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
}

const fixTitles = (diagnostics: Diagnostic[]) => diagnostics.flatMap(d => ((d.data as { fixes?: Fix[] } | undefined)?.fixes ?? []).map(fix => fix.title));
/** One "Suppress …" per check and line, in the order the findings come. */
const suppressTitles = (diagnostics: Diagnostic[]) => [...new Set(diagnostics.map(d => `Suppress ${String(d.code)} here, with a reason@${d.range.start.line}`))].map(key => key.replace(/@\d+$/, ''));
const shape = (list: CodeAction[]) => list.map(action => [action.kind, action.title]);

describe('code actions: bounded', () => {
    test('an editor\'s request at the cursor is answered as before: every fix of its findings, then one suppression per check', async () => {
        const document = await parse(orders(1), { validation: true });
        const diagnostics = document.diagnostics!;
        expect(diagnostics.length).toBe(11);
        expect(fixTitles(diagnostics).length).toBe(12);
        const cursor = { start: { line: 0, character: 8 }, end: { line: 0, character: 8 } };
        const answer = await actions(document, cursor, diagnostics);
        expect(shape(answer)).toEqual([
            ...fixTitles(diagnostics).map(title => [CodeActionKind.QuickFix, title]),
            ...suppressTitles(diagnostics).map(title => [SUPPRESS_KIND, title])
        ]);
        // 11 findings of 9 checks (missing-language and missing-authority twice each).
        expect(answer.length).toBe(12 + 9);
        // Each action names the one finding it is for.
        expect(answer.every(action => action.diagnostics?.length === 1 && diagnostics.includes(action.diagnostics[0]))).toBe(true);
    });

    test('a request for one finding gets that finding\'s actions only', async () => {
        const document = await parse(orders(1), { validation: true });
        const finding = document.diagnostics!.find(d => d.code === 'missing-seriousness')!;
        const answer = await actions(document, finding.range, [finding]);
        expect(shape(answer)).toEqual([
            [CodeActionKind.QuickFix, 'Add the offence, of minor seriousness (then describe it)'],
            [CodeActionKind.QuickFix, 'Add the offence, of moderate seriousness (then describe it)'],
            [CodeActionKind.QuickFix, 'Add the offence, of serious seriousness (then describe it)'],
            [CodeActionKind.QuickFix, 'Add the offence, of very serious seriousness (then describe it)'],
            [SUPPRESS_KIND, 'Suppress missing-seriousness here, with a reason']
        ]);
    });

    test('every finding of a long document sent at once: at most MAX_ACTIONS actions, the first fixes in the order of the findings', async () => {
        expect(MAX_ACTIONS).toBe(200);
        const document = await parse(orders(30), { validation: true });
        const diagnostics = document.diagnostics!;
        expect(diagnostics.length).toBe(330);
        expect(fixTitles(diagnostics).length).toBe(360);
        const answer = await actions(document, wholeRange(document), diagnostics);
        expect(answer.length).toBe(200);
        expect(shape(answer)).toEqual(fixTitles(diagnostics).slice(0, 200).map(title => [CodeActionKind.QuickFix, title]));
        // The 200th fix is of the 17th order (12 fixes each): its name is on line 32.
        expect(answer[199].diagnostics![0].range.start.line).toBe(32);
    });

    test('when the fixes are fewer than MAX_ACTIONS, suppressions fill the rest', async () => {
        const document = await parse(orders(15), { validation: true });
        const diagnostics = document.diagnostics!;
        const answer = await actions(document, wholeRange(document), diagnostics);
        expect(answer.length).toBe(200);
        expect(answer.filter(action => action.kind === CodeActionKind.QuickFix).length).toBe(180);
        expect(shape(answer.slice(180))).toEqual(suppressTitles(diagnostics).slice(0, 20).map(title => [SUPPRESS_KIND, title]));
    });

    test('findings of the context outside the requested range get no action', async () => {
        const document = await parse(orders(30), { validation: true });
        const diagnostics = document.diagnostics!;
        // The name of the fourth order, on line 6: the client sent every finding all the same.
        const line6 = { start: { line: 6, character: 7 }, end: { line: 6, character: 9 } };
        const answer = await actions(document, line6, diagnostics);
        const onLine6 = diagnostics.filter(d => d.range.start.line === 6);
        expect(onLine6.length).toBe(11);
        expect(shape(answer)).toEqual([
            ...fixTitles(onLine6).map(title => [CodeActionKind.QuickFix, title]),
            ...suppressTitles(onLine6).map(title => [SUPPRESS_KIND, title])
        ]);
        // A cursor just after a finding's end still touches it; one on the next line touches nothing here.
        const end = onLine6[0].range.end;
        expect((await actions(document, { start: end, end }, onLine6)).length).toBe(answer.length);
        expect(await actions(document, { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, onLine6)).toEqual([]);
    });

    test('a finding sent with a malformed range gets no action, and the request still answers for the others', async () => {
        const document = await parse(orders(1), { validation: true });
        const [first, ...rest] = document.diagnostics!;
        const broken = [{ ...first, range: undefined }, { ...first, range: { start: { line: 'x' }, end: null } }] as unknown as Diagnostic[];
        const answer = await actions(document, wholeRange(document), [...broken, ...rest]);
        expect(shape(answer)).toEqual([
            ...fixTitles(rest).map(title => [CodeActionKind.QuickFix, title]),
            ...suppressTitles(rest).map(title => [SUPPRESS_KIND, title])
        ]);
    });

    test('a request for quick fixes other than suppressions gets no suppressions, as before', async () => {
        const document = await parse(orders(1), { validation: true });
        const diagnostics = document.diagnostics!;
        const answer = await actions(document, wholeRange(document), diagnostics, ['refactor']);
        expect(shape(answer)).toEqual(fixTitles(diagnostics).map(title => [CodeActionKind.QuickFix, title]));
    });
});
