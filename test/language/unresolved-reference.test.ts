import { describe, expect, test } from 'vitest';
import { ids, lint, lintWorkspace } from '../helpers.js';
import type { Finding } from '../../language/src/core/finding.js';

const only = (findings: Finding[], id: string) => findings.filter(f => f.checkId === id);

const LIBRARY = `template home-curfew(address: text, start: time = 19:00, end: time = 07:00, length: duration = 3 months):
  requirement curfew, at address, from start to end, on every day, for length.
`;

/** What the linker finds (unresolved-reference); the language's other checks have tables in test/checks/language/. */
describe('imports and template scope', () => {
    test('a template is visible where its file is imported, and only there', async () => {
        const results = await lintWorkspace({
            'lib/curfews.sanction': LIBRARY,
            'orders/a.sanction': 'import "../lib/curfews.sanction".\norder "A".\nin force for 6 months.\napply home-curfew with address "1 Road".\n',
            'orders/b.sanction': 'order "B".\nin force for 6 months.\napply home-curfew with address "1 Road".\n'
        });
        expect(only(results['orders/a.sanction'], 'unresolved-reference')).toEqual([]);
        const unresolved = only(results['orders/b.sanction'], 'unresolved-reference');
        expect(ids(unresolved)).toEqual(['unresolved-reference@3:7-3:18']);
        expect(unresolved[0].message).toBe("Unknown template 'home-curfew': define it in this file or import the file that defines it.");
        expect(unresolved[0].rules).toEqual([]);
    });

    test('an argument naming no parameter of the template lists the parameters it has', async () => {
        const results = await lintWorkspace({
            'lib.sanction': LIBRARY,
            'order.sanction': 'import "lib.sanction".\norder "A".\nin force for 6 months.\napply home-curfew with address "1 Road", lenght 4 months.\n'
        });
        const unresolved = only(results['order.sanction'], 'unresolved-reference');
        expect(unresolved.map(f => f.message)).toEqual(["Template 'home-curfew' has no parameter 'lenght' (it has: address, start, end, length)."]);
    });

    test('a template parameter used outside a template is explained', async () => {
        const findings = only(await lint('order "A".\nin force for 6 months.\nrequirement residence, at home.\n'), 'unresolved-reference');
        expect(findings.map(f => f.message)).toEqual(["'home' is not a value here: write quoted text, a number, a date, a time or a duration (template parameters can only be used inside a template)."]);
    });
});
