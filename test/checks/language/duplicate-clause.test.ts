import { describeCheck } from '../../check-tester.js';

describeCheck('duplicate-clause', {
    valid: [
        { name: 'each clause once', code: 'order "A".\nin force for 6 months.\ndecided by "X".\n' },
        { name: 'two requirements of a kind are not one clause twice', code: 'order "A".\nin force for 6 months.\nrequirement unpaid work, 40 hours.\nrequirement unpaid work, 20 hours.\n' }
    ],
    invalid: [
        {
            name: 'a clause an order states once, stated twice',
            code: 'order "A".\nin force for 6 months.\ndecided by "X".\nin force for 12 months.\n',
            findings: [
                { messageId: 'twice', range: '4:1-4:24', rules: [], covered: 'in force for 12 months.', severity: 'error', message: 'The duration of the order is stated twice, which leaves open which one binds: keep one and delete the other' }
            ]
        }
    ]
});
