import { describe, expect, test } from 'vitest';
import { checkById } from '../../language/src/validation/checks/index.js';
import { applyFix, covered } from '../helpers.js';
import { compliantOrder, conditionOrder, findingsOf, syntaxErrors } from '../text/orders.js';

const ID = 'undefined-place-or-person';

/** [condition text, language, the exact phrase each finding covers]. */
const FAILING: Array<[string, string | undefined, string[]]> = [
    ['Do not associate with persons engaged in criminal activity.', undefined, ['persons engaged in criminal activity']],
    ['Do not enter places where drugs are sold.', undefined, ['places where drugs are sold']],
    ['Do not loiter in places where children congregate, such as parks.', undefined, ['places where children congregate']],
    ['Not to have contact with any children under the age of 16.', undefined, ['children under the age of 16']],
    ['Do not associate with your former co-offenders or their associates.', undefined, ['associates']],
    ['Do not live with anyone who uses drugs.', undefined, ['anyone who uses drugs']],
    ['Do not enter any area where you are likely to meet the victim.', undefined, ['area where you are likely to meet the victim']],
    ['Do not frequent licensed premises in the Newcastle area.', undefined, ['the Newcastle area']],
    ['Do not leave the area without telling your officer.', undefined, ['the area']],
    ['Remain within the jurisdiction of the court.', undefined, ['jurisdiction']],
    ['Do not enter places of entertainment in Exeter.', undefined, ['places of entertainment']],
    // A distance from a person who moves, with no knowledge element.
    ['Do not come within 100 metres of Ms Mills.', undefined, ['come within 100 metres of Ms Mills']],
    ['S\'abstenir de fréquenter des mineurs.', 'French', ['mineurs']],
    ['Ne pas entrer en relation avec des personnes impliquées dans le trafic de stupéfiants.', 'fr', ['personnes impliquées dans le trafic de stupéfiants']],
    ['Der Verurteilte hat sich von Personen aus dem Rotlichtmilieu fernzuhalten.', 'German', ['Personen aus dem Rotlichtmilieu']],
    ['Dem Jugendlichen wird untersagt, Gast- oder Vergnügungsstätten zu besuchen.', 'Deutsch', ['Vergnügungsstätten']]
];

const PASSING: Array<[string, string | undefined]> = [
    // A knowledge requirement.
    ['Do not associate with any person you know to be engaged in criminal activity.', undefined],
    ['Do not knowingly come within 100 metres of Ms Mills; if you become aware that you are within 100 metres of her, move away at once.', undefined],
    // Named, listed, mapped or within a radius of a fixed place.
    ['Do not contact Liam Carver, Tomasz Nowak or Dean Rudd, your co-defendants.', undefined],
    ['Do not frequent or visit the area bounded by William Street, Darlinghurst Road and Victoria Street.', undefined],
    ['Do not enter the Hilltop neighborhood of Tacoma, as shown on the map attached to the judgment.', undefined],
    ['Do not enter any premises licensed under the Licensing Act 2003 within the part of Swansea city centre shown on the attached plan.', undefined],
    ['Do not approach within 300 metres of the home of Mr Julien Roux, 8 avenue Foch, Metz.', undefined],
    // People identified by the case, and kin with a possessive.
    ['Do not contact the victim or her children, directly or indirectly.', undefined],
    // Ordinary kinds of premises one recognises on sight; statutory categories.
    ['Do not drink any alcoholic drink in a pub, bar or nightclub.', undefined],
    ['Do not enter licensed premises.', undefined],
    ['Do not move to a new address in another probation area without the prior written consent of the probation officer.', undefined],
    ['Do not leave the jurisdiction of England and Wales.', undefined],
    // Named in writing by the officer.
    ['Do not associate with any person whom a probation officer has named to you, in a written direction.', undefined],
    // A definite description of one place, identified by the case.
    ['Do not enter the Grand Littoral shopping centre in Marseille, the place where the offence was committed.', undefined],
    // Not a ban on contact: work with minors is defined by the job.
    ['Ne pas exercer, pendant cinq ans, d\'activité d\'entraîneur sportif auprès de mineurs.', 'French'],
    ['Es wird dem Verurteilten untersagt, sich Frau M. Keller auf weniger als 200 Meter anzunähern.', 'German']
];

describe(ID, () => {
    test('is registered in the RULE-MAP order, after unbounded-discretion', async () => {
        const { ALL_CHECKS } = await import('../../language/src/validation/checks/index.js');
        const ids = ALL_CHECKS.map(check => check.id);
        expect(ids.slice(0, 4)).toEqual(['vague-term', 'unbounded-discretion', ID, 'missing-parameters']);
        expect(checkById(ID)).toMatchObject({ family: 'clarity', rules: [15, 30], severity: 'warning' });
    });

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

    test('says what is missing', async () => {
        const text = conditionOrder('Do not enter places where drugs are sold.');
        const [finding] = await findingsOf(text, ID);
        expect(finding.message).toBe('"places where drugs are sold": places are a category with no list, map or radius, and no knowledge requirement (Rules 15 and 30)');
    });

    test.each([
        ['Do not associate with persons engaged in criminal activity.', 'Do not associate with persons you know to be engaged in criminal activity.'],
        ['Do not live with anyone who uses drugs.', 'Do not live with anyone who you know uses drugs.'],
        ['Do not enter places where drugs are sold.', 'Do not enter places where you know drugs are sold.'],
        ['Not to have contact with any children under the age of 16.', 'Not to have contact with any children you know to be under the age of 16.'],
        ['Do not come within 100 metres of Ms Mills.', 'Do not knowingly come within 100 metres of Ms Mills.']
    ])('the fix adds a knowledge requirement: %j', async (condition, expected) => {
        const text = conditionOrder(condition);
        const [finding] = await findingsOf(text, ID);
        expect(finding.fixes?.[0].title).toMatch(/^Add a knowledge requirement/);
        const fixed = applyFix(text, finding);
        expect(fixed).toContain(`condition "${expected}"`);
        expect(await syntaxErrors(fixed)).toEqual([]);
        expect(await findingsOf(fixed, ID)).toEqual([]);
    });

    test('a contact class with no knowledge requirement, in a structured no-contact requirement', async () => {
        const text = compliantOrder('requirement no contact, with any "drug users", for 6 months.');
        expect(await syntaxErrors(text)).toEqual([]);
        const findings = await findingsOf(text, ID);
        expect(findings.map(f => covered(text, f))).toEqual(['drug users']);
        const known = compliantOrder('requirement no contact, with any person you know to be "a drug user", for 6 months.');
        expect(await findingsOf(known, ID)).toEqual([]);
    });

    test('an area named without a map, in a structured exclusion', async () => {
        const text = compliantOrder('requirement exclusion, area "the Newcastle area", for 6 months.');
        expect((await findingsOf(text, ID)).map(f => covered(text, f))).toEqual(['the Newcastle area']);
        const mapped = compliantOrder('requirement exclusion, area "the Newcastle area" on map "NE-1", for 6 months.');
        expect(await findingsOf(mapped, ID)).toEqual([]);
    });
});
