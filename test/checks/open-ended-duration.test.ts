import { describe, expect, it } from 'vitest';
import { ids, lint, lintWorkspace, findingsOfCheck, applyEachFix as applyEachFixOf } from '../helpers.js';

const ID = 'open-ended-duration';

type Expected = Awaited<ReturnType<typeof findingsOfCheck>>[number];
const findingsOf = (text: string) => findingsOfCheck(text, ID);
const applyEachFix = (text: string) => applyEachFixOf(text, ID);

const TEMPLATES = `template open-supervision(office: text):
  requirement supervision, reporting weekly at office, indefinitely.

template worded(wording: text = "Live at 1 Road until further notice"):
  condition wording.
`;

describe('open-ended-duration: passing orders', () => {
    const passing: Array<[string, string]> = [
        ['fixed terms on the order and its requirements', `order "P-1".
in force for 12 months, extendable by up to 6 months, reviewed every 3 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months.
requirement supervision, reporting weekly, until 2026-09-13.
`],
        ['an end date written as quoted text is a fixed end, not an open one', `order "P-2".
in force for 12 months.
requirement supervision, reporting weekly, until "30 September 2026".
`],
        ['free text that names a fixed end, or uses "until" for a date', `order "P-3".
in force for 12 months.
condition "Live at 1 Road until 30 September 2026", for 6 months.
condition "Do not contact Jane Doe until the order ends", for 6 months.
`],
        ['a template applied with wording of its own that is fixed', `template worded(wording: text):
  condition wording.

order "P-4".
in force for 12 months.
apply worded with wording "Live at 1 Road for six months".
`]
    ];
    it.each(passing)('%s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });
});

describe('open-ended-duration: failing orders', () => {
    const failing: Array<[string, string, Expected[]]> = [
        ['an order in force until further order', `order "F-1".
in force until further order.
`, [{ line: 2, covered: 'until further order', rules: [21, 23] }]],
        ['an order in force indefinitely, even with a review', `order "F-2".
in force indefinitely, reviewed every 6 months.
`, [{ line: 2, covered: 'indefinitely', rules: [21, 23] }]],
        ['requirements that run until further order, indefinitely, or until someone is satisfied', `order "F-3".
in force for 12 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, until further order.
requirement electronic monitoring, of location, indefinitely.
requirement supervision, reporting weekly, until "the supervisor is satisfied".
`, [
            { line: 3, covered: 'until further order', rules: [21, 23] },
            { line: 4, covered: 'indefinitely', rules: [21, 23] },
            { line: 5, covered: 'until "the supervisor is satisfied"', rules: [21, 23] }
        ]],
        ['free-text conditions worded open-endedly', `order "F-4".
in force for 12 months.
condition "Live at 1 Road until further notice".
condition "Attend counselling for as long as the probation officer considers necessary".
condition "Stay away from Jane Doe indefinitely and without limit of time".
condition "Report weekly until your supervisor is satisfied with your progress".
condition "Keep a diary until otherwise directed".
`, [
            { line: 3, covered: 'until further notice', rules: [21, 23] },
            { line: 4, covered: 'for as long as the probation officer considers', rules: [21, 23] },
            { line: 5, covered: 'indefinitely', rules: [21, 23] },
            { line: 5, covered: 'without limit of time', rules: [21, 23] },
            { line: 6, covered: 'until your supervisor is satisfied', rules: [21, 23] },
            { line: 7, covered: 'until otherwise directed', rules: [21, 23] }
        ]],
        ['a template\'s open term is shown once, in the template, not again on each apply in the file', `${TEMPLATES}
order "F-5".
in force for 12 months.
apply open-supervision with office "Exeter Probation Office".
apply open-supervision with office "Exeter Probation Office".
`, [
            { line: 2, covered: 'indefinitely', rules: [21, 23] },
            { line: 4, covered: 'until further notice', rules: [21, 23] }
        ]],
        ['open wording passed to a template as an argument is shown where it is written', `${TEMPLATES}
order "F-6".
in force for 12 months.
apply worded with wording "Report until further order".
`, [
            { line: 2, covered: 'indefinitely', rules: [21, 23] },
            { line: 4, covered: 'until further notice', rules: [21, 23] },
            { line: 9, covered: 'until further order', rules: [21, 23] }
        ]]
    ];
    it.each(failing)('%s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('says what is open in its messages', async () => {
        const findings = (await lint(`order "F-7".
in force until further order.
requirement supervision, reporting weekly, until "the supervisor is satisfied".
condition "Live at 1 Road until further notice".
`)).filter(f => f.checkId === ID);
        expect(findings.map(f => f.message)).toEqual([
            'The order runs until further order, which gives it no end: fix a period or an end date (Rules 21 and 23)',
            'This supervision requirement runs until "the supervisor is satisfied", which ends on an event nobody can date in advance: fix a period or an end date (Rules 21 and 23)',
            'The condition runs "until further notice", which gives it no end the person can know: give it a fixed period or an end date (Rules 21 and 23)'
        ]);
        expect(findings.every(f => f.severity === 'error')).toBe(true);
    });

    it('shows a template\'s open term from another file on the apply clause', async () => {
        const result = await lintWorkspace({
            'library.sanction': TEMPLATES,
            'order.sanction': `import "library.sanction".
order "F-8".
in force for 12 months.
apply open-supervision with office "Exeter Probation Office".
apply worded.
`
        });
        expect(ids(result['library.sanction'], ID)).toEqual([`${ID}@2:56-2:68`, `${ID}@4:49-4:69`]);
        const inOrder = result['order.sanction'].filter(f => f.checkId === ID);
        expect(ids(inOrder)).toEqual([`${ID}@4:1-4:62`, `${ID}@5:1-5:14`]);
        expect(inOrder[0].message).toBe('This supervision requirement runs indefinitely, which gives it no end: fix a period or an end date, in template \'open-supervision\' (Rules 21 and 23)');
    });
});

describe('open-ended-duration: fix', () => {
    const cases: Array<[string, string, string]> = [
        ['until further order on the order', `order "X-1".
in force until further order.
`, `order "X-1".
in force for 12 months.
`],
        ['indefinitely on a requirement', `order "X-2".
in force for 12 months.
requirement electronic monitoring, of location, indefinitely.
`, `order "X-2".
in force for 12 months.
requirement electronic monitoring, of location, for 12 months.
`],
        ['until "…" on a requirement', `order "X-3".
in force for 12 months.
requirement supervision, reporting weekly, until "the supervisor is satisfied".
`, `order "X-3".
in force for 12 months.
requirement supervision, reporting weekly, for 12 months.
`]
    ];
    it.each(cases)('replaces %s with "for 12 months"', async (_name, text, expected) => {
        expect(await applyEachFix(text)).toEqual([expected]);
    });

    it('offers no fix for free text, which needs redrafting', async () => {
        const [finding] = (await lint('order "X-4".\nin force for 12 months.\ncondition "Live at 1 Road until further notice".\n')).filter(f => f.checkId === ID);
        expect(finding.fixes).toBeUndefined();
    });
});
