import { describe, expect, it } from 'vitest';
import { checkFindings, findingsOfCheck, applyEveryFix } from '../helpers.js';

const ID = 'requirement-outlives-order';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const found = (text: string) => checkFindings(text, ID);
const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });
const applyEachFix = (text: string) => applyEveryFix(text, ID);

/** An order made on 2026-03-14 with the given term and clauses. */
function order(term: string, ...clauses: string[]): string {
    return ['order "R-1".', 'made on 2026-03-14.', term, ...clauses].join('\n') + '\n';
}

const TEMPLATE = 'template home-curfew(length: duration = 3 months):\n  requirement curfew, at "1 Road", from 19:00 to 07:00, for length.\n';

describe('requirement-outlives-order', () => {
    const passing: Array<[string, string]> = [
        ['a shorter requirement', order('in force for 12 months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 6 months.')],
        ['a requirement as long as the order, in months', order('in force for 12 months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 12 months.')],
        ['a requirement as long as the order, in years', order('in force for 1 year.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 12 months.')],
        ['52 weeks in a 12-month order', order('in force for 12 months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 52 weeks.')],
        ['an end date on the order\'s last day', order('in force for 12 months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, until 2027-03-14.')],
        ['the same end date as the order', order('in force until 2026-08-01.', 'requirement residence, at "1 Road", until 2026-08-01.')],
        ['a requirement with no term of its own', order('in force for 12 months.', 'requirement supervision, reporting weekly.')],
        ['unpaid work completed within the order', order('in force for 12 months.', 'requirement unpaid work, 120 hours, completed within 12 months.')],
        ['an open-ended order (open-ended-duration reports it)', order('in force until further order.', 'requirement supervision, reporting weekly, for 24 months.')],
        ['366 days against 12 months with no date to count from', 'order "R-2".\nin force for 12 months.\nrequirement supervision, reporting weekly, for 366 days.\n'],
        ['a template applied with a length inside the order', TEMPLATE + order('in force for 6 months.', 'apply home-curfew with length 4 months.')],
        ['a template\'s own body (it has no order)', 'template t():\n  requirement supervision, reporting weekly, for 36 months.\n']
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['a longer requirement, dated from the order', order('in force for 12 months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 18 months.'),
            [{ line: 4, covered: 'for 18 months', rules: [21], severity: 'warning' }]],
        ['a longer requirement, lengths compared', 'order "R-2".\nin force for 1 year.\nrequirement supervision, reporting weekly, for 13 months.\n',
            [{ line: 3, covered: 'for 13 months', rules: [21], severity: 'warning' }]],
        ['days against months with no date', 'order "R-2".\nin force for 12 months.\nrequirement supervision, reporting weekly, for 400 days.\n',
            [{ line: 3, covered: 'for 400 days', rules: [21], severity: 'warning' }]],
        ['an end date after the order\'s end', order('in force for 12 months.', 'requirement residence, at "1 Road", until 2027-06-01.'),
            [{ line: 4, covered: 'until 2027-06-01', rules: [21], severity: 'warning' }]],
        ['a length past an order given as dates', order('in force from 2026-02-02 until 2026-08-01.', 'requirement supervision, reporting weekly, for 9 months.'),
            [{ line: 4, covered: 'for 9 months', rules: [21], severity: 'warning' }]],
        ['a completion period past the order', order('in force for 12 months.', 'requirement unpaid work, 120 hours, completed within 18 months.'),
            [{ line: 4, covered: 'completed within 18 months', rules: [21], severity: 'warning' }]],
        ['a template argument longer than the order', TEMPLATE + order('in force for 6 months.', 'apply home-curfew with length 9 months.'),
            [{ line: 6, covered: '9 months', rules: [21], severity: 'warning' }]],
        ['a template default longer than the order', TEMPLATE + order('in force for 2 months.', 'apply home-curfew.'),
            [{ line: 6, covered: 'home-curfew', rules: [21], severity: 'warning' }]]
    ];
    it.each(failing)('finds: %s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('says where each ends, and that an extension is not to be assumed', async () => {
        const dated = await found(order('in force for 12 months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 18 months.'));
        expect(dated[0].message).toBe('This curfew requirement runs for 18 months, to 2027-09-14, past the end of the order on 2027-03-14: end the requirement with the order or before it (Rule 21)');
        const extendable = await found(order('in force for 12 months, extendable by up to 6 months, reviewed every 3 months.', 'requirement supervision, reporting weekly, for 15 months.'));
        expect(extendable[0].message).toContain('the order may be extended, but that is for the deciding authority to decide later');
        const undated = await found('order "R-2".\nin force for 1 year.\nrequirement supervision, reporting weekly, for 13 months.\n');
        expect(undated[0].message).toBe('This supervision requirement runs for 13 months, longer than the order, which is in force for 1 year: end the requirement with the order or before it (Rule 21)');
    });

    it.each(failing.filter(([name]) => !name.includes('default')))('fix ends the requirement with the order: %s', async (_name, text) => {
        expect(await applyEachFix(text)).toHaveLength(1);
    });

    it('offers the order\'s length and end date', async () => {
        const [byLength] = await applyEachFix(order('in force for 12 months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 18 months.'));
        expect(byLength).toContain('from 19:00 to 07:00, for 12 months.');
        const [byDate] = await applyEachFix(order('in force for 12 months.', 'requirement residence, at "1 Road", until 2027-06-01.'));
        expect(byDate).toContain('requirement residence, at "1 Road", until 2027-03-14.');
        const [withinRange] = await applyEachFix(order('in force from 2026-02-02 until 2026-08-01.', 'requirement supervision, reporting weekly, for 9 months.'));
        expect(withinRange).toContain('requirement supervision, reporting weekly, until 2026-08-01.');
    });

    it('a template default has no fix in the order (the template is not wrong)', async () => {
        const [finding] = await found(TEMPLATE + order('in force for 2 months.', 'apply home-curfew.'));
        expect(finding.fixes ?? []).toEqual([]);
    });
});
