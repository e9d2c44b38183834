import { describe, expect, it } from 'vitest';
import { ids, lint, lintWorkspace, findingsOfCheck, applyEachFix as applyEachFixOf, withBreach } from '../helpers.js';

const ID = 'automatic-imprisonment';

type Expected = Awaited<ReturnType<typeof findingsOfCheck>>[number];
const findingsOf = (text: string) => findingsOfCheck(text, ID);
const applyEachFix = (text: string) => applyEachFixOf(text, ID);

describe('automatic-imprisonment: breach rules', () => {
    const passing: Array<[string, string]> = [
        ['the example order\'s breach section', withBreach(
            'minor non-compliance leads to a formal warning.',
            'significant non-compliance leads to referral to the deciding authority.',
            'hearing before "Exeter Crown Court" with legal assistance and access to the documents.',
            'credit for time complied.',
            'the deciding authority may order a warning, modification, revocation or imprisonment.')],
        ['an automatic consequence that is not custody (other checks weigh it)', withBreach(
            'minor non-compliance leads automatically to a warning.')],
        ['imprisonment as an alternative beside referral to the deciding authority', withBreach(
            'significant non-compliance leads to referral to the deciding authority or imprisonment.')],
        ['a quoted consequence that is not custody', withBreach(
            'minor non-compliance leads to "a meeting with the supervisor".')]
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['leads automatically to imprisonment', withBreach(
            'significant non-compliance leads automatically to imprisonment.'),
        [{ line: 4, covered: 'automatically', rules: [12, 68] }]],
        ['leads automatically to a fine or imprisonment', withBreach(
            'any non-compliance leads automatically to a fine or imprisonment.'),
        [{ line: 4, covered: 'automatically', rules: [12, 68] }]],
        ['leads straight to imprisonment, no decision in between', withBreach(
            'significant non-compliance leads to imprisonment.',
            'minor non-compliance leads to a warning or imprisonment.'),
        [
            { line: 4, covered: 'imprisonment', rules: [12, 68] },
            { line: 5, covered: 'imprisonment', rules: [12, 68] }
        ]],
        ['a quoted custodial consequence', withBreach(
            'significant non-compliance leads to "immediate custody".'),
        [{ line: 4, covered: '"immediate custody"', rules: [12, 68] }]],
        ['a quoted custodial consequence, automatically', withBreach(
            'significant non-compliance leads automatically to "a prison sentence of 3 months".'),
        [{ line: 4, covered: 'automatically', rules: [12, 68] }]]
    ];
    it.each(failing)('fails: %s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });
});

describe('automatic-imprisonment: wording of breach statements', () => {
    const reported: Array<[string, string]> = [
        ['"If you fail to comply, you shall automatically serve the suspended sentence."', 'automatically serve the suspended sentence'],
        ['"If you do not comply, you will be imprisoned."', 'will be imprisoned'],
        ['"Any breach is converted into a custodial sentence."', 'converted into a custodial sentence'],
        ['"Non-compliance without reasonable excuse will be followed by conversion into imprisonment."', 'conversion into imprisonment'],
        ['"Breach leads automatically to custody, without a hearing."', 'automatically to custody'],
        ['"On a second breach you shall be sent to prison."', 'shall be sent to prison'],
        ['"You must serve the original sentence of imprisonment if you breach the order."', 'must serve the original sentence'],
        ['"Failure to attend: you will serve 28 days in prison."', 'will serve 28 days in prison'],
        ['"Breach results in automatic imprisonment."', 'automatic imprisonment'],
        ['"The order is automatically turned into imprisonment on breach."', 'automatically turned into imprisonment']
    ];
    it.each(reported)('reports %s', async (statement, phrase) => {
        const text = withBreach(`${statement}.`);
        expect(await findingsOf(text)).toEqual([{ line: 4, covered: phrase, rules: [12, 68] }]);
    });

    const notReported: Array<[string]> = [
        // negations and protective wording
        ['"You will not automatically be imprisoned; the court decides what follows a breach."'],
        ['"Non-compliance does not lead automatically to imprisonment."'],
        ['"There is no automatic conversion into imprisonment."'],
        ['"The order shall not be converted into a custodial sentence without a decision of the court."'],
        ['"Breach is never turned into custody by itself."'],
        ['"You cannot be imprisoned for a breach unless the court so decides after a hearing."'],
        // a decision is left to someone
        ['"If you breach the order, the court may decide that you will be imprisoned."'],
        ['"The court may order you to serve the suspended sentence."'],
        ['"Imprisonment can follow only after a hearing before the deciding authority."'],
        // recall under conditional release is another check's business
        ['"If you breach your licence conditions you will be recalled to prison."'],
        ['"On breach of the conditions of your conditional release, you will be sent back to prison."'],
        ['"A breach of licence means you will be imprisoned again."'],
        // custody words with no automatic turn
        ['"Keep away from HMP Exeter visitors\' centre."'],
        ['"You will serve your sentence in the community."']
    ];
    it.each(notReported)('does not report %s', async statement => {
        expect(await findingsOf(withBreach(`${statement}.`))).toEqual([]);
    });
});

describe('automatic-imprisonment: conditions and templates', () => {
    it('reads free-text conditions', async () => {
        const text = `order "C-1".
in force for 12 months.
condition "Attend every appointment; a missed appointment will be converted into a custodial sentence".
condition "Attend every appointment; missed appointments are not converted into a custodial sentence".
`;
        expect(await findingsOf(text)).toEqual([{ line: 3, covered: 'converted into a custodial sentence', rules: [12, 68] }]);
    });

    it('shows wording written in a template once, in the template, and wording passed as an argument where it is written', async () => {
        const text = `template warned(wording: text = "Attend, or you will be imprisoned"):
  condition wording.

order "C-2".
in force for 12 months.
apply warned.
apply warned with wording "Attend, or you shall automatically serve the suspended sentence".
`;
        expect(await findingsOf(text)).toEqual([
            { line: 1, covered: 'will be imprisoned', rules: [12, 68] },
            { line: 7, covered: 'automatically serve the suspended sentence', rules: [12, 68] }
        ]);
    });

    it('shows wording of a template in another file on the apply clause', async () => {
        const result = await lintWorkspace({
            'library.sanction': `template warned(wording: text = "Attend, or you will be imprisoned"):
  condition wording.
`,
            'order.sanction': `import "library.sanction".
order "C-3".
in force for 12 months.
apply warned.
`
        });
        expect(ids(result['library.sanction'], ID)).toEqual([`${ID}@1:49-1:67`]);
        const inOrder = result['order.sanction'].filter(f => f.checkId === ID);
        expect(ids(inOrder)).toEqual([`${ID}@4:1-4:14`]);
        expect(inOrder[0].message).toBe('"will be imprisoned" turns non-compliance into custody without a decision: say that a breach is referred to the deciding authority, which decides what follows, in template \'warned\' (Rules 12 and 68)');
    });

    it('says what is wrong in plain words', async () => {
        const findings = (await lint(withBreach(
            'significant non-compliance leads automatically to imprisonment.',
            'minor non-compliance leads to imprisonment.'))).filter(f => f.checkId === ID);
        expect(findings.map(f => [f.severity, f.message])).toEqual([
            ['error', 'Non-compliance leads automatically to imprisonment: custody may only follow a decision of the deciding authority; refer the breach to it instead (Rules 12 and 68)'],
            ['error', 'Non-compliance leads straight to imprisonment, with no decision of the deciding authority in between: refer the breach to it instead (Rules 12 and 68)']
        ]);
    });
});

describe('automatic-imprisonment: fix', () => {
    const cases: Array<[string, string, string]> = [
        ['"leads automatically to imprisonment"', withBreach('significant non-compliance leads automatically to imprisonment.'),
            withBreach('significant non-compliance leads to referral to the deciding authority.')],
        ['"leads automatically to a fine or imprisonment"', withBreach('any non-compliance leads automatically to a fine or imprisonment.'),
            withBreach('any non-compliance leads to referral to the deciding authority.')],
        ['"leads to a warning or imprisonment"', withBreach('minor non-compliance leads to a warning or imprisonment.'),
            withBreach('minor non-compliance leads to a warning or referral to the deciding authority.')]
    ];
    it.each(cases)('rewrites %s into a referral', async (_name, text, expected) => {
        expect(await applyEachFix(text)).toEqual([expected]);
    });

    it('offers no fix for free text, which needs redrafting', async () => {
        const [finding] = (await lint(withBreach('"If you do not comply, you will be imprisoned".'))).filter(f => f.checkId === ID);
        expect(finding.fixes).toBeUndefined();
    });
});
