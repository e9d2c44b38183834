import { describe, expect, test } from 'vitest';
import { applyFix, covered } from '../helpers.js';
import { compliantOrder, conditionOrder, findingsOf, syntaxErrors } from '../text/orders.js';

const ID = 'unbounded-discretion';

/** [condition text, language, the exact phrase each finding covers]. */
const FAILING: Array<[string, string | undefined, string[]]> = [
    ['Report to the probation and parole supervisors as directed.', undefined, ['as directed']],
    ['Keep in touch with the supervising officer in accordance with instructions given by the supervising officer.', undefined, ['in accordance with instructions']],
    ['Participate in such rehabilitation programmes as the officer considers appropriate.', undefined, ['such rehabilitation programmes as the officer considers appropriate']],
    ['Attend any programme the supervisor thinks fit.', undefined, ['any programme the supervisor thinks fit']],
    ['Wear an electronic tag if required.', undefined, ['if required']],
    ['Complete 150 hours of unpaid work and any further hours the supervisor considers necessary.', undefined, ['any further hours the supervisor considers necessary']],
    // Escape clauses make precise terms vague.
    ['Report to the probation office every Tuesday at 10:00, or at such other times as your officer directs.', undefined, ['or at such other times as your officer directs']],
    ['Remain at your home address from 20:00 to 07:00 daily, and at any other times your supervisor directs.', undefined, ['and at any other times your supervisor directs']],
    ['Report to the probation office, 3 Barnfield Road, monthly or as often as the probation officer requires.', undefined, ['or as often as the probation officer requires']],
    // "at least" is a floor, not a ceiling.
    ['Attend appointments as directed by your officer, at least once a month.', undefined, ['as directed']],
    ['Se présenter au service de probation selon les instructions du conseiller.', 'French', ['selon les instructions']],
    ['Die Einhaltung der Weisungen kann elektronisch überwacht werden, soweit die Bewährungshilfe dies für angezeigt hält.', 'German', ['soweit die Bewährungshilfe dies für angezeigt hält']],
    ['Der Jugendliche hat Arbeitsleistungen nach Weisung des Jugendamts zu erbringen.', 'de', ['nach Weisung']]
];

/** Bounded delegations, relaxations and written namings. */
const PASSING: Array<[string, string | undefined]> = [
    ['Confine yourself to 12 Acacia Road, Exeter, between 21:00 and 06:00 daily unless otherwise authorised by your supervising officer.', undefined],
    ['Report in person to the probation office, 3 Barnfield Road, Exeter, on dates your supervisor sets, not more than twice a week.', undefined],
    ['Report to the probation office, 3 Barnfield Road, as directed, not more than once a week and for no longer than 6 months.', undefined],
    ['Do not associate with any person whom a probation officer has named to you, in a written direction, as a person you must not associate with.', undefined],
    ['Do not leave New Zealand without the prior written consent of a probation officer.', undefined],
    ['Do not contact the victim unless approved by the sentencing court.', undefined],
    ['Not engage in any occupation in which the probation officer has directed you not to engage.', undefined],
    ['Appear before the court if called on to do so.', undefined],
    ['Se soumettre, sur convocation, à des analyses d\'haleine, au maximum deux fois par mois.', 'French'],
    ['Ne pas quitter le territoire du canton de Genève sans l\'autorisation écrite préalable de l\'office de probation.', 'French'],
    ['Der Verurteilte hat das Land Tirol nicht ohne vorherige Zustimmung des Bewährungshelfers zu verlassen.', 'German']
];

describe(ID, () => {
    test.each(FAILING)('raises on %j', async (condition, language, phrases) => {
        const text = conditionOrder(condition, language);
        expect(await syntaxErrors(text)).toEqual([]);
        const findings = await findingsOf(text, ID);
        expect(findings.map(f => covered(text, f))).toEqual(phrases);
        for (const finding of findings) {
            expect(finding.checkId).toBe(ID);
            expect(finding.rules).toEqual([15, 30, 32, 34]);
            expect(finding.message).toMatch(/\(Rules 15, 30, 32 and 34\)$/);
        }
    });

    test.each(PASSING)('passes %j', async (condition, language) => {
        const text = conditionOrder(condition, language);
        expect(await syntaxErrors(text)).toEqual([]);
        expect(await findingsOf(text, ID)).toEqual([]);
    });

    test('names who gets the power and what is unbounded', async () => {
        const text = conditionOrder('Report to the probation and parole supervisors as directed.');
        const [finding] = await findingsOf(text, ID);
        expect(finding.message).toBe('"as directed" delegates to the supervisor without limits: state what, how often and for how long, or cap it (e.g. not more than once a week, for no longer than 6 months) (Rules 15, 30, 32 and 34)');
        const court = conditionOrder('Participate in an alcohol programme at 3 Barnfield Road as the court may direct.');
        expect((await findingsOf(court, ID))[0].message).toMatch(/^"as the court may direct" delegates to the court without limits/);
    });

    test('an escape clause is reported as replacing the stated terms', async () => {
        const text = conditionOrder('Report to the probation office every Tuesday at 10:00, or at such other times as your officer directs.');
        const [finding] = await findingsOf(text, ID);
        expect(finding.message).toMatch(/lets the supervisor replace or add to the stated terms without limit/);
    });

    test.each([
        ['Report to the probation and parole supervisors as directed.', undefined],
        ['Report to the probation office every Tuesday at 10:00, or at such other times as your officer directs.', undefined],
        ['Se présenter au service de probation selon les instructions du conseiller.', 'French'],
        ['Der Jugendliche hat Arbeitsleistungen nach Weisung des Jugendamts zu erbringen.', 'German']
    ])('the fix bounds the delegation: %j', async (condition, language) => {
        const text = conditionOrder(condition, language);
        const [finding] = await findingsOf(text, ID);
        expect(finding.fixes?.[0].title).toBe('Bound the delegation (edit the placeholder limits)');
        const fixed = applyFix(text, finding);
        expect(await syntaxErrors(fixed)).toEqual([]);
        expect(await findingsOf(fixed, ID)).toEqual([]);
    });

    test('the fix inserts the placeholder limits right after the delegation', async () => {
        const text = conditionOrder('Report to the probation and parole supervisors as directed.');
        const fixed = applyFix(text, (await findingsOf(text, ID))[0]);
        expect(fixed).toContain('condition "Report to the probation and parole supervisors as directed, not more than once a week and for no longer than 6 months."');
    });

    test('reads a structured requirement\'s provider and description', async () => {
        const text = compliantOrder('requirement drug treatment, provided by "such provider as the officer may direct", consent informed and explicit, given on 2026-03-10.');
        const findings = await findingsOf(text, ID);
        expect(findings.map(f => covered(text, f))).toEqual(['such provider as the officer may direct']);
    });
});
