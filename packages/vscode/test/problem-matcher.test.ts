/**
 * The `$sanction` problem matcher reads what `sanction lint` really prints: the CLI is run on the
 * bad examples (and on a file with a syntax error, one with spaces and a colon in its name, checks
 * moved to info and hint), and every finding line of its compact output must match the pattern and
 * give the file, line, column, severity, message and check id that its JSON output gives.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const extensionDir = path.join(repoRoot, 'packages', 'vscode');
const bin = path.join(repoRoot, 'packages', 'cli', 'bin', 'sanction.cjs');

interface ProblemPattern {
    regexp: string;
    file: number;
    line: number;
    column: number;
    severity: number;
    message: number;
    code: number;
}

interface ProblemMatcher {
    name: string;
    owner: string;
    source: string;
    applyTo: string;
    fileLocation: string[];
    pattern: ProblemPattern;
}

interface JsonReport {
    files: Array<{
        path: string;
        findings: Array<{ checkId: string; severity: string; message: string; range: { start: { line: number; column: number } } }>;
    }>;
}

const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8')) as {
    contributes: { problemMatchers: ProblemMatcher[] };
};
const matcher = manifest.contributes.problemMatchers.find(m => m.name === 'sanction')!;

let folder: string;

function lint(format: 'compact' | 'json'): string {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    const result = spawnSync(process.execPath, [bin, 'lint', '.', '--format', format, '--check', 'no-early-termination=hint', '--check', 'missing-appeal-right=info'], {
        cwd: folder, env, encoding: 'utf8', timeout: 60_000
    });
    if (result.error) {
        throw result.error;
    }
    expect(result.status, result.stderr).toBe(1);
    return result.stdout;
}

beforeAll(() => {
    // The CLI as the package builds it (atomically: other test files may build it at the same time).
    execFileSync(process.execPath, [path.join(repoRoot, 'packages', 'cli', 'esbuild.mjs')], { cwd: repoRoot, stdio: 'pipe' });
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-matcher-'));
    fs.cpSync(path.join(repoRoot, 'examples', 'bad'), path.join(folder, 'bad'), { recursive: true });
    fs.mkdirSync(path.join(folder, 'court orders'));
    fs.copyFileSync(path.join(repoRoot, 'examples', 'bad', 'no-duration.sanction'), path.join(folder, 'court orders', 'order: 2026 copy.sanction'));
    fs.writeFileSync(path.join(folder, 'broken.sanction'), 'order "BROKEN-1".\nmade on 2026-03-14.\nrequirement curfew for 3 months\nbogus.\n');
}, 120_000);

afterAll(() => {
    if (folder) {
        fs.rmSync(folder, { recursive: true, force: true });
    }
});

describe('the $sanction problem matcher', () => {
    it('is contributed under its own owner and source, for every file, with paths relative to the folder', () => {
        expect(matcher).toBeDefined();
        // Not the language client's owner: the task's markers would replace the server's diagnostics.
        expect(matcher.owner).not.toBe('sanction');
        expect(matcher.source).toBe('sanction lint');
        expect(matcher.applyTo).toBe('allDocuments');
        expect(matcher.fileLocation).toEqual(['autoDetect', '${workspaceFolder}']);
    });

    it('matches every finding line of `sanction lint` and nothing else', () => {
        const compact = lint('compact');
        const report = JSON.parse(lint('json')) as JsonReport;
        const regexp = new RegExp(matcher.pattern.regexp);
        const lines = compact.split('\n');
        const matched = lines.map(line => regexp.exec(line)).filter((m): m is RegExpExecArray => m !== null);
        const unmatched = lines.filter(line => line.trim() !== '' && !regexp.test(line));

        const expected = report.files.flatMap(file => file.findings.map(f => ({
            file: file.path,
            line: String(f.range.start.line),
            column: String(f.range.start.column),
            severity: f.severity,
            message: f.message.replace(/\s*\r?\n\s*/g, ' '),
            code: f.checkId
        })));
        const actual = matched.map(m => ({
            file: m[matcher.pattern.file],
            line: m[matcher.pattern.line],
            column: m[matcher.pattern.column],
            severity: m[matcher.pattern.severity],
            message: m[matcher.pattern.message],
            code: m[matcher.pattern.code]
        }));
        expect(actual).toEqual(expected);
        // Only the summary line is left over.
        expect(unmatched).toHaveLength(1);
        expect(unmatched[0]).toMatch(/^\d+ problems \(/);
    });

    it('covers every severity, a syntax error, and a path with spaces and a colon', () => {
        const regexp = new RegExp(matcher.pattern.regexp);
        const found = lint('compact').split('\n').map(line => regexp.exec(line)).filter((m): m is RegExpExecArray => m !== null);
        expect(new Set(found.map(m => m[matcher.pattern.severity]))).toEqual(new Set(['error', 'warning', 'info', 'hint']));
        expect(found.some(m => m[matcher.pattern.code] === 'syntax-error' && m[matcher.pattern.file] === 'broken.sanction')).toBe(true);
        expect(found.some(m => m[matcher.pattern.file] === 'court orders/order: 2026 copy.sanction')).toBe(true);
    });
});
