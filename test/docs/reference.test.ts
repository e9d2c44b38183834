import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALL_CHECKS } from '../../language/src/validation/checks/index.js';
import { renderChecksIndex, renderRulesPage } from '../../language/src/docs/reference.js';

/** Generated reference pages must match what the code would generate now. */
const DOCS = resolve(__dirname, '../../docs');

function current(path: string, generated: string): void {
    const file = resolve(DOCS, path);
    if (process.env.UPDATE_DOCS === '1') {
        writeFileSync(file, generated);
    }
    expect(existsSync(file), `${path} is missing: run UPDATE_DOCS=1 npx vitest run test/docs`).toBe(true);
    expect(readFileSync(file, 'utf8'), `${path} is stale: run UPDATE_DOCS=1 npx vitest run test/docs`).toBe(generated);
}

describe('generated reference pages are current', () => {
    test('docs/rules.md', () => current('rules.md', renderRulesPage(ALL_CHECKS)));
    test('docs/checks/README.md', () => current('checks/README.md', renderChecksIndex(ALL_CHECKS)));

    test('docs/rules.md lists all 105 Rules and links the checks that cite them', () => {
        const page = renderRulesPage(ALL_CHECKS);
        for (let n = 1; n <= 105; n++) {
            expect(page).toMatch(new RegExp(`^\\| ${n} \\|`, 'm'));
        }
        expect(page).toMatch(/^\| 23 \|.*\[`missing-duration`\]\(checks\/missing-duration\.md\)/m);
    });
});
