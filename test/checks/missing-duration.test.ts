import { describeCheck } from '../check-tester.js';

const TEMPLATES = `template home-curfew(address: text, start: time = 19:00, end: time = 07:00, length: duration = 3 months):
  requirement curfew, at address, from start to end, on every day, for length.

template timed-curfew(address: text, length: duration):
  requirement curfew, at address, from 19:00 to 07:00, for length.

template weekly-supervision(office: text):
  requirement supervision, reporting weekly at office.
`;

const IN_ANOTHER_FILE = {
    'library.sanction': TEMPLATES,
    'order.sanction': `import "library.sanction".
order "F-9".
apply weekly-supervision with office "Exeter Probation Office".
`
};

describeCheck('missing-duration', {
    valid: [
        { name: 'an order with a fixed term; its requirements run with it', code: `order "P-1".
in force for 12 months.
requirement unpaid work, 120 hours.
requirement supervision, reporting weekly.
condition "Keep in touch with the supervisor".
` },
        { name: 'an order with an end date', code: `order "P-2".
made on 2026-03-14.
in force until 2027-03-13.
requirement supervision, reporting weekly.
` },
        { name: 'an order with a date range, and requirements with their own terms', code: `order "P-3".
in force from 2026-03-14 until 2027-03-13.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months.
requirement supervision, reporting weekly, until 2026-09-13.
` },
        { name: 'an open-ended order term (the open-ended-duration check speaks about it)', code: `order "P-4".
in force until further order.
requirement supervision, reporting weekly.
` },
        { name: 'templates applied with a bound length, a default length, and none needed', code: `${TEMPLATES}
order "P-5".
in force for 12 months.
apply timed-curfew with address "1 Road", length 4 months.
apply home-curfew with address "1 Road".
apply weekly-supervision with office "Exeter Probation Office".
` },
        { name: 'a template on its own: its requirements take the term of the order that applies them', code: TEMPLATES },
        { name: 'a template library imported by an order with no duration has no finding of its own',
            code: { files: IN_ANOTHER_FILE, main: 'library.sanction' } }
    ],
    invalid: [
        { name: 'an order with no duration, every requirement with its own', code: `order "F-1".
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months.
`, findings: [{
            messageId: 'orderWithoutTerm', range: '1:7-1:12', rules: [21, 23], covered: '"F-1"', severity: 'error',
            message: 'The order states no duration, so it lasts for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one, e.g. `in force for 12 months.` (Rules 21 and 23)'
        }] },
        { name: 'an order with no duration and a requirement with none', code: `order "F-2".
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months.
requirement supervision, reporting weekly.
`, findings: [
            { messageId: 'orderWithoutTerm', range: '1:7-1:12', rules: [21, 23], covered: '"F-2"' },
            { messageId: 'measureWithoutTerm', range: '3:1-3:12', rules: [21, 23], covered: 'requirement', severity: 'error',
                message: 'This supervision requirement has no duration of its own and the order states none, so it runs for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one for the order, e.g. `in force for 12 months.`, or for the supervision requirement, e.g. `for 6 months` (Rules 21 and 23)' }
        ] },
        { name: 'a free-text condition with no duration in an order with none', code: `order "F-3".
condition "Live at 1 Road".
`, findings: [
            { messageId: 'orderWithoutTerm', range: '1:7-1:12', rules: [21, 23], covered: '"F-3"' },
            { messageId: 'measureWithoutTerm', range: '2:1-2:10', rules: [21, 23], covered: 'condition',
                message: 'This condition has no duration of its own and the order states none, so it runs for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one for the order, e.g. `in force for 12 months.`, or for the condition, e.g. `for 6 months` (Rules 21 and 23)' }
        ] },
        { name: 'unpaid work bounded by its completion period is not reported; the order still is', code: `order "F-4".
requirement unpaid work, 120 hours, completed within 12 months.
requirement unpaid work, 40 hours.
`, findings: [
            { messageId: 'orderWithoutTerm', range: '1:7-1:12', rules: [21, 23], covered: '"F-4"' },
            { messageId: 'measureWithoutTerm', range: '3:1-3:12', rules: [21, 23], covered: 'requirement' }
        ] },
        { name: 'a template applied without its duration parameter', code: `${TEMPLATES}
order "F-5".
in force for 12 months.
apply timed-curfew with address "1 Road".
`, findings: [{
            messageId: 'parameterWithoutValue', range: '12:7-12:19', rules: [21, 23], covered: 'timed-curfew', severity: 'error',
            message: 'The curfew requirement brought in by \'timed-curfew\' takes its duration from the template parameter \'length\', which is given no value here, so its length is not fixed; Rules 21 and 23 ask that a sanction have a fixed duration: give the parameter a value, e.g. `length 6 months` (Rules 21 and 23)'
        }] },
        { name: 'a template whose requirement has no term, applied in an order with none', code: `${TEMPLATES}
order "F-6".
apply weekly-supervision with office "Exeter Probation Office".
`, findings: [
            { messageId: 'orderWithoutTerm', range: '10:7-10:12', rules: [21, 23], covered: '"F-6"' },
            { messageId: 'templateMeasureWithoutTerm', range: '11:7-11:25', rules: [21, 23], covered: 'weekly-supervision',
                message: 'The supervision requirement brought in by \'weekly-supervision\' has no duration of its own and the order states none, so it runs for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one for the order, e.g. `in force for 12 months.` (Rules 21 and 23)' }
        ] },
        { name: 'a template in another file: the finding is shown on the apply clause', code: { files: IN_ANOTHER_FILE, main: 'order.sanction' }, findings: [
            { messageId: 'orderWithoutTerm', range: '2:7-2:12', rules: [21, 23] },
            { messageId: 'templateMeasureWithoutTerm', range: '3:7-3:25', rules: [21, 23], covered: 'weekly-supervision' }
        ] }
    ],
    fixes: [
        { name: 'adds "in force for 12 months." after the order\'s opening sentence', code: `order "X-1".
made on 2026-03-14.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months.
`, output: [`order "X-1".
in force for 12 months.
made on 2026-03-14.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months.
`] }
    ]
});
