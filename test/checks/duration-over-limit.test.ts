import { describe, expect, it } from 'vitest';
import { describeCheck } from '../check-tester.js';
import { lintUnder } from '../helpers.js';

const ID = 'duration-over-limit';
const PROFILES = ['coe', 'england-wales', 'france', 'germany'];

/**
 * Orders with figures at and beyond the statutory limits of the shipped profiles, each linted under
 * every profile. The figures expected below were checked against language/src/profiles/*.json and
 * docs/profiles.md. Under `coe` (the Rules alone, no statute) the check never fires. Germany sets no
 * hours or days, and its Bewährungszeit bounds every requirement at 60 months; a community order is
 * not a German form, so the order's length falls back to the orderMaximum.
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
    "a template's own figure under the minimum": `template small-work():
  requirement unpaid work, 10 hours, completed within 12 months.

order "L-8".
offence "Theft", seriousness serious.
in force for 12 months.
apply small-work.
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

describeCheck(ID, {
    valid: [
        { name: "maximums of England and Wales, under coe", config: { profile: "coe" }, code: ORDERS["maximums of England and Wales"] },
        { name: "maximums of England and Wales, under germany", config: { profile: "germany" }, code: ORDERS["maximums of England and Wales"] },
        { name: "minimums, under coe", config: { profile: "coe" }, code: ORDERS["minimums"] },
        { name: "templates and requirements with no term of their own, under coe", config: { profile: "coe" }, code: ORDERS["templates and requirements with no term of their own"] },
        { name: "templates and requirements with no term of their own, under germany", config: { profile: "germany" }, code: ORDERS["templates and requirements with no term of their own"] },
        { name: "the order's form, under coe", config: { profile: "coe" }, code: ORDERS["the order's form"] },
        { name: "a template's own figure under the minimum, under coe", config: { profile: "coe" }, code: ORDERS["a template's own figure under the minimum"] },
        { name: "a template's own figure under the minimum, under germany", config: { profile: "germany" }, code: ORDERS["a template's own figure under the minimum"] },
        { name: "within every limit, under coe", config: { profile: "coe" }, code: ORDERS["within every limit"] },
        { name: "within every limit, under england-wales", config: { profile: "england-wales" }, code: ORDERS["within every limit"] },
        { name: "within every limit, under france", config: { profile: "france" }, code: ORDERS["within every limit"] },
        { name: "within every limit, under germany", config: { profile: "germany" }, code: ORDERS["within every limit"] }
    ],
    invalid: [
        { name: "maximums of England and Wales, under england-wales", config: { profile: "england-wales" }, code: ORDERS["maximums of England and Wales"], findings: [
            { messageId: "orderOverMaximum", range: "4:14-4:23", rules: [14, 21], covered: "40 months", severity: "error",
                message: "An order term of 40 months exceeds the statutory maximum of 36 months for a community order in England and Wales (Sentencing Act 2020, s. 209(2)): set a term within it, e.g. `in force for 36 months.` (Rules 14 and 21)" },
            { messageId: "overMaximum", range: "5:26-5:35", rules: [14, 21], covered: "350 hours", severity: "error",
                message: "350 hours exceeds the statutory maximum of 300 hours for an unpaid work requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 2(1)(b)(ii)): bring it within the maximum, e.g. `300 hours` (Rules 14 and 21)" },
            { messageId: "overMaximum", range: "5:54-5:63", rules: [14, 21], covered: "18 months", severity: "error",
                message: "A completion period of 18 months exceeds the statutory maximum of 12 months for an unpaid work requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 1(1)(b)): bring it within the maximum, e.g. `completed within 12 months` (Rules 14 and 21)" },
            { messageId: "overMaximum", range: "6:34-6:53", rules: [14, 21], covered: "from 18:00 to 16:00", severity: "error",
                message: "22 hours a day exceeds the statutory maximum of 20 hours a day for a curfew requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 9(4)(b), (4A)(b) (inserted by PCSCA 2022 s. 150)): bring it within the maximum, e.g. `from 18:00 to 14:00` (Rules 14 and 21)" },
            { messageId: "overMaximum", range: "6:73-6:82", rules: [14, 21], covered: "30 months", severity: "error",
                message: "A term of 30 months exceeds the statutory maximum of 24 months for a curfew requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 9(5), (6)(b) (inserted by PCSCA 2022 s. 150)): bring it within the maximum, e.g. `for 24 months` (Rules 14 and 21)" },
            { messageId: "overMaximum", range: "7:34-7:53", rules: [14, 21], covered: "from 20:00 to 13:00", severity: "error",
                message: "119 hours in 7 days (17 hours a day on 7 days) exceeds the statutory maximum of 112 hours in any 7 days for a curfew requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 9(4)(c) (inserted by PCSCA 2022 s. 150)): bring it within the maximum, e.g. `from 20:00 to 12:00` (Rules 14 and 21)" },
            { messageId: "overMaximum", range: "8:57-8:89", rules: [14, 21], covered: "from 2026-04-01 until 2028-10-01", severity: "warning",
                message: "A term of 2026-04-01 to 2028-10-01 (30 months) exceeds the statutory maximum of 24 months (unverified) for an exclusion requirement in England and Wales (Sentencing Act 2020, Sch. 9 Part 6): bring it within the maximum, e.g. `for 24 months` (Rules 14 and 21)" },
            { messageId: "overMaximum", range: "9:44-9:52", rules: [14, 21], covered: "150 days", severity: "error",
                message: "150 days exceeds the statutory maximum of 120 days for an alcohol abstinence monitoring requirement (alcohol abstinence and monitoring requirement) in England and Wales (Sentencing Act 2020, Sch. 9 para. 25(4)(b)): bring it within the maximum, e.g. `120 days` (Rules 14 and 21)" },
            { messageId: "overMaximum", range: "10:90-10:99", rules: [14, 21], covered: "18 months", severity: "warning",
                message: "A term of 18 months exceeds the statutory maximum of 12 months (unverified) for a foreign travel prohibition requirement in England and Wales (Sentencing Act 2020, Sch. 9 Part 8): bring it within the maximum, e.g. `for 12 months` (Rules 14 and 21)" }
        ] },
        { name: "maximums of England and Wales, under france", config: { profile: "france" }, code: ORDERS["maximums of England and Wales"], findings: [
            { messageId: "orderOverMaximum", range: "4:14-4:23", rules: [14, 21], covered: "40 months", severity: "error",
                message: "An order term of 40 months exceeds the statutory maximum of 18 months for a community order (travail d'intérêt général (peine autonome)) in France (Code pénal, art. 131-22, al. 1): set a term within it, e.g. `in force for 18 months.` (Rules 14 and 21)" },
            { messageId: "overMaximum", range: "6:73-6:82", rules: [14, 21], covered: "30 months", severity: "warning",
                message: "A term of 30 months exceeds the statutory maximum of 6 months (unverified) for a curfew requirement (détention à domicile sous surveillance électronique) in France (Code pénal, art. 131-4-1): bring it within the maximum, e.g. `for 6 months` (Rules 14 and 21)" },
            { messageId: "overMaximum", range: "11:60-11:68", rules: [14, 21], covered: "9 months", severity: "error",
                message: "A term of 9 months exceeds the statutory maximum of 1 month for a programme requirement (peine de stage) in France (Code pénal, art. 131-5-1, al. 1): bring it within the maximum, e.g. `for 1 month` (Rules 14 and 21)" }
        ] },
        { name: "minimums, under england-wales", config: { profile: "england-wales" }, code: ORDERS["minimums"], findings: [
            { messageId: "orderUnderMinimum", range: "4:14-4:22", rules: [14, 21], covered: "3 months", severity: "warning",
                message: "An order term of 3 months is under the statutory minimum of 6 months (unverified) for a suspended sentence (suspended sentence order) in England and Wales (Sentencing Act 2020, s. 288): set a term of at least that, e.g. `in force for 6 months.` (Rules 14 and 21)" },
            { messageId: "underMinimum", range: "5:26-5:34", rules: [14, 21], covered: "10 hours", severity: "error",
                message: "10 hours is under the statutory minimum of 40 hours for an unpaid work requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 2(1)(b)(i)): raise it to at least the minimum, e.g. `40 hours` (Rules 14 and 21)" },
            { messageId: "underMinimum", range: "6:34-6:53", rules: [14, 21], covered: "from 19:00 to 20:00", severity: "error",
                message: "1 hour a day is under the statutory minimum of 2 hours a day for a curfew requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 9(4)(a)): raise it to at least the minimum, e.g. `from 19:00 to 21:00` (Rules 14 and 21)" }
        ] },
        { name: "minimums, under france", config: { profile: "france" }, code: ORDERS["minimums"], findings: [
            { messageId: "orderUnderMinimum", range: "4:14-4:22", rules: [14, 21], covered: "3 months", severity: "error",
                message: "An order term of 3 months is under the statutory minimum of 12 months for a suspended sentence (sursis probatoire) in France (Code pénal, art. 132-42, al. 1): set a term of at least that, e.g. `in force for 12 months.` (Rules 14 and 21)" },
            { messageId: "underMinimum", range: "5:26-5:34", rules: [14, 21], covered: "10 hours", severity: "error",
                message: "10 hours is under the statutory minimum of 20 hours for an unpaid work requirement (travail d'intérêt général (TIG)) in France (Code pénal, art. 131-8, al. 1): raise it to at least the minimum, e.g. `20 hours` (Rules 14 and 21)" },
            { messageId: "underMinimum", range: "7:53-7:60", rules: [14, 21], covered: "10 days", severity: "warning",
                message: "A term of 10 days is under the statutory minimum of 15 days (unverified) for an electronic monitoring requirement (détention à domicile sous surveillance électronique) in France (Code pénal, art. 131-4-1): raise it to at least the minimum, e.g. `for 15 days` (Rules 14 and 21)" }
        ] },
        { name: "minimums, under germany", config: { profile: "germany" }, code: ORDERS["minimums"], findings: [
            { messageId: "orderUnderMinimum", range: "4:14-4:22", rules: [14, 21], covered: "3 months", severity: "error",
                message: "An order term of 3 months is under the statutory minimum of 24 months for a suspended sentence (Strafaussetzung zur Bewährung) in Germany (StGB § 56a(1) Satz 2): set a term of at least that, e.g. `in force for 24 months.` (Rules 14 and 21)" }
        ] },
        { name: "templates and requirements with no term of their own, under england-wales", config: { profile: "england-wales" }, code: ORDERS["templates and requirements with no term of their own"], findings: [
            { messageId: "overMaximum", range: "11:46-11:51", rules: [14, 21], covered: "17:00", severity: "error",
                message: "22 hours a day exceeds the statutory maximum of 20 hours a day for a curfew requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 9(4)(b), (4A)(b) (inserted by PCSCA 2022 s. 150)): bring it within the maximum, e.g. `from 19:00 to 15:00` (Rules 14 and 21)" },
            { messageId: "overMaximum", range: "11:60-11:69", rules: [14, 21], covered: "30 months", severity: "error",
                message: "A term of 30 months exceeds the statutory maximum of 24 months for a curfew requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 9(5), (6)(b) (inserted by PCSCA 2022 s. 150)): bring it within the maximum, e.g. `for 24 months` (Rules 14 and 21)" },
            { messageId: "templateOverMaximum", range: "12:7-12:18", rules: [14, 21], covered: "long-curfew", severity: "error",
                message: "The curfew requirement brought in by 'long-curfew': a term of 30 months exceeds the statutory maximum of 24 months for a curfew requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 9(5), (6)(b) (inserted by PCSCA 2022 s. 150)): bring it within the maximum in the template, e.g. `for 24 months` (Rules 14 and 21)" }
        ] },
        { name: "templates and requirements with no term of their own, under france", config: { profile: "france" }, code: ORDERS["templates and requirements with no term of their own"], findings: [
            { messageId: "overMaximum", range: "11:60-11:69", rules: [14, 21], covered: "30 months", severity: "warning",
                message: "A term of 30 months exceeds the statutory maximum of 6 months (unverified) for a curfew requirement (détention à domicile sous surveillance électronique) in France (Code pénal, art. 131-4-1): bring it within the maximum, e.g. `for 6 months` (Rules 14 and 21)" },
            { messageId: "templateOverMaximum", range: "12:7-12:18", rules: [14, 21], covered: "long-curfew", severity: "warning",
                message: "The curfew requirement brought in by 'long-curfew': a term of 30 months exceeds the statutory maximum of 6 months (unverified) for a curfew requirement (détention à domicile sous surveillance électronique) in France (Code pénal, art. 131-4-1): bring it within the maximum in the template, e.g. `for 6 months` (Rules 14 and 21)" },
            { messageId: "inheritedOverMaximum", range: "13:13-13:19", rules: [14, 21], covered: "curfew", severity: "warning",
                message: "This curfew requirement has no term of its own, so it runs for the order's 12 months, which exceeds the statutory maximum of 6 months (unverified) for a curfew requirement (détention à domicile sous surveillance électronique) in France (Code pénal, art. 131-4-1): give it a term of its own within the maximum, e.g. `for 6 months` (Rules 14 and 21)" }
        ] },
        { name: "the order's form, under england-wales", config: { profile: "england-wales" }, code: ORDERS["the order's form"], findings: [
            { messageId: "orderOverMaximum", range: "4:14-4:22", rules: [14, 21], covered: "8 months", severity: "warning",
                message: "An order term of 8 months exceeds the statutory maximum of 6 months (unverified) for a deferred sentence (deferment of sentence) in England and Wales (Sentencing Act 2020, s. 5(2)): set a term within it, e.g. `in force for 6 months.` (Rules 14 and 21)" },
            { messageId: "orderOverMaximum", range: "8:14-8:23", rules: [14, 21], covered: "72 months", severity: "error",
                message: "An order term of 72 months exceeds the statutory maximum of 36 months for an order in England and Wales (Sentencing Act 2020, s. 209(2)): set a term within it, e.g. `in force for 36 months.` (Rules 14 and 21)" }
        ] },
        { name: "the order's form, under france", config: { profile: "france" }, code: ORDERS["the order's form"], findings: [
            { messageId: "orderOverMaximum", range: "8:14-8:23", rules: [14, 21], covered: "72 months", severity: "error",
                message: "An order term of 72 months exceeds the statutory maximum of 36 months for an order in France (Code pénal, art. 132-42, al. 1): set a term within it, e.g. `in force for 36 months.` (Rules 14 and 21)" }
        ] },
        { name: "the order's form, under germany", config: { profile: "germany" }, code: ORDERS["the order's form"], findings: [
            { messageId: "orderUnderMinimum", range: "4:14-4:22", rules: [14, 21], covered: "8 months", severity: "error",
                message: "An order term of 8 months is under the statutory minimum of 12 months for a deferred sentence (Verwarnung mit Strafvorbehalt) in Germany (StGB § 59a(1) Satz 2): set a term of at least that, e.g. `in force for 12 months.` (Rules 14 and 21)" },
            { messageId: "orderOverMaximum", range: "8:14-8:23", rules: [14, 21], covered: "72 months", severity: "error",
                message: "An order term of 72 months exceeds the statutory maximum of 60 months for a conditional release (Aussetzung des Strafrestes) in Germany (StGB § 57(3) Satz 1 with § 56a(1) Satz 2): set a term within it, e.g. `in force for 60 months.` (Rules 14 and 21)" }
        ] },
        { name: "a template's own figure under the minimum, under england-wales", config: { profile: "england-wales" }, code: ORDERS["a template's own figure under the minimum"], findings: [
            { messageId: "templateUnderMinimum", range: "7:7-7:17", rules: [14, 21], covered: "small-work", severity: "error",
                message: "The unpaid work requirement brought in by 'small-work': 10 hours is under the statutory minimum of 40 hours for an unpaid work requirement in England and Wales (Sentencing Act 2020, Sch. 9 para. 2(1)(b)(i)): raise it to at least the minimum in the template, e.g. `40 hours` (Rules 14 and 21)" }
        ] },
        { name: "a template's own figure under the minimum, under france", config: { profile: "france" }, code: ORDERS["a template's own figure under the minimum"], findings: [
            { messageId: "templateUnderMinimum", range: "7:7-7:17", rules: [14, 21], covered: "small-work", severity: "error",
                message: "The unpaid work requirement brought in by 'small-work': 10 hours is under the statutory minimum of 20 hours for an unpaid work requirement (travail d'intérêt général (TIG)) in France (Code pénal, art. 131-8, al. 1): raise it to at least the minimum in the template, e.g. `20 hours` (Rules 14 and 21)" }
        ] }
    ]
});

describe(`${ID}: every order under every profile`, () => {
    it.each(Object.keys(ORDERS).flatMap(name => PROFILES.map(profile => [name, profile] as const)))('%s, under %s: a warning exactly where the figure is unverified, and no fix', async (name, profile) => {
        for (const finding of (await lintUnder(ORDERS[name], profile)).filter(f => f.checkId === ID)) {
            // an unverified figure may be wrong: a warning, not an error
            expect(finding.severity).toBe(finding.message.includes('(unverified)') ? 'warning' : 'error');
            expect(finding.fixes).toBeUndefined();
        }
    });

    it('never speaks of a legal limit under coe, whatever the figures', async () => {
        for (const text of Object.values(ORDERS)) {
            expect((await lintUnder(text, 'coe')).filter(f => f.checkId === ID)).toEqual([]);
        }
    });
});
