import { describe, expect, it } from 'vitest';
import { checkFindings, findingsOfCheck } from '../helpers.js';

const ID = 'juvenile-subject';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const found = (text: string) => checkFindings(text, ID);
const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });

describe('juvenile-subject', () => {
    const passing: Array<[string, string]> = [
        ['an adult', 'order "J-1".\nmade on 2026-03-14.\nperson "A", born on 1991-07-02.\n'],
        ['18 on the day the order is made', 'order "J-1".\nmade on 2026-03-14.\nperson "A", born on 2008-03-14.\n'],
        ['aged 18', 'order "J-1".\nperson "A", aged 18.\n'],
        ['a birth date with no date of the order, and no age', 'order "J-1".\nperson "A", born on 2010-01-01.\n'],
        ['born after the order was made (a typing mistake, not an age)', 'order "J-1".\nmade on 2026-03-14.\nperson "A", born on 2027-01-01.\n']
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['17 on the day the order is made', 'order "J-1".\nmade on 2026-03-14.\nperson "A", convicted, born on 2008-03-15.\n',
            [{ line: 3, covered: '2008-03-15', rules: [], severity: 'warning' }]],
        ['aged 16', 'order "J-1".\nperson "A", aged 16.\n',
            [{ line: 2, covered: '16', rules: [], severity: 'warning' }]],
        ['the birth date wins over a stated age', 'order "J-1".\nmade on 2026-03-14.\nperson "A", aged 18, born on 2010-05-05.\n',
            [{ line: 3, covered: '2010-05-05', rules: [], severity: 'warning' }]]
    ];
    it.each(failing)('finds: %s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('points to the juvenile Rules and cites Scope and purpose', async () => {
        const [finding] = await found('order "J-1".\nmade on 2026-03-14.\nperson "A", born on 2010-05-05.\n');
        expect(finding.provisions).toEqual(['Scope and purpose']);
        expect(finding.message).toBe('The person is 15 on the day the order was made: the Rules on community sanctions and measures, which these checks apply, ' +
            'do not cover juveniles; check the order against Recommendation CM/Rec(2008)11, the European Rules for juvenile offenders subject to sanctions or measures ' +
            '(CM/Rec(2017)3, Scope and purpose)');
        expect(finding.fixes ?? []).toEqual([]);
    });
});
