import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALL_CHECKS } from '../../language/src/validation/checks/index.js';
import { getRule } from '../../language/src/rules/catalogue.js';
import { withBasisSection } from '../../language/src/docs/reference.js';

/**
 * Citations you can trust: every Rule a check cites exists, sits in the chapter the check says,
 * is one an order can be checked against, and comes with the part of it that carries the finding;
 * the check's page lists them, generated from the same data.
 */
const DOCS = resolve(__dirname, '../../docs/checks');
const ruleChecks = ALL_CHECKS.filter(check => check.rules.length > 0 || (check.provisions?.length ?? 0) > 0);

describe.each(ruleChecks.map(check => [check.id, check]))('%s', (_id, check) => {
    test('states the basis of each cited Rule, in the chapter the catalogue has', () => {
        expect((check.basis ?? []).map(b => b.rule).sort((a, b) => a - b), 'one basis entry per cited Rule').toEqual([...check.rules].sort((a, b) => a - b));
        for (const basis of check.basis ?? []) {
            const rule = getRule(basis.rule);
            expect(rule, `Rule ${basis.rule} is not in the catalogue`).toBeDefined();
            expect(basis.chapter, `Rule ${basis.rule} is in Chapter ${rule?.chapter}, not ${basis.chapter}`).toBe(rule?.chapter);
            expect(rule?.checkable, `Rule ${basis.rule} is not one an order can be checked against`).toBe(true);
            expect(basis.clause.trim()).not.toBe('');
            expect(basis.carries.trim().split(/\s+/).length, 'the basis says what the Rule requires').toBeGreaterThanOrEqual(5);
        }
    });

    test('its page lists those Rules (generated section is current)', () => {
        const path = resolve(DOCS, `${check.id}.md`);
        expect(existsSync(path), `docs/checks/${check.id}.md is missing`).toBe(true);
        const page = readFileSync(path, 'utf8');
        const expected = withBasisSection(page, check);
        if (process.env.UPDATE_DOCS === '1' && expected !== page) {
            writeFileSync(path, expected);
        }
        expect(readFileSync(path, 'utf8'), 'run UPDATE_DOCS=1 npx vitest run test/docs').toBe(expected);
    });
});
