import { AstUtils } from 'langium';
import type { BreachRule, Consequence } from '../../generated/ast.js';
import { isBreach, isBreachRule } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { consequenceName, isEnding } from '../../model/breach.js';

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 64, first sentence: small lapses that do not call for revoking the sanction or measure are
 *   dealt with quickly by discretionary means, or by an administrative procedure where one is
 *   needed, not by the procedure that ends the measure.
 *
 * Found: a breach rule for `minor` non-compliance whose consequences include revocation,
 * imprisonment or recall to prison (named, or in quoted wording that is not negated). A rule for
 * `any` non-compliance with such a consequence is found too when no rule of the section deals with
 * minor non-compliance on its own, since it then sends small lapses down the same road. A referral
 * to the deciding authority is not reported: it leaves the authority to weigh the lapse.
 */
export const minorBreachEscalation = defineCheck({
    id: 'minor-breach-escalation',
    title: 'Minor non-compliance leads to revocation or custody',
    family: 'breach',
    kind: 'contravenes',
    rules: [64],
    severity: 'warning',
    summary: 'Finds breach rules that send minor non-compliance straight to revocation, imprisonment or recall instead of discretionary or administrative handling.',
    basis: [
        { rule: 64, chapter: 'VI', clause: 'first sentence', modal: 'shall', carries: 'minor lapses that do not call for revocation are dealt with promptly by discretionary means or an administrative step, not by the revocation procedure' }
    ],
    messages: {
        minor: 'Minor non-compliance leads to {{consequence}}, which sends small lapses to the procedure that ends the measure; Rule 64 asks that they be dealt with promptly by discretionary means or an administrative procedure: write `minor non-compliance leads to a formal warning.`, and keep {{consequence}} for significant non-compliance',
        any: 'Any non-compliance, however minor, leads to {{consequence}}, which sends small lapses to the procedure that ends the measure; Rule 64 asks that they be dealt with promptly by discretionary means or an administrative procedure: write `minor non-compliance leads to a formal warning.` beside it, or keep {{consequence}} for significant non-compliance'
    },
    visit: {
        BreachRule(rule, context) {
            if (rule.level === 'significant') {
                return;
            }
            if (rule.level === 'any') {
                const breach = rule.$container;
                if (isBreach(breach) && breach.items.some(item => isBreachRule(item) && item.level === 'minor')) {
                    return; // minor lapses have a rule of their own
                }
            }
            for (const consequence of rule.consequences.filter(isEnding)) {
                context.report({
                    node: consequence,
                    messageId: rule.level === 'minor' ? 'minor' : 'any',
                    data: { consequence: consequenceName(consequence) },
                    fixes: replaceWithWarning(rule, consequence, context)
                });
            }
        }
    }
});

/**
 * Offers to keep only the consequences that are not revocation or custody, or, when there are none,
 * a formal warning in their place. One edit covers the whole list of consequences.
 */
function replaceWithWarning(rule: BreachRule, consequence: Consequence, context: CheckContext): Fix[] {
    const first = rule.consequences[0]?.$cstNode;
    const last = rule.consequences[rule.consequences.length - 1]?.$cstNode;
    if (!first || !last || AstUtils.getDocument(consequence) !== context.document) {
        return [];
    }
    const range = { start: first.range.start, end: last.range.end };
    const kept = rule.consequences.filter(other => !isEnding(other)).map(other => other.$cstNode?.text ?? '');
    if (kept.length === 0) {
        return [{ title: 'Deal with minor non-compliance by a formal warning', edits: [{ range, newText: 'a formal warning' }] }];
    }
    const list = kept.length === 1 ? kept[0] : `${kept.slice(0, -1).join(', ')} or ${kept[kept.length - 1]}`;
    const dropped = rule.consequences.filter(isEnding).map(consequenceName).join(' and ');
    return [{ title: `Remove ${dropped} for minor non-compliance`, edits: [{ range, newText: list }] }];
}
