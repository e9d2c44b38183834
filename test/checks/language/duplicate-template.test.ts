import { describeCheck } from '../../check-tester.js';

describeCheck('duplicate-template', {
    valid: [
        { name: 'two templates with two names', code: 'template t():\n requirement residence, at "x".\ntemplate u():\n requirement residence, at "y".\n' }
    ],
    invalid: [
        {
            name: 'two templates with one name in a file',
            code: 'template t():\n requirement residence, at "x".\ntemplate t():\n requirement residence, at "y".\n',
            findings: [
                { messageId: 'inThisFile', range: '1:10-1:11', rules: [], severity: 'error', message: "There is another template named 't' in this file, so `apply t` is ambiguous: rename one, e.g. `template t-2(…):`" },
                { messageId: 'inThisFile', range: '3:10-3:11', rules: [] }
            ]
        },
        {
            name: 'a template named as one in an imported file',
            code: {
                files: {
                    'lib.sanction': 'template t():\n requirement residence, at "x".\n',
                    'order.sanction': 'import "lib.sanction".\ntemplate t():\n requirement residence, at "y".\n'
                },
                main: 'order.sanction'
            },
            findings: [
                { messageId: 'elsewhere', range: '2:10-2:11', rules: [], message: "There is another template named 't' (also in lib.sanction), so `apply t` is ambiguous: rename one, e.g. `template t-2(…):`" }
            ]
        }
    ]
});
