import { describe, expect, it } from 'vitest';
import { checkFindings, findingsOfCheck, applyEveryFix } from '../helpers.js';

const ID = 'missing-hearing';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const found = (text: string) => checkFindings(text, ID);
const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });
const applyEachFix = (text: string) => applyEveryFix(text, ID);

/** An order decided by "Exeter Crown Court" whose breach section is the given lines. */
function withBreach(...lines: string[]): string {
    return ['order "B-1".', 'decided by "Exeter Crown Court".', 'in force for 12 months.', 'on breach:', ...lines.map(l => `  ${l}`)].join('\n') + '\n';
}

const FULL = 'hearing before "Exeter Crown Court" with legal assistance and access to the documents.';

describe('missing-hearing', () => {
    const passing: Array<[string, string]> = [
        ['revocation with a full hearing', withBreach('significant non-compliance leads to revocation.', FULL)],
        ['a hearing with the safeguards in the other order', withBreach('significant non-compliance leads to revocation.',
            'hearing, access to the documents and with legal assistance.')],
        ['warnings only: nothing is modified or revoked', withBreach('minor non-compliance leads to a warning.', 'any non-compliance leads to a formal warning.')],
        ['a fine only', withBreach('significant non-compliance leads to a fine.')],
        ['no breach section (missing-breach-consequences reports it)', 'order "B-2".\nin force for 12 months.\n']
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['revocation with no hearing', withBreach('significant non-compliance leads to revocation.'),
            [{ line: 5, covered: 'revocation', rules: [67, 69], severity: 'warning' }]],
        ['a referral with no hearing', withBreach('minor non-compliance leads to a warning.', 'significant non-compliance leads to referral to the deciding authority.'),
            [{ line: 6, covered: 'referral to the deciding authority', rules: [67, 69], severity: 'warning' }]],
        ['the deciding authority may modify, with no hearing', withBreach('minor non-compliance leads to a warning.', 'the deciding authority may order a warning or modification.'),
            [{ line: 6, covered: 'modification', rules: [67, 69], severity: 'warning' }]],
        ['imprisonment in free text, with no hearing', withBreach('significant non-compliance leads to "a term of imprisonment".'),
            [{ line: 5, covered: '"a term of imprisonment"', rules: [67, 69], severity: 'warning' }]],
        ['a hearing without legal assistance', withBreach('significant non-compliance leads to revocation.', 'hearing before "Exeter Crown Court", access to the documents.'),
            [{ line: 6, covered: 'hearing', rules: [69], severity: 'warning' }]],
        ['a hearing without the documents', withBreach('significant non-compliance leads to revocation.', 'hearing with legal assistance.'),
            [{ line: 6, covered: 'hearing', rules: [69], severity: 'warning' }]],
        ['a bare hearing', withBreach('significant non-compliance leads to additional requirements.', 'hearing.'),
            [{ line: 6, covered: 'hearing', rules: [69], severity: 'warning' }]]
    ];
    it.each(failing)('finds: %s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('names what is missing', async () => {
        const message = async (...lines: string[]) => (await found(withBreach(...lines)))[0].message;
        expect(await message('significant non-compliance leads to revocation.')).toBe(
            'Non-compliance can lead to revocation, but the order gives the person no hearing: state a hearing before the deciding authority, with legal assistance and access to the documents (Rules 67 and 69)');
        expect(await message('significant non-compliance leads to revocation.', 'hearing, access to the documents.')).toMatch(/^The hearing does not give the person legal assistance: /);
        expect(await message('significant non-compliance leads to revocation.', 'hearing with legal assistance.')).toMatch(/^The hearing does not give the person access to the documents: /);
        expect(await message('significant non-compliance leads to revocation.', 'hearing.')).toMatch(/^The hearing does not give the person legal assistance or access to the documents: /);
    });

    it.each(failing)('fix gives a full hearing: %s', async (_name, text) => {
        const fixed = await applyEachFix(text);
        expect(fixed).toHaveLength(1);
        expect(await findingsOf(fixed[0])).toEqual([]);
    });

    it('a new hearing is before the deciding authority; a completed one keeps its authority', async () => {
        expect(await applyEachFix(withBreach('significant non-compliance leads to revocation.'))).toEqual([
            withBreach('significant non-compliance leads to revocation.', FULL)]);
        expect(await applyEachFix(withBreach('significant non-compliance leads to revocation.', 'hearing before "Exeter Crown Court", access to the documents.'))).toEqual([
            withBreach('significant non-compliance leads to revocation.', FULL)]);
    });
});
