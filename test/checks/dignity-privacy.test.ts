import { describe, expect, it } from 'vitest';
import { lint, findingsOfCheck } from '../helpers.js';

const ID = 'dignity-privacy';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "DP-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);

const shame = (text: string): Expected => ({ line: 4, covered: text, rules: [8, 11], severity: 'error' });
const privacy = (text: string): Expected => ({ line: 4, covered: text, rules: [8], severity: 'error' });

describe(`${ID}: failing orders`, () => {
    const failing: Array<[string, string, Expected[]]> = [
        ['a vest saying what the person did', condition('During unpaid work the person must wear a vest saying \'I stole from my neighbours\''), [shame('wear a vest saying')]],
        ['a Community Payback vest', condition('Wear a Community Payback vest at all times on the placement'), [shame('Community Payback vest')]],
        ['a sign outside the house', condition('The person must display a sign outside the house stating the offence'), [shame('display a sign outside the house stating')]],
        ['a tag kept visible', condition('The tag must be kept visible at all times'), [shame('tag must be kept visible')]],
        ['a public apology', condition('The person must make a public apology at the village hall'), [shame('public apology')]],
        ['publication of name and photograph', condition('The person\'s name and photograph will be published on the council website'), [privacy('name and photograph will be published')]],
        ['publication that "may" happen is still publication', condition('The court may publish the person\'s name and address'), [privacy('publish the person\'s name')]],
        ['a photo on social media', condition('His photo will be posted on social media'), [privacy('photo will be posted on social media')]],
        ['home searches at any time', condition('Officers may search the family home at any time, day or night'), [shame('search the family home at any time')]],
        ['letters read by the supervisor', condition('The supervisor may read the person\'s letters'), [privacy('read the person\'s letters')]],
        ['an obligation on the wife', condition('The person\'s wife must report to the police station weekly'), [shame('The person\'s wife')]],
        ['a prohibition on marrying', condition('The person must not marry during the order'), [shame('marry')]],
        ['relationships subject to approval', condition('The person must not start a relationship without the permission of the supervisor'), [shame('relationship without the permission of the supervisor')]],
        ['a negation in quoted speech does not cancel the marking', condition('Wear a bib reading \'I will not steal again\''), [shame('Wear a bib reading')]],
        ['a breach statement that publishes the name', order('on breach:\n  "The person\'s name will be published in the local newspaper".'), [{ ...privacy('name will be published in the local newspaper'), line: 5 }]],
        ['French: the name published in the newspaper', order('written in French.', 'condition "Le nom de la personne sera publié dans le journal".'), [{ ...privacy('nom de la personne sera publié'), line: 5 }]],
        ['a programme description with a public confession', order('requirement programme, "publicly confess the offence at a community meeting", 3 sessions.'), [shame('publicly confess')]]
    ];
    it.each(failing)('%s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });
});

describe(`${ID}: passing orders`, () => {
    const passing: Array<[string, string]> = [
        ['an exemption from identifying clothing', condition('The person must not be required to wear any clothing that identifies them as an offender')],
        ['a negated publication', condition('The person\'s name will not be published')],
        ['never published', condition('The person\'s name and address will never be made public')],
        ['anonymised publication', condition('The decision may be published in anonymised form without naming the person')],
        ['safety clothing with nothing written on it', condition('The person must wear high-visibility safety clothing on the placement')],
        ['the person\'s own choice of apology', condition('The person may apologise in public if the person wishes')],
        ['home visits by appointment', condition('The supervisor may visit the person\'s home by appointment during curfew hours')],
        ['a permission for the family', condition('The person\'s children may visit at weekends')],
        ['an exemption for the family', condition('The person\'s family will not be required to report to anyone')],
        ['an order that does not restrict marriage', condition('This order does not restrict the person\'s right to marry')],
        ['the tag may be worn under clothing', condition('The tag may be worn under clothing')],
        ['informing the supervisor of a new relationship', condition('The person must tell the supervisor about any new relationship')],
        ['a prohibited activity that protects the person from marking', order('requirement prohibited activity, "wearing gang colours in the town centre".')],
        ['what the family is told is no obligation on it', condition('The person\'s partner must be told of the curfew')],
        ['French: the name will not be published', order('written in French.', 'condition "Le nom de la personne ne sera pas publié".')],
        ['a family mentioned to help', condition('Support for the person\'s family will be offered by the service')]
    ];
    it.each(passing)('%s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });
});

describe(`${ID}: messages`, () => {
    it('names the phrase and ends with the citation the core appends', async () => {
        const [finding] = (await lint(condition('The person\'s name will be published'))).filter(f => f.checkId === ID);
        expect(finding.message).toBe('"name will be published" makes the person\'s identity public: an order must respect the person\'s privacy (Rule 8)');
    });

    it('reports templates where they are written', async () => {
        const text = 'template shame(words: text = "Wear a vest saying \'thief\'"):\n  condition words.\norder "DP-T".\nin force for 6 months.\napply shame.\napply shame with words "Stand in the market square holding a sign".\n';
        expect(await findingsOf(text)).toEqual([
            { line: 1, covered: 'Wear a vest saying', rules: [8, 11], severity: 'error' },
            { line: 6, covered: 'Stand in the market square holding a sign', rules: [8, 11], severity: 'error' }
        ]);
    });
});
