import { AstUtils } from 'langium';
import type { ComplianceCredit } from '../../generated/ast.js';
import { isComplianceCredit } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { isCustodialOutcome, isEnding, outcomesOf } from '../../model/breach.js';
import { appendToSection } from '../fixes/sections.js';

/**
 * Which sentence of the cited Rule carries the finding (our paraphrase):
 * - Rule 70, first sentence: when revocation is being considered, how far and how well the person
 *   has kept to the conditions so far is taken into account.
 * - Rule 70, second sentence: when a breach ends in imprisonment, satisfactory compliance should
 *   shorten the prison term.
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
    rules: [70],
    severity: 'warning',
    summary: 'Finds breach sections that can lead to revocation or imprisonment but give no credit for the time the person complied.',
    basis: [
        { rule: 70, chapter: 'VI', clause: 'whole Rule', carries: 'when revocation is considered, how far and how well the person complied is weighed, and satisfactory compliance should shorten any resulting prison term' }
    ],
    visit: {
        Breach(breach, context) {
            // Custody first: it is what the second sentence of Rule 70 speaks about.
            const outcomes = outcomesOf(breach);
            const ending = outcomes.find(outcome => isCustodialOutcome(outcome.consequence)) ?? outcomes.find(outcome => isEnding(outcome.consequence));
            if (!ending) {
                return;
            }
            const what = ending.consequence.kind ?? `"${ending.consequence.text}"`;
            const credits = breach.items.filter(isComplianceCredit);
            if (credits.some(credit => !credit.none)) {
                return;
            }
            const denied = credits[0];
            if (denied) {
                context.report({
                    node: denied,
                    message: `The order denies credit for time complied, yet non-compliance can lead to ${what}: ` +
                        'what the person has already done must count when the measure is revoked or turned into custody',
                    fixes: grantCredit(denied, context)
                });
                return;
            }
            const custodial = isCustodialOutcome(ending.consequence);
            context.report({
                node: ending.consequence,
                message: `Non-compliance can lead to ${what}, but the order gives no credit for time complied: ` +
                    `say that the time the person has complied counts ${custodial ? 'against any prison term' : 'when revocation is decided'}`,
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
