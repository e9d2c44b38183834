/**
 * The control burden of every order in examples/, pinned. A change to a weight, to the model or to
 * an example moves these figures; that change should be made on purpose, with docs/proportionality.md.
 * Each figure was checked by hand against the weights when it was pinned (see the comments).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';
import { lintFiles } from '../../language/src/core/lint.js';
import { orderBurdens, type OrderBurden } from '../../language/src/model/burden.js';

const EXAMPLES = resolve(__dirname, '../../examples');

function sanctionFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sanctionFiles(path) : path.endsWith('.sanction') ? [path] : [];
    }).sort();
}

type Pinned = Array<{ order: string; total: number; ceiling: number | null; seriousness: string | null; items: Array<[string, number]> }>;

/** By file: each order's total, ceiling, seriousness and items (kind, points). */
const PINNED: Record<string, Pinned> = {
    // 120 hours × 0.1 = 12
    'bad/automatic-custody.sanction': [{ order: 'BAD-D-005', total: 12, ceiling: 47, seriousness: 'moderate', items: [['unpaid work', 12]] }],
    // 60 × 0.1
    'bad/breach-and-hearing.sanction': [{ order: 'BAD-D-008', total: 6, ceiling: 10, seriousness: 'minor', items: [['unpaid work', 6]] }],
    // 350 × 0.1; 22 h × 7 × 13 weeks × 0.01; weekly for 12 months 52.2 × 0.25
    'bad/england-wales/over-the-limit.sanction': [{
        order: 'BAD-EW-014', total: 68.1, ceiling: 125, seriousness: 'serious',
        items: [['unpaid work', 35], ['curfew', 20.1], ['reporting', 13]]
    }],
    // no seriousness, so no ceiling; a named area 0.25 × 39.1 weeks
    'bad/outlives-and-seriousness.sanction': [{ order: 'BAD-BC-013', total: 9.8, ceiling: null, seriousness: null, items: [['exclusion', 9.8]] }],
    // 100 × 0.1 (the conditions are free text: not weighed)
    'bad/protected-rights.sanction': [{ order: 'BAD-G-011', total: 10, ceiling: 47, seriousness: 'moderate', items: [['unpaid work', 10]] }],
    'bad/rights-and-information.sanction': [{ order: 'BAD-F-010', total: 10, ceiling: 47, seriousness: 'moderate', items: [['unpaid work', 10]] }],
    // weekly for 6 months, 26.1 × 0.25
    'bad/scope.sanction': [{ order: 'BAD-H-012', total: 6.5, ceiling: 10, seriousness: 'minor', items: [['reporting', 6.5]] }],
    // weekly from 2026-04-09 to 2026-10-01, 25 weeks × 0.25
    'bad/suspect-no-consent.sanction': [{ order: 'BAD-E-009', total: 6.3, ceiling: 47, seriousness: 'moderate', items: [['reporting', 6.3]] }],
    // open-ended: nothing weighed
    'bad/durations.sanction': [{ order: 'BAD-B-002', total: 0, ceiling: 47, seriousness: 'moderate', items: [['reporting', 0], ['residence', 0]] }],
    // 14 h × 7 × 52.2 weeks = 5113.5 h × 0.01; 0.5 × 52.2; daily for a year 365.3 × 0.25; 300 × 0.1
    'bad/heavy-controls.sanction': [{
        order: 'BAD-C-004', total: 198.5, ceiling: 10, seriousness: 'minor',
        items: [['curfew', 51.1], ['monitoring', 26.1], ['reporting', 91.3], ['unpaid work', 30]]
    }],
    'bad/no-appeal-right.sanction': [{ order: 'BAD-F-007', total: 8, ceiling: 47, seriousness: 'moderate', items: [['unpaid work', 8]] }],
    // no order term: the reporting has no weeks
    'bad/no-duration.sanction': [{ order: 'BAD-B-003', total: 6, ceiling: 10, seriousness: 'minor', items: [['unpaid work', 6], ['reporting', 0]] }],
    // residential 1.5 × 13 weeks; sessions not stated 0.5 × 26.1 weeks
    'bad/treatment-no-consent.sanction': [{ order: 'BAD-E-006', total: 32.6, ceiling: 47, seriousness: 'moderate', items: [['treatment', 19.6], ['treatment', 13]] }],
    // the curfew has no daily hours
    'bad/vague-conditions.sanction': [{ order: 'BAD-A-001', total: 0, ceiling: 10, seriousness: 'minor', items: [['curfew', 0]] }],
    // 120 × 0.1; weekly for 6 months, 26.1 × 0.25
    'community-order-unpaid-work.sanction': [{ order: 'CR-2026-00417', total: 18.5, ceiling: 47, seriousness: 'moderate', items: [['unpaid work', 12], ['reporting', 6.5]] }],
    // template home-curfew for 4 months: 12 h × 7 × 17.4 weeks × 0.01, 0.5 × 17.4; exclusion 9 h on
    // 3 days (share 0.161) × 0.25 × 26.1 weeks; weekly reporting for 6 months
    'curfew-with-monitoring.sanction': [{
        order: 'T20267781', total: 30.8, ceiling: 125, seriousness: 'serious',
        items: [['curfew', 14.6], ['monitoring', 8.7], ['exclusion', 1], ['reporting', 6.5]]
    }],
    // Calibration orders under england-wales (test/model/calibration.test.ts): 80 × 0.1
    'england-wales/low-level-order.sanction': [{ order: 'EW-CAL-LOW-1', total: 8, ceiling: 10, seriousness: 'minor', items: [['unpaid work', 8]] }],
    // 120 × 0.1; 10 h × 7 × 13 weeks = 913 h × 0.01; 0.5 × 13 weeks; 20 days × 0.5; the same order for a minor offence
    'england-wales/medium-level-orders.sanction': [
        { order: 'EW-CAL-MED-1', total: 37.6, ceiling: 47, seriousness: 'moderate', items: [['unpaid work', 12], ['curfew', 9.1], ['monitoring', 6.5], ['rehabilitation activity', 10]] },
        { order: 'EW-CAL-MED-2', total: 37.6, ceiling: 10, seriousness: 'minor', items: [['unpaid work', 12], ['curfew', 9.1], ['monitoring', 6.5], ['rehabilitation activity', 10]] }
    ],
    // 300 × 0.1; 16 h × 7 × 52.2 weeks = 5844 h × 0.01; 0.5 × 52.2 weeks; 20 days × 0.5; the same order for a moderate offence
    'england-wales/high-level-orders.sanction': [
        { order: 'EW-CAL-HIGH-1', total: 124.5, ceiling: 125, seriousness: 'serious', items: [['unpaid work', 30], ['curfew', 58.4], ['monitoring', 26.1], ['rehabilitation activity', 10]] },
        { order: 'EW-CAL-HIGH-2', total: 124.5, ceiling: 47, seriousness: 'moderate', items: [['unpaid work', 30], ['curfew', 58.4], ['monitoring', 26.1], ['rehabilitation activity', 10]] }
    ],
    'library/standard-requirements.sanction': [],
    'library/alcohol.sanction': [],
    'library/curfew.sanction': [],
    'library/exclusion.sanction': [],
    'library/programme.sanction': [],
    'library/residence.sanction': [],
    'library/supervision.sanction': [],
    'library/treatment.sanction': [],
    'library/unpaid-work.sanction': [],
    'library-package/activities.sanction': [],
    'library-package/contact.sanction': [],
    'library-package/example-order/order-from-libraries.sanction': [{ order: 'T20268812', total: 39.7, ceiling: 125, seriousness: 'serious', items: [['curfew', 4.7], ['monitoring', 6.5], ['unpaid work', 10], ['rehabilitation activity', 10], ['reporting', 3.3], ['prohibited activity', 5.2]] }],
    // 150 × 0.1; 24 sessions × 0.5; fortnightly for 12 months 26.1 × 0.25; 0.1 × 52.2 weeks
    'multi-requirement-order.sanction': [{
        order: 'CO-2026-11893', total: 38.7, ceiling: 125, seriousness: 'serious',
        items: [['unpaid work', 15], ['programme', 12], ['reporting', 6.5], ['prohibited activity', 5.2]]
    }],
    // 2026-02-02 to 2026-08-01 is 180 days, 25.7 weeks
    'pretrial-suspect-measure.sanction': [{
        order: 'JI-2026-0458', total: 14.6, ceiling: 47, seriousness: 'moderate',
        items: [['residence', 6.4], ['reporting', 3], ['travel prohibition', 2.6], ['no contact', 2.6]]
    }],
    // attending weekly for 6 months: 26.1 sessions × 0.5; 15 days × 0.5
    'treatment-with-consent.sanction': [{ order: 'S20260312', total: 20.5, ceiling: 47, seriousness: 'moderate', items: [['treatment', 13], ['rehabilitation activity', 7.5]] }]
};

const files = sanctionFiles(EXAMPLES);
let burdens: Map<string, OrderBurden[]>;

beforeAll(async () => {
    const services = createSanctionCoreServices(NodeFileSystem).Sanction;
    const results = await lintFiles(services, files.map(file => URI.file(file)));
    burdens = new Map(results.map(result => {
        const document = services.shared.workspace.LangiumDocuments.getDocument(result.uri)!;
        return [relative(EXAMPLES, result.uri.fsPath), orderBurdens(document.parseResult.value)];
    }));
});

describe('control burden of every example', () => {
    it('pins every file of examples/', () => {
        expect(files.map(file => relative(EXAMPLES, file))).toEqual(Object.keys(PINNED).sort());
    });

    it.each(Object.entries(PINNED))('%s', (file, pinned) => {
        const actual = burdens.get(file)!.map(order => ({
            order: order.caseReference,
            total: order.burden.total,
            ceiling: order.burden.ceiling,
            seriousness: order.burden.seriousness,
            items: order.burden.breakdown.map(item => [item.kind, item.points])
        }));
        expect(actual).toEqual(pinned);
        for (const order of burdens.get(file)!) {
            // the total is the sum of the rounded items
            expect(order.burden.total).toBeCloseTo(order.burden.breakdown.reduce((sum, item) => sum + item.points, 0), 6);
        }
    });

    /** Orders over their ceiling on purpose: the heavy bad example, and the calibration orders one level below their level. */
    const OVER = new Set(['BAD-C-004', 'EW-CAL-MED-2', 'EW-CAL-HIGH-2']);

    it('puts every other example within its ceiling, and those over it on purpose above it', () => {
        for (const [file, orders] of burdens) {
            for (const order of orders) {
                const within = order.burden.ceiling === null || order.burden.total <= order.burden.ceiling;
                expect(within, `${file} ${order.caseReference}: ${order.burden.total} of ${order.burden.ceiling}`).toBe(!OVER.has(order.caseReference));
            }
        }
    });
});
