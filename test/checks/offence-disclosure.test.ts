import { describe, expect, it } from 'vitest';
import { ids, lint, findingsOfCheck, applyEdits } from '../helpers.js';

const ID = 'offence-disclosure';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "OD-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);

const warn = (text: string, rules = [47]): Expected => ({ line: 4, covered: text, rules, severity: 'warning' });
const error = (text: string): Expected => ({ line: 4, covered: text, rules: [47], severity: 'error' });

describe(`${ID}: failing orders`, () => {
    const failing: Array<[string, string, Expected[]]> = [
        ['a disclosure to the placement, not limited', order('disclosure of the offence to "the placement supervisor".'),
            [warn('disclosure of the offence to "the placement supervisor"', [47, 49])]],
        ['a disclosure to the employer and the landlord, not limited', order('disclosure of the offence to "the employer" and "the landlord".'),
            [warn('disclosure of the offence to "the employer" and "the landlord"')]],
        ['a disclosure to the public, even limited', order('disclosure of the offence to "the employer" and "the local press", as far as needed.'),
            [error('"the local press"')]],
        ['the employer will be told of the offence', condition('The person\'s employer will be told of the offence'), [warn('employer will be told of the offence')]],
        ['the placement will be informed about the conviction', condition('The work placement will be informed about his conviction'),
            [warn('work placement will be informed about his conviction', [47, 49])]],
        ['the person must tell his landlord', condition('The person must tell his landlord about the offence'), [warn('tell his landlord about the offence')]],
        ['the offence made public', condition('The offence will be made public in the village newsletter and on the noticeboard'),
            [error('offence will be made public')]],
        ['details disclosed to the neighbours', condition('Details of the offence may be shared with the neighbours'), [error('Details of the offence may be shared with the neighbours')]],
        ['a negation in an aside does not limit it', condition('The employer, who did not ask, will be told of the offence'), [warn('employer, who did not ask, will be told of the offence')]],
        ['German: the employer informed of the offence', order('written in German.', 'condition "Der Arbeitgeber wird über die Straftat informiert".'),
            [{ line: 5, covered: 'Arbeitgeber wird über die Straftat informiert', rules: [47], severity: 'warning' }]],
        ['a breach statement', order('on breach:\n  "The host organisation will be informed of the offence".'),
            [{ line: 5, covered: 'host organisation will be informed of the offence', rules: [47, 49], severity: 'warning' }]]
    ];
    it.each(failing)('%s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });
});

describe(`${ID}: passing orders`, () => {
    const passing: Array<[string, string]> = [
        ['a disclosure as far as needed', order('disclosure of the offence to "the placement supervisor", as far as needed.')],
        ['several recipients, limited', order('disclosure of the offence to "the employer", "the housing officer", as far as needed.')],
        ['will not be disclosed', condition('Details of the offence will not be disclosed to the employer')],
        ['the employer is not told', condition('The employer is not told about the offence')],
        ['limited in the text', condition('The placement will be told of the offence only as far as needed for safety')],
        ['required by law', condition('The employer will be told of the conviction where the law requires it')],
        ['with the person\'s consent', condition('The person\'s employer may be told of the offence with the person\'s consent')],
        ['an exemption', condition('The person does not have to tell his employer about the offence')],
        ['telling the court is not disclosure beyond need', condition('The supervisor will inform the court of any further offence')],
        ['quoted speech', condition('The person must not say \'my employer will be told of the offence\' to anyone')]
    ];
    it.each(passing)('%s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });
});

describe(`${ID}: fix`, () => {
    it('adds ", as far as needed", which removes the finding and still parses', async () => {
        const text = order('disclosure of the offence to "the employer" and "the placement supervisor".');
        const [finding] = (await lint(text)).filter(f => f.checkId === ID);
        expect(finding.fixes?.map(f => f.title)).toEqual(['Limit the disclosure to what is needed (", as far as needed")']);
        const fixed = applyEdits(text, finding.fixes![0].edits);
        expect(fixed).toContain('disclosure of the offence to "the employer" and "the placement supervisor", as far as needed.');
        const after = await lint(fixed);
        expect(after.filter(f => f.checkId === 'syntax-error')).toEqual([]);
        expect(ids(after, ID)).toEqual([]);
    });

    it('writes the message without its own citation', async () => {
        const [finding] = (await lint(order('disclosure of the offence to "the placement supervisor".'))).filter(f => f.checkId === ID);
        expect(finding.message).toBe('The order discloses the offence to "the placement supervisor" without limiting what they are told: add "as far as needed" (Rules 47 and 49)');
    });
});
