import { describeCheck } from '../../check-tester.js';

describeCheck('requirement-parameters', {
    valid: [
        { name: 'each parameter of its kind, once', code: 'order "A".\nin force for 6 months.\nrequirement unpaid work, 100 hours, for 3 months.\n' }
    ],
    invalid: [
        {
            name: 'a parameter the kind does not take is a warning; one stated twice is an error',
            code: 'order "A".\nin force for 6 months.\nrequirement unpaid work, 100 hours, from 19:00 to 07:00, for 3 months, for 4 months.\n',
            findings: [
                { messageId: 'notTakenBelongs', range: '3:37-3:56', rules: [], covered: 'from 19:00 to 07:00', severity: 'warning', message: 'An unpaid work requirement takes no daily hours (they belong in a curfew requirement): move them there, or delete them' },
                { messageId: 'twice', range: '3:72-3:84', rules: [], covered: 'for 4 months', severity: 'error', message: 'The duration is stated twice in this requirement, which leaves open which of the two holds: keep one' }
            ]
        },
        {
            name: 'a parameter no kind requires',
            code: 'order "A".\nin force for 6 months.\nrequirement curfew, at "1 Road", from 19:00 to 07:00, completed within 6 months, for 3 months.\n',
            findings: [
                { messageId: 'notTaken', range: '3:55-3:80', rules: [], covered: 'completed within 6 months', message: 'A curfew requirement takes no completion period: move it to the requirement it belongs to, or delete it' }
            ]
        }
    ]
});
