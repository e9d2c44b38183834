import { isDecidingAuthority, isImplementingAuthority } from '../../generated/ast.js';
import { defineCheck } from '../../core/check.js';
import { clauseOf } from '../../model/order-model.js';
import { addOrderClause } from '../fixes/sections.js';

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 16: the law lays down which authorities decide on imposing, modifying and revoking
 *   community sanctions and measures.
 * - Rule 17, first sentence: the law lays down which authorities carry them out.
 * - Rule 67, first sentence: modifying or revoking is decided by an authority defined by law.
 *
 * The order is where the person learns which of those authorities acts in their case: without
 * `decided by "…"` they do not know who imposed the measure and who can modify or revoke it (Rules
 * 16 and 67); without `implemented by "…"` they do not know who carries it out (Rule 17). Each
 * missing authority is its own finding, on the order's case reference.
 */
export const missingAuthority = defineCheck({
    id: 'missing-authority',
    title: 'Deciding or implementing authority not named',
    family: 'rights',
    rules: [16, 17, 67],
    severity: 'warning',
    summary: 'Finds orders that do not name the deciding authority or the implementing authority.',
    basis: [
        { rule: 16, chapter: 'II', clause: 'whole Rule', carries: 'the law designates the authorities that decide on imposing, modifying and revoking a sanction or measure' },
        { rule: 17, chapter: 'II', clause: 'first sentence', carries: 'the law designates the authorities that carry out sanctions and measures' },
        { rule: 67, chapter: 'VI', clause: 'first sentence', carries: 'modification or revocation is decided by an authority that the law defines' }
    ],
    visit: {
        Order(order, context) {
            if (!clauseOf(order, isDecidingAuthority)) {
                context.report({
                    node: order,
                    property: 'caseReference',
                    message: 'The order does not name its deciding authority, the body that imposed it and that can modify or revoke it: add "decided by"',
                    rules: [16, 67],
                    fixes: addOrderClause(order, ['MadeOn'], 'decided by "…".', context, 'Name the deciding authority')
                });
            }
            if (!clauseOf(order, isImplementingAuthority)) {
                context.report({
                    node: order,
                    property: 'caseReference',
                    message: 'The order does not name its implementing authority, the body that carries it out: add "implemented by"',
                    rules: [17],
                    fixes: addOrderClause(order, ['DecidingAuthority', 'MadeOn'], 'implemented by "…".', context, 'Name the implementing authority')
                });
            }
        }
    }
});
