import { describe, expect, it } from 'vitest';
import { checkFindings, findingsOfCheck, applyEveryFix } from '../helpers.js';

const ID = 'missing-language';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const found = (text: string) => checkFindings(text, ID);
const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });
const applyEachFix = (text: string) => applyEveryFix(text, ID);

/** An order written in English, with the given person and rights lines. */
function order(person: string | undefined, ...rights: string[]): string {
    return ['order "L-1".', 'written in English.', ...(person ? [person] : []), 'in force for 6 months.',
        ...(rights.length ? ['rights:', ...rights.map(l => `  ${l}`)] : [])].join('\n') + '\n';
}

describe('missing-language', () => {
    const passing: Array<[string, string]> = [
        ['a notice in the language the person understands, in writing', order('person "A", understands English, no interpreter needed.', 'notice in English, in writing.')],
        ['an interpreter and a notice in the person\'s own language', order('person "A", understands Italian and English, interpreter needed.', 'notice in Italian, in writing.')],
        ['language names compared without case, quotes or code', order('person "A", understands "Français", interpreter needed.', 'notice in fr, in writing.')],
        ['an unknown language written two ways', order('person "A", understands Polish, interpreter needed.', 'notice in "polish", in writing.')],
        ['two notices, one in writing', order('person "A", understands English.', 'notice in English.', 'notice in English, in writing.')]
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['no language the person understands', order('person "A", convicted.', 'notice in English, in writing.'),
            [{ line: 3, covered: '"A"', rules: [30, 61], severity: 'warning' }]],
        ['no person at all', order(undefined, 'notice in English, in writing.'),
            [{ line: 1, covered: '"L-1"', rules: [30, 61], severity: 'warning' }]],
        ['no notice', order('person "A", understands English.', 'appeal to "Court" within 28 days.'),
            [{ line: 1, covered: '"L-1"', rules: [30, 61], severity: 'warning' }]],
        ['no rights at all', order('person "A", understands English.'),
            [{ line: 1, covered: '"L-1"', rules: [30, 61], severity: 'warning' }]],
        ['a notice in a language the person does not understand', order('person "A", understands Polish, interpreter needed.', 'notice in English, in writing.'),
            [{ line: 6, covered: 'English', rules: [30, 61], severity: 'warning' }]],
        ['an interpreter needed, and the notice only in the order\'s language', order('person "A", understands Italian and English, interpreter needed.', 'notice in English, in writing.'),
            [{ line: 6, covered: 'English', rules: [30, 61], severity: 'warning' }]],
        ['an interpreter needed, and the notice not in writing', order('person "A", understands Polish, interpreter needed.', 'notice in Polish.'),
            [{ line: 6, covered: 'notice in Polish.', rules: [61], severity: 'warning' }]],
        ['the order not in the person\'s language, and the notice not in writing', order('person "A", understands German.', 'notice in German.'),
            [{ line: 6, covered: 'notice in German.', rules: [61], severity: 'warning' }]],
        ['the person reads the order, and the notice is not said to be in writing', order('person "A", understands English, no interpreter needed.', 'notice in English.'),
            [{ line: 6, covered: 'notice in English.', rules: [61], severity: 'info' }]],
        ['the order does not say its language, and the notice is not said to be in writing', 'order "L-2".\nperson "A", understands Polish.\nrights:\n  notice in Polish.\n',
            [{ line: 4, covered: 'notice in Polish.', rules: [61], severity: 'info' }]]
    ];
    it.each(failing)('finds: %s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('names the languages', async () => {
        const message = async (text: string) => (await found(text))[0].message;
        expect(await message(order('person "A", understands Polish, interpreter needed.', 'notice in English, in writing.'))).toBe(
            'The notice is in English, which the person is not recorded as understanding (they understand Polish): give it in a language they understand (Rules 30 and 61)');
        expect(await message(order('person "A", understands Italian and English, interpreter needed.', 'notice in English, in writing.'))).toBe(
            'The person needs an interpreter, but the notice is only in English, the language the order is written in: give it in Italian too (Rules 30 and 61)');
        expect(await message(order('person "A", convicted.', 'notice in English, in writing.'))).toMatch(/^The order does not say which language the person understands/);
        expect(await message(order('person "A", understands German.', 'notice in German.'))).toBe(
            'The notice is not given in writing, and the order is written in English, which the person is not recorded as understanding, so the order itself is no written information they can read: give the notice in writing (Rule 61)');
    });

    it.each(failing.filter(([name]) => !name.startsWith('no language') && !name.startsWith('no person')))('fix: %s', async (_name, text) => {
        const fixed = await applyEachFix(text);
        expect(fixed).toHaveLength(1);
        expect(await findingsOf(fixed[0])).toEqual([]);
    });

    it('no fix guesses the language a person understands', async () => {
        const [finding] = await found(order('person "A", convicted.', 'notice in English, in writing.'));
        expect(finding.fixes ?? []).toEqual([]);
    });

    it('fixes add the notice, a language, or writing', async () => {
        expect(await applyEachFix(order('person "A", understands English.', 'appeal to "Court" within 28 days.'))).toEqual([
            order('person "A", understands English.', 'appeal to "Court" within 28 days.', 'notice in English, in writing.')]);
        expect(await applyEachFix(order('person "A", understands Polish, interpreter needed.', 'notice in English, in writing.'))).toEqual([
            order('person "A", understands Polish, interpreter needed.', 'notice in English and Polish, in writing.')]);
        expect(await applyEachFix(order('person "A", understands German.', 'notice in German.'))).toEqual([
            order('person "A", understands German.', 'notice in German, in writing.')]);
    });
});
