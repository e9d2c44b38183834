import type { Finding, Fix, FixEdit } from '@sanction-orders/language';
import { isSafeFix } from '@sanction-orders/language/core/fix-safety.js';
import { lineStarts } from './positions.js';

/** The fix `--fix` applies for a finding: its preferred fix, else its first, among its safe fixes. */
export function chosenFix(finding: Finding): Fix | undefined {
    const fixes = (finding.fixes ?? []).filter(isSafeFix);
    return fixes.find(fix => fix.preferred) ?? fixes[0];
}

/** Findings with fixes, none of them safe: `--fix` leaves them for the drafter. */
export function unsafeOnly(findings: readonly Finding[]): Finding[] {
    return findings.filter(finding => (finding.fixes?.length ?? 0) > 0 && !chosenFix(finding));
}

function offsetAt(starts: readonly number[], length: number, position: { line: number; character: number }): number {
    if (position.line >= starts.length) {
        return length;
    }
    return Math.min(length, starts[position.line] + position.character);
}

export interface AppliedFixes {
    text: string;
    /** The findings whose fix was applied, by check id. */
    applied: Array<{ checkId: string; title: string }>;
}

/**
 * Applies, to the text the findings were computed on, one fix per finding, as long as its edits do
 * not overlap an edit of a fix already taken (text one fix replaces belongs to that fix alone; a fix
 * that would change it waits for the next pass, on the new text). Only the edits' own ranges change:
 * everything else is copied as it was. Two fixes that make the same edits count once.
 */
export function applyFixes(text: string, findings: readonly Finding[]): AppliedFixes {
    const starts = lineStarts(text);
    const taken: Array<{ start: number; end: number; newText: string }> = [];
    const applied: AppliedFixes['applied'] = [];
    const seen = new Set<string>();
    for (const finding of findings) {
        const fix = chosenFix(finding);
        if (!fix || fix.edits.length === 0) {
            continue;
        }
        const edits = fix.edits.map((edit: FixEdit) => ({
            start: offsetAt(starts, text.length, edit.range.start),
            end: offsetAt(starts, text.length, edit.range.end),
            newText: edit.newText
        }));
        const key = JSON.stringify(edits);
        if (seen.has(key)) {
            continue;
        }
        const overlaps = edits.some(edit => edit.end < edit.start || taken.some(other =>
            (edit.start < other.end && other.start < edit.end) || edit.start === other.start));
        const selfOverlap = edits.some((edit, i) => edits.some((other, j) => i !== j && edit.start < other.end && other.start < edit.end));
        if (overlaps || selfOverlap) {
            continue;
        }
        seen.add(key);
        taken.push(...edits);
        applied.push({ checkId: finding.checkId, title: fix.title });
    }
    let result = text;
    for (const edit of [...taken].sort((a, b) => b.start - a.start || b.end - a.end)) {
        result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    }
    return { text: result, applied };
}
