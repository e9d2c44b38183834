import { AstUtils, GrammarUtils } from 'langium';
import type { Order } from '../../generated/ast.js';
import { isFixedTerm, isOrder, isOrderTerm } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clauseOf, type MeasureView } from '../../model/order-model.js';
import { isOpenParameter } from '../../model/values.js';

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 21 ("shall"): the authority empowered to decide sets how long a community sanction or
 *   measure lasts, as prescribed by law.
 * - Rule 23, first sentence ("ordinarily"): as a rule, a community sanction or measure is imposed
 *   for a fixed period.
 *
 * An order with no duration, or a requirement with none of its own and no order duration to fall
 * back on, leaves the person under control for a time nobody has fixed. A requirement brought in by
 * a template whose duration parameter was given no value is in the same position.
 */
export const missingDuration = defineCheck({
    id: 'missing-duration',
    title: 'Sanction or requirement without a fixed duration',
    family: 'duration',
    kind: 'contravenes',
    rules: [21, 23],
    severity: 'error',
    summary: 'Finds an order, or a requirement of an order with no overall term, that states no fixed duration or end date.',
    basis: [
        { rule: 21, chapter: 'II', clause: 'whole Rule', modal: 'shall', carries: 'the authority with the power to decide sets how long the sanction or measure lasts, as prescribed by law, so an order that says nothing leaves its length to no one' },
        { rule: 23, chapter: 'II', clause: 'first sentence', modal: 'ordinarily', carries: 'as a rule a sanction or measure is imposed for a set period of time' }
    ],
    messages: {
        orderWithoutTerm: 'The order states no duration, so it lasts for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one, e.g. `in force for 12 months.`',
        measureWithoutTerm: 'This {{measure}} has no duration of its own and the order states none, so it runs for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one for the order, e.g. `in force for 12 months.`, or for the {{measure}}, e.g. `for 6 months`',
        templateMeasureWithoutTerm: 'The {{measure}} brought in by \'{{template}}\' has no duration of its own and the order states none, so it runs for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one for the order, e.g. `in force for 12 months.`',
        parameterWithoutValue: 'The {{measure}} brought in by \'{{template}}\' takes its duration from the template parameter \'{{parameter}}\', which is given no value here, so its length is not fixed; Rules 21 and 23 ask that a sanction have a fixed duration: give the parameter a value, e.g. `{{parameter}} 6 months`'
    },
    visit: {
        Order(order, context) {
            if (!clauseOf(order, isOrderTerm)) {
                context.report({
                    node: order,
                    property: 'caseReference',
                    messageId: 'orderWithoutTerm',
                    fixes: addOrderTerm(order, context)
                });
            }
        }
    },
    visitMeasure(measure, context) {
        if (measure.inTemplate) {
            // A template's requirement takes its duration from the order that applies it.
            return;
        }
        if (measure.term) {
            if (isFixedTerm(measure.term) && isOpenParameter(measure.term.length, measure.bindings) && measure.via) {
                const parameter = measure.term.length.$type === 'ParameterRef' ? measure.term.length.parameter?.ref?.name : undefined;
                context.report({
                    node: measure.via,
                    property: 'template',
                    messageId: 'parameterWithoutValue',
                    data: { measure: measureName(measure), template: measure.via.template?.ref?.name ?? measure.via.template?.$refText ?? '', parameter: parameter ?? '' }
                });
            }
            return;
        }
        if (measure.kind?.id === 'unpaid-work' || measure.kind?.id === 'reparation' || measure.kind?.id === 'compensation') {
            // "completed within 12 months" bounds work and payments as a term would.
            if (measure.param('CompletionParameter') && !isOpenParameter(measure.param('CompletionParameter')?.period, measure.bindings)) {
                return;
            }
        }
        // A requirement without a term of its own runs with the order; it is fixed when the order's is.
        const order = measure.via?.$container ?? measure.node.$container;
        if (isOrder(order) && clauseOf(order, isOrderTerm)) {
            return;
        }
        if (measure.via) {
            context.report({
                node: measure.via,
                property: 'template',
                messageId: 'templateMeasureWithoutTerm',
                data: { measure: measureName(measure), template: measure.via.template?.ref?.name ?? measure.via.template?.$refText ?? '' }
            });
            return;
        }
        context.report({
            node: measure.node,
            keyword: measure.node.$type === 'Requirement' ? 'requirement' : 'condition',
            messageId: 'measureWithoutTerm',
            data: { measure: measureName(measure) }
        });
    }
});

/** "supervision requirement", "condition". */
function measureName(measure: MeasureView): string {
    return measure.kind ? `${measure.kind.keyword} requirement` : 'condition';
}

/** Offers "in force for 12 months." after the order's opening sentence (12 months is a placeholder). */
function addOrderTerm(order: Order, context: CheckContext): Fix[] {
    const stop = GrammarUtils.findNodeForKeyword(order.$cstNode, '.');
    if (!stop || AstUtils.getDocument(order) !== context.document) {
        return [];
    }
    const at = stop.range.end;
    return [{
        title: 'Add a duration to the order ("in force for 12 months"; set the real period)',
        edits: [{ range: { start: at, end: at }, newText: '\nin force for 12 months.' }]
    }];
}
