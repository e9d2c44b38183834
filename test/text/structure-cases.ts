import { expect, test } from 'vitest';
import { analyseText } from '../../language/src/validation/clarity/analyse.js';
import type { TextLanguage } from '../../language/src/validation/text/language.js';

/**
 * The table the structure tests of issue 10 share: `finds` gives the check, the family, the
 * message id and the phrase at fault; `passes` expects no finding at all; `guard` marks a case that
 * passed before its round too and holds a mechanism's edge.
 */
export type Finding = { check: string; family: string; messageId: string; phrase: string };
/** The finding a case expects, and the two the rounds expect most. */
export const finds = (check: string, family: string, messageId: string, phrase: string): Finding => ({ check, family, messageId, phrase });
export const judgement = (phrase: string): Finding => finds('vague-term', 'evaluative', 'judgement', phrase);
export const delegation = (phrase: string): Finding => finds('unbounded-discretion', 'delegation', 'delegation', phrase);

export type Case = { text: string; language: TextLanguage; finds?: Finding; passes?: true; guard?: true };

export function run(cases: Case[]): void {
    test.each(cases.map(c => [c.text, c] as const))('%s', (_text, c) => {
        const issues = analyseText(c.text, c.language);
        if (c.passes) {
            expect(issues.map(i => `${i.check}: ${i.phrase}`)).toEqual([]);
        } else {
            expect(issues.map(i => ({ check: i.check, family: i.family, messageId: i.messageId, phrase: i.phrase }))).toContainEqual(c.finds);
        }
    });
}

