import type { Order } from '../../generated/ast.js';
import { isMadeOn, isOrder, isOrderTerm } from '../../generated/ast.js';
import { defineCheck, type CheckContext, type FindingInput } from '../../core/check.js';
import {
    describeLength, durationThreshold, fmt, lengthOfTerm, longerThanMonths, statedSeriousness, type Length
} from '../../model/burden.js';
import { clauseOf, describeRequirement, placeOfFigure } from '../../model/order-model.js';
import { NO_BINDINGS } from '../../model/values.js';
import { formIdOf, getProfile, orderLimitFor } from '../../profiles/index.js';

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 3: the length of a community sanction or measure, like its nature, is to be in proportion
 *   to how serious the offence is.
 * - Rule 22: the deciding authority sets the length of a sanction in proportion to the seriousness
 *   of the offence and the harm done, taking account of the person's circumstances.
 *
 * The check compares the length of an order, and the own term of each requirement of the kinds
 * listed in burden-weights.json (`durations.requirement.kinds`: curfew, electronic monitoring,
 * exclusion, residence, alcohol abstinence monitoring), with the longest length the model expects
 * for the most serious offence whose seriousness the order states (`durations.order` and
 * `durations.requirement.months`, in months). Only levels with a figure are checked (minor and
 * moderate). When the active jurisdiction profile sets a statutory minimum for the order's form
 * that is above the model's figure, the minimum takes its place: a court cannot go below it.
 *
 * A requirement with no term of its own runs with the order and is covered by the order's finding.
 * An extendable order is compared on its term as made. A length in days, weeks or dates is
 * compared with three days' tolerance (a month has 28 to 31 days). The finding is a prompt to
 * weigh the length, not a verdict: the model knows neither the harm nor the person.
 */
export const durationVsSeriousness = defineCheck({
    id: 'duration-vs-seriousness',
    title: 'Long order or requirement for the seriousness of the offence',
    family: 'proportionality',
    rules: [3, 22],
    severity: 'warning',
    summary: 'Finds orders, and restrictive requirements, that run longer than the model expects for a minor or moderate offence.',
    basis: [
        { rule: 3, chapter: 'I', clause: 'whole Rule', carries: 'the duration of a sanction is in proportion to the seriousness of the offence' },
        { rule: 22, chapter: 'II', clause: 'whole Rule', carries: 'the deciding authority sets the duration of a sanction in proportion to the seriousness of the offence and the harm done' }
    ],
    visit: {
        Order(order, context) {
            const level = statedSeriousness(order)?.seriousness;
            const threshold = level ? durationThreshold('order', level) : undefined;
            const term = clauseOf(order, isOrderTerm);
            const length = lengthOfTerm(term?.term, NO_BINDINGS, clauseOf(order, isMadeOn)?.date);
            if (!level || threshold === undefined || !length) {
                return;
            }
            const minimum = statutoryMinimum(order, context);
            const limit = minimum && minimum.months > threshold ? minimum.months : threshold;
            if (!longerThanMonths(length, limit)) {
                return;
            }
            const expected = minimum && minimum.months > threshold
                ? `${fmt(limit)} months, the shortest ${minimum.what} the law of ${minimum.jurisdiction} allows (the model expects at most ${fmt(threshold)} months for a ${level} offence)`
                : `the ${fmt(limit)} months the model expects at most for a ${level} offence`;
            context.report({
                node: length.node,
                message: `The order runs ${runs(length)}, longer than ${expected}: check that its length stays in proportion to the offence`
            });
        }
    },
    visitMeasure(measure, context) {
        if (measure.inTemplate || !measure.kind || !measure.term) {
            return;
        }
        const order = measure.via?.$container ?? measure.node.$container;
        if (!isOrder(order)) {
            return;
        }
        const level = statedSeriousness(order)?.seriousness;
        const threshold = level ? durationThreshold('requirement', level, measure.kind.id) : undefined;
        const length = lengthOfTerm(measure.term, measure.bindings, clauseOf(order, isMadeOn)?.date);
        if (!level || threshold === undefined || !length || !longerThanMonths(length, threshold)) {
            return;
        }
        context.report({
            ...placeOfFigure(measure, length.node, context.document),
            message: `${describeRequirement(measure)} runs ${runs(length)}, longer than the ${fmt(threshold)} months the model expects at most ` +
                `for ${/^[aeiou]/.test(measure.kind.keyword) ? 'an' : 'a'} ${measure.kind.keyword} requirement for a ${level} offence: check that it is needed for that long`
        } as FindingInput);
    }
});

/** "for 12 months", "from 2026-03-14 to 2027-09-14 (18 months)". */
function runs(length: Length): string {
    return length.node.$type === 'DateRangeTerm' ? `from ${describeLength(length)}` : `for ${describeLength(length)}`;
}

/** The statutory minimum length of the order's form under the active profile, if any. */
function statutoryMinimum(order: Order, context: CheckContext): { months: number; what: string; jurisdiction: string } | undefined {
    const profile = getProfile(context.config.profile);
    const formId = order.form ? formIdOf(order.form) : undefined;
    const limit = profile && formId ? orderLimitFor(profile, formId) : undefined;
    if (!profile || !formId || limit?.min === undefined) {
        return undefined;
    }
    return { months: limit.min, what: profile.forms[formId]?.localName ?? order.form!, jurisdiction: profile.jurisdiction };
}
