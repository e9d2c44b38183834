import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALL_CHECKS } from '../../language/src/validation/checks/index.js';
import { lint, testServices } from '../helpers.js';

/**
 * Every check has a page, and the examples on it are real: each ```sanction block parses, the
 * failing example raises the check, the passing one does not. A failing example is a block with
 * the info string `sanction fail`, or the first sanction block under a heading "Example that fails"
 * (likewise `sanction pass` / "Example that passes").
 */
const DOCS = resolve(__dirname, '../../docs/checks');

interface Block { info: string; text: string; heading: string }

function blocks(page: string): Block[] {
    const result: Block[] = [];
    let heading = '';
    const lines = page.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^#{1,6} /.test(line)) {
            heading = line.replace(/^#+ /, '');
        }
        const fence = /^```(.*)$/.exec(line);
        if (fence) {
            const body: string[] = [];
            for (i++; i < lines.length && !lines[i].startsWith('```'); i++) {
                body.push(lines[i]);
            }
            result.push({ info: fence[1].trim(), text: body.join('\n') + '\n', heading });
        }
    }
    return result;
}

/** `sanction fail profile=england-wales`: the example is linted under that jurisdiction profile. */
function profileOf(block: Block): string | undefined {
    return /\bprofile=([a-z-]+)/.exec(block.info)?.[1];
}

async function lintBlock(block: Block) {
    const profile = profileOf(block);
    const config = testServices().sanction.config;
    config.setOverrides(profile ? { profile } : {});
    try {
        return await lint(block.text);
    } finally {
        config.setOverrides({});
    }
}

function role(block: Block, all: Block[]): 'fail' | 'pass' | undefined {
    const info = block.info.replace(/\s+profile=[a-z-]+/, '');
    if (info === 'sanction fail') return 'fail';
    if (info === 'sanction pass') return 'pass';
    if (block.info !== 'sanction') return undefined;
    const firstUnder = all.find(b => b.heading === block.heading && b.info.startsWith('sanction')) === block;
    if (firstUnder && /example that fails/i.test(block.heading)) return 'fail';
    if (firstUnder && /example that passes/i.test(block.heading)) return 'pass';
    return undefined;
}

/** Checks whose finding cannot be shown by one order on its own (it comes from another file). */
const NO_ORDER_EXAMPLE = new Set(['invalid-config']);

describe.each(ALL_CHECKS.map(check => [check.id]))('docs/checks/%s.md', id => {
    const path = resolve(DOCS, `${id}.md`);

    test('exists and names the Rules the check cites', () => {
        expect(existsSync(path), `docs/checks/${id}.md is missing`).toBe(true);
        const page = readFileSync(path, 'utf8');
        const check = ALL_CHECKS.find(c => c.id === id)!;
        for (const rule of check.rules) {
            expect(page, `the page of ${id} does not mention Rule ${rule}`).toMatch(new RegExp(`Rules?[^.\\n]*\\b${rule}\\b`));
        }
    });

    test('its examples parse; the failing one raises the check and the passing one does not', async () => {
        if (!existsSync(path)) {
            throw new Error(`docs/checks/${id}.md is missing`);
        }
        const all = blocks(readFileSync(path, 'utf8')).filter(b => b.info.startsWith('sanction'));
        if (NO_ORDER_EXAMPLE.has(id)) {
            return;
        }
        const failing = all.filter(b => role(b, all) === 'fail');
        const passing = all.filter(b => role(b, all) === 'pass');
        expect(failing.length, 'a failing example').toBeGreaterThan(0);
        expect(passing.length, 'a passing example').toBeGreaterThan(0);
        for (const block of all) {
            const findings = await lintBlock(block);
            if (id !== 'syntax-error') {
                expect(findings.filter(f => f.checkId === 'syntax-error').map(f => f.message), block.text).toEqual([]);
            }
            const raised = findings.some(f => f.checkId === id);
            if (role(block, all) === 'fail') expect(raised, `failing example does not raise ${id}:\n${block.text}`).toBe(true);
            if (role(block, all) === 'pass') expect(raised, `passing example raises ${id}:\n${block.text}`).toBe(false);
        }
    });
});
