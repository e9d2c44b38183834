import type { Order } from '../../generated/ast.js';
import { isDecidingAuthority, isDurationLiteral, isEarlyTermination, isFixedTerm, isOrderTerm } from '../../generated/ast.js';
import { defineCheck } from '../../core/check.js';
import { clauseOf } from '../../model/order-model.js';
import { addOrderClause, stringLiteral } from '../fixes/sections.js';

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 72, first sentence: the deciding authority can end a sanction or measure before its due
 *   date once the person has kept to its conditions and keeping them is no longer needed for its
 *   purpose; the second sentence lets the person or the implementing authority ask for this.
 *
 * Found: an order with no `early termination …` sentence. The power is the law's, not the order's,
 * so silence does not take it away: the finding is information, a hint that the person is not told
 * that good progress can end the order early and who can ask for it.
 */
export const noEarlyTermination = defineCheck({
    id: 'no-early-termination',
    title: 'No route to end the order early',
    family: 'breach',
    kind: 'silent',
    rules: [72],
    severity: 'info',
    summary: 'Finds orders that do not say how they can be ended early once their purpose is achieved (information).',
    basis: [
        { rule: 72, chapter: 'VI', clause: 'whole Rule', modal: 'shall', carries: 'the deciding authority can end a sanction or measure early once the person has kept its conditions and they no longer serve its purpose, on the application of the person or the implementing authority' }
    ],
    messages: {
        noEarlyTermination: 'The order does not state that it can be ended early; Rule 72 gives the person the chance of early termination by the deciding authority once they have kept to its conditions and these no longer serve its purpose, and lets them apply for it: consider stating it, e.g. `{{line}}`'
    },
    visit: {
        Order(order, context) {
            if (clauseOf(order, isEarlyTermination)) {
                return;
            }
            const authority = clauseOf(order, isDecidingAuthority)?.name;
            const after = halfway(order);
            const line = `early termination by ${stringLiteral(authority ?? '…')}${after ? ` after ${after}` : ''}, when "all requirements are met".`;
            context.report({
                node: order,
                property: 'caseReference',
                messageId: 'noEarlyTermination',
                data: { line },
                fixes: addOrderClause(order, ['OrderTerm', 'MadeOn'], line, context, 'Say how the order can be ended early (check the authority and the period)')
            });
        }
    }
});

/** Half the order's term, when it is a whole number of months or years of at least two months. */
function halfway(order: Order): string | undefined {
    const term = clauseOf(order, isOrderTerm)?.term;
    const length = isFixedTerm(term) && isDurationLiteral(term.length) ? term.length : undefined;
    if (!length) {
        return undefined;
    }
    const months = /^years?$/.test(length.unit) ? length.value * 12 : /^months?$/.test(length.unit) ? length.value : undefined;
    if (months === undefined || months < 2) {
        return undefined;
    }
    const half = Math.floor(months / 2);
    // Only a figure the language reads back: JavaScript prints a huge one as "1e+23" or "Infinity".
    if (!Number.isSafeInteger(half)) {
        return undefined;
    }
    return `${half} ${half === 1 ? 'month' : 'months'}`;
}
