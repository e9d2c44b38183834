import { describe, expect, it } from 'vitest';
import type { Finding } from '../../language/src/core/finding.js';
import { applyFix, covered, lint } from '../helpers.js';

const ID = 'missing-complaint-route';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

async function found(text: string): Promise<Finding[]> {
    return (await lint(text)).filter(f => f.checkId === ID);
}

async function findingsOf(text: string): Promise<Expected[]> {
    return (await found(text)).map(f => ({ line: f.range.start.line + 1, covered: covered(text, f), rules: f.rules, severity: f.severity }));
}

/**
 * Every fix of every finding of this check leaves a document that parses and no longer raises that
 * finding; returns the fixed texts.
 */
async function applyEachFix(text: string): Promise<string[]> {
    const before = await found(text);
    expect(before.length).toBeGreaterThan(0);
    const results: string[] = [];
    for (const finding of before) {
        for (let index = 0; index < (finding.fixes ?? []).length; index++) {
            const fixed = applyFix(text, finding, index);
            const after = await lint(fixed);
            expect(after.filter(f => f.checkId === 'syntax-error' || f.checkId === 'unresolved-reference'), fixed).toEqual([]);
            expect(after.filter(f => f.checkId === ID && f.message === finding.message), fixed).toEqual([]);
            results.push(fixed);
        }
    }
    return results;
}

describe('missing-complaint-route', () => {
    const passing: Array<[string, string]> = [
        ['a complaints route', 'order "C-1".\nrights:\n  complaints to "Probation Service complaints team".\n'],
        ['a complaints route in a second rights block', 'order "C-1".\nrights:\n  notice in English.\nrights:\n  complaints to "X".\n']
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['rights with no complaints route', 'order "C-1".\nrights:\n  appeal to "Court of Appeal" within 28 days.\n',
            [{ line: 1, covered: '"C-1"', rules: [93], severity: 'info' }]],
        ['no rights', 'order "C-1".\nin force for 6 months.\n',
            [{ line: 1, covered: '"C-1"', rules: [93], severity: 'info' }]]
    ];
    it.each(failing)('finds: %s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('is a hint, worded as one', async () => {
        expect((await found('order "C-1".\n'))[0].message).toBe('The order does not say where the person can complain about how it is carried out: add a complaints route to the rights (Rule 93)');
    });

    it('fix adds a complaints line to the rights, or a rights block', async () => {
        expect(await applyEachFix('order "C-1".\nrights:\n  appeal to "Court of Appeal" within 28 days.\n')).toEqual([
            'order "C-1".\nrights:\n  appeal to "Court of Appeal" within 28 days.\n  complaints to "…".\n']);
        expect(await applyEachFix('order "C-1".\nin force for 6 months.\n')).toEqual([
            'order "C-1".\nin force for 6 months.\n\nrights:\n  complaints to "…".\n']);
        expect(await applyEachFix('order "C-1".\nrights:\n')).toEqual(['order "C-1".\nrights:\n  complaints to "…".\n']);
    });
});
