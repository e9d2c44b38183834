import { describe, expect, it } from 'vitest';
import { checkFindings, findingsOfCheck, applyEveryFix } from '../helpers.js';

const ID = 'missing-legal-basis';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const found = (text: string) => checkFindings(text, ID);
const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });
const applyEachFix = (text: string) => applyEveryFix(text, ID);

describe('missing-legal-basis', () => {
    const passing: Array<[string, string]> = [
        ['a law cited', 'order "L-1".\nunder "Sentencing Act 2020, section 200".\nin force for 6 months.\n'],
        ['several laws cited', 'order "L-1".\nunder "Code de procédure pénale, article 137" and "Code pénal, article 313-1".\n'],
        ['a template file', 'template t():\n  requirement supervision, reporting weekly.\n']
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['no law cited', 'order "L-1".\nin force for 6 months.\n',
            [{ line: 1, covered: '"L-1"', rules: [14], severity: 'warning' }]],
        ['an empty law', 'order "L-1".\nunder "  ".\n',
            [{ line: 2, covered: '"  "', rules: [14], severity: 'warning' }]]
    ];
    it.each(failing)('finds: %s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('says what to add', async () => {
        expect((await found('order "L-1".\n'))[0].message).toBe('The order does not cite the law it is made under: add "under" with the statute and provisions (Rule 14)');
    });

    it('fix adds `under "…".` after the order\'s first sentence', async () => {
        expect(await applyEachFix('order "L-1", community order.\nin force for 6 months.\n')).toEqual([
            'order "L-1", community order.\nunder "…".\nin force for 6 months.\n']);
    });
});
