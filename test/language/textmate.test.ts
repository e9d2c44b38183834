import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { WEEKDAY_NAMES } from '../../language/src/parsing/lexer.js';

const grammar = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../syntaxes/sanction.tmLanguage.json'), 'utf8')) as {
    patterns: Array<{ name?: string; match?: string; include?: string; comment?: string }>;
};

/** The first top-level pattern that matches the whole word, as TextMate tries them in order (Oniguruma's `(?i)` as JavaScript's `i`). */
function scopeOf(word: string): string | undefined {
    for (const pattern of grammar.patterns) {
        if (!pattern.match) {
            continue;
        }
        const insensitive = pattern.match.startsWith('(?i)');
        const regex = new RegExp(insensitive ? pattern.match.slice(4) : pattern.match, insensitive ? 'i' : '');
        const match = regex.exec(word);
        if (match && match[0] === word) {
            return pattern.name;
        }
    }
    return undefined;
}

describe('the TextMate grammar highlights what the lexer reads', () => {
    test.each(WEEKDAY_NAMES.flatMap(day => [day, day.toLowerCase(), day.toUpperCase()]))('%s is a keyword', day => {
        expect(scopeOf(day)).toBe('keyword.control.sanction');
    });

    test('the day pattern comes right after the comments, once', () => {
        const days = grammar.patterns.filter(pattern => pattern.match?.startsWith('\\b([Mm][Oo][Nn][Dd][Aa][Yy]|'));
        expect(days).toHaveLength(1);
        expect(grammar.patterns.indexOf(days[0]!)).toBe(grammar.patterns.findIndex(pattern => pattern.include === '#comments') + 1);
    });

    test('the day pattern is one JavaScript reads too (no inline flags: the playground builds a RegExp from it)', () => {
        const days = grammar.patterns.find(pattern => pattern.comment?.includes('textmate.mjs'))!;
        expect(days.match).not.toMatch(/\(\?[a-z]+\)/);
        expect(new RegExp(days.match!).test('FriDAY')).toBe(true);
    });

    test('other words keep their case: "Curfew" is no keyword, "curfew" is', () => {
        expect(scopeOf('curfew')).toBe('keyword.control.sanction');
        expect(scopeOf('Curfew')).toBeUndefined();
    });
});
