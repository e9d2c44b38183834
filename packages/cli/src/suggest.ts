import { distance } from 'fastest-levenshtein';

/**
 * The candidates a mistyped name most likely meant, best first: those within a few edits (about one
 * in four characters, at least two), then those that contain it or start with it.
 */
export function closest(input: string, candidates: readonly string[], max = 3): string[] {
    const typed = input.toLowerCase();
    const near = candidates
        .map(candidate => ({ candidate, edits: distance(typed, candidate.toLowerCase()) }))
        .filter(({ candidate, edits }) => edits <= Math.max(2, Math.floor(candidate.length / 4)))
        .sort((a, b) => a.edits - b.edits)
        .map(({ candidate }) => candidate);
    const containing = typed.length >= 3 ? candidates.filter(candidate => candidate.toLowerCase().includes(typed)) : [];
    return [...new Set([...near, ...containing])].slice(0, max);
}

/** " (did you mean a, b?)" or "". */
export function didYouMean(input: string, candidates: readonly string[]): string {
    const found = closest(input, candidates);
    return found.length ? ` (did you mean ${found.join(', ')}?)` : '';
}
