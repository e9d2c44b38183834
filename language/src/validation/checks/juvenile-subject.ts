import type { Person } from '../../generated/ast.js';
import { isMadeOn, isOrder } from '../../generated/ast.js';
import { defineCheck } from '../../core/check.js';
import { clauseOf } from '../../model/order-model.js';
import { parseIsoDate } from '../../model/values.js';

/**
 * Which part of the Recommendation carries the finding (our paraphrase):
 * - Scope and purpose, last paragraph: the Rules apply to people subject to community sanctions
 *   and measures, but sanctions and measures made specifically for juveniles fall under another
 *   instrument, Recommendation CM/Rec(2008)11 on the European Rules for juvenile offenders subject
 *   to sanctions or measures.
 *
 * Found: a person under 18 on the day the order was made, from `born on` and `made on` (or, when
 * either date is missing, from `aged N`). The finding is a warning, not information: the order may
 * be perfectly lawful, but every other finding of this linter rests on Rules written for adults, and
 * the juvenile Rules ask for more (for example the involvement of parents and the child's best
 * interests), so the drafter has to look at the order against the other instrument. There is
 * nothing to fix in the order; the finding is silenced in configuration for youth courts.
 * The language records no date of the offence, so a person who offended as a juvenile and is 18
 * when the order is made is not found.
 */
export const juvenileSubject = defineCheck({
    id: 'juvenile-subject',
    title: 'Person under 18',
    family: 'scope',
    rules: [],
    provisions: ['Scope and purpose'],
    severity: 'warning',
    summary: 'Finds orders whose person is under 18: these Rules do not cover juveniles, whom Recommendation CM/Rec(2008)11 covers.',
    visit: {
        Person(person, context) {
            const age = ageOf(person);
            if (!age || age.years >= 18) {
                return;
            }
            context.report({
                node: person,
                property: age.from,
                message: `The person is ${age.years} ${age.from === 'birthDate' ? 'on the day the order was made' : 'years old'}: ` +
                    'the Rules on community sanctions and measures, which these checks apply, do not cover juveniles; ' +
                    'check the order against Recommendation CM/Rec(2008)11, the European Rules for juvenile offenders subject to sanctions or measures'
            });
        }
    }
});

/** The person's age in whole years when the order was made, and which fact it comes from. */
function ageOf(person: Person): { years: number; from: 'birthDate' | 'age' } | undefined {
    const order = person.$container;
    const madeOn = isOrder(order) ? clauseOf(order, isMadeOn)?.date : undefined;
    if (person.birthDate && madeOn && parseIsoDate(person.birthDate) !== undefined && parseIsoDate(madeOn) !== undefined) {
        const years = wholeYears(person.birthDate, madeOn);
        if (years >= 0) {
            return { years, from: 'birthDate' };
        }
        return undefined; // born after the order was made: a typing mistake, not an age
    }
    return person.age !== undefined ? { years: person.age, from: 'age' } : undefined;
}

/** Birthdays passed between two ISO dates. */
function wholeYears(birth: string, on: string): number {
    const [by, bm, bd] = birth.split('-').map(Number);
    const [y, m, d] = on.split('-').map(Number);
    return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
