/**
 * Precision, recall and F1 for the label "vague" (shared by the harness, the folds and the records).
 */
export interface Scores {
    n: number;
    tp: number;
    fp: number;
    fn: number;
    tn: number;
    precision: number;
    recall: number;
    f1: number;
    accuracy: number;
}

export type Verdict = 'vague' | 'precise';

/** Scores "vague" as the positive class. An undefined ratio (nothing predicted, nothing vague) is 0 here. */
export function score(results: ReadonlyArray<{ label: Verdict; predicted: Verdict }>): Scores {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    for (const { label, predicted } of results) {
        if (predicted === 'vague') {
            label === 'vague' ? tp++ : fp++;
        } else {
            label === 'vague' ? fn++ : tn++;
        }
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const n = results.length;
    return { n, tp, fp, fn, tn, precision, recall, f1, accuracy: n === 0 ? 0 : (tp + tn) / n };
}

/** Precision when the checks reported on at least one row, else undefined (not 0). */
export function definedPrecision(s: Scores): number | undefined {
    return s.tp + s.fp === 0 ? undefined : s.precision;
}

/** Recall when at least one row is labelled vague, else undefined (not 0). */
export function definedRecall(s: Scores): number | undefined {
    return s.tp + s.fn === 0 ? undefined : s.recall;
}
