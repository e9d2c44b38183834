import { describe, expect, it } from 'vitest';
import { describeCheck, type FixCase, type ValidCase } from '../check-tester.js';
import { lint, withBreach } from '../helpers.js';

const ID = 'automatic-imprisonment';
const RULES = [12, 67];

const fixes: FixCase[] = [
    { name: 'rewrites "leads automatically to imprisonment" into a referral',
        code: withBreach('significant non-compliance leads automatically to imprisonment.'),
        output: [withBreach('significant non-compliance leads to referral to the deciding authority.')] },
    { name: 'rewrites "leads automatically to a fine or imprisonment" into a referral',
        code: withBreach('any non-compliance leads automatically to a fine or imprisonment.'),
        output: [withBreach('any non-compliance leads to referral to the deciding authority.')] },
    { name: 'puts a referral in the place of imprisonment in "a warning or imprisonment"',
        code: withBreach('minor non-compliance leads to a warning or imprisonment.'),
        output: [withBreach('minor non-compliance leads to a warning or referral to the deciding authority.')] }
];

/** Free-text breach statements that say custody follows by itself, the phrase reported and its range. */
const reported: Array<[string, string, string]> = [
    ['"If you fail to comply, you shall automatically serve the suspended sentence."', 'automatically serve the suspended sentence', '4:37-4:79'],
    ['"If you do not comply, you will be imprisoned."', 'will be imprisoned', '4:30-4:48'],
    ['"Any breach is converted into a custodial sentence."', 'converted into a custodial sentence', '4:18-4:53'],
    ['"Non-compliance without reasonable excuse will be followed by conversion into imprisonment."', 'conversion into imprisonment', '4:65-4:93'],
    ['"Breach leads automatically to custody, without a hearing."', 'automatically to custody', '4:17-4:41'],
    ['"On a second breach you shall be sent to prison."', 'shall be sent to prison', '4:27-4:50'],
    ['"You must serve the original sentence of imprisonment if you breach the order."', 'must serve the original sentence', '4:8-4:40'],
    ['"Failure to attend: you will serve 28 days in prison."', 'will serve 28 days in prison', '4:27-4:55'],
    ['"Breach results in automatic imprisonment."', 'automatic imprisonment', '4:22-4:44'],
    ['"The order is automatically turned into imprisonment on breach."', 'automatically turned into imprisonment', '4:17-4:55']
];

/** Free-text breach statements that are not reported. */
const notReported: Array<[string, string]> = [
    ['a negation', '"You will not automatically be imprisoned; the court decides what follows a breach."'],
    ['a negated automatic turn', '"Non-compliance does not lead automatically to imprisonment."'],
    ['"no automatic conversion"', '"There is no automatic conversion into imprisonment."'],
    ['protective wording', '"The order shall not be converted into a custodial sentence without a decision of the court."'],
    ['"never"', '"Breach is never turned into custody by itself."'],
    ['"cannot … unless the court so decides"', '"You cannot be imprisoned for a breach unless the court so decides after a hearing."'],
    ['a decision left to the court ("may decide")', '"If you breach the order, the court may decide that you will be imprisoned."'],
    ['a decision left to the court ("may order")', '"The court may order you to serve the suspended sentence."'],
    ['custody only after a hearing', '"Imprisonment can follow only after a hearing before the deciding authority."'],
    ['licence recall (the conditional-release check reads it)', '"If you breach your licence conditions you will be recalled to prison."'],
    ['sent back under conditional release', '"On breach of the conditions of your conditional release, you will be sent back to prison."'],
    ['imprisoned again on breach of licence', '"A breach of licence means you will be imprisoned again."'],
    ['custody words with no automatic turn (a place)', '"Keep away from HMP Exeter visitors\' centre."'],
    ['custody words with no automatic turn (a sentence in the community)', '"You will serve your sentence in the community."']
];

const valid: ValidCase[] = [
    { name: 'the example order\'s breach section', code: withBreach(
        'minor non-compliance leads to a formal warning.',
        'significant non-compliance leads to referral to the deciding authority.',
        'hearing before "Exeter Crown Court" with legal assistance and access to the documents.',
        'credit for time complied.',
        'the deciding authority may order a warning, modification, revocation or imprisonment.') },
    { name: 'an automatic consequence that is not custody (other checks weigh it)', code: withBreach(
        'minor non-compliance leads automatically to a warning.') },
    { name: 'imprisonment as an alternative beside referral to the deciding authority', code: withBreach(
        'significant non-compliance leads to referral to the deciding authority or imprisonment.') },
    { name: 'a quoted consequence that is not custody', code: withBreach(
        'minor non-compliance leads to "a meeting with the supervisor".') },
    ...notReported.map(([name, statement]) => ({ name: `a statement: ${name}`, code: withBreach(`${statement}.`) })),
    // What each fix leaves has no finding of this check at all.
    ...fixes.flatMap(c => c.output.map(code => ({ name: `after the fix: ${c.name}`, code })))
];

const TEMPLATE = 'template warned(wording: text = "Attend, or you will be imprisoned"):\n  condition wording.\n';

describeCheck(ID, {
    valid,
    invalid: [
        { name: 'leads automatically to imprisonment', code: withBreach(
            'significant non-compliance leads automatically to imprisonment.'),
        findings: [{
            messageId: 'automatic', range: '4:36-4:49', rules: RULES, covered: 'automatically', severity: 'error',
            message: 'The breach rule makes imprisonment follow non-compliance automatically; Rule 12 advises against automatic conversion to imprisonment, and Rule 67 leaves revocation to a deciding authority after a detailed examination: write `significant non-compliance leads to referral to the deciding authority.` (Rules 12 and 67)'
        }] },
        { name: 'leads automatically to a fine or imprisonment', code: withBreach(
            'any non-compliance leads automatically to a fine or imprisonment.'),
        findings: [{ messageId: 'automatic', range: '4:28-4:41', rules: RULES, covered: 'automatically' }] },
        { name: 'leads straight to imprisonment, no decision in between', code: withBreach(
            'significant non-compliance leads to imprisonment.',
            'minor non-compliance leads to a warning or imprisonment.'),
        findings: [
            { messageId: 'direct', range: '4:39-4:51', rules: RULES, covered: 'imprisonment', severity: 'error',
                message: 'The breach rule sends the person to imprisonment with no decision of the deciding authority in between; Rule 12 advises against automatic conversion to imprisonment, and Rule 67 leaves revocation to a deciding authority after a detailed examination: write `significant non-compliance leads to referral to the deciding authority.` (Rules 12 and 67)' },
            { messageId: 'direct', range: '5:46-5:58', rules: RULES, covered: 'imprisonment' }
        ] },
        { name: 'a quoted custodial consequence', code: withBreach(
            'significant non-compliance leads to "immediate custody".'),
        findings: [{ messageId: 'direct', range: '4:39-4:58', rules: RULES, covered: '"immediate custody"' }] },
        { name: 'a quoted custodial consequence, automatically', code: withBreach(
            'significant non-compliance leads automatically to "a prison sentence of 3 months".'),
        findings: [{ messageId: 'automatic', range: '4:36-4:49', rules: RULES, covered: 'automatically' }] },
        ...reported.map(([statement, phrase, range], index) => ({
            name: `a statement: ${statement}`,
            code: withBreach(`${statement}.`),
            findings: [{
                messageId: 'wording', range, rules: RULES, covered: phrase,
                ...(index === 1 ? {
                    severity: 'error' as const,
                    message: '"will be imprisoned" makes custody follow non-compliance without a decision; Rule 12 advises against automatic conversion to imprisonment, and Rule 67 leaves revocation to a deciding authority after a detailed examination: write `significant non-compliance leads to referral to the deciding authority.` (Rules 12 and 67)'
                } : {})
            }]
        })),
        { name: 'free-text conditions (a negated one is not reported)', code: `order "C-1".
in force for 12 months.
condition "Attend every appointment; a missed appointment will be converted into a custodial sentence".
condition "Attend every appointment; missed appointments are not converted into a custodial sentence".
`, findings: [{ messageId: 'wording', range: '3:67-3:102', rules: RULES, covered: 'converted into a custodial sentence' }] },
        { name: 'wording written in a template, once in the template; wording passed as an argument where it is written', code: `${TEMPLATE}
order "C-2".
in force for 12 months.
apply warned.
apply warned with wording "Attend, or you shall automatically serve the suspended sentence".
`, findings: [
            { messageId: 'wording', range: '1:49-1:67', rules: RULES, covered: 'will be imprisoned' },
            { messageId: 'wording', range: '7:49-7:91', rules: RULES, covered: 'automatically serve the suspended sentence' }
        ] },
        { name: 'a template in another file: the wording is shown in the template\'s file',
            code: { main: 'library.sanction', files: { 'library.sanction': TEMPLATE, 'order.sanction': 'import "library.sanction".\norder "C-3".\nin force for 12 months.\napply warned.\n' } },
            findings: [{ messageId: 'wording', range: '1:49-1:67', rules: RULES, covered: 'will be imprisoned' }] },
        { name: 'a template in another file: and on the apply clause of the order',
            code: { main: 'order.sanction', files: { 'library.sanction': TEMPLATE, 'order.sanction': 'import "library.sanction".\norder "C-3".\nin force for 12 months.\napply warned.\n' } },
            findings: [{
                messageId: 'wording', range: '4:1-4:14', rules: RULES,
                message: '"will be imprisoned" makes custody follow non-compliance without a decision; Rule 12 advises against automatic conversion to imprisonment, and Rule 67 leaves revocation to a deciding authority after a detailed examination: write `significant non-compliance leads to referral to the deciding authority.`, in template \'warned\' (Rules 12 and 67)'
            }] }
    ],
    fixes
});

describe('automatic-imprisonment: free text', () => {
    it('offers no fix for free text, which needs redrafting', async () => {
        const [finding] = (await lint(withBreach('"If you do not comply, you will be imprisoned".'))).filter(f => f.checkId === ID);
        expect(finding.fixes).toBeUndefined();
    });
});
