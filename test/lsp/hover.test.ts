import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { Hover } from 'vscode-languageserver';
import { createSanctionServices } from '../../language/src/sanction-module.js';

const services = createSanctionServices(EmptyFileSystem).Sanction;
const parse = parseHelper(services);

async function hoverAt(text: string, marker: string, shift = 1): Promise<string | undefined> {
    const document = await parse(text, { validation: true });
    const offset = text.indexOf(marker) + shift;
    const hover = (await services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.textDocument.uri },
        position: document.textDocument.positionAt(offset)
    })) as Hover | undefined;
    return hover ? (hover.contents as { value: string }).value : undefined;
}

describe('hover', () => {
    test('on a finding: each Rule it rests on, with chapter and summary (the editor shows the message itself)', async () => {
        const value = await hoverAt('order "X".\nmade on 2026-01-01.\n', '"X"');
        expect(value).toContain('`missing-duration` rests on:');
        expect(value).not.toContain('The order states no duration, so it lasts');
        expect(value).toContain('**Rule 21**');
        expect(value).toContain('**Rule 23**');
        expect(value).toMatch(/Chapter II/);
    });

    test('on a Rule cited in a comment', async () => {
        const value = await hoverAt('// Conditions must be clear: see Rules 15 and 30.\norder "X".\nin force for 6 months.\n', 'Rules 15', 3);
        expect(value).toContain('**Rule 15**');
        expect(value).toContain('**Rule 30**');
        expect(value).not.toContain('missing-duration');
    });

    test('on a requirement kind: what it is and its parameters', async () => {
        const value = await hoverAt('order "X".\nin force for 6 months.\nrequirement curfew, at "1 Road", from 19:00 to 07:00.\n', 'curfew', 2);
        expect(value).toContain('**curfew** requirement');
        expect(value).toContain('address or place (required): `at "12 Acacia Road, Exeter EX1 1AA"`');
        expect(value).toContain('daily hours (required): `from 19:00 to 07:00`');
    });

    test('on a template applied: its signature and documentation', async () => {
        const text = 'template home-curfew(address: text, length: duration = 3 months):\n  "A home curfew."\n  requirement curfew, at address, from 19:00 to 07:00, for length.\norder "X".\nin force for 6 months.\napply home-curfew with address "1 Road".\n';
        const value = await hoverAt(text, 'apply home-curfew', 8);
        expect(value).toContain('**template home-curfew**(address: text, length: duration = 3 months)');
        expect(value).toContain('A home curfew.');
        expect(value).toContain('Applies: curfew');
    });

    test('nothing on plain text with no finding', async () => {
        const value = await hoverAt('order "X".\nin force for 6 months.\ndecided by "Exeter Crown Court".\n', 'Crown', 2);
        expect(value).toBeUndefined();
    });
});

describe('hover on the keywords of a sentence', () => {
    const order = [
        'order "X".',
        'made on 2026-01-01.',
        'in force for 6 months, extendable by up to 3 months, reviewed every 2 months.',
        'consent informed and explicit, given on 2026-01-01.',
        'requirement drug treatment, provided by "Clinic", consent informed and explicit, given on 2026-01-01.',
        'on breach:',
        '  significant non-compliance leads automatically to imprisonment.',
        '  hearing before "Court" with legal assistance.',
        '  credit for time complied.',
        'rights:',
        '  appeal to "Court of Appeal" within 28 days.',
        ''
    ].join('\n');

    // [name, text at the cursor, which occurrence of it, what the hover says]
    test.each([
        ['in force', 'in force', 0, 'How long the order lasts'],
        ['force', 'force for', 0, 'How long the order lasts'],
        ['extendable', 'extendable by', 0, 'may be extended'],
        ['reviewed', 'reviewed every', 0, 'looks again'],
        ['on breach', 'on breach', 0, 'does not comply'],
        ['automatically', 'automatically to', 0, 'must never turn a community sanction into imprisonment automatically'],
        ['hearing', 'hearing before', 0, 'is heard by the deciding authority'],
        ['credit', 'credit for', 0, 'counts when revocation is decided'],
        ['consent of the order', 'consent informed', 0, 'a measure on a suspect needs it'],
        ['consent of a requirement', 'consent informed', 1, 'treatment needs it'],
        ['rights', 'rights:', 0, "The person's rights"],
        ['appeal', 'appeal to', 0, 'challenge the order'],
        ['made', 'made on', 0, 'the deciding authority made the order']
    ] as const)('%s', async (_name, marker, occurrence, expected) => {
        let index = order.indexOf(marker);
        for (let i = 0; i < occurrence; i++) {
            index = order.indexOf(marker, index + 1);
        }
        const document = await parse(order, { validation: true });
        const hover = await services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.textDocument.uri },
            position: document.textDocument.positionAt(index + 1)
        }) as Hover | undefined;
        expect((hover?.contents as { value: string } | undefined)?.value).toContain(expected);
    });

    test('a word inside a sentence that is not its keyword has no keyword help', async () => {
        const value = await hoverAt('order "X".\nin force for 6 months.\n', 'for 6', 1);
        expect(value).toBeUndefined();
    });
});

describe('hover on template parameters', () => {
    const library = [
        'template home-curfew(address: text, start: time = 19:00, length: duration = 3 months):',
        '  "A home curfew."',
        '  requirement curfew, at address, from start to 07:00, for length.',
        'order "X".',
        'in force for 6 months.',
        'apply home-curfew with address "1 Road", length 4 months.',
        ''
    ].join('\n');

    test('at its declaration: type and default', async () => {
        const value = await hoverAt(library, 'length: duration', 1);
        expect(value).toContain('**length**: duration = 3 months');
        expect(value).toContain('Parameter of template `home-curfew`');
        expect(value).toContain('optional');
    });

    test('a required parameter says so', async () => {
        const value = await hoverAt(library, 'address: text', 1);
        expect(value).toContain('**address**: text');
        expect(value).toContain('required');
    });

    test('where the template body uses it', async () => {
        const value = await hoverAt(library, 'from start', 6);
        expect(value).toContain('**start**: time = 19:00');
    });

    test('where an order gives it a value', async () => {
        const value = await hoverAt(library, 'length 4 months', 1);
        expect(value).toContain('**length**: duration = 3 months');
    });

    test('at the template name where it is defined: its signature', async () => {
        const value = await hoverAt(library, 'home-curfew(', 2);
        expect(value).toContain('**template home-curfew**(address: text, start: time = 19:00, length: duration = 3 months)');
    });
});
