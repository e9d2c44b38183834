import { describe, expect, test } from 'vitest';
import { describeCheck } from '../check-tester.js';
import { checkFindings, lint } from '../helpers.js';
import { compliantOrder, conditionOrder } from '../text/orders.js';

/**
 * vague-term (Rule 15, contravenes): conditions are written into a compliant order
 * (test/text/orders.ts), on line 11; languages are the condition's own (`in French`) or English.
 */
describeCheck('vague-term', {
    valid: [
        { name: 'Do not enter the Tesco Extra store at Chapel Level, Kirkcaldy.', code: conditionOrder('Do not enter the Tesco Extra store at Chapel Level, Kirkcaldy.') },
        { name: 'Report in person to the probation office, 3 Barnfield Road, Exeter, every Tuesday at 10:00.', code: conditionOrder('Report in person to the probation office, 3 Barnfield Road, Exeter, every Tuesday at 10:00.') },
        { name: 'a term of art: Do not, without reasonable excuse, contact Sarah Mills directly or indirectly.', code: conditionOrder('Do not, without reasonable excuse, contact Sarah Mills directly or indirectly.') },
        { name: 'Do not enter licensed premises in Exeter city centre as shown on the attached map.', code: conditionOrder('Do not enter licensed premises in Exeter city centre as shown on the attached map.') },
        { name: 'Sleep each night at Greenway Approved Premises, 9 Greenway Road, Sheffield.', code: conditionOrder('Sleep each night at Greenway Approved Premises, 9 Greenway Road, Sheffield.') },
        { name: 'Do not possess any controlled drug within the meaning of the Misuse of Drugs Act 1971 unless it has been prescribed for you.', code: conditionOrder('Do not possess any controlled drug within the meaning of the Misuse of Drugs Act 1971 unless it has been prescribed for you.') },
        { name: 'Comply with reasonable requests of the responsible officer to attend appointments at 3 Barnfield Road, Exeter, at most once a week.', code: conditionOrder('Comply with reasonable requests of the responsible officer to attend appointments at 3 Barnfield Road, Exeter, at most once a week.') },
        { name: 'a one-off notice tied to an event: Notify your supervising officer without delay of any change of address.', code: conditionOrder('Notify your supervising officer without delay of any change of address.') },
        { name: 'numbers state what the vague word would leave open: Regularly, and at least once a week, telephone your officer on the number given in this order.', code: conditionOrder('Regularly, and at least once a week, telephone your officer on the number given in this order.') },
        { name: 'Remain at 12 Acacia Road, Exeter, in the evenings from 19:00 to 23:00.', code: conditionOrder('Remain at 12 Acacia Road, Exeter, in the evenings from 19:00 to 23:00.') },
        { name: 'Give your officer at least 48 hours notice in advance of any journey abroad.', code: conditionOrder('Give your officer at least 48 hours notice in advance of any journey abroad.') },
        { name: 'Stay at least 200 metres away from 8 Foch Avenue, Exeter.', code: conditionOrder('Stay at least 200 metres away from 8 Foch Avenue, Exeter.') },
        { name: 'Do not apply for any other travel document.', code: conditionOrder('Do not apply for any other travel document.') },
        { name: 'Do not possess weapons, limited to knives and firearms.', code: conditionOrder('Do not possess weapons, limited to knives and firearms.') },
        { name: 'Ne pas quitter le territoire du canton de Genève sans l\'autorisation écrite préalable de l\'office de probation. (in French)', code: conditionOrder('Ne pas quitter le territoire du canton de Genève sans l\'autorisation écrite préalable de l\'office de probation.', 'French') },
        { name: 'Der Verurteilte hat sich für die Dauer von sechs Monaten täglich von 22:00 bis 6:00 Uhr in seiner Wohnung Bahnhofstraße 3, 34117 Kassel, aufzuhalten. (in German)', code: conditionOrder('Der Verurteilte hat sich für die Dauer von sechs Monaten täglich von 22:00 bis 6:00 Uhr in seiner Wohnung Bahnhofstraße 3, 34117 Kassel, aufzuhalten.', 'German') },
        { name: 'switched off in the configuration', code: conditionOrder('Be of good behaviour.'), config: { checks: { 'vague-term': 'off' } } }
    ],
    invalid: [
        { name: 'Be of good behaviour.', code: conditionOrder('Be of good behaviour.'), findings: [{ messageId: 'judgement', range: '11:18-11:32', rules: [15], covered: 'good behaviour', severity: 'warning', message: '"good behaviour" is a judgement, not a defined act, so the person cannot tell in advance what breaches it; Rule 15 asks that conditions be clear and explicit: say what the person is to do or not do, e.g. `Do not contact Sarah Mills, directly or indirectly.` (Rule 15)' }] },
        { name: 'Keep the peace and be law-abiding.', code: conditionOrder('Keep the peace and be law-abiding.'), findings: [
            { messageId: 'judgement', range: '11:12-11:26', rules: [15], covered: 'Keep the peace', severity: 'warning' },
            { messageId: 'judgement', range: '11:34-11:45', rules: [15], covered: 'law-abiding', severity: 'warning' }
        ] },
        { name: 'Avoid bad company.', code: conditionOrder('Avoid bad company.'), findings: [{ messageId: 'judgement', range: '11:18-11:29', rules: [15], covered: 'bad company', severity: 'warning' }] },
        { name: 'Not use intoxicants to excess.', code: conditionOrder('Not use intoxicants to excess.'), findings: [{ messageId: 'judgement', range: '11:32-11:41', rules: [15], covered: 'to excess', severity: 'warning' }] },
        { name: 'Live at an address suitable for the purposes of supervision, 12 Acacia Road, Exeter.', code: conditionOrder('Live at an address suitable for the purposes of supervision, 12 Acacia Road, Exeter.'), findings: [{ messageId: 'judgement', range: '11:31-11:39', rules: [15], covered: 'suitable', severity: 'warning' }] },
        { name: 'Report to the probation office at 3 Barnfield Road regularly.', code: conditionOrder('Report to the probation office at 3 Barnfield Road regularly.'), findings: [{ messageId: 'noFrequency', range: '11:63-11:72', rules: [15], covered: 'regularly', severity: 'warning', message: '"regularly" states no frequency; Rule 15 asks that conditions be clear and explicit: say how often, e.g. `once a week` (Rule 15)' }] },
        { name: 'Visit your GP from time to time.', code: conditionOrder('Visit your GP from time to time.'), findings: [{ messageId: 'noFrequency', range: '11:26-11:43', rules: [15], covered: 'from time to time', severity: 'warning' }] },
        { name: 'Remain indoors at 12 Acacia Road, Exeter during the evenings.', code: conditionOrder('Remain indoors at 12 Acacia Road, Exeter during the evenings.'), findings: [{ messageId: 'noHours', range: '11:53-11:72', rules: [15], covered: 'during the evenings', severity: 'warning', message: '"during the evenings" states no hours; Rule 15 asks that conditions be clear and explicit: give a start and an end time, e.g. `from 19:00 to 07:00` (Rule 15)' }] },
        { name: 'Tell your officer in advance of any journey abroad.', code: conditionOrder('Tell your officer in advance of any journey abroad.'), findings: [{ messageId: 'noNotice', range: '11:30-11:40', rules: [15], covered: 'in advance', severity: 'warning', message: '"in advance" sets no notice period; Rule 15 asks that conditions be clear and explicit: say how long before, e.g. `at least 48 hours before` (Rule 15)' }] },
        { name: 'a negation does not make a vague word precise: Do not travel far from home.', code: conditionOrder('Do not travel far from home.'), findings: [{ messageId: 'noExtent', range: '11:19-11:29', rules: [15], covered: 'travel far', severity: 'warning', message: '"travel far" states no distance, duration or boundary; Rule 15 asks that conditions be clear and explicit: give a number, a mapped area or the places by name, e.g. `within 200 metres of 12 Acacia Road, Exeter` (Rule 15)' }] },
        { name: 'Do not possess knives, axes, machetes, etc.', code: conditionOrder('Do not possess knives, axes, machetes, etc.'), findings: [{ messageId: 'openList', range: '11:51-11:55', rules: [15], covered: 'etc.', severity: 'warning', message: '"etc." leaves the list open; Rule 15 asks that conditions be clear and explicit: list every item, or define the class, e.g. `knives, axes and machetes` (Rule 15)' }] },
        { name: 'Do not possess knives, axes, or other weapons.', code: conditionOrder('Do not possess knives, axes, or other weapons.'), findings: [{ messageId: 'openList', range: '11:41-11:57', rules: [15], covered: 'or other weapons', severity: 'warning' }] },
        { name: 'Do not possess weapons including but not limited to knives.', code: conditionOrder('Do not possess weapons including but not limited to knives.'), findings: [{ messageId: 'openList', range: '11:35-11:63', rules: [15], covered: 'including but not limited to', severity: 'warning' }] },
        { name: 'Remain within a specified place.', code: conditionOrder('Remain within a specified place.'), findings: [{ messageId: 'blank', range: '11:28-11:43', rules: [15], covered: 'specified place', severity: 'warning', message: '"specified place" is a blank that was never filled in; Rule 15 asks that conditions be clear and explicit: name what it stands for in the order itself, e.g. `the Blue Moon bar, 4 Quay Street, Exeter` (Rule 15)' }] },
        { name: 'Do not enter [address].', code: conditionOrder('Do not enter [address].'), findings: [{ messageId: 'placeholder', range: '11:25-11:34', rules: [15], covered: '[address]', severity: 'warning', message: '"[address]" is a placeholder left in the text; Rule 15 asks that conditions be clear and explicit: replace it with what it stands for, e.g. `12 Acacia Road, Exeter EX1 1AA` (Rule 15)' }] },
        { name: 'Attend appointments where necessary.', code: conditionOrder('Attend appointments where necessary.'), findings: [{ messageId: 'openTrigger', range: '11:32-11:47', rules: [15], covered: 'where necessary', severity: 'warning', message: '"where necessary" leaves open when the duty applies and who decides; Rule 15 asks that conditions be clear and explicit: state the event or condition, e.g. `when your officer gives you at least 48 hours\' written notice` (Rule 15)' }] },
        { name: 'Do not use any substance that could impair your judgment.', code: conditionOrder('Do not use any substance that could impair your judgment.'), findings: [{ messageId: 'speculative', range: '11:37-11:68', rules: [15], covered: 'that could impair your judgment', severity: 'warning', message: '"that could impair your judgment" defines the class by what might happen; Rule 15 asks that conditions be clear and explicit: list what is covered, or define it, e.g. `any controlled drug within the meaning of the Misuse of Drugs Act 1971` (Rule 15)' }] },
        { name: 'Keep your officer informed of your whereabouts.', code: conditionOrder('Keep your officer informed of your whereabouts.'), findings: [{ messageId: 'noFrequencyOrEvent', range: '11:12-11:38', rules: [15], covered: 'Keep your officer informed', severity: 'warning', message: '"Keep your officer informed" sets no frequency and no event that triggers it; Rule 15 asks that conditions be clear and explicit: say when, e.g. `within 24 hours of any change` or `every Monday` (Rule 15)' }] },
        { name: 'Cut down your drinking.', code: conditionOrder('Cut down your drinking.'), findings: [{ messageId: 'noLimit', range: '11:12-11:34', rules: [15], covered: 'Cut down your drinking', severity: 'warning', message: '"Cut down your drinking" sets no limit; Rule 15 asks that conditions be clear and explicit: state the amount or number allowed, e.g. `no more than 4 units a day` (Rule 15)' }] },
        { name: 'quotes inside the condition: the range still covers the phrase: Do not go to the "Blue Moon" bar regularly.', code: conditionOrder('Do not go to the "Blue Moon" bar regularly.'), findings: [{ messageId: 'noFrequency', range: '11:47-11:56', rules: [15], covered: 'regularly', severity: 'warning' }] },
        { name: 'Mener une vie ordonnée. (in French)', code: conditionOrder('Mener une vie ordonnée.', 'French'), findings: [{ messageId: 'judgement', range: '11:12-11:34', rules: [15], covered: 'Mener une vie ordonnée', severity: 'warning' }] },
        { name: 'Éviter toute consommation excessive d\'alcool. (in fr)', code: conditionOrder('Éviter toute consommation excessive d\'alcool.', 'fr'), findings: [{ messageId: 'judgement', range: '11:38-11:47', rules: [15], covered: 'excessive', severity: 'warning' }] },
        { name: 'Se présenter régulièrement au service de probation, 12 rue de la Paix, Metz. (in Français)', code: conditionOrder('Se présenter régulièrement au service de probation, 12 rue de la Paix, Metz.', 'Français'), findings: [{ messageId: 'noFrequency', range: '11:25-11:38', rules: [15], covered: 'régulièrement', severity: 'warning' }] },
        { name: 'Der Verurteilte hat bestimmte Orte zu meiden. (in German)', code: conditionOrder('Der Verurteilte hat bestimmte Orte zu meiden.', 'German'), findings: [{ messageId: 'blank', range: '11:32-11:46', rules: [15], covered: 'bestimmte Orte', severity: 'warning' }] },
        { name: 'Der Verurteilte hat sich nachts in seiner Wohnung aufzuhalten. (in Deutsch)', code: conditionOrder('Der Verurteilte hat sich nachts in seiner Wohnung aufzuhalten.', 'Deutsch'), findings: [{ messageId: 'noHours', range: '11:37-11:43', rules: [15], covered: 'nachts', severity: 'warning' }] },
        { name: 'Der Verurteilte hat übermäßigen Alkoholkonsum zu unterlassen. (in de)', code: conditionOrder('Der Verurteilte hat übermäßigen Alkoholkonsum zu unterlassen.', 'de'), findings: [{ messageId: 'judgement', range: '11:32-11:43', rules: [15], covered: 'übermäßigen', severity: 'warning' }] },
        { name: 'a curly-quoted condition (pasted from a word processor) is read and ranged the same', code: compliantOrder('condition “Visit your GP from time to time.”.'), findings: [{ messageId: 'noFrequency', range: '11:26-11:43', rules: [15], covered: 'from time to time', severity: 'warning' }] },
        { name: 'escaped quotes before the phrase do not shift the range', code: compliantOrder('condition "Do not go to the \\"Blue Moon\\" bar, the \\"Red Lion\\" pub etc.".'), findings: [{ messageId: 'openList', range: '11:69-11:73', rules: [15], covered: 'etc.', severity: 'warning' }] },
        { name: 'reads the free text of structured requirements ("disreputable places" is undefined-place-or-person\'s)', code: compliantOrder('requirement prohibited activity, "frequenting disreputable places".\nrequirement residence, at "a suitable address".'), findings: [
            { messageId: 'noThreshold', range: '11:35-11:46', rules: [15], covered: 'frequenting', severity: 'warning', message: '"frequenting" sets no threshold, so the person cannot tell how often is too often; Rule 15 asks that conditions be clear and explicit: make a single visit the breach, e.g. `enter or visit`, or say how often is too often (Rule 15)' },
            { messageId: 'judgement', range: '12:30-12:38', rules: [15], covered: 'suitable', severity: 'warning' }
        ] },
        { name: 'reads a template\'s condition once, where the template is written', code: `template conduct():
  condition "Be of good behaviour.".

${compliantOrder('apply conduct.')}`, findings: [{ messageId: 'judgement', range: '2:20-2:34', rules: [15], covered: 'good behaviour', severity: 'warning' }] },
        { name: 'reads a text an order passes to a template, on the argument', code: `template conduct(rule: text):
  condition rule.

${compliantOrder('apply conduct with rule "Avoid bad company.".')}`, findings: [{ messageId: 'judgement', range: '14:32-14:43', rules: [15], covered: 'bad company', severity: 'warning' }] },
        { name: 'information when the configuration lowers it', code: conditionOrder('Be of good behaviour.'), config: { checks: { 'vague-term': 'info' } }, findings: [{ messageId: 'judgement', range: '11:18-11:32', rules: [15], covered: 'good behaviour', severity: 'info' }] }
    ],
    fixes: [
        { name: 'closes an open list', code: conditionOrder('Do not possess knives, axes, machetes, etc.'), output: [conditionOrder('Do not possess knives, axes, machetes.')] }
    ]
});

describe('vague-term: beyond the table', () => {
    test('the whole order is clean apart from the finding', async () => {
        expect((await lint(conditionOrder('Be of good behaviour.'))).map(f => f.checkId)).toEqual(['vague-term']);
    });

    test('the fix is titled by what it removes', async () => {
        const [finding] = await checkFindings(conditionOrder('Do not possess knives, axes, machetes, etc.'), 'vague-term');
        expect(finding.fixes?.map(fix => fix.title)).toEqual(['Close the list (remove "etc.")']);
    });
});
