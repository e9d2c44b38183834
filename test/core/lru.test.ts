import { describe, expect, test } from 'vitest';
import { LruCache } from '../../language/src/core/lru.js';

describe('LruCache', () => {
    test('forgets the least recently used entry when full; a read counts as a use', () => {
        const cache = new LruCache<string, number>(2);
        cache.set('a', 1);
        cache.set('b', 2);
        expect(cache.get('a')).toBe(1); // a is now the most recent
        cache.set('c', 3);
        expect(cache.get('b')).toBeUndefined();
        expect(cache.get('a')).toBe(1);
        expect(cache.get('c')).toBe(3);
        expect(cache.size).toBe(2);
    });

    test('getOrCompute computes once per key while the key is kept', () => {
        const cache = new LruCache<string, number>(10);
        let calls = 0;
        const make = () => ++calls;
        expect(cache.getOrCompute('x', make)).toBe(1);
        expect(cache.getOrCompute('x', make)).toBe(1);
        expect(calls).toBe(1);
    });

    test('setting a kept key replaces its value without growing', () => {
        const cache = new LruCache<string, number>(2);
        cache.set('a', 1);
        cache.set('a', 5);
        expect(cache.size).toBe(1);
        expect(cache.get('a')).toBe(5);
    });

    test('refuses a capacity below 1', () => {
        expect(() => new LruCache(0)).toThrow(RangeError);
    });
});
