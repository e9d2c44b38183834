import { describe, expect, test } from 'vitest';
import { TEXT_MESSAGE_IDS, type TextCheckId } from '../../language/src/validation/clarity/analyse.js';
import { checkById } from '../../language/src/validation/checks/index.js';

/**
 * The analysis says which message of a check a finding is (an id and the values of its
 * placeholders); the text is the check's. Every id the analysis can give is one the check declares,
 * and every placeholder it fills is one the message has.
 */
describe.each(Object.entries(TEXT_MESSAGE_IDS) as Array<[TextCheckId, readonly string[]]>)('%s', (check, ids) => {
    test('declares every message the analysis reports under it', () => {
        const messages = checkById(check)?.messages ?? {};
        expect(ids.filter(id => !(id in messages))).toEqual([]);
    });
    test('every such message quotes the phrase at fault or names the duty', () => {
        const messages = (checkById(check)?.messages ?? {}) as Record<string, string>;
        for (const id of ids) {
            expect(messages[id], id).toMatch(/\{\{(phrase|duty)\}\}/);
        }
    });
});
