import type { Order } from '../../generated/ast.js';
import { isBreach, isBreachOptions, isBreachRule, isBreachStatement } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clauseOf } from '../../model/order-model.js';
import { addSection, appendToSection, onBreachRange } from '../fixes/sections.js';

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 15: what follows if the person does not keep to the conditions and obligations has to be
 *   set out as clearly and explicitly as the conditions themselves.
 * - Rule 62: when implementation starts, the person is told what non-compliance leads to, and when
 *   it can bring them back before the deciding authority.
 * - Rule 63: the implementing authority sets out clearly what happens when the person does not
 *   comply, or complies only in part.
 *
 * Found: an order with no `on breach` section; a section that states no consequence at all (only a
 * hearing or credit line); and a section that says what follows minor non-compliance only, so the
 * person is not told when they can be brought back before the deciding authority (Rule 62). A
 * breach statement in free text counts as stating a consequence: what it says is read by other
 * checks (automatic-imprisonment).
 */
export const missingBreachConsequences = defineCheck({
    id: 'missing-breach-consequences',
    title: 'Consequences of non-compliance not stated',
    family: 'breach',
    rules: [15, 62, 63],
    severity: 'warning',
    summary: 'Finds orders that do not state what follows non-compliance: no breach section, or one that states no consequence.',
    basis: [
        { rule: 15, chapter: 'II', clause: 'whole Rule', carries: 'what follows from not keeping the conditions and obligations is set out as clearly and explicitly as the conditions themselves' },
        { rule: 62, chapter: 'VI', clause: 'whole Rule', carries: 'from the start of implementation the person knows what non-compliance leads to and when it can bring them back before the deciding authority' },
        { rule: 63, chapter: 'VI', clause: 'whole Rule', carries: 'the implementing authority lays down clear procedures for what happens when the person does not comply or complies only in part' }
    ],
    visit: {
        Order(order, context) {
            if (clauseOf(order, isBreach)) {
                return;
            }
            context.report({
                node: order,
                property: 'caseReference',
                message: 'The order does not say what follows if the person does not comply: add an `on breach` section stating the consequences',
                fixes: addBreachSection(order, context)
            });
        },
        Breach(breach, context) {
            const rules = breach.items.filter(isBreachRule);
            const stated = rules.length > 0 || breach.items.some(item => isBreachOptions(item) || isBreachStatement(item));
            if (!stated) {
                context.report({
                    node: breach,
                    range: onBreachRange(breach),
                    message: 'The breach section states no consequence of non-compliance: say what minor and significant non-compliance lead to',
                    fixes: appendToSection(breach, CONSEQUENCE_LINES, context, 'State the consequences of non-compliance (check them)')
                });
                return;
            }
            const onlyMinor = rules.length > 0 && rules.every(rule => rule.level === 'minor')
                && !breach.items.some(item => isBreachOptions(item) || isBreachStatement(item));
            if (onlyMinor) {
                context.report({
                    node: breach,
                    range: onBreachRange(breach),
                    message: 'The breach section says what follows minor non-compliance only: say what significant non-compliance leads to, and when it brings the person back before the deciding authority',
                    rules: [15, 62],
                    fixes: appendToSection(breach, [SIGNIFICANT_LINE], context, 'Say what significant non-compliance leads to (check it)')
                });
            }
        }
    }
});

const SIGNIFICANT_LINE = 'significant non-compliance leads to referral to the deciding authority.';
const CONSEQUENCE_LINES = ['minor non-compliance leads to a warning.', SIGNIFICANT_LINE];

/** A fix that adds the breach section with a warning and a referral. */
function addBreachSection(order: Order, context: CheckContext): Fix[] {
    return addSection(order, 'on breach:', CONSEQUENCE_LINES, context, 'Add a breach section (check the consequences)');
}
