import type { Person } from '../../generated/ast.js';
import { isMadeOn, isOrder } from '../../generated/ast.js';
import { defineCheck } from '../../core/check.js';
import { clauseOf } from '../../model/order-model.js';
import { parseIsoDate } from '../../model/values.js';

/**
 * Which part of the Recommendation carries the finding (our paraphrase):
 * - Scope and purpose, last paragraph: the Rules apply to people subject to community sanctions
 *   and measures, but sanctions and measures specifically concerned with juveniles are covered by
 *   another instrument, Recommendation CM/Rec(2008)11 on the European Rules for juvenile offenders
 *   subject to sanctions or measures.
 *
 * Found: a person under 18 on the day the order was made, from `born on` and `made on` (or, when
 * either date is missing, from `aged N`). The Scope does not say that the Rules ignore a person
 * under 18; it leaves sanctions and measures made for juveniles to CM/Rec(2008)11, which asks for
 * more (the involvement of parents, the child's best interests). A person under 18 is the sign that
 * the order may be such a measure, so the drafter should check it against that instrument as well:
 * a warning, since every other finding of this linter rests on Rules written for the general case.
 * The order may be perfectly lawful and there is nothing to fix in it, unless a date is wrong; the
 * finding is silenced in configuration for youth courts. The language records no date of the
 * offence, so a person who offended as a juvenile and is 18 when the order is made is not found.
 */
export const juvenileSubject = defineCheck({
    id: 'juvenile-subject',
    title: 'Person under 18',
    family: 'scope',
    kind: 'contravenes',
    rules: [],
    provisions: ['Scope and purpose'],
    severity: 'warning',
    summary: 'Finds orders whose person is under 18: sanctions and measures specifically concerned with juveniles fall under Recommendation CM/Rec(2008)11, which the order should be checked against.',
    messages: {
        underAgeOnDate: 'The person is {{age}} on the day the order was made; the Scope and purpose of these Rules leaves sanctions and measures specifically concerned with juveniles to Recommendation CM/Rec(2008)11, the Council of Europe\'s Rules on juvenile offenders: if this order is such a measure, check it against CM/Rec(2008)11 as well; if the birth date is wrong, correct it, e.g. `born on 1991-07-02`',
        underAgeStated: 'The person is stated to be {{age}}; the Scope and purpose of these Rules leaves sanctions and measures specifically concerned with juveniles to Recommendation CM/Rec(2008)11, the Council of Europe\'s Rules on juvenile offenders: if this order is such a measure, check it against CM/Rec(2008)11 as well; if the age is wrong, correct it, e.g. `aged 34`'
    },
    visit: {
        Person(person, context) {
            const age = ageOf(person);
            if (!age || age.years >= 18) {
                return;
            }
            context.report({
                node: person,
                property: age.from,
                messageId: age.from === 'birthDate' ? 'underAgeOnDate' : 'underAgeStated',
                data: { age: age.years }
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
