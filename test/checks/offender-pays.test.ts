import { describeCheck, type ExpectedFinding, rangeOf } from '../check-tester.js';

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "OP-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);

/** A case whose one finding covers `phrase` on `line`. */
function one(name: string, code: string, messageId: string, phrase: string, line = 4, extra: Partial<ExpectedFinding> = {}) {
    return { name, code, findings: [{ messageId, range: rangeOf(code, phrase, line), rules: [36], covered: phrase, severity: 'warning' as const, ...extra }] };
}

const LIBRARY = 'template paid-monitoring(fee: text = "The person pays the tag rental"):\n  condition fee.\n';
const WITH_ARGUMENT = `${LIBRARY}order "OP-T".\nin force for 6 months.\napply paid-monitoring with fee "Monitoring fees are paid by the person".\napply paid-monitoring.\n`;

describeCheck('offender-pays', {
    valid: [
        { name: 'costs borne by the state', code: order('costs borne by the state.') },
        { name: 'costs borne by the implementing authority', code: order('costs borne by the implementing authority.') },
        { name: 'an exemption: "must not be required to pay"', code: condition('The person must not be required to pay for the monitoring') },
        { name: 'a negated fact: "no fees are charged"', code: condition('No fees are charged for the drug tests') },
        { name: 'a negated passive', code: condition('The monitoring fee will not be charged to the person') },
        { name: 'the state pays', code: condition('The state pays for the monitoring') },
        { name: 'borne by the state', code: condition('The monitoring costs are borne by the state') },
        { name: 'free of charge', code: condition('Monitoring is free of charge') },
        { name: 'waived', code: condition('The person is not charged for the tests; the programme fee is waived') },
        { name: 'the person pays nothing', code: condition('The person pays nothing for the tests') },
        { name: 'compensation to the victim is not an implementation cost', code: order('requirement compensation, amount 300 EUR, payable to "the victim", completed within 6 months.') },
        { name: 'the victim\'s treatment costs are not implementation costs', code: condition('The person must pay 200 EUR towards the victim\'s treatment costs') },
        { name: 'compensation in a condition', code: condition('The person must pay compensation of 300 EUR to the victim') },
        { name: 'a quoted payer that names the state only', code: order('costs borne by "the Ministry of Justice".') },
        { name: 'German: the state bears the monitoring costs', code: order('written in German.', 'condition "Die Kosten der Überwachung trägt der Staat".') }
    ],
    invalid: [
        one('costs borne by the person', order('costs borne by the person.'), 'payer', 'the person', 4, {
            message: 'The order makes the person bear the costs of implementing it; Rule 36 says the person should not normally bear such costs: write `costs borne by the state.` (Rule 36)'
        }),
        one('a quoted payer that names the person', order('costs borne by "the person and the state".'), 'quotedPayer', 'the person', 4, {
            message: 'The order makes the person ("the person") bear costs of implementing it; Rule 36 says the person should not normally bear such costs: write `costs borne by the state.` (Rule 36)'
        }),
        one('a monitoring fee in a condition', condition('The person must pay the monitoring fee of 5 EUR per day'), 'fee', 'monitoring fee', 4, {
            message: '"monitoring fee" makes the person pay a direct cost of implementing the order; Rule 36 says the person should not normally bear such costs: have the state or the implementing authority pay, e.g. `costs borne by the state.` (Rule 36)'
        }),
        one('tests at the person\'s own expense', condition('Drug tests are carried out at the person\'s own expense'), 'fee', 'at the person\'s own expense'),
        one('charged for each test', condition('The person will be charged for each test'), 'fee', 'charged for each test'),
        one('a negation in an aside does not reach the fee', condition('The person, who has no income, must pay the monitoring fee'), 'fee', 'monitoring fee'),
        one('"no later than" is not a negation', condition('No later than 1 May, the person must pay the programme fee'), 'fee', 'programme fee'),
        one('an exception after "no fees": the excepted fee is charged', condition('No fees are charged, except the drug test fee of 10 EUR'), 'fee', 'drug test fee'),
        one('a negation inside quoted speech does not reach the fee', condition('Wear a badge saying \'I do not pay fees\' and pay the supervision fee'), 'fee', 'supervision fee'),
        one('"without delay" is not a negation', condition('Pay the costs of electronic monitoring without delay'), 'fee', 'costs of electronic monitoring'),
        one('a programme description with a fee', order('requirement programme, "Thinking Skills, participation fee 200 EUR", 20 sessions.'), 'fee', 'participation fee'),
        one('an amount on a monitoring requirement', order('requirement electronic monitoring, of location, amount 5 EUR.'), 'amount', 'amount 5 EUR', 4, {
            message: 'An amount of 5 EUR on this electronic monitoring requirement makes the person pay for implementing it; Rule 36 says the person should not normally bear such costs: remove the amount and write `costs borne by the state.` (Rule 36)'
        }),
        one('compensation payable to the implementing authority',
            order('implemented by "Probation Service, South West".', 'requirement compensation, amount 300 EUR, payable to "Probation Service, South West".'),
            'payee', '"Probation Service, South West"', 5, {
                message: 'This amount is payable to Probation Service, South West, which implements the order: it is a cost of implementation, not compensation; Rule 36 says the person should not normally bear such costs: make compensation payable to the victim, e.g. `requirement compensation, amount 300 EUR, payable to "the victim".` (Rule 36)'
            }),
        one('a breach statement that charges the person', order('on breach:\n  "The person then bears the costs of the additional monitoring".'), 'fee', 'costs of the additional monitoring', 5),
        one('French: surveillance fees at the person\'s charge', order('written in French.', 'condition "Les frais de surveillance électronique sont à la charge du condamné".'), 'fee', 'frais de surveillance', 5),
        {
            name: 'wording passed into a template on the argument, and a template\'s own wording where it is written',
            code: WITH_ARGUMENT,
            findings: [
                { messageId: 'fee', range: rangeOf(WITH_ARGUMENT, 'tag rental', 1), rules: [36], covered: 'tag rental' },
                { messageId: 'fee', range: rangeOf(WITH_ARGUMENT, 'Monitoring fees', 5), rules: [36], covered: 'Monitoring fees' }
            ]
        },
        {
            name: 'a finding of a template in another file, on the apply clause',
            code: { main: 'order.sanction', files: { 'lib.sanction': LIBRARY, 'order.sanction': 'import "lib.sanction".\norder "OP-T2".\nin force for 6 months.\napply paid-monitoring.\n' } },
            findings: [{
                messageId: 'fee', range: '4:1-4:23', rules: [36],
                message: '"tag rental" makes the person pay a direct cost of implementing the order; Rule 36 says the person should not normally bear such costs: have the state or the implementing authority pay, e.g. `costs borne by the state.`, in template \'paid-monitoring\' (Rule 36)'
            }]
        }
    ],
    fixes: [
        { name: 'has the state bear the costs',
            code: order('costs borne by the person.'),
            output: [order('costs borne by the state.')] },
        { name: 'replaces a quoted payer that names the person',
            code: order('costs borne by "the person, in part".'),
            output: [order('costs borne by the state.')] }
    ]
});
