import { EmptyFileSystem } from 'langium';
import { createSanctionCoreServices, type SanctionCoreServices } from '../language/src/sanction-module.js';
import { findingsOf, lintText } from '../language/src/core/lint.js';
import { URI } from 'vscode-uri';
import type { Finding } from '../language/src/core/finding.js';

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

/** The text after applying a finding's fix (its edits, last first so offsets stay valid). */
export function applyFix(text: string, finding: Finding, fixIndex = 0): string {
    const fix = finding.fixes?.[fixIndex];
    if (!fix) {
        throw new Error(`finding ${finding.checkId} has no fix ${fixIndex}`);
    }
    const lines = text.split('\n');
    const offsetOf = (position: { line: number; character: number }) =>
        lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
    const edits = [...fix.edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
    let result = text;
    for (const edit of edits) {
        result = result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end));
    }
    return result;
}
