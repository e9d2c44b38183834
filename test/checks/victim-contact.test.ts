import { describe, expect, it } from 'vitest';
import { ids, lint, lintWorkspace, findingsOfCheck, applyEdits } from '../helpers.js';

const ID = 'victim-contact';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "VC-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);
const MEDIATION = 'requirement mediation, provided by "Exeter Restorative Justice Service", 3 sessions';

const found = (text: string, rules: number[], severity = 'warning', line = 4): Expected => ({ line, covered: text, rules, severity });

describe(`${ID}: failing orders`, () => {
    const failing: Array<[string, string, Expected[]]> = [
        ['mediation with no victim clause', order(`${MEDIATION}.`), [found('mediation', [9, 10])]],
        ['mediation involving the victim, consent not recorded', order(`${MEDIATION}, involving the victim.`), [found('involving the victim', [9, 10])]],
        ['mediation, victim consent not sought', order(`${MEDIATION}, involving the victim, victim consent not sought.`), [found('victim consent not sought', [9, 10])]],
        ['mediation, victim consent refused', order(`${MEDIATION}, involving the victim, victim consent refused.`), [found('refused', [9, 10], 'error')]],
        ['reparation, victim consent refused', order('requirement reparation, "repairing the victim\'s fence", 10 hours, involving the victim, victim consent refused.'), [found('refused', [10], 'error')]],
        ['reparation to the victim with no word of consent', order('requirement reparation, "repairing the victim\'s fence", 10 hours.'), [found('repairing the victim\'s', [10])]],
        ['an apology to the victim', condition('The person must write a letter of apology to the victim'), [found('write a letter of apology to the victim', [9])]],
        ['meeting the victim', condition('The person will meet the victim at the probation office'), [found('meet the victim', [9])]],
        ['a restorative conference', condition('The person must take part in a restorative justice conference'), [found('restorative justice conference', [9])]],
        ['against the victim\'s refusal', condition('The person must meet the victim even though the victim does not want to'), [found('meet the victim', [9], 'error')]],
        ['without the victim\'s consent (the "without" does not negate the meeting)', condition('The person must apologise to the victim in person without the victim\'s consent'), [found('apologise to the victim', [9], 'error')]],
        ['a negated consent is no consent', condition('If the victim does not agree, the person must still meet the victim'), [found('meet the victim', [9], 'error')]],
        ['a permission to contact the victim still needs the victim\'s consent', condition('The person may visit the victim to apologise'), [found('visit the victim', [9])]],
        ['French: an apology to the victim', order('written in French.', 'condition "La personne doit présenter des excuses à la victime".'), [found('excuses à la victime', [9], 'warning', 5)]],
        ['the victim was not asked', condition('The victim\'s views were not sought; the person will apologise to the victim'), [found('apologise to the victim', [9])]]
    ];
    it.each(failing)('%s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });
});

describe(`${ID}: passing orders`, () => {
    const passing: Array<[string, string]> = [
        ['mediation with the victim\'s consent', order(`${MEDIATION}, involving the victim, victim consent given on 2026-03-10.`)],
        ['a no-contact requirement protects the victim', order('requirement no contact, with "the victim", involving the victim, victim consent refused.')],
        ['must not contact the victim', condition('The person must not contact the victim')],
        ['no contact with the victim', condition('No contact with the victim, directly or through others')],
        ['an exemption from apologising', condition('The person is not required to apologise to the victim')],
        ['contact only if the victim agrees', condition('The person will meet the victim only if the victim agrees')],
        ['a letter passed on if the victim wishes', condition('The person may write a letter of apology, which the service passes on only if the victim wishes')],
        ['the victim asked for the meeting', condition('The victim has asked for a meeting; the person will meet the victim at the service')],
        ['with the victim\'s consent', condition('With the victim\'s consent, the person will repair the victim\'s fence')],
        ['compensation through the court brings no contact', order('requirement compensation, amount 300 EUR, payable to "the victim, through the court", completed within 6 months.')],
        ['reparation to the community', order('requirement reparation, "repairing the bus shelter", 10 hours.')],
        ['a prohibited activity that keeps the person away', order('requirement prohibited activity, "contacting the victim or the victim\'s family".')],
        ['quoted speech', condition('The person must not tell anyone \'I will meet the victim\'')],
        ['French: an apology if the victim accepts', order('written in French.', 'condition "La personne doit présenter des excuses à la victime si la victime accepte".')]
    ];
    it.each(passing)('%s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });
});

describe(`${ID}: templates`, () => {
    const LIBRARY = `template victim-mediation(service: text):\n  ${MEDIATION.replace('"Exeter Restorative Justice Service"', 'service')}.\n`;

    it('does not report a template\'s requirement where it is written, but on the apply clause', async () => {
        const results = await lintWorkspace({
            'lib.sanction': LIBRARY,
            'order.sanction': 'import "lib.sanction".\norder "VC-T".\nin force for 6 months.\napply victim-mediation with service "Exeter RJ".\n'
        });
        expect(ids(results['lib.sanction'], ID)).toEqual([]);
        expect(ids(results['order.sanction'], ID)).toEqual([`${ID}@4:7-4:23`]);
        expect(results['order.sanction'].find(f => f.checkId === ID)?.message).toContain("The mediation requirement brought in by 'victim-mediation' does not record");
    });
});

describe(`${ID}: fixes`, () => {
    async function fixOnce(text: string): Promise<string> {
        const [finding] = (await lint(text)).filter(f => f.checkId === ID);
        expect(finding.fixes?.length).toBe(1);
        const fixed = applyEdits(text, finding.fixes![0].edits);
        const after = await lint(fixed);
        expect(after.filter(f => f.checkId === 'syntax-error')).toEqual([]);
        expect(ids(after, ID)).toEqual([]);
        return fixed;
    }

    it('adds the victim\'s involvement and consent to a mediation requirement, dated with the order', async () => {
        expect(await fixOnce(order(`${MEDIATION}.`))).toContain(`${MEDIATION}, involving the victim, victim consent given on 2026-03-14.`);
    });

    it('completes "involving the victim" with the consent', async () => {
        expect(await fixOnce(order(`${MEDIATION}, involving the victim.`))).toContain(`${MEDIATION}, involving the victim, victim consent given on 2026-03-14.`);
    });

    it('replaces "victim consent not sought"', async () => {
        expect(await fixOnce(order(`${MEDIATION}, involving the victim, victim consent not sought.`))).toContain(`${MEDIATION}, involving the victim, victim consent given on 2026-03-14.`);
    });

    it('records consent on a reparation to the victim', async () => {
        const text = order('requirement reparation, "repairing the victim\'s fence", 10 hours.');
        expect(await fixOnce(text)).toContain('requirement reparation, "repairing the victim\'s fence", 10 hours, involving the victim, victim consent given on 2026-03-14.');
    });

    it('offers no fix against a refusal', async () => {
        const [finding] = (await lint(order(`${MEDIATION}, involving the victim, victim consent refused.`))).filter(f => f.checkId === ID);
        expect(finding.fixes ?? []).toEqual([]);
        expect(finding.message).toBe('The victim refused consent to this mediation requirement: it must not go ahead against the victim\'s refusal (Rules 9 and 10)');
    });
});
