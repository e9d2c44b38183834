import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { splitLines } from './lines.js';

/**
 * Suppression comments: a court may keep wording a check flags, but only by saying why, in the
 * order itself, where the next reader sees it:
 *
 *   // sanction-ignore vague-term -- the statute uses "good behaviour" as a defined term (s. 12)
 *   condition "Keep the peace and be of good behaviour", for 12 months.
 *
 * A comment line `// sanction-ignore <check-id>[, <check-id>…] -- <reason>` silences findings of
 * those checks that start on the next line holding text (blank lines and other comments are
 * passed over). Without a reason the comment silences nothing and is itself reported.
 */
export interface Suppression {
    /** Line of the comment (0-based). */
    line: number;
    /** The comment's text range. */
    range: Range;
    ids: string[];
    reason: string;
    /** The line it applies to (0-based), or undefined at the end of the file. */
    target?: number;
}

const MARKER = /^(\s*)\/\/\s*sanction-ignore\b(.*)$/;
/** A reason is a few words, not a placeholder. */
const MIN_REASON_WORDS = 3;

export function readSuppressions(text: string): Suppression[] {
    const lines = splitLines(text);
    const found: Suppression[] = [];
    lines.forEach((line, index) => {
        const match = MARKER.exec(line);
        if (!match) {
            return;
        }
        const [idsPart, ...reasonParts] = match[2].split('--');
        const ids = idsPart.split(/[\s,]+/).map(id => id.trim()).filter(Boolean);
        let target: number | undefined;
        for (let next = index + 1; next < lines.length; next++) {
            const trimmed = lines[next].trim();
            if (trimmed !== '' && !trimmed.startsWith('//')) {
                target = next;
                break;
            }
        }
        found.push({
            line: index,
            range: { start: { line: index, character: match[1].length }, end: { line: index, character: line.length } },
            ids,
            reason: reasonParts.join('--').trim(),
            target
        });
    });
    return found;
}

export interface SuppressionProblem {
    checkId: 'invalid-suppression' | 'unused-suppression';
    range: Range;
    message: string;
}

/** Checks that cannot be silenced: a broken order cannot be checked at all. */
const UNSUPPRESSIBLE = new Set(['syntax-error', 'unresolved-reference', 'invalid-suppression', 'unused-suppression']);

/**
 * One pass of checks over a text. An editor checks a text in more than one pass (the slow checks
 * after a pause): a suppression is judged "silences nothing" only in the pass that completes the
 * checks it names, counting what it silenced in earlier passes, and a faulty suppression is
 * reported by the first pass only. Without a pass, every check is taken to have run at once.
 */
export interface SuppressionPass {
    /** Whether this is the first pass over this text. */
    readonly first: boolean;
    /** Ids of the checks that ran in this pass. */
    readonly ran: ReadonlySet<string>;
    /** Ids of the checks that ran in earlier passes over this text. */
    readonly ranBefore: ReadonlySet<string>;
    /** Suppressions (by their line) that silenced a finding in an earlier pass; this pass adds to it. */
    readonly used: Set<number>;
}

/**
 * Drops the findings that valid suppressions cover and returns what is left, with a problem for each
 * suppression that is not valid (no check, unknown check, no reason) or that silences nothing.
 */
export function applySuppressions(text: string, diagnostics: Diagnostic[], knownIds: ReadonlySet<string>, pass?: SuppressionPass): { kept: Diagnostic[]; problems: SuppressionProblem[] } {
    const suppressions = readSuppressions(text);
    if (suppressions.length === 0) {
        return { kept: diagnostics, problems: [] };
    }
    const problems: SuppressionProblem[] = [];
    const active: Suppression[] = [];
    for (const suppression of suppressions) {
        const unknown = suppression.ids.filter(id => !knownIds.has(id) || UNSUPPRESSIBLE.has(id));
        let problem: string | undefined;
        if (suppression.ids.length === 0) {
            problem = "This suppression names no check: write '// sanction-ignore <check-id> -- <the court's reason>'";
        } else if (unknown.length > 0) {
            problem = `This suppression names ${unknown.map(id => `'${id}'`).join(', ')}, which ${unknown.length === 1 ? 'is not a check that can be silenced' : 'are not checks that can be silenced'} (see \`sanction checks\`)`;
        } else if (suppression.reason.split(/\s+/).filter(Boolean).length < MIN_REASON_WORDS) {
            problem = "This suppression gives no reason: say why the court keeps this wording, after '--' (a few words at least); until then it silences nothing";
        } else if (suppression.target === undefined) {
            problem = 'This suppression is followed by no sentence to apply to';
        } else {
            active.push(suppression);
        }
        if (problem !== undefined && (pass?.first ?? true)) {
            problems.push({ checkId: 'invalid-suppression', range: suppression.range, message: problem });
        }
    }
    const used = pass?.used ?? new Set<number>();
    const kept = diagnostics.filter(diagnostic => {
        const code = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
        const by = active.find(s => s.target === diagnostic.range.start.line && !!code && s.ids.includes(code));
        if (by) {
            used.add(by.line);
            return false;
        }
        return true;
    });
    // Judged in the pass after which every check it names has run, and not in a later one.
    const judgedNow = (suppression: Suppression) => !pass || (
        suppression.ids.every(id => pass.ran.has(id) || pass.ranBefore.has(id)) && suppression.ids.some(id => pass.ran.has(id) && !pass.ranBefore.has(id)));
    for (const suppression of active) {
        if (!used.has(suppression.line) && judgedNow(suppression)) {
            problems.push({ checkId: 'unused-suppression', range: suppression.range, message: `This suppression silences nothing: no ${suppression.ids.map(id => `'${id}'`).join(' or ')} finding starts on line ${suppression.target! + 1}; remove it` });
        }
    }
    return { kept, problems };
}
