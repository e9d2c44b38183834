import { describe, expect, test } from 'vitest';
import { LruCache } from '../../language/src/core/lru.js';

describe('LruCache', () => {
    test('keeps an entry used within the last `capacity` insertions', () => {
        const cache = new LruCache<string, number>(2);
        cache.set('a', 1);
        cache.set('b', 2);
        cache.set('c', 3); // a and b move to the old generation
        expect(cache.get('a')).toBe(1); // used: back in the current one
        cache.set('d', 4); // the current one (c, a) is full: it becomes the old one; b is dropped
        expect(cache.get('b')).toBeUndefined();
        expect(cache.get('a')).toBe(1);
        expect(cache.get('c')).toBe(3);
        expect(cache.get('d')).toBe(4);
    });

    test('holds at most twice its capacity', () => {
        const cache = new LruCache<number, number>(3);
        for (let i = 0; i < 100; i++) {
            cache.set(i, i);
            expect(cache.size).toBeLessThanOrEqual(6);
        }
        expect(cache.get(99)).toBe(99);
        expect(cache.get(90)).toBeUndefined();
    });

    test('getOrCompute computes once per key while the key is kept', () => {
        const cache = new LruCache<string, number>(10);
        let calls = 0;
        const make = () => ++calls;
        expect(cache.getOrCompute('x', make)).toBe(1);
        expect(cache.getOrCompute('x', make)).toBe(1);
        expect(calls).toBe(1);
    });

    test('setting a kept key replaces its value without adding an entry', () => {
        const cache = new LruCache<string, number>(2);
        cache.set('a', 1);
        cache.set('a', 5);
        expect(cache.size).toBe(1);
        expect(cache.get('a')).toBe(5);
        cache.set('b', 2);
        cache.set('c', 3);
        cache.set('a', 6); // a was in the old generation: moved, not duplicated
        expect(cache.size).toBe(3);
        expect(cache.get('a')).toBe(6);
    });

    test('refuses a capacity below 1', () => {
        expect(() => new LruCache(0)).toThrow(RangeError);
    });
});
