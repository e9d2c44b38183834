import { isOrder } from '../../generated/ast.js';
import { defineCheck } from '../../core/check.js';
import { clauseOf } from '../../model/order-model.js';
import { isOrderTerm } from '../../generated/ast.js';
import { isOpenParameter } from '../../model/values.js';
import { isFixedTerm } from '../../generated/ast.js';

/**
 * Rule 21: the duration of a community sanction or measure is fixed by the deciding authority
 * within the limits of the law. Rule 23: any extension needs a review by that authority.
 * An order with no duration, or a requirement with none of its own and no order duration to
 * fall back on, leaves the person under control for a time nobody has fixed.
 */
export const missingDuration = defineCheck({
    id: 'missing-duration',
    title: 'Sanction or requirement without a fixed duration',
    family: 'duration',
    rules: [21, 23],
    severity: 'error',
    summary: 'Finds an order, or a requirement of an order with no overall term, that states no fixed duration or end date.',
    visit: {
        Order(order, context) {
            if (!clauseOf(order, isOrderTerm)) {
                context.report({
                    node: order,
                    property: 'caseReference',
                    message: 'The order states no duration: add how long it is in force ("in force for 12 months.")'
                });
            }
        }
    },
    visitMeasure(measure, context) {
        if (measure.term) {
            if (isFixedTerm(measure.term) && isOpenParameter(measure.term.length) && !measure.inTemplate) {
                context.report({ node: measure.term, message: 'The duration is a template parameter that was given no value' });
            }
            return;
        }
        // A requirement without a term of its own runs with the order; that is fixed when the order's is.
        const container = measure.via?.$container ?? measure.node.$container;
        if (isOrder(container) && clauseOf(container, isOrderTerm)) {
            return;
        }
        if (measure.inTemplate) {
            // A template's requirement takes the order's term when applied; nothing to say here.
            return;
        }
        context.report({
            node: measure.node,
            keyword: measure.node.$type === 'Requirement' ? 'requirement' : 'condition',
            message: `This ${measure.kind ? measure.kind.keyword + ' requirement' : 'condition'} has no fixed duration and the order states none`
        });
    }
});
