/**
 * The control-burden model (language/src/model/burden.ts, weights in burden-weights.json,
 * explained in docs/proportionality.md). The figures are pinned: changing a weight changes them,
 * and that change should be made on purpose, together with the docs page.
 */
import { describe, expect, it } from 'vitest';
import type { Order, SanctionFile } from '../../language/src/generated/ast.js';
import { lintText } from '../../language/src/core/lint.js';
import {
    BURDEN_WEIGHTS, burdenCeiling, burdenItems, calibrationProfileId, ceilingConfigured, controlBurden, describeBurden, describeLength, durationThreshold,
    lengthOfTerm, longerThanMonths, modelCeiling, orderBurdens, shorterThanMonths, stackedControls, stackingReported, statedSeriousness
} from '../../language/src/model/burden.js';
import { measuresOf } from '../../language/src/model/order-model.js';
import { testServices } from '../helpers.js';

async function parseOrder(text: string): Promise<Order> {
    const { document, findings } = await lintText(testServices(), text);
    const file = document.parseResult.value as SanctionFile;
    expect(findings.filter(f => f.checkId === 'syntax-error')).toEqual([]);
    return file.elements.find((e): e is Order => e.$type === 'Order')!;
}

async function burdenOf(text: string) {
    return controlBurden(await parseOrder(text));
}

describe('controlBurden', () => {
    it('weighs curfew hours, monitoring by target and weeks, and reporting appointments', async () => {
        const burden = await burdenOf(`order "B-1".
in force for 6 months.
requirement curfew, at "12 Acacia Road", from 19:00 to 07:00, on every day.
requirement electronic monitoring, of the curfew.
requirement supervision, reporting weekly.
`);
        // 6 months = 182.625 days = 26.09 weeks.
        expect(burden).toEqual({
            total: 41.4,
            breakdown: [
                { kind: 'curfew', points: 21.9, basis: '12 h a day × 7 days a week × 26.1 weeks (6 months, the order\'s term) = 2191.5 curfew hours × 0.01' },
                { kind: 'monitoring', points: 13, basis: 'monitoring of curfew: 0.5 a week × 26.1 weeks (6 months, the order\'s term)' },
                { kind: 'reporting', points: 6.5, basis: 'weekly (1 a week) × 26.1 weeks (6 months, the order\'s term) = 26.1 appointments × 0.25' }
            ]
        });
        expect(describeBurden(burden)).toBe('control burden 41.4 (curfew 21.9, monitoring 13, reporting 6.5)');
    });

    it('gives the example community order (unpaid work and six months of reporting) 18.5', async () => {
        const burden = await burdenOf(`order "B-2".
in force for 12 months, reviewed every 6 months.
requirement unpaid work, 120 hours, completed within 12 months.
requirement supervision, reporting weekly at "Exeter Probation Office", for 6 months.
`);
        expect(burden.total).toBe(18.5);
        expect(burden.breakdown.map(i => [i.kind, i.points])).toEqual([['unpaid work', 12], ['reporting', 6.5]]);
    });

    it('takes a measure\'s weeks from its own term before the order\'s, and dates from the order\'s date', async () => {
        const burden = await burdenOf(`order "B-3".
made on 2026-03-14.
in force for 12 months.
requirement curfew, at "1 Road", from 20:00 to 06:00, on Monday to Friday, until 2026-06-13.
requirement curfew, at "1 Road", from 20:00 to 06:00, on weekends, for 3 months.
requirement curfew, at "1 Road", from 20:00 to 06:00, on Saturday.
`);
        expect(burden.breakdown).toEqual([
            // 2026-03-14 to 2026-06-13 is 91 days = 13 weeks: 10 h × 5 days × 13 weeks = 650 hours.
            { kind: 'curfew', points: 6.5, basis: '10 h a day × 5 days a week × 13 weeks (2026-03-14 to 2026-06-13) = 650 curfew hours × 0.01' },
            { kind: 'curfew', points: 2.6, basis: '10 h a day × 2 days a week × 13 weeks (3 months) = 260.9 curfew hours × 0.01' },
            { kind: 'curfew', points: 5.2, basis: '10 h a day × 1 day a week × 52.2 weeks (12 months, the order\'s term) = 521.8 curfew hours × 0.01' }
        ]);
        expect(burden.total).toBe(14.3);
    });

    it('weighs every other kind of requirement by its own parameters', async () => {
        const burden = await burdenOf(`order "B-4".
made on 2026-03-14.
in force for 12 months.
requirement exclusion, area within 2 kilometres of "1 High Street", for 3 months.
requirement exclusion, area within 300 metres of "1 High Street", for 3 months.
requirement exclusion, area within 5 miles of "1 High Street", for 3 months.
requirement exclusion, area "Exeter city centre" on map "EX-12", from 22:00 to 06:00, on weekends.
requirement programme, "Thinking Skills", 20 sessions.
requirement rehabilitation activity, 15 days.
requirement drug treatment, provided by "Exeter Drug Service", testing twice a week, for 6 months.
requirement alcohol treatment, provided by "Y", residential, for 3 months.
requirement mental health treatment, provided by "Z", 12 sessions.
requirement mental health treatment, provided by "Z", attending fortnightly.
requirement residence, at "1 Road".
requirement no contact, with "Jane Doe".
requirement no contact, with any person you know to be "under 16".
requirement foreign travel prohibition, to "any country outside the United Kingdom", for 6 months.
requirement prohibited activity, "attending football matches", for 6 months.
requirement alcohol abstinence monitoring, 120 days.
requirement unpaid work, 80 hours.
requirement reparation, "A letter of apology".
requirement reparation, "Cleaning graffiti", 10 hours.
requirement compensation, amount 250 EUR.
requirement electronic monitoring, of location, for 3 months.
requirement electronic monitoring, of alcohol, for 4 weeks.
requirement supervision, reporting every 2 weeks.
condition "Attend all appointments with the supervisor".
`);
        expect(burden.breakdown.map(i => [i.kind, i.points])).toEqual([
            ['exclusion', 4.9],     // 0.25 × 1.5 (up to 2 km) × 13.04 weeks
            ['exclusion', 3.3],     // 0.25 × 1 (up to 500 m) × 13.04 weeks
            ['exclusion', 6.5],     // 0.25 × 2 (beyond 2 km) × 13.04 weeks
            ['exclusion', 1.2],     // 0.25 × 1 × (8/24 × 2/7) × 52.18 weeks
            ['programme', 10],      // 20 sessions × 0.5
            ['rehabilitation activity', 7.5], // 15 days × 0.5
            ['treatment', 13],      // no sessions stated: 0.5 a week × 26.09 weeks
            ['testing', 13],        // 2 a week × 26.09 weeks × 0.25
            ['treatment', 19.6],    // residential: 1.5 a week × 13.04 weeks
            ['treatment', 6],       // 12 sessions × 0.5
            ['treatment', 13],      // 0.5 a week × 52.18 weeks × 0.5
            ['residence', 13],      // 0.25 × 52.18 weeks
            ['no contact', 5.2],    // named person: 0.1 × 52.18 weeks
            ['no contact', 10.4],   // class of persons: 0.2 × 52.18 weeks
            ['travel prohibition', 2.6],
            ['prohibited activity', 2.6],
            ['abstinence monitoring', 18], // 120 days × 0.15
            ['unpaid work', 8],     // 80 hours × 0.1
            ['reparation', 1],      // no hours: flat
            ['reparation', 1],      // 10 hours × 0.1
            ['monitoring', 13],     // location: 1 a week × 13.04 weeks
            ['monitoring', 3],      // alcohol: 0.75 a week × 4 weeks
            ['reporting', 6.5]      // 0.5 a week × 52.18 weeks × 0.25
        ]);
        expect(burden.total).toBe(182.3);
        expect(describeBurden(burden)).toBe('control burden 182.3 (treatment 51.6, abstinence monitoring 18, monitoring 16, exclusion 15.9, ' +
            'no contact 15.6, testing 13, residence 13, programme 10, unpaid work 8, rehabilitation activity 7.5, reporting 6.5, ' +
            'travel prohibition 2.6, prohibited activity 2.6, reparation 2)');
    });

    it('binds template arguments and defaults when a template is applied', async () => {
        const burden = await burdenOf(`template home-curfew(address: text, start: time = 19:00, end: time = 07:00, length: duration = 3 months):
  requirement curfew, at address, from start to end, on every day, for length.
  requirement electronic monitoring, of the curfew, for length.

order "B-5".
in force for 12 months.
apply home-curfew with address "12 Acacia Road", start 20:00, length 4 months.
apply home-curfew with address "12 Acacia Road".
`);
        expect(burden.breakdown).toEqual([
            // 11 h a day × 7 × 17.39 weeks (4 months) = 1339.3 hours
            { kind: 'curfew', points: 13.4, basis: '11 h a day × 7 days a week × 17.4 weeks (4 months) = 1339.3 curfew hours × 0.01' },
            { kind: 'monitoring', points: 8.7, basis: 'monitoring of curfew: 0.5 a week × 17.4 weeks (4 months)' },
            // defaults: 12 h a day for 3 months
            { kind: 'curfew', points: 11, basis: '12 h a day × 7 days a week × 13 weeks (3 months) = 1095.8 curfew hours × 0.01' },
            { kind: 'monitoring', points: 6.5, basis: 'monitoring of curfew: 0.5 a week × 13 weeks (3 months)' }
        ]);
        expect(burden.total).toBe(39.6);
    });

    it('does not guess: open-ended or missing figures are listed with no points', async () => {
        const burden = await burdenOf(`order "B-6".
requirement curfew, at "1 Road", from 19:00 to 07:00.
requirement curfew, at "1 Road", until further order.
requirement electronic monitoring, of location, indefinitely.
requirement supervision, reporting weekly, until "the supervisor is satisfied".
requirement unpaid work, 100 hours.
`);
        expect(burden).toEqual({
            total: 10,
            breakdown: [
                { kind: 'curfew', points: 0, basis: 'no fixed duration: not weighed' },
                { kind: 'curfew', points: 0, basis: 'daily hours not stated: not weighed' },
                { kind: 'monitoring', points: 0, basis: 'no fixed duration: not weighed' },
                { kind: 'reporting', points: 0, basis: 'no fixed duration: not weighed' },
                { kind: 'unpaid work', points: 10, basis: '100 hours × 0.1' }
            ]
        });
        expect(describeBurden(burden)).toBe('control burden 10 (unpaid work 10)');
    });

    it('gives an order of free-text conditions and money no points', async () => {
        const burden = await burdenOf(`order "B-7".
in force for 6 months.
condition "Keep in touch with the supervisor".
requirement compensation, amount 100 EUR, payable to "the victim".
`);
        expect(burden).toEqual({ total: 0, breakdown: [] });
        expect(describeBurden(burden)).toBe('control burden 0');
    });
});

describe('ceilings and seriousness', () => {
    const LEVELS = ['minor', 'moderate', 'serious', 'very serious'];

    it('has a calibrated ceiling for each seriousness level, rising with seriousness, under england-wales and coe', () => {
        // Derived from the packages of burden-calibration.json (test/model/calibration.test.ts re-derives them).
        expect(LEVELS.map(level => burdenCeiling(level, { profile: 'england-wales' }))).toEqual([10, 47, 125, 155]);
        expect(LEVELS.map(level => burdenCeiling(level, { profile: 'coe' }))).toEqual([10, 47, 125, 155]);
        expect(LEVELS.map(level => burdenCeiling(level))).toEqual([10, 47, 125, 155]);
        expect(burdenCeiling('grave')).toBeUndefined();
        expect(burdenCeiling('grave', { profile: 'england-wales' })).toBeUndefined();
    });

    it('gives a profile with no calibration of its own the coe ceilings, and says where a ceiling comes from', () => {
        expect(['coe', 'england-wales', 'france', 'germany', 'atlantis', undefined].map(calibrationProfileId))
            .toEqual(['coe', 'england-wales', 'coe', 'coe', 'coe', 'coe']);
        expect(modelCeiling('moderate', 'england-wales')?.message).toBe('calibrated on the medium level of the Sentencing Council\'s Imposition guideline');
        expect(modelCeiling('moderate', 'france')?.message).toBe('derived from the medium level of the England and Wales Imposition guideline, as the Rules give no figures');
        expect(modelCeiling('serious', 'germany')?.value).toBe(125);
    });

    it('takes the most serious stated offence', async () => {
        const order = await parseOrder(`order "S-1".
offence "Criminal damage", seriousness minor.
offence "Assault occasioning actual bodily harm", seriousness very serious.
offence "Threatening behaviour", seriousness moderate.
offence "Possession".
`);
        expect(statedSeriousness(order)?.description).toBe('Assault occasioning actual bodily harm');
    });

    it('has none when no offence states its seriousness', async () => {
        const order = await parseOrder(`order "S-2".
offence "Theft".
`);
        expect(statedSeriousness(order)).toBeUndefined();
    });
});

describe('the worked figures of docs/proportionality.md', () => {
    const packages: Array<[string, string, number]> = [
        ['the worked example: 12-hour curfews with a tag and weekly reporting for six months', `in force for 6 months.
requirement curfew, at "12 Acacia Road", from 19:00 to 07:00, on every day.
requirement electronic monitoring, of the curfew.
requirement supervision, reporting weekly.`, 41.4],
        ['the ordinary medium order of the issue: 120 hours, three months of 16-hour curfews with a tag, 20 days of rehabilitation activity', `in force for 12 months.
requirement unpaid work, 120 hours, completed within 12 months.
requirement curfew, at "1 Road", from 16:00 to 08:00, on every day, for 3 months.
requirement electronic monitoring, of the curfew, for 3 months.
requirement rehabilitation activity, 20 days.`, 43.1],
        ['an exclusion for six months with its monitoring weighs as much as 150 hours of unpaid work', `in force for 6 months.
requirement exclusion, area "Town centre" on map "TC-1".
requirement electronic monitoring, of the exclusion.`, 15],
        ['daily reporting for a year, over even for a serious offence', `in force for 12 months.
requirement supervision, reporting daily.`, 91.3]
    ];
    it.each(packages)('%s', async (_name, body, total) => {
        const burden = await burdenOf(`order "K".\n${body}\n`);
        expect(burden.total).toBe(total);
    });

    it('lists the points by kind, heaviest first', async () => {
        const burden = await burdenOf(`order "K".\nin force for 6 months.\nrequirement unpaid work, 120 hours.\nrequirement supervision, reporting weekly.\n`);
        expect(burdenItems(burden)).toBe('unpaid work 12, reporting 6.5');
        expect(burdenItems({ total: 0, breakdown: [] })).toBe('');
    });
});

describe('what a frequency is for', () => {
    it('reads reporting, attending and testing from the grammar, and a bare frequency by the kind', async () => {
        const burden = await burdenOf(`order "F-1".
in force for 4 weeks.
requirement supervision, testing twice a week.
requirement supervision, weekly.
requirement drug treatment, provided by "X", reporting weekly.
requirement programme, "Thinking Skills", 10 sessions, weekly.
`);
        expect(burden.breakdown).toEqual([
            { kind: 'testing', points: 2, basis: 'twice a week (2 a week) × 4 weeks (4 weeks, the order\'s term) = 8 tests × 0.25' },
            { kind: 'reporting', points: 1, basis: 'weekly (1 a week) × 4 weeks (4 weeks, the order\'s term) = 4 appointments × 0.25' },
            // "reporting weekly" is not attending: the sessions are not stated.
            { kind: 'treatment', points: 2, basis: 'sessions not stated: 0.5 a week × 4 weeks (4 weeks, the order\'s term)' },
            { kind: 'reporting', points: 1, basis: 'weekly (1 a week) × 4 weeks (4 weeks, the order\'s term) = 4 appointments × 0.25' },
            // a bare frequency outside supervision is attending, not reporting
            { kind: 'programme', points: 5, basis: '10 sessions × 0.5' }
        ]);
        expect(burden.total).toBe(11);
    });

    it('keeps the purpose of a frequency written in a template', async () => {
        const burden = await burdenOf(`template checks(often: frequency = daily):
  requirement supervision, testing often, for 2 weeks.

order "F-2".
apply checks.
apply checks with often weekly.
`);
        expect(burden.breakdown.map(i => [i.kind, i.points])).toEqual([['testing', 3.5], ['testing', 0.5]]);
    });
});

describe('ceilings from the configuration', () => {
    it('takes a configured ceiling over the model\'s, level by level', () => {
        const config = { ceilings: { minor: 20, serious: 60 } };
        expect(['minor', 'moderate', 'serious', 'very serious'].map(level => burdenCeiling(level, config))).toEqual([20, 47, 60, 155]);
        expect(['minor', 'moderate', 'serious', 'very serious'].map(level => burdenCeiling(level, { ...config, profile: 'england-wales' }))).toEqual([20, 47, 60, 155]);
        expect(['minor', 'moderate'].map(level => ceilingConfigured(level, config))).toEqual([true, false]);
        expect(burdenCeiling('minor', { ceilings: {} })).toBe(10);
        expect(burdenCeiling('minor', { ceilings: { minor: 0 } })).toBe(0);
    });
});

describe('lengths of time', () => {
    async function lengths(terms: string[]) {
        const order = await parseOrder(`order "D".\nmade on 2026-03-14.\n${terms.map(t => `requirement residence, at "1 Road", ${t}.`).join('\n')}\n`);
        return measuresOf(order).map(m => lengthOfTerm(m.term, m.bindings, '2026-03-14')!);
    }

    it('reads fixed lengths and date ranges, the latter from the order\'s date when they have no start', async () => {
        const [year, days, range, open] = await lengths(['for 1 year', 'for 400 days', 'until 2027-03-14', 'until further order']);
        expect([year.months, year.calendar, describeLength(year)]).toEqual([12, true, '1 year']);
        expect([days.days, days.calendar, describeLength(days)]).toEqual([400, false, '400 days (13.1 months)']);
        expect([range.days, describeLength(range)]).toEqual([365, '2026-03-14 to 2027-03-14 (12 months)']);
        expect(open).toBeUndefined();
    });

    it('compares months exactly, and days with three days\' tolerance', async () => {
        const [twelve, d366, d369, w26, d178] = await lengths(['for 12 months', 'for 366 days', 'for 369 days', 'for 26 weeks', 'for 178 days']);
        expect([longerThanMonths(twelve, 12), longerThanMonths(twelve, 11)]).toEqual([false, true]);
        expect([longerThanMonths(d366, 12), longerThanMonths(d369, 12)]).toEqual([false, true]);
        expect([shorterThanMonths(w26, 6), shorterThanMonths(d178, 6)]).toEqual([false, true]);
    });

    it('has duration thresholds by seriousness for the order and for the listed kinds only', () => {
        expect(['minor', 'moderate', 'serious', 'very serious'].map(level => durationThreshold('order', level))).toEqual([12, 24, undefined, undefined]);
        expect(durationThreshold('requirement', 'minor', 'curfew')).toBe(6);
        expect(durationThreshold('requirement', 'moderate', 'electronic-monitoring')).toBe(12);
        expect(durationThreshold('requirement', 'minor', 'unpaid-work')).toBeUndefined();
        expect(BURDEN_WEIGHTS.durations.requirement.kinds).toEqual(['curfew', 'electronic-monitoring', 'exclusion', 'residence', 'alcohol-abstinence-monitoring']);
    });
});

describe('stacking groups', () => {
    it('are data: movement, contact and alcohol, reported for minor and moderate offences', () => {
        expect(BURDEN_WEIGHTS.stacking.groups.map(g => [g.id, g.minMembers, g.members.map(m => m.kind)])).toEqual([
            ['movement', 3, ['curfew', 'exclusion', 'residence', 'electronic-monitoring', 'supervision']],
            ['contact', 2, ['no-contact', 'exclusion']],
            ['alcohol', 2, ['alcohol-abstinence-monitoring', 'electronic-monitoring', 'alcohol-treatment']]
        ]);
        expect(['minor', 'moderate', 'serious', 'very serious'].map(stackingReported)).toEqual([true, true, false, false]);
    });

    it('find the groups an order fills, counting different members (two curfews are one)', async () => {
        const order = await parseOrder(`order "S-1".
in force for 6 months.
requirement curfew, at "1 Road", from 19:00 to 07:00.
requirement curfew, at "1 Road", from 19:00 to 09:00, on weekends.
requirement electronic monitoring, of the curfew.
requirement no contact, with "Jane Doe".
requirement exclusion, area within 200 metres of "Jane Doe's home, 3 Park Road".
requirement alcohol abstinence monitoring, 90 days.
requirement electronic monitoring, of alcohol.
requirement supervision, reporting weekly.
`);
        expect(stackedControls(order).map(stack => [stack.group.id, stack.measures.map(m => m.label)])).toEqual([
            ['movement', ['curfew', 'curfew', 'electronic monitoring of the curfew', 'exclusion']],
            ['contact', ['no contact with "Jane Doe"', 'exclusion from an area round that person']],
            ['alcohol', ['alcohol abstinence monitoring', 'electronic monitoring of alcohol']]
        ]);
    });

    it('need enough different members, and narrow members by target, frequency and person', async () => {
        const order = await parseOrder(`order "S-2".
in force for 6 months.
requirement curfew, at "1 Road", from 19:00 to 07:00.
requirement electronic monitoring, of the curfew.
requirement electronic monitoring, of attendance.
requirement supervision, reporting twice a week.
requirement no contact, with any person you know to be "under 16".
requirement exclusion, area "Town centre".
`);
        // curfew, monitoring of the curfew and an exclusion: three movement members. Monitoring of
        // attendance and reporting twice a week are not movement control; a class of persons is not
        // one named person, and the town centre is not round anyone.
        expect(stackedControls(order).map(stack => [stack.group.id, stack.measures.map(m => m.label)])).toEqual([
            ['movement', ['curfew', 'electronic monitoring of the curfew', 'exclusion']]
        ]);
        const lighter = await parseOrder(`order "S-3".
in force for 6 months.
requirement curfew, at "1 Road", from 19:00 to 07:00.
requirement electronic monitoring, of the curfew.
requirement supervision, reporting 3 times a week.
`);
        expect(stackedControls(lighter).map(stack => stack.measures.map(m => m.label))).toEqual([
            ['curfew', 'electronic monitoring of the curfew', 'reporting 3 times a week']
        ]);
    });
});

describe('orderBurdens', () => {
    it('gives each order of a file its burden, ceiling and seriousness, with the configuration\'s ceilings', async () => {
        const { document } = await lintText(testServices(), `template t(a: text):
  requirement residence, at a.

order "O-1".
offence "Theft", seriousness minor.
in force for 6 months.
requirement unpaid work, 60 hours.

order "O-2".
in force for 6 months.
requirement supervision, reporting weekly.
`);
        const file = document.parseResult.value;
        expect(orderBurdens(file).map(o => [o.caseReference, o.range.start.line, o.range.end.line, o.burden.total, o.burden.ceiling, o.burden.seriousness]))
            .toEqual([['O-1', 3, 6, 6, 10, 'minor'], ['O-2', 8, 10, 6.5, null, null]]);
        expect(orderBurdens(file, { ceilings: { minor: 5 } })[0].burden.ceiling).toBe(5);
        expect(orderBurdens(file, { profile: 'england-wales' })[0].burden.ceiling).toBe(10);
        expect(orderBurdens(file)[1].burden.breakdown).toEqual([
            { kind: 'reporting', points: 6.5, basis: 'weekly (1 a week) × 26.1 weeks (6 months, the order\'s term) = 26.1 appointments × 0.25' }
        ]);
    });
});
