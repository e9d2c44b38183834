import { describe, expect, test } from 'vitest';
import { valueOffsets } from '../../language/src/validation/text/literal.js';

describe('string literals', () => {
    test('map each character of the value to its place in the file', () => {
        const { value, offsets } = valueOffsets('"ab\\"c"');
        expect(value).toBe('ab"c');
        expect(offsets).toEqual([1, 2, 3, 5, 6]);
    });

    test('curly quotes are one character each', () => {
        const { value, offsets } = valueOffsets('\u201Cetc.\u201D');
        expect(value).toBe('etc.');
        expect(offsets).toEqual([1, 2, 3, 4, 5]);
    });

    test('an empty string has only the closing quote', () => {
        expect(valueOffsets('""')).toEqual({ value: '', offsets: [1] });
    });
});
