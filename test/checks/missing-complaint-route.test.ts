import { describeCheck } from '../check-tester.js';

describeCheck('missing-complaint-route', {
    valid: [
        { name: 'a complaints route', code: 'order "C-1".\nrights:\n  complaints to "Probation Service complaints team".\n' },
        { name: 'a complaints route in a second rights block', code: 'order "C-1".\nrights:\n  notice in English.\nrights:\n  complaints to "X".\n' }
    ],
    invalid: [
        { name: 'rights with no complaints route', code: 'order "C-1".\nrights:\n  appeal to "Court of Appeal" within 28 days.\n', findings: [{
            messageId: 'noComplaintRoute', range: '1:7-1:12', rules: [28, 93], covered: '"C-1"', severity: 'info',
            message: 'The order does not state where the person can complain about how it is carried out; Rule 93 gives them an even-handed, simple way to complain about what the implementing authority decides or fails to decide, ' +
                'and Rule 28 asks that they be told of their rights: consider stating it, e.g. `complaints to "Probation Service complaints team".` (Rules 28 and 93)'
        }] },
        { name: 'no rights', code: 'order "C-1".\nin force for 6 months.\n', findings: [{ messageId: 'noComplaintRoute', range: '1:7-1:12', rules: [28, 93], covered: '"C-1"', severity: 'info' }] }
    ],
    fixes: [
        { name: 'adds a complaints line to the rights', code: 'order "C-1".\nrights:\n  appeal to "Court of Appeal" within 28 days.\n',
            output: ['order "C-1".\nrights:\n  appeal to "Court of Appeal" within 28 days.\n  complaints to "…".\n'] },
        { name: 'adds a rights block', code: 'order "C-1".\nin force for 6 months.\n',
            output: ['order "C-1".\nin force for 6 months.\n\nrights:\n  complaints to "…".\n'] },
        { name: 'fills an empty rights block', code: 'order "C-1".\nrights:\n',
            output: ['order "C-1".\nrights:\n  complaints to "…".\n'] }
    ]
});
