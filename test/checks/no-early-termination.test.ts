import { describe, expect, it } from 'vitest';
import { checkFindings, findingsOfCheck, applyEveryFix } from '../helpers.js';

const ID = 'no-early-termination';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const found = (text: string) => checkFindings(text, ID);
const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });
const applyEachFix = (text: string) => applyEveryFix(text, ID);

describe('no-early-termination', () => {
    const passing: Array<[string, string]> = [
        ['an early termination clause', 'order "E-1".\nin force for 12 months.\nearly termination by "Exeter Crown Court" after 6 months.\n'],
        ['an early termination clause with a condition only', 'order "E-1".\nin force for 12 months.\nearly termination when "all requirements are met".\n'],
        ['a bare early termination clause', 'order "E-1".\nin force for 12 months.\nearly termination.\n'],
        ['a file of templates only', 'template t():\n  requirement supervision, reporting weekly.\n']
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['no early termination', 'order "E-1".\nin force for 12 months.\n',
            [{ line: 1, covered: '"E-1"', rules: [72], severity: 'info' }]],
        ['no early termination, and no term either', 'order "E-2".\n',
            [{ line: 1, covered: '"E-2"', rules: [72], severity: 'info' }]]
    ];
    it.each(failing)('finds: %s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('is a hint, worded as one', async () => {
        const [finding] = await found('order "E-1".\nin force for 12 months.\n');
        expect(finding.message).toBe('The order does not say it can be ended early once the person has complied and its purpose is achieved: say who can end it early, and from when (Rule 72)');
    });

    it.each(failing)('fix adds an early termination line: %s', async (_name, text) => {
        const fixed = await applyEachFix(text);
        expect(fixed).toHaveLength(1);
        expect(await findingsOf(fixed[0])).toEqual([]);
    });

    it('the line names the deciding authority and half the term, after the term', async () => {
        expect(await applyEachFix('order "E-1".\ndecided by "Exeter Crown Court".\nin force for 12 months.\nrequirement unpaid work, 80 hours.\n')).toEqual([
            'order "E-1".\ndecided by "Exeter Crown Court".\nin force for 12 months.\nearly termination by "Exeter Crown Court" after 6 months, when "all requirements are met".\nrequirement unpaid work, 80 hours.\n']);
        expect(await applyEachFix('order "E-2".\nin force until 2026-12-01.\n')).toEqual([
            'order "E-2".\nin force until 2026-12-01.\nearly termination by "…", when "all requirements are met".\n']);
        expect(await applyEachFix('order "E-3".\n')).toEqual(['order "E-3".\nearly termination by "…", when "all requirements are met".\n']);
    });
});
