import { describe, expect, it } from 'vitest';
import { findingsOfCheck, lintUnder } from '../helpers.js';

const ID = 'duration-over-limit';

interface Expected { line: number; covered: string; rules: number[]; message: string }

const findingsOf = (text: string, profile: string) => findingsOfCheck(text, ID, { message: true, profile });

/**
 * Orders with figures at and beyond the statutory limits of the shipped profiles. The figures
 * expected below were checked against language/src/profiles/*.json and docs/profiles.md.
 */
const ORDERS: Record<string, string> = {
    'maximums of England and Wales': `order "L-1", community order.
made on 2026-03-14.
offence "Theft", seriousness serious.
in force for 40 months.
requirement unpaid work, 350 hours, completed within 18 months.
requirement curfew, at "1 Road", from 18:00 to 16:00, on every day, for 30 months.
requirement curfew, at "1 Road", from 20:00 to 13:00, on every day, for 3 months.
requirement exclusion, area "Town centre" on map "T-1", from 2026-04-01 until 2028-10-01.
requirement alcohol abstinence monitoring, 150 days.
requirement foreign travel prohibition, to "any country outside the United Kingdom", for 18 months.
requirement programme, "Thinking Skills", 20 sessions, for 9 months.
`,
    'minimums': `order "L-2", suspended sentence.
made on 2026-03-14.
offence "Theft", seriousness serious.
in force for 3 months.
requirement unpaid work, 10 hours.
requirement curfew, at "1 Road", from 19:00 to 20:00.
requirement electronic monitoring, of location, for 10 days.
`,
    'templates and requirements with no term of their own': `template home-curfew(address: text, start: time = 19:00, end: time = 07:00, length: duration = 3 months):
  requirement curfew, at address, from start to end, on every day, for length.

template long-curfew(address: text):
  requirement curfew, at address, from 19:00 to 07:00, on every day, for 30 months.

order "L-3".
made on 2026-03-14.
offence "Theft", seriousness serious.
in force for 12 months.
apply home-curfew with address "1 Road", end 17:00, length 30 months.
apply long-curfew with address "1 Road".
requirement curfew, at "2 Road", from 22:00 to 06:00.
`,
    "the order's form": `order "L-4", deferred sentence.
made on 2026-03-14.
offence "Theft", seriousness serious.
in force for 8 months.

order "L-5", conditional release.
offence "Theft", seriousness serious.
in force for 72 months.

order "L-6".
offence "Theft", seriousness serious.
in force for 400 days.
requirement alcohol abstinence monitoring, 60 days, for 6 months.
`,
    'within every limit': `order "L-7", suspended sentence.
made on 2026-03-14.
offence "Theft", seriousness serious.
in force for 24 months.
requirement unpaid work, 200 hours, completed within 12 months.
requirement curfew, at "1 Road", from 20:00 to 06:00, on every day, for 6 months.
requirement alcohol abstinence monitoring, 120 days.
requirement exclusion, area "Town centre" on map "T-1", for 6 months.
`
};

/**
 * Orders × profiles → the exact findings. Under `coe` (the Rules alone) the check never fires.
 * Germany sets no hours or days, and its Bewährungszeit bounds every requirement at 60 months; a
 * community order is not a German form, so the order's length falls back to the orderMaximum.
 */
const TABLE: Array<[string, string, Expected[]]> = [
    ["maximums of England and Wales", 'coe', []],
    ["maximums of England and Wales", 'england-wales', [
            { line: 4, covered: "40 months", rules: [14, 21], message: "An order term of 40 months exceeds the maximum of 36 months for a community order in England and Wales (Sentencing Act 2020, s. 209(2)) (Rules 14 and 21)" },
            { line: 5, covered: "350 hours", rules: [14, 21], message: "350 hours exceeds the maximum of 300 hours for an unpaid work requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 2(1)(b)(ii)) (Rules 14 and 21)" },
            { line: 5, covered: "18 months", rules: [14, 21], message: "A completion period of 18 months exceeds the maximum of 12 months for an unpaid work requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 1(1)(b)) (Rules 14 and 21)" },
            { line: 6, covered: "from 18:00 to 16:00", rules: [14, 21], message: "22 hours a day exceeds the maximum of 20 hours a day for a curfew requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 9(4)(b), (4A)(b) (inserted by PCSCA 2022 s. 150)) (Rules 14 and 21)" },
            { line: 6, covered: "30 months", rules: [14, 21], message: "A term of 30 months exceeds the maximum of 24 months for a curfew requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 9(5), (6)(b) (inserted by PCSCA 2022 s. 150)) (Rules 14 and 21)" },
            { line: 7, covered: "from 20:00 to 13:00", rules: [14, 21], message: "119 hours in 7 days (17 hours a day on 7 days) exceeds the maximum of 112 hours in any 7 days for a curfew requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 9(4)(c) (inserted by PCSCA 2022 s. 150)) (Rules 14 and 21)" },
            { line: 8, covered: "from 2026-04-01 until 2028-10-01", rules: [14, 21], message: "A term of 2026-04-01 to 2028-10-01 (30 months) exceeds the maximum of 24 months (unverified) for an exclusion requirement in England and Wales (Sentencing Act 2020, Sch. 9 Part 6) (Rules 14 and 21)" },
            { line: 9, covered: "150 days", rules: [14, 21], message: "150 days exceeds the maximum of 120 days for an alcohol abstinence monitoring requirement (alcohol abstinence and monitoring requirement) in England and Wales (Sentencing Act 2020, Sch. 9 para. 25(4)(b)) (Rules 14 and 21)" },
            { line: 10, covered: "18 months", rules: [14, 21], message: "A term of 18 months exceeds the maximum of 12 months (unverified) for a foreign travel prohibition requirement in England and Wales (Sentencing Act 2020, Sch. 9 Part 8) (Rules 14 and 21)" }
    ]],
    ["maximums of England and Wales", 'france', [
            { line: 4, covered: "40 months", rules: [14, 21], message: "An order term of 40 months exceeds the maximum of 18 months for a community order (travail d'intérêt général (peine autonome)) in France (Code pénal, art. 131-22, al. 1) (Rules 14 and 21)" },
            { line: 6, covered: "30 months", rules: [14, 21], message: "A term of 30 months exceeds the maximum of 6 months (unverified) for a curfew requirement (détention à domicile sous surveillance électronique) in France (Code pénal, art. 131-4-1) (Rules 14 and 21)" },
            { line: 11, covered: "9 months", rules: [14, 21], message: "A term of 9 months exceeds the maximum of 1 month for a programme requirement (peine de stage) in France (Code pénal, art. 131-5-1, al. 1) (Rules 14 and 21)" }
    ]],
    ["maximums of England and Wales", 'germany', []],
    ["minimums", 'coe', []],
    ["minimums", 'england-wales', [
            { line: 4, covered: "3 months", rules: [14, 21], message: "An order term of 3 months is under the minimum of 6 months (unverified) for a suspended sentence (suspended sentence order) in England and Wales (Sentencing Act 2020, s. 288) (Rules 14 and 21)" },
            { line: 5, covered: "10 hours", rules: [14, 21], message: "10 hours is under the minimum of 40 hours for an unpaid work requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 2(1)(b)(i)) (Rules 14 and 21)" },
            { line: 6, covered: "from 19:00 to 20:00", rules: [14, 21], message: "1 hour a day is under the minimum of 2 hours a day for a curfew requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 9(4)(a)) (Rules 14 and 21)" }
    ]],
    ["minimums", 'france', [
            { line: 4, covered: "3 months", rules: [14, 21], message: "An order term of 3 months is under the minimum of 12 months for a suspended sentence (sursis probatoire) in France (Code pénal, art. 132-42, al. 1) (Rules 14 and 21)" },
            { line: 5, covered: "10 hours", rules: [14, 21], message: "10 hours is under the minimum of 20 hours for an unpaid work requirement (travail d'intérêt général (TIG)) in France (Code pénal, art. 131-8, al. 1) (Rules 14 and 21)" },
            { line: 7, covered: "10 days", rules: [14, 21], message: "A term of 10 days is under the minimum of 15 days (unverified) for an electronic monitoring requirement (détention à domicile sous surveillance électronique) in France (Code pénal, art. 131-4-1) (Rules 14 and 21)" }
    ]],
    ["minimums", 'germany', [
            { line: 4, covered: "3 months", rules: [14, 21], message: "An order term of 3 months is under the minimum of 24 months for a suspended sentence (Strafaussetzung zur Bewährung) in Germany (StGB § 56a(1) Satz 2) (Rules 14 and 21)" }
    ]],
    ["templates and requirements with no term of their own", 'coe', []],
    ["templates and requirements with no term of their own", 'england-wales', [
            { line: 11, covered: "17:00", rules: [14, 21], message: "22 hours a day exceeds the maximum of 20 hours a day for a curfew requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 9(4)(b), (4A)(b) (inserted by PCSCA 2022 s. 150)) (Rules 14 and 21)" },
            { line: 11, covered: "30 months", rules: [14, 21], message: "A term of 30 months exceeds the maximum of 24 months for a curfew requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 9(5), (6)(b) (inserted by PCSCA 2022 s. 150)) (Rules 14 and 21)" },
            { line: 12, covered: "long-curfew", rules: [14, 21], message: "The curfew requirement brought in by 'long-curfew': a term of 30 months exceeds the maximum of 24 months for a curfew requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 9(5), (6)(b) (inserted by PCSCA 2022 s. 150)) (Rules 14 and 21)" }
    ]],
    ["templates and requirements with no term of their own", 'france', [
            { line: 11, covered: "30 months", rules: [14, 21], message: "A term of 30 months exceeds the maximum of 6 months (unverified) for a curfew requirement (détention à domicile sous surveillance électronique) in France (Code pénal, art. 131-4-1) (Rules 14 and 21)" },
            { line: 12, covered: "long-curfew", rules: [14, 21], message: "The curfew requirement brought in by 'long-curfew': a term of 30 months exceeds the maximum of 6 months (unverified) for a curfew requirement (détention à domicile sous surveillance électronique) in France (Code pénal, art. 131-4-1) (Rules 14 and 21)" },
            { line: 13, covered: "curfew", rules: [14, 21], message: "This curfew requirement has no term of its own, so it runs for the order's 12 months, which exceeds the maximum of 6 months (unverified) for a curfew requirement (détention à domicile sous surveillance électronique) in France (Code pénal, art. 131-4-1): give it a term of its own within the limit (Rules 14 and 21)" }
    ]],
    ["templates and requirements with no term of their own", 'germany', []],
    ["the order's form", 'coe', []],
    ["the order's form", 'england-wales', [
            { line: 4, covered: "8 months", rules: [14, 21], message: "An order term of 8 months exceeds the maximum of 6 months (unverified) for a deferred sentence (deferment of sentence) in England and Wales (Sentencing Act 2020, s. 5(2)) (Rules 14 and 21)" },
            { line: 8, covered: "72 months", rules: [14, 21], message: "An order term of 72 months exceeds the maximum of 36 months for an order in England and Wales (Sentencing Act 2020, s. 209(2)) (Rules 14 and 21)" }
    ]],
    ["the order's form", 'france', [
            { line: 8, covered: "72 months", rules: [14, 21], message: "An order term of 72 months exceeds the maximum of 36 months for an order in France (Code pénal, art. 132-42, al. 1) (Rules 14 and 21)" }
    ]],
    ["the order's form", 'germany', [
            { line: 4, covered: "8 months", rules: [14, 21], message: "An order term of 8 months is under the minimum of 12 months for a deferred sentence (Verwarnung mit Strafvorbehalt) in Germany (StGB § 59a(1) Satz 2) (Rules 14 and 21)" },
            { line: 8, covered: "72 months", rules: [14, 21], message: "An order term of 72 months exceeds the maximum of 60 months for a conditional release (Aussetzung des Strafrestes) in Germany (StGB § 57(3) Satz 1 with § 56a(1) Satz 2) (Rules 14 and 21)" }
    ]],
    ["within every limit", 'coe', []],
    ["within every limit", 'england-wales', []],
    ["within every limit", 'france', []],
    ["within every limit", 'germany', []]
];

describe(ID, () => {
    it.each(TABLE)('%s, under %s', async (name, profile, expected) => {
        expect(await findingsOf(ORDERS[name], profile)).toEqual(expected);
        for (const finding of (await lintUnder(ORDERS[name], profile)).filter(f => f.checkId === ID)) {
            // an unverified figure may be wrong: a warning, not an error
            expect(finding.severity).toBe(finding.message.includes('(unverified)') ? 'warning' : 'error');
            expect(finding.fixes).toBeUndefined();
        }
    });

    it('covers every order under every profile', () => {
        for (const name of Object.keys(ORDERS)) {
            expect(TABLE.filter(row => row[0] === name).map(row => row[1])).toEqual(['coe', 'england-wales', 'france', 'germany']);
        }
    });

    it('never fires under coe, whatever the figures', async () => {
        for (const text of Object.values(ORDERS)) {
            expect(await findingsOf(text, 'coe')).toEqual([]);
        }
    });
});
