import type { AstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Breach, BreachOptions, BreachRule, Consequence, Order, Rights } from '../../generated/ast.js';
import { isBreach, isBreachOptions, isBreachRule, isBreachStatement, isRights } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix, FixEdit } from '../../core/finding.js';
import { clauseOf } from '../../model/order-model.js';

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

// ---------------------------------------------------------------------------------------------
// Reading a breach section: shared with the other checks of family D.
// ---------------------------------------------------------------------------------------------

/** A consequence of a breach rule, or an option the deciding authority may order. */
export interface BreachOutcome {
    readonly consequence: Consequence;
    readonly from: BreachRule | BreachOptions;
}

/** Every consequence and option of a breach section, in the order written. */
export function outcomesOf(breach: Breach): BreachOutcome[] {
    return breach.items.flatMap((item): BreachOutcome[] =>
        isBreachRule(item) ? item.consequences.map(consequence => ({ consequence, from: item }))
            : isBreachOptions(item) ? item.options.map(consequence => ({ consequence, from: item }))
                : []);
}

const NEGATED = /\b(?:not|never|no|cannot|neither|nor|without)\b|n't\b/i;
const REVOKE_WORDS = /\b(?:revo(?:ke[sd]?|king|cation)|modif\w*|var(?:y|ied|ies|iation)|re-?sentenc\w*)\b/i;
const CUSTODY_WORDS = /\b(?:imprison\w*|prison|jail\w*|gaol|custod\w*|incarcerat\w*)\b/i;
/**
 * Recall wording: "recalled to prison", "will be recalled", "licence recall", "returned to custody",
 * "sent back to prison". A bare "recall" is not enough ("recall the tag").
 */
export const RECALL_WORDS = new RegExp([
    String.raw`\brecall(?:s|ed|ing)?\s+(?:in)?to\s+(?:prison|custody|jail|gaol)\b`,
    String.raw`(?<=\b(?:be|being|been|is|are|was|were|get|gets|got)\s+)recalled\b`,
    String.raw`\blicen[cs]e\s+recall\b|\brecall\s+of\s+(?:the|your|his|her|their)\s+licen[cs]e\b`,
    String.raw`\b(?:sent|send|sends|go|goes|went|return(?:s|ed|ing)?|brought|taken)\s+back\s+(?:in)?to\s+(?:prison|custody|jail|gaol)\b`,
    String.raw`\breturn(?:s|ed|ing)?\s+(?:in)?to\s+(?:prison|custody|jail|gaol)\b`
].join('|'), 'i');

/** Free-text consequence wording, unless negated ("no imprisonment"). */
function says(consequence: Consequence, words: RegExp): boolean {
    return !!consequence.text && words.test(consequence.text) && !NEGATED.test(consequence.text);
}

/** Recall to prison. */
export function isRecall(consequence: Consequence): boolean {
    return consequence.kind === 'recall to prison' || says(consequence, RECALL_WORDS);
}

/** Imprisonment, recall included. */
export function isCustodialOutcome(consequence: Consequence): boolean {
    return consequence.kind === 'imprisonment' || isRecall(consequence) || says(consequence, CUSTODY_WORDS);
}

/** Revocation, imprisonment or recall: what ends the sanction or measure. */
export function isEnding(consequence: Consequence): boolean {
    return consequence.kind === 'revocation' || isCustodialOutcome(consequence) || says(consequence, /\brevo(?:ke[sd]?|king|cation)\b/i);
}

/**
 * Anything for the deciding authority to decide that changes or ends the measure: revocation,
 * modification, additional requirements, imprisonment, recall, or a referral to it for that decision.
 */
export function opensRevocation(consequence: Consequence): boolean {
    return isEnding(consequence) || says(consequence, REVOKE_WORDS) || [
        'modification', 'additional requirements', 'referral to the deciding authority'
    ].includes(consequence.kind ?? '');
}

// ---------------------------------------------------------------------------------------------
// Fixes: lines added to the order, its breach section or its rights. Shared within family D and F.
// ---------------------------------------------------------------------------------------------

/** The range of the two words `on breach`. */
export function onBreachRange(breach: Breach): Range | undefined {
    const on = GrammarUtils.findNodeForKeyword(breach.$cstNode, 'on');
    const word = GrammarUtils.findNodeForKeyword(breach.$cstNode, 'breach');
    return on && word ? { start: on.range.start, end: word.range.end } : undefined;
}

/** The whitespace a line starts with. */
function indentOf(node: AstNode, context: CheckContext): string {
    const start = node.$cstNode!.range.start;
    const line = context.document.textDocument.getText({ start: { line: start.line, character: 0 }, end: start });
    return /^\s*/.exec(line)?.[0] ?? '';
}

/**
 * Lines added at the end of a breach or rights section, indented like its last item (two spaces
 * under its header when it has none).
 */
export function appendToSection(section: Breach | Rights, lines: readonly string[], context: CheckContext, title: string): Fix[] {
    const edit = sectionEdit(section, lines, context);
    return edit ? [{ title, edits: [edit] }] : [];
}

export function sectionEdit(section: Breach | Rights, lines: readonly string[], context: CheckContext): FixEdit | undefined {
    if (!section.$cstNode || AstUtils.getDocument(section) !== context.document) {
        return undefined;
    }
    const items: readonly AstNode[] = section.items;
    const last = items[items.length - 1];
    if (last?.$cstNode) {
        const indent = indentOf(last, context) || '  ';
        const at = last.$cstNode.range.end;
        return { range: { start: at, end: at }, newText: lines.map(line => `\n${indent}${line}`).join('') };
    }
    const header = GrammarUtils.findNodeForKeyword(section.$cstNode, ':')
        ?? GrammarUtils.findNodeForKeyword(section.$cstNode, isBreach(section) ? 'breach' : 'rights');
    if (!header) {
        return undefined;
    }
    const at = header.range.end;
    return { range: { start: at, end: at }, newText: lines.map(line => `\n  ${line}`).join('') };
}

/** Lines added to the order's breach section, or a new section with them (before the rights). */
export function addBreachLines(order: Order, lines: readonly string[], context: CheckContext, title: string): Fix[] {
    const breach = clauseOf(order, isBreach);
    if (breach) {
        return appendToSection(breach, lines, context, title);
    }
    return addSection(order, 'on breach:', lines, context, title);
}

/** Lines added to the order's rights, or a rights section with them at the end of the order. */
export function addRightsLines(order: Order, lines: readonly string[], context: CheckContext, title: string): Fix[] {
    const rights = clauseOf(order, isRights);
    if (rights) {
        return appendToSection(rights, lines, context, title);
    }
    const last = order.clauses[order.clauses.length - 1]?.$cstNode ?? GrammarUtils.findNodeForKeyword(order.$cstNode, '.');
    if (!last || AstUtils.getDocument(order) !== context.document) {
        return [];
    }
    const at = last.range.end;
    return [{ title, edits: [{ range: { start: at, end: at }, newText: `\n\nrights:${lines.map(line => `\n  ${line}`).join('')}` }] }];
}

/** A new section: before the order's rights (or costs) when it has them, else at its end. */
function addSection(order: Order, header: string, lines: readonly string[], context: CheckContext, title: string): Fix[] {
    if (!order.$cstNode || AstUtils.getDocument(order) !== context.document) {
        return [];
    }
    const text = `${header}${lines.map(line => `\n  ${line}`).join('')}`;
    const before = order.clauses.find(clause => clause.$type === 'Rights' || clause.$type === 'Costs')?.$cstNode;
    if (before) {
        const at = before.range.start;
        return [{ title, edits: [{ range: { start: at, end: at }, newText: `${text}\n\n` }] }];
    }
    const last = order.clauses[order.clauses.length - 1]?.$cstNode ?? GrammarUtils.findNodeForKeyword(order.$cstNode, '.');
    if (!last) {
        return [];
    }
    const at = last.range.end;
    return [{ title, edits: [{ range: { start: at, end: at }, newText: `\n\n${text}` }] }];
}

/** A fix that adds the breach section with a warning and a referral. */
function addBreachSection(order: Order, context: CheckContext): Fix[] {
    return addSection(order, 'on breach:', CONSEQUENCE_LINES, context, 'Add a breach section (check the consequences)');
}

/**
 * A sentence added to the order after the first clause of the given types it has (in the order of
 * preference given), else after the order's opening sentence.
 */
export function addOrderClause(order: Order, after: readonly string[], text: string, context: CheckContext, title: string): Fix[] {
    if (!order.$cstNode || AstUtils.getDocument(order) !== context.document) {
        return [];
    }
    let anchor: AstNode | undefined;
    for (const type of after) {
        anchor = order.clauses.find(clause => clause.$type === type);
        if (anchor) {
            break;
        }
    }
    const end = anchor?.$cstNode?.range.end ?? GrammarUtils.findNodeForKeyword(order.$cstNode, '.')?.range.end;
    return end ? [{ title, edits: [{ range: { start: end, end }, newText: `\n${text}` }] }] : [];
}
