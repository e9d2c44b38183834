import { describeCheck, type FixCase } from '../check-tester.js';
import { withBreach } from '../helpers.js';

const ID = 'missing-compliance-credit';
const CREDIT = 'credit for time complied.';
const REVOCATION = 'significant non-compliance leads to revocation.';

const fixes: FixCase[] = [
    { name: 'the credit line goes at the end of the breach section', code: withBreach(REVOCATION),
        output: [withBreach(REVOCATION, CREDIT)] },
    { name: 'after the deciding authority\'s options', code: withBreach('the deciding authority may order a warning, revocation or imprisonment.'),
        output: [withBreach('the deciding authority may order a warning, revocation or imprisonment.', CREDIT)] },
    { name: 'after recall to prison', code: withBreach('significant non-compliance leads to recall to prison.'),
        output: [withBreach('significant non-compliance leads to recall to prison.', CREDIT)] },
    { name: 'after custody in free text', code: withBreach('significant non-compliance leads to "custody for the rest of the term".'),
        output: [withBreach('significant non-compliance leads to "custody for the rest of the term".', CREDIT)] },
    { name: 'the credit replaces the denial', code: withBreach(REVOCATION, 'no credit for time complied.'),
        output: [withBreach(REVOCATION, CREDIT)] }
];

describeCheck(ID, {
    valid: [
        { name: 'revocation with credit', code: withBreach(REVOCATION, CREDIT) },
        { name: 'imprisonment among the options, with credit', code: withBreach('the deciding authority may order modification or imprisonment.', CREDIT) },
        { name: 'a referral only: nothing is revoked yet', code: withBreach('significant non-compliance leads to referral to the deciding authority.') },
        { name: 'modification only', code: withBreach('the deciding authority may order modification or additional requirements.') },
        { name: 'warnings only, with no credit line', code: withBreach('minor non-compliance leads to a warning.') },
        // What each fix leaves has no finding of this check at all.
        ...fixes.flatMap(c => c.output.map(code => ({ name: `after the fix: ${c.name}`, code })))
    ],
    invalid: [
        { name: 'revocation with no credit', code: withBreach(REVOCATION), findings: [{
            messageId: 'noCreditOnRevocation', range: '4:39-4:49', rules: [70], covered: 'revocation', severity: 'warning',
            message: 'Non-compliance can lead to revocation, and the order does not state that the time the person complied counts; Rule 70 asks that how far and how well the person complied be weighed when revocation is considered: consider stating it, e.g. `credit for time complied.` (Rule 70)'
        }] },
        { name: 'imprisonment among the options, with no credit', code: withBreach('the deciding authority may order a warning, revocation or imprisonment.'), findings: [{
            messageId: 'noCreditOnCustody', range: '4:61-4:73', rules: [70], covered: 'imprisonment', severity: 'warning',
            message: 'Non-compliance can lead to imprisonment, and the order does not state that the time the person complied counts; Rule 70 says that satisfactory compliance should be credited in the length of any prison term: consider stating it, e.g. `credit for time complied.` (Rule 70)'
        }] },
        { name: 'imprisonment after revocation among the options: custody first', code: withBreach('the deciding authority may order revocation or imprisonment.'),
            findings: [{ messageId: 'noCreditOnCustody', range: '4:50-4:62', rules: [70], covered: 'imprisonment', severity: 'warning' }] },
        { name: 'recall to prison with no credit', code: withBreach('significant non-compliance leads to recall to prison.'),
            findings: [{ messageId: 'noCreditOnCustody', range: '4:39-4:55', rules: [70], covered: 'recall to prison', severity: 'warning' }] },
        { name: 'custody in free text with no credit', code: withBreach('significant non-compliance leads to "custody for the rest of the term".'),
            findings: [{ messageId: 'noCreditOnCustody', range: '4:39-4:73', rules: [70], covered: '"custody for the rest of the term"', severity: 'warning' }] },
        { name: 'credit denied', code: withBreach(REVOCATION, 'no credit for time complied.'), findings: [{
            messageId: 'creditDenied', range: '5:3-5:31', rules: [70], covered: 'no credit for time complied.', severity: 'warning',
            message: 'The order denies credit for time complied, though non-compliance can lead to revocation; Rule 70 asks that compliance be weighed when revocation is considered, and says satisfactory compliance should be credited in the length of any prison term: write `credit for time complied.` instead (Rule 70)'
        }] }
    ],
    fixes
});
