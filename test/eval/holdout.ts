/**
 * The held-out discipline of the vagueness evaluation: before any tuning, a fixed ~25% of the
 * development rows was set aside (seeded shuffle of the ids, seed below). Vocabulary and
 * patterns were developed on the other rows only; figures on the held-out rows show how far the
 * detector generalises. The split depends only on the ids and the seed, so it is reproducible.
 */
export const HOLDOUT_SEED = 20170322;
export const HOLDOUT_SHARE = 0.25;

/** mulberry32: a small, fixed pseudo-random generator (same sequence on every platform). */
function mulberry32(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** The ids set aside: a seeded Fisher-Yates shuffle of the sorted ids, first 25% taken. */
export function holdoutIds(ids: readonly string[], seed = HOLDOUT_SEED, share = HOLDOUT_SHARE): Set<string> {
    const sorted = [...new Set(ids)].sort();
    const random = mulberry32(seed);
    for (let i = sorted.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [sorted[i], sorted[j]] = [sorted[j], sorted[i]];
    }
    return new Set(sorted.slice(0, Math.round(sorted.length * share)));
}
