import { describeCheck } from '../check-tester.js';

const HEAD = `order "T-1".
made on 2026-03-14.
in force for 12 months.
`;

const TEMPLATES = `template drug-rehab(provider: text):
  requirement drug treatment, provided by provider, non-residential.

template counselling(wording: text = "Attend alcohol counselling every week"):
  condition wording.
`;

const EXAMPLE = 'e.g. `consent informed and explicit, given on 2026-03-10`';
const RULE_5 = 'Rule 5 asks that treatment meet internationally adopted ethical standards, which rest on the person\'s free and informed consent';
const RULE_5_SHORT = 'Rule 5 asks that treatment meet internationally adopted ethical standards, which rest on free and informed consent';

/** One order with each case of the law's rule: no consent, residential, refused, consented, free text. */
const UNDER_PROFILES = `${HEAD}requirement drug treatment, provided by "Exeter Drug Service".
requirement mental health treatment, provided by "Wonford House", residential.
requirement mental health treatment, provided by "Dr A. Patel", non-residential, consent refused.
requirement alcohol treatment, provided by "Y", consent informed and explicit, given.
condition "Undergo psychiatric treatment".
requirement alcohol treatment, provided by "Z", consent given.
`;

describeCheck('treatment-without-consent', {
    valid: [
        { name: 'treatment with informed, explicit consent', code: `${HEAD}requirement drug treatment, provided by "Exeter Drug Service", consent informed and explicit, given on 2026-03-10, in writing.
requirement mental health treatment, provided by "Dr A. Patel", consent informed explicit given.
` },
        { name: 'requirements that are not treatment need no consent', code: `${HEAD}requirement programme, "Thinking Skills", 20 sessions.
requirement alcohol abstinence monitoring, 120 days.
requirement rehabilitation activity, 15 days.
` },
        { name: 'free text that requires treatment, with consent recorded on the condition', code: `${HEAD}condition "Undergo psychiatric treatment at the Wonford clinic", consent informed and explicit, given on 2026-03-10.
` },
        { name: 'free text that only offers treatment, or says none is required', code: `${HEAD}condition "Treatment for alcohol misuse is offered and you may choose to attend counselling".
condition "You are not required to undergo any treatment".
condition "Attend appointments with the supervisor".
` },
        { name: 'treatment brought in by a template, consented in the order', code: `${TEMPLATES}
${HEAD}consent informed and explicit, given on 2026-03-10.
apply drug-rehab with provider "Exeter Drug Service".
apply counselling.
` },
        { name: 'a template on its own: consent is recorded in the order that applies it', code: TEMPLATES },
        { name: 'a template in another file, consented in the order', code: {
            files: {
                'library.sanction': TEMPLATES,
                'order.sanction': `import "library.sanction".\n${HEAD}consent informed and explicit, given on 2026-03-10.\napply drug-rehab with provider "X".\n`
            },
            main: 'library.sanction'
        } },
        { name: 'a consented residential treatment under germany', config: { profile: 'germany' }, code: `${HEAD}requirement drug treatment, provided by "X", residential, consent informed and explicit, given.
` }
    ],
    invalid: [
        { name: 'treatment requirements with no consent (the Rules alone)', code: `${HEAD}requirement drug treatment, provided by "Exeter Drug Service".
requirement alcohol treatment, provided by "Exeter Alcohol Service".
requirement mental health treatment, provided by "Dr A. Patel".
`, findings: [
            { messageId: 'noConsent', range: '4:13-4:27', rules: [5, 57], covered: 'drug treatment', severity: 'warning',
                message: `This drug treatment requirement records no consent; ${RULE_5}, and Rule 57 that consent, where it is needed, be informed and explicit: record it, ${EXAMPLE} (Rules 5 and 57)` },
            { messageId: 'noConsent', range: '5:13-5:30', rules: [5, 57], covered: 'alcohol treatment' },
            { messageId: 'noConsent', range: '6:13-6:36', rules: [5, 57], covered: 'mental health treatment' }
        ] },
        { name: 'treatment the person refused', code: `${HEAD}requirement drug treatment, provided by "Exeter Drug Service", consent refused.
`, findings: [{
            messageId: 'refused', range: '4:64-4:79', rules: [5], covered: 'consent refused', severity: 'warning',
            message: `This drug treatment requirement is imposed although the person is recorded as refusing consent; ${RULE_5}: check whether the law of the order makes consent a condition, and consider a requirement the person accepts, or record consent if they give it later, ${EXAMPLE} (Rule 5)`
        }] },
        { name: 'consent given but not stated informed and explicit', code: `${HEAD}requirement drug treatment, provided by "X", consent given on 2026-03-10.
requirement alcohol treatment, provided by "Y", consent informed, given.
requirement mental health treatment, provided by "Z", consent explicit given.
`, findings: [
            { messageId: 'partial', range: '4:46-4:73', rules: [57], covered: 'consent given on 2026-03-10', severity: 'warning',
                message: `This drug treatment requirement relies on a consent recorded as given but not as informed and explicit; Rule 57 asks that consent, where it is needed, be informed and explicit: if it was, say so, ${EXAMPLE} (Rule 57)` },
            { messageId: 'partial', range: '5:49-5:72', rules: [57], covered: 'consent informed, given',
                message: `This alcohol treatment requirement relies on a consent recorded as given but not as explicit; Rule 57 asks that consent, where it is needed, be informed and explicit: if it was, say so, ${EXAMPLE} (Rule 57)` },
            { messageId: 'partial', range: '6:55-6:77', rules: [57], covered: 'consent explicit given' }
        ] },
        { name: 'free-text conditions that require treatment', code: `${HEAD}condition "You must undergo such psychiatric treatment as the supervisor directs".
condition "Take prescribed anti-psychotic medication".
condition "Attend drug counselling weekly, and submit to detoxification".
`, findings: [
            { messageId: 'noConsent', range: '4:21-4:55', rules: [5, 57], covered: 'undergo such psychiatric treatment',
                message: `This condition, which requires treatment ("undergo such psychiatric treatment"), records no consent; ${RULE_5}, and Rule 57 that consent, where it is needed, be informed and explicit: record it, ${EXAMPLE} (Rules 5 and 57)` },
            { messageId: 'noConsent', range: '5:12-5:53', rules: [5, 57], covered: 'Take prescribed anti-psychotic medication' },
            { messageId: 'noConsent', range: '6:12-6:35', rules: [5, 57], covered: 'Attend drug counselling' }
        ] },
        { name: 'the order\'s consent record, refused, for treatment without its own', code: `${HEAD}consent refused.
requirement drug treatment, provided by "X".
`, findings: [{ messageId: 'refused', range: '5:13-5:27', rules: [5], covered: 'drug treatment' }] },
        { name: 'the order\'s partial consent record', code: `${HEAD}consent given on 2026-03-10.
requirement drug treatment, provided by "X".
`, findings: [{ messageId: 'partial', range: '5:13-5:27', rules: [57], covered: 'drug treatment' }] },
        { name: 'treatment brought in by templates, with no consent in the order', code: `${TEMPLATES}
${HEAD}apply drug-rehab with provider "Exeter Drug Service".
apply counselling.
apply counselling with wording "Receive cognitive behavioural therapy".
`, findings: [
            { messageId: 'noConsent', range: '10:7-10:17', rules: [5, 57], covered: 'drug-rehab',
                message: `The drug treatment requirement brought in by 'drug-rehab' records no consent; ${RULE_5}, and Rule 57 that consent, where it is needed, be informed and explicit: record it, ${EXAMPLE} (Rules 5 and 57)` },
            { messageId: 'noConsent', range: '11:7-11:18', rules: [5, 57], covered: 'counselling',
                message: `The condition brought in by 'counselling', which requires treatment ("Attend alcohol counselling"), records no consent; ${RULE_5}, and Rule 57 that consent, where it is needed, be informed and explicit: record it, ${EXAMPLE} (Rules 5 and 57)` },
            { messageId: 'noConsent', range: '12:33-12:70', rules: [5, 57], covered: 'Receive cognitive behavioural therapy' }
        ] },
        { name: 'treatment from a template in another file, shown on the apply clause', code: {
            files: {
                'library.sanction': TEMPLATES,
                'order.sanction': `import "library.sanction".\n${HEAD}apply drug-rehab with provider "Exeter Drug Service".\n`
            },
            main: 'order.sanction'
        }, findings: [{ messageId: 'noConsent', range: '5:7-5:17', rules: [5, 57], covered: 'drug-rehab' }] },
        // England and Wales: the offender must express willingness to comply (Sch. 9 Parts 9-11).
        { name: 'under england-wales: expressed willingness', config: { profile: 'england-wales' }, code: UNDER_PROFILES, findings: [
            { messageId: 'noConsentWillingness', range: '4:13-4:27', rules: [57], severity: 'error',
                message: 'This drug treatment requirement records no consent, and the law of England and Wales requires the person to have expressed willingness to comply with it (Sentencing Act 2020, Sch. 9 Part 10, unverified); ' +
                    `Rule 57 asks that consent, where it is needed, be informed and explicit: record it, ${EXAMPLE} (Rule 57)` },
            { messageId: 'noConsentWillingness', range: '5:13-5:36', rules: [57], severity: 'error' },
            { messageId: 'refusedWillingness', range: '6:82-6:97', rules: [5], severity: 'error',
                message: 'This mental health treatment requirement is imposed although the person is recorded as refusing consent, and the law of England and Wales requires the person to have expressed willingness to comply with it (Sentencing Act 2020, Sch. 9 Part 9, unverified); ' +
                    `${RULE_5_SHORT}: choose a requirement the person accepts, or record their consent if they give it later, ${EXAMPLE} (Rule 5)` },
            { messageId: 'noConsent', range: '8:12-8:41', rules: [5, 57], severity: 'warning' },
            { messageId: 'partial', range: '9:49-9:62', rules: [57], severity: 'error' }
        ] },
        // France: the obligation de soins asks no consent (art. 132-45, 3°): information, in Rule 5's voice.
        { name: 'under france: the law does not require consent', config: { profile: 'france' }, code: UNDER_PROFILES, findings: [
            { messageId: 'noConsentNotRequired', range: '4:13-4:27', rules: [5], severity: 'info',
                message: 'This drug treatment requirement records no consent; the law of France does not require consent to it (Code pénal, art. 132-45, 3°), ' +
                    `but ${RULE_5}: consider recording it, ${EXAMPLE} (Rule 5)` },
            { messageId: 'noConsentNotRequired', range: '5:13-5:36', rules: [5], severity: 'info' },
            { messageId: 'refusedNotRequired', range: '6:82-6:97', rules: [5], severity: 'info',
                message: 'This mental health treatment requirement is imposed although the person is recorded as refusing consent; the law of France does not require consent to it (Code pénal, art. 132-45, 3°), ' +
                    `but ${RULE_5_SHORT}: consider a requirement the person accepts, or record their consent if they give it later, ${EXAMPLE} (Rule 5)` },
            { messageId: 'noConsent', range: '8:12-8:41', rules: [5, 57], severity: 'warning' },
            { messageId: 'partial', range: '9:49-9:62', rules: [57], severity: 'info' }
        ] },
        // Germany, § 56c(3): consent for withdrawal treatment, bodily interventions and a stay in an institution.
        { name: 'under germany: consent in the cases § 56c(3) names, and for a residential treatment', config: { profile: 'germany' }, code: UNDER_PROFILES, findings: [
            { messageId: 'noConsentConditional', range: '4:13-4:27', rules: [57], severity: 'warning',
                message: 'This drug treatment requirement records no consent; the law of Germany requires the person\'s consent when the direction is to undergo a withdrawal treatment (Entziehungskur) or a treatment involving a bodily intervention (StGB § 56c(3) Nr. 1), ' +
                    `and Rule 57 asks that such consent be informed and explicit: if that is the case here, record it, ${EXAMPLE} (Rule 57)` },
            { messageId: 'noConsentRequired', range: '5:13-5:36', rules: [57], severity: 'error',
                message: 'This mental health treatment requirement records no consent, and the law of Germany requires the person\'s consent to it (StGB § 56c(3) Nr. 2); ' +
                    `Rule 57 asks that such consent be informed and explicit: record it, ${EXAMPLE} (Rule 57)` },
            { messageId: 'refusedConditional', range: '6:82-6:97', rules: [5], severity: 'warning',
                message: 'This mental health treatment requirement is imposed although the person is recorded as refusing consent; the law of Germany requires their consent when the treatment involves a bodily intervention (StGB § 56c(3) Nr. 1), ' +
                    `and ${RULE_5_SHORT}: if that is the case here, choose a requirement the person accepts, or record consent if they give it later, ${EXAMPLE} (Rule 5)` },
            { messageId: 'noConsent', range: '8:12-8:41', rules: [5, 57], severity: 'warning' },
            { messageId: 'partial', range: '9:49-9:62', rules: [57], severity: 'warning' }
        ] },
        { name: 'under germany: a residential treatment the person refused', config: { profile: 'germany' }, code: `${HEAD}requirement alcohol treatment, provided by "Fachklinik", residential, consent refused.
`, findings: [{
            messageId: 'refusedRequired', range: '4:71-4:86', rules: [5], severity: 'error',
            message: 'This alcohol treatment requirement is imposed although the person is recorded as refusing consent, and the law of Germany requires their consent to it (StGB § 56c(3) Nr. 2); ' +
                `${RULE_5_SHORT}: choose a requirement the person accepts, or record consent if they give it later, ${EXAMPLE} (Rule 5)`
        }] },
        { name: 'information when the configuration lowers it', config: { checks: { 'treatment-without-consent': 'info' } }, code: `${HEAD}requirement drug treatment, provided by "X".
`, findings: [{ messageId: 'noConsent', range: '4:13-4:27', rules: [5, 57], severity: 'info' }] }
    ],
    fixes: [
        { name: 'adds a consent clause before the full stop of a requirement, dated with the order\'s date',
            code: `${HEAD}requirement drug treatment, provided by "Exeter Drug Service".\n`,
            output: [`${HEAD}requirement drug treatment, provided by "Exeter Drug Service", consent informed and explicit, given on 2026-03-14.\n`] },
        { name: 'adds an undated consent clause when the order has no date',
            code: 'order "T-2".\nin force for 12 months.\ncondition "Undergo psychiatric treatment", for 6 months.\n',
            output: ['order "T-2".\nin force for 12 months.\ncondition "Undergo psychiatric treatment", for 6 months, consent informed and explicit, given.\n'] },
        { name: 'completes a partial consent, keeping its date and writing',
            code: `${HEAD}requirement drug treatment, provided by "X", consent given on 2026-03-10, in writing, non-residential.\n`,
            output: [`${HEAD}requirement drug treatment, provided by "X", consent informed and explicit, given on 2026-03-10, in writing, non-residential.\n`] },
        { name: 'completes the order\'s partial consent record',
            code: `${HEAD}consent explicit, given.\nrequirement drug treatment, provided by "X".\n`,
            output: [`${HEAD}consent informed and explicit, given.\nrequirement drug treatment, provided by "X".\n`] },
        { name: 'adds a consent sentence to the order after an apply clause',
            code: `${TEMPLATES}\n${HEAD}apply drug-rehab with provider "X".\n`,
            output: [`${TEMPLATES}\n${HEAD}apply drug-rehab with provider "X".\nconsent informed and explicit, given on 2026-03-14.\n`] },
        { name: 'offers no fix for a refusal',
            code: `${HEAD}requirement drug treatment, provided by "X", consent refused.\n`,
            output: [] }
    ]
});
