import { describe, expect, test } from 'vitest';
import { ALL_CHECKS } from '../../language/src/validation/checks/index.js';
import { FRENCH } from '../../language/src/i18n/fr/index.js';
import { localeOf } from '../../language/src/i18n/locale.js';

/** The `{{placeholders}}` of a message. */
function placeholders(text: string): Set<string> {
    return new Set([...text.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map(match => match[1]!));
}

describe('every check has its French', () => {
    for (const check of ALL_CHECKS) {
        test(check.id, () => {
            const texts = FRENCH.checks[check.id];
            expect(texts, `no French for ${check.id} in language/src/i18n/fr/`).toBeDefined();
            expect(texts!.title.trim()).not.toBe('');
            expect(texts!.title).not.toBe(check.title);
            const english = check.messages as Record<string, string>;
            expect(Object.keys(texts!.messages).sort(), 'the French message ids are the English ones').toEqual(Object.keys(english).sort());
            for (const [id, text] of Object.entries(texts!.messages)) {
                // A French message may leave out a value, never use one the check does not give.
                const unknown = [...placeholders(text)].filter(name => !placeholders(english[id]!).has(name));
                expect(unknown, `${check.id}.${id} uses placeholders the English does not have`).toEqual([]);
                // A message that is only a value (`{{problem}}`) is translated through its adapter.
                if (!/^\{\{\s*[A-Za-z0-9_]+\s*\}\}$/.test(english[id]!)) {
                    expect(text, `${check.id}.${id} is not translated`).not.toBe(english[id]);
                } else {
                    expect(texts!.values?.[[...placeholders(english[id]!)][0]!], `${check.id}.${id} is only a value: it needs an adapter`).toBeDefined();
                }
            }
        });
    }
});

describe('the locale of a language tag', () => {
    test.each([
        ['fr', 'fr'], ['fr-FR', 'fr'], ['fr_BE.UTF-8', 'fr'], ['FR', 'fr'], ['fr-CH@euro', 'fr'],
        ['en-GB', 'en'], ['de-DE', 'en'], ['C', 'en'], ['POSIX', 'en'], ['', 'en'], [undefined, 'en'], ['frisian', 'en']
    ])('%s is %s', (tag, locale) => {
        expect(localeOf(tag)).toBe(locale);
    });

    test('citations', () => {
        expect(FRENCH.citeRules([15])).toBe('Règle 15');
        expect(FRENCH.citeRules([30, 15, 15])).toBe('Règles 15 et 30');
        expect(FRENCH.citeRules([3, 34, 22])).toBe('Règles 3, 22 et 34');
        expect(FRENCH.citeProvision('Scope and purpose')).toBe('CM/Rec(2017)3, Champ d\'application et objet');
    });
});
