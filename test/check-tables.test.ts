import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../language/src/validation/checks/index.js';

/**
 * Every check is tested by one table of the check tester (test/check-tester.ts), in the file named
 * by its id: test/checks/<id>.test.ts, or test/checks/language/<id>.test.ts for the language's own.
 * Checks whose findings are raised outside the registry (the parser, the linker, the suppression
 * pass) and the configuration check, which needs files on disk, are tested where they are raised.
 */
const ELSEWHERE: Record<string, string> = {
    'syntax-error': 'test/language/parser.test.ts',
    'unresolved-reference': 'test/language/unresolved-reference.test.ts',
    'invalid-suppression': 'test/language/suppressions.test.ts',
    'unused-suppression': 'test/language/suppressions.test.ts',
    'invalid-config': 'test/config/config.test.ts'
};

describe('each check has its table', () => {
    it.each(ALL_CHECKS.map(check => [check.id, check] as const))('%s', (id, check) => {
        if (ELSEWHERE[id]) {
            const file = resolve(__dirname, '..', ELSEWHERE[id]);
            expect(existsSync(file), ELSEWHERE[id]).toBe(true);
            expect(readFileSync(file, 'utf8')).toContain(id);
            return;
        }
        const file = resolve(__dirname, 'checks', check.family === 'language' ? 'language' : '', `${id}.test.ts`);
        expect(existsSync(file), `${file} is missing`).toBe(true);
        const text = readFileSync(file, 'utf8');
        // `describeCheck('<id>', …)`, or `describeCheck(ID, …)` with `const ID = '<id>'`.
        const direct = text.includes(`describeCheck('${id}'`);
        const viaConstant = /describeCheck\(ID\b/.test(text) && text.includes(`const ID = '${id}'`);
        expect(direct || viaConstant, `no describeCheck table for ${id}`).toBe(true);
        expect(text.match(/describeCheck\(/g)).toHaveLength(1);
    });

    it('no test file of a check is left over from a check that is gone', async () => {
        const { readdirSync } = await import('node:fs');
        const ids = new Set(ALL_CHECKS.map(check => check.id));
        const stray = [...readdirSync(resolve(__dirname, 'checks')), ...readdirSync(resolve(__dirname, 'checks/language'))]
            .filter(name => name.endsWith('.test.ts'))
            .map(name => name.replace(/\.test\.ts$/, ''))
            .filter(id => !ids.has(id));
        expect(stray).toEqual([]);
    });
});
