import { isLegalBasis } from '../../generated/ast.js';
import { defineCheck } from '../../core/check.js';
import { clausesOf } from '../../model/order-model.js';
import { addOrderClause } from '../fixes/sections.js';

/**
 * Which sentence of the cited Rule carries the finding (our paraphrase):
 * - Rule 14: the law governs whether community sanctions and measures are used, which kinds exist,
 *   how long they last and how they are carried out.
 *
 * An order that does not cite the law it is made under (`under "…"`) gives the person no way to
 * check that the sanction, its requirements and its length are ones the law provides. An `under`
 * sentence whose texts are all empty is reported on itself. Whether the law cited really provides
 * for the order is for a jurisdiction profile, not this check.
 */
export const missingLegalBasis = defineCheck({
    id: 'missing-legal-basis',
    title: 'No legal basis stated',
    family: 'rights',
    rules: [14],
    severity: 'warning',
    summary: 'Finds orders that do not cite the law that provides for the sanction or measure.',
    basis: [
        { rule: 14, chapter: 'II', clause: 'whole Rule', carries: 'whether community sanctions are used, which kinds exist, how long they last and how they are carried out are all matters governed by law' }
    ],
    visit: {
        Order(order, context) {
            const bases = clausesOf(order, isLegalBasis);
            if (bases.length === 0) {
                context.report({
                    node: order,
                    property: 'caseReference',
                    message: 'The order does not cite the law it is made under: add "under" with the statute and provisions',
                    fixes: addOrderClause(order, [], 'under "…".', context, 'Cite the law the order is made under')
                });
                return;
            }
            if (bases.every(basis => basis.laws.every(law => law.trim() === ''))) {
                context.report({
                    node: bases[0],
                    property: 'laws',
                    message: 'The order\'s legal basis is empty: name the statute and provisions it is made under'
                });
            }
        }
    }
});
