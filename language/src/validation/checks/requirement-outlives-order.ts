import { writtenText } from '../wording.js';
import type { AstNode } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { CompletionParameter, DateRangeTerm, DurationLiteral, FixedTerm, Order, OrderTerm } from '../../generated/ast.js';
import { isDateRangeTerm, isDurationLiteral, isFixedTerm, isMadeOn, isOrder, isOrderTerm } from '../../generated/ast.js';
import { defineCheck, type CheckContext, type FindingInput } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clauseOf, type MeasureView } from '../../model/order-model.js';
import { durationDays, formatDuration, parseIsoDate, rangeDates, resolveValue } from '../../model/values.js';

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 15, on conditions and obligations ("shall"): what the person has to do is set out in
 *   clear and explicit terms. A requirement that runs on after the order has ended leaves the
 *   person unable to tell which of the two ends binds them.
 * - Rule 14 ("shall"): the law regulates how long a sanction or measure lasts; a requirement is a
 *   part of the sanction, and lasting beyond it is lasting beyond the term the law provides for.
 *
 * What is compared, in this order of preference:
 * - when the order's end can be dated (its `made on` date plus its fixed term, or the end of its
 *   date range), the requirement's end as a date: its own `until` date, or the order's start plus
 *   its own fixed length or completion period (a requirement is read as starting with the order:
 *   the language has no start for a requirement given as a length);
 * - otherwise, two fixed lengths: exactly when both are in months and years or both in days and
 *   weeks, and with two days' tolerance when the units are mixed (months have no fixed number of
 *   days, so "366 days" is not reported against "12 months").
 * An open-ended order or requirement is left to open-ended-duration; a template's requirement is
 * checked in each order that applies it, against that order's term. An extendable order is compared
 * on its term as made: an extension is for the deciding authority to grant later, not for a
 * requirement to assume.
 */
export const requirementOutlivesOrder = defineCheck({
    id: 'requirement-outlives-order',
    title: 'Requirement runs past the end of the order',
    family: 'duration',
    kind: 'contravenes',
    rules: [15, 14],
    severity: 'warning',
    summary: 'Finds a requirement whose own term or completion period runs past the end of the order it belongs to.',
    basis: [
        { rule: 15, chapter: 'II', clause: 'first part (conditions and obligations)', modal: 'shall', carries: 'what the person is obliged to do is set out in clear, explicit terms, so they can tell when each obligation ends' },
        { rule: 14, chapter: 'II', clause: 'whole Rule', modal: 'shall', carries: 'the law governs how long a sanction or measure lasts, and a requirement is part of the sanction whose length the law governs' }
    ],
    messages: {
        runsPastEnd: '{{requirement}} runs for {{length}}, to {{end}}, past the end of the order on {{orderEnd}}, so it is unclear which end binds the person; Rule 15 asks that obligations be clear and explicit: end the requirement with the order or before it, e.g. `{{suggested}}`',
        completedPastEnd: '{{requirement}} is to be completed within {{length}}, to {{end}}, past the end of the order on {{orderEnd}}, so it is unclear which end binds the person; Rule 15 asks that obligations be clear and explicit: end the requirement with the order or before it, e.g. `{{suggested}}`',
        untilPastEnd: '{{requirement}} runs until {{end}}, past the end of the order on {{orderEnd}}, so it is unclear which end binds the person; Rule 15 asks that obligations be clear and explicit: end the requirement with the order or before it, e.g. `{{suggested}}`',
        runsLonger: '{{requirement}} runs for {{length}}, longer than the order, which is in force for {{orderLength}}, so it is unclear which end binds the person; Rule 15 asks that obligations be clear and explicit: end the requirement with the order or before it, e.g. `{{suggested}}`',
        completedLonger: '{{requirement}} is to be completed within {{length}}, longer than the order, which is in force for {{orderLength}}, so it is unclear which end binds the person; Rule 15 asks that obligations be clear and explicit: end the requirement with the order or before it, e.g. `{{suggested}}`',
        pastExtendableOrder: '{{requirement}} (`{{term}}`) runs past the end of the order as made (`in force {{orderTerm}}`); the order may be extended, but that is for the deciding authority to decide later, not for a requirement to assume, and Rule 15 asks that obligations be clear and explicit: end the requirement with the order or before it, e.g. `{{suggested}}`'
    },
    visitMeasure(measure, context) {
        if (measure.inTemplate) {
            // A template's requirement is compared with the term of each order that applies it.
            return;
        }
        const order = measure.via?.$container ?? measure.node.$container;
        if (!isOrder(order)) {
            return;
        }
        const span = orderSpan(order);
        if (!span) {
            return;
        }
        const what = describe(measure);
        const term = measure.term;
        if (isFixedTerm(term)) {
            checkLength(measure, span, term, what, context);
        } else if (isDateRangeTerm(term)) {
            checkDateRange(measure, span, term, what, context);
        }
        const completion = measure.param('CompletionParameter');
        if (completion) {
            checkLength(measure, span, completion, what, context);
        }
    }
});

/** What is known of the order's term. */
interface OrderSpan {
    readonly term: OrderTerm;
    /** The order's start (its date range's start, else its `made on` date), as UTC milliseconds. */
    readonly start?: number;
    /** The order's end, as UTC milliseconds, when it can be dated. */
    readonly end?: number;
    /** The order's fixed length, when it is given as one. */
    readonly length?: DurationLiteral;
}

/** The order's span, worked out once per order: every requirement asks for it. */
function orderSpan(order: Order): OrderSpan | undefined {
    if (!SPANS.has(order)) {
        SPANS.set(order, readOrderSpan(order));
    }
    return SPANS.get(order);
}
const SPANS = new WeakMap<Order, OrderSpan | undefined>();

function readOrderSpan(order: Order): OrderSpan | undefined {
    const term = clauseOf(order, isOrderTerm);
    if (!term) {
        return undefined;
    }
    const madeOn = parseDate(clauseOf(order, isMadeOn)?.date);
    if (isFixedTerm(term.term)) {
        const length = resolveValue(term.term.length);
        if (!isDurationLiteral(length)) {
            return undefined;
        }
        return { term, start: madeOn, end: madeOn !== undefined ? addDuration(madeOn, length) : undefined, length };
    }
    if (isDateRangeTerm(term.term)) {
        const end = parseDate(term.term.end);
        return end === undefined ? undefined : { term, start: parseDate(term.term.start) ?? madeOn, end };
    }
    return undefined; // open-ended: nothing to outlive (open-ended-duration reports it)
}

type Context = CheckContext<'runsPastEnd' | 'completedPastEnd' | 'untilPastEnd' | 'runsLonger' | 'completedLonger' | 'pastExtendableOrder'>;

/** A requirement given as a length (`for 9 months`, `completed within 18 months`). */
function checkLength(measure: MeasureView, span: OrderSpan, at: FixedTerm | CompletionParameter, what: string, context: Context): void {
    const slot = isFixedTerm(at) ? at.length : at.period;
    const length = resolveValue(slot, measure.bindings);
    if (!isDurationLiteral(length)) {
        return;
    }
    const completion = !isFixedTerm(at);
    const data = { requirement: what, length: formatDuration(length) };
    if (span.start !== undefined && span.end !== undefined) {
        const end = addDuration(span.start, length);
        if (end === undefined || end > span.end) {
            const to = end === undefined ? 'beyond any calendar date' : iso(end);
            report(measure, span, at, length, completion ? 'completedPastEnd' : 'runsPastEnd', { ...data, end: to, orderEnd: iso(span.end) }, context);
        }
        return;
    }
    if (span.length && longer(length, span.length)) {
        report(measure, span, at, length, completion ? 'completedLonger' : 'runsLonger', { ...data, orderLength: formatDuration(span.length) }, context);
    }
}

/** A requirement given as dates (`until 2026-08-01`). */
function checkDateRange(measure: MeasureView, span: OrderSpan, at: DateRangeTerm, what: string, context: Context): void {
    const written = rangeDates(at, measure.bindings).end;
    const end = parseDate(written);
    if (written === undefined || end === undefined || span.end === undefined || end <= span.end) {
        return;
    }
    report(measure, span, at, undefined, 'untilPastEnd', { requirement: what, end: written, orderEnd: iso(span.end) }, context);
}

function report(measure: MeasureView, span: OrderSpan, at: FixedTerm | CompletionParameter | DateRangeTerm, length: DurationLiteral | undefined,
    messageId: 'runsPastEnd' | 'completedPastEnd' | 'untilPastEnd' | 'runsLonger' | 'completedLonger', data: Record<string, string>, context: Context): void {
    const place = placeOf(measure, at, length);
    // The argument an order passed to a template takes the order's length as it stands.
    const suggested = place.node.$type === 'DurationLiteral' && span.length ? literalText(span.length) : suggestion(at, span);
    const extendable = span.term.extension !== undefined;
    context.report({
        ...place,
        messageId: extendable ? 'pastExtendableOrder' : messageId,
        data: extendable
            ? { requirement: data.requirement, term: termText(at, length), orderTerm: writtenText(span.term.term) ?? '', suggested }
            : { ...data, suggested },
        fixes: endWithOrder(place.node, at, length, span, context)
    } as FindingInput<AstNode, typeof messageId | 'pastExtendableOrder'>);
}

/** The requirement's term as the order reads it: `for 15 months`, `completed within 18 months`, `until 2027-06-01`. */
function termText(at: FixedTerm | CompletionParameter | DateRangeTerm, length: DurationLiteral | undefined): string {
    if (isDateRangeTerm(at)) {
        return writtenText(at) ?? `until ${at.end}`;
    }
    const written = length ? formatDuration(length) : '';
    return isFixedTerm(at) ? `for ${written}` : `completed within ${written}`;
}

/** What to write instead, as the fix writes it where it can: the order's length, or its end date. */
function suggestion(at: FixedTerm | CompletionParameter | DateRangeTerm, span: OrderSpan): string {
    if (isDateRangeTerm(at)) {
        return span.end !== undefined ? `until ${iso(span.end)}` : '';
    }
    if (span.length) {
        return `${isFixedTerm(at) ? 'for' : 'completed within'} ${literalText(span.length)}`;
    }
    if (isFixedTerm(at) && span.end !== undefined) {
        return `until ${iso(span.end)}`;
    }
    const months = span.start !== undefined && span.end !== undefined ? wholeMonths(span.start, span.end) : 0;
    return months > 0
        ? `completed within ${months} ${months === 1 ? 'month' : 'months'}`
        : `completed within ${Math.max(1, Math.floor(((span.end ?? 0) - (span.start ?? 0)) / 86_400_000))} days`;
}

/** The whole calendar months from one date to another. */
function wholeMonths(start: number, end: number): number {
    let months = 0;
    while (addMonths(start, months + 1) <= end) {
        months++;
    }
    return months;
}

/**
 * Where to show the finding: the requirement's term as written in the order; the argument that gave
 * a template its length; else the `apply` clause that brought the requirement in.
 */
function placeOf(measure: MeasureView, at: AstNode, length: DurationLiteral | undefined): { node: AstNode; property?: string } {
    if (!measure.via) {
        return { node: at };
    }
    if (length && length.$container?.$type === 'Argument') {
        return { node: length };
    }
    return { node: measure.via, property: 'template' };
}

/**
 * Offers to end the requirement with the order: the order's own length in place of the
 * requirement's (or of the template argument that gave it), or the order's end date in place of the
 * requirement's `until` date.
 */
function endWithOrder(place: AstNode, at: FixedTerm | CompletionParameter | DateRangeTerm, length: DurationLiteral | undefined, span: OrderSpan, context: CheckContext): Fix[] {
    if (AstUtils.getDocument(place) !== context.document) {
        return [];
    }
    const title = 'End the requirement with the order';
    // The order's length is copied as written: not when the lexer skipped characters in it
    // (`12*/ months`), which the copy would write out again as a new syntax error.
    const orderLength = span.length && readAsWritten(span.length) ? literalText(span.length) : undefined;
    if (place.$type === 'DurationLiteral' && span.length && place.$cstNode) {
        // The argument an order passed to a template.
        return orderLength ? [{ title, edits: [{ range: place.$cstNode.range, newText: orderLength }] }] : [];
    }
    if (place !== at) {
        return [];
    }
    if (isDateRangeTerm(at)) {
        const end = GrammarUtils.findNodeForProperty(at.$cstNode, 'end');
        return end && span.end !== undefined ? [{ title, edits: [{ range: end.range, newText: iso(span.end) }] }] : [];
    }
    const slot = isFixedTerm(at) ? at.length : at.period;
    if (!length || slot !== length || !slot.$cstNode) {
        return [];
    }
    if (span.length) {
        return orderLength ? [{ title, edits: [{ range: slot.$cstNode.range, newText: orderLength }] }] : [];
    }
    if (isFixedTerm(at) && at.$cstNode && span.end !== undefined) {
        return [{ title, edits: [{ range: at.$cstNode.range, newText: `until ${iso(span.end)}` }] }];
    }
    return [];
}

/** Whether every character of a literal's text is in one of its tokens (or comments) or is blank space. */
function readAsWritten(duration: DurationLiteral): boolean {
    const cst = duration.$cstNode;
    if (!cst) {
        return false;
    }
    const text = cst.root.fullText;
    let at = cst.offset;
    for (const leaf of CstUtils.flattenCst(cst)) {
        if (leaf.offset > at && !/^\s*$/.test(text.slice(at, leaf.offset))) {
            return false;
        }
        at = Math.max(at, leaf.end);
    }
    return at >= cst.end || /^\s*$/.test(text.slice(at, cst.end));
}

function literalText(duration: DurationLiteral): string {
    return writtenText(duration) ?? formatDuration(duration);
}

function describe(measure: MeasureView): string {
    const what = measure.kind ? `${measure.kind.keyword} requirement` : 'condition';
    const template = measure.via?.template?.ref?.name;
    return measure.via ? `The ${what} brought in by '${template}'` : `This ${what}`;
}

/** Whether one length is longer than another (see the comment at the top for mixed units). */
function longer(a: DurationLiteral, b: DurationLiteral): boolean {
    const monthsA = calendarMonths(a);
    const monthsB = calendarMonths(b);
    if (monthsA !== undefined && monthsB !== undefined) {
        return monthsA > monthsB;
    }
    if (monthsA === undefined && monthsB === undefined) {
        return durationDays(a) > durationDays(b);
    }
    return durationDays(a) > durationDays(b) + 2;
}

function calendarMonths(duration: DurationLiteral): number | undefined {
    if (/^months?$/.test(duration.unit)) {
        return duration.value;
    }
    return /^years?$/.test(duration.unit) ? duration.value * 12 : undefined;
}

/**
 * A date plus a length, as the calendar counts: months and years keep the day of the month.
 * Undefined when the result is past any date the calendar can write (a term of millions of months).
 */
function addDuration(start: number, duration: DurationLiteral): number | undefined {
    const months = calendarMonths(duration);
    const end = months === undefined ? start + durationDays(duration) * 86_400_000 : addMonths(start, months);
    return Number.isFinite(end) && Math.abs(end) <= MAX_TIME ? end : undefined;
}

/** The largest time a JavaScript date holds (about 275,760 years after 1970). */
const MAX_TIME = 8.64e15;

/** A date plus whole months, keeping the day of the month (or the month's last day). */
function addMonths(start: number, months: number): number {
    const date = new Date(start);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + months;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay));
}

function parseDate(text: string | undefined): number | undefined {
    return text ? parseIsoDate(text) : undefined;
}

function iso(time: number): string {
    return new Date(time).toISOString().slice(0, 10);
}
