import { AstUtils } from 'langium';
import { defineCheck, type CheckContext, type FindingInput } from '../../core/check.js';
import { stackedControls as stacksOf, stackingReported, statedSeriousness, type StackedMeasure } from '../../model/burden.js';

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 3: the nature of a community sanction or measure, not only its length, is to be in
 *   proportion to the seriousness of the offence.
 * - Rule 11, second sentence: rights are restricted no further than necessarily follows from the
 *   decision; a second control aimed at a risk another already meets restricts further without
 *   need (the first sentence, not aggravating the afflictive nature of the sanction, frames it).
 * - Rule 34, first and third sentences: controls go only as far as needed to carry out the sanction,
 *   and are limited by its aims.
 *
 * The groups are data, in burden-weights.json (`stacking`): each names a risk (where the person is
 * and goes; approaching one named person; drinking), the requirements that aim at it, and how many
 * different ones make a stack. The check reports each group an order fills when the most serious
 * offence whose seriousness it states is one of `stacking.reportFor` (minor, moderate). It names
 * the requirements, says which risk they share and why they overlap, and sits on the last of them.
 * It does not say which to drop: that is the court's choice, and the stack may be justified.
 */
export const stackedControls = defineCheck({
    id: 'stacked-controls',
    title: 'Several controls aimed at the same risk',
    family: 'proportionality',
    rules: [3, 11, 34],
    severity: 'warning',
    summary: 'Finds several restrictive requirements aimed at the same risk in an order for a minor or moderate offence.',
    basis: [
        { rule: 3, chapter: 'I', clause: 'whole Rule', carries: 'the nature of a sanction, not only its length, is in proportion to the seriousness of the offence' },
        { rule: 11, chapter: 'I', clause: 'second sentence', carries: 'rights are restricted no further than necessarily follows from the decision imposing the sanction' },
        { rule: 34, chapter: 'III', clause: 'first and third sentences', carries: 'controls go only as far as needed to carry out the sanction and are limited by its aims' }
    ],
    visit: {
        Order(order, context) {
            const level = statedSeriousness(order)?.seriousness;
            if (!level || !stackingReported(level)) {
                return;
            }
            for (const stack of stacksOf(order)) {
                const last = stack.measures[stack.measures.length - 1].measure;
                const listed = list(stack.measures.map(item => `${item.label} (line ${lineOf(item, context)})`));
                context.report({
                    ...(last.via ? { node: last.via, property: 'template' } : { node: last.node, property: 'kind' }),
                    message: `${capitalise(listed)} all control ${stack.group.risk} (${stack.group.label}), for a ${level} offence: ` +
                        `${stack.group.why}; keep those the risk needs`
                } as FindingInput);
            }
        }
    }
});

/** The line where the requirement stands in this file: as written, or the `apply` clause that brings it. */
function lineOf(item: StackedMeasure, context: CheckContext): number {
    const node = item.measure.via ?? item.measure.node;
    const here = AstUtils.getDocument(node) === context.document ? node : undefined;
    return (here?.$cstNode?.range.start.line ?? 0) + 1;
}

function list(items: string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
