import { describe, expect, test } from 'vitest';
import { describeCheck } from '../check-tester.js';
import { checkFindings } from '../helpers.js';
import { requirementKinds, SLOT_SYNTAX } from '../../language/src/model/requirement-kinds.js';
import { compliantOrder, conditionOrder } from '../text/orders.js';

/**
 * missing-parameters (Rule 15, contravenes): structured requirements and free-text duties are
 * written into a compliant order (test/text/orders.ts), on line 11.
 */
describeCheck('missing-parameters', {
    valid: [
        { name: 'requirement curfew, at "12 Acacia Road, Exeter EX1 1AA", from 19:00 to 07:00, on every day, for 3 months.', code: compliantOrder('requirement curfew, at "12 Acacia Road, Exeter EX1 1AA", from 19:00 to 07:00, on every day, for 3 months.') },
        { name: 'requirement unpaid work, 120 hours, completed within 12 months.', code: compliantOrder('requirement unpaid work, 120 hours, completed within 12 months.') },
        { name: 'requirement supervision, reporting weekly at "Exeter Probation Office, 3 Barnfield Road", for 6 months.', code: compliantOrder('requirement supervision, reporting weekly at "Exeter Probation Office, 3 Barnfield Road", for 6 months.') },
        { name: 'requirement exclusion, area "Exeter city centre" on map "EX-12", for 6 months.', code: compliantOrder('requirement exclusion, area "Exeter city centre" on map "EX-12", for 6 months.') },
        { name: 'requirement exclusion, area within 500 metres of "1 High Street, Exeter", for 6 months.', code: compliantOrder('requirement exclusion, area within 500 metres of "1 High Street, Exeter", for 6 months.') },
        { name: 'requirement compensation, amount 250 EUR, payable to "the victim", completed within 6 months.', code: compliantOrder('requirement compensation, amount 250 EUR, payable to "the victim", completed within 6 months.') },
        { name: 'requirement no contact, with "Jane Doe", for 6 months.', code: compliantOrder('requirement no contact, with "Jane Doe", for 6 months.') },
        { name: 'requirement foreign travel prohibition, for 6 months.', code: compliantOrder('requirement foreign travel prohibition, for 6 months.') },
        { name: 'a free-text duty: Report in person to the probation office, 3 Barnfield Road, Exeter, every Tuesday at 10:00.', code: conditionOrder('Report in person to the probation office, 3 Barnfield Road, Exeter, every Tuesday at 10:00.') },
        { name: 'a free-text duty: Telephone your supervising officer on the number given in this order every Monday between 09:00 and 11:00.', code: conditionOrder('Telephone your supervising officer on the number given in this order every Monday between 09:00 and 11:00.') },
        { name: 'a free-text duty: Curfew: be inside 22 Birch Close, Swindon SN2 1PQ, from 21:00 to 06:00 on Friday and Saturday nights for 8 weeks.', code: conditionOrder('Curfew: be inside 22 Birch Close, Swindon SN2 1PQ, from 21:00 to 06:00 on Friday and Saturday nights for 8 weeks.') },
        { name: 'a free-text duty: Undertake 80 hours of unpaid work, all of which must be completed within 3 months of the date of this order.', code: conditionOrder('Undertake 80 hours of unpaid work, all of which must be completed within 3 months of the date of this order.') },
        { name: 'a free-text duty: Submit to residential treatment for alcohol dependency at Broadway Lodge, Weston-super-Mare, for 12 weeks.', code: conditionOrder('Submit to residential treatment for alcohol dependency at Broadway Lodge, Weston-super-Mare, for 12 weeks.') },
        { name: 'a free-text duty: a prohibition is not a duty to do it: Do not tamper with the electronic monitoring equipment fitted to you.', code: conditionOrder('Do not tamper with the electronic monitoring equipment fitted to you.') },
        { name: 'a free-text duty: a one-off notice needs no frequency: Report to your probation officer any change of address within 48 hours.', code: conditionOrder('Report to your probation officer any change of address within 48 hours.') },
        { name: 'a free-text duty: Peine de travail de 60 heures, à exécuter dans les douze mois du jugement auprès de l\'asbl Restos du Coeur de Liège. (in French)', code: conditionOrder('Peine de travail de 60 heures, à exécuter dans les douze mois du jugement auprès de l\'asbl Restos du Coeur de Liège.', 'French') },
        { name: 'a free-text duty: Melden Sie sich ab dem 1. März jeden zweiten Mittwoch zwischen 8 und 12 Uhr persönlich bei NEUSTART, Stockhofstraße 9, 4020 Linz. (in German)', code: conditionOrder('Melden Sie sich ab dem 1. März jeden zweiten Mittwoch zwischen 8 und 12 Uhr persönlich bei NEUSTART, Stockhofstraße 9, 4020 Linz.', 'German') },
        { name: 'a parameter next to the text states the slot', code: compliantOrder('condition "Report to the probation office, 3 Barnfield Road, Exeter", reporting weekly.') }
    ],
    invalid: [
        { name: 'requirement curfew, at "12 Acacia Road, Exeter EX1 1AA", for 3 months.', code: compliantOrder('requirement curfew, at "12 Acacia Road, Exeter EX1 1AA", for 3 months.'), findings: [{ messageId: 'requirement', range: '11:1-11:12', rules: [15], covered: 'requirement', severity: 'error', message: 'This curfew states no daily hours; Rule 15 asks that conditions be clear and explicit: add what is missing, e.g. `from 19:00 to 07:00` (Rule 15)' }] },
        { name: 'requirement curfew, from 19:00 to 07:00, for 3 months.', code: compliantOrder('requirement curfew, from 19:00 to 07:00, for 3 months.'), findings: [{ messageId: 'requirement', range: '11:1-11:12', rules: [15], covered: 'requirement', severity: 'error' }] },
        { name: 'requirement curfew, for 3 months.', code: compliantOrder('requirement curfew, for 3 months.'), findings: [{ messageId: 'requirement', range: '11:1-11:12', rules: [15], covered: 'requirement', severity: 'error' }] },
        { name: 'requirement unpaid work, completed within 12 months.', code: compliantOrder('requirement unpaid work, completed within 12 months.'), findings: [{ messageId: 'requirement', range: '11:1-11:12', rules: [15], covered: 'requirement', severity: 'error' }] },
        { name: 'requirement supervision, at "Exeter Probation Office, 3 Barnfield Road", for 6 months.', code: compliantOrder('requirement supervision, at "Exeter Probation Office, 3 Barnfield Road", for 6 months.'), findings: [{ messageId: 'requirement', range: '11:1-11:12', rules: [15], covered: 'requirement', severity: 'error' }] },
        { name: 'requirement exclusion, for 6 months.', code: compliantOrder('requirement exclusion, for 6 months.'), findings: [{ messageId: 'requirement', range: '11:1-11:12', rules: [15], covered: 'requirement', severity: 'error' }] },
        { name: 'requirement residence, for 6 months.', code: compliantOrder('requirement residence, for 6 months.'), findings: [{ messageId: 'requirement', range: '11:1-11:12', rules: [15], covered: 'requirement', severity: 'error' }] },
        { name: 'requirement compensation, completed within 6 months.', code: compliantOrder('requirement compensation, completed within 6 months.'), findings: [{ messageId: 'requirement', range: '11:1-11:12', rules: [15], covered: 'requirement', severity: 'error' }] },
        { name: 'requirement no contact, for 6 months.', code: compliantOrder('requirement no contact, for 6 months.'), findings: [{ messageId: 'requirement', range: '11:1-11:12', rules: [15], covered: 'requirement', severity: 'error' }] },
        { name: 'an empty text says nothing: requirement residence, at "", for 6 months.', code: compliantOrder('requirement residence, at "", for 6 months.'), findings: [{ messageId: 'requirement', range: '11:1-11:12', rules: [15], covered: 'requirement', severity: 'error' }] },
        { name: 'a slot filled by a template parameter is stated; an apply clause that gives it no value is reported', code: `template home-curfew(address: text, start: time = 19:00, end: time = 07:00):
  requirement curfew, at address, from start to end, for 3 months.

${compliantOrder('apply home-curfew with address "12 Acacia Road, Exeter".\napply home-curfew.')}`, findings: [{ messageId: 'unbound', range: '15:7-15:18', rules: [15], covered: 'home-curfew', severity: 'error', message: 'This curfew of template \'home-curfew\' gets no address or place; Rule 15 asks that conditions be clear and explicit: give \'address\' a value, e.g. `apply home-curfew with address "12 Acacia Road, Exeter EX1 1AA".` (Rule 15)' }] },
        { name: 'a slot missing in a template is reported in the template, once', code: `template evening-curfew(address: text):
  requirement curfew, at address, for 3 months.

${compliantOrder('apply evening-curfew with address "12 Acacia Road, Exeter".')}`, findings: [{ messageId: 'requirement', range: '2:3-2:14', rules: [15], covered: 'requirement', severity: 'error' }] },
        { name: 'a template in another file: the omission is reported in the template', code: { files: { 'library.sanction': 'template evening-curfew(address: text):\n  requirement curfew, at address, for 3 months.\n', 'order.sanction': `import "library.sanction".\n${compliantOrder('apply evening-curfew with address "12 Acacia Road, Exeter".')}` }, main: 'library.sanction' }, findings: [{ messageId: 'requirement', range: '2:3-2:14', rules: [15], covered: 'requirement', severity: 'error', message: 'This curfew states no daily hours; Rule 15 asks that conditions be clear and explicit: add what is missing, e.g. `from 19:00 to 07:00` (Rule 15)' }] },
        { name: 'a template in another file: the omission is shown on the apply clause of the order', code: { files: { 'library.sanction': 'template evening-curfew(address: text):\n  requirement curfew, at address, for 3 months.\n', 'order.sanction': `import "library.sanction".\n${compliantOrder('apply evening-curfew with address "12 Acacia Road, Exeter".')}` }, main: 'order.sanction' }, findings: [{ messageId: 'requirement', range: '12:1-12:60', rules: [15], covered: 'apply evening-curfew with address "12 Acacia Road, Exeter".', severity: 'error', message: 'This curfew states no daily hours; Rule 15 asks that conditions be clear and explicit: add what is missing, e.g. `from 19:00 to 07:00`, in template \'evening-curfew\' (Rule 15)' }] },
        { name: 'a free-text duty: Report to your probation officer once a month.', code: conditionOrder('Report to your probation officer once a month.'), findings: [{ messageId: 'duty', range: '11:12-11:21', rules: [15], covered: 'Report to', severity: 'error', message: 'This reporting duty states no place or means of reporting; Rule 15 asks that conditions be clear and explicit: add what is missing, e.g. `in person at the probation office, 3 Barnfield Road` (Rule 15)' }] },
        { name: 'a free-text duty: Remain at your home address for the first 3 months.', code: conditionOrder('Remain at your home address for the first 3 months.'), findings: [{ messageId: 'duty', range: '11:12-11:39', rules: [15], covered: 'Remain at your home address', severity: 'error' }] },
        { name: 'a free-text duty: Undertake between 101 and 300 hours of unpaid work.', code: conditionOrder('Undertake between 101 and 300 hours of unpaid work.'), findings: [{ messageId: 'hoursRange', range: '11:51-11:62', rules: [15], covered: 'unpaid work', severity: 'error', message: 'This unpaid work states a range of hours ("between 101 and 300 hours"), not the number to do; Rule 15 asks that conditions be clear and explicit: state the number of hours, e.g. `120 hours` (Rule 15)' }] },
        { name: 'a free-text duty: Participate in crime-related treatment or counselling services.', code: conditionOrder('Participate in crime-related treatment or counselling services.'), findings: [{ messageId: 'duty', range: '11:12-11:65', rules: [15], covered: 'Participate in crime-related treatment or counselling', severity: 'error' }] },
        { name: 'a free-text duty: Comply with electronic monitoring for 3 months.', code: conditionOrder('Comply with electronic monitoring for 3 months.'), findings: [{ messageId: 'duty', range: '11:12-11:45', rules: [15], covered: 'Comply with electronic monitoring', severity: 'error' }] },
        { name: 'a free-text duty: Recevoir les visites de l\'agent de probation. (in French)', code: conditionOrder('Recevoir les visites de l\'agent de probation.', 'French'), findings: [{ messageId: 'duty', range: '11:12-11:32', rules: [15], covered: 'Recevoir les visites', severity: 'error' }] },
        { name: 'a free-text duty: Der Jugendliche wird der Betreuung und Aufsicht eines Betreuungshelfers unterstellt. (in German)', code: conditionOrder('Der Jugendliche wird der Betreuung und Aufsicht eines Betreuungshelfers unterstellt.', 'German'), findings: [{ messageId: 'duty', range: '11:37-11:95', rules: [15], covered: 'Betreuung und Aufsicht eines Betreuungshelfers unterstellt', severity: 'error' }] }
    ],
    fixes: [
        { name: 'inserts the example of what is missing before the full stop: requirement curfew, at "12 Acacia Road, Exeter EX1 1AA", for 3 months.', code: compliantOrder('requirement curfew, at "12 Acacia Road, Exeter EX1 1AA", for 3 months.'), output: [compliantOrder('requirement curfew, at "12 Acacia Road, Exeter EX1 1AA", for 3 months, from 19:00 to 07:00.')] },
        { name: 'inserts the example of what is missing before the full stop: requirement curfew, from 19:00 to 07:00, for 3 months.', code: compliantOrder('requirement curfew, from 19:00 to 07:00, for 3 months.'), output: [compliantOrder('requirement curfew, from 19:00 to 07:00, for 3 months, at "12 Acacia Road, Exeter EX1 1AA".')] },
        { name: 'inserts the example of what is missing before the full stop: requirement curfew, for 3 months.', code: compliantOrder('requirement curfew, for 3 months.'), output: [compliantOrder('requirement curfew, for 3 months, at "12 Acacia Road, Exeter EX1 1AA", from 19:00 to 07:00.')] },
        { name: 'inserts the example of what is missing before the full stop: requirement unpaid work, completed within 12 months.', code: compliantOrder('requirement unpaid work, completed within 12 months.'), output: [compliantOrder('requirement unpaid work, completed within 12 months, 120 hours.')] },
        { name: 'inserts the example of what is missing before the full stop: requirement supervision, at "Exeter Probation Office, 3 Barnfield Road", for 6 months.', code: compliantOrder('requirement supervision, at "Exeter Probation Office, 3 Barnfield Road", for 6 months.'), output: [compliantOrder('requirement supervision, at "Exeter Probation Office, 3 Barnfield Road", for 6 months, reporting weekly.')] },
        { name: 'inserts the example of what is missing before the full stop: requirement exclusion, for 6 months.', code: compliantOrder('requirement exclusion, for 6 months.'), output: [compliantOrder('requirement exclusion, for 6 months, area "Exeter city centre" on map "EX-12".')] },
        { name: 'inserts the example of what is missing before the full stop: requirement residence, for 6 months.', code: compliantOrder('requirement residence, for 6 months.'), output: [compliantOrder('requirement residence, for 6 months, at "12 Acacia Road, Exeter EX1 1AA".')] },
        { name: 'inserts the example of what is missing before the full stop: requirement compensation, completed within 6 months.', code: compliantOrder('requirement compensation, completed within 6 months.'), output: [compliantOrder('requirement compensation, completed within 6 months, amount 250 EUR, payable to "the victim".')] },
        { name: 'inserts the example of what is missing before the full stop: requirement no contact, for 6 months.', code: compliantOrder('requirement no contact, for 6 months.'), output: [compliantOrder('requirement no contact, for 6 months, with "Jane Doe".')] },
        { name: 'inserts the example of what is missing before the full stop: requirement residence, at "", for 6 months.', code: compliantOrder('requirement residence, at "", for 6 months.'), output: [compliantOrder('requirement residence, at "12 Acacia Road, Exeter EX1 1AA", for 6 months.')] },
        { name: 'adds the missing slot to a free-text duty: Report to your probation officer once a month.', code: conditionOrder('Report to your probation officer once a month.'), output: [conditionOrder('Report to your probation officer once a month, in person at the probation office.')] },
        { name: 'adds the missing slot to a free-text duty: Remain at your home address for the first 3 months.', code: conditionOrder('Remain at your home address for the first 3 months.'), output: [conditionOrder('Remain at your home address for the first 3 months, from 19:00 to 07:00.')] },
        { name: 'adds the missing slot to a free-text duty: Der Jugendliche wird der Betreuung und Aufsicht eines Betreuungshelfers unterstellt.', code: conditionOrder('Der Jugendliche wird der Betreuung und Aufsicht eines Betreuungshelfers unterstellt.', 'German'), output: [conditionOrder('Der Jugendliche wird der Betreuung und Aufsicht eines Betreuungshelfers unterstellt, einmal pro Woche.', 'German')] }
    ]
});

describe('missing-parameters: beyond the table', () => {
    test('every kind with required slots is checked from the table, not from a list of its own', async () => {
        for (const kind of requirementKinds().filter(k => k.required.length > 0)) {
            const [finding] = await checkFindings(compliantOrder(`requirement ${kind.keyword}, for 6 months.`), 'missing-parameters');
            expect(finding, kind.keyword).toBeDefined();
            expect(finding.messageId, kind.keyword).toBe('requirement');
            for (const slot of kind.required) {
                expect(finding.message, kind.keyword).toContain(`no ${SLOT_SYNTAX[slot].label}`);
                expect(finding.message, kind.keyword).toContain(SLOT_SYNTAX[slot].example);
            }
        }
    });
});
