import { describeCheck, type ExpectedFinding, rangeOf } from '../check-tester.js';

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "OD-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);

/** A case whose one finding covers `phrase` on `line`. */
function one(name: string, code: string, messageId: string, phrase: string, rules: number[], extra: Partial<ExpectedFinding> = {}, line = 4) {
    return { name, code, findings: [{ messageId, range: rangeOf(code, phrase, line), rules, covered: phrase, severity: 'warning' as const, ...extra }] };
}

describeCheck('offence-disclosure', {
    valid: [
        { name: 'a disclosure as far as needed', code: order('disclosure of the offence to "the placement supervisor", as far as needed.') },
        { name: 'several recipients, limited', code: order('disclosure of the offence to "the employer", "the housing officer", as far as needed.') },
        { name: 'will not be disclosed', code: condition('Details of the offence will not be disclosed to the employer') },
        { name: 'the employer is not told', code: condition('The employer is not told about the offence') },
        { name: 'limited in the text', code: condition('The placement will be told of the offence only as far as needed for safety') },
        { name: 'required by law', code: condition('The employer will be told of the conviction where the law requires it') },
        { name: 'with the person\'s consent', code: condition('The person\'s employer may be told of the offence with the person\'s consent') },
        { name: 'an exemption', code: condition('The person does not have to tell his employer about the offence') },
        { name: 'telling the court is not disclosure beyond need', code: condition('The supervisor will inform the court of any further offence') },
        { name: 'quoted speech', code: condition('The person must not say \'my employer will be told of the offence\' to anyone') }
    ],
    invalid: [
        one('a disclosure to the placement, not limited (Rule 49)', order('disclosure of the offence to "the placement supervisor".'), 'unlimitedPlacement',
            'disclosure of the offence to "the placement supervisor"', [49], {
                message: 'The order discloses the offence to "the placement supervisor" without limiting what they are told; Rule 49 asks that a work placement or assistance agency be told only what its task needs, normally not the offence: add `, as far as needed`, e.g. `disclosure of the offence to "the placement supervisor", as far as needed.` (Rule 49)'
            }),
        one('a disclosure to the employer and the landlord, not limited (Rule 8)', order('disclosure of the offence to "the employer" and "the landlord".'), 'unlimited',
            'disclosure of the offence to "the employer" and "the landlord"', [8], {
                message: 'The order discloses the offence to "the employer" and "the landlord" without limiting what they are told; Rule 8 asks that a sanction respect the person\'s privacy: add `, as far as needed`, e.g. `disclosure of the offence to "the employer", as far as needed.` (Rule 8)'
            }),
        one('a disclosure to a placement and an employer, not limited (Rules 8 and 49)', order('disclosure of the offence to "the employer" and "the placement supervisor".'), 'unlimitedPlacement',
            'disclosure of the offence to "the employer" and "the placement supervisor"', [8, 49]),
        one('a disclosure to the public, even limited', order('disclosure of the offence to "the employer" and "the local press", as far as needed.'), 'recipientPublic',
            '"the local press"', [8], {
                severity: 'error',
                message: 'Disclosing the offence to "the local press" goes beyond any need; Rule 8 asks that a sanction respect the person\'s privacy: remove "the local press" and name only who needs to know, e.g. `disclosure of the offence to "the employer", as far as needed.` (Rule 8)'
            }),
        one('the employer will be told of the offence', condition('The person\'s employer will be told of the offence'), 'textUnlimited', 'employer will be told of the offence', [8], {
            message: '"employer will be told of the offence" discloses the offence without limiting it to what the recipient needs; Rule 8 asks that a sanction respect the person\'s privacy: limit it, e.g. `disclosure of the offence to "the employer", as far as needed.` (Rule 8)'
        }),
        one('the placement will be informed about the conviction', condition('The work placement will be informed about his conviction'), 'textPlacement', 'work placement will be informed about his conviction', [49], {
            message: '"work placement will be informed about his conviction" tells a work placement or assistance agency about the offence; Rule 49 asks that what they are told be limited to their task, and normally leave the offence out: limit it, e.g. `disclosure of the offence to "the placement supervisor", as far as needed.` (Rule 49)'
        }),
        one('the person must tell his landlord', condition('The person must tell his landlord about the offence'), 'textUnlimited', 'tell his landlord about the offence', [8]),
        one('the offence made public', condition('The offence will be made public in the village newsletter and on the noticeboard'), 'textPublic', 'offence will be made public', [8], {
            severity: 'error',
            message: '"offence will be made public" discloses the offence to the public; Rule 8 asks that a sanction respect the person\'s privacy: drop it, or name who needs to know and limit it, e.g. `disclosure of the offence to "the placement supervisor", as far as needed.` (Rule 8)'
        }),
        one('details disclosed to the neighbours', condition('Details of the offence may be shared with the neighbours'), 'textPublic', 'Details of the offence may be shared with the neighbours', [8], { severity: 'error' }),
        one('a negation in an aside does not limit it', condition('The employer, who did not ask, will be told of the offence'), 'textUnlimited', 'employer, who did not ask, will be told of the offence', [8]),
        one('German: the employer informed of the offence', order('written in German.', 'condition "Der Arbeitgeber wird über die Straftat informiert".'), 'textUnlimited',
            'Arbeitgeber wird über die Straftat informiert', [8], {}, 5),
        one('a breach statement', order('on breach:\n  "The host organisation will be informed of the offence".'), 'textPlacement',
            'host organisation will be informed of the offence', [49], {}, 5)
    ],
    fixes: [
        { name: 'adds ", as far as needed"',
            code: order('disclosure of the offence to "the employer" and "the placement supervisor".'),
            output: [order('disclosure of the offence to "the employer" and "the placement supervisor", as far as needed.')] },
        { name: 'adds ", as far as needed" after the one recipient',
            code: order('disclosure of the offence to "the placement supervisor".'),
            output: [order('disclosure of the offence to "the placement supervisor", as far as needed.')] }
    ]
});
