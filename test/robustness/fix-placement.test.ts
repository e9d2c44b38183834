import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { Fix } from '../../language/src/core/finding.js';
import type { SanctionFile } from '../../language/src/generated/ast.js';
import { createSanctionServices } from '../../language/src/sanction-module.js';

/**
 * Fixes that add a sentence or a section, on a text with a syntax error elsewhere
 * (language/src/validation/fixes/placement.ts): the text goes after the last sentence the parser
 * finished, never after an unfinished one (which would take it in) nor after an unclosed quotation
 * mark (which would pair with the fix's own); a fix that cannot be placed is not offered.
 */
const services = createSanctionServices(EmptyFileSystem).Sanction;
const parse = parseHelper<SanctionFile>(services);

async function fixesOf(text: string, checkId: string): Promise<Fix[]> {
    const document = await parse(text, { validation: true });
    try {
        return (document.diagnostics ?? [])
            .filter(d => (d.data as { checkId?: string } | undefined)?.checkId === checkId)
            .flatMap(d => (d.data as { fixes?: Fix[] }).fixes ?? []);
    } finally {
        services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    }
}

describe('fixes on a text with a syntax error', () => {
    test('a breach section goes after the last finished sentence, before the unfinished one', async () => {
        const text = 'order "A-1".\nmade on 2026-03-14.\nrequirement';
        const fixes = await fixesOf(text, 'missing-breach-consequences');
        expect(fixes.map(fix => fix.edits)).toEqual([[{
            range: { start: { line: 1, character: 19 }, end: { line: 1, character: 19 } },
            newText: '\n\non breach:\n  minor non-compliance leads to a warning.\n  significant non-compliance leads to referral to the deciding authority.'
        }]]);
    });

    test('a rights block goes after the last finished sentence', async () => {
        const fixes = await fixesOf('order "A-1".\nmade on 2026-03-14.\nrequirement curfew', 'missing-appeal-right');
        expect(fixes.flatMap(fix => fix.edits.map(edit => edit.range.start))).toEqual([{ line: 1, character: 19 }]);
    });

    test('a fix with quoted text goes before an unclosed quotation mark, and is not offered when nothing finished comes before it', async () => {
        const fixes = await fixesOf('order "A-1".\nmade on 2026-03-14.\nperson "Jo.', 'missing-appeal-right');
        expect(fixes.flatMap(fix => fix.edits.map(edit => edit.range.start))).toEqual([{ line: 1, character: 19 }]);
        expect(await fixesOf('"order.', 'missing-appeal-right')).toEqual([]);
        expect(await fixesOf('"order.', 'missing-authority')).toEqual([]);
    });

    test('the same fixes on a text without errors are placed as before (at the end of the order)', async () => {
        const fixes = await fixesOf('order "A-1".\nmade on 2026-03-14.\n', 'missing-appeal-right');
        expect(fixes.flatMap(fix => fix.edits)).toEqual([{
            range: { start: { line: 1, character: 19 }, end: { line: 1, character: 19 } },
            newText: '\n\nrights:\n  appeal to "…" within 28 days.'
        }]);
    });
});
