import type { DurationLiteral, Order } from '../generated/ast.js';
import { isMadeOn, isOrderTerm } from '../generated/ast.js';
import { clauseOf, measuresOf } from '../model/order-model.js';
import { controlBurden, weeksOfTerm } from '../model/burden.js';
import { durationDays, parseIsoDate, resolveValue } from '../model/values.js';
import { escapeHtml } from './html.js';

export interface TimelineBar {
    readonly label: string;
    /** Weeks from the start of the order. */
    readonly fromWeek: number;
    readonly toWeek: number;
}

export interface Timeline {
    /** Weeks the order runs; undefined when open-ended or not stated. */
    readonly orderWeeks?: number;
    readonly start?: string;
    readonly end?: string;
    readonly bars: readonly TimelineBar[];
    /** Weeks from the start at which the order is reviewed. */
    readonly reviews: readonly number[];
    /** The control burden (model/burden.ts) and its weekly average over the order's length. */
    readonly burden: number;
    readonly burdenPerWeek?: number;
}

function addDays(iso: string, days: number): string | undefined {
    const ms = parseIsoDate(iso);
    return ms === undefined ? undefined : new Date(ms + Math.round(days) * 86_400_000).toISOString().slice(0, 10);
}

/** The order's period, each requirement's own period, the reviews and the burden, from the model. */
export function timelineOf(order: Order): Timeline {
    const madeOn = clauseOf(order, isMadeOn)?.date;
    const orderTerm = clauseOf(order, isOrderTerm);
    const orderWeeks = weeksOfTerm(orderTerm?.term, new Map(), madeOn)?.weeks;
    const bars = measuresOf(order).map(measure => {
        const own = weeksOfTerm(measure.term, measure.bindings, madeOn)?.weeks;
        const label = measure.kind?.keyword ?? 'condition';
        return { label, fromWeek: 0, toWeek: own ?? orderWeeks ?? 0 };
    });
    const interval = resolveValue(orderTerm?.review?.interval, new Map()) as DurationLiteral | undefined;
    const reviews: number[] = [];
    if (interval && orderWeeks) {
        const step = durationDays(interval) / 7;
        for (let w = step; step > 0 && w < orderWeeks - 1e-9 && reviews.length < 200; w += step) reviews.push(w);
    }
    const burden = controlBurden(order).total;
    return {
        orderWeeks, start: madeOn, end: madeOn && orderWeeks ? addDays(madeOn, orderWeeks * 7) : undefined,
        bars, reviews, burden, burdenPerWeek: orderWeeks ? Math.round(burden / orderWeeks * 10) / 10 : undefined
    };
}

/** Where the timeline's marks go, in pixels: shared by the SVG and the raster fallback of the DOCX. */
export interface TimelineLayout {
    readonly width: number;
    readonly height: number;
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly row: number;
    readonly axisY: number;
    /** Week → x. */
    readonly x: (week: number) => number;
    readonly bars: readonly { readonly x: number; readonly y: number; readonly width: number; readonly height: number }[];
    readonly reviews: readonly number[];
    readonly end?: number;
}

export function timelineLayout(timeline: Timeline): TimelineLayout {
    const width = 640, left = 150, right = 20, row = 22, top = 30;
    const span = Math.max(timeline.orderWeeks ?? 0, ...timeline.bars.map(b => b.toWeek), 1);
    const x = (w: number) => left + (w / span) * (width - left - right);
    const height = top + timeline.bars.length * row + 50;
    const bars = timeline.bars.map((b, i) => ({ x: x(b.fromWeek), y: top + i * row + 3, width: Math.max(1, x(b.toWeek) - x(b.fromWeek)), height: row - 8 }));
    return {
        width, height, left, right, top, row, axisY: top + timeline.bars.length * row + 4, x, bars,
        reviews: timeline.reviews.map(x), end: timeline.orderWeeks ? x(timeline.orderWeeks) : undefined
    };
}

/** The timeline as an inline SVG (no script, no external resources), every label escaped. */
export function renderTimelineSvg(timeline: Timeline): string {
    const e = escapeHtml;
    const layout = timelineLayout(timeline);
    const { width, height, left, right, top, row, x, axisY } = layout;
    const bars = timeline.bars.map((b, i) => {
        const y = top + i * row;
        const r = layout.bars[i];
        return `<text x="${left - 6}" y="${y + 14}" text-anchor="end">${e(b.label)}</text><rect class="bar" x="${r.x.toFixed(1)}" y="${r.y}" width="${r.width.toFixed(1)}" height="${r.height}"><title>${e(`${b.label}: ${Math.round(b.toWeek)} weeks`)}</title></rect>`;
    }).join('');
    const reviews = timeline.reviews.map(w => `<line class="review" x1="${x(w).toFixed(1)}" y1="${top - 6}" x2="${x(w).toFixed(1)}" y2="${axisY}"><title>review at week ${Math.round(w)}</title></line>`).join('');
    const end = timeline.orderWeeks ? `<line class="end" x1="${x(timeline.orderWeeks).toFixed(1)}" y1="${top - 10}" x2="${x(timeline.orderWeeks).toFixed(1)}" y2="${axisY}"/><text x="${x(timeline.orderWeeks).toFixed(1)}" y="${top - 14}" text-anchor="end">${e(`ends ${timeline.end ?? `after ${Math.round(timeline.orderWeeks)} weeks`}`)}</text>` : '';
    const burden = `control burden ${timeline.burden}${timeline.burdenPerWeek !== undefined ? ` (${timeline.burdenPerWeek} a week on average)` : ''}`;
    return `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Timeline of the order">
<style>text{font:11px sans-serif}.bar{fill:#4a6fa5}.review{stroke:#c60;stroke-dasharray:3 2}.end{stroke:#000;stroke-width:2}</style>
<text x="${left}" y="12">${e(timeline.start ? `starts ${timeline.start}` : 'start')}</text>
${bars}${reviews}${end}
<line x1="${left}" y1="${axisY}" x2="${width - right}" y2="${axisY}" stroke="#000"/>
<text x="${left}" y="${axisY + 30}">${e(burden)}</text>
</svg>`;
}
