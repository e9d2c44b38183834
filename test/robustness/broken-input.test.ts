import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lint } from '../helpers.js';

/**
 * Checks run on the tree the parser recovers from broken input, where any property may be missing.
 * None may crash on it: Langium turns a crashing check into an "An error occurred during validation"
 * diagnostic, which a drafter cannot act on. Every example is cut short at each line and has each
 * line removed in turn, and each result must lint without such a diagnostic.
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
