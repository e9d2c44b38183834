import type { AstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { Consequence, Order, TextLiteral } from '../../generated/ast.js';
import { isBreachOptions, isBreachRule } from '../../generated/ast.js';
import { defineCheck, type CheckContext, type FindingInput } from '../../core/check.js';
import type { Fix, Severity } from '../../core/finding.js';
import { orderOf } from '../../model/order-model.js';
import { resolveValue } from '../../model/values.js';
import { literalOf } from '../text/literal.js';
import { isRecall, RECALL_WORDS } from '../../model/breach.js';

/**
 * Which sentence of the cited Rule carries the finding (our paraphrase):
 * - Rule 12, second sentence: the ban on turning non-compliance into imprisonment automatically
 *   does not stop a person who was released early from prison on conditions, and who breaks them,
 *   from being sent back to prison.
 * - Rule 12, first sentence (the other side of it): outside that case, non-compliance is never
 *   turned into prison by itself.
 *
 * Under `order "…", conditional release.` a breach consequence `recall to prison` (or recall wording)
 * is what the second sentence allows: this check says nothing, and automatic-imprisonment leaves
 * recall alone (the tests of this check guard that). Recall only exists for someone released from
 * prison, so recall to prison in any other order is found:
 * - as an error when the order states another form (`community order`, `suspended sentence`,
 *   `probation`, `pre-trial measure`, `deferred sentence`): nobody was released from prison, so
 *   "recall" sends the person to prison with no decision of the deciding authority, which is what
 *   the first sentence forbids, under a name that automatic-imprisonment does not read;
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
    rules: [12],
    severity: 'warning',
    summary: 'Allows recall to prison under conditional release, and finds recall to prison in orders that are not a conditional release.',
    basis: [
        { rule: 12, chapter: 'I', clause: 'whole Rule', carries: 'non-compliance never turns a sanction or measure into imprisonment by itself, though a person released early from prison on conditions who breaks them may be sent back' }
    ],
    visit: {
        Consequence(consequence, context) {
            const order = orderOf(consequence);
            if (!order || isConditionalRelease(order) || !isRecall(consequence)) {
                return;
            }
            const what = consequence.kind ?? `"${consequence.text}"`;
            context.report({
                node: consequence,
                message: message(order, `Non-compliance leads to ${what}`),
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
        if (!measure.via || fromArgument) {
            reportWording(order, text, undefined, context);
        } else if (recallIn(text.value)) {
            context.report({
                node: measure.via,
                property: 'template',
                message: message(order, `The condition brought in by '${measure.via.template?.ref?.name}' speaks of "${recallIn(text.value)!.phrase}"`),
                severity: severityFor(order),
                fixes: stateForm(order, context)
            });
        }
    }
});

function isConditionalRelease(order: Order): boolean {
    return order.form === 'conditional release';
}

const FORM_NAMES: Record<string, string> = { probation: 'probation order' };

/** The message, after a lead such as `Non-compliance leads to recall to prison`. */
function message(order: Order, lead: string): string {
    return order.form
        ? `${lead}, but a ${FORM_NAMES[order.form] ?? order.form} releases nobody from prison, so there is nobody to recall: ` +
            'prison can only follow a decision of the deciding authority; refer the breach to it'
        : `${lead}, but recall only exists for a person released early from a prison sentence, and the order does not say it is a conditional release: ` +
            'say so in its first sentence, or refer the breach to the deciding authority';
}

function speaksOf(phrase: string): string {
    return `The order speaks of "${phrase}"`;
}

function severityFor(order: Order): Severity {
    return order.form ? 'error' : 'warning';
}

/** Recall wording in a text, unless negated just before it in its sentence. */
function recallIn(text: string): { start: number; end: number; phrase: string } | undefined {
    const match = RECALL_WORDS.exec(text);
    if (!match) {
        return undefined;
    }
    const start = match.index;
    const sentence = text.slice(Math.max(text.lastIndexOf('.', start), text.lastIndexOf(';', start), text.lastIndexOf(',', start)) + 1, start);
    const before = sentence.split(/\s+/).filter(Boolean).slice(-4).join(' ');
    if (/\b(?:not|never|no|cannot)\b|n't\b/i.test(before)) {
        return undefined;
    }
    return { start, end: start + match[0].length, phrase: match[0].replace(/\s+/g, ' ') };
}

function reportWording(order: Order, node: AstNode, property: string | undefined, context: CheckContext): void {
    const literal = literalOf(node, property);
    const found = literal ? recallIn(literal.value) : undefined;
    if (!literal || !found) {
        return;
    }
    context.report({
        node,
        range: literal.range(found.start, found.end),
        message: message(order, speaksOf(found.phrase)),
        severity: severityFor(order),
        fixes: stateForm(order, context)
    } as FindingInput);
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
    const container = consequence.$container;
    if (!consequence.$cstNode || AstUtils.getDocument(consequence) !== context.document) {
        return [];
    }
    const list = isBreachRule(container) ? container.consequences : isBreachOptions(container) ? container.options : [];
    const instead = isBreachRule(container) ? 'referral to the deciding authority' : 'revocation';
    const title = isBreachRule(container) ? 'Refer the breach to the deciding authority instead' : 'Let the deciding authority revoke instead';
    if (!list.some(other => other.kind === instead)) {
        return [{ title, edits: [{ range: consequence.$cstNode.range, newText: instead }] }];
    }
    const index = list.indexOf(consequence);
    const previous = list[index - 1]?.$cstNode;
    const next = list[index + 1]?.$cstNode;
    const range = previous
        ? { start: previous.range.end, end: consequence.$cstNode.range.end }
        : next ? { start: consequence.$cstNode.range.start, end: next.range.start } : undefined;
    return range ? [{ title: 'Remove the recall to prison', edits: [{ range, newText: '' }] }] : [];
}
