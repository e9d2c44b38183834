import type { AstNode } from 'langium';
import type { NumberLiteral, Order, TimeLiteral } from '../../generated/ast.js';
import { isMadeOn, isNumberLiteral, isOrder, isOrderTerm, isTimeLiteral } from '../../generated/ast.js';
import { defineCheck, type CheckContext, type FindingInput } from '../../core/check.js';
import {
    describeLength, fmt, lengthOfDuration, lengthOfTerm, longerThanMonths, shorterThanMonths, type Length
} from '../../model/burden.js';
import { clauseOf, describeRequirement, isArgumentIn, placeOfFigure, type MeasureView } from '../../model/order-model.js';
import { daysPerWeek, NO_BINDINGS, resolveValue, windowHours } from '../../model/values.js';
import {
    DEFAULT_PROFILE_ID, formIdOf, getProfile, type Figure, type FormId, type KindId, type Measure, type Profile
} from '../../profiles/index.js';

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 14: the law regulates the types and duration of community sanctions and measures and how
 *   they are carried out; an order cannot go beyond what the law allows, nor below what it
 *   requires.
 * - Rule 21: the authority empowered to decide fixes the duration "as prescribed by law": a
 *   duration outside the statutory range is not one the law prescribes.
 *
 * The statutory figures come from the active jurisdiction profile (docs/profiles.md), chosen by
 * `profile` in sanction.config.json or the CLI's --profile. The default profile, `coe`, has no
 * statutory figures, so under it the check never reports. What is compared, by the profile's
 * measure:
 * - `hours`: the hours of unpaid work or reparation (`120 hours`);
 * - `hoursPerDay`: the daily window (`from 19:00 to 07:00`, 12 hours);
 * - `hoursPerWeek`: the daily window times the days a week it applies (any 7 days); reported only
 *   when the daily hours are within their own limit, which is the figure at fault otherwise;
 * - `days`: a count of days (`120 days`), else the requirement's own term in days;
 * - `months`: the requirement's own term (`for 6 months`, or a date range); a requirement with no
 *   term of its own runs for the order's term, which is compared when the requirement's limit is
 *   below the order's own (otherwise the order's finding says it);
 * - `completionMonths`: the completion period (`completed within 12 months`);
 * - the order's term, with the figures of its form (`order "X", suspended sentence.`), else the
 *   profile's `orderMaximum`.
 * Each message names the figure, the limit, the provision and, when the profile marks the figure
 * unverified, says so; such a finding is a warning rather than an error, since the figure may be
 * wrong. A length not in months is compared with three days' tolerance.
 */
export const durationOverLimit = defineCheck({
    id: 'duration-over-limit',
    title: 'Duration or amount outside the statutory limits',
    family: 'duration',
    rules: [14, 21],
    severity: 'error',
    summary: 'Finds durations, hours and days beyond the statutory maximum, or under the minimum, of the active jurisdiction profile.',
    basis: [
        { rule: 14, chapter: 'II', clause: 'whole Rule', carries: 'the law regulates the types, duration and manner of implementation of community sanctions and measures' },
        { rule: 21, chapter: 'II', clause: 'whole Rule', carries: 'the deciding authority fixes the duration of a sanction as the law prescribes it' }
    ],
    visit: {
        Order(order, context) {
            const profile = activeProfile(context);
            if (!profile) {
                return;
            }
            const length = lengthOfTerm(clauseOf(order, isOrderTerm)?.term, NO_BINDINGS, clauseOf(order, isMadeOn)?.date);
            const limits = orderFigures(profile, order);
            if (!length || !limits) {
                return;
            }
            const figure = `An order term of ${describeLength(length)}`;
            if (limits.max && longerThanMonths(length, limits.max.value)) {
                context.report({ node: length.node, message: exceeds(figure, limits.max, 'months', limits.what, profile), ...severityOf(limits.max) });
            } else if (limits.min && shorterThanMonths(length, limits.min.value)) {
                context.report({ node: length.node, message: under(figure, limits.min, 'months', limits.what, profile), ...severityOf(limits.min) });
            }
        }
    },
    visitMeasure(measure, context) {
        if (measure.inTemplate || !measure.kind) {
            // A template's figures are checked in each order that applies it, under that order's profile.
            return;
        }
        const profile = activeProfile(context);
        const order = measure.via?.$container ?? measure.node.$container;
        if (!profile || !isOrder(order) || !profile.kinds[measure.kind.id as KindId]?.known) {
            return;
        }
        const check = (measureId: Measure, value: number, figure: string, node: AstNode, unit: string, compare?: Length) => {
            const { min, max } = kindFigures(profile, measure.kind!.id, measureId);
            const what = kindName(profile, measure.kind!.id, measure.kind!.keyword);
            const over = max && (compare ? longerThanMonths(compare, max.value) : value > max.value);
            const below = !over && min && (compare ? shorterThanMonths(compare, min.value) : value < min.value);
            if (over || below) {
                const text = over ? exceeds(figure, max!, unit, what, profile) : under(figure, min!, unit, what, profile);
                const prefix = inTemplate(measure, node, context);
                const message = prefix ? `${prefix}${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
                context.report({ ...placeOfFigure(measure, node, context.document), message, ...severityOf(over ? max! : min!) } as FindingInput);
                return true;
            }
            return false;
        };
        const b = measure.bindings;

        const hours = measure.param('HoursParameter');
        const hoursValue = resolveValue(hours?.hours, b);
        if (hours && isNumberLiteral(hoursValue)) {
            check('hours', hoursValue.value, `${hoursValue.value} hours`, figureNode(hours, hoursValue, measure), 'hours');
        }

        const daily = measure.param('DailyHoursParameter');
        const start = resolveValue(daily?.start, b);
        const end = resolveValue(daily?.end, b);
        const perDay = isTimeLiteral(start) && isTimeLiteral(end) ? windowHours(start.value, end.value) : undefined;
        if (daily && perDay !== undefined) {
            const node = dailyNode(daily, start as TimeLiteral, end as TimeLiteral, measure);
            const overDaily = check('hoursPerDay', perDay, quantity(perDay, 'hours a day'), node, 'hours a day');
            const days = daysPerWeek(measure.param('DaysParameter')?.days);
            if (!overDaily) {
                check('hoursPerWeek', perDay * days, `${quantity(perDay * days, 'hours in 7 days')} (${quantity(perDay, 'hours a day')} on ${quantity(days, 'days')})`,
                    node, 'hours in any 7 days');
            }
        }

        const madeOn = clauseOf(order, isMadeOn)?.date;
        const own = lengthOfTerm(measure.term, b, madeOn);
        const count = measure.param('CountParameter');
        const countValue = resolveValue(count?.count, b);
        if (count?.unit === 'days' && isNumberLiteral(countValue)) {
            check('days', countValue.value, `${countValue.value} days`, figureNode(count, countValue, measure), 'days');
        } else if (own) {
            check('days', own.days, `A term of ${describeDays(own)}`, own.node, 'days');
        }

        if (own) {
            check('months', own.months, `A term of ${describeLength(own)}`, own.node, 'months', own);
        } else if (!measure.term && !measure.param('CompletionParameter')) {
            inherited(measure, order, profile, context);
        }

        const completion = measure.param('CompletionParameter');
        const period = completion ? lengthOfDuration(completion.period, b) : undefined;
        if (completion && period) {
            check('completionMonths', period.months, `A completion period of ${describeLength(period)}`, period.node, 'months', period);
        }
    }
});

/**
 * A requirement with no term of its own runs for the order's term. When the law's limit for the
 * requirement is below the order's own limit, the order may be lawful while the requirement is
 * not: report it on the requirement, asking for a term of its own.
 */
function inherited(measure: MeasureView, order: Order, profile: Profile, context: CheckContext): void {
    const { max } = kindFigures(profile, measure.kind!.id, 'months');
    const length = lengthOfTerm(clauseOf(order, isOrderTerm)?.term, NO_BINDINGS, clauseOf(order, isMadeOn)?.date);
    if (!max || !length || !longerThanMonths(length, max.value)) {
        return;
    }
    const orderMax = orderFigures(profile, order)?.max?.value;
    if (orderMax !== undefined && orderMax <= max.value) {
        return; // the order's own finding says it
    }
    const what = kindName(profile, measure.kind!.id, measure.kind!.keyword);
    const figure = `${describeRequirement(measure)} has no term of its own, so it runs for the order's ${describeLength(length)}, which`;
    const text = exceeds(figure, max, 'months', what, profile);
    context.report({
        ...(measure.via ? { node: measure.via, property: 'template' } : { node: measure.node, property: 'kind' }),
        message: `${text}: give it a term of its own within the limit`,
        ...severityOf(max)
    } as FindingInput);
}

/** The active profile, when it is not the default (which has no statutory figures). */
function activeProfile(context: CheckContext): Profile | undefined {
    const profile = getProfile(context.config.profile);
    return profile && profile.id !== DEFAULT_PROFILE_ID ? profile : undefined;
}

/** The statutory minimum and maximum of one measure of a kind, each with its own source. */
function kindFigures(profile: Profile, kindId: string, measureId: Measure): { min?: Figure; max?: Figure } {
    const kind = profile.kinds[kindId as KindId];
    if (!kind?.known) {
        return {};
    }
    return {
        min: measureId === 'completionMonths' ? undefined : kind.minimum?.[measureId],
        max: kind.maximum?.[measureId]
    };
}

/**
 * The figures for the order's length: its form's, when the profile knows the form and has figures
 * for it; else the profile's `orderMaximum` (as `orderLimitFor` does, keeping each figure's source).
 */
function orderFigures(profile: Profile, order: Order): { min?: Figure; max?: Figure; what: string } | undefined {
    const formId: FormId | undefined = order.form ? formIdOf(order.form) : undefined;
    const form = formId ? profile.forms[formId] : undefined;
    if (form?.known && (form.minimum || form.maximum)) {
        const local = form.localName && form.localName.toLowerCase() !== order.form!.toLowerCase() ? ` (${form.localName})` : '';
        return { min: form.minimum?.months, max: form.maximum?.months, what: `${article(order.form!)}${local}` };
    }
    const fallback = profile.orderMaximum;
    if (!fallback) {
        return undefined;
    }
    return { max: { value: fallback.months, source: fallback.source, verified: fallback.verified, note: fallback.note }, what: 'an order' };
}

function exceeds(figure: string, limit: Figure, unit: string, what: string, profile: Profile): string {
    return `${figure} exceeds the maximum of ${quantity(limit.value, unit)}${unverified(limit)} for ${what} in ${profile.jurisdiction} (${limit.source})`;
}

function under(figure: string, limit: Figure, unit: string, what: string, profile: Profile): string {
    return `${figure} is under the minimum of ${quantity(limit.value, unit)}${unverified(limit)} for ${what} in ${profile.jurisdiction} (${limit.source})`;
}

/** "300 hours", "1 month", "20 hours a day". */
function quantity(value: number, unit: string): string {
    return `${fmt(value)} ${value === 1 ? unit.replace(/^(\w+?)s\b/, '$1') : unit}`;
}

/**
 * An error for a verified figure; a warning for one the profile could not verify, which may be wrong
 * (the message says "(unverified)"), so that a research gap does not fail a CI run on its own.
 */
function severityOf(figure: Figure): { severity?: 'warning' } {
    return figure.verified ? {} : { severity: 'warning' };
}

function unverified(figure: Figure): string {
    return figure.verified ? '' : ' (unverified)';
}

/** "an unpaid work requirement"; "a drug treatment requirement (drug rehabilitation requirement)". */
function kindName(profile: Profile, kindId: string, keyword: string): string {
    const local = profile.kinds[kindId as KindId]?.localName;
    const own = `${keyword} requirement`;
    return article(own) + (local && local.toLowerCase() !== own ? ` (${local})` : '');
}

function article(noun: string): string {
    return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** "150 days"; "6 months (182.6 days)"; "2026-03-14 to 2026-09-14 (184 days)". */
function describeDays(length: Length): string {
    return /^\d+ days?$/.test(length.text) ? length.text : `${length.text} (${fmt(length.days)} days)`;
}

/** The parameter as written in the order ("350 hours"), or the argument that gave a template its value. */
function figureNode(parameter: AstNode, value: NumberLiteral, measure: MeasureView): AstNode {
    return measure.via && value.$container?.$type === 'Argument' ? value : parameter;
}

/** The daily window as written, or, for a template, the argument that gave it its end or start. */
function dailyNode(parameter: AstNode, start: TimeLiteral, end: TimeLiteral, measure: MeasureView): AstNode {
    if (!measure.via) {
        return parameter;
    }
    return [end, start].find(value => value.$container?.$type === 'Argument') ?? parameter;
}

/** For a figure written in a template and reported on the `apply` clause: which requirement. */
function inTemplate(measure: MeasureView, node: AstNode, context: CheckContext): string {
    if (!measure.via || isArgumentIn(node, context.document)) {
        return '';
    }
    return `${describeRequirement(measure)}: `;
}
