import type { Order } from '../../generated/ast.js';
import { isMadeOn, isOrderConsent, isPerson } from '../../generated/ast.js';
import { defineCheck, type FindingInput } from '../../core/check.js';
import { clauseOf, clausesOf } from '../../model/order-model.js';
import { addOrderClause } from '../fixes/sections.js';

/**
 * Which sentence of the cited Rule carries the finding (our paraphrase):
 * - Rule 59: before a community measure is imposed on a suspect, ahead of trial or in place of a
 *   decision on a sanction, the suspect's consent is obtained, unless the law provides otherwise.
 *
 * A suspect is a person not convicted: the order says so with `person "…", suspect` or with the form
 * `pre-trial measure`. Such an order needs its own consent sentence (`consent given …`), the
 * person's consent to the measure as a whole; a consent recorded inside a requirement (to
 * treatment) is not consent to the measure. A consent recorded as refused is reported on its own.
 * Because the law may provide otherwise, both are warnings rather than errors.
 */
export const suspectWithoutConsent = defineCheck({
    id: 'suspect-without-consent',
    title: 'Measure imposed on a suspect without consent',
    family: 'consent',
    rules: [59],
    severity: 'warning',
    summary: 'Finds measures imposed on a suspect (not convicted) before or instead of trial with no consent of the suspect recorded.',
    basis: [
        { rule: 59, chapter: 'V', clause: 'whole Rule', carries: 'a suspect agrees before any measure is imposed ahead of trial or in place of a decision on a sanction, unless the law provides otherwise' }
    ],
    visit: {
        Order(order, context) {
            const at = suspectAt(order);
            if (!at) {
                return;
            }
            const consents = clausesOf(order, isOrderConsent);
            if (consents.some(consent => consent.given && !consent.refused)) {
                return;
            }
            const refused = consents.find(consent => consent.refused);
            if (refused) {
                context.report({
                    node: refused,
                    message: `The ${at.who} refused consent, yet the measure is imposed: a measure before trial or instead of a decision on a sanction needs the suspect's consent, unless the law provides otherwise`
                });
                return;
            }
            const date = clauseOf(order, isMadeOn)?.date;
            context.report({
                ...at.place,
                message: `The order records no consent of the ${at.who} to the measure: obtain and record the suspect's consent ("consent given on …"), unless the law provides otherwise`,
                fixes: addOrderClause(order, ['Person', 'OrderTerm', 'MadeOn'], `consent given${date ? ` on ${date}` : ''}, in writing.`, context,
                    'Record the suspect\'s consent (check that it was given, and the date)')
            });
        }
    }
});

/** Whether the order is imposed on a suspect, and where to say so. */
function suspectAt(order: Order): { who: string; place: Omit<FindingInput, 'message'> } | undefined {
    const person = clausesOf(order, isPerson).find(p => p.status === 'suspect');
    if (person) {
        return { who: 'suspect', place: { node: person, property: 'status' } };
    }
    // A pre-trial measure is imposed on a suspect, unless the order says the person is convicted.
    if (order.form === 'pre-trial measure' && !clausesOf(order, isPerson).some(p => p.status === 'convicted')) {
        return { who: 'person', place: { node: order, property: 'form' } };
    }
    return undefined;
}
