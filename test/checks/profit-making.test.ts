import { describeCheck, type ExpectedFinding, rangeOf } from '../check-tester.js';

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "PM-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);

/** A case whose one finding covers `phrase` on `line`. */
function one(name: string, code: string, messageId: string, phrase: string, line = 4, extra: Partial<ExpectedFinding> = {}) {
    return { name, code, findings: [{ messageId, range: rangeOf(code, phrase, line), rules: [40], covered: phrase, severity: 'error' as const, ...extra }] };
}

describeCheck('profit-making', {
    valid: [
        { name: 'a charity as the place', code: order('requirement unpaid work, 80 hours, at "Exeter Food Bank, a registered charity".') },
        { name: 'a negated staff placement', code: condition('The person must not work at any staff member\'s house') },
        { name: 'not for profit', code: condition('The unpaid work is not for profit and benefits the community') },
        { name: 'a not-for-profit company', code: order('requirement unpaid work, 80 hours, provided by "Groundwork Devon Ltd, a not-for-profit community interest company".') },
        { name: 'a public park', code: condition('Unpaid work takes place in the public park of Exeter') },
        { name: 'a company that provides treatment, not work', code: order('requirement drug treatment, provided by "Forward Leeds Ltd", for 6 months, consent informed and explicit, given on 2026-03-10.') },
        { name: 'staff wording with no work in sight', code: order('requirement supervision, reporting weekly at "the supervisor\'s office, 3 Barnfield Road".') },
        { name: 'a company mentioned without work', code: condition('The person must not enter the premises of Smith Farms Ltd') },
        { name: 'proceeds to a charity', code: condition('Furniture made during unpaid work is given to a charity for families in need') },
        { name: 'quoted speech naming a company', code: condition('The person must not use the slogan \'Buy from Smith Ltd today\' at the placement') }
    ],
    invalid: [
        one('work at the supervisor\'s house', condition('Part of the hours will be spent decorating the supervisor\'s house'), 'staff', 'supervisor\'s house', 4, {
            message: '"supervisor\'s house" has the unpaid work benefit a member of the implementing authority\'s staff; Rule 40 asks that community service make no profit for the implementing authorities or their staff: place it with a public or not-for-profit body, e.g. `requirement unpaid work, 80 hours, at "Exeter Food Bank, a registered charity".` (Rule 40)'
        }),
        one('the garden of a probation officer', condition('The person must do 20 hours of gardening at the garden of a probation officer'), 'staff', 'garden of a probation officer'),
        one('an unpaid work place at a staff member\'s farm', order('requirement unpaid work, 80 hours, at "the director\'s farm, Long Lane".'), 'staff', 'director\'s farm'),
        one('a company as the unpaid work place (Rule 40 alone)', order('requirement unpaid work, 80 hours, at "Smith Farms Ltd, Long Lane".'), 'business', 'Farms Ltd', 4, {
            message: '"Farms Ltd" puts the work at the service of a business; Rule 40 asks that community service not be done for commercial profit: place it with a public or not-for-profit body, e.g. `requirement unpaid work, 80 hours, at "Exeter Food Bank, a registered charity".` (Rule 40)'
        }),
        one('a private company as the provider', order('requirement unpaid work, 80 hours, provided by "a private company under contract".'), 'business', 'private company'),
        one('work for a commercial business in a condition', condition('The unpaid work will be done for a commercial warehouse'), 'business', 'commercial warehouse'),
        one('proceeds to the probation service', condition('Furniture made during unpaid work is sold and the proceeds go to the probation service'), 'authority', 'proceeds go to the probation service', 4, {
            message: '"proceeds go to the probation service" makes the work a source of profit; Rule 40 asks that community service make no profit for the implementing authorities, their staff or anyone else: let the community have what it produces, e.g. `condition "Furniture made during unpaid work is given to a charity for families in need".` (Rule 40)'
        }),
        one('work for profit', condition('The person will work for profit on the placement'), 'authority', 'for profit'),
        one('a reparation description for a staff member', order('requirement reparation, "cleaning the officer\'s cars", 10 hours.'), 'staff', 'officer\'s cars'),
        one('French: work for a company', order('written in French.', 'condition "Le travail est effectué au profit de la société Dupont SARL".'), 'business', 'Dupont SARL', 5),
        one('a negation in an aside does not protect', condition('Unpaid work, which is not paid, takes place at the manager\'s restaurant'), 'staff', 'manager\'s restaurant')
    ]
});
