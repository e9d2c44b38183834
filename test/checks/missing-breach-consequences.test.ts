import { describe, expect, it } from 'vitest';
import { checkFindings, findingsOfCheck, applyEveryFix } from '../helpers.js';

const ID = 'missing-breach-consequences';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const found = (text: string) => checkFindings(text, ID);
const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });
const applyEachFix = (text: string) => applyEveryFix(text, ID);

/** An order whose breach section is the given lines (none: no section at all). */
function withBreach(...lines: string[]): string {
    return ['order "B-1".', 'in force for 12 months.', 'requirement unpaid work, 80 hours.',
        ...(lines.length ? ['on breach:', ...lines.map(l => `  ${l}`)] : []),
        'rights:', '  appeal to "Court of Appeal" within 28 days.'].join('\n') + '\n';
}

describe('missing-breach-consequences', () => {
    const passing: Array<[string, string]> = [
        ['minor and significant non-compliance', withBreach(
            'minor non-compliance leads to a formal warning.',
            'significant non-compliance leads to referral to the deciding authority.')],
        ['any non-compliance', withBreach('any non-compliance leads to referral to the deciding authority.')],
        ['minor non-compliance and the deciding authority\'s options', withBreach(
            'minor non-compliance leads to a warning.',
            'the deciding authority may order modification or revocation.')],
        ['a consequence in free text', withBreach('"A breach is reported to the court, which decides what follows.".')]
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['no breach section', withBreach(),
            [{ line: 1, covered: '"B-1"', rules: [15, 62, 63], severity: 'warning' }]],
        ['a breach section with a hearing and credit only', withBreach(
            'hearing before "X" with legal assistance and access to the documents.',
            'credit for time complied.'),
        [{ line: 4, covered: 'on breach', rules: [15, 62, 63], severity: 'warning' }]],
        ['an empty breach section', withBreach('').replace('on breach:\n  \n', 'on breach:\n'),
            [{ line: 4, covered: 'on breach', rules: [15, 62, 63], severity: 'warning' }]],
        ['minor non-compliance only', withBreach('minor non-compliance leads to a warning.'),
            [{ line: 4, covered: 'on breach', rules: [15, 62], severity: 'warning' }]]
    ];
    it.each(failing)('finds: %s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('says what is missing', async () => {
        expect((await found(withBreach()))[0].message).toBe(
            'The order does not say what follows if the person does not comply: add an `on breach` section stating the consequences (Rules 15, 62 and 63)');
        expect((await found(withBreach('minor non-compliance leads to a warning.')))[0].message).toBe(
            'The breach section says what follows minor non-compliance only: say what significant non-compliance leads to, and when it brings the person back before the deciding authority (Rules 15 and 62)');
    });

    it.each(failing)('fix states the consequences: %s', async (_name, text) => {
        const fixed = await applyEachFix(text);
        expect(fixed).toHaveLength(1);
        expect(await findingsOf(fixed[0])).toEqual([]);
    });

    it('a new breach section goes before the rights', async () => {
        const [fixed] = await applyEachFix(withBreach());
        expect(fixed).toContain([
            'requirement unpaid work, 80 hours.',
            'on breach:',
            '  minor non-compliance leads to a warning.',
            '  significant non-compliance leads to referral to the deciding authority.',
            '',
            'rights:'].join('\n'));
    });

    it('a new breach section goes at the end of an order with no rights', async () => {
        const [fixed] = await applyEachFix('order "B-2".\nin force for 12 months.\n');
        expect(fixed).toBe('order "B-2".\nin force for 12 months.\n\non breach:\n  minor non-compliance leads to a warning.\n  significant non-compliance leads to referral to the deciding authority.\n');
    });
});
