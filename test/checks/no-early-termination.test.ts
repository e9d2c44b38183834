import { describeCheck, type FixCase } from '../check-tester.js';

const ID = 'no-early-termination';

const fixes: FixCase[] = [
    { name: 'the line names the deciding authority and half the term, after the term',
        code: 'order "E-1".\ndecided by "Exeter Crown Court".\nin force for 12 months.\nrequirement unpaid work, 80 hours.\n',
        output: ['order "E-1".\ndecided by "Exeter Crown Court".\nin force for 12 months.\nearly termination by "Exeter Crown Court" after 6 months, when "all requirements are met".\nrequirement unpaid work, 80 hours.\n'] },
    { name: 'a term in years is halved in months',
        code: 'order "E-1".\nin force for 2 years.\n',
        output: ['order "E-1".\nin force for 2 years.\nearly termination by "…" after 12 months, when "all requirements are met".\n'] },
    { name: 'a term with an end date gives no period',
        code: 'order "E-2".\nin force until 2026-12-01.\n',
        output: ['order "E-2".\nin force until 2026-12-01.\nearly termination by "…", when "all requirements are met".\n'] },
    { name: 'an order of one sentence gets the line after it',
        code: 'order "E-3".\n',
        output: ['order "E-3".\nearly termination by "…", when "all requirements are met".\n'] }
];

describeCheck(ID, {
    valid: [
        { name: 'an early termination clause', code: 'order "E-1".\nin force for 12 months.\nearly termination by "Exeter Crown Court" after 6 months.\n' },
        { name: 'an early termination clause with a condition only', code: 'order "E-1".\nin force for 12 months.\nearly termination when "all requirements are met".\n' },
        { name: 'a bare early termination clause', code: 'order "E-1".\nin force for 12 months.\nearly termination.\n' },
        { name: 'a file of templates only', code: 'template t():\n  requirement supervision, reporting weekly.\n' },
        // What each fix leaves has no finding of this check at all.
        ...fixes.flatMap(c => c.output.map(code => ({ name: `after the fix: ${c.name}`, code })))
    ],
    invalid: [
        { name: 'no early termination', code: 'order "E-1".\nin force for 12 months.\n', findings: [{
            messageId: 'noEarlyTermination', range: '1:7-1:12', rules: [72], covered: '"E-1"', severity: 'info',
            message: 'The order does not state that it can be ended early; Rule 72 gives the person the chance of early termination by the deciding authority once they have kept to its conditions and these no longer serve its purpose, and lets them apply for it: consider stating it, e.g. `early termination by "…" after 6 months, when "all requirements are met".` (Rule 72)'
        }] },
        { name: 'no early termination, and no term either', code: 'order "E-2".\n',
            findings: [{ messageId: 'noEarlyTermination', range: '1:7-1:12', rules: [72], covered: '"E-2"', severity: 'info' }] },
        { name: 'the example names the order\'s deciding authority', code: 'order "E-4".\ndecided by "Exeter Crown Court".\nin force for 12 months.\n', findings: [{
            messageId: 'noEarlyTermination', range: '1:7-1:12', rules: [72], severity: 'info',
            message: 'The order does not state that it can be ended early; Rule 72 gives the person the chance of early termination by the deciding authority once they have kept to its conditions and these no longer serve its purpose, and lets them apply for it: consider stating it, e.g. `early termination by "Exeter Crown Court" after 6 months, when "all requirements are met".` (Rule 72)'
        }] }
    ],
    fixes
});
