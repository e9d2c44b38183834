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
    DEFAULT_PROFILE_ID, formIdOf, formLocalName, kindKnown, kindLocalName, kindProfile, type Figure, type FormId, type Measure, type Profile
} from '../../profiles/index.js';

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 14 ("shall"): the law governs which sanctions and measures exist, how long they last and
 *   how they are carried out; the profile's statute is that law for its jurisdiction.
 * - Rule 21 ("shall"): the deciding authority fixes the duration "as prescribed by law": a
 *   duration outside the statutory range is not one the law prescribes.
 *
 * This is the one check of its family that speaks of the law itself: every message cites the
 * profile's statute (the provision the figure comes from) and so may say "exceeds the statutory
 * maximum". The statutory figures come from the active jurisdiction profile (docs/profiles.md),
 * chosen by `profile` in sanction.config.json or the CLI's --profile. The default profile, `coe`,
 * has no statute, so under it the check never reports. What is compared, by the profile's measure:
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
 * Each finding cites the figure it rests on (docs/profiles.md), not a limit's joined sources: a
 * finding on a maximum cites the maximum's provision, a finding on a minimum the minimum's. Each
 * message names the figure, the limit, the provision and, when the profile marks the figure
 * unverified, says so; such a finding is a warning rather than an error, since the figure may be
 * wrong. A length not in months is compared with three days' tolerance.
 */
export const durationOverLimit = defineCheck({
    id: 'duration-over-limit',
    title: 'Duration or amount outside the statutory limits',
    family: 'duration',
    kind: 'contravenes',
    rules: [14, 21],
    severity: 'error',
    summary: 'Finds durations, hours and days beyond the statutory maximum, or under the minimum, of the active jurisdiction profile.',
    basis: [
        { rule: 14, chapter: 'II', clause: 'whole Rule', modal: 'shall', carries: 'the law governs which sanctions and measures exist, how long they last and how they are carried out' },
        { rule: 21, chapter: 'II', clause: 'whole Rule', modal: 'shall', carries: 'the deciding authority sets the duration of a sanction as prescribed by law, so within the range the statute allows' }
    ],
    messages: {
        orderOverMaximum: 'An order term of {{length}} exceeds the statutory maximum of {{limit}} for {{what}} in {{jurisdiction}} ({{statute}}): set a term within it, e.g. `in force for {{suggested}}.`',
        orderUnderMinimum: 'An order term of {{length}} is under the statutory minimum of {{limit}} for {{what}} in {{jurisdiction}} ({{statute}}): set a term of at least that, e.g. `in force for {{suggested}}.`',
        overMaximum: '{{figure}} exceeds the statutory maximum of {{limit}} for {{what}} in {{jurisdiction}} ({{statute}}): bring it within the maximum, e.g. `{{suggested}}`',
        underMinimum: '{{figure}} is under the statutory minimum of {{limit}} for {{what}} in {{jurisdiction}} ({{statute}}): raise it to at least the minimum, e.g. `{{suggested}}`',
        templateOverMaximum: '{{requirement}}: {{figure}} exceeds the statutory maximum of {{limit}} for {{what}} in {{jurisdiction}} ({{statute}}): bring it within the maximum in the template, e.g. `{{suggested}}`',
        templateUnderMinimum: '{{requirement}}: {{figure}} is under the statutory minimum of {{limit}} for {{what}} in {{jurisdiction}} ({{statute}}): raise it to at least the minimum in the template, e.g. `{{suggested}}`',
        inheritedOverMaximum: '{{requirement}} has no term of its own, so it runs for the order\'s {{length}}, which exceeds the statutory maximum of {{limit}} for {{what}} in {{jurisdiction}} ({{statute}}): give it a term of its own within the maximum, e.g. `for {{suggested}}`'
    },
    statutoryMessages: [
        'orderOverMaximum', 'orderUnderMinimum', 'overMaximum', 'underMinimum', 'templateOverMaximum', 'templateUnderMinimum', 'inheritedOverMaximum'
    ],
    visit: {
        Order(order, context) {
            const profile = statutoryProfile(context);
            if (!profile) {
                return;
            }
            const length = lengthOfTerm(clauseOf(order, isOrderTerm)?.term, NO_BINDINGS, clauseOf(order, isMadeOn)?.date);
            const limits = orderFigures(profile, order);
            if (!length || !limits) {
                return;
            }
            const { min, max, what } = limits;
            const over = max !== undefined && longerThanMonths(length, max.value);
            const under = !over && min !== undefined && shorterThanMonths(length, min.value);
            if (over || under) {
                const figure = over ? max! : min!;
                context.report({
                    node: length.node,
                    messageId: over ? 'orderOverMaximum' : 'orderUnderMinimum',
                    data: { length: describeLength(length), what, suggested: quantity(figure.value, 'months'), ...statute(figure, 'months', profile) },
                    ...severityOf(figure)
                });
            }
        }
    },
    visitMeasure(measure, context) {
        if (measure.inTemplate || !measure.kind) {
            // A template's figures are checked in each order that applies it, under that order's profile.
            return;
        }
        const profile = statutoryProfile(context);
        const order = measure.via?.$container ?? measure.node.$container;
        if (!profile || !isOrder(order) || !kindKnown(profile, measure.kind.id)) {
            return;
        }
        const kindId = measure.kind.id;
        const what = kindName(profile, kindId, measure.kind.keyword);
        /**
         * Compares one figure with the law's limit for it and reports it when it is outside;
         * `suggest` writes the figure at the limit, as the order would write it.
         */
        const check = (measureId: Measure, value: number, figure: string, node: AstNode, unit: string, suggest: (limit: number, over: boolean) => string, compare?: Length) => {
            const { min, max } = kindFigures(profile, kindId, measureId);
            const over = max !== undefined && (compare ? longerThanMonths(compare, max.value) : value > max.value);
            const under = !over && min !== undefined && (compare ? shorterThanMonths(compare, min.value) : value < min.value);
            if (!over && !under) {
                return false;
            }
            const bound = over ? max! : min!;
            const requirement = inTemplate(measure, node, context);
            const data = { what, suggested: suggest(bound.value, over), ...statute(bound, unit, profile) };
            context.report({
                ...placeOfFigure(measure, node, context.document),
                ...(requirement
                    ? { messageId: over ? 'templateOverMaximum' : 'templateUnderMinimum', data: { ...data, requirement, figure: lowerFirst(figure) } }
                    : { messageId: over ? 'overMaximum' : 'underMinimum', data: { ...data, figure } }),
                ...severityOf(bound)
            } as FindingInput<AstNode, 'overMaximum' | 'underMinimum' | 'templateOverMaximum' | 'templateUnderMinimum'>);
            return true;
        };
        const b = measure.bindings;

        const hours = measure.param('HoursParameter');
        const hoursValue = resolveValue(hours?.hours, b);
        if (hours && isNumberLiteral(hoursValue)) {
            check('hours', hoursValue.value, `${hoursValue.value} hours`, figureNode(hours, hoursValue, measure), 'hours', limit => `${fmt(limit)} hours`);
        }

        const daily = measure.param('DailyHoursParameter');
        const start = resolveValue(daily?.start, b);
        const end = resolveValue(daily?.end, b);
        const perDay = isTimeLiteral(start) && isTimeLiteral(end) ? windowHours(start.value, end.value) : undefined;
        if (daily && perDay !== undefined) {
            const from = (start as TimeLiteral).value;
            const node = dailyNode(daily, start as TimeLiteral, end as TimeLiteral, measure);
            const overDaily = check('hoursPerDay', perDay, quantity(perDay, 'hours a day'), node, 'hours a day', limit => window(from, limit));
            const days = daysPerWeek(measure.param('DaysParameter')?.days);
            if (!overDaily) {
                check('hoursPerWeek', perDay * days, `${quantity(perDay * days, 'hours in 7 days')} (${quantity(perDay, 'hours a day')} on ${quantity(days, 'days')})`,
                    node, 'hours in any 7 days', (limit, over) => {
                        const dailyMax = kindFigures(profile, kindId, 'hoursPerDay').max?.value ?? 24;
                        return window(from, over ? Math.min(dailyMax, Math.floor(limit / days)) : Math.ceil(limit / days));
                    });
            }
        }

        const madeOn = clauseOf(order, isMadeOn)?.date;
        const own = lengthOfTerm(measure.term, b, madeOn);
        const count = measure.param('CountParameter');
        const countValue = resolveValue(count?.count, b);
        if (count?.unit === 'days' && isNumberLiteral(countValue)) {
            check('days', countValue.value, `${countValue.value} days`, figureNode(count, countValue, measure), 'days', limit => `${fmt(limit)} days`);
        } else if (own) {
            check('days', own.days, `A term of ${describeDays(own)}`, own.node, 'days', limit => `for ${quantity(limit, 'days')}`);
        }

        if (own) {
            check('months', own.months, `A term of ${describeLength(own)}`, own.node, 'months', limit => `for ${quantity(limit, 'months')}`, own);
        } else if (!measure.term && !measure.param('CompletionParameter')) {
            inherited(measure, order, profile, what, context);
        }

        const completion = measure.param('CompletionParameter');
        const period = completion ? lengthOfDuration(completion.period, b) : undefined;
        if (completion && period) {
            check('completionMonths', period.months, `A completion period of ${describeLength(period)}`, period.node, 'months',
                limit => `completed within ${quantity(limit, 'months')}`, period);
        }
    }
});

type Context = CheckContext<'orderOverMaximum' | 'orderUnderMinimum' | 'overMaximum' | 'underMinimum' | 'templateOverMaximum' | 'templateUnderMinimum' | 'inheritedOverMaximum'>;

/**
 * A requirement with no term of its own runs for the order's term. When the law's limit for the
 * requirement is below the order's own limit, the order may be within the law while the
 * requirement is not: report it on the requirement, asking for a term of its own.
 */
function inherited(measure: MeasureView, order: Order, profile: Profile, what: string, context: Context): void {
    const { max } = kindFigures(profile, measure.kind!.id, 'months');
    const length = lengthOfTerm(clauseOf(order, isOrderTerm)?.term, NO_BINDINGS, clauseOf(order, isMadeOn)?.date);
    if (!max || !length || !longerThanMonths(length, max.value)) {
        return;
    }
    const orderMax = orderFigures(profile, order)?.max?.value;
    if (orderMax !== undefined && orderMax <= max.value) {
        return; // the order's own finding says it
    }
    context.report({
        ...(measure.via ? { node: measure.via, property: 'template' } : { node: measure.node, property: 'kind' }),
        messageId: 'inheritedOverMaximum',
        data: {
            requirement: describeRequirement(measure), length: describeLength(length), what,
            suggested: quantity(max.value, 'months'), ...statute(max, 'months', profile)
        },
        ...severityOf(max)
    } as FindingInput<AstNode, 'inheritedOverMaximum'>);
}

/** The active profile, when it has a statute to cite (the default, `coe`, has none). */
function statutoryProfile(context: CheckContext): Profile | undefined {
    return context.profile.id !== DEFAULT_PROFILE_ID ? context.profile : undefined;
}

/** The statutory minimum and maximum of one measure of a kind, each with its own source. */
function kindFigures(profile: Profile, kindId: string, measureId: Measure): { min?: Figure; max?: Figure } {
    const kind = kindProfile(profile, kindId);
    if (!kind?.known) {
        return {};
    }
    return {
        min: measureId === 'completionMonths' ? undefined : kind.minimum?.[measureId],
        max: kind.maximum?.[measureId]
    };
}

/**
 * The figures for the order's length and what they are the figures for: its form's, when the
 * profile knows the form and has figures for it; else the profile's `orderMaximum` (as
 * `orderLimitFor` chooses, keeping each figure's own source).
 */
function orderFigures(profile: Profile, order: Order): { min?: Figure; max?: Figure; what: string } | undefined {
    const formId: FormId | undefined = order.form ? formIdOf(order.form) : undefined;
    const form = formId ? formFigures(profile, formId) : undefined;
    if (form) {
        const localName = formLocalName(profile, formId!);
        const local = localName && localName.toLowerCase() !== order.form!.toLowerCase() ? ` (${localName})` : '';
        return { ...form, what: `${article(order.form!)}${local}` };
    }
    const fallback = profile.orderMaximum;
    if (!fallback) {
        return undefined;
    }
    return { max: { value: fallback.months, source: fallback.source, verified: fallback.verified, note: fallback.note }, what: 'an order' };
}

/**
 * A form's own figures, when the profile knows the form and has any. Reads the profile's data:
 * profiles/index.ts has no function for a form's figures with their sources (`orderLimitFor` joins them).
 */
function formFigures(profile: Profile, formId: FormId): { min?: Figure; max?: Figure } | undefined {
    const form = profile.forms[formId];
    return form?.known && (form.minimum || form.maximum) ? { min: form.minimum?.months, max: form.maximum?.months } : undefined;
}

/** The placeholders that cite the law: the limit (marked when unverified), the jurisdiction, the provision. */
function statute(figure: Figure, unit: string, profile: Profile): { limit: string; jurisdiction: string; statute: string } {
    return { limit: `${quantity(figure.value, unit)}${figure.verified ? '' : ' (unverified)'}`, jurisdiction: profile.jurisdiction, statute: figure.source };
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

/** "an unpaid work requirement"; "a drug treatment requirement (drug rehabilitation requirement)". */
function kindName(profile: Profile, kindId: string, keyword: string): string {
    const local = kindLocalName(profile, kindId);
    const own = `${keyword} requirement`;
    return article(own) + (local && local.toLowerCase() !== own ? ` (${local})` : '');
}

/** A daily window of whole hours from the same start: `from 19:00 to 15:00`. */
function window(from: string, hours: number): string {
    const [h, m] = from.split(':').map(Number);
    const endMinutes = ((h * 60 + m + Math.max(0, Math.floor(hours)) * 60) % (24 * 60) + 24 * 60) % (24 * 60);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `from ${from} to ${pad(Math.floor(endMinutes / 60))}:${pad(endMinutes % 60)}`;
}

function lowerFirst(text: string): string {
    return text.charAt(0).toLowerCase() + text.slice(1);
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
    return describeRequirement(measure);
}
