import { describe, expect, it } from 'vitest';
import { ids, lint, lintWorkspace, findingsOfCheck, applyEdits } from '../helpers.js';

const ID = 'offender-pays';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "OP-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);

const warning = (line: number, text: string): Expected => ({ line, covered: text, rules: [36], severity: 'warning' });

describe(`${ID}: orders that make the person pay`, () => {
    const failing: Array<[string, string, Expected[]]> = [
        ['costs borne by the person', order('costs borne by the person.'), [warning(4, 'the person')]],
        ['a quoted payer that names the person', order('costs borne by "the person and the state".'), [warning(4, 'the person')]],
        ['a monitoring fee in a condition', condition('The person must pay the monitoring fee of 5 EUR per day'), [warning(4, 'monitoring fee')]],
        ['tests at the person\'s own expense', condition('Drug tests are carried out at the person\'s own expense'), [warning(4, 'at the person\'s own expense')]],
        ['charged for each test', condition('The person will be charged for each test'), [warning(4, 'charged for each test')]],
        ['a negation in an aside does not reach the fee', condition('The person, who has no income, must pay the monitoring fee'), [warning(4, 'monitoring fee')]],
        ['"no later than" is not a negation', condition('No later than 1 May, the person must pay the programme fee'), [warning(4, 'programme fee')]],
        ['an exception after "no fees": the excepted fee is charged', condition('No fees are charged, except the drug test fee of 10 EUR'), [warning(4, 'drug test fee')]],
        ['a negation inside quoted speech does not reach the fee', condition('Wear a badge saying \'I do not pay fees\' and pay the supervision fee'), [warning(4, 'supervision fee')]],
        ['"without delay" is not a negation', condition('Pay the costs of electronic monitoring without delay'), [warning(4, 'costs of electronic monitoring')]],
        ['a programme description with a fee', order('requirement programme, "Thinking Skills, participation fee 200 EUR", 20 sessions.'), [warning(4, 'participation fee')]],
        ['an amount on a monitoring requirement', order('requirement electronic monitoring, of location, amount 5 EUR.'), [warning(4, 'amount 5 EUR')]],
        ['compensation payable to the implementing authority', order('implemented by "Probation Service, South West".', 'requirement compensation, amount 300 EUR, payable to "Probation Service, South West".'),
            [warning(5, '"Probation Service, South West"')]],
        ['a breach statement that charges the person', order('on breach:\n  "The person then bears the costs of the additional monitoring".'), [warning(5, 'costs of the additional monitoring')]],
        ['French: surveillance fees at the person\'s charge', order('written in French.', 'condition "Les frais de surveillance électronique sont à la charge du condamné".'), [warning(5, 'frais de surveillance')]]
    ];
    it.each(failing)('%s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });
});

describe(`${ID}: orders that do not`, () => {
    const passing: Array<[string, string]> = [
        ['costs borne by the state', order('costs borne by the state.')],
        ['costs borne by the implementing authority', order('costs borne by the implementing authority.')],
        ['an exemption: "must not be required to pay"', condition('The person must not be required to pay for the monitoring')],
        ['a negated fact: "no fees are charged"', condition('No fees are charged for the drug tests')],
        ['a negated passive', condition('The monitoring fee will not be charged to the person')],
        ['the state pays', condition('The state pays for the monitoring')],
        ['borne by the state', condition('The monitoring costs are borne by the state')],
        ['free of charge', condition('Monitoring is free of charge')],
        ['waived', condition('The person is not charged for the tests; the programme fee is waived')],
        ['the person pays nothing', condition('The person pays nothing for the tests')],
        ['compensation to the victim is not an implementation cost', order('requirement compensation, amount 300 EUR, payable to "the victim", completed within 6 months.')],
        ['the victim\'s treatment costs are not implementation costs', condition('The person must pay 200 EUR towards the victim\'s treatment costs')],
        ['compensation in a condition', condition('The person must pay compensation of 300 EUR to the victim')],
        ['a quoted payer that names the state only', order('costs borne by "the Ministry of Justice".')],
        ['German: the state bears the monitoring costs', order('written in German.', 'condition "Die Kosten der Überwachung trägt der Staat".')]
    ];
    it.each(passing)('%s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });
});

describe(`${ID}: templates`, () => {
    const LIBRARY = 'template paid-monitoring(fee: text = "The person pays the tag rental"):\n  condition fee.\n';

    it('reports wording passed into a template on the argument, and a template\'s own wording where it is written', async () => {
        const text = `${LIBRARY}order "OP-T".\nin force for 6 months.\napply paid-monitoring with fee "Monitoring fees are paid by the person".\napply paid-monitoring.\n`;
        expect(await findingsOf(text)).toEqual([
            warning(1, 'tag rental'),
            warning(5, 'Monitoring fees')
        ]);
    });

    it('shows a finding of a template in another file on the apply clause', async () => {
        const results = await lintWorkspace({
            'lib.sanction': LIBRARY,
            'order.sanction': 'import "lib.sanction".\norder "OP-T2".\nin force for 6 months.\napply paid-monitoring.\n'
        });
        expect(ids(results['order.sanction'], ID)).toEqual([`${ID}@4:1-4:23`]);
        expect(results['order.sanction'].find(f => f.checkId === ID)?.message).toContain("in template 'paid-monitoring'");
    });
});

describe(`${ID}: messages and fixes`, () => {
    it('writes the message without its own citation; the core appends it', async () => {
        const [finding] = (await lint(order('costs borne by the person.'))).filter(f => f.checkId === ID);
        expect(finding.message).toBe('The order makes the person bear the costs of implementing it; implementation should be paid for by the state (Rule 36)');
    });

    it('offers "costs borne by the state", which removes the finding and still parses', async () => {
        for (const clause of ['costs borne by the person.', 'costs borne by "the person, in part".']) {
            const text = order(clause);
            const [finding] = (await lint(text)).filter(f => f.checkId === ID);
            expect(finding.fixes?.map(f => f.title)).toEqual(['Have the state bear the costs ("costs borne by the state")']);
            const fixed = applyEdits(text, finding.fixes![0].edits);
            expect(fixed).toContain('costs borne by the state.');
            const after = await lint(fixed);
            expect(after.filter(f => f.checkId === 'syntax-error')).toEqual([]);
            expect(ids(after, ID)).toEqual([]);
        }
    });
});
