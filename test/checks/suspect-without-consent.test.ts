import { describe, expect, it } from 'vitest';
import { checkFindings, findingsOfCheck, applyEveryFix } from '../helpers.js';

const ID = 'suspect-without-consent';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const found = (text: string) => checkFindings(text, ID);
const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });
const applyEachFix = (text: string) => applyEveryFix(text, ID);

/** An order made on 2026-02-02 with the given header and clauses. */
function order(header: string, ...clauses: string[]): string {
    return [header, 'made on 2026-02-02.', ...clauses, 'in force for 6 months.', 'requirement residence, at "1 Road".'].join('\n') + '\n';
}

describe('suspect-without-consent', () => {
    const passing: Array<[string, string]> = [
        ['a suspect who consented', order('order "P-1".', 'person "Luca Marino", suspect.', 'consent informed and explicit, given on 2026-02-02, in writing.')],
        ['a pre-trial measure with consent given', order('order "P-1", pre-trial measure.', 'person "Luca Marino".', 'consent given.')],
        ['a convicted person', order('order "P-1".', 'person "Luca Marino", convicted.')],
        ['a pre-trial measure on a person recorded as convicted (status decides)', order('order "P-1", pre-trial measure.', 'person "Luca Marino", convicted.')],
        ['a person with no status, in a community order', order('order "P-1", community order.', 'person "Luca Marino".')]
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['a suspect with no consent', order('order "P-1".', 'person "Luca Marino", suspect.'),
            [{ line: 3, covered: 'suspect', rules: [59], severity: 'warning' }]],
        ['a pre-trial measure with no consent', order('order "P-1", pre-trial measure.', 'person "Luca Marino".'),
            [{ line: 1, covered: 'pre-trial measure', rules: [59], severity: 'warning' }]],
        ['a suspect whose consent to treatment is recorded, but not to the measure',
            order('order "P-1".', 'person "Luca Marino", suspect.', 'requirement drug treatment, provided by "X", consent informed and explicit, given.'),
            [{ line: 3, covered: 'suspect', rules: [59], severity: 'warning' }]],
        ['a suspect who refused', order('order "P-1", pre-trial measure.', 'person "Luca Marino", suspect.', 'consent refused.'),
            [{ line: 4, covered: 'consent refused.', rules: [59], severity: 'warning' }]]
    ];
    it.each(failing)('finds: %s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('a refusal has its own message', async () => {
        const [none] = await found(order('order "P-1".', 'person "Luca Marino", suspect.'));
        expect(none.message).toBe('The order records no consent of the suspect to the measure: obtain and record the suspect\'s consent ("consent given on …"), unless the law provides otherwise (Rule 59)');
        const [refused] = await found(order('order "P-1".', 'person "Luca Marino", suspect.', 'consent refused.'));
        expect(refused.message).toBe('The suspect refused consent, yet the measure is imposed: a measure before trial or instead of a decision on a sanction needs the suspect\'s consent, unless the law provides otherwise (Rule 59)');
        expect(refused.fixes ?? []).toEqual([]);
    });

    it.each(failing.filter(([name]) => !name.includes('refused')))('fix records consent: %s', async (_name, text) => {
        const fixed = await applyEachFix(text);
        expect(fixed).toHaveLength(1);
        expect(await findingsOf(fixed[0])).toEqual([]);
    });

    it('the consent goes after the person, dated with the order', async () => {
        expect(await applyEachFix(order('order "P-1".', 'person "Luca Marino", suspect.'))).toEqual([
            order('order "P-1".', 'person "Luca Marino", suspect.', 'consent given on 2026-02-02, in writing.')]);
    });
});
