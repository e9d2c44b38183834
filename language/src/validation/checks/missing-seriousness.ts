import { AstUtils, GrammarUtils } from 'langium';
import type { Offence, Order } from '../../generated/ast.js';
import { isOffence } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clausesOf } from '../../model/order-model.js';

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 3: the nature and length of a community sanction or measure are to be in proportion to
 *   how serious the offence is (the one the person was sentenced for, or is accused of).
 * - Rule 22: the deciding authority weighs the nature and length of a sanction against the
 *   seriousness of the offence and the harm done.
 *
 * Both Rules measure the order against the offence. An order that names no offence, or names
 * offences without saying how serious they are, gives nobody reading it — the person, a reviewing
 * court, this linter — the yardstick for that weighing: control-intensity, stacked-controls and
 * duration-vs-seriousness all stay silent on it. The finding is information, not a fault in the
 * order's substance: the court may have weighed seriousness in its reasons; the order just does not
 * say so. Each offence without a seriousness is named (an unstated one may be the most serious).
 */
export const missingSeriousness = defineCheck({
    id: 'missing-seriousness',
    title: 'Seriousness of the offence not stated',
    family: 'proportionality',
    rules: [3, 22],
    severity: 'info',
    summary: 'Finds orders that state no offence, or offences without their seriousness, so that proportionality cannot be assessed.',
    basis: [
        { rule: 3, chapter: 'I', clause: 'whole Rule', carries: 'the nature and duration of a sanction are in proportion to the seriousness of the offence sentenced or accused' },
        { rule: 22, chapter: 'II', clause: 'whole Rule', carries: 'the deciding authority weighs the nature and duration of a sanction against the seriousness of the offence and the harm done' }
    ],
    visit: {
        Order(order, context) {
            const offences = clausesOf(order, isOffence);
            if (offences.length === 0) {
                context.report({
                    node: order,
                    property: 'caseReference',
                    message: 'The order states no offence, so whether its nature and length are in proportion to the offence cannot be assessed: ' +
                        'add the offence and its seriousness (offence "…", seriousness moderate.)',
                    fixes: addOffence(order, context)
                });
                return;
            }
            for (const offence of offences) {
                if (offence.seriousness) {
                    continue;
                }
                context.report({
                    node: offence,
                    property: 'description',
                    message: 'This offence has no stated seriousness, so whether the order is in proportion to it cannot be assessed: ' +
                        'add its seriousness (minor, moderate, serious or very serious)',
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
