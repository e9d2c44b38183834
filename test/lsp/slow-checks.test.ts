/**
 * What the language server keeps of a document's slow findings while their checks wait for a pause
 * in typing (lsp/slow-checks.ts, `carryOver`): the findings of the lines an edit did not touch.
 */
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { carryOver } from '../../language/src/lsp/slow-checks.js';

const at = (line: number, start: number, end = start + 4, fixes?: unknown[]): Diagnostic => ({
    range: { start: { line, character: start }, end: { line, character: end } },
    message: `finding on ${line}`,
    code: 'vague-term',
    data: { checkId: 'vague-term', rules: [15], ...(fixes ? { fixes } : {}) }
});
const lines = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);

const BEFORE = ['a', 'b', 'c', 'd', 'e'].join('\n');

describe('carryOver', () => {
    test('an unchanged text (a file opened as it is on disk) keeps every finding with its fixes', () => {
        const fixes = [{ title: 'fix', edits: [{ range: at(1, 0).range, newText: 'x' }] }];
        const kept = carryOver([at(1, 0, 4, fixes)], BEFORE, BEFORE);
        expect(lines(kept)).toEqual(['1:0-1:4']);
        expect(kept[0].data).toEqual({ checkId: 'vague-term', rules: [15], fixes });
    });

    test('lines before the edit keep their findings, lines after it move, the edited line loses its own', () => {
        const after = ['a', 'b', 'C!', 'new', 'd', 'e'].join('\n');
        expect(lines(carryOver([at(0, 1), at(1, 2), at(2, 0), at(3, 3), at(4, 0)], BEFORE, after))).toEqual(['0:1-0:5', '1:2-1:6', '4:3-4:7', '5:0-5:4']);
    });

    test('lines removed move the findings below them up; a finding across the edit goes', () => {
        const after = ['a', 'd', 'e'].join('\n');
        const across: Diagnostic = { ...at(0, 0), range: { start: { line: 0, character: 0 }, end: { line: 3, character: 1 } } };
        expect(lines(carryOver([at(1, 0), at(2, 0), at(3, 0), at(4, 2), across], BEFORE, after))).toEqual(['1:0-1:4', '2:2-2:6']);
    });

    test('a fix stays when its edits lie in the same untouched part, moved with it; otherwise it goes', () => {
        const fix = (...edits: number[]) => edits.map(line => ({ title: `fix ${line}`, edits: [{ range: at(line, 0).range, newText: 'x' }] }));
        // A line inserted at the top: every old line moves down one, and so do the edits.
        const [moved] = carryOver([at(3, 0, 4, fix(4))], BEFORE, `new\n${BEFORE}`);
        expect(lines([moved])).toEqual(['4:0-4:4']);
        expect((moved.data as { fixes: Array<{ edits: Array<{ range: Diagnostic['range'] }> }> }).fixes[0].edits[0].range.start.line).toBe(5);
        // Line 2 changed: a finding on line 3 whose fix also edits line 0 (before the change) loses it.
        const changed = ['a', 'b', 'C', 'd', 'e'].join('\n');
        const [split, within] = carryOver([at(3, 0, 4, fix(3, 0)), at(4, 0, 4, fix(3))], BEFORE, changed);
        expect(lines([split, within])).toEqual(['3:0-3:4', '4:0-4:4']);
        expect((split.data as { fixes?: unknown }).fixes).toBeUndefined();
        expect((within.data as { fixes?: unknown[] }).fixes).toHaveLength(1);
    });

    test('CRLF and lone CR end lines as LF does', () => {
        const crlf = BEFORE.replace(/\n/g, '\r\n');
        expect(lines(carryOver([at(4, 0)], crlf, `new\r\n${crlf}`))).toEqual(['5:0-5:4']);
        expect(lines(carryOver([at(4, 0)], BEFORE.replace(/\n/g, '\r'), `new\r${BEFORE.replace(/\n/g, '\r')}`))).toEqual(['5:0-5:4']);
    });

    test('an emptied text keeps nothing', () => {
        expect(carryOver([at(0, 0), at(4, 0)], BEFORE, '')).toEqual([]);
    });
});
