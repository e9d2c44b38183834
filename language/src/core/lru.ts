/**
 * A bounded cache that forgets the least recently used entry first. The text analyses are cached by
 * text; when a cache that is simply cleared when full is smaller than a workspace's set of distinct
 * texts, every pass over the workspace empties it before reuse, and nothing is ever a hit.
 *
 * A Map keeps insertion order, so moving an entry to the end on use is all an LRU needs; this is
 * smaller than a dependency (the core is also bundled for the browser).
 */
export class LruCache<K, V> {
    private readonly entries = new Map<K, V>();

    constructor(readonly capacity: number) {
        if (!(capacity >= 1)) {
            throw new RangeError(`LruCache capacity must be at least 1, not ${capacity}`);
        }
    }

    get size(): number {
        return this.entries.size;
    }

    get(key: K): V | undefined {
        const value = this.entries.get(key);
        if (value !== undefined) {
            this.entries.delete(key);
            this.entries.set(key, value);
        }
        return value;
    }

    set(key: K, value: V): void {
        this.entries.delete(key);
        this.entries.set(key, value);
        if (this.entries.size > this.capacity) {
            this.entries.delete(this.entries.keys().next().value as K);
        }
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
        this.entries.clear();
    }
}
