import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintText } from '../../language/src/core/lint.js';
import { orderBurdens } from '../../language/src/model/burden.js';
import { testServices } from '../helpers.js';

async function lint(text: string) {
    const { document, findings } = await lintText(testServices(), text);
    // The CLI's JSON output and the CodeLens weigh every order too: that must not crash either.
    orderBurdens(document.parseResult.value);
    return findings;
}

/**
 * Checks run on the tree the parser recovers from broken input, where any property may be missing.
 * None may crash on it: Langium turns a crashing check into an "An error occurred during validation"
 * diagnostic, which a drafter cannot act on. Every example is cut short at each line, has each
 * line removed, halved, and each of its words misspelt in turn, and each result must lint without
 * such a diagnostic.
 */
const EXAMPLES = resolve(__dirname, '../../examples');

function files(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.sanction') ? [path] : [];
    }).sort();
}

function variants(text: string): string[] {
    const lines = text.split('\n');
    const out: string[] = [];
    for (let i = 1; i < lines.length; i++) {
        out.push(lines.slice(0, i).join('\n'));                                  // cut after line i
        out.push([...lines.slice(0, i - 1), ...lines.slice(i)].join('\n'));      // line i removed
        const line = lines[i - 1];
        if (line.length > 4) {
            out.push([...lines.slice(0, i - 1), line.slice(0, Math.floor(line.length / 2)), ...lines.slice(i)].join('\n')); // line i cut in half
        }
        // a typing mistake: each word of four letters or more in turn loses its last letter
        const words = [...line.matchAll(/[A-Za-z]{4,}/g)];
        for (const word of words) {
            const at = (word.index ?? 0) + word[0].length - 1;
            out.push([...lines.slice(0, i - 1), line.slice(0, at) + line.slice(at + 1), ...lines.slice(i)].join('\n'));
        }
    }
    return out;
}

describe('no check crashes on broken input', () => {
    test.each(files(EXAMPLES).map(f => [relative(EXAMPLES, f), f]))('%s', async (_name, path) => {
        const crashes: string[] = [];
        for (const text of variants(readFileSync(path, 'utf8'))) {
            for (const finding of await lint(text)) {
                if (finding.message.includes('An error occurred')) {
                    crashes.push(`${finding.message}\n--- in ---\n${text}`);
                }
            }
        }
        expect(crashes.slice(0, 3)).toEqual([]);
    }, 120_000);

    test('keywords where names belong', async () => {
        const texts = [
            'order "X".\napply curfew.\n',
            'order "X".\napply with address "x".\n',
            'template (a: text):\n requirement curfew.\n',
            'order "X".\nrequirement .\n',
            'order "X".\ncondition .\n',
            'order "X".\non breach:\n minor non-compliance leads to .\n',
            'order "X".\nperson , convicted.\n',
            'order .\n',
            'template t(a: text = ):\n requirement residence, at a.\norder "Y".\napply t with a .\n'
        ];
        for (const text of texts) {
            const messages = (await lint(text)).map(f => f.message).filter(m => m.includes('An error occurred'));
            expect(messages, text).toEqual([]);
        }
    });
});
