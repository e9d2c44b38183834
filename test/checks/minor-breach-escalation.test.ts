import { describe, expect, it } from 'vitest';
import { checkFindings, findingsOfCheck, applyEveryFix, withBreach } from '../helpers.js';

const ID = 'minor-breach-escalation';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const found = (text: string) => checkFindings(text, ID);
const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });
const applyEachFix = (text: string) => applyEveryFix(text, ID);

describe('minor-breach-escalation', () => {
    const passing: Array<[string, string]> = [
        ['a warning for minor non-compliance', withBreach(
            'minor non-compliance leads to a formal warning.',
            'significant non-compliance leads to referral to the deciding authority.')],
        ['revocation kept for significant non-compliance', withBreach('significant non-compliance leads to revocation.')],
        ['a referral for minor non-compliance (the authority weighs it)', withBreach('minor non-compliance leads to referral to the deciding authority.')],
        ['any non-compliance to revocation, with minor lapses handled on their own', withBreach(
            'minor non-compliance leads to a warning.',
            'any non-compliance leads to revocation.')],
        ['negated wording', withBreach('minor non-compliance leads to "no revocation, a talk with the supervisor".')]
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['minor non-compliance to revocation', withBreach('minor non-compliance leads to revocation.'),
            [{ line: 4, covered: 'revocation', rules: [64], severity: 'warning' }]],
        ['minor non-compliance to imprisonment', withBreach('minor non-compliance leads to a warning or imprisonment.'),
            [{ line: 4, covered: 'imprisonment', rules: [64], severity: 'warning' }]],
        ['minor non-compliance to recall', withBreach('minor non-compliance leads to recall to prison.'),
            [{ line: 4, covered: 'recall to prison', rules: [64], severity: 'warning' }]],
        ['minor non-compliance to custody in free text', withBreach('minor non-compliance leads to "a short spell in custody".'),
            [{ line: 4, covered: '"a short spell in custody"', rules: [64], severity: 'warning' }]],
        ['two escalations', withBreach('minor non-compliance leads to a warning, revocation or imprisonment.'),
            [{ line: 4, covered: 'revocation', rules: [64], severity: 'warning' },
                { line: 4, covered: 'imprisonment', rules: [64], severity: 'warning' }]],
        ['any non-compliance to revocation, with no rule for minor lapses', withBreach('any non-compliance leads to revocation.'),
            [{ line: 4, covered: 'revocation', rules: [64], severity: 'warning' }]]
    ];
    it.each(failing)('finds: %s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('names the consequence', async () => {
        expect((await found(withBreach('minor non-compliance leads to revocation.')))[0].message).toBe(
            'Minor non-compliance leads to revocation: deal with minor lapses by a warning or another discretionary or administrative step, and keep revocation for significant non-compliance (Rule 64)');
        expect((await found(withBreach('any non-compliance leads to revocation.')))[0].message).toMatch(/^Any non-compliance, however minor, leads to revocation:/);
    });

    it.each(failing)('fix keeps minor lapses to discretionary means: %s', async (_name, text) => {
        for (const fixed of await applyEachFix(text)) {
            expect(await findingsOf(fixed)).toEqual([]);
        }
    });

    it('a warning takes the place of the escalation, or the other consequences stay', async () => {
        expect(await applyEachFix(withBreach('minor non-compliance leads to revocation.'))).toEqual([
            withBreach('minor non-compliance leads to a formal warning.')]);
        expect(await applyEachFix(withBreach('minor non-compliance leads to a warning or imprisonment.'))).toEqual([
            withBreach('minor non-compliance leads to a warning.')]);
        expect(new Set(await applyEachFix(withBreach('minor non-compliance leads to a warning, additional requirements, revocation or imprisonment.')))).toEqual(new Set([
            withBreach('minor non-compliance leads to a warning or additional requirements.')]));
    });
});
