import { describe, expect, it } from 'vitest';
import { describeCheck, type InvalidCase, type ValidCase } from '../check-tester.js';
import { lint } from '../helpers.js';

const ID = 'missing-seriousness';
const PROFILES = ['coe', 'england-wales', 'france', 'germany'];

const RULES = 'Rules 3 and 22 give the person an order whose demands and length match how serious the offence is, which no reader can check without it';
const NO_OFFENCE = `The order does not state the offence or how serious it is; ${RULES}: consider stating it, e.g. \`offence "Criminal damage", seriousness moderate.\` (Rules 3 and 22)`;
const noLevel = (offence: string) =>
    `The order does not state how serious the offence ${offence} is; ${RULES}: consider stating it, e.g. \`offence ${offence}, seriousness moderate.\` (Rules 3 and 22)`;

const VALID: ValidCase[] = [
    { name: 'every offence states its seriousness', code: `order "P-1".
offence "Theft", seriousness minor.
offence "Assault", seriousness very serious.
in force for 6 months.
` },
    { name: 'a file of templates only', code: `template t(a: text):
  requirement residence, at a.
` }
];

const INVALID: InvalidCase[] = [
    { name: 'an order with no offence at all', code: `order "F-1".
in force for 6 months.
requirement unpaid work, 60 hours.
`, findings: [{ messageId: 'noOffence', range: '1:7-1:12', rules: [3, 22], covered: '"F-1"', severity: 'info', message: NO_OFFENCE }] },
    { name: 'each offence without a seriousness, even when another states one', code: `order "F-2".
offence "Theft".
offence "Criminal damage", seriousness minor.
offence "Handling stolen goods".
`, findings: [
        { messageId: 'noSeriousness', range: '2:9-2:16', rules: [3, 22], covered: '"Theft"', severity: 'info', message: noLevel('"Theft"') },
        { messageId: 'noSeriousness', range: '4:9-4:32', rules: [3, 22], covered: '"Handling stolen goods"', severity: 'info', message: noLevel('"Handling stolen goods"') }
    ] },
    { name: 'a suspect\'s pre-trial measure: the alleged offence counts too', code: `order "F-3", pre-trial measure.
person "A", suspect.
offence "Suspected fraud".
`, findings: [{ messageId: 'noSeriousness', range: '3:9-3:26', rules: [3, 22], covered: '"Suspected fraud"', severity: 'info' }] }
];

describeCheck(ID, {
    valid: PROFILES.flatMap(profile => VALID.map(c => ({ ...c, name: `${c.name} (${profile})`, config: { profile } }))),
    invalid: PROFILES.flatMap(profile => INVALID.map(c => ({ ...c, name: `${c.name} (${profile})`, config: { profile } }))),
    fixes: [
        { name: 'offers each level of seriousness, none preferred', code: 'order "X".\noffence "Theft".\nin force for 6 months.\n',
            output: ['minor', 'moderate', 'serious', 'very serious'].map(level => `order "X".\noffence "Theft", seriousness ${level}.\nin force for 6 months.\n`) },
        { name: 'offers an offence sentence to fill in when there is none', code: 'order "X".\nin force for 6 months.\n',
            output: ['minor', 'moderate', 'serious', 'very serious'].map(level => `order "X".\noffence "describe the offence", seriousness ${level}.\nin force for 6 months.\n`) }
    ]
});

describe(`${ID}: the fixes' titles`, () => {
    it('name each level, none preferred, and say what is left to write', async () => {
        const titles = async (text: string) => (await lint(text)).filter(f => f.checkId === ID).map(f => f.fixes?.map(fix => fix.title));
        expect(await titles('order "X".\noffence "Theft".\n')).toEqual([[
            'State the offence\'s seriousness as minor', 'State the offence\'s seriousness as moderate',
            'State the offence\'s seriousness as serious', 'State the offence\'s seriousness as very serious'
        ]]);
        expect(await titles('order "X".\n')).toEqual([[
            'Add the offence, of minor seriousness (then describe it)', 'Add the offence, of moderate seriousness (then describe it)',
            'Add the offence, of serious seriousness (then describe it)', 'Add the offence, of very serious seriousness (then describe it)'
        ]]);
    });
});
