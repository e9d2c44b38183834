/**
 * A bounded cache that forgets what has not been used for longest. The text analyses are cached by
 * text; a cache that is simply cleared when full, and smaller than a workspace's set of distinct
 * texts, is emptied by every pass over the workspace before anything in it is reused.
 *
 * Two generations, as in quick-lru: hits in the current generation cost one lookup (no reordering
 * on every read, which shows in profiles when the keys are long texts); an entry found in the old
 * generation moves to the current one; when the current one is full it becomes the old one and the
 * old one is dropped. So the cache holds between `capacity` and twice `capacity` entries, and an
 * entry used within the last `capacity` insertions is never dropped. Smaller than a dependency
 * (the core is also bundled for the browser).
 */
export class LruCache<K, V> {
    private current = new Map<K, V>();
    private previous = new Map<K, V>();

    constructor(readonly capacity: number) {
        if (!(capacity >= 1)) {
            throw new RangeError(`LruCache capacity must be at least 1, not ${capacity}`);
        }
    }

    /** Entries held (at most twice the capacity). */
    get size(): number {
        return this.current.size + this.previous.size;
    }

    get(key: K): V | undefined {
        const value = this.current.get(key);
        if (value !== undefined) {
            return value;
        }
        const old = this.previous.get(key);
        if (old !== undefined) {
            this.previous.delete(key);
            this.insert(key, old);
        }
        return old;
    }

    set(key: K, value: V): void {
        if (this.current.has(key)) {
            this.current.set(key, value);
            return;
        }
        this.previous.delete(key);
        this.insert(key, value);
    }

    private insert(key: K, value: V): void {
        if (this.current.size >= this.capacity) {
            this.previous = this.current;
            this.current = new Map();
        }
        this.current.set(key, value);
    }

    /** The cached value, or the one `make` computes (then cached). */
    getOrCompute(key: K, make: () => V): V {
        let value = this.get(key);
        if (value === undefined) {
            value = make();
            this.set(key, value);
        }
        return value;
    }

    clear(): void {
        this.current.clear();
        this.previous.clear();
    }
}

/**
 * The capacity of the caches of text analyses (by text). A cache holds between this and twice this
 * many texts, and a text used in the last this-many insertions stays: a pass over an order of up to
 * this many clauses finds every clause it read on the pass before. Not every text a corpus holds:
 * the CLI's lint of 10,000 orders passes through the caches instead of keeping each analysis
 * (10,000 here peaked 10 MB higher, issue 12).
 */
export const TEXT_CACHE_CAPACITY = 2_500;
