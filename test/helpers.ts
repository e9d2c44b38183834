import { EmptyFileSystem } from 'langium';
import { createSanctionCoreServices, type SanctionCoreServices } from '../language/src/sanction-module.js';
import { findingsOf, lintText } from '../language/src/core/lint.js';
import { URI } from 'vscode-uri';
import type { Finding, FixEdit } from '../language/src/core/finding.js';
import { expect } from 'vitest';

let services: SanctionCoreServices | undefined;

/** One set of services for a test file; documents get unique in-memory URIs. */
export function testServices(): SanctionCoreServices {
    return (services ??= createSanctionCoreServices(EmptyFileSystem).Sanction);
}

export async function lint(text: string): Promise<Finding[]> {
    return (await lintText(testServices(), text)).findings;
}

/** Findings of one check, as `id@line:col-line:col` (1-based lines and columns, like the CLI). */
export function ids(findings: Finding[], checkId?: string): string[] {
    return findings
        .filter(f => !checkId || f.checkId === checkId)
        .map(f => `${f.checkId}@${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1}`);
}

/** The text a finding's range covers in the source. */
export function covered(text: string, finding: Finding): string {
    const lines = text.split('\n');
    const { start, end } = finding.range;
    if (start.line === end.line) {
        return lines[start.line].slice(start.character, end.character);
    }
    return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join('\n');
}

/**
 * Lints several in-memory files together, so imports resolve between them. Keys are paths under
 * one folder ("orders/a.sanction"); returns the findings of each file.
 */
export async function lintWorkspace(files: Record<string, string>): Promise<Record<string, Finding[]>> {
    const services = testServices();
    const root = `memory:///ws-${++workspaceCounter}/`;
    const workspace = services.shared.workspace;
    const documents = Object.entries(files).map(([path, text]) => {
        const document = workspace.LangiumDocumentFactory.fromString(text, URI.parse(root + path));
        workspace.LangiumDocuments.addDocument(document);
        return [path, document] as const;
    });
    await workspace.DocumentBuilder.build(documents.map(([, d]) => d), { validation: true });
    return Object.fromEntries(documents.map(([path, document]) => [path, findingsOf(document)]));
}
let workspaceCounter = 0;

/** Applies text edits as an editor would (last first, so offsets stay valid) and returns the new text. */
export function applyEdits(text: string, edits: readonly FixEdit[]): string {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n') {
            starts.push(i + 1);
        }
    }
    const at = (p: { line: number; character: number }) => starts[p.line] + p.character;
    return [...edits]
        .sort((a, b) => at(b.range.start) - at(a.range.start))
        .reduce((t, e) => t.slice(0, at(e.range.start)) + e.newText + t.slice(at(e.range.end)), text);
}

/** The text after applying a finding's fix. */
export function applyFix(text: string, finding: Finding, fixIndex = 0): string {
    const fix = finding.fixes?.[fixIndex];
    if (!fix) {
        throw new Error(`finding ${finding.checkId} has no fix ${fixIndex}`);
    }
    return applyEdits(text, fix.edits);
}

/** Lints under a profile (as sanction.config.json or --profile would choose it). */
export async function lintUnder(text: string, profile: string): Promise<Finding[]> {
    const config = testServices().sanction.config;
    config.setOverrides({ profile });
    try {
        return await lint(text);
    } finally {
        config.setOverrides({});
    }
}

/** The findings of one check. */
export async function checkFindings(text: string, checkId: string): Promise<Finding[]> {
    return (await lint(text)).filter(f => f.checkId === checkId);
}

/** A finding as a test compares it: line, covered text, Rules, and the severity and message when asked for. */
export interface FindingShape { line: number; covered: string; rules: number[]; severity?: string; message?: string }

/** What {@link findingsOfCheck} shows of each finding, and the profile to lint under. */
export interface FindingShapeOptions { severity?: boolean; message?: boolean; profile?: string }

/** One check's findings as line, covered text and Rules (with severity and message when asked for). */
export async function findingsOfCheck(text: string, checkId: string, options: FindingShapeOptions = {}): Promise<FindingShape[]> {
    const findings = options.profile === undefined ? await lint(text) : await lintUnder(text, options.profile);
    return findings.filter(f => f.checkId === checkId).map(f => {
        const shape: FindingShape = { line: f.range.start.line + 1, covered: covered(text, f), rules: f.rules };
        if (options.severity) {
            shape.severity = f.severity;
        }
        if (options.message) {
            shape.message = f.message;
        }
        return shape;
    });
}

/** Every fix of the one finding of a check leaves a document that parses and no longer has it. */
export async function applyEachFix(text: string, checkId: string): Promise<string[]> {
    const before = (await lint(text)).filter(f => f.checkId === checkId);
    expect(before).toHaveLength(1);
    const fixes = before[0].fixes ?? [];
    expect(fixes.length).toBeGreaterThan(0);
    const results: string[] = [];
    for (const fix of fixes) {
        const fixed = applyEdits(text, fix.edits);
        const after = await lint(fixed);
        expect(after.filter(f => f.checkId === 'syntax-error' || f.checkId === 'unresolved-reference')).toEqual([]);
        expect(ids(after, checkId)).toEqual([]);
        results.push(fixed);
    }
    return results;
}

/**
 * Every fix of every finding of a check leaves a document that parses and no longer raises that
 * finding (compared by message); returns the fixed texts.
 */
export async function applyEveryFix(text: string, checkId: string): Promise<string[]> {
    const before = await checkFindings(text, checkId);
    expect(before.length).toBeGreaterThan(0);
    const results: string[] = [];
    for (const finding of before) {
        for (let index = 0; index < (finding.fixes ?? []).length; index++) {
            const fixed = applyFix(text, finding, index);
            const after = await lint(fixed);
            expect(after.filter(f => f.checkId === 'syntax-error' || f.checkId === 'unresolved-reference'), fixed).toEqual([]);
            expect(after.filter(f => f.checkId === checkId && f.message === finding.message), fixed).toEqual([]);
            results.push(fixed);
        }
    }
    return results;
}

/** An order "B-1" in force for 12 months whose breach section is the given lines. */
export function withBreach(...lines: string[]): string {
    return ['order "B-1".', 'in force for 12 months.', 'on breach:', ...lines.map(l => `  ${l}`)].join('\n') + '\n';
}
