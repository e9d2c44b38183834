/**
 * The words of the language are lower case (day names aside, which are read in any case). A drafter
 * who writes `Requirement` or `Order` at the start of a sentence, as in prose, gets a message that
 * names the word to write, not only a list of what was expected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lint } from '../helpers.js';
import { REPO_ROOT } from '../shared.js';

const base = readFileSync(join(REPO_ROOT, 'examples', 'community-order-unpaid-work.sanction'), 'utf8');
const LOWER_CASE = 'The words of the language are written as shown, in lower case.';

async function syntaxErrors(text: string): Promise<string[]> {
    return (await lint(text)).filter(f => f.checkId === 'syntax-error')
        .map(f => `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.message}`);
}

describe('a word of the language written with capitals', () => {
    test('at the start of a sentence of the order', async () => {
        expect(await syntaxErrors(base.replace(/^requirement unpaid work/m, 'Requirement unpaid work'))).toEqual([
            "18:1-18:12 Unexpected 'Requirement' in the order: an order's sentences start with: made on, decided by, implemented by, under, written in, person, offence, in force, consent, requirement, condition, apply, early termination, disclosure of the offence, on breach, rights, costs. The sentence was skipped. Did you mean 'requirement'? " + LOWER_CASE
        ]);
    });

    test('the first word of the order', async () => {
        expect(await syntaxErrors(base.replace(/^order /m, 'Order '))).toEqual([
            "4:1-4:6 Unexpected 'Order': a file holds imports, then orders ('order \"…\".') and templates ('template name(…)'). Did you mean 'order'? " + LOWER_CASE
        ]);
    });

    test('inside a sentence, where one of several words is expected', async () => {
        expect(await syntaxErrors(base.replace('seriousness moderate', 'seriousness MODERATE'))).toEqual([
            "13:90-13:98 Unexpected 'MODERATE': expected 'minor', 'moderate', 'serious', 'very'. Did you mean 'moderate'? " + LOWER_CASE
        ]);
    });

    test('a misspelling still gets the nearest word, without the note on case', async () => {
        const [message] = await syntaxErrors(base.replace('seriousness moderate', 'seriousness moderat'));
        expect(message).toMatch(/Did you mean 'moderate'\?$/);
    });
});
