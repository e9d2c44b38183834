import { AstUtils, GrammarUtils } from 'langium';
import type { Offence, Order } from '../../generated/ast.js';
import { isOffence } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clausesOf } from '../../model/order-model.js';

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 3: what a community sanction or measure demands, and for how long, matches how grave the
 *   offence is (the one the person was sentenced for, or is accused of).
 * - Rule 22: the deciding authority fixes what a sanction demands and its length to match how grave the offence is and
 *   the harm victims suffered.
 *
 * Both Rules measure the order against the offence. The Rules place that weighing on the deciding
 * authority, not on the order's text: an order that names no offence, or names offences without
 * saying how serious they are, breaches nothing, but it gives nobody reading it (the person, a
 * reviewing court, this linter) the yardstick for that weighing, and control-intensity,
 * stacked-controls and duration-vs-seriousness all stay silent on it. The finding suggests stating
 * the seriousness; the court may have weighed it in its reasons. Each offence without a seriousness
 * is named (an unstated one may be the most serious).
 */
export const missingSeriousness = defineCheck({
    id: 'missing-seriousness',
    title: 'Seriousness of the offence not stated',
    family: 'proportionality',
    kind: 'silent',
    rules: [3, 22],
    severity: 'info',
    summary: 'Finds orders that state no offence, or offences without their seriousness, so that proportionality cannot be assessed.',
    basis: [
        { rule: 3, chapter: 'I', clause: 'whole Rule', modal: 'shall', carries: 'what a sanction demands, and for how long, matches how grave the offence sentenced or accused is' },
        { rule: 22, chapter: 'II', clause: 'whole Rule', modal: 'shall', carries: 'the deciding authority fixes what a sanction demands and its length to match how grave the offence is and the harm victims suffered' }
    ],
    messages: {
        noOffence: 'The order does not state the offence or how serious it is; Rules 3 and 22 give the person an order whose demands and length match how serious the offence is, ' +
            'which no reader can check without it: consider stating it, e.g. `offence "Criminal damage", seriousness moderate.`',
        noSeriousness: 'The order does not state how serious the offence {{offence}} is; Rules 3 and 22 give the person an order whose demands and length match how serious the offence is, ' +
            'which no reader can check without it: consider stating it, e.g. `offence {{offence}}, seriousness moderate.`'
    },
    visit: {
        Order(order, context) {
            const offences = clausesOf(order, isOffence);
            if (offences.length === 0) {
                context.report({ node: order, property: 'caseReference', messageId: 'noOffence', fixes: addOffence(order, context) });
                return;
            }
            for (const offence of offences) {
                if (offence.seriousness) {
                    continue;
                }
                context.report({
                    node: offence,
                    property: 'description',
                    messageId: 'noSeriousness',
                    data: { offence: JSON.stringify(offence.description ?? '…') },
                    fixes: addSeriousness(offence, context)
                });
            }
        }
    }
});

const LEVELS = ['minor', 'moderate', 'serious', 'very serious'] as const;

/** One fix per level: the court chooses; none is preferred. */
function addSeriousness(offence: Offence, context: CheckContext): Fix[] {
    const description = GrammarUtils.findNodeForProperty(offence.$cstNode, 'description');
    if (!description || AstUtils.getDocument(offence) !== context.document) {
        return [];
    }
    const at = description.range.end;
    return LEVELS.map(level => ({
        title: `State the offence's seriousness as ${level}`,
        edits: [{ range: { start: at, end: at }, newText: `, seriousness ${level}` }]
    }));
}

/** Offers an offence sentence to fill in after the order's opening sentence, one per level. */
function addOffence(order: Order, context: CheckContext): Fix[] {
    const stop = GrammarUtils.findNodeForKeyword(order.$cstNode, '.');
    if (!stop || AstUtils.getDocument(order) !== context.document) {
        return [];
    }
    const at = stop.range.end;
    return LEVELS.map(level => ({
        title: `Add the offence, of ${level} seriousness (then describe it)`,
        edits: [{ range: { start: at, end: at }, newText: `\noffence "describe the offence", seriousness ${level}.` }]
    }));
}
