/**
 * The table-driven check tester, after ESLint's RuleTester: one call per check,
 *
 *     describeCheck('missing-appeal-right', { valid: [...], invalid: [...], fixes: [...] });
 *
 * - `valid`: orders on which the check finds nothing;
 * - `invalid`: orders and the exact findings of the check on them (message id, range, Rules; the
 *   covered text, severity, message text when given);
 * - `fixes`: orders whose one finding (or the finding at `finding`) has fixes, and the text after
 *   each fix; a fixed text must parse, resolve, and no longer carry that finding.
 *
 * The tester also holds the table to the check: every message id of the check is exercised by an
 * invalid case, and a check that offers fixes has fix cases.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../language/src/core/finding.js';
import type { SanctionConfig } from '../language/src/core/config.js';
import { checkById } from '../language/src/validation/checks/index.js';
import { applyEdits, covered, lint, lintWorkspace, testServices } from './helpers.js';

/** Several files linted together (imports resolve between them); findings are read from `main`. */
export interface Workspace { files: Record<string, string>; main: string }

interface CaseBase {
    /** What the case shows, as the test's name. */
    name: string;
    code: string | Workspace;
    /** Settings as sanction.config.json or the CLI would give them (profile, checks, ceilings). */
    config?: Partial<SanctionConfig>;
}

export type ValidCase = CaseBase;

export interface ExpectedFinding {
    messageId: string;
    /** `line:column-line:column`, 1-based, as the CLI prints positions. */
    range: string;
    rules: number[];
    /** The source text the finding's range covers. */
    covered?: string;
    severity?: Severity;
    /** The whole message, citation included. */
    message?: string;
}

export interface InvalidCase extends CaseBase {
    findings: ExpectedFinding[];
}

export interface FixCase extends CaseBase {
    /** Which of the check's findings (in document order) to fix; when absent there must be exactly one. */
    finding?: number;
    /** The text after each of the finding's fixes, in the order they are offered. */
    output: string[];
}

export interface CheckTable {
    valid: ValidCase[];
    invalid: InvalidCase[];
    fixes?: FixCase[];
    /**
     * Messages that need what an in-memory workspace cannot give (files on disk: a library's
     * manifest, a configuration naming it), by id, with the test file that asserts them exactly.
     */
    testedElsewhere?: Record<string, string>;
}

async function withConfig<T>(config: Partial<SanctionConfig> | undefined, run: () => Promise<T>): Promise<T> {
    if (!config) {
        return run();
    }
    const provider = testServices().sanction.config;
    provider.setOverrides(config);
    try {
        return await run();
    } finally {
        provider.setOverrides({});
    }
}

function mainText(code: string | Workspace): string {
    return typeof code === 'string' ? code : code.files[code.main];
}

async function findingsFor(testCase: CaseBase): Promise<Finding[]> {
    return withConfig(testCase.config, async () => {
        const code = testCase.code;
        if (typeof code === 'string') {
            return lint(code);
        }
        return (await lintWorkspace(code.files))[code.main];
    });
}

async function lintFixed(testCase: CaseBase, fixed: string): Promise<Finding[]> {
    const code = testCase.code;
    return findingsFor({
        ...testCase,
        code: typeof code === 'string' ? fixed : { ...code, files: { ...code.files, [code.main]: fixed } }
    });
}

/** The range of the first `phrase` on a line (1-based) of the code, written as a table writes it. */
export function rangeOf(code: string, phrase: string, line: number): string {
    const column = code.split('\n')[line - 1].indexOf(phrase);
    if (column < 0) {
        throw new Error(`"${phrase}" is not on line ${line}`);
    }
    return `${line}:${column + 1}-${line}:${column + 1 + phrase.length}`;
}

export function rangeText(finding: Finding): string {
    const { start, end } = finding.range;
    return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

/** A finding as the table states it: the keys the expectation gives, no more. */
function shapeOf(text: string, finding: Finding, expected: ExpectedFinding | undefined): ExpectedFinding {
    const shape: ExpectedFinding = { messageId: finding.messageId ?? '', range: rangeText(finding), rules: finding.rules };
    if (expected?.covered !== undefined) {
        shape.covered = covered(text, finding);
    }
    if (expected?.severity !== undefined) {
        shape.severity = finding.severity;
    }
    if (expected?.message !== undefined) {
        shape.message = finding.message;
    }
    return shape;
}

export function describeCheck(id: string, table: CheckTable): void {
    const check = checkById(id);

    describe(`${id}: the table`, () => {
        it('names a check of the product', () => {
            expect(check, `no check '${id}'`).toBeDefined();
        });
        it('has valid and invalid cases', () => {
            expect(table.valid.length).toBeGreaterThan(0);
            expect(table.invalid.length).toBeGreaterThan(0);
        });
        it('exercises every message of the check', () => {
            const used = new Set([...table.invalid.flatMap(c => c.findings.map(f => f.messageId)), ...Object.keys(table.testedElsewhere ?? {})]);
            const declared = Object.keys(check?.messages ?? {});
            expect(declared.filter(m => !used.has(m)), 'message ids with no invalid case').toEqual([]);
            expect([...used].filter(m => !declared.includes(m)), 'message ids the check does not declare').toEqual([]);
        });
    });

    describe(`${id}: valid`, () => {
        it.each(table.valid.map(c => [c.name, c] as const))('%s', async (_name, testCase) => {
            const findings = (await findingsFor(testCase)).filter(f => f.checkId === id);
            expect(findings.map(f => `${rangeText(f)} ${f.messageId}: ${f.message}`)).toEqual([]);
        });
    });

    describe(`${id}: invalid`, () => {
        it.each(table.invalid.map(c => [c.name, c] as const))('%s', async (_name, testCase) => {
            const text = mainText(testCase.code);
            const findings = (await findingsFor(testCase)).filter(f => f.checkId === id);
            const actual = findings.map((f, i) => shapeOf(text, f, testCase.findings[i]));
            expect(actual).toEqual(testCase.findings);
            for (const finding of findings) {
                expect(finding.message, 'a placeholder left unfilled').not.toMatch(/\{\{/);
            }
        });
        it('offers fix cases where the check offers fixes', async () => {
            let offers = false;
            for (const testCase of table.invalid) {
                offers ||= (await findingsFor(testCase)).some(f => f.checkId === id && (f.fixes?.length ?? 0) > 0);
            }
            if (offers) {
                expect(table.fixes?.length ?? 0, `${id} offers fixes: add fix cases`).toBeGreaterThan(0);
            }
        });
    });

    if (table.fixes && table.fixes.length > 0) {
        describe(`${id}: fixes`, () => {
            it.each(table.fixes!.map(c => [c.name, c] as const))('%s', async (_name, testCase) => {
                const text = mainText(testCase.code);
                const findings = (await findingsFor(testCase)).filter(f => f.checkId === id);
                if (testCase.finding === undefined) {
                    expect(findings, 'a fix case without `finding` needs exactly one finding').toHaveLength(1);
                }
                const finding = findings[testCase.finding ?? 0];
                expect(finding, `no finding ${testCase.finding ?? 0}`).toBeDefined();
                const outputs: string[] = [];
                for (const fix of finding.fixes ?? []) {
                    const fixed = applyEdits(text, fix.edits);
                    outputs.push(fixed);
                    const after = await lintFixed(testCase, fixed);
                    expect(after.filter(f => f.checkId === 'syntax-error' || f.checkId === 'unresolved-reference')
                        .map(f => f.message), `fix '${fix.title}' left a broken text:\n${fixed}`).toEqual([]);
                    expect(after.filter(f => f.checkId === id && f.message === finding.message)
                        .map(f => rangeText(f)), `fix '${fix.title}' left the finding:\n${fixed}`).toEqual([]);
                }
                expect(outputs).toEqual(testCase.output);
            });
        });
    }
}
