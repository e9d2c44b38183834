import { isLegalBasis } from '../../generated/ast.js';
import { defineCheck } from '../../core/check.js';
import { clausesOf } from '../../model/order-model.js';
import { addOrderClause } from '../fixes/sections.js';

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 14: the law governs whether community sanctions and measures are used, which kinds exist,
 *   how long they last and how they are carried out.
 *
 * The Rule places the regulation on the law, not on the order: an order that does not cite its law
 * breaches nothing, but gives the person no way to check that the sanction, its requirements and
 * its length are ones the law provides. An `under` sentence whose texts are all empty is reported
 * on itself. Whether the law cited really provides for the order is for a jurisdiction profile
 * (unknown-requirement-kind, duration-over-limit), not this check.
 */
export const missingLegalBasis = defineCheck({
    id: 'missing-legal-basis',
    title: 'No legal basis stated',
    family: 'rights',
    kind: 'silent',
    rules: [14],
    severity: 'warning',
    summary: 'Finds orders that do not cite the law that provides for the sanction or measure.',
    basis: [
        { rule: 14, chapter: 'II', clause: 'whole Rule', modal: 'shall', carries: 'whether community sanctions are used, which kinds exist, how long they last and how they are carried out are all matters governed by law' }
    ],
    messages: {
        noLegalBasis: 'The order does not state the law it is made under; Rule 14 has the law govern which sanctions and measures exist, how long they last and how they are carried out, and citing it lets the person check the order against it: consider stating it, e.g. `under "Sentencing Act 2020, section 200".`',
        emptyLegalBasis: 'The order\'s legal basis names no law; Rule 14 has the law govern which sanctions and measures exist, how long they last and how they are carried out, and citing it lets the person check the order against it: consider naming the statute and provision, e.g. `under "Sentencing Act 2020, section 200".`'
    },
    visit: {
        Order(order, context) {
            const bases = clausesOf(order, isLegalBasis);
            if (bases.length === 0) {
                context.report({
                    node: order,
                    property: 'caseReference',
                    messageId: 'noLegalBasis',
                    fixes: addOrderClause(order, [], 'under "…".', context, 'Cite the law the order is made under')
                });
                return;
            }
            if (bases.every(basis => basis.laws.every(law => law.trim() === ''))) {
                context.report({ node: bases[0], property: 'laws', messageId: 'emptyLegalBasis' });
            }
        }
    }
});
