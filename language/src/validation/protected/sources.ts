import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { TextLiteral, TextOrRef } from '../../generated/ast.js';
import { isArgument, isCondition, isOpenTerm, isTextLiteral } from '../../generated/ast.js';
import type { Check, CheckContext, FindingInput } from '../../core/check.js';
import type { MeasureView } from '../../model/order-model.js';
import { resolveValue } from '../../model/values.js';
import { languageOfText } from '../text/language.js';
import { literalOf, type LiteralText } from '../text/literal.js';
import { analyse, type BaseModality, type ProtectedText } from './analysis.js';
import type { Span } from './segment.js';

/** Where a free text sits in an order. */
export type SourceSlot =
    | 'condition' | 'description' | 'provider' | 'place' | 'contact' | 'term'
    | 'breach' | 'consequence' | 'early-termination';

/** A free text of the order, ready to be read by a check and reported on. */
export interface TextSource {
    readonly slot: SourceSlot;
    readonly literal: LiteralText;
    /** What the text does where it says nothing modal (a prohibited activity is forbidden). */
    readonly base: BaseModality;
    readonly text: ProtectedText;
    readonly measure?: MeasureView;
}

/** Requirement kinds whose description, contact or destination says what the person must not do. */
const FORBIDDING_KINDS = new Set(['prohibited-activity', 'no-contact', 'exclusion', 'foreign-travel-prohibition']);

function source(slot: SourceSlot, literal: LiteralText | undefined, base: BaseModality, languageNode: AstNode, measure?: MeasureView): TextSource | undefined {
    if (!literal || !literal.value.trim()) {
        return undefined;
    }
    const language = languageOfText(languageNode, literal.value, measure?.via);
    return { slot, literal, base, text: analyse(literal.value, language), measure };
}

/**
 * The free texts of a requirement or condition: the condition's text, and the description,
 * provider, place, contact and open-ended term of its parameters. Values of template parameters
 * are read through the `apply` clause's arguments.
 *
 * Wording written in a template is checked where the template is written: when the template is in
 * the same file, the `apply` pass would only repeat it, so it reads only wording passed in as an
 * argument. When the template is in another file, the finding is shown on the `apply` clause.
 */
export function measureSources(measure: MeasureView, context: CheckContext): TextSource[] {
    const repeatsTemplate = !!measure.via && AstUtils.getDocument(measure.node) === context.document;
    const readable = (node: AstNode | undefined): boolean => {
        if (!node || !repeatsTemplate) {
            return !!node;
        }
        return isArgument(node.$container) && AstUtils.getDocument(node) === context.document;
    };
    const fromSlot = (slot: TextOrRef | undefined): TextLiteral | undefined => {
        const value = resolveValue<TextLiteral>(slot, measure.bindings);
        return isTextLiteral(value) && readable(value) ? value : undefined;
    };
    const forbidding = !!measure.kind && FORBIDDING_KINDS.has(measure.kind.id);
    const sources: Array<TextSource | undefined> = [];
    const node = measure.node;
    if (isCondition(node)) {
        const text = fromSlot(node.text);
        sources.push(source('condition', text && literalOf(text), 'oblige', node, measure));
    }
    for (const param of node.params) {
        switch (param.$type) {
            case 'DescriptionParameter':
                if (readable(param)) {
                    sources.push(source('description', literalOf(param, 'description'), forbidding ? 'forbid' : 'oblige', node, measure));
                }
                break;
            case 'ProviderParameter': {
                const text = fromSlot(param.provider);
                sources.push(source('provider', text && literalOf(text), 'statement', node, measure));
                break;
            }
            case 'PlaceParameter': {
                const text = fromSlot(param.place);
                sources.push(source('place', text && literalOf(text), 'statement', node, measure));
                break;
            }
            case 'ContactParameter': {
                if (param.class !== undefined && readable(param)) {
                    sources.push(source('contact', literalOf(param, 'class'), 'forbid', node, measure));
                }
                const text = fromSlot(param.person);
                sources.push(source('contact', text && literalOf(text), 'forbid', node, measure));
                break;
            }
            case 'TermParameter':
                if (isOpenTerm(param.term) && param.term.condition !== undefined && readable(param)) {
                    sources.push(source('term', literalOf(param.term, 'condition'), 'statement', node, measure));
                }
                break;
        }
    }
    return sources.filter((s): s is TextSource => !!s);
}

/** A free text held directly by a node of the order (breach statement, consequence, early termination). */
export function nodeSource(slot: SourceSlot, node: AstNode, property: string, base: BaseModality = 'statement'): TextSource | undefined {
    return source(slot, literalOf(node, property), base, node);
}

/** Reports a finding on a phrase of a text: the range covers the phrase inside the quotes. */
export function reportPhrase(context: CheckContext, source: TextSource, span: Span, finding: Omit<FindingInput, 'node' | 'range' | 'property' | 'keyword'>): void {
    context.report({
        ...finding,
        node: source.literal.node,
        range: source.literal.range(span.start, span.end)
    });
}

/** The phrase as the drafter wrote it, on one line, for a message. */
export function quoted(source: TextSource, span: Span): string {
    return source.literal.value.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/** How a message names the measure a text belongs to ("this condition", "this unpaid work requirement"). */
export function measureName(measure: MeasureView | undefined): string {
    if (!measure) {
        return 'this text';
    }
    const what = measure.kind ? `${measure.kind.keyword} requirement` : 'condition';
    const template = measure.via?.template?.ref?.name;
    return measure.via && template ? `the ${what} brought in by '${template}'` : `this ${what}`;
}

/**
 * The visitors that hand every free text of an order to a check: texts of requirements and
 * conditions (also those brought in by templates), breach statements, breach consequences and
 * options, an early-termination condition and an open-ended order term.
 */
export function textVisitors(read: (source: TextSource, context: CheckContext) => void): Pick<Check, 'visit' | 'visitMeasure'> {
    const readNode = (slot: SourceSlot, node: AstNode, property: string, context: CheckContext) => {
        const text = nodeSource(slot, node, property);
        if (text) {
            read(text, context);
        }
    };
    return {
        visit: {
            BreachStatement(statement, context) {
                readNode('breach', statement, 'text', context);
            },
            Consequence(consequence, context) {
                if (consequence.text !== undefined) {
                    readNode('consequence', consequence, 'text', context);
                }
            },
            EarlyTermination(termination, context) {
                if (termination.condition !== undefined) {
                    readNode('early-termination', termination, 'condition', context);
                }
            },
            OrderTerm(term, context) {
                if (isOpenTerm(term.term) && term.term.condition !== undefined) {
                    readNode('term', term.term, 'condition', context);
                }
            }
        },
        visitMeasure(measure, context) {
            for (const text of measureSources(measure, context)) {
                read(text, context);
            }
        }
    };
}

/** Keeps the first of several spans in one clause: one finding per clause is enough. */
export function firstPerClause<T extends Span>(text: ProtectedText, spans: readonly T[]): T[] {
    const seen = new Set<number>();
    return spans.filter(span => {
        const clause = text.clauseAt(span.start).start;
        if (seen.has(clause)) {
            return false;
        }
        seen.add(clause);
        return true;
    });
}
