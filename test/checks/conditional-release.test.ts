import { describe, expect, it } from 'vitest';
import { describeCheck, type FixCase } from '../check-tester.js';
import { checkFindings, lint } from '../helpers.js';

const ID = 'conditional-release';

/** An order with the given first sentence, whose breach section is the given lines. */
function withBreach(header: string, ...lines: string[]): string {
    return [header, 'in force for 12 months.', 'on breach:', ...lines.map(l => `  ${l}`)].join('\n') + '\n';
}

const RELEASE = 'order "CR-1", conditional release.';
const RECALL = 'significant non-compliance leads to recall to prison.';
const REFERRAL = 'significant non-compliance leads to referral to the deciding authority.';
const TEMPLATE = 'template warned():\n  condition "If you miss an appointment you will be returned to prison".\n\n';

/** Recall under conditional release: Rule 12, second sentence, leaves it open. */
const allowed: Array<[string, string]> = [
    ['recall to prison', withBreach(RELEASE, RECALL)],
    ['recall to prison, automatically', withBreach(RELEASE, 'significant non-compliance leads automatically to recall to prison.')],
    ['recall among the options', withBreach(RELEASE, 'the deciding authority may order a warning or recall to prison.')],
    ['recall in free text', withBreach(RELEASE, '"If you breach your licence conditions you will be recalled to prison.".')],
    ['recall wording in a quoted consequence', withBreach(RELEASE, 'significant non-compliance leads to "being recalled to prison for the rest of the sentence".')],
    ['licence recall in a quoted consequence', withBreach(RELEASE, 'significant non-compliance leads to "revocation of the licence and return to prison".')],
    ['recall in a condition', `${RELEASE}\nin force for 12 months.\ncondition "You may be recalled to prison if you do not keep to these conditions".\n`],
    ['"return to prison"', withBreach(RELEASE, 'significant non-compliance leads to "return to prison for the rest of the sentence".')],
    ['"returned to custody"', withBreach(RELEASE, 'significant non-compliance leads to "being returned to custody".')],
    ['imprisonment under conditional release is recall', withBreach(RELEASE, 'significant non-compliance leads to imprisonment.')]
];

const fixes: FixCase[] = [
    { name: 'no stated form: say the order is a conditional release, or refer the breach instead',
        code: withBreach('order "CO-1".', RECALL),
        output: [withBreach('order "CO-1", conditional release.', RECALL), withBreach('order "CO-1".', REFERRAL)] },
    { name: 'a community order: the recall goes where the list already refers the breach',
        code: withBreach('order "CO-1", community order.', 'significant non-compliance leads to referral to the deciding authority or recall to prison.'),
        output: [withBreach('order "CO-1", community order.', REFERRAL)] },
    { name: 'a community order: a referral in the place of recall',
        code: withBreach('order "CO-1", community order.', RECALL),
        output: [withBreach('order "CO-1", community order.', REFERRAL)] },
    { name: 'a suspended sentence: revocation in the place of recall among the options',
        code: withBreach('order "CO-1", suspended sentence.', 'the deciding authority may order modification or recall to prison.'),
        output: [withBreach('order "CO-1", suspended sentence.', 'the deciding authority may order modification or revocation.')] },
    { name: 'recall in a breach statement of an order of no stated form',
        code: withBreach('order "CO-1".', '"A breach means you are recalled to prison.".'),
        output: [withBreach('order "CO-1", conditional release.', '"A breach means you are recalled to prison.".')] },
    { name: 'recall in the passive',
        code: withBreach('order "CO-1".', '"If the work is not done the person will be recalled.".'),
        output: [withBreach('order "CO-1", conditional release.', '"If the work is not done the person will be recalled.".')] },
    { name: 'recall brought in by a template, in an order of no stated form',
        code: `${TEMPLATE}order "CO-3".\napply warned.\n`,
        output: [`${TEMPLATE}order "CO-3", conditional release.\napply warned.\n`] }
];

describeCheck(ID, {
    valid: [
        ...allowed.map(([name, code]) => ({ name: `under conditional release: ${name}`, code })),
        { name: 'a community order with a referral', code: withBreach('order "CO-1", community order.', REFERRAL) },
        { name: 'recall negated', code: withBreach('order "CO-1".', '"You will not be recalled to prison: a breach goes back to the court.".') },
        { name: 'recall of something else than prison', code: withBreach('order "CO-1".', '"Your supervisor may recall the tag for maintenance.".') },
        { name: 'a template on its own: it has no form, and is read in the order that applies it', code: TEMPLATE },
        // What each fix leaves has no finding of this check at all.
        ...fixes.flatMap(c => c.output.map(code => ({ name: `after the fix: ${c.name}`, code })))
    ],
    invalid: [
        { name: 'recall in an order of no stated form', code: withBreach('order "CO-1".', RECALL), findings: [{
            messageId: 'recallUnstated', range: '4:39-4:55', rules: [12], covered: 'recall to prison', severity: 'warning',
            message: 'The order does not say it is a conditional release, yet recall to prison sends the person back to prison; Rule 12 leaves recall open only under conditional release from imprisonment: if the person was released early from prison, write `order "CO-1", conditional release.`; otherwise write `significant non-compliance leads to referral to the deciding authority.` (Rule 12)'
        }] },
        { name: 'recall in a community order', code: withBreach('order "CO-1", community order.', RECALL), findings: [{
            messageId: 'recall', range: '4:39-4:55', rules: [12], covered: 'recall to prison', severity: 'error',
            message: 'Under this community order, recall to prison treats the person as released from prison, though a community order releases nobody from prison; Rule 12 leaves recall open only under conditional release from imprisonment: write `significant non-compliance leads to referral to the deciding authority.` (Rule 12)'
        }] },
        { name: 'recall among a suspended sentence\'s options', code: withBreach('order "CO-1", suspended sentence.', 'the deciding authority may order modification or recall to prison.'),
            findings: [{ messageId: 'recall', range: '4:52-4:68', rules: [12], covered: 'recall to prison', severity: 'error' }] },
        { name: 'recall wording in a quoted consequence of a probation order', code: withBreach('order "CO-1", probation.', 'significant non-compliance leads to "being sent back to prison".'), findings: [{
            messageId: 'recall', range: '4:39-4:66', rules: [12], covered: '"being sent back to prison"', severity: 'error',
            message: 'Under this probation order, "being sent back to prison" treats the person as released from prison, though a probation order releases nobody from prison; Rule 12 leaves recall open only under conditional release from imprisonment: write `significant non-compliance leads to referral to the deciding authority.` (Rule 12)'
        }] },
        { name: 'recall in a breach statement', code: withBreach('order "CO-1".', '"A breach means you are recalled to prison.".'),
            findings: [{ messageId: 'recallUnstated', range: '4:27-4:45', rules: [12], covered: 'recalled to prison', severity: 'warning' }] },
        { name: 'recall in a breach statement, in the passive', code: withBreach('order "CO-1".', '"If the work is not done the person will be recalled.".'),
            findings: [{ messageId: 'recallUnstated', range: '4:47-4:55', rules: [12], covered: 'recalled', severity: 'warning' }] },
        { name: 'recall in a condition', code: 'order "CO-1", community order.\nin force for 12 months.\ncondition "If you miss an appointment you will be returned to prison".\n',
            findings: [{ messageId: 'recall', range: '3:51-3:69', rules: [12], covered: 'returned to prison', severity: 'error' }] },
        { name: 'recall brought in by a template, in a community order', code: `${TEMPLATE}order "CO-2", community order.\napply warned.\n`, findings: [{
            messageId: 'templateRecall', range: '5:7-5:13', rules: [12], covered: 'warned', severity: 'error',
            message: 'Under this community order, the condition brought in by \'warned\' speaks of "returned to prison", treating the person as released from prison, though a community order releases nobody from prison; Rule 12 leaves recall open only under conditional release from imprisonment: apply a template without it, and write `significant non-compliance leads to referral to the deciding authority.` (Rule 12)'
        }] },
        { name: 'recall brought in by a template, in an order of no stated form', code: `${TEMPLATE}order "CO-3".\napply warned.\n`, findings: [{
            messageId: 'templateRecallUnstated', range: '5:7-5:13', rules: [12], covered: 'warned', severity: 'warning',
            message: 'The order does not say it is a conditional release, yet the condition brought in by \'warned\' speaks of "returned to prison", which sends the person back to prison; Rule 12 leaves recall open only under conditional release from imprisonment: if the person was released early from prison, write `order "CO-3", conditional release.`; otherwise apply a template without it (Rule 12)'
        }] }
    ],
    fixes
});

describe('conditional-release: beside automatic-imprisonment', () => {
    it.each(allowed)('under conditional release automatic-imprisonment does not report recall either: %s', async (_name, text) => {
        expect((await lint(text)).filter(f => f.checkId === 'automatic-imprisonment')).toEqual([]);
    });

    it('a stated form other than conditional release is not offered the form fix', async () => {
        const [finding] = await checkFindings(withBreach('order "CO-1", community order.', '"A breach means you are recalled to prison.".'), ID);
        expect(finding.fixes ?? []).toEqual([]);
    });
});
