import type { Order } from '../../generated/ast.js';
import { isMadeOn, isOrderConsent, isPerson } from '../../generated/ast.js';
import { defineCheck, type FindingInput } from '../../core/check.js';
import { clauseOf, clausesOf } from '../../model/order-model.js';
import { addOrderClause } from '../fixes/sections.js';

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 59: before a community measure is imposed on a suspect, ahead of trial or in place of a
 *   sentencing decision, the suspect's consent is obtained, unless the law provides otherwise.
 *
 * A suspect is a person not convicted: the order says so with `person "…", suspect` or with the form
 * `pre-trial measure`. The finding is about the order's own words: it imposes a measure on a suspect
 * with no consent to the measure recorded (its own consent sentence, `consent given …`; a consent
 * recorded inside a requirement is consent to treatment, not to the measure), or with a refusal
 * recorded. Because the law may provide otherwise, which this version does not read from a profile,
 * both are warnings, and each message offers citing that law as the alternative.
 */
export const suspectWithoutConsent = defineCheck({
    id: 'suspect-without-consent',
    title: 'Measure imposed on a suspect without consent',
    family: 'consent',
    kind: 'contravenes',
    rules: [59],
    severity: 'warning',
    summary: 'Finds measures imposed on a suspect (not convicted) before or instead of trial with no consent of the suspect recorded.',
    basis: [
        { rule: 59, chapter: 'V', clause: 'whole Rule', modal: 'shall', carries: 'a suspect agrees before any measure is imposed ahead of trial or in place of a sentencing decision, unless the law provides otherwise' }
    ],
    messages: {
        noConsent: 'The order records no consent of the {{who}} to the measure; Rule 59 asks that a suspect\'s consent be obtained before a measure is imposed ahead of trial or in place of a sentencing decision, unless the law provides otherwise: record it, e.g. `consent given on 2026-02-02, in writing.`, or cite the law that provides otherwise, e.g. `under "Code de procédure pénale, article 138".`',
        refused: 'The order imposes the measure although the {{who}} is recorded as refusing consent; Rule 59 asks that a suspect\'s consent be obtained first, unless the law provides otherwise: cite the law that allows the measure without consent, e.g. `under "Code de procédure pénale, article 138".`, or record consent if it is given later, e.g. `consent given on 2026-02-02, in writing.`'
    },
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
                context.report({ node: refused, messageId: 'refused', data: { who: at.who } });
                return;
            }
            const date = clauseOf(order, isMadeOn)?.date;
            context.report({
                ...at.place,
                messageId: 'noConsent',
                data: { who: at.who },
                fixes: addOrderClause(order, ['Person', 'OrderTerm', 'MadeOn'], `consent given${date ? ` on ${date}` : ''}, in writing.`, context,
                    'Record the suspect\'s consent (check that it was given, and the date)')
            });
        }
    }
});

/** Whether the order is imposed on a suspect, and where to say so. */
function suspectAt(order: Order): { who: string; place: Omit<FindingInput, 'messageId'> } | undefined {
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
