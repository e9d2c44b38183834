import { describeCheck, type FixCase } from '../check-tester.js';
import { withBreach } from '../helpers.js';

const ID = 'minor-breach-escalation';

const fixes: FixCase[] = [
    { name: 'a formal warning takes the place of revocation', code: withBreach('minor non-compliance leads to revocation.'),
        output: [withBreach('minor non-compliance leads to a formal warning.')] },
    { name: 'the other consequence stays in the place of imprisonment', code: withBreach('minor non-compliance leads to a warning or imprisonment.'),
        output: [withBreach('minor non-compliance leads to a warning.')] },
    { name: 'a formal warning takes the place of recall', code: withBreach('minor non-compliance leads to recall to prison.'),
        output: [withBreach('minor non-compliance leads to a formal warning.')] },
    { name: 'a formal warning takes the place of custody in free text', code: withBreach('minor non-compliance leads to "a short spell in custody".'),
        output: [withBreach('minor non-compliance leads to a formal warning.')] },
    { name: 'both escalations go, from either finding (the first)', code: withBreach('minor non-compliance leads to a warning, revocation or imprisonment.'),
        finding: 0, output: [withBreach('minor non-compliance leads to a warning.')] },
    { name: 'both escalations go, from either finding (the second)', code: withBreach('minor non-compliance leads to a warning, revocation or imprisonment.'),
        finding: 1, output: [withBreach('minor non-compliance leads to a warning.')] },
    { name: 'the other consequences stay, joined by "or"', code: withBreach('minor non-compliance leads to a warning, additional requirements, revocation or imprisonment.'),
        finding: 0, output: [withBreach('minor non-compliance leads to a warning or additional requirements.')] },
    { name: 'the other consequences stay, from the second finding too', code: withBreach('minor non-compliance leads to a warning, additional requirements, revocation or imprisonment.'),
        finding: 1, output: [withBreach('minor non-compliance leads to a warning or additional requirements.')] },
    { name: 'a formal warning for any non-compliance, with no rule for minor lapses', code: withBreach('any non-compliance leads to revocation.'),
        output: [withBreach('any non-compliance leads to a formal warning.')] }
];

describeCheck(ID, {
    valid: [
        { name: 'a warning for minor non-compliance', code: withBreach(
            'minor non-compliance leads to a formal warning.',
            'significant non-compliance leads to referral to the deciding authority.') },
        { name: 'revocation kept for significant non-compliance', code: withBreach('significant non-compliance leads to revocation.') },
        { name: 'a referral for minor non-compliance (the authority weighs it)', code: withBreach('minor non-compliance leads to referral to the deciding authority.') },
        { name: 'any non-compliance to revocation, with minor lapses handled on their own', code: withBreach(
            'minor non-compliance leads to a warning.',
            'any non-compliance leads to revocation.') },
        { name: 'negated wording', code: withBreach('minor non-compliance leads to "no revocation, a talk with the supervisor".') },
        // What each fix leaves has no finding of this check at all.
        ...fixes.flatMap(c => c.output.map(code => ({ name: `after the fix: ${c.name}`, code })))
    ],
    invalid: [
        { name: 'minor non-compliance to revocation', code: withBreach('minor non-compliance leads to revocation.'), findings: [{
            messageId: 'minor', range: '4:33-4:43', rules: [64], covered: 'revocation', severity: 'warning',
            message: 'Minor non-compliance leads to revocation, which sends small lapses to the procedure that ends the measure; Rule 64 asks that they be dealt with promptly by discretionary means or an administrative procedure: write `minor non-compliance leads to a formal warning.`, and keep revocation for significant non-compliance (Rule 64)'
        }] },
        { name: 'minor non-compliance to imprisonment', code: withBreach('minor non-compliance leads to a warning or imprisonment.'),
            findings: [{ messageId: 'minor', range: '4:46-4:58', rules: [64], covered: 'imprisonment', severity: 'warning' }] },
        { name: 'minor non-compliance to recall', code: withBreach('minor non-compliance leads to recall to prison.'),
            findings: [{ messageId: 'minor', range: '4:33-4:49', rules: [64], covered: 'recall to prison', severity: 'warning' }] },
        { name: 'minor non-compliance to custody in free text', code: withBreach('minor non-compliance leads to "a short spell in custody".'),
            findings: [{ messageId: 'minor', range: '4:33-4:59', rules: [64], covered: '"a short spell in custody"', severity: 'warning' }] },
        { name: 'two escalations', code: withBreach('minor non-compliance leads to a warning, revocation or imprisonment.'), findings: [
            { messageId: 'minor', range: '4:44-4:54', rules: [64], covered: 'revocation', severity: 'warning' },
            { messageId: 'minor', range: '4:58-4:70', rules: [64], covered: 'imprisonment', severity: 'warning' }
        ] },
        { name: 'any non-compliance to revocation, with no rule for minor lapses', code: withBreach('any non-compliance leads to revocation.'), findings: [{
            messageId: 'any', range: '4:31-4:41', rules: [64], covered: 'revocation', severity: 'warning',
            message: 'Any non-compliance, however minor, leads to revocation, which sends small lapses to the procedure that ends the measure; Rule 64 asks that they be dealt with promptly by discretionary means or an administrative procedure: write `minor non-compliance leads to a formal warning.` beside it, or keep revocation for significant non-compliance (Rule 64)'
        }] }
    ],
    fixes
});
