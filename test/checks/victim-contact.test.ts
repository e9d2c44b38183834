import { describeCheck, type ExpectedFinding, rangeOf } from '../check-tester.js';

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "VC-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);
const MEDIATION = 'requirement mediation, provided by "Exeter Restorative Justice Service", 3 sessions';
const REPARATION = 'requirement reparation, "repairing the victim\'s fence", 10 hours';

/** A case whose one finding covers `phrase` on `line`. */
function one(name: string, code: string, messageId: string, phrase: string, rules: number[], extra: Partial<ExpectedFinding> = {}, line = 4) {
    return { name, code, findings: [{ messageId, range: rangeOf(code, phrase, line), rules, covered: phrase, severity: 'warning' as const, ...extra }] };
}

const STANDARDS = 'the European Rules recommend respecting the victim\'s rights, and the accepted standards let a victim take part only of their own free will';
const RULE_9 = 'Rule 9 asks that contact with victims respect their rights by accepted ethical standards, under which a victim takes part only of their own free will';
const RULE_10 = 'Rule 10 says reparation to victims should be made with due regard to their rights and needs';
const LIBRARY = `template victim-mediation(service: text):\n  ${MEDIATION.replace('"Exeter Restorative Justice Service"', 'service')}.\n`;

describeCheck('victim-contact', {
    valid: [
        { name: 'mediation with the victim\'s consent', code: order(`${MEDIATION}, involving the victim, victim consent given on 2026-03-10.`) },
        { name: 'a no-contact requirement protects the victim', code: order('requirement no contact, with "the victim", involving the victim, victim consent refused.') },
        { name: 'must not contact the victim', code: condition('The person must not contact the victim') },
        { name: 'no contact with the victim', code: condition('No contact with the victim, directly or through others') },
        { name: 'an exemption from apologising', code: condition('The person is not required to apologise to the victim') },
        { name: 'contact only if the victim agrees', code: condition('The person will meet the victim only if the victim agrees') },
        { name: 'a letter passed on if the victim wishes', code: condition('The person may write a letter of apology, which the service passes on only if the victim wishes') },
        { name: 'the victim asked for the meeting', code: condition('The victim has asked for a meeting; the person will meet the victim at the service') },
        { name: 'with the victim\'s consent', code: condition('With the victim\'s consent, the person will repair the victim\'s fence') },
        { name: 'compensation through the court brings no contact', code: order('requirement compensation, amount 300 EUR, payable to "the victim, through the court", completed within 6 months.') },
        { name: 'reparation to the community', code: order('requirement reparation, "repairing the bus shelter", 10 hours.') },
        { name: 'a prohibited activity that keeps the person away', code: order('requirement prohibited activity, "contacting the victim or the victim\'s family".') },
        { name: 'quoted speech', code: condition('The person must not tell anyone \'I will meet the victim\'') },
        { name: 'French: an apology if the victim accepts', code: order('written in French.', 'condition "La personne doit présenter des excuses à la victime si la victime accepte".') },
        { name: 'a template\'s mediation is not reported where it is written', code: LIBRARY }
    ],
    invalid: [
        one('mediation with no victim clause', order(`${MEDIATION}.`), 'mediationNoVictim', 'mediation', [9, 10], {
            message: `This mediation requirement does not record that the victim takes part of their own free will; ${STANDARDS}: record it, e.g. \`requirement mediation, 3 sessions, involving the victim, victim consent given on 2026-03-10.\` (Rules 9 and 10)`
        }),
        one('mediation involving the victim, consent not recorded', order(`${MEDIATION}, involving the victim.`), 'consentMissing', 'involving the victim', [9, 10], {
            message: `This mediation requirement involves the victim but records no consent of the victim; ${STANDARDS}: record it, e.g. \`involving the victim, victim consent given on 2026-03-10\` (Rules 9 and 10)`
        }),
        one('mediation, victim consent not sought', order(`${MEDIATION}, involving the victim, victim consent not sought.`), 'consentNotSought', 'victim consent not sought', [9, 10], {
            message: `The victim's consent to this mediation requirement was not sought; ${STANDARDS}: ask the victim, and once they have agreed record it, e.g. \`victim consent given on 2026-03-10\` (Rules 9 and 10)`
        }),
        one('mediation, victim consent refused', order(`${MEDIATION}, involving the victim, victim consent refused.`), 'consentRefused', 'refused', [9, 10], {
            severity: 'error',
            message: `The victim refused consent to this mediation requirement; ${STANDARDS}: do not go ahead with it against the refusal; make amends to the community instead, e.g. \`requirement reparation, "repairing the bus shelter", 10 hours.\` (Rules 9 and 10)`
        }),
        one('reparation, victim consent refused', order(`${REPARATION}, involving the victim, victim consent refused.`), 'consentRefused', 'refused', [10], { severity: 'error' }),
        one('reparation to the victim with no word of consent', order(`${REPARATION}.`), 'reparationSilent', 'repairing the victim\'s', [10], {
            message: `"repairing the victim's" requires amends to the victim with no word of the victim's consent; ${RULE_10}: record the victim's consent, e.g. \`requirement reparation, "repairing the victim's fence", 10 hours, involving the victim, victim consent given on 2026-03-10.\`, or make amends to the community (Rule 10)`
        }),
        one('amends against the victim\'s refusal', condition('The person must repair the victim\'s fence even though the victim does not want to'), 'reparationRefused', 'repair the victim\'s', [10], {
            severity: 'error',
            message: `"repair the victim's" requires amends to the victim against the victim's refusal; ${RULE_10}: make amends to the community instead, e.g. \`requirement reparation, "repairing the bus shelter", 10 hours.\` (Rule 10)`
        }),
        one('amends, the victim not asked', condition('The victim\'s views were not sought; the person will repair the victim\'s fence'), 'reparationNotSought', 'repair the victim\'s', [10], {
            message: `"repair the victim's" requires amends to the victim, but the victim was not asked; ${RULE_10}: ask the victim first and record the answer, e.g. \`requirement reparation, "repairing the victim's fence", 10 hours, involving the victim, victim consent given on 2026-03-10.\` (Rule 10)`
        }),
        one('an apology to the victim', condition('The person must write a letter of apology to the victim'), 'contactSilent', 'write a letter of apology to the victim', [9], {
            message: `"write a letter of apology to the victim" requires contact with the victim with no word of the victim's consent; ${RULE_9}: make it depend on the victim, e.g. \`condition "The person will meet the victim only if the victim agrees".\` (Rule 9)`
        }),
        one('meeting the victim', condition('The person will meet the victim at the probation office'), 'contactSilent', 'meet the victim', [9]),
        one('a restorative conference', condition('The person must take part in a restorative justice conference'), 'contactSilent', 'restorative justice conference', [9]),
        one('against the victim\'s refusal', condition('The person must meet the victim even though the victim does not want to'), 'contactRefused', 'meet the victim', [9], {
            severity: 'error',
            message: `"meet the victim" requires contact with the victim against the victim's refusal; ${RULE_9}: drop the contact, or keep the person away, e.g. \`requirement no contact, with "the victim", for 6 months.\` (Rule 9)`
        }),
        one('without the victim\'s consent (the "without" does not negate the meeting)', condition('The person must apologise to the victim in person without the victim\'s consent'), 'contactRefused', 'apologise to the victim', [9], { severity: 'error' }),
        one('a negated consent is no consent', condition('If the victim does not agree, the person must still meet the victim'), 'contactRefused', 'meet the victim', [9], { severity: 'error' }),
        one('a permission to contact the victim still needs the victim\'s consent', condition('The person may visit the victim to apologise'), 'contactSilent', 'visit the victim', [9]),
        one('French: an apology to the victim', order('written in French.', 'condition "La personne doit présenter des excuses à la victime".'), 'contactSilent', 'excuses à la victime', [9], {}, 5),
        one('the victim was not asked', condition('The victim\'s views were not sought; the person will apologise to the victim'), 'contactNotSought', 'apologise to the victim', [9], {
            message: `"apologise to the victim" requires contact with the victim, but the victim was not asked; ${RULE_9}: ask the victim first and make the contact depend on the answer, e.g. \`condition "The person will meet the victim only if the victim agrees".\` (Rule 9)`
        }),
        {
            name: 'a template\'s mediation is reported on the apply clause of the order',
            code: { main: 'order.sanction', files: { 'lib.sanction': LIBRARY, 'order.sanction': 'import "lib.sanction".\norder "VC-T".\nin force for 6 months.\napply victim-mediation with service "Exeter RJ".\n' } },
            findings: [{
                messageId: 'mediationViaTemplate', range: '4:7-4:23', rules: [9, 10],
                message: `The mediation requirement brought in by 'victim-mediation' does not record that the victim takes part of their own free will, and an order cannot record it for a template's requirement; ${STANDARDS}: record it in the template, or write the mediation in the order, e.g. \`requirement mediation, 3 sessions, involving the victim, victim consent given on 2026-03-10.\` (Rules 9 and 10)`
            }]
        }
    ],
    fixes: [
        { name: 'adds the victim\'s involvement and consent to a mediation requirement, dated with the order',
            code: order(`${MEDIATION}.`),
            output: [order(`${MEDIATION}, involving the victim, victim consent given on 2026-03-14.`)] },
        { name: 'completes "involving the victim" with the consent',
            code: order(`${MEDIATION}, involving the victim.`),
            output: [order(`${MEDIATION}, involving the victim, victim consent given on 2026-03-14.`)] },
        { name: 'replaces "victim consent not sought"',
            code: order(`${MEDIATION}, involving the victim, victim consent not sought.`),
            output: [order(`${MEDIATION}, involving the victim, victim consent given on 2026-03-14.`)] },
        { name: 'records consent on a reparation to the victim',
            code: order(`${REPARATION}.`),
            output: [order(`${REPARATION}, involving the victim, victim consent given on 2026-03-14.`)] },
        { name: 'offers no fix against a refusal',
            code: order(`${MEDIATION}, involving the victim, victim consent refused.`),
            output: [] }
    ]
});
