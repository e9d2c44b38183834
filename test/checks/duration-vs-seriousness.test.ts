import { describeCheck, type InvalidCase, type ValidCase } from '../check-tester.js';

const ID = 'duration-vs-seriousness';
const PROFILES = ['coe', 'england-wales', 'france', 'germany'];

const ORDER_TAIL = 'Rules 3 and 22 ask that how long an order runs match how serious the offence is: ';
const REQ_TAIL = 'Rules 3 and 22 ask that how long a requirement runs match how serious the offence is: ';
const orderLong = (runs: string, months: number, level: string) =>
    `The order runs ${runs}, longer than the ${months} months the model expects at most for a ${level} offence; ${ORDER_TAIL}` +
    `consider a shorter term, e.g. \`in force for ${months} months\`, or give the reason for the length (Rules 3 and 22)`;
const requirementLong = (what: string, runs: string, months: number, kind: string, level: string) =>
    `${what} runs ${runs}, longer than the ${months} months the model expects at most for ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} requirement for a ${level} offence; ${REQ_TAIL}` +
    `consider a shorter term, e.g. \`for ${months} months\`, or give the reason it is needed for that long (Rules 3 and 22)`;

/** The range of the first `text` on 1-based `line` of `code`, as the tester writes ranges. */
function at(code: string, line: number, text: string): string {
    const column = code.split('\n')[line - 1].indexOf(text);
    if (column < 0) {
        throw new Error(`'${text}' is not on line ${line}`);
    }
    return `${line}:${column + 1}-${line}:${column + 1 + text.length}`;
}

const TEMPLATE = `template home-curfew(address: text, length: duration = 3 months):
  requirement curfew, at address, from 19:00 to 07:00, on every day, for length.
`;

/** Orders whose findings do not depend on the profile. */
const VALID: ValidCase[] = [
    { name: 'a 12-month order for a minor offence, a 24-month one for a moderate offence (at the figure is not over it)', code: `order "P-1".
offence "Theft", seriousness minor.
in force for 12 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 6 months.

order "P-2".
offence "Theft", seriousness moderate.
in force for 2 years.
requirement electronic monitoring, of location, for 12 months.
` },
    { name: 'long orders for serious offences, or with no stated seriousness, are not checked', code: `order "P-3".
offence "Robbery", seriousness serious.
in force for 36 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 24 months.

order "P-4".
offence "Theft".
in force for 36 months.
` },
    { name: 'a length in days within three days\' tolerance of the figure', code: `order "P-5".
offence "Theft", seriousness minor.
in force for 366 days.
` }
];

const F1 = `order "F-1".
offence "Shoplifting", seriousness minor.
in force for 18 months.
requirement unpaid work, 100 hours, for 18 months.
`;
const F2 = `order "F-2".
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
`;
const F4 = `${TEMPLATE}
order "F-4".
offence "Shoplifting", seriousness minor.
in force for 12 months.
apply home-curfew with address "1 Road", length 8 months.

order "F-5".
offence "Shoplifting", seriousness minor.
in force for 12 months.
apply home-curfew with address "1 Road".
`;

const INVALID: InvalidCase[] = [
    { name: 'a long order for a minor offence; unpaid work is not a listed kind', code: F1, findings: [{
        messageId: 'orderLong', range: at(F1, 3, '18 months'), rules: [3, 22], covered: '18 months', severity: 'warning',
        message: orderLong('for 18 months', 12, 'minor')
    }] },
    { name: 'restrictive requirements for a minor and a moderate offence, as lengths and as dates', code: F2, findings: [
        { messageId: 'requirementLong', range: at(F2, 5, '9 months'), rules: [3, 22], covered: '9 months', severity: 'warning',
            message: requirementLong('This curfew requirement', 'for 9 months', 6, 'curfew', 'minor') },
        { messageId: 'requirementLong', range: at(F2, 6, 'until 2026-12-01'), rules: [3, 22], covered: 'until 2026-12-01',
            message: requirementLong('This exclusion requirement', 'from 2026-03-14 to 2026-12-01 (8.6 months)', 6, 'exclusion', 'minor') },
        { messageId: 'requirementLong', range: at(F2, 7, '200 days'), rules: [3, 22], covered: '200 days',
            message: requirementLong('This residence requirement', 'for 200 days (6.6 months)', 6, 'residence', 'minor') },
        { messageId: 'requirementLong', range: at(F2, 12, '13 months'), rules: [3, 22], covered: '13 months',
            message: requirementLong('This electronic monitoring requirement', 'for 13 months', 12, 'electronic monitoring', 'moderate') },
        { messageId: 'requirementLong', range: at(F2, 13, '18 months'), rules: [3, 22], covered: '18 months',
            message: requirementLong('This alcohol abstinence monitoring requirement', 'for 18 months', 12, 'alcohol abstinence monitoring', 'moderate') }
    ] },
    { name: 'a template\'s length: on the argument that sets it, else on the apply clause', code: F4, findings: [{
        messageId: 'requirementLong', range: at(F4, 7, '8 months'), rules: [3, 22], covered: '8 months',
        message: requirementLong('The curfew requirement brought in by \'home-curfew\'', 'for 8 months', 6, 'curfew', 'minor')
    }] }
];

/** Suspended sentences whose form has a statutory minimum under some profiles. */
const SUSPENDED = `order "G-1", suspended sentence.
offence "Shoplifting", seriousness minor.
in force for 24 months.

order "G-2", suspended sentence.
offence "Shoplifting", seriousness minor.
in force for 30 months.
`;

describeCheck(ID, {
    valid: PROFILES.flatMap(profile => VALID.map(c => ({ ...c, name: `${c.name} (${profile})`, config: { profile } }))),
    invalid: [
        ...PROFILES.flatMap(profile => INVALID.map(c => ({ ...c, name: `${c.name} (${profile})`, config: { profile } }))),
        { name: 'coe has no statutory minimum: the model\'s figure', config: { profile: 'coe' }, code: SUSPENDED, findings: [
            { messageId: 'orderLong', range: at(SUSPENDED, 3, '24 months'), rules: [3, 22], message: orderLong('for 24 months', 12, 'minor') },
            { messageId: 'orderLong', range: at(SUSPENDED, 7, '30 months'), rules: [3, 22], message: orderLong('for 30 months', 12, 'minor') }
        ] },
        // Strafaussetzung zur Bewährung: at least 2 years (StGB § 56a(1)), so 24 months is the least a court can set.
        { name: 'germany: the statutory minimum of 24 months takes the place of the model\'s 12', config: { profile: 'germany' }, code: SUSPENDED, findings: [{
            messageId: 'orderLongMinimum', range: at(SUSPENDED, 7, '30 months'), rules: [3, 22], covered: '30 months', severity: 'warning',
            message: 'The order runs for 30 months, longer than 24 months, the shortest Strafaussetzung zur Bewährung the law of Germany allows (StGB § 56a(1) Satz 2; ' +
                `the model expects at most 12 months for a minor offence); ${ORDER_TAIL}consider the shortest term the law allows, e.g. \`in force for 24 months\`, ` +
                'or give the reason for the length (Rules 3 and 22)'
        }] },
        { name: 'england-wales: no minimum for a suspended sentence order above the model\'s figure', config: { profile: 'england-wales' }, code: SUSPENDED, findings: [
            { messageId: 'orderLong', range: at(SUSPENDED, 3, '24 months'), rules: [3, 22] },
            { messageId: 'orderLong', range: at(SUSPENDED, 7, '30 months'), rules: [3, 22] }
        ] },
        // sursis probatoire: at least 12 months, the model's own figure.
        { name: 'france: a minimum equal to the model\'s figure changes nothing', config: { profile: 'france' }, code: SUSPENDED, findings: [
            { messageId: 'orderLong', range: at(SUSPENDED, 3, '24 months'), rules: [3, 22] },
            { messageId: 'orderLong', range: at(SUSPENDED, 7, '30 months'), rules: [3, 22] }
        ] }
    ]
});
