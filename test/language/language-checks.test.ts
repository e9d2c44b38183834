import { describe, expect, test } from 'vitest';
import { covered, ids, lint, lintWorkspace } from '../helpers.js';
import type { Finding } from '../../language/src/core/finding.js';

const only = (findings: Finding[], id: string) => findings.filter(f => f.checkId === id);

const LIBRARY = `template home-curfew(address: text, start: time = 19:00, end: time = 07:00, length: duration = 3 months):
  requirement curfew, at address, from start to end, on every day, for length.
`;

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

    test('an import of a file that does not exist is an error on its path', async () => {
        const text = 'import "missing.sanction".\nimport "notes.txt".\norder "A".\nin force for 6 months.\n';
        const findings = only(await lint(text), 'unresolved-import');
        expect(findings.map(f => [covered(text, f), f.message])).toEqual([
            ['"missing.sanction"', "Cannot find the imported file 'missing.sanction'"],
            ['"notes.txt"', "Imports must name a .sanction file; 'notes.txt' does not"]
        ]);
        expect(findings[0].severity).toBe('error');
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

describe('template-types', () => {
    test('arguments must have the parameter type, and parameters without default need one', async () => {
        const text = `${LIBRARY}order "A".\nin force for 6 months.\napply home-curfew with start "seven", length 4 months.\napply home-curfew with address "1 Road", address "2 Road".\n`;
        const findings = only(await lint(text), 'template-types');
        expect(findings.map(f => [covered(text, f), f.message])).toEqual([
            ['home-curfew', "Template 'home-curfew' needs a value for 'address'"],
            ['"seven"', "'start' takes a time (19:00)"],
            ['address "2 Road"', "'address' is given twice"]
        ]);
    });

    test('defaults and uses inside a template body must match the parameter type', async () => {
        const text = 'template t(place: text = 4 months, length: duration):\n  requirement residence, at length, for place.\n';
        const findings = only(await lint(text), 'template-types');
        expect(findings.map(f => [covered(text, f), f.message])).toEqual([
            ['4 months', "The default of 'place' must be quoted text (\"…\")"],
            ['length', "'length' is a duration parameter, but this place needs quoted text (\"…\")"],
            ['place', "'place' is a text parameter, but this place needs a duration (6 months)"]
        ]);
    });

    test('a well-typed use raises nothing', async () => {
        const findings = only(await lint(`${LIBRARY}order "A".\nin force for 6 months.\napply home-curfew with address "1 Road", start 20:00, length 2 months.\n`), 'template-types');
        expect(findings).toEqual([]);
    });
});

describe('requirement-parameters', () => {
    test('a parameter the kind does not take is a warning; one stated twice is an error', async () => {
        const text = 'order "A".\nin force for 6 months.\nrequirement unpaid work, 100 hours, from 19:00 to 07:00, for 3 months, for 4 months.\n';
        const findings = only(await lint(text), 'requirement-parameters');
        expect(findings.map(f => [covered(text, f), f.severity, f.message])).toEqual([
            ['from 19:00 to 07:00', 'warning', 'A unpaid work requirement takes no daily hours (it belongs to: curfew)'],
            ['for 4 months', 'error', 'The duration is stated twice in this requirement']
        ]);
    });
});

describe('invalid-value', () => {
    test('impossible dates, times and ranges', async () => {
        const text = 'order "A".\nmade on 2026-02-30.\nin force from 2026-05-01 until 2026-04-01.\nrequirement curfew, at "x", from 25:00 to 07:75, for 2 months.\n';
        const findings = only(await lint(text), 'invalid-value');
        expect(findings.map(f => [covered(text, f), f.message])).toEqual([
            ['2026-02-30', '2026-02-30 is not a date'],
            ['2026-04-01', 'The period ends (2026-04-01) before it starts (2026-05-01)'],
            ['25:00', '25:00 is not a time of day'],
            ['07:75', '07:75 is not a time of day']
        ]);
    });
});

describe('duplicate-clause and duplicate-template', () => {
    test('a clause an order states once, stated twice', async () => {
        const text = 'order "A".\nin force for 6 months.\ndecided by "X".\nin force for 12 months.\n';
        const findings = only(await lint(text), 'duplicate-clause');
        expect(findings.map(f => [covered(text, f), f.message])).toEqual([['in force for 12 months.', 'The duration of the order is stated twice; keep one']]);
    });

    test('two templates with one name', async () => {
        const text = 'template t():\n requirement residence, at "x".\ntemplate t():\n requirement residence, at "y".\n';
        const findings = only(await lint(text), 'duplicate-template');
        expect(ids(findings)).toEqual(['duplicate-template@1:10-1:11', 'duplicate-template@3:10-3:11']);
        expect(findings[0].message).toBe("There is another template named 't' in this file");
    });
});
