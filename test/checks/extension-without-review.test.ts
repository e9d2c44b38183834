import { describe, expect, it } from 'vitest';
import { ids, lint, lintWorkspace, findingsOfCheck, applyEachFix as applyEachFixOf } from '../helpers.js';

const ID = 'extension-without-review';

type Expected = Awaited<ReturnType<typeof findingsOfCheck>>[number];
const findingsOf = (text: string) => findingsOfCheck(text, ID);
const applyEachFix = (text: string) => applyEachFixOf(text, ID);

const TEMPLATES = `template extendable-curfew(address: text, length: duration = 3 months):
  requirement curfew, at address, from 19:00 to 07:00, for length, extendable by up to 1 month.

template reviewed-curfew(address: text):
  requirement curfew, at address, from 19:00 to 07:00, for 3 months, extendable, reviewed every 1 month.
`;

describe('extension-without-review: passing orders', () => {
    const passing: Array<[string, string]> = [
        ['an order with no extension', `order "P-1".
in force for 12 months.
requirement supervision, reporting weekly.
`],
        ['an extendable order reviewed regularly', `order "P-2".
in force for 12 months, extendable by up to 6 months, reviewed every 3 months.
`],
        ['an extendable requirement covered by the order\'s review', `order "P-3".
in force for 12 months, reviewed every 3 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, extendable by up to 1 month.
`],
        ['an extendable requirement with a review of its own', `order "P-4".
in force for 12 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, extendable by up to 1 month, reviewed every 1 month.
`],
        ['templates: one reviewed in itself, one covered by the order\'s review; and a template on its own', `${TEMPLATES}
order "P-5".
in force for 12 months, reviewed every 6 months.
apply extendable-curfew with address "1 Road".
apply reviewed-curfew with address "1 Road".
`],
        ['a template on its own: the order that applies it may review it', TEMPLATES]
    ];
    it.each(passing)('%s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });
});

describe('extension-without-review: failing orders', () => {
    const failing: Array<[string, string, Expected[]]> = [
        ['an extendable order with no review', `order "F-1".
in force for 12 months, extendable by up to 6 months.
`, [{ line: 2, covered: 'extendable by up to 6 months', rules: [23] }]],
        ['an order extendable with no limit and no review', `order "F-2".
in force for 12 months, extendable.
`, [{ line: 2, covered: 'extendable', rules: [23] }]],
        ['an extendable requirement, with neither its own review nor the order\'s', `order "F-3".
in force for 12 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, extendable by up to 1 month.
condition "Live at 1 Road", for 6 months, extendable.
`, [
            { line: 3, covered: 'extendable by up to 1 month', rules: [23] },
            { line: 4, covered: 'extendable', rules: [23] }
        ]],
        ['a requirement\'s own review does not cover the extendable order', `order "F-4".
in force for 12 months, extendable by up to 6 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, reviewed every 1 month.
`, [{ line: 2, covered: 'extendable by up to 6 months', rules: [23] }]],
        ['a template\'s extendable requirement applied in an order with no review', `${TEMPLATES}
order "F-5".
in force for 12 months.
apply extendable-curfew with address "1 Road", length 2 months.
apply reviewed-curfew with address "1 Road".
`, [{ line: 9, covered: 'extendable-curfew', rules: [23] }]]
    ];
    it.each(failing)('%s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('explains the missing review in its messages', async () => {
        const findings = (await lint(`${TEMPLATES}
order "F-6".
in force for 12 months, extendable.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, extendable.
apply extendable-curfew with address "1 Road".
`)).filter(f => f.checkId === ID);
        expect(findings.map(f => f.message)).toEqual([
            'The order can be extended but states no regular review: say how often the deciding authority reviews it (Rule 23)',
            'This curfew requirement can be extended, and neither it nor the order states a regular review: say how often the deciding authority reviews it (Rule 23)',
            'The curfew requirement brought in by \'extendable-curfew\' can be extended, and neither it nor the order states a regular review: say how often the deciding authority reviews the order (Rule 23)'
        ]);
        expect(findings.every(f => f.severity === 'warning')).toBe(true);
    });

    it('shows a template in another file on the apply clause', async () => {
        const result = await lintWorkspace({
            'library.sanction': TEMPLATES,
            'order.sanction': `import "library.sanction".
order "F-7".
in force for 12 months.
apply extendable-curfew with address "1 Road".
`
        });
        expect(ids(result['library.sanction'], ID)).toEqual([]);
        expect(ids(result['order.sanction'], ID)).toEqual([`${ID}@4:7-4:24`]);
    });
});

describe('extension-without-review: fix', () => {
    const cases: Array<[string, string, string]> = [
        ['the order', `order "X-1".
in force for 12 months, extendable by up to 6 months.
`, `order "X-1".
in force for 12 months, extendable by up to 6 months, reviewed every 6 months.
`],
        ['a requirement', `order "X-2".
in force for 12 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, extendable, on every day.
`, `order "X-2".
in force for 12 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, extendable, reviewed every 6 months, on every day.
`],
        ['the order\'s term, for a requirement brought in by a template', `${TEMPLATES}
order "X-3".
in force for 12 months.
apply extendable-curfew with address "1 Road".
`, `${TEMPLATES}
order "X-3".
in force for 12 months, reviewed every 6 months.
apply extendable-curfew with address "1 Road".
`]
    ];
    it.each(cases)('adds ", reviewed every 6 months" to %s', async (_name, text, expected) => {
        expect(await applyEachFix(text)).toEqual([expected]);
    });
});
