import { AstUtils } from 'langium';
import { isRequirement } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import { stackedControls as stacksOf, stackingReported, statedSeriousness, type StackedMeasure } from '../../model/burden.js';

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 3: the nature of a community sanction, not only its length, matches how grave the offence
 *   is and takes account of the person's circumstances.
 * - Rule 22: the deciding authority fixes what a sanction demands to match how grave the offence is and
 *   the harm victims suffered, weighing the risks assessed and the person's needs.
 * - Rule 60: each condition is set with the person's needs, circumstances and risk of reoffending in
 *   view; a second control aimed at a risk another already meets adds a condition that no need or
 *   risk calls for.
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
    kind: 'contravenes',
    rules: [3, 22, 60],
    severity: 'warning',
    summary: 'Finds several restrictive requirements aimed at the same risk in an order for a minor or moderate offence.',
    basis: [
        { rule: 3, chapter: 'I', clause: 'whole Rule', modal: 'shall', carries: 'the nature of a sanction, not only its length, matches how grave the offence is' },
        { rule: 22, chapter: 'II', clause: 'whole Rule', modal: 'shall', carries: 'the deciding authority fixes what a sanction demands to match how grave the offence is, weighing the risks assessed and the person\'s needs' },
        { rule: 60, chapter: 'V', clause: 'whole Rule', modal: 'shall', carries: 'each condition is set with the person\'s needs, circumstances and risk of reoffending in view, so a second control on a risk already met has nothing to answer' }
    ],
    messages: {
        stack: '{{listed}} all control {{risk}} ({{label}}), for a {{seriousness}} offence: {{why}}; ' +
            'Rules 3 and 22 ask that what an order demands match how serious the offence is, and Rule 60 that each condition answer a need or a risk of the person: ' +
            'consider keeping only the controls that risk needs, e.g. without `requirement {{last}}, …`, or give the reason each one is needed'
    },
    visit: {
        Order(order, context) {
            const level = statedSeriousness(order)?.seriousness;
            if (!level || !stackingReported(level)) {
                return;
            }
            for (const stack of stacksOf(order)) {
                const last = stack.measures[stack.measures.length - 1].measure;
                const listed = list(stack.measures.map(item => `${item.label} (line ${lineOf(item, context)})`));
                const data = {
                    listed: capitalise(listed), risk: stack.group.risk, label: stack.group.label, seriousness: level, why: stack.group.why,
                    last: last.kind?.keyword ?? 'electronic monitoring'
                };
                if (last.via) {
                    context.report({ node: last.via, property: 'template', messageId: 'stack', data });
                } else if (isRequirement(last.node)) {
                    context.report({ node: last.node, property: 'kind', messageId: 'stack', data });
                }
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
