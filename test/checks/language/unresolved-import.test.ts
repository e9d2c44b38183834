import { describeCheck } from '../../check-tester.js';

describeCheck('unresolved-import', {
    valid: [
        {
            name: 'an import of a file that exists',
            code: { files: { 'lib.sanction': 'template t():\n requirement residence, at "x".\n', 'order.sanction': 'import "lib.sanction".\norder "A".\n' }, main: 'order.sanction' }
        }
    ],
    invalid: [
        {
            name: 'a file that does not exist, and a file that is not a .sanction file',
            code: 'import "missing.sanction".\nimport "notes.txt".\norder "A".\nin force for 6 months.\n',
            findings: [
                { messageId: 'notFound', range: '1:8-1:26', rules: [], covered: '"missing.sanction"', severity: 'error', message: "Cannot find the imported file 'missing.sanction': check the path, which is relative to this file" },
                { messageId: 'notSanction', range: '2:8-2:19', rules: [], covered: '"notes.txt"', message: "An import names a .sanction file; 'notes.txt' is not one: write e.g. `import \"library/standard-requirements.sanction\".`" }
            ]
        },
        {
            name: 'a file importing itself',
            code: { files: { 'self.sanction': 'import "self.sanction".\norder "A".\n' }, main: 'self.sanction' },
            findings: [
                { messageId: 'self', range: '1:8-1:23', rules: [], message: 'A file cannot import itself: delete this import' }
            ]
        }
    ]
});
