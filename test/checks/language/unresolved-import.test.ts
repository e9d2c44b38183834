import { describeCheck } from '../../check-tester.js';

describeCheck('unresolved-import', {
    valid: [
        {
            name: 'an import of a file that exists',
            code: { files: { 'lib.sanction': 'template t():\n requirement residence, at "x".\n', 'order.sanction': 'import "lib.sanction".\norder "A".\n' }, main: 'order.sanction' }
        },
        {
            name: 'two files importing a third (a diamond, not a cycle)',
            code: {
                files: {
                    'base.sanction': 'template t():\n requirement residence, at "x".\n',
                    'a.sanction': 'import "base.sanction".\n',
                    'order.sanction': 'import "a.sanction".\nimport "base.sanction".\norder "A".\n'
                },
                main: 'order.sanction'
            }
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
        },
        {
            name: 'a library that is neither configured nor installed',
            code: 'import "probation-standard/curfew".\norder "A".\nin force for 6 months.\n',
            findings: [
                {
                    messageId: 'library', range: '1:8-1:35', rules: [], covered: '"probation-standard/curfew"', severity: 'error',
                    message: "There is no template library 'probation-standard' (no library is configured or installed for this file): name its folder in `libraries` of sanction.config.json or install its npm package; a path to a file ends with .sanction"
                }
            ]
        },
        {
            name: 'two files importing each other',
            code: { files: { 'a.sanction': 'import "b.sanction".\norder "A".\n', 'b.sanction': 'import "a.sanction".\n' }, main: 'a.sanction' },
            findings: [
                { messageId: 'cycle', range: '1:8-1:20', rules: [], covered: '"b.sanction"', message: 'This import closes a cycle (a.sanction → b.sanction → a.sanction): files cannot import each other in a ring; move the templates they share into a file that imports neither' }
            ]
        }
    ],
    testedElsewhere: {
        otherProfile: 'test/library/resolution.test.ts (a library on disk whose manifest names other profiles)'
    }
});
