/**
 * The product's voice (RULE-MAP.md, "The product's voice"): the Recommendation is the Committee of
 * Ministers' advice to governments. It binds no court and cannot make a lawful order unlawful, so:
 * - no message of a check that rests on the Rules says "must", "required by", "the law requires"
 *   or "unlawful", except the messages a check marks as stating a profile's statute;
 * - no message, profile text or docs page claims that the Rules override national law;
 * - a silent finding (the order does not state a safeguard) is never an error;
 * - every message of a Rule check tells the drafter what to write, with an example in backticks.
 * The messages are read twice: as declared (templates), and as findings on every example order
 * under every profile (placeholders filled from profile data).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../language/src/core/check.js';
import type { Finding } from '../../language/src/core/finding.js';
import { ALL_CHECKS, checkById } from '../../language/src/validation/checks/index.js';
import { profileIds } from '../../language/src/profiles/index.js';
import { lintUnder } from '../helpers.js';

const ROOT = resolve(__dirname, '../..');
const RULE_CHECKS = ALL_CHECKS.filter(check => check.family !== 'language');

/** Words that state a legal obligation: kept for findings that cite a profile's statute. */
const OBLIGATION = /\bmust\b|\brequired by\b|\bthe law requires\b|\bunlawful\b|\billegal\b|\bnot allowed\b|\bprohibited by the Rules\b/i;
/** Wording that sets the Recommendation above national law. */
const ABOVE_THE_LAW = /whatever (?:the )?(?:national |domestic )?law|\bbut the (?:European )?Rules do\b|on top of (?:it|the law|national law)|whatever the profile|\bthe Rules override\b|\boverrides? (?:the |national |domestic )?law\b/i;

/** Whether a line sets the Rules above the law, not counting a line that denies it ("nothing here says that the Rules override…"). */
function setsAboveTheLaw(line: string): boolean {
    const match = ABOVE_THE_LAW.exec(line);
    return !!match && !/\b(?:not|never|nothing|no|cannot|nor)\b/i.test(line.slice(0, match.index));
}

function messageEntries(check: Check): Array<[string, string]> {
    return Object.entries(check.messages as Record<string, string>);
}

function isStatutory(check: Check, messageId: string | undefined): boolean {
    return !!messageId && (check.statutoryMessages ?? []).includes(messageId);
}

describe('every check declares what its findings are', () => {
    it.each(RULE_CHECKS.map(c => [c.id, c] as const))('%s has a kind, messages, and a basis with the Rule\'s modal for each Rule', (_id, check) => {
        expect(check.kind, 'kind').toMatch(/^(contravenes|silent)$/);
        expect(messageEntries(check).length, 'messages').toBeGreaterThan(0);
        expect((check.basis ?? []).map(b => b.rule).sort((a, b) => a - b)).toEqual([...check.rules].sort((a, b) => a - b));
        for (const basis of check.basis ?? []) {
            expect(basis.modal, `Rule ${basis.rule}: modal`).toMatch(/^(shall|should|ordinarily|may|should not normally)$/);
        }
        for (const id of check.statutoryMessages ?? []) {
            expect(Object.keys(check.messages), `statutory message ${id} is declared`).toContain(id);
        }
    });

    it('the language\'s own checks have no kind and cite no Rule', () => {
        for (const check of ALL_CHECKS.filter(c => c.family === 'language')) {
            expect(check.kind, check.id).toBeUndefined();
            expect(check.rules, check.id).toEqual([]);
        }
    });

    it('a silent check is information or a warning by default, never an error', () => {
        const errors = RULE_CHECKS.filter(c => c.kind === 'silent' && c.severity !== 'info' && c.severity !== 'warning');
        expect(errors.map(c => `${c.id}: ${c.severity}`)).toEqual([]);
    });
});

describe('declared messages keep the Rules\' voice', () => {
    it.each(RULE_CHECKS.map(c => [c.id, c] as const))('%s', (_id, check) => {
        for (const [id, text] of messageEntries(check)) {
            if (!isStatutory(check, id)) {
                expect(text, `${check.id}.${id} states an obligation the Rules do not impose`).not.toMatch(OBLIGATION);
            }
            expect(setsAboveTheLaw(text), `${check.id}.${id} sets the Rules above national law: ${text}`).toBe(false);
            expect(text, `${check.id}.${id} gives no example of what to write (in backticks)`).toMatch(/`[^`]+`/);
            expect(text, `${check.id}.${id} carries its own citation; the core appends it`).not.toMatch(/\(Rules? \d+[^)]*\)\s*$/);
            expect(text, `${check.id}.${id} calls a model's figure a legal one`).not.toMatch(/\b(?:legal|statutory) (?:ceiling|burden)\b/i);
        }
    });
});

/** Every example order, under every profile. */
function exampleFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? exampleFiles(path) : name.endsWith('.sanction') ? [path] : [];
    });
}

describe('findings on the examples keep the Rules\' voice under every profile', () => {
    const files = exampleFiles(join(ROOT, 'examples'));
    it.each(profileIds().map(p => [p] as const))('profile %s', async profile => {
        const findings: Array<Finding & { file: string }> = [];
        for (const file of files) {
            for (const finding of await lintUnder(readFileSync(file, 'utf8'), profile)) {
                findings.push({ ...finding, file });
            }
        }
        const problems: string[] = [];
        for (const finding of findings) {
            const check = checkById(finding.checkId);
            if (!check || check.family === 'language') {
                continue;
            }
            const where = `${finding.file.slice(ROOT.length + 1)}:${finding.range.start.line + 1} ${finding.checkId}.${finding.messageId}`;
            if (!isStatutory(check, finding.messageId) && OBLIGATION.test(finding.message)) {
                problems.push(`${where}: states an obligation: ${finding.message}`);
            }
            if (setsAboveTheLaw(finding.message)) {
                problems.push(`${where}: sets the Rules above the law: ${finding.message}`);
            }
            if (check.kind === 'silent' && finding.severity === 'error') {
                problems.push(`${where}: a silent finding reported as an error`);
            }
        }
        expect(problems).toEqual([]);
        expect(findings.length).toBeGreaterThan(0);
    }, 120_000);
});

describe('docs and profile data do not set the Rules above national law', () => {
    const docs = [
        ...readdirSync(join(ROOT, 'docs/checks')).map(name => join(ROOT, 'docs/checks', name)),
        join(ROOT, 'docs/profiles.md'),
        join(ROOT, 'docs/proportionality.md'),
        join(ROOT, 'README.md'),
        ...readdirSync(join(ROOT, 'language/src/profiles')).filter(n => n.endsWith('.json')).map(n => join(ROOT, 'language/src/profiles', n))
    ];
    it.each(docs.map(path => [path.slice(ROOT.length + 1), path] as const))('%s', (_name, path) => {
        const lines = readFileSync(path, 'utf8').split('\n');
        const offending = lines.map((line, i) => [i + 1, line] as const).filter(([, line]) => setsAboveTheLaw(line));
        expect(offending.map(([n, line]) => `${n}: ${line.trim()}`)).toEqual([]);
    });
});
