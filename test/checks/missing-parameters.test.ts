import { describe, expect, test } from 'vitest';
import { requirementKinds, SLOT_SYNTAX } from '../../language/src/model/requirement-kinds.js';
import { applyFix, covered, lintWorkspace } from '../helpers.js';
import { compliantOrder, conditionOrder, findingsOf, syntaxErrors } from '../text/orders.js';

const ID = 'missing-parameters';

/** [requirement, message without the citation]. */
const FAILING: Array<[string, string]> = [
    ['requirement curfew, at "12 Acacia Road, Exeter EX1 1AA", for 3 months.', 'This curfew states no daily hours (e.g. from 19:00 to 07:00)'],
    ['requirement curfew, from 19:00 to 07:00, for 3 months.', 'This curfew states no address or place (e.g. at "12 Acacia Road, Exeter EX1 1AA")'],
    ['requirement curfew, for 3 months.', 'This curfew states no address or place (e.g. at "12 Acacia Road, Exeter EX1 1AA") and no daily hours (e.g. from 19:00 to 07:00)'],
    ['requirement unpaid work, completed within 12 months.', 'This unpaid work states no number of hours (e.g. 120 hours)'],
    ['requirement supervision, at "Exeter Probation Office, 3 Barnfield Road", for 6 months.', 'This supervision states no frequency (e.g. reporting weekly)'],
    ['requirement exclusion, for 6 months.', 'This exclusion states no area (e.g. area "Exeter city centre" on map "EX-12")'],
    ['requirement residence, for 6 months.', 'This residence states no address or place (e.g. at "12 Acacia Road, Exeter EX1 1AA")'],
    ['requirement compensation, completed within 6 months.', 'This compensation states no amount (e.g. amount 250 EUR, payable to "the victim")'],
    ['requirement no contact, for 6 months.', 'This no contact requirement states no person or class of persons (e.g. with "Jane Doe")'],
    // An empty text says nothing.
    ['requirement residence, at "", for 6 months.', 'This residence states no address or place (e.g. at "12 Acacia Road, Exeter EX1 1AA")']
];

const PASSING = [
    'requirement curfew, at "12 Acacia Road, Exeter EX1 1AA", from 19:00 to 07:00, on every day, for 3 months.',
    'requirement unpaid work, 120 hours, completed within 12 months.',
    'requirement supervision, reporting weekly at "Exeter Probation Office, 3 Barnfield Road", for 6 months.',
    'requirement exclusion, area "Exeter city centre" on map "EX-12", for 6 months.',
    'requirement exclusion, area within 500 metres of "1 High Street, Exeter", for 6 months.',
    'requirement compensation, amount 250 EUR, payable to "the victim", completed within 6 months.',
    'requirement no contact, with "Jane Doe", for 6 months.',
    'requirement foreign travel prohibition, for 6 months.'
];

describe(`${ID}: structured requirements`, () => {
    test.each(FAILING)('raises on %j', async (requirement, message) => {
        const text = compliantOrder(requirement);
        expect(await syntaxErrors(text)).toEqual([]);
        const findings = await findingsOf(text, ID);
        expect(findings).toHaveLength(1);
        const [finding] = findings;
        expect(finding.rules).toEqual([15, 30]);
        expect(finding.severity).toBe('error');
        expect(finding.message).toBe(`${message} (Rules 15 and 30)`);
        expect(covered(text, finding)).toBe('requirement');
    });

    test.each(PASSING)('passes %j', async requirement => {
        const text = compliantOrder(requirement);
        expect(await syntaxErrors(text)).toEqual([]);
        expect(await findingsOf(text, ID)).toEqual([]);
    });

    test('every kind with required slots is checked from the table, not from a list of its own', async () => {
        for (const kind of requirementKinds().filter(k => k.required.length > 0)) {
            const text = compliantOrder(`requirement ${kind.keyword}, for 6 months.`);
            const [finding] = await findingsOf(text, ID);
            expect(finding, kind.keyword).toBeDefined();
            for (const slot of kind.required) {
                expect(finding.message, kind.keyword).toContain(`no ${SLOT_SYNTAX[slot].label}`);
            }
        }
    });

    test.each(FAILING)('the fix inserts the missing slot\'s example, and the order then parses and passes: %j', async requirement => {
        const text = compliantOrder(requirement);
        const [finding] = await findingsOf(text, ID);
        const fixed = applyFix(text, finding);
        expect(await syntaxErrors(fixed)).toEqual([]);
        expect(await findingsOf(fixed, ID)).toEqual([]);
    });

    test('the fix goes before the final full stop', async () => {
        const text = compliantOrder('requirement curfew, at "12 Acacia Road, Exeter EX1 1AA", for 3 months.');
        const fixed = applyFix(text, (await findingsOf(text, ID))[0]);
        expect(fixed).toContain('requirement curfew, at "12 Acacia Road, Exeter EX1 1AA", for 3 months, from 19:00 to 07:00.');
    });

    test('a slot filled by a template parameter is stated; an apply clause that gives it no value is reported', async () => {
        const text = `template home-curfew(address: text, start: time = 19:00, end: time = 07:00):
  requirement curfew, at address, from start to end, for 3 months.

${compliantOrder('apply home-curfew with address "12 Acacia Road, Exeter".\napply home-curfew.')}`;
        const findings = await findingsOf(text, ID);
        expect(findings.map(f => covered(text, f))).toEqual(['home-curfew']);
        expect(findings[0].range.start.line).toBe(text.split('\n').indexOf('apply home-curfew.'));
        expect(findings[0].message).toBe("This curfew of template 'home-curfew' gets no address or place: give 'address' a value (Rules 15 and 30)");
    });

    test('a slot missing in a template is reported in the template, once', async () => {
        const text = `template evening-curfew(address: text):
  requirement curfew, at address, for 3 months.

${compliantOrder('apply evening-curfew with address "12 Acacia Road, Exeter".')}`;
        const findings = await findingsOf(text, ID);
        expect(findings).toHaveLength(1);
        expect(findings[0].range.start.line).toBe(1);
        expect(findings[0].message).toMatch(/^This curfew states no daily hours/);
    });

    test('a template in another file: the omission is shown on the apply clause of the order', async () => {
        const files = await lintWorkspace({
            'library.sanction': 'template evening-curfew(address: text):\n  requirement curfew, at address, for 3 months.\n',
            'order.sanction': `import "library.sanction".\n${compliantOrder('apply evening-curfew with address "12 Acacia Road, Exeter".')}`
        });
        expect(files['library.sanction'].filter(f => f.checkId === ID)).toHaveLength(1);
        const inOrder = files['order.sanction'].filter(f => f.checkId === ID);
        expect(inOrder).toHaveLength(1);
        expect(inOrder[0].message).toMatch(/^This curfew states no daily hours .*, in template 'evening-curfew' \(Rules 15 and 30\)$/);
    });
});

/** Duties written as free text: [condition, language, phrase covered, message without citation]. */
const TEXT_FAILING: Array<[string, string | undefined, string, string]> = [
    ['Report to your probation officer once a month.', undefined, 'Report to', 'This reporting duty states no place or means of reporting (e.g. in person at the probation office, 3 Barnfield Road)'],
    ['Remain at your home address for the first 3 months.', undefined, 'Remain at your home address', 'This curfew states no daily hours (e.g. from 19:00 to 07:00)'],
    ['Undertake between 101 and 300 hours of unpaid work.', undefined, 'unpaid work', 'This unpaid work states a range of hours ("between 101 and 300 hours"), not the number to do (e.g. 120 hours)'],
    ['Participate in crime-related treatment or counselling services.', undefined, 'Participate in crime-related treatment or counselling', 'This treatment states no provider (e.g. at Exeter Drug and Alcohol Service)'],
    ['Comply with electronic monitoring for 3 months.', undefined, 'Comply with electronic monitoring', 'This electronic monitoring states no what is monitored (e.g. to check the curfew)'],
    ['Recevoir les visites de l\'agent de probation.', 'French', 'Recevoir les visites', 'This duty to receive visits states no frequency (e.g. once a week)'],
    ['Der Jugendliche wird der Betreuung und Aufsicht eines Betreuungshelfers unterstellt.', 'German', 'Betreuung und Aufsicht eines Betreuungshelfers unterstellt', 'This supervision states no frequency (e.g. once a week)']
];

const TEXT_PASSING: Array<[string, string | undefined]> = [
    ['Report in person to the probation office, 3 Barnfield Road, Exeter, every Tuesday at 10:00.', undefined],
    ['Telephone your supervising officer on the number given in this order every Monday between 09:00 and 11:00.', undefined],
    ['Curfew: be inside 22 Birch Close, Swindon SN2 1PQ, from 21:00 to 06:00 on Friday and Saturday nights for 8 weeks.', undefined],
    ['Undertake 80 hours of unpaid work, all of which must be completed within 3 months of the date of this order.', undefined],
    ['Submit to residential treatment for alcohol dependency at Broadway Lodge, Weston-super-Mare, for 12 weeks.', undefined],
    // A prohibition is not a duty to do it.
    ['Do not tamper with the electronic monitoring equipment fitted to you.', undefined],
    // A one-off notice needs no frequency.
    ['Report to your probation officer any change of address within 48 hours.', undefined],
    ['Peine de travail de 60 heures, à exécuter dans les douze mois du jugement auprès de l\'asbl Restos du Coeur de Liège.', 'French'],
    ['Melden Sie sich ab dem 1. März jeden zweiten Mittwoch zwischen 8 und 12 Uhr persönlich bei NEUSTART, Stockhofstraße 9, 4020 Linz.', 'German']
];

describe(`${ID}: duties written as free text`, () => {
    test.each(TEXT_FAILING)('raises on %j', async (condition, language, phrase, message) => {
        const text = conditionOrder(condition, language);
        expect(await syntaxErrors(text)).toEqual([]);
        const findings = await findingsOf(text, ID);
        expect(findings.map(f => covered(text, f))).toEqual([phrase]);
        expect(findings[0].message).toBe(`${message} (Rules 15 and 30)`);
        expect(findings[0].rules).toEqual([15, 30]);
    });

    test.each(TEXT_PASSING)('passes %j', async (condition, language) => {
        const text = conditionOrder(condition, language);
        expect(await syntaxErrors(text)).toEqual([]);
        expect(await findingsOf(text, ID)).toEqual([]);
    });

    test('a parameter next to the text states the slot', async () => {
        const text = compliantOrder('condition "Report to the probation office, 3 Barnfield Road, Exeter", reporting weekly.');
        expect(await syntaxErrors(text)).toEqual([]);
        expect(await findingsOf(text, ID)).toEqual([]);
    });

    test.each([
        ['Report to your probation officer once a month.', undefined, 'condition "Report to your probation officer once a month, in person at the probation office."'],
        ['Remain at your home address for the first 3 months.', undefined, 'condition "Remain at your home address for the first 3 months, from 19:00 to 07:00."'],
        ['Der Jugendliche wird der Betreuung und Aufsicht eines Betreuungshelfers unterstellt.', 'German', 'unterstellt, einmal pro Woche."']
    ])('the fix adds the missing slot to the text: %j', async (condition, language, expected) => {
        const text = conditionOrder(condition, language);
        const [finding] = await findingsOf(text, ID);
        const fixed = applyFix(text, finding);
        expect(fixed).toContain(expected);
        expect(await syntaxErrors(fixed)).toEqual([]);
        expect(await findingsOf(fixed, ID)).toEqual([]);
    });
});
