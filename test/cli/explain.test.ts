import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCli, repoRoot, sanction } from './helpers.js';

beforeAll(buildCli, 60_000);
// Each test runs the bin a few times, on a machine that may be busy.
vi.setConfig({ testTimeout: 30_000 });

describe('sanction explain', () => {
    it('prints the docs page of a check rendered for a terminal: headings underlined, code fences indented, no HTML comments, links absolute', () => {
        const result = sanction(['explain', 'missing-duration']);
        expect(result.code).toBe(0);
        const page = fs.readFileSync(path.join(repoRoot, 'docs/checks/missing-duration.md'), 'utf8');
        const title = page.split('\n')[0].replace(/^# /, '');
        expect(result.stdout.split('\n').slice(0, 2)).toEqual([title, '='.repeat(title.length)]);
        expect(result.stdout).toContain('\nExample that fails\n------------------\n');
        expect(result.stdout).toContain('    order "CR-2026-0101".');
        expect(result.stdout).toContain('Family: B. Duration');
        expect(result.stdout).toContain('our summaries of all 105 (https://github.com/sanction-orders/sanction-orders/blob/main/docs/rules.md)');
        expect(result.stdout).not.toMatch(/```|<!--|\*\*|^#/m);
        expect(result.stdout).not.toMatch(/\u001b\[/);
    });

    it('colours on a terminal only (FORCE_COLOR stands in for one)', () => {
        expect(sanction(['explain', 'missing-duration'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[1m/);
    });

    it.each([[['rule', '23']], [['Rule', '23']], [['RULE', '23']], [['Rule 23']], [['rule23']]])('explain %j prints Rule 23', args => {
        const result = sanction(['explain', ...args]);
        expect(result.code).toBe(0);
        expect(result.stdout.split('\n')[0]).toBe('Rule 23 of CM/Rec(2017)3');
    });

    it('prints a Rule with its chapter, our summary and the checks citing it', () => {
        const result = sanction(['explain', 'rule', '23']);
        expect(result.code).toBe(0);
        const lines = result.stdout.split('\n');
        expect(lines[0]).toBe('Rule 23 of CM/Rec(2017)3');
        expect(lines[1]).toBe('Chapter II: Legal framework > Imposition of community sanctions and measures');
        expect(result.stdout).toMatch(/^Checks citing it: .*\bmissing-duration\b.*\bextension-without-review\b/m);
    });

    it('says when a Rule is for legislators and services rather than an order', () => {
        const result = sanction(['explain', 'rule', '100']);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('This Rule speaks to legislators, services and staff rather than to an individual order.');
        expect(result.stdout).toContain('No check cites it.');
    });

    it('rejects an unknown check or Rule with a usage error', () => {
        const unknown = sanction(['explain', 'vag']);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr.split('\n')[0]).toBe("sanction: unknown check 'vag' (did you mean vague-term?); 'sanction checks' lists them; see 'sanction explain --help'");
        const noRule = sanction(['explain', 'rule', '106']);
        expect(noRule.code).toBe(2);
        expect(noRule.stderr.split('\n')[0]).toBe("sanction: there is no Rule 106: the Rules are numbered 1 to 105; see 'sanction explain --help'");
        expect(sanction(['explain']).code).toBe(2);
        expect(sanction(['explain', 'Rule']).stderr.split('\n')[0]).toBe("sanction: give one Rule number: sanction explain rule 23; see 'sanction explain --help'");
    });
});
