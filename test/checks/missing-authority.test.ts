import { describeCheck } from '../check-tester.js';

function order(...clauses: string[]): string {
    return ['order "A-1".', 'made on 2026-03-14.', ...clauses, 'in force for 6 months.'].join('\n') + '\n';
}

describeCheck('missing-authority', {
    valid: [
        { name: 'both authorities named', code: order('decided by "Exeter Crown Court".', 'implemented by "Probation Service".') },
        { name: 'a file of templates only', code: 'template t():\n  requirement supervision, reporting weekly.\n' }
    ],
    invalid: [
        { name: 'no deciding authority', code: order('implemented by "Probation Service".'), findings: [{
            messageId: 'noDecidingAuthority', range: '1:7-1:12', rules: [16], covered: '"A-1"', severity: 'warning',
            message: 'The order does not state its deciding authority; Rule 16 has the law designate the authorities that impose, modify and revoke a sanction or measure, and naming the one that acted lets the person see who can change the order: ' +
                'consider stating it, e.g. `decided by "Exeter Crown Court".` (Rule 16)'
        }] },
        { name: 'no implementing authority', code: order('decided by "Exeter Crown Court".'), findings: [{
            messageId: 'noImplementingAuthority', range: '1:7-1:12', rules: [17], covered: '"A-1"', severity: 'warning',
            message: 'The order does not state its implementing authority; Rule 17 has the law designate the authorities that carry out sanctions and measures, and naming the one that acts lets the person see who carries the order out: ' +
                'consider stating it, e.g. `implemented by "Probation Service, South West region".` (Rule 17)'
        }] },
        { name: 'neither', code: order(), findings: [
            { messageId: 'noDecidingAuthority', range: '1:7-1:12', rules: [16], covered: '"A-1"', severity: 'warning' },
            { messageId: 'noImplementingAuthority', range: '1:7-1:12', rules: [17], covered: '"A-1"', severity: 'warning' }
        ] }
    ],
    fixes: [
        { name: 'the deciding authority goes after the date', code: order('implemented by "X".'),
            output: ['order "A-1".\nmade on 2026-03-14.\ndecided by "…".\nimplemented by "X".\nin force for 6 months.\n'] },
        { name: 'the implementing authority goes after the deciding authority', code: order('decided by "X".'),
            output: ['order "A-1".\nmade on 2026-03-14.\ndecided by "X".\nimplemented by "…".\nin force for 6 months.\n'] },
        { name: 'each finding of an order with neither has its own fix (deciding)', code: order(), finding: 0,
            output: ['order "A-1".\nmade on 2026-03-14.\ndecided by "…".\nin force for 6 months.\n'] },
        { name: 'each finding of an order with neither has its own fix (implementing)', code: order(), finding: 1,
            output: ['order "A-1".\nmade on 2026-03-14.\nimplemented by "…".\nin force for 6 months.\n'] }
    ]
});
