import { describeCheck, type ExpectedFinding, type InvalidCase, type ValidCase } from '../check-tester.js';

const ID = 'stacked-controls';
/** The check does not read the profile: every case holds under every profile. */
const PROFILES = ['coe', 'england-wales', 'france', 'germany'];

const RULES = 'Rules 3 and 22 ask that what an order demands match how serious the offence is, and Rule 60 that each condition answer a need or a risk of the person';
const tail = (kind: string) => `consider keeping only the controls that risk needs, e.g. without \`requirement ${kind}, …\`, or give the reason each one is needed (Rules 3, 22 and 60)`;
const MOVEMENT_WHY = 'each keeps the person in a place, out of a place, or watched in one, so together they restrict the same freedom several times over';

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

const VALID: ValidCase[] = [
    { name: 'curfew with its monitoring and weekly reporting: two movement controls', code: `order "P-1".
offence "Shoplifting", seriousness minor.
in force for 6 months.
requirement curfew, at "1 Road", from 19:00 to 07:00.
requirement electronic monitoring, of the curfew.
requirement supervision, reporting weekly.
` },
    { name: 'the full stack for a serious offence', code: `order "P-2".
offence "Burglary", seriousness serious.
${STACK}` },
    { name: 'the full stack with no stated seriousness (missing-seriousness speaks about it)', code: `order "P-3".
offence "Burglary".
${STACK}` },
    { name: 'no contact with one person and an exclusion round someone else', code: `order "P-4".
offence "Harassment", seriousness moderate.
in force for 6 months.
requirement no contact, with "Jane Doe".
requirement exclusion, area within 200 metres of "14 Mill Street".
` },
    { name: 'a template on its own', code: TEMPLATE }
];

const INVALID: Array<Omit<InvalidCase, 'findings'> & { findings: ExpectedFinding[] }> = [
    { name: 'curfew, monitoring, exclusion and daily reporting for a minor offence', code: `order "F-1".
offence "Shoplifting", seriousness minor.
${STACK}`, findings: [{
        messageId: 'stack', range: '7:13-7:24', rules: [3, 22, 60], covered: 'supervision', severity: 'warning',
        message: 'Curfew (line 4), electronic monitoring of the curfew (line 5), exclusion (line 6) and reporting daily (line 7) all control ' +
            `where the person is and goes (movement control), for a minor offence: ${MOVEMENT_WHY}; ${RULES}: ${tail('supervision')}`
    }] },
    { name: 'curfew, residence and location monitoring for a moderate offence', code: `order "F-2".
offence "Criminal damage", seriousness moderate.
in force for 6 months.
requirement residence, at "1 Road".
requirement curfew, at "1 Road", from 21:00 to 06:00.
requirement electronic monitoring, of location.
`, findings: [{
        messageId: 'stack', range: '6:13-6:34', rules: [3, 22, 60], covered: 'electronic monitoring',
        message: 'Residence (line 4), curfew (line 5) and electronic monitoring of location (line 6) all control ' +
            `where the person is and goes (movement control), for a moderate offence: ${MOVEMENT_WHY}; ${RULES}: ${tail('electronic monitoring')}`
    }] },
    { name: 'no contact and an exclusion round the same person (one movement member only)', code: `order "F-3".
offence "Harassment", seriousness moderate.
in force for 6 months.
requirement no contact, with "Jane Doe".
requirement exclusion, area within 200 metres of "Jane Doe's home, 3 Park Road".
`, findings: [{
        messageId: 'stack', range: '5:13-5:22', rules: [3, 22, 60], covered: 'exclusion',
        message: 'No contact with "Jane Doe" (line 4) and exclusion from an area round that person (line 5) all control ' +
            'the person approaching one named person (contact control), for a moderate offence: a ban on contact and a ban on the area round ' +
            `the same person both keep the person away from them; the second adds little the first does not already forbid; ${RULES}: ${tail('exclusion')}`
    }] },
    { name: 'abstinence monitoring with alcohol treatment', code: `order "F-4".
offence "Drunk and disorderly", seriousness minor.
in force for 4 months.
requirement alcohol abstinence monitoring, 90 days.
requirement alcohol treatment, provided by "Y", consent informed and explicit, given.
`, findings: [{
        messageId: 'stack', range: '5:13-5:30', rules: [3, 22, 60], covered: 'alcohol treatment',
        message: 'Alcohol abstinence monitoring (line 4) and alcohol treatment (line 5) all control the person drinking (alcohol control), for a minor offence: ' +
            `each watches or treats the same drinking, so together they bear on one habit several times over; ${RULES}: ${tail('alcohol treatment')}`
    }] },
    { name: 'requirements brought in by a template count, on the apply clause', code: `${TEMPLATE}
order "F-5".
offence "Shoplifting", seriousness minor.
in force for 6 months.
requirement exclusion, area "Town centre".
apply home-curfew with address "12 Acacia Road".
`, findings: [{
        messageId: 'stack', range: '9:7-9:18', rules: [3, 22, 60], covered: 'home-curfew',
        message: 'Exclusion (line 8), curfew (line 9) and electronic monitoring of the curfew (line 9) all control ' +
            `where the person is and goes (movement control), for a minor offence: ${MOVEMENT_WHY}; ${RULES}: ${tail('electronic monitoring')}`
    }] }
];

describeCheck(ID, {
    valid: PROFILES.flatMap(profile => VALID.map(c => ({ ...c, name: `${c.name} (${profile})`, config: { profile } }))),
    invalid: PROFILES.flatMap(profile => INVALID.map(c => ({ ...c, name: `${c.name} (${profile})`, config: { profile } })))
});
