import { isDecidingAuthority, isImplementingAuthority } from '../../generated/ast.js';
import { defineCheck } from '../../core/check.js';
import { clauseOf } from '../../model/order-model.js';
import { addOrderClause } from '../fixes/sections.js';

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 16: the law lays down which authorities decide on imposing, modifying and revoking
 *   community sanctions and measures, and their powers.
 * - Rule 17, first sentence: the law lays down which authorities carry them out, and their duties.
 *
 * Both Rules place the designation on the law, not on the order: an order that does not name its
 * authorities breaches neither. But the order is where the person learns which of those authorities
 * acts in their case: without `decided by "…"` they cannot see who imposed the measure and who can
 * modify or revoke it (Rule 16); without `implemented by "…"` they cannot see who carries it out
 * (Rule 17). Each missing authority is its own finding, on the order's case reference.
 */
export const missingAuthority = defineCheck({
    id: 'missing-authority',
    title: 'Deciding or implementing authority not named',
    family: 'rights',
    kind: 'silent',
    rules: [16, 17],
    severity: 'warning',
    summary: 'Finds orders that do not name the deciding authority or the implementing authority.',
    basis: [
        { rule: 16, chapter: 'II', clause: 'whole Rule', modal: 'shall', carries: 'the law designates the authorities that decide on imposing, modifying and revoking a sanction or measure, with their powers' },
        { rule: 17, chapter: 'II', clause: 'first sentence', modal: 'shall', carries: 'the law designates the authorities that carry out sanctions and measures, with their duties' }
    ],
    messages: {
        noDecidingAuthority: 'The order does not state its deciding authority; Rule 16 has the law designate the authorities that impose, modify and revoke a sanction or measure, and naming the one that acted lets the person see who can change the order: consider stating it, e.g. `decided by "Exeter Crown Court".`',
        noImplementingAuthority: 'The order does not state its implementing authority; Rule 17 has the law designate the authorities that carry out sanctions and measures, and naming the one that acts lets the person see who carries the order out: consider stating it, e.g. `implemented by "Probation Service, South West region".`'
    },
    visit: {
        Order(order, context) {
            if (!clauseOf(order, isDecidingAuthority)) {
                context.report({
                    node: order,
                    property: 'caseReference',
                    messageId: 'noDecidingAuthority',
                    rules: [16],
                    fixes: addOrderClause(order, ['MadeOn'], 'decided by "…".', context, 'Name the deciding authority')
                });
            }
            if (!clauseOf(order, isImplementingAuthority)) {
                context.report({
                    node: order,
                    property: 'caseReference',
                    messageId: 'noImplementingAuthority',
                    rules: [17],
                    fixes: addOrderClause(order, ['DecidingAuthority', 'MadeOn'], 'implemented by "…".', context, 'Name the implementing authority')
                });
            }
        }
    }
});
