/**
 * A small seeded pseudo-random generator (mulberry32), so that a fuzz run is reproducible from its
 * seed: input `i` of seed `s` is generated from its own stream, `Random.forInput(s, i)`, whatever
 * ran before it.
 */
export class Random {
    private state: number;

    constructor(seed: number) {
        this.state = seed >>> 0;
    }

    /** The stream of one input of a run. */
    static forInput(seed: number, index: number): Random {
        return new Random(hash32(`${seed}:${index}`));
    }

    /** A float in [0, 1). */
    next(): number {
        let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    /** An integer in [min, max]. */
    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }

    chance(p: number): boolean {
        return this.next() < p;
    }

    pick<T>(items: readonly T[]): T {
        return items[Math.floor(this.next() * items.length)];
    }

    /** One of several choices, by weight. */
    weighted<T>(choices: ReadonlyArray<readonly [number, T]>): T {
        const total = choices.reduce((sum, [w]) => sum + w, 0);
        let r = this.next() * total;
        for (const [w, value] of choices) {
            r -= w;
            if (r < 0) {
                return value;
            }
        }
        return choices[choices.length - 1][1];
    }

    /** How many times a `*` or `+` repeats: usually a few, sometimes many. */
    count(min: number, max: number, p = 0.6): number {
        let n = min;
        while (n < max && this.chance(p)) {
            n++;
        }
        return n;
    }
}

/** FNV-1a, 32 bits: seeds from strings, and short stable ids of saved failures. */
export function hash32(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
