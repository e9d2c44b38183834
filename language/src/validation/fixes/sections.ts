import type { AstNode, CstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Breach, Consequence, Order, Rights } from '../../generated/ast.js';
import { isBreach, isBreachOptions, isBreachRule, isRights } from '../../generated/ast.js';
import type { CheckContext } from '../../core/check.js';
import type { Fix, FixEdit } from '../../core/finding.js';
import { clauseOf } from '../../model/order-model.js';
import { isSafeInsertion, safeInsertionAmong } from './placement.js';

/*
 * Fixes that add lines to an order, its breach section or its rights (every such edit inserts
 * text: none deletes what the drafter wrote), and the one fix that puts another consequence in the
 * place of a breach consequence.
 */

/** A string literal of the language for a text: `"Exeter Crown Court"`, quotes and backslashes escaped. */
export function stringLiteral(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Puts `instead` (a consequence kind: `referral to the deciding authority`, `revocation`) in the
 * place of a consequence of a breach rule or of the deciding authority's options; where the list
 * already holds `instead`, removes the consequence (with the separator before it, or after it when
 * it comes first) rather than repeat it.
 */
export function replaceConsequence(consequence: Consequence, instead: string, context: CheckContext, title: string, removeTitle: string): Fix[] {
    const container = consequence.$container;
    if (!consequence.$cstNode || AstUtils.getDocument(consequence) !== context.document) {
        return [];
    }
    const list = isBreachRule(container) ? container.consequences : isBreachOptions(container) ? container.options : [];
    if (!list.some(other => other !== consequence && other.kind === instead)) {
        return [{ title, edits: [{ range: consequence.$cstNode.range, newText: instead }] }];
    }
    const index = list.indexOf(consequence);
    const previous = list[index - 1]?.$cstNode;
    const next = list[index + 1]?.$cstNode;
    const range = previous
        ? { start: previous.range.end, end: consequence.$cstNode.range.end }
        : next ? { start: consequence.$cstNode.range.start, end: next.range.start } : undefined;
    return range ? [{ title: removeTitle, edits: [{ range, newText: '' }] }] : [];
}

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
    const header = GrammarUtils.findNodeForKeyword(section.$cstNode, ':')
        ?? GrammarUtils.findNodeForKeyword(section.$cstNode, isBreach(section) ? 'breach' : 'rights');
    const items: readonly AstNode[] = section.items;
    // After the last item the parser finished (else after the header): see placement.ts.
    const probe = lines.map(line => `\n  ${line}`).join('');
    const last = items[items.length - 1];
    const anchor = last?.$cstNode && isSafeInsertion(context.document, last.$cstNode.end, probe)
        ? last.$cstNode
        : safeInsertionAmong(context.document, [header, ...items.map(item => item.$cstNode)], probe);
    const item = anchor && anchor !== header ? items.find(candidate => candidate.$cstNode === anchor) : undefined;
    if (!anchor) {
        return undefined;
    }
    const indent = item ? indentOf(item, context) || '  ' : '  ';
    const at = anchor.range.end;
    return { range: { start: at, end: at }, newText: lines.map(line => `\n${indent}${line}`).join('') };
}

/** The order's opening sentence's full stop, then the ends of its clauses (up to `until`, not included). */
function sentenceEnds(order: Order, until?: AstNode): Array<CstNode | undefined> {
    const clauses = until ? order.clauses.slice(0, Math.max(0, order.clauses.indexOf(until as Order['clauses'][number]))) : order.clauses;
    return [GrammarUtils.findNodeForKeyword(order.$cstNode, '.'), ...clauses.map(clause => clause.$cstNode)];
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
    if (AstUtils.getDocument(order) !== context.document) {
        return [];
    }
    const newText = `\n\nrights:${lines.map(line => `\n  ${line}`).join('')}`;
    const last = safeInsertionAmong(context.document, sentenceEnds(order), newText);
    if (!last) {
        return [];
    }
    const at = last.range.end;
    return [{ title, edits: [{ range: { start: at, end: at }, newText }] }];
}

/** A new section: before the order's rights (or costs) when it has them, else at its end. */
export function addSection(order: Order, header: string, lines: readonly string[], context: CheckContext, title: string): Fix[] {
    if (!order.$cstNode || AstUtils.getDocument(order) !== context.document) {
        return [];
    }
    const text = `${header}${lines.map(line => `\n  ${line}`).join('')}`;
    const before = order.clauses.find(clause => clause.$type === 'Rights' || clause.$type === 'Costs');
    if (before?.$cstNode && isSafeInsertion(context.document, before.$cstNode.offset, text)) {
        const at = before.$cstNode.range.start;
        return [{ title, edits: [{ range: { start: at, end: at }, newText: `${text}\n\n` }] }];
    }
    // After the last sentence the parser finished, before the rights if there are any: see placement.ts.
    const last = safeInsertionAmong(context.document, sentenceEnds(order, before), `\n\n${text}`);
    if (!last) {
        return [];
    }
    const at = last.range.end;
    return [{ title, edits: [{ range: { start: at, end: at }, newText: `\n\n${text}` }] }];
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
    // The anchor when the parser finished it, else the last sentence before it that it finished.
    const ends = sentenceEnds(order, anchor);
    if (anchor) {
        ends.push(anchor.$cstNode);
    }
    const end = safeInsertionAmong(context.document, anchor ? ends : ends.slice(0, 1), `\n${text}`)?.range.end;
    return end ? [{ title, edits: [{ range: { start: end, end }, newText: `\n${text}` }] }] : [];
}
