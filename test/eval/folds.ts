/**
 * Leave-one-source-out for the vagueness evaluation.
 *
 * Rows are grouped by the jurisdiction (or source) their `source` column cites; each group is one
 * fold. For a statistical model, a fold would be scored by a model trained on the other folds. The
 * clarity checks are hand-written rules and nothing is fitted per fold, so a fold's figures are those
 * of the one fixed system on that source's rows. Whether that system "was not tuned on that source"
 * is a fact about its history, not something the harness can arrange: it holds only for rows of files
 * nobody has tuned on (test/eval/tuned-on.json). Each fold therefore carries how many of its rows
 * come from a file the checks were tuned on.
 */
import { definedPrecision, definedRecall, score, type Scores, type Verdict } from './scores.js';

/** The fold of rows whose `source` names no jurisdiction (constructed rows with no model cited). */
export const NO_SOURCE = '(no source cited)';

/**
 * Citation → jurisdiction, first match wins (the specific before the general: the Austrian and Swiss
 * StGB before the German one). Extend it when a set cites a new source: unmapped citations are
 * reported as folds of their own, named `other: <citation>`, and listed by the harness.
 */
export const SOURCE_RULES: ReadonlyArray<{ group: string; pattern: RegExp }> = [
    { group: 'England and Wales', pattern: /Licence Conditions\) Order|\bHMPPS\b|\bSI 20\d\d\/\d+/ },
    { group: 'Scotland', pattern: /\(Scotland\)/ },
    { group: 'Ireland', pattern: /\(Ireland\)/ },
    { group: 'US: New York', pattern: /\bN\.Y\. Penal Law\b|\bNew York\b/ },
    { group: 'US: Washington', pattern: /\bRCW\b|\bWn\. ?(?:2d|App)|\bBahl\b|\bWashington\b/ },
    { group: 'US: Florida', pattern: /\bFla\. Stat\.|\bFlorida\b/ },
    { group: 'US: Michigan', pattern: /\bMCL\b|\bMichigan\b/ },
    { group: 'Australia: New South Wales', pattern: /\(NSW\)|\bNew South Wales\b/ },
    { group: 'New Zealand', pattern: /\bNZ\b|\bNew Zealand\b/ },
    { group: 'Austria', pattern: /\(Austria\)|\bÖsterreich\b/ },
    { group: 'Switzerland', pattern: /\(Switzerland\)|\bsuisse\b|\bSchweiz/i },
    { group: 'Germany', pattern: /\(Germany\)|\bJGG\b|\bJugendgerichtsgesetz\b|\bStGB\b/ },
    { group: 'France', pattern: /\(France\)/ },
    { group: 'Belgium', pattern: /\(Belgium\)/ },
    { group: 'Monaco', pattern: /\(Monaco\)/ },
    { group: 'Netherlands', pattern: /\bNetherlands\b|\bDutch\b/ }
];

const TAG = /\[[^\]]*\]/g;

/** The citation of a `source` cell: its bracketed provenance tags removed. */
export function citationOf(source: string | undefined): string {
    return (source ?? '').replace(TAG, ' ').replace(/\s+/g, ' ').trim();
}

/** The provenance tag of a `source` cell: verbatim, verbatim-recalled, adapted, constructed, or (none). */
export function provenanceOf(source: string | undefined): string {
    for (const tag of (source ?? '').match(TAG) ?? []) {
        const word = /^\[\s*(verbatim-recalled|verbatim|adapted|constructed)\b/i.exec(tag);
        if (word) {
            return word[1].toLowerCase();
        }
    }
    return '(none)';
}

/**
 * The fold of a row: the jurisdiction its citation names; NO_SOURCE for a row that cites nothing (a
 * constructed row with only notes such as "fictitious name"); `other: <citation>` for a citation no
 * rule knows (`mapped` false).
 */
export function sourceGroup(source: string | undefined): { group: string; mapped: boolean } {
    const citation = citationOf(source);
    for (const rule of SOURCE_RULES) {
        if (rule.pattern.test(citation)) {
            return { group: rule.group, mapped: true };
        }
    }
    const constructed = provenanceOf(source) === 'constructed';
    if (citation === '' || (constructed && !/^(after|rewrite of)\b/i.test(citation))) {
        return { group: NO_SOURCE, mapped: true };
    }
    return { group: `other: ${citation}`, mapped: false };
}

export interface FoldRow {
    label: Verdict;
    predicted: Verdict;
    sourceGroup: string;
    /** The row comes from a file the checks were tuned on. */
    tuned: boolean;
}

export interface Fold {
    source: string;
    scores: Scores;
    /** Undefined when the checks reported on none of the fold's rows. */
    precision?: number;
    /** Undefined when no row of the fold is labelled vague. */
    recall?: number;
    /** Rows of the fold that come from a file the checks were tuned on (0 = unseen by the tuning). */
    tunedRows: number;
}

export interface FoldMean {
    /** Unweighted mean over the folds whose precision is defined. */
    precision?: number;
    /** Unweighted mean over the folds whose recall is defined. */
    recall?: number;
    folds: number;
    foldsWithPrecision: number;
    foldsWithRecall: number;
    worstPrecision?: { source: string; value: number };
    worstRecall?: { source: string; value: number };
}

export interface FoldSummary {
    folds: Fold[];
    mean: FoldMean;
}

function foldOrder(a: string, b: string): number {
    return Number(a === NO_SOURCE) - Number(b === NO_SOURCE) || a.localeCompare(b);
}

/** Groups rows into one fold per source and scores each (nothing is refitted per fold). */
export function foldsBySource(rows: readonly FoldRow[]): Fold[] {
    const groups = new Map<string, FoldRow[]>();
    for (const row of rows) {
        groups.set(row.sourceGroup, [...(groups.get(row.sourceGroup) ?? []), row]);
    }
    return [...groups.entries()].sort(([a], [b]) => foldOrder(a, b)).map(([source, members]) => {
        const scores = score(members);
        return {
            source,
            scores,
            precision: definedPrecision(scores),
            recall: definedRecall(scores),
            tunedRows: members.filter(row => row.tuned).length
        };
    });
}

/** The unweighted mean precision and recall over folds, each over the folds where it is defined. */
export function meanOverFolds(folds: readonly Fold[]): FoldMean {
    const mean = (values: number[]) => (values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length);
    const worst = (key: 'precision' | 'recall') => {
        let found: { source: string; value: number } | undefined;
        for (const fold of folds) {
            const value = fold[key];
            if (value !== undefined && (found === undefined || value < found.value)) {
                found = { source: fold.source, value };
            }
        }
        return found;
    };
    const precisions = folds.flatMap(fold => (fold.precision === undefined ? [] : [fold.precision]));
    const recalls = folds.flatMap(fold => (fold.recall === undefined ? [] : [fold.recall]));
    return {
        precision: mean(precisions),
        recall: mean(recalls),
        folds: folds.length,
        foldsWithPrecision: precisions.length,
        foldsWithRecall: recalls.length,
        worstPrecision: worst('precision'),
        worstRecall: worst('recall')
    };
}

export function leaveOneSourceOut(rows: readonly FoldRow[]): FoldSummary {
    const folds = foldsBySource(rows);
    return { folds, mean: meanOverFolds(folds) };
}
