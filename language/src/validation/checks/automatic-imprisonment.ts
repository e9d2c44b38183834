import type { AstNode, CstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { BreachRule, Consequence, TextLiteral } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { resolveValue } from '../../model/values.js';
import { CUSTODY_WORDS, isConditionalRelease } from '../../model/breach.js';
import { rangeOfOffsets } from '../ranges.js';
import { replaceConsequence } from '../fixes/sections.js';

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 12, first sentence: the law is not to turn a sanction or measure into imprisonment
 *   automatically when a condition or obligation is not kept. It is addressed to the law; an order
 *   clause that makes custody automatic does what the Rule advises against. The second sentence
 *   leaves recall under conditional release open, and this check leaves recall wording alone (the
 *   conditional-release check speaks about it).
 * - Rule 67: modifying or revoking is for a deciding authority set by law, which rules only after a
 *   detailed examination of the facts the implementing authority reports.
 *
 * Found: a breach rule "leads automatically to imprisonment"; a breach rule that leads straight to
 * imprisonment with no referral to the deciding authority; and free text (breach statements,
 * breach consequences, conditions) saying custody follows by itself ("shall automatically serve",
 * "will be imprisoned", "is converted into a custodial sentence"). The wording part is kept
 * conservative: negated or protective wording, wording that leaves a decision to someone
 * ("may", "decides", "hearing") and recall or licence wording are not reported.
 */
export const automaticImprisonment = defineCheck({
    id: 'automatic-imprisonment',
    title: 'Breach turned into custody without a decision',
    family: 'breach',
    kind: 'contravenes',
    rules: [12, 67],
    severity: 'error',
    summary: 'Finds breach clauses that send the person to prison automatically, without a decision of the deciding authority.',
    basis: [
        { rule: 12, chapter: 'I', clause: 'first sentence', modal: 'shall', carries: 'the law is not to turn a sanction or measure into imprisonment automatically when a condition or obligation is broken' },
        { rule: 67, chapter: 'VI', clause: 'whole Rule', modal: 'shall', carries: 'a deciding authority set by law decides on modification or revocation, and only after examining in detail the facts the implementing authority reports' }
    ],
    messages: {
        automatic: 'The breach rule makes imprisonment follow non-compliance automatically; Rule 12 advises against automatic conversion to imprisonment, and Rule 67 leaves revocation to a deciding authority after a detailed examination: write `{{level}} non-compliance leads to referral to the deciding authority.`',
        direct: 'The breach rule sends the person to imprisonment with no decision of the deciding authority in between; Rule 12 advises against automatic conversion to imprisonment, and Rule 67 leaves revocation to a deciding authority after a detailed examination: write `{{level}} non-compliance leads to referral to the deciding authority.`',
        wording: '"{{phrase}}" makes custody follow non-compliance without a decision; Rule 12 advises against automatic conversion to imprisonment, and Rule 67 leaves revocation to a deciding authority after a detailed examination: write `significant non-compliance leads to referral to the deciding authority.`'
    },
    visit: {
        BreachRule(rule, context) {
            if (isConditionalRelease(rule)) {
                return;
            }
            const custodial = rule.consequences.filter(isCustodial);
            if (custodial.length === 0) {
                return;
            }
            if (rule.automatic) {
                context.report({
                    node: rule,
                    keyword: 'automatically',
                    messageId: 'automatic',
                    data: { level: rule.level },
                    fixes: referInstead(rule, context)
                });
                return;
            }
            if (rule.consequences.some(c => c.kind === 'referral to the deciding authority')) {
                return; // the deciding authority is in between
            }
            for (const consequence of custodial) {
                context.report({
                    node: consequence,
                    messageId: 'direct',
                    data: { level: rule.level },
                    fixes: consequence.kind === 'imprisonment'
                        ? replaceConsequence(consequence, 'referral to the deciding authority', context,
                            'Refer the breach to the deciding authority instead', 'Remove the imprisonment')
                        : []
                });
            }
        },
        BreachStatement(statement, context) {
            if (isConditionalRelease(statement)) {
                return;
            }
            const cst = GrammarUtils.findNodeForProperty(statement.$cstNode, 'text');
            if (cst) {
                reportWording(statement, cst, context);
            }
        }
    },
    visitMeasure(measure, context) {
        if (measure.node.$type !== 'Condition' || isConditionalRelease(measure.via ?? measure.node)) {
            return;
        }
        const text = resolveValue<TextLiteral>(measure.node.text, measure.bindings);
        if (text?.$type !== 'TextLiteral' || !text.$cstNode) {
            return;
        }
        // Wording written in a template is checked where the template is written; an `apply` in the
        // same file would only repeat it. Wording passed as an argument is the order's own.
        const repeatsTemplate = !!measure.via && AstUtils.getDocument(measure.node) === context.document;
        const fromArgument = AstUtils.getDocument(text) === context.document && text.$container?.$type === 'Argument';
        if (!repeatsTemplate || fromArgument) {
            reportWording(text, text.$cstNode, context);
        }
    }
});

function isCustodial(consequence: Consequence): boolean {
    if (consequence.kind) {
        return consequence.kind === 'imprisonment';
    }
    const text = consequence.text ?? '';
    return CUSTODY_WORDS.test(text) && !RECALL.test(text) && !leavesDecision(text) && !NEGATION.test(text);
}

/** Offers "leads to referral to the deciding authority" in place of "leads automatically to …". */
function referInstead(rule: BreachRule, context: CheckContext): Fix[] {
    const leads = GrammarUtils.findNodeForKeyword(rule.$cstNode, 'leads');
    const last = rule.consequences[rule.consequences.length - 1]?.$cstNode;
    if (!leads || !last || AstUtils.getDocument(rule) !== context.document) {
        return [];
    }
    return [{
        title: 'Refer the breach to the deciding authority instead',
        edits: [{ range: { start: leads.range.start, end: last.range.end }, newText: 'leads to referral to the deciding authority' }]
    }];
}

/** Wording that sends the person to custody by itself. */
const AUTOMATIC_CUSTODY: readonly RegExp[] = [
    // "leads automatically to imprisonment", "shall automatically serve the suspended sentence"
    /\bautomatic(?:ally)?\b[^.;:!?]*?(?:\b(?:imprison\w*|prison|jail\w*|gaol|custod\w*|incarcerat\w*)\b|\bserve[sd]?\b[^.;:!?]*?\b(?:sentence|term)\b)/gi,
    // "will be imprisoned", "shall be sent to prison"
    /\b(?:shall|will|must)\s+(?:then\s+|immediately\s+|forthwith\s+)?be\s+(?:imprisoned|jailed|sent\s+to\s+(?:prison|jail|gaol)|committed\s+to\s+(?:prison|custody))\b/gi,
    // "shall serve the suspended sentence", "will serve 3 months in prison"
    /\b(?:shall|will|must)\s+(?:then\s+|immediately\s+|forthwith\s+)?serve\s+(?:the\s+|a\s+|an\s+|your\s+|his\s+|her\s+|their\s+)?(?:(?:suspended|original|default|alternative|custodial|prison)\s+(?:[\w-]+\s+)?(?:sentence|term)|(?:sentence|term)\s+(?:of|in)\s+(?:imprisonment|prison|custody)|\d+\s+(?:days?|weeks?|months?|years?)\s+(?:in|of)\s+(?:prison|custody|imprisonment|jail))\b/gi,
    // "is converted into a custodial sentence", "conversion into imprisonment"
    /\b(?:convert(?:s|ed)?|conversion|turned)\s+(?:in)?to\s+(?:a\s+|an\s+)?(?:custodial\s+sentence|custody|imprisonment|prison(?:\s+sentence)?|(?:term|sentence)\s+of\s+imprisonment|immediate\s+(?:custody|imprisonment))\b/gi
];

/** A negation just before the phrase or inside it: "will not automatically be imprisoned". */
const NEGATION = /\b(?:not|never|no|cannot|neither|nor)\b|n't\b/i;

/**
 * Wording of recall, licence or release: Rule 12, second sentence, leaves recall under conditional
 * release open, and the conditional-release check reads it.
 */
const RECALL = /\b(?:recall\w*|licen[cs]e|parole|conditional(?:ly)?\s+release\w*|early\s+release|back\s+to\s+(?:prison|custody)|return(?:ed|ing)?\s+to\s+(?:prison|custody)|sent\s+back\s+to\s+(?:prison|custody))\b/i;

/** Wording that leaves custody to someone's decision is not automatic. */
function leavesDecision(clause: string): boolean {
    // "without a hearing" / "without any decision" take a decision away rather than provide one.
    const positive = clause.replace(/\b(?:without|no)\s+(?:a\s+|an\s+|any\s+|further\s+|prior\s+)*(?:hearing|decision|court\s+order|order|discretion)\b/gi, '');
    return /\b(?:may|might|can|could|decid\w*|decision|determin\w*|discretion\w*|hearing|consider\w*)\b/i.test(positive);
}

function reportWording(node: AstNode, cst: CstNode, context: CheckContext): void {
    const raw = cst.text;
    if (RECALL.test(raw)) {
        return;
    }
    const found: Array<{ start: number; end: number }> = [];
    for (const pattern of AUTOMATIC_CUSTODY) {
        for (const match of raw.matchAll(pattern)) {
            const start = match.index ?? 0;
            const end = start + match[0].length;
            const clause = clauseAround(raw, start, end);
            // The three words before the phrase, within its clause and after any comma.
            const lead = raw.slice(clause.start, start);
            const before = lead.slice(lead.lastIndexOf(',') + 1).split(/\s+/).filter(Boolean).slice(-3).join(' ');
            if (NEGATION.test(before) || NEGATION.test(match[0]) || leavesDecision(raw.slice(clause.start, clause.end))) {
                continue;
            }
            if (!found.some(f => start < f.end && end > f.start)) {
                found.push({ start, end });
            }
        }
    }
    for (const f of found.sort((a, b) => a.start - b.start)) {
        const phrase = raw.slice(f.start, f.end).replace(/\s+/g, ' ');
        context.report({
            node,
            range: rangeOfOffsets(node, cst.offset + f.start, cst.offset + f.end),
            messageId: 'wording',
            data: { phrase }
        });
    }
}

/** The clause a match sits in: bounded by sentence punctuation and by "but" / "however". */
function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
    const boundary = /[.;:!?"\u201C\u201D]|\bbut\b|\bhowever\b/gi;
    let from = 0;
    let to = text.length;
    for (const m of text.matchAll(boundary)) {
        const at = m.index ?? 0;
        if (at + m[0].length <= start) {
            from = at + m[0].length;
        } else if (at >= end) {
            to = at;
            break;
        }
    }
    return { start: from, end: to };
}

