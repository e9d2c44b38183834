import { describe, expect, it } from 'vitest';
import { findingsOfCheck, lintUnder } from '../helpers.js';

const ID = 'stacked-controls';
const PROFILES = ['coe', 'england-wales', 'france', 'germany'];

interface Expected { line: number; covered: string; rules: number[]; message: string }

const findingsOf = (text: string, profile: string) => findingsOfCheck(text, ID, { message: true, profile });

const MOVEMENT_WHY = 'each keeps the person in a place, out of a place, or watched in one, so together they restrict the same freedom several times over; ' +
    'keep those the risk needs (Rules 3, 11 and 34)';

const STACK = `in force for 6 months.
requirement curfew, at "12 Acacia Road", from 19:00 to 07:00, on every day.
requirement electronic monitoring, of the curfew.
requirement exclusion, area "Exeter city centre" on map "EX-12".
requirement supervision, reporting daily.
`;

const TEMPLATE = `template home-curfew(address: text, length: duration = 3 months):
  requirement curfew, at address, from 19:00 to 07:00, on every day, for length.
  requirement electronic monitoring, of the curfew, for length.
`;

// The check does not read the profile: every row holds under every profile.
describe.each(PROFILES)(`${ID} under the %s profile`, profile => {
    const passing: Array<[string, string]> = [
        ['curfew with its monitoring and weekly reporting: two movement controls', `order "P-1".
offence "Shoplifting", seriousness minor.
in force for 6 months.
requirement curfew, at "1 Road", from 19:00 to 07:00.
requirement electronic monitoring, of the curfew.
requirement supervision, reporting weekly.
`],
        ['the full stack for a serious offence', `order "P-2".
offence "Burglary", seriousness serious.
${STACK}`],
        ['the full stack with no stated seriousness (missing-seriousness speaks about it)', `order "P-3".
offence "Burglary".
${STACK}`],
        ['no contact with one person and an exclusion round someone else', `order "P-4".
offence "Harassment", seriousness moderate.
in force for 6 months.
requirement no contact, with "Jane Doe".
requirement exclusion, area within 200 metres of "14 Mill Street".
`],
        ['a template on its own', TEMPLATE]
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text, profile)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['curfew, monitoring, exclusion and daily reporting for a minor offence', `order "F-1".
offence "Shoplifting", seriousness minor.
${STACK}`, [{
            line: 7, covered: 'supervision', rules: [3, 11, 34],
            message: 'Curfew (line 4), electronic monitoring of the curfew (line 5), exclusion (line 6) and reporting daily (line 7) all control ' +
                `where the person is and goes (movement control), for a minor offence: ${MOVEMENT_WHY}`
        }]],
        ['curfew, residence and location monitoring for a moderate offence', `order "F-2".
offence "Criminal damage", seriousness moderate.
in force for 6 months.
requirement residence, at "1 Road".
requirement curfew, at "1 Road", from 21:00 to 06:00.
requirement electronic monitoring, of location.
`, [{
            line: 6, covered: 'electronic monitoring', rules: [3, 11, 34],
            message: 'Residence (line 4), curfew (line 5) and electronic monitoring of location (line 6) all control ' +
                `where the person is and goes (movement control), for a moderate offence: ${MOVEMENT_WHY}`
        }]],
        ['no contact and an exclusion round the same person (one movement member only)', `order "F-3".
offence "Harassment", seriousness moderate.
in force for 6 months.
requirement no contact, with "Jane Doe".
requirement exclusion, area within 200 metres of "Jane Doe's home, 3 Park Road".
`, [{
            line: 5, covered: 'exclusion', rules: [3, 11, 34],
            message: 'No contact with "Jane Doe" (line 4) and exclusion from an area round that person (line 5) all control ' +
                'the person approaching one named person (contact control), for a moderate offence: a ban on contact and a ban on the area round ' +
                'the same person both keep the person away from them; the second adds little the first does not already forbid; keep those the risk needs (Rules 3, 11 and 34)'
        }]],
        ['abstinence monitoring with alcohol monitoring and alcohol treatment', `order "F-4".
offence "Drunk and disorderly", seriousness minor.
in force for 4 months.
requirement alcohol abstinence monitoring, 90 days.
requirement alcohol treatment, provided by "Y", consent informed and explicit, given.
`, [{
            line: 5, covered: 'alcohol treatment', rules: [3, 11, 34],
            message: 'Alcohol abstinence monitoring (line 4) and alcohol treatment (line 5) all control the person drinking (alcohol control), for a minor offence: ' +
                'each watches or treats the same drinking, so together they bear on one habit several times over; keep those the risk needs (Rules 3, 11 and 34)'
        }]],
        ['requirements brought in by a template count, on the apply clause', `${TEMPLATE}
order "F-5".
offence "Shoplifting", seriousness minor.
in force for 6 months.
requirement exclusion, area "Town centre".
apply home-curfew with address "12 Acacia Road".
`, [{
            line: 9, covered: 'home-curfew', rules: [3, 11, 34],
            message: 'Exclusion (line 8), curfew (line 9) and electronic monitoring of the curfew (line 9) all control ' +
                `where the person is and goes (movement control), for a minor offence: ${MOVEMENT_WHY}`
        }]]
    ];
    it.each(failing)('fails: %s', async (_name, text, expected) => {
        expect(await findingsOf(text, profile)).toEqual(expected);
        for (const finding of (await lintUnder(text, profile)).filter(f => f.checkId === ID)) {
            expect(finding.severity).toBe('warning');
            expect(finding.fixes).toBeUndefined();
        }
    });
});
