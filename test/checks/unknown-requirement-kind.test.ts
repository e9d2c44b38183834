import { describeCheck } from '../check-tester.js';

const EVERY_KIND = `order "U-1".
offence "Theft", seriousness moderate.
in force for 12 months.
requirement supervision, reporting weekly.
requirement electronic monitoring, of location.
requirement no contact, with "Jane Doe".
requirement mediation, provided by "Victim Support".
requirement rehabilitation activity, 10 days.
requirement alcohol abstinence monitoring, 60 days.
requirement compensation, amount 200 EUR.
requirement unpaid work, 100 hours.
requirement curfew, at "1 Road", from 20:00 to 06:00.
requirement foreign travel prohibition, to "any country outside France".
condition "Attend the appointments the order sets".
`;

const TEMPLATE = `template tagged(address: text):
  requirement curfew, at address, from 20:00 to 06:00, for 3 months.
  requirement electronic monitoring, of the curfew, for 3 months.

order "U-2".
in force for 6 months.
apply tagged with address "1 Road".
`;

const RULE_14 = 'Rule 14 asks that the types of sanctions and measures be regulated by law';
const DE_EM = 'the StGB names no electronic monitoring among the conditions and directions of a suspended sentence (§§ 56b-56d), only as a direction during Führungsaufsicht (§ 68b(1) Satz 1 Nr. 12, under the conditions of § 68b(1) Satz 3)';

describeCheck('unknown-requirement-kind', {
    valid: [
        { name: 'the Rules alone (coe) know every kind', code: EVERY_KIND },
        { name: 'a template under the Rules alone', code: TEMPLATE },
        { name: 'a template under england-wales', config: { profile: 'england-wales' }, code: TEMPLATE },
        { name: 'a template under france', config: { profile: 'france' }, code: TEMPLATE },
        // England and Wales imposes a contact ban as a prohibited activity requirement, and
        // restorative activity (reparation, mediation) under a rehabilitation activity requirement.
        { name: 'england-wales: kinds the law provides under another name', config: { profile: 'england-wales' }, code: `order "U-3".
requirement no contact, with "Jane Doe".
requirement mediation, provided by "Restorative Justice Service".
requirement reparation, "a letter of apology".
` }
    ],
    invalid: [
        { name: 'england-wales: supervision and compensation are not requirements of a community order', config: { profile: 'england-wales' }, code: EVERY_KIND, findings: [
            { messageId: 'notProvided', range: '4:13-4:24', rules: [14], covered: 'supervision', severity: 'warning',
                message: 'This supervision requirement is not among the requirements the law of England and Wales provides for these orders, according to the england-wales profile (Sentencing Act 2020, s. 201): ' +
                    'the requirements table of s. 201 (s. 287 for suspended sentence orders) has no supervision requirement; appointments with the responsible officer are given under a rehabilitation activity requirement (Sch. 9 para. 4(1)(a)), and keeping in touch with the officer is a duty every order carries; ' +
                    `${RULE_14}: use a requirement the law provides, or cite the provision that provides this one, e.g. \`under "…".\` (Rule 14)` },
            { messageId: 'notProvided', range: '10:13-10:25', rules: [14], covered: 'compensation', severity: 'warning',
                message: 'This compensation requirement is not among the requirements the law of England and Wales provides for these orders, according to the england-wales profile (Sentencing Act 2020, s. 201): ' +
                    'compensation is ordered by a separate compensation order under Part 7 of the Code, not as a requirement of a community order; ' +
                    `${RULE_14}: use a requirement the law provides, or cite the provision that provides this one, e.g. \`under "…".\` (Rule 14)` }
        ] },
        { name: 'france: kinds the profile does not mention, and a travel ban the Code pénal does not name', config: { profile: 'france' }, code: EVERY_KIND, findings: [
            { messageId: 'notStated', range: '7:13-7:22', rules: [14], covered: 'mediation', severity: 'info',
                message: `The france profile does not say whether the law of France provides a mediation requirement; ${RULE_14}: check the law, and cite the provision the order relies on, e.g. \`under "…".\` (Rule 14)` },
            { messageId: 'notStated', range: '8:13-8:36', rules: [14], covered: 'rehabilitation activity', severity: 'info' },
            { messageId: 'notStated', range: '9:13-9:42', rules: [14], covered: 'alcohol abstinence monitoring', severity: 'info',
                message: `The france profile does not say whether the law of France provides an alcohol abstinence monitoring requirement; ${RULE_14}: check the law, and cite the provision the order relies on, e.g. \`under "…".\` (Rule 14)` },
            { messageId: 'notNamed', range: '13:13-13:39', rules: [14], covered: 'foreign travel prohibition', severity: 'info',
                message: 'This foreign travel prohibition requirement rests on no provision of the law of France that the france profile found (Code pénal, art. 132-44, 6°): ' +
                    'the control measures of a sursis probatoire only ask the person to tell the juge de l\'application des peines beforehand of any trip abroad (art. 132-44, 6°, in force since 24 March 2020; earlier versions asked for the judge\'s prior leave), and no ban on travel abroad was found among the items of art. 132-45 that were read (1° to 11°); ' +
                    `${RULE_14}: cite the provision the order relies on, e.g. \`under "…".\`, or use a requirement the law names (Rule 14)` }
        ] },
        { name: 'germany: electronic monitoring is not named for a suspended sentence (information)', config: { profile: 'germany' }, code: EVERY_KIND, findings: [
            { messageId: 'notNamed', range: '5:13-5:34', rules: [14], covered: 'electronic monitoring', severity: 'info',
                message: `This electronic monitoring requirement rests on no provision of the law of Germany that the germany profile found (StGB §§ 56b-56d; § 68b(1) Satz 1 Nr. 12): ${DE_EM}; ` +
                    `${RULE_14}: cite the provision the order relies on, e.g. \`under "…".\`, or use a requirement the law names (Rule 14)` }
        ] },
        { name: 'germany: a template, where it is written and where it is applied', config: { profile: 'germany' }, code: TEMPLATE, findings: [
            { messageId: 'notNamed', range: '3:15-3:36', rules: [14], covered: 'electronic monitoring', severity: 'info' },
            { messageId: 'notNamed', range: '7:7-7:13', rules: [14], covered: 'tagged', severity: 'info',
                message: `The electronic monitoring requirement brought in by 'tagged' rests on no provision of the law of Germany that the germany profile found (StGB §§ 56b-56d; § 68b(1) Satz 1 Nr. 12): ${DE_EM}; ` +
                    `${RULE_14}: cite the provision the order relies on, e.g. \`under "…".\`, or use a requirement the law names (Rule 14)` }
        ] }
    ]
});
