import { describe, expect, it } from 'vitest';
import { ids, lint, lintWorkspace, findingsOfCheck, applyEachFix as applyEachFixOf } from '../helpers.js';

const ID = 'missing-duration';

type Expected = Awaited<ReturnType<typeof findingsOfCheck>>[number];
const findingsOf = (text: string) => findingsOfCheck(text, ID);
const applyEachFix = (text: string) => applyEachFixOf(text, ID);

const TEMPLATES = `template home-curfew(address: text, start: time = 19:00, end: time = 07:00, length: duration = 3 months):
  requirement curfew, at address, from start to end, on every day, for length.

template timed-curfew(address: text, length: duration):
  requirement curfew, at address, from 19:00 to 07:00, for length.

template weekly-supervision(office: text):
  requirement supervision, reporting weekly at office.
`;

describe('missing-duration: passing orders', () => {
    const passing: Array<[string, string]> = [
        ['an order with a fixed term; its requirements run with it', `order "P-1".
in force for 12 months.
requirement unpaid work, 120 hours.
requirement supervision, reporting weekly.
condition "Keep in touch with the supervisor".
`],
        ['an order with an end date', `order "P-2".
made on 2026-03-14.
in force until 2027-03-13.
requirement supervision, reporting weekly.
`],
        ['an order with a date range, and requirements with their own terms', `order "P-3".
in force from 2026-03-14 until 2027-03-13.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months.
requirement supervision, reporting weekly, until 2026-09-13.
`],
        ['an open-ended order term (the open-ended-duration check speaks about it)', `order "P-4".
in force until further order.
requirement supervision, reporting weekly.
`],
        ['templates applied with a bound length, a default length, and none needed', `${TEMPLATES}
order "P-5".
in force for 12 months.
apply timed-curfew with address "1 Road", length 4 months.
apply home-curfew with address "1 Road".
apply weekly-supervision with office "Exeter Probation Office".
`],
        ['a template on its own: its requirements take the term of the order that applies them', TEMPLATES]
    ];
    it.each(passing)('%s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });
});

describe('missing-duration: failing orders', () => {
    const failing: Array<[string, string, Expected[]]> = [
        ['an order with no duration, every requirement with its own', `order "F-1".
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months.
`, [{ line: 1, covered: '"F-1"', rules: [21, 23] }]],
        ['an order with no duration and a requirement with none', `order "F-2".
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months.
requirement supervision, reporting weekly.
`, [
            { line: 1, covered: '"F-2"', rules: [21, 23] },
            { line: 3, covered: 'requirement', rules: [21, 23] }
        ]],
        ['a free-text condition with no duration in an order with none', `order "F-3".
condition "Live at 1 Road".
`, [
            { line: 1, covered: '"F-3"', rules: [21, 23] },
            { line: 2, covered: 'condition', rules: [21, 23] }
        ]],
        ['unpaid work bounded by its completion period is not reported; the order still is', `order "F-4".
requirement unpaid work, 120 hours, completed within 12 months.
requirement unpaid work, 40 hours.
`, [
            { line: 1, covered: '"F-4"', rules: [21, 23] },
            { line: 3, covered: 'requirement', rules: [21, 23] }
        ]],
        ['a template applied without its duration parameter', `${TEMPLATES}
order "F-5".
in force for 12 months.
apply timed-curfew with address "1 Road".
`, [{ line: 12, covered: 'timed-curfew', rules: [21, 23] }]],
        ['a template whose requirement has no term, applied in an order with none', `${TEMPLATES}
order "F-6".
apply weekly-supervision with office "Exeter Probation Office".
`, [
            { line: 10, covered: '"F-6"', rules: [21, 23] },
            { line: 11, covered: 'weekly-supervision', rules: [21, 23] }
        ]]
    ];
    it.each(failing)('%s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('names the measure and the template in its messages', async () => {
        const findings = (await lint(`${TEMPLATES}
order "F-7".
in force for 12 months.
apply timed-curfew with address "1 Road".
`)).filter(f => f.checkId === ID);
        expect(findings.map(f => f.message)).toEqual([
            'The curfew requirement brought in by \'timed-curfew\' takes its duration from the template parameter \'length\', which is given no value here (Rules 21 and 23)'
        ]);
        const order = (await lint('order "F-8".\nrequirement supervision, reporting weekly.\n')).filter(f => f.checkId === ID);
        expect(order.map(f => f.message)).toEqual([
            'The order states no duration: add how long it is in force ("in force for 12 months.") (Rules 21 and 23)',
            'This supervision requirement has no fixed duration and the order states none (Rules 21 and 23)'
        ]);
    });

    it('shows a finding about a template in another file on the apply clause', async () => {
        const result = await lintWorkspace({
            'library.sanction': TEMPLATES,
            'order.sanction': `import "library.sanction".
order "F-9".
apply weekly-supervision with office "Exeter Probation Office".
`
        });
        expect(ids(result['library.sanction'], ID)).toEqual([]);
        expect(ids(result['order.sanction'], ID)).toEqual([`${ID}@2:7-2:12`, `${ID}@3:7-3:25`]);
    });
});

describe('missing-duration: fix', () => {
    it('offers "in force for 12 months." after the order\'s opening sentence', async () => {
        const [fixed] = await applyEachFix(`order "X-1".
made on 2026-03-14.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months.
`);
        expect(fixed).toBe(`order "X-1".
in force for 12 months.
made on 2026-03-14.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months.
`);
    });
});
