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
        expect(value).not.toContain('The order states no duration');
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
        const value = await hoverAt('order "X".\nin force for 6 months.\ndecided by "Court".\n', 'decided', 2);
        expect(value).toBeUndefined();
    });
});
