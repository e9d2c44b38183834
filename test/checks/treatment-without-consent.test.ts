import { describe, expect, it } from 'vitest';
import { ids, lint, lintWorkspace, testServices, findingsOfCheck, applyEachFix as applyEachFixOf } from '../helpers.js';

const ID = 'treatment-without-consent';

type Expected = Awaited<ReturnType<typeof findingsOfCheck>>[number];
const findingsOf = (text: string) => findingsOfCheck(text, ID);
const applyEachFix = (text: string) => applyEachFixOf(text, ID);

const HEAD = `order "T-1".
made on 2026-03-14.
in force for 12 months.
`;

const TEMPLATES = `template drug-rehab(provider: text):
  requirement drug treatment, provided by provider, non-residential.

template counselling(wording: text = "Attend alcohol counselling every week"):
  condition wording.
`;

describe('treatment-without-consent: passing orders', () => {
    const passing: Array<[string, string]> = [
        ['treatment with informed, explicit consent', `${HEAD}requirement drug treatment, provided by "Exeter Drug Service", consent informed and explicit, given on 2026-03-10, in writing.
requirement mental health treatment, provided by "Dr A. Patel", consent informed explicit given.
`],
        ['requirements that are not treatment need no consent', `${HEAD}requirement programme, "Thinking Skills", 20 sessions.
requirement alcohol abstinence monitoring, 120 days.
requirement rehabilitation activity, 15 days.
`],
        ['free text that requires treatment, with consent recorded on the condition', `${HEAD}condition "Undergo psychiatric treatment at the Wonford clinic", consent informed and explicit, given on 2026-03-10.
`],
        ['free text that only offers treatment, or says none is required', `${HEAD}condition "Treatment for alcohol misuse is offered and you may choose to attend counselling".
condition "You are not required to undergo any treatment".
condition "Attend appointments with the supervisor".
`],
        ['treatment brought in by a template, consented in the order', `${TEMPLATES}
${HEAD}consent informed and explicit, given on 2026-03-10.
apply drug-rehab with provider "Exeter Drug Service".
apply counselling.
`],
        ['a template on its own: consent is recorded in the order that applies it', TEMPLATES]
    ];
    it.each(passing)('%s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });
});

describe('treatment-without-consent: failing orders', () => {
    const failing: Array<[string, string, Expected[]]> = [
        ['treatment requirements with no consent', `${HEAD}requirement drug treatment, provided by "Exeter Drug Service".
requirement alcohol treatment, provided by "Exeter Alcohol Service".
requirement mental health treatment, provided by "Dr A. Patel".
`, [
            { line: 4, covered: 'drug treatment', rules: [5, 57] },
            { line: 5, covered: 'alcohol treatment', rules: [5, 57] },
            { line: 6, covered: 'mental health treatment', rules: [5, 57] }
        ]],
        ['treatment the person refused', `${HEAD}requirement drug treatment, provided by "Exeter Drug Service", consent refused.
`, [{ line: 4, covered: 'consent refused', rules: [5, 57] }]],
        ['consent given but not stated informed and explicit', `${HEAD}requirement drug treatment, provided by "X", consent given on 2026-03-10.
requirement alcohol treatment, provided by "Y", consent informed, given.
requirement mental health treatment, provided by "Z", consent explicit given.
`, [
            { line: 4, covered: 'consent given on 2026-03-10', rules: [57] },
            { line: 5, covered: 'consent informed, given', rules: [57] },
            { line: 6, covered: 'consent explicit given', rules: [57] }
        ]],
        ['free-text conditions that require treatment', `${HEAD}condition "You must undergo such psychiatric treatment as the supervisor directs".
condition "Take prescribed anti-psychotic medication".
condition "Attend drug counselling weekly, and submit to detoxification".
`, [
            { line: 4, covered: 'undergo such psychiatric treatment', rules: [5, 57] },
            { line: 5, covered: 'Take prescribed anti-psychotic medication', rules: [5, 57] },
            { line: 6, covered: 'Attend drug counselling', rules: [5, 57] }
        ]],
        ['the order\'s consent record, refused or partial, for treatment without its own', `${HEAD}consent refused.
requirement drug treatment, provided by "X".
`, [{ line: 5, covered: 'drug treatment', rules: [5, 57] }]],
        ['the order\'s partial consent record', `${HEAD}consent given on 2026-03-10.
requirement drug treatment, provided by "X".
`, [{ line: 5, covered: 'drug treatment', rules: [57] }]],
        ['treatment brought in by templates, with no consent in the order', `${TEMPLATES}
${HEAD}apply drug-rehab with provider "Exeter Drug Service".
apply counselling.
apply counselling with wording "Receive cognitive behavioural therapy".
`, [
            { line: 10, covered: 'drug-rehab', rules: [5, 57] },
            { line: 11, covered: 'counselling', rules: [5, 57] },
            { line: 12, covered: 'Receive cognitive behavioural therapy', rules: [5, 57] }
        ]]
    ];
    it.each(failing)('%s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('has a message of its own for each case', async () => {
        const findings = (await lint(`${HEAD}requirement drug treatment, provided by "X".
requirement alcohol treatment, provided by "Y", consent refused.
requirement mental health treatment, provided by "Z", consent informed, given.
condition "Undergo psychiatric treatment".
`)).filter(f => f.checkId === ID);
        expect(findings.map(f => [f.severity, f.message])).toEqual([
            ['error', 'This drug treatment requirement records no consent: treatment needs the person\'s informed and explicit consent, recorded in the order (Rules 5 and 57)'],
            ['error', 'The person refused consent to this treatment: treatment cannot be required against a refusal (Rules 5 and 57)'],
            ['error', 'Consent to this treatment is recorded as given, but not as explicit: record whether the person\'s consent was explicit (Rule 57)'],
            ['error', 'This condition requires treatment ("Undergo psychiatric treatment") but records no consent: treatment needs the person\'s informed and explicit consent, recorded in the order (Rules 5 and 57)']
        ]);
        const orderLevel = (await lint(`${HEAD}consent refused.
requirement drug treatment, provided by "X".
`)).filter(f => f.checkId === ID);
        expect(orderLevel.map(f => f.message)).toEqual([
            'The order records that the person refused consent, yet this drug treatment requirement imposes treatment: treatment cannot be required against a refusal (Rules 5 and 57)'
        ]);
    });

    it('shows treatment from a template in another file on the apply clause', async () => {
        const result = await lintWorkspace({
            'library.sanction': TEMPLATES,
            'order.sanction': `import "library.sanction".
${HEAD}apply drug-rehab with provider "Exeter Drug Service".
`
        });
        expect(ids(result['library.sanction'], ID)).toEqual([]);
        expect(ids(result['order.sanction'], ID)).toEqual([`${ID}@5:7-5:17`]);
    });
});

describe('treatment-without-consent: fix', () => {
    const cases: Array<[string, string, string]> = [
        ['adds a consent clause before the full stop of a requirement, dated with the order\'s date',
            `${HEAD}requirement drug treatment, provided by "Exeter Drug Service".\n`,
            `${HEAD}requirement drug treatment, provided by "Exeter Drug Service", consent informed and explicit, given on 2026-03-14.\n`],
        ['adds an undated consent clause when the order has no date',
            'order "T-2".\nin force for 12 months.\ncondition "Undergo psychiatric treatment", for 6 months.\n',
            'order "T-2".\nin force for 12 months.\ncondition "Undergo psychiatric treatment", for 6 months, consent informed and explicit, given.\n'],
        ['completes a partial consent, keeping its date and writing',
            `${HEAD}requirement drug treatment, provided by "X", consent given on 2026-03-10, in writing, non-residential.\n`,
            `${HEAD}requirement drug treatment, provided by "X", consent informed and explicit, given on 2026-03-10, in writing, non-residential.\n`],
        ['completes the order\'s partial consent record',
            `${HEAD}consent explicit, given.\nrequirement drug treatment, provided by "X".\n`,
            `${HEAD}consent informed and explicit, given.\nrequirement drug treatment, provided by "X".\n`],
        ['adds a consent sentence to the order after an apply clause',
            `${TEMPLATES}\n${HEAD}apply drug-rehab with provider "X".\n`,
            `${TEMPLATES}\n${HEAD}apply drug-rehab with provider "X".\nconsent informed and explicit, given on 2026-03-14.\n`]
    ];
    it.each(cases)('%s', async (_name, text, expected) => {
        expect(await applyEachFix(text)).toEqual([expected]);
    });

    it('offers no fix for a refusal', async () => {
        const [finding] = (await lint(`${HEAD}requirement drug treatment, provided by "X", consent refused.\n`)).filter(f => f.checkId === ID);
        expect(finding.fixes).toBeUndefined();
    });
});

describe(`${ID}: what the law of the active profile asks`, () => {
    /** Lints under a profile (as sanction.config.json or --profile would choose it). */
    async function messagesUnder(text: string, profile: string): Promise<Array<[number, string, string]>> {
        const config = testServices().sanction.config;
        config.setOverrides({ profile });
        try {
            return (await lint(text)).filter(f => f.checkId === ID).map(f => [f.range.start.line + 1, f.severity, f.message]);
        } finally {
            config.setOverrides({});
        }
    }

    const text = `${HEAD}requirement drug treatment, provided by "Exeter Drug Service".
requirement mental health treatment, provided by "Wonford House", residential.
requirement mental health treatment, provided by "Dr A. Patel", non-residential, consent refused.
requirement alcohol treatment, provided by "Y", consent informed and explicit, given.
condition "Undergo psychiatric treatment".
`;
    const NONE = 'records no consent: treatment needs the person\'s informed and explicit consent, recorded in the order';
    const REFUSED = 'The person refused consent to this treatment: treatment cannot be required against a refusal';
    const CONDITION = 'This condition requires treatment ("Undergo psychiatric treatment") but records no consent: treatment needs the person\'s informed and explicit consent, recorded in the order (Rules 5 and 57)';

    // The finding stands under every profile; the message adds what national law asks.
    const table: Array<[string, Array<[number, string, string]>]> = [
        ['coe', [
            [4, 'error', `This drug treatment requirement ${NONE} (Rules 5 and 57)`],
            [5, 'error', `This mental health treatment requirement ${NONE} (Rules 5 and 57)`],
            [6, 'error', `${REFUSED} (Rules 5 and 57)`],
            [8, 'error', CONDITION]
        ]],
        ['england-wales', [
            [4, 'error', `This drug treatment requirement ${NONE}; the law of England and Wales asks for the person's expressed willingness to comply ` +
                '(Sentencing Act 2020, Sch. 9 Part 10, unverified), but the Rules ask for informed and explicit consent (Rules 5 and 57)'],
            [5, 'error', `This mental health treatment requirement ${NONE}; the law of England and Wales asks for the person's expressed willingness to comply ` +
                '(Sentencing Act 2020, Sch. 9 Part 9, unverified), but the Rules ask for informed and explicit consent (Rules 5 and 57)'],
            [6, 'error', `${REFUSED}; the law of England and Wales asks for the person's expressed willingness to comply ` +
                '(Sentencing Act 2020, Sch. 9 Part 9, unverified), but the Rules ask for informed and explicit consent (Rules 5 and 57)'],
            [8, 'error', CONDITION]
        ]],
        // France's obligation de soins needs no consent; the Rules still ask for it.
        ['france', [
            [4, 'error', `This drug treatment requirement ${NONE}; the law of France does not require consent to it (Code pénal, art. 132-45, 3°), but the Rules do (Rules 5 and 57)`],
            [5, 'error', `This mental health treatment requirement ${NONE}; the law of France does not require consent to it (Code pénal, art. 132-45, 3°), but the Rules do (Rules 5 and 57)`],
            [6, 'error', `${REFUSED}; the law of France does not require consent to it (Code pénal, art. 132-45, 3°), but the Rules do (Rules 5 and 57)`],
            [8, 'error', CONDITION]
        ]],
        // § 56c(3): consent for withdrawal treatment, bodily interventions and living in an institution.
        ['germany', [
            [4, 'error', `This drug treatment requirement ${NONE}; the law of Germany requires consent too (StGB § 56c(3) Nr. 1) (Rules 5 and 57)`],
            [5, 'error', `This mental health treatment requirement ${NONE}; the law of Germany requires consent too, as the treatment is residential (StGB § 56c(3) Nr. 1 and 2) (Rules 5 and 57)`],
            [6, 'error', `${REFUSED}; the law of Germany requires consent only in some cases (when the treatment involves a bodily intervention, or means living in a home or institution: ` +
                'StGB § 56c(3) Nr. 1 and 2), but the Rules ask for it in every case (Rules 5 and 57)'],
            [8, 'error', CONDITION]
        ]]
    ];
    it.each(table)('under %s', async (profile, expected) => {
        expect(await messagesUnder(text, profile)).toEqual(expected);
    });
});
