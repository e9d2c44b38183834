import type { AstNode } from 'langium';
import type { Order } from '../../generated/ast.js';
import { isMadeOn, isOrder, isOrderTerm } from '../../generated/ast.js';
import { defineCheck, type CheckContext, type FindingInput } from '../../core/check.js';
import {
    describeLength, durationThreshold, fmt, lengthOfTerm, longerThanMonths, statedSeriousness, type Length
} from '../../model/burden.js';
import { clauseOf, describeRequirement, placeOfFigure } from '../../model/order-model.js';
import { NO_BINDINGS } from '../../model/values.js';
import { citationOf, formIdOf, formLocalName, orderLimitFor } from '../../profiles/index.js';

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 3: how long a community sanction runs, like what it demands, matches how grave the
 *   offence is and takes account of the person's circumstances.
 * - Rule 22: the deciding authority fixes the length of a sanction to match how grave the offence is and
 *   the harm victims suffered, weighing the risks and the person's needs.
 *
 * The check compares the length of an order, and the own term of each requirement of the kinds
 * listed in burden-weights.json (`durations.requirement.kinds`: curfew, electronic monitoring,
 * exclusion, residence, alcohol abstinence monitoring), with the longest length the model expects
 * for the most serious offence whose seriousness the order states (`durations.order` and
 * `durations.requirement.months`, in months). Only levels with a figure are checked (minor and
 * moderate). When the active jurisdiction profile sets a statutory minimum for the order's form
 * that is above the model's figure, the minimum takes its place: a court cannot go below it, and
 * the message cites the statute.
 *
 * A requirement with no term of its own runs with the order and is covered by the order's finding.
 * An extendable order is compared on its term as made. A length in days, weeks or dates is
 * compared with three days' tolerance (a month has 28 to 31 days). The finding is a prompt to
 * weigh the length, not a verdict: the model knows neither the harm nor the person.
 */
type MessageId = 'orderLong' | 'orderLongMinimum' | 'requirementLong';

export const durationVsSeriousness = defineCheck<MessageId>({
    id: 'duration-vs-seriousness',
    title: 'Long order or requirement for the seriousness of the offence',
    family: 'proportionality',
    kind: 'contravenes',
    rules: [3, 22],
    severity: 'warning',
    summary: 'Finds orders, and restrictive requirements, that run longer than the model expects for a minor or moderate offence.',
    basis: [
        { rule: 3, chapter: 'I', clause: 'whole Rule', modal: 'shall', carries: 'how long a sanction runs, like what it demands, matches how grave the offence is' },
        { rule: 22, chapter: 'II', clause: 'whole Rule', modal: 'shall', carries: 'the deciding authority fixes the length of a sanction to match how grave the offence is and the harm victims suffered, weighing the risks and the person\'s needs' }
    ],
    messages: {
        orderLong: 'The order runs {{runs}}, longer than the {{months}} months the model expects at most for a {{seriousness}} offence; ' +
            'Rules 3 and 22 ask that how long an order runs match how serious the offence is: ' +
            'consider a shorter term, e.g. `in force for {{months}} months`, or give the reason for the length',
        orderLongMinimum: 'The order runs {{runs}}, longer than {{months}} months, the shortest {{form}} the law of {{jurisdiction}} allows ({{statute}}; ' +
            'the model expects at most {{modelMonths}} months for a {{seriousness}} offence); Rules 3 and 22 ask that how long an order runs match how serious the offence is: ' +
            'consider the shortest term the law allows, e.g. `in force for {{months}} months`, or give the reason for the length',
        requirementLong: '{{requirement}} runs {{runs}}, longer than the {{months}} months the model expects at most for {{article}} {{kind}} requirement for a {{seriousness}} offence; ' +
            'Rules 3 and 22 ask that how long a requirement runs match how serious the offence is: ' +
            'consider a shorter term, e.g. `for {{months}} months`, or give the reason it is needed for that long'
    },
    statutoryMessages: ['orderLongMinimum'],
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
            if (minimum && minimum.months > threshold) {
                context.report({
                    node: length.node,
                    messageId: 'orderLongMinimum',
                    data: {
                        runs: runs(length), months: fmt(limit), form: minimum.what, jurisdiction: minimum.jurisdiction, statute: minimum.statute,
                        modelMonths: fmt(threshold), seriousness: level
                    }
                });
                return;
            }
            context.report({ node: length.node, messageId: 'orderLong', data: { runs: runs(length), months: fmt(limit), seriousness: level } });
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
            messageId: 'requirementLong',
            data: {
                requirement: describeRequirement(measure), runs: runs(length), months: fmt(threshold),
                article: /^[aeiou]/.test(measure.kind.keyword) ? 'an' : 'a', kind: measure.kind.keyword, seriousness: level
            }
        } as FindingInput<AstNode, MessageId>);
    }
});

/** "for 12 months", "from 2026-03-14 to 2027-09-14 (18 months)". */
function runs(length: Length): string {
    return length.node.$type === 'DateRangeTerm' ? `from ${describeLength(length)}` : `for ${describeLength(length)}`;
}

/** The statutory minimum length of the order's form under the active profile, if any, with its statute. */
function statutoryMinimum(order: Order, context: CheckContext): { months: number; what: string; jurisdiction: string; statute: string } | undefined {
    const profile = context.profile;
    const formId = order.form ? formIdOf(order.form) : undefined;
    const limit = formId ? orderLimitFor(profile, formId) : undefined;
    if (!formId || !limit || limit.min === undefined) {
        return undefined;
    }
    return { months: limit.min, what: formLocalName(profile, formId) ?? order.form!, jurisdiction: profile.jurisdiction, statute: citationOf(limit) };
}
