import { describe, expect, it } from 'vitest';
import { lint, findingsOfCheck } from '../helpers.js';

const ID = 'profit-making';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "PM-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);

const staff = (text: string): Expected => ({ line: 4, covered: text, rules: [40], severity: 'error' });
const business = (text: string): Expected => ({ line: 4, covered: text, rules: [40, 52], severity: 'error' });

describe(`${ID}: failing orders`, () => {
    const failing: Array<[string, string, Expected[]]> = [
        ['work at the supervisor\'s house', condition('Part of the hours will be spent decorating the supervisor\'s house'), [staff('supervisor\'s house')]],
        ['the garden of a probation officer', condition('The person must do 20 hours of gardening at the garden of a probation officer'), [staff('garden of a probation officer')]],
        ['an unpaid work place at a staff member\'s farm', order('requirement unpaid work, 80 hours, at "the director\'s farm, Long Lane".'), [staff('director\'s farm')]],
        ['a company as the unpaid work place', order('requirement unpaid work, 80 hours, at "Smith Farms Ltd, Long Lane".'), [business('Farms Ltd')]],
        ['a private company as the provider', order('requirement unpaid work, 80 hours, provided by "a private company under contract".'), [business('private company')]],
        ['work for a commercial business in a condition', condition('The unpaid work will be done for a commercial warehouse'), [business('commercial warehouse')]],
        ['proceeds to the probation service', condition('Furniture made during unpaid work is sold and the proceeds go to the probation service'), [staff('proceeds go to the probation service')]],
        ['work for profit', condition('The person will work for profit on the placement'), [staff('for profit')]],
        ['a reparation description for a staff member', order('requirement reparation, "cleaning the officer\'s cars", 10 hours.'), [staff('officer\'s cars')]],
        ['French: work for a company', order('written in French.', 'condition "Le travail est effectué au profit de la société Dupont SARL".'), [{ ...business('Dupont SARL'), line: 5 }]],
        ['a negation in an aside does not protect', condition('Unpaid work, which is not paid, takes place at the manager\'s restaurant'), [staff('manager\'s restaurant')]]
    ];
    it.each(failing)('%s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });
});

describe(`${ID}: passing orders`, () => {
    const passing: Array<[string, string]> = [
        ['a charity as the place', order('requirement unpaid work, 80 hours, at "Exeter Food Bank, a registered charity".')],
        ['a negated staff placement', condition('The person must not work at any staff member\'s house')],
        ['not for profit', condition('The unpaid work is not for profit and benefits the community')],
        ['a not-for-profit company', order('requirement unpaid work, 80 hours, provided by "Groundwork Devon Ltd, a not-for-profit community interest company".')],
        ['a public park', condition('Unpaid work takes place in the public park of Exeter')],
        ['a company that provides treatment, not work', order('requirement drug treatment, provided by "Forward Leeds Ltd", for 6 months, consent informed and explicit, given on 2026-03-10.')],
        ['staff wording with no work in sight', order('requirement supervision, reporting weekly at "the supervisor\'s office, 3 Barnfield Road".')],
        ['a company mentioned without work', condition('The person must not enter the premises of Smith Farms Ltd')],
        ['proceeds to a charity', condition('Furniture made during unpaid work is given to a charity for families in need')],
        ['quoted speech naming a company', condition('The person must not use the slogan \'Buy from Smith Ltd today\' at the placement')]
    ];
    it.each(passing)('%s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });
});

describe(`${ID}: messages`, () => {
    it('writes the message without its own citation', async () => {
        const [finding] = (await lint(order('requirement unpaid work, 80 hours, at "Smith Farms Ltd".'))).filter(f => f.checkId === ID);
        expect(finding.message).toBe('"Farms Ltd" puts the work at the service of a business: community service and community participation must not make a commercial profit (Rules 40 and 52)');
    });
});
