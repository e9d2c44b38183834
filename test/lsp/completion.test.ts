import { EmptyFileSystem } from 'langium';
import { expectCompletion } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver';
import { InsertTextFormat } from 'vscode-languageserver';
import { createSanctionServices } from '../../language/src/sanction-module.js';
import { SanctionCompletionProvider } from '../../language/src/lsp/completion-provider.js';

const services = createSanctionServices(EmptyFileSystem).Sanction;
const complete = expectCompletion(services);

const TODAY = /^\d{4}-\d{2}-\d{2}$/;

const LIBRARY = [
    'template home-curfew(address: text, start: time = 19:00, length: duration = 3 months):',
    '  "A home curfew."',
    '  requirement curfew, at address, from start to 07:00, for length.',
    ''
].join('\n');

/** Runs completion at `<|>` and hands the items to `check`. */
async function completion(text: string, check: (items: CompletionItem[]) => void): Promise<void> {
    await complete({ text, index: 0, assert: (list: CompletionList) => check(list.items), disposeAfterCheck: true });
}

const labels = (items: CompletionItem[]) => items.map(i => i.label);
const inserted = (item: CompletionItem | undefined) => (item?.textEdit as TextEdit | undefined)?.newText ?? item?.insertText;

describe('keywords in context', () => {
    test('the sentences an order can go on with, keywords that belong together offered together', async () => {
        await completion('order "X".\n<|>', items => {
            expect(labels(items)).toEqual(expect.arrayContaining([
                'made on', 'decided by', 'implemented by', 'under', 'written in', 'person', 'offence', 'in force',
                'requirement', 'condition', 'apply', 'on breach', 'consent', 'rights', 'costs borne by', 'early termination'
            ]));
            expect(labels(items)).not.toContain('in');
        });
    });

    test('the items of a breach section', async () => {
        await completion('order "X".\non breach:\n  <|>', items => {
            expect(labels(items)).toEqual(expect.arrayContaining(['minor', 'significant', 'any', 'hearing', 'credit', 'no credit', 'the deciding authority may order']));
        });
    });

    test('consequences of non-compliance, several words at once', async () => {
        await completion('order "X".\non breach:\n  minor non-compliance leads to <|>', items => {
            expect(labels(items)).toEqual(expect.arrayContaining(['warning', 'formal warning', 'referral to the deciding authority', 'revocation']));
        });
    });
});

describe('requirement kinds', () => {
    test('after "requirement": every kind, with its required parameters as a snippet', async () => {
        await completion('order "X".\nrequirement <|>', items => {
            expect(labels(items)).toEqual(['unpaid work', 'supervision', 'curfew', 'electronic monitoring', 'exclusion', 'residence', 'programme',
                'rehabilitation activity', 'drug treatment', 'alcohol treatment', 'mental health treatment', 'alcohol abstinence monitoring',
                'prohibited activity', 'no contact', 'foreign travel prohibition', 'reparation', 'compensation', 'mediation']);
            const curfew = items.find(i => i.label === 'curfew')!;
            expect(curfew.insertTextFormat).toBe(InsertTextFormat.Snippet);
            expect(inserted(curfew)).toBe('curfew, at "${1:address}", from ${2:19:00} to ${3:07:00}, for ${4:3} months.');
            expect(inserted(items.find(i => i.label === 'unpaid work'))).toBe('unpaid work, ${1:120} hours, for ${2:6} months.');
            expect(inserted(items.find(i => i.label === 'supervision'))).toBe('supervision, reporting ${1|weekly,twice a week,every 2 weeks,monthly|}, for ${2:6} months.');
        });
    });

    test('treatment comes with a consent record, dated today', async () => {
        await completion('order "X".\nrequirement drug<|>', items => {
            expect(labels(items)).toEqual(['drug treatment']);
            const snippet = inserted(items[0])!;
            expect(snippet).toMatch(/^drug treatment, provided by "\$\{1:provider\}", consent informed and explicit, given on \$\{2:\d{4}-\d{2}-\d{2}\}, in writing, for \$\{3:6\} months\.$/);
        });
    });

    test('kinds of several words: what is typed is replaced from its first word', async () => {
        const text = 'order "X".\nrequirement alcohol <|>';
        await completion(text, items => {
            expect(labels(items)).toEqual(['alcohol treatment', 'alcohol abstinence monitoring']);
            const edit = items[0].textEdit as TextEdit;
            expect(edit.range.start).toEqual({ line: 1, character: 'requirement '.length });
            expect(edit.range.end).toEqual({ line: 1, character: 'requirement alcohol '.length });
        });
    });

    test('inside a sentence that goes on, only the kind is inserted', async () => {
        await completion('order "X".\nrequirement cur<|>, at "1 Road", from 19:00 to 07:00.', items => {
            expect(labels(items)).toEqual(['curfew']);
            expect(inserted(items[0])).toBe('curfew');
            expect(items[0].insertTextFormat).toBe(InsertTextFormat.PlainText);
        });
    });

    test('the snippet parses into a requirement with no missing parameter', async () => {
        const provider = services.lsp.CompletionProvider as SanctionCompletionProvider;
        expect(provider).toBeInstanceOf(SanctionCompletionProvider);
        await completion('order "X".\nrequirement <|>', items => {
            for (const item of items) {
                const plain = inserted(item)!
                    .replace(/\$\{\d+:((?:\\.|[^}])*)\}/g, '$1')
                    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1');
                expect(plain, item.label as string).not.toMatch(/\$\{/);
                expect(plain.endsWith('.')).toBe(true);
            }
        });
    });
});

describe('templates and their parameters', () => {
    test('after "apply": the templates in scope, with their signature and required parameters', async () => {
        await completion(`${LIBRARY}order "X".\napply <|>`, items => {
            expect(labels(items)).toEqual(['home-curfew']);
            expect(items[0].detail).toBe('template home-curfew(address: text, start: time = 19:00, length: duration = 3 months)');
            expect(inserted(items[0])).toBe('home-curfew with address "${1:address}".');
        });
    });

    test('after "with": the parameters of the template, required first, with a value of their type', async () => {
        await completion(`${LIBRARY}order "X".\napply home-curfew with <|>`, items => {
            expect(labels(items)).toEqual(['address', 'start', 'length']);
            expect(items.find(i => i.label === 'address')!.detail).toBe('text (required)');
            expect(inserted(items.find(i => i.label === 'address'))).toBe('address "${1:address}"');
            expect(inserted(items.find(i => i.label === 'length'))).toBe('length ${1:3 months}');
            expect(items.find(i => i.label === 'start')!.detail).toBe('time = 19:00');
        });
    });

    test('parameters already given are not offered again', async () => {
        await completion(`${LIBRARY}order "X".\napply home-curfew with address "1 Road", <|>`, items => {
            expect(labels(items).sort()).toEqual(['length', 'start']);
        });
    });
});

describe('values', () => {
    test('units after a number in a duration', async () => {
        await completion('order "X".\nin force for 3 <|>', items => {
            expect(labels(items)).toEqual(expect.arrayContaining(['days', 'weeks', 'months', 'years']));
        });
    });

    test('units after a number in a requirement: hours, sessions, days', async () => {
        await completion('order "X".\nrequirement unpaid work, 120 <|>', items => {
            expect(labels(items)).toEqual(expect.arrayContaining(['hours', 'sessions', 'days']));
        });
    });

    test('weekdays after "on", with the usual ranges', async () => {
        await completion('order "X".\nrequirement curfew, at "1 Road", from 19:00 to 07:00, on <|>', items => {
            expect(labels(items)).toEqual(expect.arrayContaining(['every day', 'weekdays', 'weekends', 'Monday to Friday', 'Saturday and Sunday',
                'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']));
        });
    });

    test('no ranges after "Monday to"', async () => {
        await completion('order "X".\nrequirement curfew, at "1 Road", from 19:00 to 07:00, on Monday to <|>', items => {
            expect(labels(items)).toContain('Friday');
            expect(labels(items)).not.toContain('Monday to Friday');
        });
    });

    test('today where a date is expected', async () => {
        await completion('order "X".\nmade on <|>', items => {
            expect(items).toHaveLength(1);
            expect(items[0].label).toMatch(TODAY);
            expect(items[0].detail).toBe('today');
        });
    });
});
