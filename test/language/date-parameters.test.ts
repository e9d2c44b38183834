/**
 * A template's `date` parameter in a requirement's dates (`until ending`, `from starting until …`):
 * the grammar takes it, the value an order passes (or the default) is what the checks, the model
 * and the renderers read, and a value of another type is refused like any other.
 */
import { describe, expect, test } from 'vitest';
import { lintText } from '../../language/src/core/lint.js';
import { lengthOfTerm } from '../../language/src/model/burden.js';
import { measuresOf } from '../../language/src/model/order-model.js';
import { firstOrder, renderHtml } from '../../language/src/render/index.js';
import { renderNotice } from '../../language/src/render/notice.js';
import { ids, lint, testServices } from '../helpers.js';

const TEMPLATE = [
    'template dated-curfew(starting: date = 2026-04-01, ending: date = 2026-09-01):',
    '  requirement curfew, at "1 Road", from 19:00 to 07:00, from starting until ending.',
    ''
].join('\n');

function order(apply: string): string {
    return TEMPLATE + ['order "R-1".', 'made on 2026-03-14.', 'in force for 12 months.', apply, ''].join('\n');
}

async function measureOf(text: string) {
    const { document, findings } = await lintText(testServices(), text);
    const o = firstOrder(document)!;
    return { order: o, findings, measure: measuresOf(o)[0]! };
}

describe('a date parameter in a requirement\'s dates', () => {
    test('the template parses and its body has no syntax error', async () => {
        const { findings } = await measureOf(order('apply dated-curfew.'));
        expect(findings.filter(f => f.checkId === 'syntax-error')).toEqual([]);
    });

    test('the dates are the arguments the order passes: the length the checks weigh, and the HTML', async () => {
        const { order: o, measure } = await measureOf(order('apply dated-curfew with starting 2026-05-01, ending 2026-07-01.'));
        expect(lengthOfTerm(measure.term, measure.bindings, '2026-03-14')).toMatchObject({ days: 61, text: '2026-05-01 to 2026-07-01' });
        const html = renderHtml(o);
        expect(html).toContain('Curfew requirement: at 1 Road, from 19:00 to 07:00, from 2026-05-01 until 2026-07-01 (from the template &quot;dated-curfew&quot;).');
        expect(renderNotice(o, { lang: 'en' }).text).toMatch(/1 May 2026/);
    });

    test('else the defaults', async () => {
        const { measure } = await measureOf(order('apply dated-curfew.'));
        expect(lengthOfTerm(measure.term, measure.bindings, '2026-03-14')).toMatchObject({ days: 153, text: '2026-04-01 to 2026-09-01' });
    });

    test('an end date past the order, passed as an argument, is requirement-outlives-order at the apply', async () => {
        const findings = (await lint(order('apply dated-curfew with ending 2027-06-01.'))).filter(f => f.checkId === 'requirement-outlives-order');
        expect(findings.map(f => [f.messageId, f.message])).toEqual([[
            'untilPastEnd',
            'The curfew requirement brought in by \'dated-curfew\' runs until 2027-06-01, past the end of the order on 2027-03-14, so it is unclear which end binds the person; Rule 15 asks that obligations be clear and explicit: end the requirement with the order or before it, e.g. `until 2027-03-14` (Rules 14 and 15)'
        ]]);
    });

    test('a parameter of another type in a date\'s place is refused', async () => {
        const text = 'template t(length: duration = 3 months):\n  requirement curfew, at "1 Road", from 19:00 to 07:00, until length.\n';
        const findings = await lint(text);
        expect(ids(findings)).toEqual(['template-types@2:63-2:69']);
        expect(findings[0]!.message).toMatch(/date/);
    });
});
