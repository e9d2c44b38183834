import { AstUtils, GrammarUtils } from 'langium';
import type { Order } from '../../generated/ast.js';
import { isAppealRight, isRights } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clausesOf } from '../../model/order-model.js';

/**
 * Which sentence of the cited Rule carries the finding (our paraphrase):
 * - Rule 25: a suspect or offender can challenge before a judicial authority the decision that puts
 *   them under a community sanction or measure.
 *
 * The order is what the person reads; if its rights do not say where and by when to appeal, the
 * right is there in law but not in the person's hands. The check looks for an `appeal to …` line in
 * the order's rights; whether the body named is judicial is not checked in this version.
 */
export const missingAppealRight = defineCheck({
    id: 'missing-appeal-right',
    title: 'No right of appeal stated',
    family: 'rights',
    rules: [25],
    severity: 'warning',
    summary: 'Finds orders that do not state the right to appeal to a judicial authority.',
    basis: [
        { rule: 25, chapter: 'II', clause: 'whole Rule', carries: 'the person can challenge before a judicial authority the decision that places them under a sanction or measure' }
    ],
    visit: {
        Order(order, context) {
            const rights = clausesOf(order, isRights);
            if (rights.some(block => block.items.some(isAppealRight))) {
                return;
            }
            context.report({
                node: order,
                property: 'caseReference',
                message: rights.length > 0
                    ? 'The order\'s rights do not say how to appeal against it: add to which court, and within what time, the person can appeal'
                    : 'The order states no rights, so the person is not told how to appeal against it: add to which court, and within what time, the person can appeal',
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
    const rights = clausesOf(order, isRights)[0];
    if (rights?.$cstNode) {
        const last = rights.items[rights.items.length - 1]?.$cstNode;
        const header = GrammarUtils.findNodeForKeyword(rights.$cstNode, ':') ?? GrammarUtils.findNodeForKeyword(rights.$cstNode, 'rights');
        const after = last ?? header;
        if (!after) {
            return [];
        }
        const lineText = context.document.textDocument.getText({
            start: { line: after.range.start.line, character: 0 }, end: after.range.start
        });
        const indent = last ? /^\s*/.exec(lineText)?.[0] ?? '  ' : '  ';
        return [{
            title: 'Add an appeal line to the rights (name the court and check the time limit)',
            edits: [{ range: { start: after.range.end, end: after.range.end }, newText: `\n${indent}${APPEAL}` }]
        }];
    }
    const lastClause = order.clauses[order.clauses.length - 1]?.$cstNode;
    const end = (lastClause ?? GrammarUtils.findNodeForKeyword(order.$cstNode, '.'))?.range.end;
    return end ? [{
        title: 'Add a rights block with an appeal line (name the court and check the time limit)',
        edits: [{ range: { start: end, end }, newText: `\n\nrights:\n  ${APPEAL}` }]
    }] : [];
}
