import { describeCheck, type FixCase } from '../check-tester.js';

const ID = 'missing-breach-consequences';
const RULES = [15, 62];

/** An order whose breach section is the given lines (none: no section at all), before its rights. */
function withBreach(...lines: string[]): string {
    return ['order "B-1".', 'in force for 12 months.', 'requirement unpaid work, 80 hours.',
        ...(lines.length ? ['on breach:', ...lines.map(l => `  ${l}`)] : []),
        'rights:', '  appeal to "Court of Appeal" within 28 days.'].join('\n') + '\n';
}

const WARNING = 'minor non-compliance leads to a warning.';
const REFERRAL = 'significant non-compliance leads to referral to the deciding authority.';
const HEARING_AND_CREDIT = ['hearing before "X" with legal assistance and access to the documents.', 'credit for time complied.'];
const EMPTY = withBreach('').replace('on breach:\n  \n', 'on breach:\n');

const fixes: FixCase[] = [
    { name: 'a new breach section goes before the rights', code: withBreach(),
        output: [[
            'order "B-1".', 'in force for 12 months.', 'requirement unpaid work, 80 hours.',
            'on breach:', `  ${WARNING}`, `  ${REFERRAL}`, '',
            'rights:', '  appeal to "Court of Appeal" within 28 days.', ''].join('\n')] },
    { name: 'a new breach section goes at the end of an order with no rights',
        code: 'order "B-2".\nin force for 12 months.\n',
        output: [`order "B-2".\nin force for 12 months.\n\non breach:\n  ${WARNING}\n  ${REFERRAL}\n`] },
    { name: 'the consequences go after a hearing and credit', code: withBreach(...HEARING_AND_CREDIT),
        output: [withBreach(...HEARING_AND_CREDIT, WARNING, REFERRAL)] },
    { name: 'the consequences go into an empty breach section', code: EMPTY,
        output: [withBreach(WARNING, REFERRAL)] },
    { name: 'significant non-compliance goes after minor non-compliance', code: withBreach(WARNING),
        output: [withBreach(WARNING, REFERRAL)] }
];

describeCheck(ID, {
    valid: [
        { name: 'breach steps on lines of their own: a warning after hearing, then a report to the court', code: withBreach('a warning after hearing the person.', 'a written report to the court within 10 working days.') },
        { name: 'minor and significant non-compliance', code: withBreach('minor non-compliance leads to a formal warning.', REFERRAL) },
        { name: 'any non-compliance', code: withBreach('any non-compliance leads to referral to the deciding authority.') },
        { name: 'minor non-compliance and the deciding authority\'s options', code: withBreach(WARNING, 'the deciding authority may order modification or revocation.') },
        { name: 'a consequence in free text', code: withBreach('"A breach is reported to the court, which decides what follows.".') },
        // What each fix leaves has no finding of this check at all.
        ...fixes.flatMap(c => c.output.map(code => ({ name: `after the fix: ${c.name}`, code })))
    ],
    invalid: [
        { name: 'no breach section', code: withBreach(), findings: [{
            messageId: 'noSection', range: '1:7-1:12', rules: RULES, covered: '"B-1"', severity: 'warning',
            message: 'The order does not state what follows if the person does not comply; Rule 15 asks that the consequences of non-compliance be set out as clearly as the conditions, and Rule 62 gives the person the right to be told them: consider stating them, e.g. `on breach:` with `minor non-compliance leads to a warning.` and `significant non-compliance leads to referral to the deciding authority.` (Rules 15 and 62)'
        }] },
        { name: 'a breach section with a hearing and credit only', code: withBreach(...HEARING_AND_CREDIT), findings: [{
            messageId: 'noConsequence', range: '4:1-4:10', rules: RULES, covered: 'on breach', severity: 'warning',
            message: 'The breach section does not state any consequence of non-compliance; Rule 15 asks that the consequences of non-compliance be set out as clearly as the conditions, and Rule 62 gives the person the right to be told them: consider stating them, e.g. `minor non-compliance leads to a warning.` and `significant non-compliance leads to referral to the deciding authority.` (Rules 15 and 62)'
        }] },
        { name: 'an empty breach section', code: EMPTY, findings: [{
            messageId: 'noConsequence', range: '4:1-4:10', rules: RULES, covered: 'on breach', severity: 'warning'
        }] },
        { name: 'minor non-compliance only', code: withBreach(WARNING), findings: [{
            messageId: 'minorOnly', range: '4:1-4:10', rules: RULES, covered: 'on breach', severity: 'warning',
            message: 'The breach section states only what follows minor non-compliance; Rule 62 gives the person the right to know when non-compliance can bring them back before the deciding authority: consider stating it, e.g. `significant non-compliance leads to referral to the deciding authority.` (Rules 15 and 62)'
        }] }
    ],
    fixes
});
