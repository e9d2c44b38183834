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

    test('a section goes only where what follows is a sentence the parser began, or the end: never before a word it skipped', async () => {
        // After the last full stop comes a word the parser skipped: a rights block put there reads it in.
        expect(await fixesOf('order.r', 'missing-appeal-right')).toEqual([]);
        expect(await fixesOf('order.r', 'missing-breach-consequences')).toEqual([]);
        expect(await fixesOf('order.r', 'missing-complaint-route')).toEqual([]);
        // "…in writing.q": the line goes after the header, before the item the parser read.
        const rights = 'order "A-1".\nmade on 2026-03-14.\nrights:\n  notice in English, in writing.q';
        expect((await fixesOf(rights, 'missing-appeal-right')).map(fix => fix.edits)).toEqual([[{
            range: { start: { line: 2, character: 7 }, end: { line: 2, character: 7 } },
            newText: '\n  appeal to "…" within 28 days.'
        }]]);
        // A template header without its name after the breach header: the consequences are not added there.
        const header = 'template s()order"",probation.on breach template';
        expect(await fixesOf(header, 'missing-breach-consequences')).toEqual([]);
        expect((await fixesOf(header, 'missing-appeal-right')).flatMap(fix => fix.edits.map(edit => edit.range.start))).toEqual([{ line: 0, character: 30 }]);
    });

    test('a line goes after `rights` without its colon only when the word starts its line', async () => {
        // Elsewhere the lexer reads the added line as a sentence after one whose full stop is missing.
        expect(await fixesOf('order "A-1".condition "x".rights', 'missing-appeal-right')).toEqual([]);
        expect((await fixesOf('order "A-1".\ncondition "x".\nrights', 'missing-appeal-right')).map(fix => fix.edits)).toEqual([[{
            range: { start: { line: 2, character: 6 }, end: { line: 2, character: 6 } },
            newText: '\n  appeal to "…" within 28 days.'
        }]]);
    });

    test('a comment between the place and the next sentence changes nothing', async () => {
        const fixes = await fixesOf('order "A-1".\nmade on 2026-03-14.\n// note\nrequirement', 'missing-breach-consequences');
        expect(fixes.flatMap(fix => fix.edits.map(edit => edit.range.start))).toEqual([{ line: 1, character: 19 }]);
    });

    test('no fix edits in or after a block comment left open', async () => {
        const text = 'order "A-1".\nmade on 2026-03-14.\n/* note\nin force for 12 months.';
        // Right before the comment or at the end of the order: both in reach of its closing "*/", when it is written.
        expect(await fixesOf(text, 'missing-breach-consequences')).toEqual([]);
        expect(await fixesOf(text, 'missing-appeal-right')).toEqual([]);
        expect(await fixesOf(text, 'no-early-termination')).toEqual([]);
        // Before it, after the order's opening sentence, a sentence is still added.
        expect((await fixesOf(text, 'missing-legal-basis')).map(fix => fix.edits)).toEqual([[{
            range: { start: { line: 0, character: 12 }, end: { line: 0, character: 12 } },
            newText: '\nunder "…".'
        }]]);
    });

    test('ending a requirement with the order copies its length only when the lexer read all of it', async () => {
        const requirement = 'requirement unpaid work, 120 hours, completed within 18 months.\n';
        const read = await fixesOf(`order "R-1".\nmade on 2026-03-14.\nin force for 12 months.\n${requirement}`, 'requirement-outlives-order');
        expect(read.map(fix => fix.edits)).toEqual([[{ range: { start: { line: 3, character: 53 }, end: { line: 3, character: 62 } }, newText: '12 months' }]]);
        // "12*/ months" is read as 12 months, but the copy would write the stray "*/" into the requirement.
        const skipped = `order "R-1".\nmade on 2026-03-14.\nin force for 12*/ months.\n${requirement}`;
        const document = await parse(skipped, { validation: true });
        try {
            const findings = (document.diagnostics ?? []).filter(d => d.code === 'requirement-outlives-order');
            expect(findings.length).toBe(1);
            expect((findings[0].data as { fixes?: Fix[] }).fixes ?? []).toEqual([]);
        } finally {
            services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        }
    });
});
