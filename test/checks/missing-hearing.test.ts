import { describeCheck, type FixCase } from '../check-tester.js';

const ID = 'missing-hearing';

/** An order decided by "Exeter Crown Court" whose breach section is the given lines. */
function withBreach(...lines: string[]): string {
    return ['order "B-1".', 'decided by "Exeter Crown Court".', 'in force for 12 months.', 'on breach:', ...lines.map(l => `  ${l}`)].join('\n') + '\n';
}

const FULL = 'hearing before "Exeter Crown Court" with legal assistance and access to the documents.';
const REVOCATION = 'significant non-compliance leads to revocation.';

const fixes: FixCase[] = [
    { name: 'adds a hearing before the deciding authority', code: withBreach(REVOCATION),
        output: [withBreach(REVOCATION, FULL)] },
    { name: 'adds a hearing after a referral', code: withBreach('minor non-compliance leads to a warning.', 'significant non-compliance leads to referral to the deciding authority.'),
        output: [withBreach('minor non-compliance leads to a warning.', 'significant non-compliance leads to referral to the deciding authority.', FULL)] },
    { name: 'adds a hearing after the deciding authority\'s options', code: withBreach('minor non-compliance leads to a warning.', 'the deciding authority may order a warning or modification.'),
        output: [withBreach('minor non-compliance leads to a warning.', 'the deciding authority may order a warning or modification.', FULL)] },
    { name: 'adds a hearing after imprisonment in free text', code: withBreach('significant non-compliance leads to "a term of imprisonment".'),
        output: [withBreach('significant non-compliance leads to "a term of imprisonment".', FULL)] },
    { name: 'adds a hearing before "…" when the order names no deciding authority',
        code: 'order "B-2".\nin force for 12 months.\non breach:\n  significant non-compliance leads to revocation.\n',
        output: ['order "B-2".\nin force for 12 months.\non breach:\n  significant non-compliance leads to revocation.\n  hearing before "…" with legal assistance and access to the documents.\n'] },
    { name: 'completes a hearing without legal assistance, keeping its authority', code: withBreach(REVOCATION, 'hearing before "Exeter Crown Court", access to the documents.'),
        output: [withBreach(REVOCATION, FULL)] },
    { name: 'completes a hearing without the documents', code: withBreach(REVOCATION, 'hearing with legal assistance.'),
        output: [withBreach(REVOCATION, 'hearing with legal assistance and access to the documents.')] },
    { name: 'completes a bare hearing', code: withBreach('significant non-compliance leads to additional requirements.', 'hearing.'),
        output: [withBreach('significant non-compliance leads to additional requirements.', 'hearing with legal assistance and access to the documents.')] }
];

describeCheck(ID, {
    valid: [
        { name: 'revocation with a full hearing', code: withBreach(REVOCATION, FULL) },
        { name: 'a hearing with the safeguards in the other order', code: withBreach(REVOCATION, 'hearing, access to the documents and with legal assistance.') },
        { name: 'warnings only: nothing is modified or revoked', code: withBreach('minor non-compliance leads to a warning.', 'any non-compliance leads to a formal warning.') },
        { name: 'a fine only', code: withBreach('significant non-compliance leads to a fine.') },
        { name: 'no breach section (missing-breach-consequences reports it)', code: 'order "B-2".\nin force for 12 months.\n' },
        { name: 'protective wording: no revocation without a hearing', code: withBreach(REVOCATION, FULL, '"No revocation without a hearing."') },
        { name: 'protective wording: not imprisoned without a hearing', code: withBreach(REVOCATION, FULL, '"You will not be imprisoned without a hearing before the court."') },
        { name: 'no hearing for lapses that change nothing', code: withBreach('minor non-compliance leads to a warning.', '"Minor lapses are dealt with without a hearing."') },
        // What each fix leaves has no finding of this check at all.
        ...fixes.flatMap(c => c.output.map(code => ({ name: `after the fix: ${c.name}`, code })))
    ],
    invalid: [
        { name: 'revocation with no hearing', code: withBreach(REVOCATION), findings: [{
            messageId: 'noHearing', range: '5:39-5:49', rules: [69], covered: 'revocation', severity: 'warning',
            message: 'Non-compliance can lead to revocation, and the order does not state that the person is heard first; Rule 69 gives the person, before a modification or revocation, the chance to see the documents and put their case, and a right to legal assistance: consider stating it, e.g. `hearing before "Exeter Crown Court" with legal assistance and access to the documents.` (Rule 69)'
        }] },
        { name: 'a referral with no hearing', code: withBreach('minor non-compliance leads to a warning.', 'significant non-compliance leads to referral to the deciding authority.'),
            findings: [{ messageId: 'noHearing', range: '6:39-6:73', rules: [69], covered: 'referral to the deciding authority', severity: 'warning' }] },
        { name: 'the deciding authority may modify, with no hearing', code: withBreach('minor non-compliance leads to a warning.', 'the deciding authority may order a warning or modification.'),
            findings: [{ messageId: 'noHearing', range: '6:49-6:61', rules: [69], covered: 'modification', severity: 'warning' }] },
        { name: 'imprisonment in free text, with no hearing', code: withBreach('significant non-compliance leads to "a term of imprisonment".'),
            findings: [{ messageId: 'noHearing', range: '5:39-5:63', rules: [69], covered: '"a term of imprisonment"', severity: 'warning' }] },
        { name: 'a hearing without legal assistance', code: withBreach(REVOCATION, 'hearing before "Exeter Crown Court", access to the documents.'), findings: [{
            messageId: 'incomplete', range: '6:3-6:10', rules: [69], covered: 'hearing', severity: 'warning',
            message: 'The hearing the order states does not give the person legal assistance; Rule 69 gives the person, before a modification or revocation, the chance to see the documents and put their case, and a right to legal assistance: consider stating it, e.g. `hearing before "Exeter Crown Court" with legal assistance and access to the documents.` (Rule 69)'
        }] },
        { name: 'a hearing without the documents', code: withBreach(REVOCATION, 'hearing with legal assistance.'), findings: [{
            messageId: 'incomplete', range: '6:3-6:10', rules: [69], covered: 'hearing', severity: 'warning',
            message: 'The hearing the order states does not give the person access to the documents; Rule 69 gives the person, before a modification or revocation, the chance to see the documents and put their case, and a right to legal assistance: consider stating it, e.g. `hearing with legal assistance and access to the documents.` (Rule 69)'
        }] },
        { name: 'a bare hearing', code: withBreach('significant non-compliance leads to additional requirements.', 'hearing.'), findings: [{
            messageId: 'incomplete', range: '6:3-6:10', rules: [69], covered: 'hearing', severity: 'warning',
            message: 'The hearing the order states does not give the person legal assistance or access to the documents; Rule 69 gives the person, before a modification or revocation, the chance to see the documents and put their case, and a right to legal assistance: consider stating it, e.g. `hearing with legal assistance and access to the documents.` (Rule 69)'
        }] },
        { name: 'words that exclude the hearing, beside revocation with no hearing line', code: withBreach(REVOCATION, '"The order may be revoked without a hearing."'), findings: [
            { messageId: 'noHearing', range: '5:39-5:49', rules: [69], covered: 'revocation', severity: 'warning' },
            { messageId: 'excluded', range: '6:29-6:46', rules: [69], covered: 'without a hearing', severity: 'warning',
                message: '"without a hearing" leaves the person without a hearing before the measure is modified or revoked; Rule 69 gives the person the chance to see the documents and put their case first, and a right to legal assistance: redraft it, and state `hearing before "Exeter Crown Court" with legal assistance and access to the documents.` (Rule 69)' }
        ] },
        { name: 'words that exclude the hearing, in a statement about custody', code: withBreach('"Breach leads automatically to custody, without a hearing."'),
            findings: [{ messageId: 'excluded', range: '5:43-5:60', rules: [69], covered: 'without a hearing', severity: 'warning' }] },
        { name: 'words that exclude the hearing, after an opening "if" clause', code: withBreach(REVOCATION, FULL, '"If you do not comply, the order is revoked without a hearing."'),
            findings: [{ messageId: 'excluded', range: '7:47-7:64', rules: [69], covered: 'without a hearing', severity: 'warning' }] },
        { name: 'words that exclude legal assistance, beside a full hearing', code: withBreach(REVOCATION, FULL, '"The person has no right to legal assistance at the revocation hearing."'), findings: [{
            messageId: 'excluded', range: '7:19-7:47', rules: [69], covered: 'no right to legal assistance', severity: 'warning',
            message: '"no right to legal assistance" leaves the person without legal assistance before the measure is modified or revoked; Rule 69 gives the person the chance to see the documents and put their case first, and a right to legal assistance: redraft it, and state `hearing before "Exeter Crown Court" with legal assistance and access to the documents.` (Rule 69)'
        }] },
        { name: 'words that exclude the documents', code: withBreach(REVOCATION, FULL, '"Revocation may be decided without access to the file."'),
            findings: [{ messageId: 'excluded', range: '7:30-7:56', rules: [69], covered: 'without access to the file', severity: 'warning' }] }
    ],
    fixes
});
