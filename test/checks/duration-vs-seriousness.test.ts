import { describe, expect, it } from 'vitest';
import { findingsOfCheck, lintUnder } from '../helpers.js';

const ID = 'duration-vs-seriousness';
const PROFILES = ['coe', 'england-wales', 'france', 'germany'] as const;
type ProfileId = typeof PROFILES[number];

interface Expected { line: number; covered: string; rules: number[]; message: string }

const findingsOf = (text: string, profile: string) => findingsOfCheck(text, ID, { message: true, profile });

const TAIL = ': check that its length stays in proportion to the offence (Rules 3 and 22)';
const REQ_TAIL = ': check that it is needed for that long (Rules 3 and 22)';

const TEMPLATE = `template home-curfew(address: text, length: duration = 3 months):
  requirement curfew, at address, from 19:00 to 07:00, on every day, for length.
`;

/** Orders whose findings do not depend on the profile. */
const COMMON: Array<[string, string, Expected[]]> = [
    ['a 12-month order for a minor offence, a 24-month one for a moderate offence (at the figure is not over it)', `order "P-1".
offence "Theft", seriousness minor.
in force for 12 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 6 months.

order "P-2".
offence "Theft", seriousness moderate.
in force for 2 years.
requirement electronic monitoring, of location, for 12 months.
`, []],
    ['long orders for serious offences, or with no stated seriousness, are not checked', `order "P-3".
offence "Robbery", seriousness serious.
in force for 36 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 24 months.

order "P-4".
offence "Theft".
in force for 36 months.
`, []],
    ['a long order for a minor offence; unpaid work is not a listed kind', `order "F-1".
offence "Shoplifting", seriousness minor.
in force for 18 months.
requirement unpaid work, 100 hours, for 18 months.
`, [{ line: 3, covered: '18 months', rules: [3, 22], message: `The order runs for 18 months, longer than the 12 months the model expects at most for a minor offence${TAIL}` }]],
    ['restrictive requirements for a minor and a moderate offence, as lengths and as dates', `order "F-2".
made on 2026-03-14.
offence "Shoplifting", seriousness minor.
in force for 12 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 9 months.
requirement exclusion, area "Town centre", until 2026-12-01.
requirement residence, at "1 Road", for 200 days.

order "F-3".
offence "Affray", seriousness moderate.
in force for 24 months.
requirement electronic monitoring, of location, for 13 months.
requirement alcohol abstinence monitoring, 90 days, for 18 months.
`, [
        { line: 5, covered: '9 months', rules: [3, 22], message: `This curfew requirement runs for 9 months, longer than the 6 months the model expects at most for a curfew requirement for a minor offence${REQ_TAIL}` },
        { line: 6, covered: 'until 2026-12-01', rules: [3, 22], message: `This exclusion requirement runs from 2026-03-14 to 2026-12-01 (8.6 months), longer than the 6 months the model expects at most for an exclusion requirement for a minor offence${REQ_TAIL}` },
        { line: 7, covered: '200 days', rules: [3, 22], message: `This residence requirement runs for 200 days (6.6 months), longer than the 6 months the model expects at most for a residence requirement for a minor offence${REQ_TAIL}` },
        { line: 12, covered: '13 months', rules: [3, 22], message: `This electronic monitoring requirement runs for 13 months, longer than the 12 months the model expects at most for an electronic monitoring requirement for a moderate offence${REQ_TAIL}` },
        { line: 13, covered: '18 months', rules: [3, 22], message: `This alcohol abstinence monitoring requirement runs for 18 months, longer than the 12 months the model expects at most for an alcohol abstinence monitoring requirement for a moderate offence${REQ_TAIL}` }
    ]],
    ['a template\'s length: on the argument that sets it, else on the apply clause', `${TEMPLATE}
order "F-4".
offence "Shoplifting", seriousness minor.
in force for 12 months.
apply home-curfew with address "1 Road", length 8 months.

order "F-5".
offence "Shoplifting", seriousness minor.
in force for 12 months.
apply home-curfew with address "1 Road".
`, [{ line: 7, covered: '8 months', rules: [3, 22], message: `The curfew requirement brought in by 'home-curfew' runs for 8 months, longer than the 6 months the model expects at most for a curfew requirement for a minor offence${REQ_TAIL}` }]]
];

describe.each(PROFILES)(`${ID} under the %s profile`, profile => {
    it.each(COMMON)('%s', async (_name, text, expected) => {
        const findings = await findingsOf(text, profile);
        expect(findings).toEqual(expected);
        for (const finding of (await lintUnder(text, profile)).filter(f => f.checkId === ID)) {
            expect(finding.severity).toBe('warning');
        }
    });
});

describe(`${ID}: a statutory minimum for the order's form takes the place of a lower figure`, () => {
    const text = `order "G-1", suspended sentence.
offence "Shoplifting", seriousness minor.
in force for 24 months.

order "G-2", suspended sentence.
offence "Shoplifting", seriousness minor.
in force for 30 months.
`;
    const table: Array<[ProfileId, Expected[]]> = [
        ['coe', [
            { line: 3, covered: '24 months', rules: [3, 22], message: `The order runs for 24 months, longer than the 12 months the model expects at most for a minor offence${TAIL}` },
            { line: 7, covered: '30 months', rules: [3, 22], message: `The order runs for 30 months, longer than the 12 months the model expects at most for a minor offence${TAIL}` }
        ]],
        // Strafaussetzung zur Bewährung: at least 2 years (StGB § 56a(1)), so 24 months is the least a court can set.
        ['germany', [
            { line: 7, covered: '30 months', rules: [3, 22], message: 'The order runs for 30 months, longer than 24 months, the shortest Strafaussetzung zur Bewährung the law of Germany allows ' +
                `(the model expects at most 12 months for a minor offence)${TAIL}` }
        ]],
        // sursis probatoire: at least 12 months, the model's own figure.
        ['france', [
            { line: 3, covered: '24 months', rules: [3, 22], message: `The order runs for 24 months, longer than the 12 months the model expects at most for a minor offence${TAIL}` },
            { line: 7, covered: '30 months', rules: [3, 22], message: `The order runs for 30 months, longer than the 12 months the model expects at most for a minor offence${TAIL}` }
        ]]
    ];
    it.each(table)('under %s', async (profile, expected) => {
        expect(await findingsOf(text, profile)).toEqual(expected);
    });
});
