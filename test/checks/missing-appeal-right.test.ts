import { describe, expect, it } from 'vitest';
import { lint, findingsOfCheck, applyEachFix as applyEachFixOf } from '../helpers.js';

const ID = 'missing-appeal-right';

type Expected = Awaited<ReturnType<typeof findingsOfCheck>>[number];
const findingsOf = (text: string) => findingsOfCheck(text, ID);
const applyEachFix = (text: string) => applyEachFixOf(text, ID);

describe('missing-appeal-right: passing orders', () => {
    const passing: Array<[string, string]> = [
        ['an order stating the appeal', `order "P-1".
in force for 12 months.
rights:
  appeal to "Court of Appeal (Criminal Division)" within 28 days.
  complaints to "Probation Service complaints team".
`],
        ['an appeal with no time limit, in a second rights block', `order "P-2".
rights:
  notice in English, in writing.
rights:
  appeal to "Crown Court".
`],
        ['a file of templates only', `template weekly(office: text):
  requirement supervision, reporting weekly at office.
`]
    ];
    it.each(passing)('%s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });
});

describe('missing-appeal-right: failing orders', () => {
    const failing: Array<[string, string, Expected[]]> = [
        ['an order with no rights', `order "F-1".
in force for 12 months.
`, [{ line: 1, covered: '"F-1"', rules: [25] }]],
        ['rights that do not include an appeal', `order "F-2".
in force for 12 months.
rights:
  complaints to "Probation Service complaints team".
  notice in Polish, in writing.
`, [{ line: 1, covered: '"F-2"', rules: [25] }]],
        ['each order of a file on its own', `order "F-3".
rights:
  appeal to "Crown Court" within 21 days.

order "F-4".
`, [{ line: 5, covered: '"F-4"', rules: [25] }]]
    ];
    it.each(failing)('%s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });

    it('is a warning, and says what to add', async () => {
        const findings = (await lint('order "F-5".\nin force for 12 months.\n')).filter(f => f.checkId === ID);
        expect(findings.map(f => [f.severity, f.message])).toEqual([
            ['warning', 'The order states no rights, so the person is not told how to appeal against it: add to which court, and within what time, the person can appeal (Rule 25)']
        ]);
        const withRights = (await lint('order "F-6".\nrights:\n  notice in English.\n')).filter(f => f.checkId === ID);
        expect(withRights.map(f => f.message)).toEqual([
            'The order\'s rights do not say how to appeal against it: add to which court, and within what time, the person can appeal (Rule 25)'
        ]);
    });
});

describe('missing-appeal-right: fix', () => {
    const cases: Array<[string, string, string]> = [
        ['adds a rights block at the end of the order',
            'order "X-1".\nin force for 12 months.\n',
            'order "X-1".\nin force for 12 months.\n\nrights:\n  appeal to "…" within 28 days.\n'],
        ['adds a rights block to an order of one sentence',
            'order "X-2".\n',
            'order "X-2".\n\nrights:\n  appeal to "…" within 28 days.\n'],
        ['adds the appeal after the last line of the rights, with its indentation',
            'order "X-3".\nrights:\n    complaints to "Complaints team".\ncosts borne by the state.\n',
            'order "X-3".\nrights:\n    complaints to "Complaints team".\n    appeal to "…" within 28 days.\ncosts borne by the state.\n'],
        ['adds the appeal to an empty rights block',
            'order "X-4".\nrights:\ncosts borne by the state.\n',
            'order "X-4".\nrights:\n  appeal to "…" within 28 days.\ncosts borne by the state.\n'],
        ['places the rights block before the next order of the file',
            'order "X-5".\non breach:\n  minor non-compliance leads to a warning.\n\norder "X-6".\nrights:\n  appeal to "Crown Court".\n',
            'order "X-5".\non breach:\n  minor non-compliance leads to a warning.\n\nrights:\n  appeal to "…" within 28 days.\n\norder "X-6".\nrights:\n  appeal to "Crown Court".\n']
    ];
    it.each(cases)('%s', async (_name, text, expected) => {
        expect(await applyEachFix(text)).toEqual([expected]);
    });
});
