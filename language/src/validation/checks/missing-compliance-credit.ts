import { AstUtils } from 'langium';
import type { ComplianceCredit } from '../../generated/ast.js';
import { isComplianceCredit } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { consequenceName, isCustodialOutcome, isEnding, outcomesOf } from '../../model/breach.js';
import { appendToSection } from '../fixes/sections.js';

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 70, first sentence: when revocation is being considered, how far and how well the person
 *   has kept to the conditions so far is taken into account.
 * - Rule 70, second sentence: when a breach ends in imprisonment, satisfactory compliance should
 *   be credited in the length of the prison term ("should": the Rule's own word).
 *
 * The Rule speaks to the deciding authority: an order silent about credit breaches nothing, but
 * the person is not told that the time they complied counts; the finding suggests stating it. An
 * order that denies credit says the opposite of what the Rule recommends, and the finding says so.
 *
 * Found, when non-compliance can lead to revocation, imprisonment or recall to prison (a consequence
 * or an option, named or in quoted wording): no `credit for time complied` line in the breach
 * section, or a `no credit for time complied` line that denies it. A section whose consequences end
 * nothing (warnings, a referral, modification) is not reported: nothing is then being revoked.
 */
export const missingComplianceCredit = defineCheck({
    id: 'missing-compliance-credit',
    title: 'No credit for time complied',
    family: 'breach',
    kind: 'silent',
    rules: [70],
    severity: 'warning',
    summary: 'Finds breach sections that can lead to revocation or imprisonment but give no credit for the time the person complied.',
    basis: [
        { rule: 70, chapter: 'VI', clause: 'whole Rule (the credit: second sentence)', modal: 'should', carries: 'when revocation is considered, how far and how well the person complied is weighed, and satisfactory compliance should shorten any resulting prison term' }
    ],
    messages: {
        noCreditOnCustody: 'Non-compliance can lead to {{consequence}}, and the order does not state that the time the person complied counts; Rule 70 says that satisfactory compliance should be credited in the length of any prison term: consider stating it, e.g. `credit for time complied.`',
        noCreditOnRevocation: 'Non-compliance can lead to {{consequence}}, and the order does not state that the time the person complied counts; Rule 70 asks that how far and how well the person complied be weighed when revocation is considered: consider stating it, e.g. `credit for time complied.`',
        creditDenied: 'The order denies credit for time complied, though non-compliance can lead to {{consequence}}; Rule 70 asks that compliance be weighed when revocation is considered, and says satisfactory compliance should be credited in the length of any prison term: write `credit for time complied.` instead'
    },
    visit: {
        Breach(breach, context) {
            // Custody first: it is what the second sentence of Rule 70 speaks about.
            const outcomes = outcomesOf(breach);
            const ending = outcomes.find(outcome => isCustodialOutcome(outcome.consequence)) ?? outcomes.find(outcome => isEnding(outcome.consequence));
            if (!ending) {
                return;
            }
            const data = { consequence: consequenceName(ending.consequence) };
            const credits = breach.items.filter(isComplianceCredit);
            if (credits.some(credit => !credit.none)) {
                return;
            }
            const denied = credits[0];
            if (denied) {
                context.report({ node: denied, messageId: 'creditDenied', data, fixes: grantCredit(denied, context) });
                return;
            }
            context.report({
                node: ending.consequence,
                messageId: isCustodialOutcome(ending.consequence) ? 'noCreditOnCustody' : 'noCreditOnRevocation',
                data,
                fixes: appendToSection(breach, ['credit for time complied.'], context, 'Give credit for time complied')
            });
        }
    }
});

function grantCredit(credit: ComplianceCredit, context: CheckContext): Fix[] {
    if (!credit.$cstNode || AstUtils.getDocument(credit) !== context.document) {
        return [];
    }
    return [{ title: 'Give credit for time complied', edits: [{ range: credit.$cstNode.range, newText: 'credit for time complied.' }] }];
}
