import { AstUtils, GrammarUtils } from 'langium';
import type { BreachRule, Consequence, TextLiteral } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { resolveValue } from '../../model/values.js';
import { isConditionalRelease } from '../../model/breach.js';
import { replaceConsequence } from '../fixes/sections.js';
import { literalOf, type LiteralText } from '../text/literal.js';
import type { Span } from '../text/phrase.js';
import { loadVocabulary, type ClassedVocabularyFile } from '../vocabulary/load.js';
import { followedBy } from '../vocabulary/sequence.js';
import vocabularyFile from '../vocabulary/automatic-imprisonment.json' with { type: 'json' };

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
    category: 'slow',
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
            reportWording(literalOf(statement, 'text'), context);
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
            reportWording(literalOf(text), context);
        }
    }
});

function isCustodial(consequence: Consequence): boolean {
    if (consequence.kind) {
        return consequence.kind === 'imprisonment';
    }
    const text = consequence.text ?? '';
    return WORDS.get('custody').test(text) && !speaksOfRecall(text) && !leavesDecision(text) && !negated(text);
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

/** The check's phrases (vocabulary/automatic-imprisonment.json); the check reads English wording. */
const WORDS = loadVocabulary(vocabularyFile as ClassedVocabularyFile)('en');

/**
 * Wording that sends the person to custody by itself, in order of preference where two overlap:
 * "automatically" followed in its sentence by custody ("leads automatically to imprisonment") or by
 * a served term ("shall automatically serve the suspended sentence"); a future passive ("will be
 * imprisoned"); a future duty to serve a custodial term ("will serve 3 months in prison"); a
 * conversion ("is converted into a custodial sentence").
 */
function automaticCustody(text: string): Span[][] {
    const clause = { kind: 'clause' } as const;
    const markers = WORDS.get('automatic').find(text);
    const custody = followedBy(text, markers, WORDS.get('custody'), clause);
    const serving = followedBy(text, markers, WORDS.get('serve'), clause);
    const served = followedBy(text, serving, WORDS.get('served-term'), clause);
    // Whichever the sentence reaches first after the marker: the custody word, or the serve verb of
    // a served term (custody when both start together).
    const automatic = markers.flatMap(marker => {
        const byCustody = custody.find(m => m.start === marker.start);
        const byTerm = served.find(m => m.start === marker.start);
        const serveAt = serving.find(m => m.start === marker.start)?.second.start ?? Infinity;
        if (byCustody && byTerm) {
            return [serveAt < byCustody.second.start ? byTerm : byCustody];
        }
        return byCustody ? [byCustody] : byTerm ? [byTerm] : [];
    });
    return [automatic, WORDS.get('future-imprisoned').find(text), WORDS.get('future-serve').find(text), WORDS.get('converted').find(text)];
}

/** A negation just before the phrase or inside it: "will not automatically be imprisoned". */
function negated(text: string): boolean {
    return WORDS.get('negation').test(text);
}

/**
 * Wording of recall, licence or release: Rule 12, second sentence, leaves recall under conditional
 * release open, and the conditional-release check reads it.
 */
function speaksOfRecall(text: string): boolean {
    return WORDS.get('recall').test(text);
}

/** Wording that leaves custody to someone's decision is not automatic. */
function leavesDecision(clause: string): boolean {
    // "without a hearing" / "without any decision" take a decision away rather than provide one.
    const removed = WORDS.get('decision-removed').find(clause);
    return WORDS.get('decision').find(clause).some(m => !removed.some(r => m.start < r.end && m.end > r.start));
}

function reportWording(literal: LiteralText | undefined, context: CheckContext): void {
    if (!literal) {
        return;
    }
    const raw = literal.value;
    if (speaksOfRecall(raw)) {
        return;
    }
    const found: Span[] = [];
    for (const matches of automaticCustody(raw)) {
        for (const { start, end } of matches) {
            const clause = clauseAround(raw, start, end);
            // The three words before the phrase, within its clause and after any comma.
            const lead = raw.slice(clause.start, start);
            const before = lead.slice(lead.lastIndexOf(',') + 1).split(/\s+/).filter(Boolean).slice(-3).join(' ');
            if (negated(before) || negated(raw.slice(start, end)) || leavesDecision(raw.slice(clause.start, clause.end))) {
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
            node: literal.node,
            range: literal.range(f.start, f.end),
            messageId: 'wording',
            data: { phrase }
        });
    }
}

/** The clause a match sits in: bounded by sentence punctuation, quote marks and the clause-break words ("but", "however"). */
function clauseAround(text: string, start: number, end: number): Span {
    const marks = [...text.matchAll(/[.;:!?"\u201C\u201D]/g)].map(m => ({ start: m.index ?? 0, end: (m.index ?? 0) + 1 }));
    const boundaries = [...marks, ...WORDS.get('clause-break').find(text)].sort((a, b) => a.start - b.start);
    let from = 0;
    let to = text.length;
    for (const b of boundaries) {
        if (b.end <= start) {
            from = b.end;
        } else if (b.start >= end) {
            to = b.start;
            break;
        }
    }
    return { start: from, end: to };
}

