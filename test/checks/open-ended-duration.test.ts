import { describe, expect, it } from 'vitest';
import { describeCheck } from '../check-tester.js';
import { lint } from '../helpers.js';

const TEMPLATES = `template open-supervision(office: text):
  requirement supervision, reporting weekly at office, indefinitely.

template worded(wording: text = "Live at 1 Road until further notice"):
  condition wording.
`;

const IN_ANOTHER_FILE = {
    'library.sanction': TEMPLATES,
    'order.sanction': `import "library.sanction".
order "F-8".
in force for 12 months.
apply open-supervision with office "Exeter Probation Office".
apply worded.
`
};

const FIX = 'give a period or an end date instead, e.g. `for 12 months` or `until 2027-03-13`';

describeCheck('open-ended-duration', {
    valid: [
        { name: 'fixed terms on the order and its requirements', code: `order "P-1".
in force for 12 months, extendable by up to 6 months, reviewed every 3 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months.
requirement supervision, reporting weekly, until 2026-09-13.
` },
        { name: 'an end date written as quoted text is a fixed end, not an open one', code: `order "P-2".
in force for 12 months.
requirement supervision, reporting weekly, until "30 September 2026".
` },
        { name: 'free text that names a fixed end, or uses "until" for a date', code: `order "P-3".
in force for 12 months.
condition "Live at 1 Road until 30 September 2026", for 6 months.
condition "Do not contact Jane Doe until the order ends", for 6 months.
` },
        { name: 'a template applied with wording of its own that is fixed', code: `template worded(wording: text):
  condition wording.

order "P-4".
in force for 12 months.
apply worded with wording "Live at 1 Road for six months".
` }
    ],
    invalid: [
        { name: 'an order in force until further order', code: `order "F-1".
in force until further order.
`, findings: [{
            messageId: 'openTerm', range: '2:10-2:29', rules: [21, 23], covered: 'until further order', severity: 'error',
            message: `The order runs until further order, which gives it no end; Rules 21 and 23 ask that a sanction have a fixed duration: ${FIX} (Rules 21 and 23)`
        }] },
        { name: 'an order in force until further order of the court: the message quotes the wording whole', code: `order "F-1b".
in force until further  order of the court.
`, findings: [{
            messageId: 'openTerm', range: '2:10-2:43', rules: [21, 23], covered: 'until further  order of the court', severity: 'error',
            message: `The order runs until further order of the court, which gives it no end; Rules 21 and 23 ask that a sanction have a fixed duration: ${FIX} (Rules 21 and 23)`
        }] },
        { name: 'an order in force indefinitely, even with a review', code: `order "F-2".
in force indefinitely, reviewed every 6 months.
`, findings: [{ messageId: 'openTerm', range: '2:10-2:22', rules: [21, 23], covered: 'indefinitely' }] },
        { name: 'requirements that run until further order, indefinitely, or until someone is satisfied', code: `order "F-3".
in force for 12 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, until further order.
requirement electronic monitoring, of location, indefinitely.
requirement supervision, reporting weekly, until "the supervisor is satisfied".
`, findings: [
            { messageId: 'openTerm', range: '3:55-3:74', rules: [21, 23], covered: 'until further order' },
            { messageId: 'openTerm', range: '4:49-4:61', rules: [21, 23], covered: 'indefinitely', severity: 'error',
                message: `This electronic monitoring requirement runs indefinitely, which gives it no end; Rules 21 and 23 ask that a sanction have a fixed duration: ${FIX} (Rules 21 and 23)` },
            { messageId: 'eventTerm', range: '5:44-5:79', rules: [21, 23], covered: 'until "the supervisor is satisfied"', severity: 'error',
                message: `This supervision requirement runs until "the supervisor is satisfied", which ends on an event nobody can date in advance; Rules 21 and 23 ask that a sanction have a fixed duration: ${FIX} (Rules 21 and 23)` }
        ] },
        { name: 'free-text conditions worded open-endedly', code: `order "F-4".
in force for 12 months.
condition "Live at 1 Road until further notice".
condition "Attend counselling for as long as the probation officer considers necessary".
condition "Stay away from Jane Doe indefinitely and without limit of time".
condition "Report weekly until your supervisor is satisfied with your progress".
condition "Keep a diary until otherwise directed".
`, findings: [
            { messageId: 'openWording', range: '3:27-3:47', rules: [21, 23], covered: 'until further notice', severity: 'error',
                message: 'The condition runs "until further notice", which gives it no end the person can know; Rules 21 and 23 ask that a sanction have a fixed duration: take the open ending out of the wording and give the condition a period or an end date, e.g. `condition "Live at 1 Road", for 6 months.` (Rules 21 and 23)' },
            { messageId: 'openWording', range: '4:31-4:77', rules: [21, 23], covered: 'for as long as the probation officer considers' },
            { messageId: 'openWording', range: '5:36-5:48', rules: [21, 23], covered: 'indefinitely' },
            { messageId: 'openWording', range: '5:53-5:74', rules: [21, 23], covered: 'without limit of time' },
            { messageId: 'openWording', range: '6:26-6:60', rules: [21, 23], covered: 'until your supervisor is satisfied' },
            { messageId: 'openWording', range: '7:25-7:49', rules: [21, 23], covered: 'until otherwise directed' }
        ] },
        { name: 'a template\'s open term is shown once, in the template, not again on each apply in the file', code: `${TEMPLATES}
order "F-5".
in force for 12 months.
apply open-supervision with office "Exeter Probation Office".
apply open-supervision with office "Exeter Probation Office".
`, findings: [
            { messageId: 'openTerm', range: '2:56-2:68', rules: [21, 23], covered: 'indefinitely' },
            { messageId: 'openWording', range: '4:49-4:69', rules: [21, 23], covered: 'until further notice' }
        ] },
        { name: 'open wording passed to a template as an argument is shown where it is written', code: `${TEMPLATES}
order "F-6".
in force for 12 months.
apply worded with wording "Report until further order".
`, findings: [
            { messageId: 'openTerm', range: '2:56-2:68', rules: [21, 23], covered: 'indefinitely' },
            { messageId: 'openWording', range: '4:49-4:69', rules: [21, 23], covered: 'until further notice' },
            { messageId: 'openWording', range: '9:35-9:54', rules: [21, 23], covered: 'until further order' }
        ] },
        { name: 'a template in another file: its open term is shown in the template', code: { files: IN_ANOTHER_FILE, main: 'library.sanction' }, findings: [
            { messageId: 'openTerm', range: '2:56-2:68', rules: [21, 23] },
            { messageId: 'openWording', range: '4:49-4:69', rules: [21, 23] }
        ] },
        { name: 'a template in another file: on each apply clause that brings it in', code: { files: IN_ANOTHER_FILE, main: 'order.sanction' }, findings: [
            { messageId: 'openTerm', range: '4:1-4:62', rules: [21, 23],
                message: `This supervision requirement runs indefinitely, which gives it no end; Rules 21 and 23 ask that a sanction have a fixed duration: ${FIX}, in template 'open-supervision' (Rules 21 and 23)` },
            { messageId: 'openWording', range: '5:1-5:14', rules: [21, 23] }
        ] }
    ],
    fixes: [
        { name: 'replaces until further order on the order with "for 12 months"', code: `order "X-1".
in force until further order.
`, output: [`order "X-1".
in force for 12 months.
`] },
        { name: 'replaces indefinitely on a requirement with "for 12 months"', code: `order "X-2".
in force for 12 months.
requirement electronic monitoring, of location, indefinitely.
`, output: [`order "X-2".
in force for 12 months.
requirement electronic monitoring, of location, for 12 months.
`] },
        { name: 'replaces until "…" on a requirement with "for 12 months"', code: `order "X-3".
in force for 12 months.
requirement supervision, reporting weekly, until "the supervisor is satisfied".
`, output: [`order "X-3".
in force for 12 months.
requirement supervision, reporting weekly, for 12 months.
`] }
    ]
});

describe('open-ended-duration: free text', () => {
    it('offers no fix for free text, which needs redrafting', async () => {
        const [finding] = (await lint('order "X-4".\nin force for 12 months.\ncondition "Live at 1 Road until further notice".\n')).filter(f => f.checkId === 'open-ended-duration');
        expect(finding.messageId).toBe('openWording');
        expect(finding.fixes).toBeUndefined();
    });
});
