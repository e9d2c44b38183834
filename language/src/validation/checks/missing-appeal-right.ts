import { AstUtils } from 'langium';
import type { Order } from '../../generated/ast.js';
import { isAppealRight, isRights } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clausesOf } from '../../model/order-model.js';
import { addRightsLines, appendToSection } from '../fixes/sections.js';

/**
 * Which parts of the cited Rules carry the finding (our paraphrase):
 * - Rule 25: the person can challenge before a judicial authority the decision that places them
 *   under a sanction or measure;
 * - Rule 28: the implementing authority makes information about the person's rights available.
 *
 * Rule 25 places the right on the law, not on the order: an order silent about appeal breaches
 * nothing, but the person reading it is not told where to go. The finding suggests stating the
 * route. Whether the body named is judicial is not checked in this version.
 */
export const missingAppealRight = defineCheck({
    id: 'missing-appeal-right',
    title: 'No right of appeal stated',
    family: 'rights',
    kind: 'silent',
    rules: [25, 28],
    severity: 'warning',
    summary: 'Finds orders that do not state the right to appeal to a judicial authority.',
    basis: [
        { rule: 25, chapter: 'II', clause: 'whole Rule', modal: 'shall', carries: 'the person can challenge before a judicial authority the decision that places them under a sanction or measure' },
        { rule: 28, chapter: 'III', clause: 'first sentence', modal: 'shall', carries: 'the implementing authority makes information about the person\'s rights available to them' }
    ],
    messages: {
        noRights: 'The order states no rights, so it does not tell the person how to appeal; Rule 25 gives them a challenge before a judicial authority: consider adding `rights:` with a line such as `appeal to "Crown Court" within 28 days.`',
        noAppeal: 'The order\'s rights do not say how to appeal; Rule 25 gives the person a challenge before a judicial authority: consider adding a line such as `appeal to "Crown Court" within 28 days.`'
    },
    visit: {
        Order(order, context) {
            const rights = clausesOf(order, isRights);
            if (rights.some(block => block.items.some(isAppealRight))) {
                return;
            }
            context.report({
                node: order,
                property: 'caseReference',
                messageId: rights.length > 0 ? 'noAppeal' : 'noRights',
                fixes: addAppeal(order, context)
            });
        }
    }
});

const APPEAL = 'appeal to "…" within 28 days.';

/**
 * Offers an appeal line, `appeal to "…" within 28 days.`, in the order's rights block, or a rights
 * block with that line at the end of the order. The court and the time limit are placeholders.
 */
function addAppeal(order: Order, context: CheckContext): Fix[] {
    if (!order.$cstNode || AstUtils.getDocument(order) !== context.document) {
        return [];
    }
    // The shared builders place the line where the parser reads it, also on a text with a syntax error.
    const rights = clausesOf(order, isRights)[0];
    if (rights) {
        return appendToSection(rights, [APPEAL], context, 'Add an appeal line to the rights (name the court and check the time limit)');
    }
    return addRightsLines(order, [APPEAL], context, 'Add a rights block with an appeal line (name the court and check the time limit)');
}
