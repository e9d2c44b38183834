import { describe, expect, it } from 'vitest';
import { checkFindings, findingsOfCheck, applyEveryFix, withBreach } from '../helpers.js';

const ID = 'missing-compliance-credit';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const found = (text: string) => checkFindings(text, ID);
const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });
const applyEachFix = (text: string) => applyEveryFix(text, ID);

describe('missing-compliance-credit', () => {
    const passing: Array<[string, string]> = [
        ['revocation with credit', withBreach('significant non-compliance leads to revocation.', 'credit for time complied.')],
        ['imprisonment among the options, with credit', withBreach('the deciding authority may order modification or imprisonment.', 'credit for time complied.')],
        ['a referral only: nothing is revoked yet', withBreach('significant non-compliance leads to referral to the deciding authority.')],
        ['modification only', withBreach('the deciding authority may order modification or additional requirements.')],
        ['warnings only, with no credit line', withBreach('minor non-compliance leads to a warning.')]
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['revocation with no credit', withBreach('significant non-compliance leads to revocation.'),
            [{ line: 4, covered: 'revocation', rules: [70], severity: 'warning' }]],
        ['imprisonment among the options, with no credit', withBreach('the deciding authority may order a warning, revocation or imprisonment.'),
            [{ line: 4, covered: 'imprisonment', rules: [70], severity: 'warning' }]],
        ['recall to prison with no credit', withBreach('significant non-compliance leads to recall to prison.'),
            [{ line: 4, covered: 'recall to prison', rules: [70], severity: 'warning' }]],
        ['custody in free text with no credit', withBreach('significant non-compliance leads to "custody for the rest of the term".'),
            [{ line: 4, covered: '"custody for the rest of the term"', rules: [70], severity: 'warning' }]],
        ['credit denied', withBreach('significant non-compliance leads to revocation.', 'no credit for time complied.'),
            [{ line: 5, covered: 'no credit for time complied.', rules: [70], severity: 'warning' }]]
    ];
    it.each(failing)('finds: %s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('says what the credit is for', async () => {
        const message = async (...lines: string[]) => (await found(withBreach(...lines)))[0].message;
        expect(await message('significant non-compliance leads to revocation.')).toBe(
            'Non-compliance can lead to revocation, but the order gives no credit for time complied: say that the time the person has complied counts when revocation is decided (Rule 70)');
        expect(await message('the deciding authority may order revocation or imprisonment.')).toMatch(/^Non-compliance can lead to imprisonment, .* counts against any prison term \(Rule 70\)$/);
        expect(await message('significant non-compliance leads to revocation.', 'no credit for time complied.')).toMatch(/^The order denies credit for time complied, yet non-compliance can lead to revocation: /);
    });

    it.each(failing)('fix gives credit: %s', async (_name, text) => {
        const fixed = await applyEachFix(text);
        expect(fixed).toHaveLength(1);
        expect(await findingsOf(fixed[0])).toEqual([]);
    });

    it('the credit line goes at the end of the breach section, or replaces the denial', async () => {
        expect(await applyEachFix(withBreach('significant non-compliance leads to revocation.'))).toEqual([
            withBreach('significant non-compliance leads to revocation.', 'credit for time complied.')]);
        expect(await applyEachFix(withBreach('significant non-compliance leads to revocation.', 'no credit for time complied.'))).toEqual([
            withBreach('significant non-compliance leads to revocation.', 'credit for time complied.')]);
    });
});
