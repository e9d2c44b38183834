import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { GrammarAST, GrammarUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { SanctionGrammar } from '../../language/src/generated/grammar.js';
import { isoDate } from '../../language/src/parsing/value-converter.js';
import { readWrittenDate, WRITTEN_DATE_SOURCE } from '../../language/src/parsing/written-date.js';
import { lint } from '../helpers.js';

/**
 * The written date (`2nd June 2026`, `June 2, 2026`) has one definition, parsing/written-date.ts:
 * the value converter and the check of valid values read it there, and the grammar's DATE terminal
 * (which cannot import it) accepts the same day-first form.
 */

const SOURCES = resolve(__dirname, '../../language/src');

function tsFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? (name === 'generated' ? [] : tsFiles(path)) : name.endsWith('.ts') ? [path] : [];
    });
}

describe('the written date', () => {
    it.each([
        ['2 June 2026', { year: 2026, month: 6, day: 2 }],
        ['2nd june 2026', { year: 2026, month: 6, day: 2 }],
        ['  31 JUNE 2026 ', { year: 2026, month: 6, day: 31 }],
        ['1st January 2027', { year: 2027, month: 1, day: 1 }]
    ] as const)('"%s" is day %s', (text, expected) => {
        expect(readWrittenDate(text)).toEqual(expected);
    });

    it('the month-first form only when asked for', () => {
        expect(readWrittenDate('June 2, 2026')).toBeUndefined();
        expect(readWrittenDate('June 2, 2026', { monthFirst: true })).toEqual({ year: 2026, month: 6, day: 2 });
        expect(readWrittenDate('March 3rd 2026', { monthFirst: true })).toEqual({ year: 2026, month: 3, day: 3 });
    });

    it.each(['2 Juin 2026', '2 June 26', '2026-06-02', '123 June 2026', 'June 2026', '2 June 2026 extra'])('"%s" is no written date', text => {
        expect(readWrittenDate(text, { monthFirst: true })).toBeUndefined();
    });

    it('the value converter reads it: an existing date as ISO, one that does not exist as written', () => {
        expect(isoDate('2nd June 2026')).toBe('2026-06-02');
        expect(isoDate('31  June 2026')).toBe('31 June 2026');
        expect(isoDate('2026-02-30')).toBe('2026-02-30');
    });

    it('the check of valid values reads it: the month-first form it suggests the ISO date for', async () => {
        const findings = await lint('order "D-1".\nmade on June 2, 2026.\nin force for 12 months.\n');
        expect(findings.filter(f => f.checkId === 'invalid-value').map(f => f.message)).toEqual([
            '`June 2, 2026` is not a date as this language writes them: write it as year-month-day, `2026-06-02`'
        ]);
    });

    it('the grammar\'s DATE terminal accepts the day-first form exactly as the one definition does', () => {
        const rule = SanctionGrammar().rules.find(r => r.name === 'DATE');
        expect(rule && GrammarAST.isTerminalRule(rule)).toBe(true);
        const terminal = GrammarUtils.terminalRegex(rule as GrammarAST.TerminalRule);
        const whole = new RegExp(`^(?:${terminal.source})$`, terminal.flags);
        const shared = new RegExp(`^(?:${WRITTEN_DATE_SOURCE.dayFirst})$`, 'i');
        for (const text of ['2 June 2026', '02nd june 2026', '9 SEPTEMBER 1999', '1st\tMay 2030', 'June 2, 2026', '2 Juni 2026', '2 June 20266', '2th may 2026', '123 June 2026']) {
            expect(whole.test(text), text).toBe(shared.test(text));
        }
    });

    it('no other source defines the ordinal suffixes of a written date', () => {
        const holders = tsFiles(SOURCES).filter(path => readFileSync(path, 'utf8').includes('st|nd|rd|th')).map(path => relative(SOURCES, path));
        expect(holders).toEqual(['parsing/written-date.ts']);
    });
});
