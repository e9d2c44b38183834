import type { AstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { Consequence, Order, TextLiteral } from '../../generated/ast.js';
import { isBreachRule } from '../../generated/ast.js';
import { defineCheck, type CheckContext, type MessageData } from '../../core/check.js';
import type { Fix, Severity } from '../../core/finding.js';
import { orderOf } from '../../model/order-model.js';
import { resolveValue } from '../../model/values.js';
import { consequenceName, isConditionalRelease, isRecall, recallPhraseIn } from '../../model/breach.js';
import { literalOf } from '../text/literal.js';
import { replaceConsequence, stringLiteral } from '../fixes/sections.js';

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 12, second sentence: advising against automatic conversion to imprisonment does not
 *   close the option of sending back to prison a person released early on conditions who breaks
 *   them. Recall is left open for that case, and only for it.
 *
 * Under `order "…", conditional release.` a breach consequence `recall to prison` (or recall wording)
 * is what the second sentence leaves open: this check says nothing, and automatic-imprisonment
 * leaves recall alone (the tests of this check guard that). Recall only exists for someone released
 * from prison, so recall to prison in any other order is found:
 * - as an error when the order states another form (`community order`, `suspended sentence`,
 *   `probation`, `pre-trial measure`, `deferred sentence`): nobody was released from prison, so
 *   "recall" has no footing, and in a breach rule it sends the person to prison with no decision
 *   of the deciding authority, under a name that automatic-imprisonment does not read;
 * - as a warning when the order states no form: it may be a conditional release that does not say
 *   so, and the fix offers to say it.
 * Read: breach consequences and options (`recall to prison`, or quoted wording such as "returned to
 * prison"), breach statements and conditions; wording that negates the recall ("will not be
 * recalled") is not reported.
 */
export const conditionalRelease = defineCheck({
    id: 'conditional-release',
    title: 'Recall to prison outside conditional release',
    family: 'scope',
    category: 'slow',
    kind: 'contravenes',
    rules: [12],
    severity: 'warning',
    summary: 'Allows recall to prison under conditional release, and finds recall to prison in orders that are not a conditional release.',
    basis: [
        { rule: 12, chapter: 'I', clause: 'second sentence', modal: 'may', carries: 'sending back to prison a person on conditional release from imprisonment who breaks its terms stays open, which is no automatic conversion' }
    ],
    messages: {
        recall: 'Under this {{form}}, {{phrase}} treats the person as released from prison, though a {{form}} releases nobody from prison; Rule 12 leaves recall open only under conditional release from imprisonment: write `significant non-compliance leads to referral to the deciding authority.`',
        recallUnstated: 'The order does not say it is a conditional release, yet {{phrase}} sends the person back to prison; Rule 12 leaves recall open only under conditional release from imprisonment: if the person was released early from prison, write `{{header}}`; otherwise write `significant non-compliance leads to referral to the deciding authority.`',
        templateRecall: 'Under this {{form}}, the condition brought in by \'{{template}}\' speaks of {{phrase}}, treating the person as released from prison, though a {{form}} releases nobody from prison; Rule 12 leaves recall open only under conditional release from imprisonment: apply a template without it, and write `significant non-compliance leads to referral to the deciding authority.`',
        templateRecallUnstated: 'The order does not say it is a conditional release, yet the condition brought in by \'{{template}}\' speaks of {{phrase}}, which sends the person back to prison; Rule 12 leaves recall open only under conditional release from imprisonment: if the person was released early from prison, write `{{header}}`; otherwise apply a template without it'
    },
    visit: {
        Consequence(consequence, context) {
            const order = orderOf(consequence);
            if (!order || isConditionalRelease(order) || !isRecall(consequence)) {
                return;
            }
            context.report({
                node: consequence,
                messageId: order.form ? 'recall' : 'recallUnstated',
                data: dataFor(order, consequenceName(consequence)),
                severity: severityFor(order),
                fixes: [...stateForm(order, context), ...referInstead(consequence, context)]
            });
        },
        BreachStatement(statement, context) {
            const order = orderOf(statement);
            if (order && !isConditionalRelease(order)) {
                reportWording(order, statement, 'text', context);
            }
        }
    },
    visitMeasure(measure, context) {
        if (measure.inTemplate || measure.node.$type !== 'Condition') {
            return; // a template has no form: its wording is read in the order that applies it
        }
        const order = orderOf(measure.via ?? measure.node);
        if (!order || isConditionalRelease(order)) {
            return;
        }
        const text = resolveValue<TextLiteral>(measure.node.text, measure.bindings);
        if (text?.$type !== 'TextLiteral') {
            return;
        }
        const fromArgument = text.$container?.$type === 'Argument' && AstUtils.getDocument(text) === context.document;
        const found = recallPhraseIn(text.value);
        if (!measure.via || fromArgument) {
            reportWording(order, text, undefined, context);
        } else if (found) {
            context.report({
                node: measure.via,
                property: 'template',
                messageId: order.form ? 'templateRecall' : 'templateRecallUnstated',
                data: { ...dataFor(order, `"${found.phrase}"`), template: measure.via.template?.ref?.name ?? measure.via.template?.$refText ?? '' },
                severity: severityFor(order),
                fixes: stateForm(order, context)
            });
        }
    }
});

const FORM_NAMES: Record<string, string> = { probation: 'probation order' };

/** The form, the recall phrase, and the order's first sentence as a conditional release. */
function dataFor(order: Order, phrase: string): MessageData {
    const header = `order ${stringLiteral(order.caseReference ?? '…')}, conditional release.`;
    return { form: order.form ? FORM_NAMES[order.form] ?? order.form : '', phrase, header };
}

function severityFor(order: Order): Severity {
    return order.form ? 'error' : 'warning';
}

function reportWording(order: Order, node: AstNode, property: string | undefined, context: CheckContext): void {
    const literal = literalOf(node, property);
    const found = literal ? recallPhraseIn(literal.value) : undefined;
    if (!literal || !found) {
        return;
    }
    context.report({
        node,
        range: literal.range(found.start, found.end),
        messageId: order.form ? 'recall' : 'recallUnstated',
        data: dataFor(order, `"${found.phrase}"`),
        severity: severityFor(order),
        fixes: stateForm(order, context)
    });
}

/** When the order states no form: offers `, conditional release` in its first sentence. */
function stateForm(order: Order, context: CheckContext): Fix[] {
    if (order.form || AstUtils.getDocument(order) !== context.document) {
        return [];
    }
    const stop = GrammarUtils.findNodeForKeyword(order.$cstNode, '.');
    return stop ? [{
        title: 'State that the order is a conditional release (only if the person was released from prison)',
        edits: [{ range: { start: stop.range.start, end: stop.range.start }, newText: ', conditional release' }]
    }] : [];
}

/**
 * Offers a referral to the deciding authority in place of recall in a breach rule (or, among the
 * options the deciding authority may order, revocation). Where the list already holds that
 * consequence, the recall is removed instead.
 */
function referInstead(consequence: Consequence, context: CheckContext): Fix[] {
    return isBreachRule(consequence.$container)
        ? replaceConsequence(consequence, 'referral to the deciding authority', context, 'Refer the breach to the deciding authority instead', 'Remove the recall to prison')
        : replaceConsequence(consequence, 'revocation', context, 'Let the deciding authority revoke instead', 'Remove the recall to prison');
}
