import { describe, expect, it } from 'vitest';
import { checkFindings, findingsOfCheck, applyEveryFix } from '../helpers.js';

const ID = 'missing-complaint-route';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const found = (text: string) => checkFindings(text, ID);
const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });
const applyEachFix = (text: string) => applyEveryFix(text, ID);

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
