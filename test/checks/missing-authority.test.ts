import { describe, expect, it } from 'vitest';
import { checkFindings, findingsOfCheck, applyEveryFix } from '../helpers.js';

const ID = 'missing-authority';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const found = (text: string) => checkFindings(text, ID);
const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });
const applyEachFix = (text: string) => applyEveryFix(text, ID);

function order(...clauses: string[]): string {
    return ['order "A-1".', 'made on 2026-03-14.', ...clauses, 'in force for 6 months.'].join('\n') + '\n';
}

describe('missing-authority', () => {
    const passing: Array<[string, string]> = [
        ['both authorities named', order('decided by "Exeter Crown Court".', 'implemented by "Probation Service".')]
    ];
    it.each(passing)('passes: %s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });

    const failing: Array<[string, string, Expected[]]> = [
        ['no deciding authority', order('implemented by "Probation Service".'),
            [{ line: 1, covered: '"A-1"', rules: [16, 67], severity: 'warning' }]],
        ['no implementing authority', order('decided by "Exeter Crown Court".'),
            [{ line: 1, covered: '"A-1"', rules: [17], severity: 'warning' }]],
        ['neither', order(),
            [{ line: 1, covered: '"A-1"', rules: [16, 67], severity: 'warning' }, { line: 1, covered: '"A-1"', rules: [17], severity: 'warning' }]]
    ];
    it.each(failing)('finds: %s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('says which authority is missing', async () => {
        expect((await found(order())).map(f => f.message)).toEqual([
            'The order does not name its deciding authority, the body that imposed it and that can modify or revoke it: add "decided by" (Rules 16 and 67)',
            'The order does not name its implementing authority, the body that carries it out: add "implemented by" (Rule 17)'
        ]);
    });

    it.each(failing)('fix names the authority: %s', async (_name, text) => {
        expect((await applyEachFix(text)).length).toBe(text === order() ? 2 : 1);
    });

    it('the authorities go after the date and after each other', async () => {
        expect(await applyEachFix(order())).toEqual([
            'order "A-1".\nmade on 2026-03-14.\ndecided by "…".\nin force for 6 months.\n',
            'order "A-1".\nmade on 2026-03-14.\nimplemented by "…".\nin force for 6 months.\n'
        ]);
        expect(await applyEachFix(order('decided by "X".'))).toEqual([
            'order "A-1".\nmade on 2026-03-14.\ndecided by "X".\nimplemented by "…".\nin force for 6 months.\n'
        ]);
    });
});
