import { describe, expect, it } from 'vitest';
import { lint, checkFindings, findingsOfCheck, applyEveryFix } from '../helpers.js';

const ID = 'conditional-release';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const found = (text: string) => checkFindings(text, ID);
const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });
const applyEachFix = (text: string) => applyEveryFix(text, ID);

/** An order with the given first sentence, whose breach section is the given lines. */
function withBreach(header: string, ...lines: string[]): string {
    return [header, 'in force for 12 months.', 'on breach:', ...lines.map(l => `  ${l}`)].join('\n') + '\n';
}

const RELEASE = 'order "CR-1", conditional release.';

describe('conditional-release: recall under conditional release is allowed', () => {
    const allowed: Array<[string, string]> = [
        ['recall to prison', withBreach(RELEASE, 'significant non-compliance leads to recall to prison.')],
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
    it.each(allowed)('no finding of this check: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });
    it.each(allowed)('and automatic-imprisonment does not fire either: %s', async (_name, text) => {
        expect((await lint(text)).filter(f => f.checkId === 'automatic-imprisonment')).toEqual([]);
    });

});

describe('conditional-release: recall outside conditional release', () => {
    const passing: Array<[string, string]> = [
        ['a community order with a referral', withBreach('order "CO-1", community order.', 'significant non-compliance leads to referral to the deciding authority.')],
        ['recall negated', withBreach('order "CO-1".', '"You will not be recalled to prison: a breach goes back to the court.".')],
        ['recall of something else than prison', withBreach('order "CO-1".', '"Your supervisor may recall the tag for maintenance.".')]
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['recall in an order of no stated form', withBreach('order "CO-1".', 'significant non-compliance leads to recall to prison.'),
            [{ line: 4, covered: 'recall to prison', rules: [12], severity: 'warning' }]],
        ['recall in a community order', withBreach('order "CO-1", community order.', 'significant non-compliance leads to recall to prison.'),
            [{ line: 4, covered: 'recall to prison', rules: [12], severity: 'error' }]],
        ['recall among a suspended sentence\'s options', withBreach('order "CO-1", suspended sentence.', 'the deciding authority may order modification or recall to prison.'),
            [{ line: 4, covered: 'recall to prison', rules: [12], severity: 'error' }]],
        ['recall wording in a quoted consequence', withBreach('order "CO-1", probation.', 'significant non-compliance leads to "being sent back to prison".'),
            [{ line: 4, covered: '"being sent back to prison"', rules: [12], severity: 'error' }]],
        ['recall in a breach statement', withBreach('order "CO-1".', '"A breach means you are recalled to prison.".'),
            [{ line: 4, covered: 'recalled to prison', rules: [12], severity: 'warning' }]],
        ['recall in a breach statement, in the passive', withBreach('order "CO-1".', '"If the work is not done the person will be recalled.".'),
            [{ line: 4, covered: 'recalled', rules: [12], severity: 'warning' }]],
        ['recall in a condition', 'order "CO-1", community order.\nin force for 12 months.\ncondition "If you miss an appointment you will be returned to prison".\n',
            [{ line: 3, covered: 'returned to prison', rules: [12], severity: 'error' }]]
    ];
    it.each(failing)('finds: %s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('explains that recall needs a release from prison', async () => {
        const [unstated] = await found(withBreach('order "CO-1".', 'significant non-compliance leads to recall to prison.'));
        expect(unstated.message).toBe('Non-compliance leads to recall to prison, but recall only exists for a person released early from a prison sentence, ' +
            'and the order does not say it is a conditional release: say so in its first sentence, or refer the breach to the deciding authority (Rule 12)');
        const [community] = await found(withBreach('order "CO-1", community order.', 'significant non-compliance leads to recall to prison.'));
        expect(community.message).toBe('Non-compliance leads to recall to prison, but a community order releases nobody from prison, so there is nobody to recall: ' +
            'prison can only follow a decision of the deciding authority; refer the breach to it (Rule 12)');
    });

    it.each(failing)('each fix leaves no finding of this check: %s', async (_name, text) => {
        for (const fixed of await applyEachFix(text)) {
            expect(await findingsOf(fixed)).toEqual([]);
        }
    });

    it('fixes: say the order is a conditional release, or refer the breach instead', async () => {
        expect(await applyEachFix(withBreach('order "CO-1".', 'significant non-compliance leads to recall to prison.'))).toEqual([
            withBreach('order "CO-1", conditional release.', 'significant non-compliance leads to recall to prison.'),
            withBreach('order "CO-1".', 'significant non-compliance leads to referral to the deciding authority.')
        ]);
        expect(await applyEachFix(withBreach('order "CO-1", community order.', 'significant non-compliance leads to referral to the deciding authority or recall to prison.'))).toEqual([
            withBreach('order "CO-1", community order.', 'significant non-compliance leads to referral to the deciding authority.')
        ]);
        expect(await applyEachFix(withBreach('order "CO-1", suspended sentence.', 'the deciding authority may order modification or recall to prison.'))).toEqual([
            withBreach('order "CO-1", suspended sentence.', 'the deciding authority may order modification or revocation.')
        ]);
    });

    it('a stated form other than conditional release is not offered the form fix', async () => {
        const [finding] = await found(withBreach('order "CO-1", community order.', '"A breach means you are recalled to prison.".'));
        expect(finding.fixes ?? []).toEqual([]);
    });
});
