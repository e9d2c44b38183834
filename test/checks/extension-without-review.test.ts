import { describeCheck } from '../check-tester.js';

const TEMPLATES = `template extendable-curfew(address: text, length: duration = 3 months):
  requirement curfew, at address, from 19:00 to 07:00, for length, extendable by up to 1 month.

template reviewed-curfew(address: text):
  requirement curfew, at address, from 19:00 to 07:00, for 3 months, extendable, reviewed every 1 month.
`;

const IN_ANOTHER_FILE = {
    'library.sanction': TEMPLATES,
    'order.sanction': `import "library.sanction".
order "F-7".
in force for 12 months.
apply extendable-curfew with address "1 Road".
`
};

const REVIEW = 'Rule 23 asks that an extendable sanction be reviewed regularly by the deciding authority';

describeCheck('extension-without-review', {
    valid: [
        { name: 'an order with no extension', code: `order "P-1".
in force for 12 months.
requirement supervision, reporting weekly.
` },
        { name: 'an extendable order reviewed regularly', code: `order "P-2".
in force for 12 months, extendable by up to 6 months, reviewed every 3 months.
` },
        { name: 'an extendable requirement covered by the order\'s review', code: `order "P-3".
in force for 12 months, reviewed every 3 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, extendable by up to 1 month.
` },
        { name: 'an extendable requirement with a review of its own', code: `order "P-4".
in force for 12 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, extendable by up to 1 month, reviewed every 1 month.
` },
        { name: 'templates: one reviewed in itself, one covered by the order\'s review', code: `${TEMPLATES}
order "P-5".
in force for 12 months, reviewed every 6 months.
apply extendable-curfew with address "1 Road".
apply reviewed-curfew with address "1 Road".
` },
        { name: 'a template on its own: the order that applies it may review it', code: TEMPLATES },
        { name: 'a template library applied in another file has no finding of its own', code: { files: IN_ANOTHER_FILE, main: 'library.sanction' } }
    ],
    invalid: [
        { name: 'an extendable order with no review', code: `order "F-1".
in force for 12 months, extendable by up to 6 months.
`, findings: [{ messageId: 'orderWithoutReview', range: '2:25-2:53', rules: [23], covered: 'extendable by up to 6 months' }] },
        { name: 'an order extendable with no limit and no review', code: `order "F-2".
in force for 12 months, extendable.
`, findings: [{ messageId: 'orderWithoutReview', range: '2:25-2:35', rules: [23], covered: 'extendable' }] },
        { name: 'an extendable requirement, with neither its own review nor the order\'s', code: `order "F-3".
in force for 12 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, extendable by up to 1 month.
condition "Live at 1 Road", for 6 months, extendable.
`, findings: [
            { messageId: 'measureWithoutReview', range: '3:69-3:96', rules: [23], covered: 'extendable by up to 1 month' },
            { messageId: 'measureWithoutReview', range: '4:43-4:53', rules: [23], covered: 'extendable',
                message: `This condition can be extended, and neither it nor the order states a regular review; ${REVIEW}: state how often, e.g. \`extendable by up to 1 month, reviewed every 1 month\` (Rule 23)` }
        ] },
        { name: 'a requirement\'s own review does not cover the extendable order', code: `order "F-4".
in force for 12 months, extendable by up to 6 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, reviewed every 1 month.
`, findings: [{ messageId: 'orderWithoutReview', range: '2:25-2:53', rules: [23], covered: 'extendable by up to 6 months' }] },
        { name: 'a template\'s extendable requirement applied in an order with no review', code: `${TEMPLATES}
order "F-5".
in force for 12 months.
apply extendable-curfew with address "1 Road", length 2 months.
apply reviewed-curfew with address "1 Road".
`, findings: [{ messageId: 'templateMeasureWithoutReview', range: '9:7-9:24', rules: [23], covered: 'extendable-curfew' }] },
        { name: 'explains the missing review on the order, a requirement and a template\'s requirement', code: `${TEMPLATES}
order "F-6".
in force for 12 months, extendable.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, extendable.
apply extendable-curfew with address "1 Road".
`, findings: [
            { messageId: 'orderWithoutReview', range: '8:25-8:35', rules: [23], severity: 'warning',
                message: `The order can be extended but states no regular review, so nothing is set to check whether the extension is still needed; ${REVIEW}: state how often, e.g. \`in force for 12 months, extendable by up to 6 months, reviewed every 3 months.\` (Rule 23)` },
            { messageId: 'measureWithoutReview', range: '9:69-9:79', rules: [23], severity: 'warning',
                message: `This curfew requirement can be extended, and neither it nor the order states a regular review; ${REVIEW}: state how often, e.g. \`extendable by up to 1 month, reviewed every 1 month\` (Rule 23)` },
            { messageId: 'templateMeasureWithoutReview', range: '10:7-10:24', rules: [23], severity: 'warning',
                message: `The curfew requirement brought in by 'extendable-curfew' can be extended, and neither it nor the order states a regular review; ${REVIEW}: state how often the order is reviewed, e.g. \`in force for 12 months, reviewed every 3 months.\` (Rule 23)` }
        ] },
        { name: 'a template in another file: the finding is shown on the apply clause', code: { files: IN_ANOTHER_FILE, main: 'order.sanction' }, findings: [
            { messageId: 'templateMeasureWithoutReview', range: '4:7-4:24', rules: [23], covered: 'extendable-curfew' }
        ] }
    ],
    fixes: [
        { name: 'adds ", reviewed every 6 months" to the order', code: `order "X-1".
in force for 12 months, extendable by up to 6 months.
`, output: [`order "X-1".
in force for 12 months, extendable by up to 6 months, reviewed every 6 months.
`] },
        { name: 'adds ", reviewed every 6 months" to a requirement', code: `order "X-2".
in force for 12 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, extendable, on every day.
`, output: [`order "X-2".
in force for 12 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, extendable, reviewed every 6 months, on every day.
`] },
        { name: 'adds ", reviewed every 6 months" to the order\'s term, for a requirement brought in by a template', code: `${TEMPLATES}
order "X-3".
in force for 12 months.
apply extendable-curfew with address "1 Road".
`, output: [`${TEMPLATES}
order "X-3".
in force for 12 months, reviewed every 6 months.
apply extendable-curfew with address "1 Road".
`] }
    ]
});
