import { describe, expect, it } from 'vitest';
import { applyFix, lint, findingsOfCheck, lintUnder } from '../helpers.js';

const ID = 'missing-seriousness';
const PROFILES = ['coe', 'england-wales', 'france', 'germany'];

interface Expected { line: number; covered: string; rules: number[]; message: string }

const findingsOf = (text: string, profile: string) => findingsOfCheck(text, ID, { message: true, profile });

const NO_OFFENCE = 'The order states no offence, so whether its nature and length are in proportion to the offence cannot be assessed: ' +
    'add the offence and its seriousness (offence "…", seriousness moderate.) (Rules 3 and 22)';
const NO_LEVEL = 'This offence has no stated seriousness, so whether the order is in proportion to it cannot be assessed: ' +
    'add its seriousness (minor, moderate, serious or very serious) (Rules 3 and 22)';

const TABLE: Array<[string, string, Expected[]]> = [
    ['every offence states its seriousness', `order "P-1".
offence "Theft", seriousness minor.
offence "Assault", seriousness very serious.
in force for 6 months.
`, []],
    ['a file of templates only', `template t(a: text):
  requirement residence, at a.
`, []],
    ['an order with no offence at all', `order "F-1".
in force for 6 months.
requirement unpaid work, 60 hours.
`, [{ line: 1, covered: '"F-1"', rules: [3, 22], message: NO_OFFENCE }]],
    ['each offence without a seriousness, even when another states one', `order "F-2".
offence "Theft".
offence "Criminal damage", seriousness minor.
offence "Handling stolen goods".
`, [
        { line: 2, covered: '"Theft"', rules: [3, 22], message: NO_LEVEL },
        { line: 4, covered: '"Handling stolen goods"', rules: [3, 22], message: NO_LEVEL }
    ]],
    ['a suspect\'s pre-trial measure: the alleged offence counts too', `order "F-3", pre-trial measure.
person "A", suspect.
offence "Suspected fraud".
`, [{ line: 3, covered: '"Suspected fraud"', rules: [3, 22], message: NO_LEVEL }]]
];

describe.each(PROFILES)(`${ID} under the %s profile`, profile => {
    it.each(TABLE)('%s', async (_name, text, expected) => {
        expect(await findingsOf(text, profile)).toEqual(expected);
        for (const finding of (await lintUnder(text, profile)).filter(f => f.checkId === ID)) {
            expect(finding.severity).toBe('info');
        }
    });
});

describe(`${ID}: fixes`, () => {
    it('offers each level of seriousness, none preferred, and each removes the finding', async () => {
        const text = 'order "X".\noffence "Theft".\nin force for 6 months.\n';
        const [finding] = (await lint(text)).filter(f => f.checkId === ID);
        expect(finding.fixes?.map(fix => fix.title)).toEqual([
            'State the offence\'s seriousness as minor', 'State the offence\'s seriousness as moderate',
            'State the offence\'s seriousness as serious', 'State the offence\'s seriousness as very serious'
        ]);
        expect(applyFix(text, finding, 3)).toBe('order "X".\noffence "Theft", seriousness very serious.\nin force for 6 months.\n');
        for (let i = 0; i < 4; i++) {
            const fixed = await lint(applyFix(text, finding, i));
            expect(fixed.filter(f => f.checkId === ID || f.checkId === 'syntax-error')).toEqual([]);
        }
    });

    it('offers an offence sentence to fill in when there is none', async () => {
        const text = 'order "X".\nin force for 6 months.\n';
        const [finding] = (await lint(text)).filter(f => f.checkId === ID);
        expect(finding.fixes).toHaveLength(4);
        expect(applyFix(text, finding, 0)).toBe('order "X".\noffence "describe the offence", seriousness minor.\nin force for 6 months.\n');
        expect((await lint(applyFix(text, finding, 1))).filter(f => f.checkId === ID || f.checkId === 'syntax-error')).toEqual([]);
    });
});
