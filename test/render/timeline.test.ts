import { describe, expect, it } from 'vitest';
import { lintText } from '../../language/src/core/lint.js';
import { firstOrder, renderHtml, renderTimelineSvg, timelineOf } from '../../language/src/render/index.js';
import { controlBurden } from '../../language/src/model/burden.js';
import { testServices } from '../helpers.js';

const ORDER = `order "T1".
made on 2026-01-01.
decided by "Court".
in force for 12 months, reviewed every 4 months.
requirement curfew, at "Home", from 19:00 to 07:00, on every day, for 4 months.
requirement supervision, reporting weekly at "Office", for 6 months.
requirement unpaid work, 100 hours, completed within 12 months.
`;

describe('timeline', () => {
    it('reads the order period, each requirement bar, the reviews, the end date and the burden from the model', async () => {
        const { document } = await lintText(testServices(), ORDER);
        const order = firstOrder(document)!;
        const t = timelineOf(order);
        expect(t.orderWeeks).toBeCloseTo(365.25 / 7, 5);
        expect(t.start).toBe('2026-01-01');
        expect(t.end).toBe('2027-01-01');
        expect(t.bars.map(b => [b.label, Math.round(b.toWeek)])).toEqual([['curfew', 17], ['supervision', 26], ['unpaid work', 52]]);
        expect(t.reviews.map(Math.round)).toEqual([17, 35]);
        expect(t.burden).toBe(controlBurden(order).total);
        expect(t.burden).toBeGreaterThan(0);
        const svg = renderTimelineSvg(t);
        expect(svg.match(/<rect class="bar"/g)).toHaveLength(3);
        expect(svg.match(/<line class="review"/g)).toHaveLength(2);
        expect(svg).toContain('ends 2027-01-01');
        expect(svg).not.toMatch(/<script|href=/);
        expect(renderHtml(order)).toContain(svg);
    });

    it('escapes labels and survives an order with no term', async () => {
        const { document } = await lintText(testServices(), 'order "<x>".\ncondition "<script>", for 2 weeks.\n');
        const t = timelineOf(firstOrder(document)!);
        expect(t.orderWeeks).toBeUndefined();
        expect(t.bars.map(b => [b.label, b.toWeek])).toEqual([['condition', 2]]);
        expect(renderTimelineSvg(t)).not.toContain('<script');
    });
});
