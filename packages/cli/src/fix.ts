import type { Finding, Fix, FixEdit } from '@sanction-orders/language';

/** Text that stands for something the drafter has to write: "…", "...", `<name>`, `${1:…}`, `$1`. */
const PLACEHOLDER = /\u2026|\.\.\.|<[^<>\n]*>|\$\{\d+|\$\d/;
/** A quoted text the fix would insert (not an escaped quote inside a string it edits). */
const NEW_QUOTED_TEXT = /(^|[^\\])["\u201C\u201D]/;
/** A figure: a duration, date, time or count that the fix would have to guess. */
const FIGURE = /\d/;

/** Why a fix is not safe for `--fix` to apply unattended, or undefined when it is safe. */
export function unsafeReason(fix: Fix): string | undefined {
    const text = fix.edits.map(edit => edit.newText).join('\n');
    if (PLACEHOLDER.test(text)) {
        return 'it leaves a placeholder';
    }
    if (fix.safe === true) {
        return undefined;
    }
    if (fix.safe === false) {
        return 'it is marked as guessing';
    }
    if (NEW_QUOTED_TEXT.test(text)) {
        return 'it inserts a text the drafter has to write';
    }
    if (FIGURE.test(text)) {
        return 'it inserts a figure it cannot know';
    }
    return undefined;
}

/**
 * Whether `--fix` may apply a fix: the fix's own `safe` mark, else the default rule (see `Fix.safe`
 * in the core): no placeholder, no quoted text to write, no figure. A placeholder is never safe.
 */
export function isSafeFix(fix: Fix): boolean {
    return unsafeReason(fix) === undefined;
}

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

function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) {
            continue;
        }
        if (c === 10 || c === 13) {
            starts.push(i + 1);
        }
    }
    return starts;
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
