import { AstUtils } from 'langium';
import type { Extension, OrderTerm } from '../../generated/ast.js';
import { isOrder, isOrderTerm } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clauseOf } from '../../model/order-model.js';

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 23, second sentence ("shall"): where the law exceptionally lets a sanction or measure be
 *   extended, the deciding authority reviews it at regular intervals, to see whether the
 *   exceptional grounds still hold and to end it if they do not.
 *
 * An `extendable` term with no `reviewed every …` has no such regular review. The order's review
 * covers its requirements, so a requirement needs a review of its own only when the order has none.
 * (The grammar's review does not name who reviews; it is read as the deciding authority's.)
 */
export const extensionWithoutReview = defineCheck({
    id: 'extension-without-review',
    title: 'Extendable duration without review',
    family: 'duration',
    kind: 'contravenes',
    rules: [23],
    severity: 'warning',
    summary: 'Finds extendable durations with no review interval by the deciding authority.',
    basis: [
        { rule: 23, chapter: 'II', clause: 'second sentence', modal: 'shall', carries: 'where the law exceptionally allows a sanction or measure to be extended, the authority that decided it looks at it again at regular intervals and ends it once the exceptional grounds no longer hold' }
    ],
    messages: {
        orderWithoutReview: 'The order can be extended but states no regular review, so nothing is set to check whether the extension is still needed; Rule 23 asks that an extendable sanction be reviewed regularly by the deciding authority: state how often, e.g. `in force for 12 months, extendable by up to 6 months, reviewed every 3 months.`',
        measureWithoutReview: 'This {{measure}} can be extended, and neither it nor the order states a regular review; Rule 23 asks that an extendable sanction be reviewed regularly by the deciding authority: state how often, e.g. `extendable by up to 1 month, reviewed every 1 month`',
        templateMeasureWithoutReview: 'The {{measure}} brought in by \'{{template}}\' can be extended, and neither it nor the order states a regular review; Rule 23 asks that an extendable sanction be reviewed regularly by the deciding authority: state how often the order is reviewed, e.g. `in force for 12 months, reviewed every 3 months.`'
    },
    visit: {
        OrderTerm(orderTerm, context) {
            if (orderTerm.extension && !orderTerm.review) {
                context.report({
                    node: orderTerm.extension,
                    messageId: 'orderWithoutReview',
                    fixes: addReviewAfter(orderTerm.extension, context)
                });
            }
        }
    },
    visitMeasure(measure, context) {
        if (!measure.extension || measure.review || measure.inTemplate) {
            // In a template, the review may come from the order that applies it.
            return;
        }
        const order = measure.via?.$container ?? measure.node.$container;
        const orderTerm = isOrder(order) ? clauseOf(order, isOrderTerm) : undefined;
        if (orderTerm?.review) {
            return;
        }
        const what = measure.kind ? `${measure.kind.keyword} requirement` : 'condition';
        if (measure.via) {
            context.report({
                node: measure.via,
                property: 'template',
                messageId: 'templateMeasureWithoutReview',
                data: { measure: what, template: measure.via.template?.ref?.name ?? measure.via.template?.$refText ?? '' },
                fixes: addReviewToOrder(orderTerm, context)
            });
            return;
        }
        context.report({
            node: measure.extension,
            messageId: 'measureWithoutReview',
            data: { measure: what },
            fixes: addReviewAfter(measure.extension, context)
        });
    }
});

const REVIEW = ', reviewed every 6 months';

/** Offers ", reviewed every 6 months" right after the `extendable` clause (6 months is a placeholder). */
function addReviewAfter(extension: Extension, context: CheckContext): Fix[] {
    if (!extension.$cstNode || AstUtils.getDocument(extension) !== context.document) {
        return [];
    }
    const at = extension.$cstNode.range.end;
    return [{
        title: 'Add a review interval (", reviewed every 6 months"; set the real interval)',
        edits: [{ range: { start: at, end: at }, newText: REVIEW }]
    }];
}

/** For a requirement brought in by a template: a review on the order's term covers it. */
function addReviewToOrder(orderTerm: OrderTerm | undefined, context: CheckContext): Fix[] {
    const last = orderTerm?.extension ?? orderTerm?.term;
    if (!orderTerm || !last?.$cstNode || AstUtils.getDocument(orderTerm) !== context.document) {
        return [];
    }
    const at = last.$cstNode.range.end;
    return [{
        title: 'Add a review interval to the order (", reviewed every 6 months"; set the real interval)',
        edits: [{ range: { start: at, end: at }, newText: REVIEW }]
    }];
}
