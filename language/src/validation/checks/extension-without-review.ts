import { AstUtils } from 'langium';
import type { Extension, OrderTerm } from '../../generated/ast.js';
import { isOrder, isOrderTerm } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clauseOf } from '../../model/order-model.js';

/**
 * Which sentence of the cited Rule carries the finding (our paraphrase):
 * - Rule 23, second sentence: where the law exceptionally lets a sanction or measure be extended,
 *   the deciding authority has to review it at regular intervals, to see whether the exceptional
 *   grounds still hold and to end it if they do not.
 *
 * An `extendable` term with no `reviewed every …` has no such regular review. The order's review
 * covers its requirements, so a requirement needs a review of its own only when the order has none.
 * (The grammar's review does not name who reviews; it is read as the deciding authority's.)
 */
export const extensionWithoutReview = defineCheck({
    id: 'extension-without-review',
    title: 'Extendable duration without review',
    family: 'duration',
    rules: [23],
    severity: 'warning',
    summary: 'Finds extendable durations with no review interval by the deciding authority.',
    basis: [
        { rule: 23, chapter: 'II', clause: 'second sentence', carries: 'where the law exceptionally allows a sanction or measure to be extended, the deciding authority reviews it at regular intervals and ends it once the exceptional grounds no longer hold' }
    ],
    visit: {
        OrderTerm(orderTerm, context) {
            if (orderTerm.extension && !orderTerm.review) {
                context.report({
                    node: orderTerm.extension,
                    message: 'The order can be extended but states no regular review: say how often the deciding authority reviews it',
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
                message: `The ${what} brought in by '${measure.via.template?.ref?.name}' can be extended, and neither it nor the order states a regular review: ` +
                    'say how often the deciding authority reviews the order',
                fixes: addReviewToOrder(orderTerm, context)
            });
            return;
        }
        context.report({
            node: measure.extension,
            message: `This ${what} can be extended, and neither it nor the order states a regular review: say how often the deciding authority reviews it`,
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
