import { describeCheck } from '../check-tester.js';

describeCheck('missing-appeal-right', {
    valid: [
        { name: 'an order stating the appeal', code: `order "P-1".
in force for 12 months.
rights:
  appeal to "Court of Appeal (Criminal Division)" within 28 days.
  complaints to "Probation Service complaints team".
` },
        { name: 'an appeal with no time limit, in a second rights block', code: `order "P-2".
rights:
  notice in English, in writing.
rights:
  appeal to "Crown Court".
` },
        { name: 'a file of templates only', code: `template weekly(office: text):
  requirement supervision, reporting weekly at office.
` }
    ],
    invalid: [
        { name: 'an order with no rights', code: `order "F-1".
in force for 12 months.
`, findings: [{
            messageId: 'noRights', range: '1:7-1:12', rules: [25, 28], covered: '"F-1"', severity: 'warning',
            message: 'The order states no rights, so it does not tell the person how to appeal; Rule 25 gives them a challenge before a judicial authority: consider adding `rights:` with a line such as `appeal to "Crown Court" within 28 days.` (Rules 25 and 28)'
        }] },
        { name: 'rights that do not include an appeal', code: `order "F-2".
in force for 12 months.
rights:
  complaints to "Probation Service complaints team".
  notice in Polish, in writing.
`, findings: [{ messageId: 'noAppeal', range: '1:7-1:12', rules: [25, 28], covered: '"F-2"' }] },
        { name: 'each order of a file on its own', code: `order "F-3".
rights:
  appeal to "Crown Court" within 21 days.

order "F-4".
`, findings: [{ messageId: 'noRights', range: '5:7-5:12', rules: [25, 28] }] },
        { name: 'information when the configuration lowers it', config: { checks: { 'missing-appeal-right': 'info' } }, code: `order "F-5".
`, findings: [{ messageId: 'noRights', range: '1:7-1:12', rules: [25, 28], severity: 'info' }] }
    ],
    fixes: [
        { name: 'adds a rights block at the end of the order',
            code: 'order "X-1".\nin force for 12 months.\n',
            output: ['order "X-1".\nin force for 12 months.\n\nrights:\n  appeal to "…" within 28 days.\n'] },
        { name: 'adds a rights block to an order of one sentence',
            code: 'order "X-2".\n',
            output: ['order "X-2".\n\nrights:\n  appeal to "…" within 28 days.\n'] },
        { name: 'adds the appeal after the last line of the rights, with its indentation',
            code: 'order "X-3".\nrights:\n    complaints to "Complaints team".\ncosts borne by the state.\n',
            output: ['order "X-3".\nrights:\n    complaints to "Complaints team".\n    appeal to "…" within 28 days.\ncosts borne by the state.\n'] },
        { name: 'adds the appeal to an empty rights block',
            code: 'order "X-4".\nrights:\ncosts borne by the state.\n',
            output: ['order "X-4".\nrights:\n  appeal to "…" within 28 days.\ncosts borne by the state.\n'] },
        { name: 'places the rights block before the next order of the file',
            code: 'order "X-5".\non breach:\n  minor non-compliance leads to a warning.\n\norder "X-6".\nrights:\n  appeal to "Crown Court".\n',
            finding: 0,
            output: ['order "X-5".\non breach:\n  minor non-compliance leads to a warning.\n\nrights:\n  appeal to "…" within 28 days.\n\norder "X-6".\nrights:\n  appeal to "Crown Court".\n'] }
    ]
});
