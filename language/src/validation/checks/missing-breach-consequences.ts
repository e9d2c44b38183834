import { isBreach, isBreachOptions, isBreachRule, isBreachStatement, isBreachStep } from '../../generated/ast.js';
import { defineCheck } from '../../core/check.js';
import { clauseOf } from '../../model/order-model.js';
import { addSection, appendToSection, onBreachRange } from '../fixes/sections.js';

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 15, its second half: the consequences of not keeping to the conditions and obligations
 *   are to be set out as clearly and explicitly as the conditions themselves.
 * - Rule 62: when implementation starts, the person is told what non-compliance leads to, and when
 *   it can bring them back before the deciding authority.
 *
 * Both Rules are addressed to the law and to the implementing authority: an order silent about
 * breach breaches neither, but the person reading it cannot see what follows a breach. The finding
 * suggests stating it.
 *
 * Found: an order with no `on breach` section; a section that states no consequence at all (only a
 * hearing or credit line); and a section that says what follows minor non-compliance only, so the
 * person is not told when they can be brought back before the deciding authority (Rule 62). A
 * breach statement in free text, and a breach step (a warning after hearing, a report to the court),
 * counts as stating a consequence: what a free-text statement says is read by other
 * checks (automatic-imprisonment).
 */
export const missingBreachConsequences = defineCheck({
    id: 'missing-breach-consequences',
    title: 'Consequences of non-compliance not stated',
    family: 'breach',
    kind: 'silent',
    rules: [15, 62],
    severity: 'warning',
    summary: 'Finds orders that do not state what follows non-compliance: no breach section, or one that states no consequence.',
    basis: [
        { rule: 15, chapter: 'II', clause: 'consequences of non-compliance (second half of the sentence)', modal: 'shall', carries: 'what follows from not keeping the conditions and obligations is set out as clearly and explicitly as the conditions themselves' },
        { rule: 62, chapter: 'VI', clause: 'whole Rule', modal: 'shall', carries: 'from the start of implementation the person knows what non-compliance leads to and when it can bring them back before the deciding authority' }
    ],
    messages: {
        noSection: 'The order does not state what follows if the person does not comply; Rule 15 asks that the consequences of non-compliance be set out as clearly as the conditions, and Rule 62 gives the person the right to be told them: consider stating them, e.g. `on breach:` with `minor non-compliance leads to a warning.` and `significant non-compliance leads to referral to the deciding authority.`',
        noConsequence: 'The breach section does not state any consequence of non-compliance; Rule 15 asks that the consequences of non-compliance be set out as clearly as the conditions, and Rule 62 gives the person the right to be told them: consider stating them, e.g. `minor non-compliance leads to a warning.` and `significant non-compliance leads to referral to the deciding authority.`',
        minorOnly: 'The breach section states only what follows minor non-compliance; Rule 62 gives the person the right to know when non-compliance can bring them back before the deciding authority: consider stating it, e.g. `significant non-compliance leads to referral to the deciding authority.`'
    },
    visit: {
        Order(order, context) {
            if (clauseOf(order, isBreach)) {
                return;
            }
            context.report({
                node: order,
                property: 'caseReference',
                messageId: 'noSection',
                fixes: addSection(order, 'on breach:', CONSEQUENCE_LINES, context, 'Add a breach section (check the consequences)')
            });
        },
        Breach(breach, context) {
            const rules = breach.items.filter(isBreachRule);
            const stated = rules.length > 0 || breach.items.some(item => isBreachOptions(item) || isBreachStatement(item) || isBreachStep(item));
            if (!stated) {
                context.report({
                    node: breach,
                    range: onBreachRange(breach),
                    messageId: 'noConsequence',
                    fixes: appendToSection(breach, CONSEQUENCE_LINES, context, 'State the consequences of non-compliance (check them)')
                });
                return;
            }
            const onlyMinor = rules.length > 0 && rules.every(rule => rule.level === 'minor')
                && !breach.items.some(item => isBreachOptions(item) || isBreachStatement(item) || isBreachStep(item));
            if (onlyMinor) {
                context.report({
                    node: breach,
                    range: onBreachRange(breach),
                    messageId: 'minorOnly',
                    fixes: appendToSection(breach, [SIGNIFICANT_LINE], context, 'Say what significant non-compliance leads to (check it)')
                });
            }
        }
    }
});

const SIGNIFICANT_LINE = 'significant non-compliance leads to referral to the deciding authority.';
const CONSEQUENCE_LINES = ['minor non-compliance leads to a warning.', SIGNIFICANT_LINE];
