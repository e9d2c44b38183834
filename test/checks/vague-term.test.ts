import { describe, expect, test } from 'vitest';
import { applyFix, covered, lint, testServices } from '../helpers.js';
import { compliantOrder, conditionOrder, findingsOf, syntaxErrors } from '../text/orders.js';

const ID = 'vague-term';

/** [condition text, language (or the order's English), the exact phrase each finding covers]. */
const FAILING: Array<[string, string | undefined, string[]]> = [
    ['Be of good behaviour.', undefined, ['good behaviour']],
    ['Keep the peace and be law-abiding.', undefined, ['Keep the peace', 'law-abiding']],
    ['Avoid bad company.', undefined, ['bad company']],
    ['Not use intoxicants to excess.', undefined, ['to excess']],
    ['Live at an address suitable for the purposes of supervision, 12 Acacia Road, Exeter.', undefined, ['suitable']],
    ['Report to the probation office at 3 Barnfield Road regularly.', undefined, ['regularly']],
    ['Visit your GP from time to time.', undefined, ['from time to time']],
    ['Remain indoors at 12 Acacia Road, Exeter during the evenings.', undefined, ['during the evenings']],
    ['Tell your officer in advance of any journey abroad.', undefined, ['in advance']],
    // A negation does not make a vague word precise.
    ['Do not travel far from home.', undefined, ['travel far']],
    ['Do not possess knives, axes, machetes, etc.', undefined, ['etc.']],
    ['Do not possess knives, axes, or other weapons.', undefined, ['or other weapons']],
    ['Do not possess weapons including but not limited to knives.', undefined, ['including but not limited to']],
    ['Remain within a specified place.', undefined, ['specified place']],
    ['Do not enter [address].', undefined, ['[address]']],
    ['Attend appointments where necessary.', undefined, ['where necessary']],
    ['Do not use any substance that could impair your judgment.', undefined, ['that could impair your judgment']],
    // Quotes inside the condition: the range still covers the phrase itself.
    ['Do not go to the "Blue Moon" bar regularly.', undefined, ['regularly']],
    // French and German, from the condition's own language or the order's.
    ['Mener une vie ordonnée.', 'French', ['Mener une vie ordonnée']],
    ['Éviter toute consommation excessive d\'alcool.', 'fr', ['excessive']],
    ['Se présenter régulièrement au service de probation, 12 rue de la Paix, Metz.', 'Français', ['régulièrement']],
    ['Der Verurteilte hat bestimmte Orte zu meiden.', 'German', ['bestimmte Orte']],
    ['Der Verurteilte hat sich nachts in seiner Wohnung aufzuhalten.', 'Deutsch', ['nachts']],
    ['Der Verurteilte hat übermäßigen Alkoholkonsum zu unterlassen.', 'de', ['übermäßigen']]
];

const PASSING: Array<[string, string | undefined]> = [
    ['Do not enter the Tesco Extra store at Chapel Level, Kirkcaldy.', undefined],
    ['Report in person to the probation office, 3 Barnfield Road, Exeter, every Tuesday at 10:00.', undefined],
    // Terms of art.
    ['Do not, without reasonable excuse, contact Sarah Mills directly or indirectly.', undefined],
    ['Do not enter licensed premises in Exeter city centre as shown on the attached map.', undefined],
    ['Sleep each night at Greenway Approved Premises, 9 Greenway Road, Sheffield.', undefined],
    ['Do not possess any controlled drug within the meaning of the Misuse of Drugs Act 1971 unless it has been prescribed for you.', undefined],
    ['Comply with reasonable requests of the responsible officer to attend appointments at 3 Barnfield Road, Exeter, at most once a week.', undefined],
    // A one-off notice tied to an event.
    ['Notify your supervising officer without delay of any change of address.', undefined],
    // Numbers state what the vague word would leave open.
    ['Regularly, and at least once a week, telephone your officer on the number given in this order.', undefined],
    ['Remain at 12 Acacia Road, Exeter, in the evenings from 19:00 to 23:00.', undefined],
    ['Give your officer at least 48 hours notice in advance of any journey abroad.', undefined],
    ['Stay at least 200 metres away from 8 Foch Avenue, Exeter.', undefined],
    ['Do not apply for any other travel document.', undefined],
    ['Do not possess weapons, limited to knives and firearms.', undefined],
    ['Ne pas quitter le territoire du canton de Genève sans l\'autorisation écrite préalable de l\'office de probation.', 'French'],
    ['Der Verurteilte hat sich für die Dauer von sechs Monaten täglich von 22:00 bis 6:00 Uhr in seiner Wohnung Bahnhofstraße 3, 34117 Kassel, aufzuhalten.', 'German']
];

describe(ID, () => {
    test.each(FAILING)('raises on %j', async (condition, language, phrases) => {
        const text = conditionOrder(condition, language);
        expect(await syntaxErrors(text)).toEqual([]);
        const findings = await findingsOf(text, ID);
        expect(findings.map(f => covered(text, f))).toEqual(phrases);
        for (const finding of findings) {
            expect(finding.checkId).toBe(ID);
            expect(finding.rules).toEqual([15, 30]);
            expect(finding.severity).toBe('warning');
            expect(finding.message).toMatch(/\(Rules 15 and 30\)$/);
        }
    });

    test.each(PASSING)('passes %j', async (condition, language) => {
        const text = conditionOrder(condition, language);
        expect(await syntaxErrors(text)).toEqual([]);
        expect(await findingsOf(text, ID)).toEqual([]);
    });

    test('says what is missing, in plain words, without citing the Rule itself', async () => {
        const text = conditionOrder('Report to the probation office at 3 Barnfield Road regularly.');
        const [finding] = await findingsOf(text, ID);
        expect(finding.message).toBe('"regularly" states no frequency: say how often (e.g. once a week) (Rules 15 and 30)');
    });

    test('the whole order is clean apart from the finding', async () => {
        const text = conditionOrder('Be of good behaviour.');
        expect((await lint(text)).map(f => f.checkId)).toEqual([ID]);
    });

    test('a curly-quoted condition (pasted from a word processor) is read and ranged the same', async () => {
        const text = compliantOrder('condition \u201CVisit your GP from time to time.\u201D.');
        const findings = await findingsOf(text, ID);
        expect(findings.map(f => covered(text, f))).toEqual(['from time to time']);
    });

    test('escaped quotes before the phrase do not shift the range', async () => {
        const text = compliantOrder('condition "Do not go to the \\"Blue Moon\\" bar, the \\"Red Lion\\" pub etc.".');
        const findings = await findingsOf(text, ID);
        expect(findings.map(f => covered(text, f))).toEqual(['etc.']);
    });

    test('reads the free text of structured requirements', async () => {
        const text = compliantOrder([
            'requirement prohibited activity, "frequenting disreputable places".',
            'requirement residence, at "a suitable address".'
        ].join('\n'));
        const findings = await findingsOf(text, ID);
        // "disreputable places" is a category of places: undefined-place-or-person reports it.
        expect(findings.map(f => covered(text, f))).toEqual(['frequenting', 'suitable']);
    });

    test('reads a template\'s condition once, where the template is written', async () => {
        const text = `template conduct():
  condition "Be of good behaviour.".

${compliantOrder('apply conduct.')}`;
        const findings = await findingsOf(text, ID);
        expect(findings.map(f => covered(text, f))).toEqual(['good behaviour']);
        expect(findings[0].range.start.line).toBe(1);
    });

    test('reads a text an order passes to a template, on the argument', async () => {
        const text = `template conduct(rule: text):
  condition rule.

${compliantOrder('apply conduct with rule "Avoid bad company.".')}`;
        const findings = await findingsOf(text, ID);
        expect(findings.map(f => covered(text, f))).toEqual(['bad company']);
    });

    test('the fix closes an open list, and the order then parses and passes', async () => {
        const text = conditionOrder('Do not possess knives, axes, machetes, etc.');
        const [finding] = await findingsOf(text, ID);
        expect(finding.fixes?.[0].title).toBe('Close the list (remove "etc.")');
        const fixed = applyFix(text, finding);
        expect(fixed).toContain('condition "Do not possess knives, axes, machetes."');
        expect(await syntaxErrors(fixed)).toEqual([]);
        expect(await findingsOf(fixed, ID)).toEqual([]);
    });

    test('can be switched off', async () => {
        const config = testServices().sanction.config;
        config.setOverrides({ checks: { [ID]: 'off' } });
        try {
            expect(await findingsOf(conditionOrder('Be of good behaviour.'), ID)).toEqual([]);
        } finally {
            config.setOverrides({});
        }
    });
});
