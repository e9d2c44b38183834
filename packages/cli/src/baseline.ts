import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeFsError, InputError, OutputError } from './errors.js';
import { displayPath } from './paths.js';
import type { LintReport, ReportFinding, ReportFile } from './report.js';
import { writeFileAtomic } from './write.js';

/**
 * A baseline: the findings a library of orders already had when it adopted the linter, so that only
 * new ones fail the build. A finding is known by its file (relative to the baseline's folder) and its
 * fingerprint (check id, message id, the text it covers, its occurrence), so moving lines keeps it
 * old; editing the text it covers makes it new.
 */
export interface BaselineEntry {
    path: string;
    checkId: string;
    fingerprint: string;
    /** Where it was when the baseline was written: for people reading the file and the report. */
    line: number;
    message: string;
}

export interface Baseline {
    version: 1;
    tool: 'sanction';
    findings: BaselineEntry[];
}

const entryKey = (entry: { path: string; fingerprint: string }) => `${entry.path}\u0000${entry.fingerprint}`;

function baselinePath(file: ReportFile, baselineFile: string): string {
    return path.relative(path.dirname(baselineFile), file.absolutePath).split(path.sep).join('/');
}

export function baselineOf(report: LintReport, baselineFile: string): Baseline {
    return {
        version: 1,
        tool: 'sanction',
        findings: report.files.flatMap(file => file.findings.filter(f => f.fingerprint).map(finding => ({
            path: baselinePath(file, baselineFile),
            checkId: finding.checkId,
            fingerprint: finding.fingerprint!,
            line: finding.range.start.line,
            message: finding.message
        })))
    };
}

export function writeBaseline(report: LintReport, baselineFile: string, cwd: string): number {
    const baseline = baselineOf(report, baselineFile);
    try {
        writeFileAtomic(baselineFile, JSON.stringify(baseline, null, 2) + '\n');
    } catch (error) {
        throw new OutputError(displayPath(baselineFile, cwd), describeFsError(error));
    }
    return baseline.findings.length;
}

export function readBaseline(baselineFile: string, cwd: string): Baseline {
    let text: string;
    try {
        text = fs.readFileSync(baselineFile, 'utf8');
    } catch (error) {
        throw new InputError([{ path: displayPath(baselineFile, cwd), reason: `${describeFsError(error)} (--write-baseline writes it)` }]);
    }
    let value: Baseline;
    try {
        value = JSON.parse(text);
    } catch {
        throw new InputError([{ path: displayPath(baselineFile, cwd), reason: 'not a baseline: malformed JSON' }]);
    }
    if (value?.version !== 1 || !Array.isArray(value.findings)) {
        throw new InputError([{ path: displayPath(baselineFile, cwd), reason: 'not a baseline of sanction (version 1)' }]);
    }
    return value;
}

export interface BaselineMatch {
    /** Is this finding in the baseline? */
    isOld(finding: ReportFinding, file: ReportFile): boolean;
    /** Entries of the baseline no finding matched, among the files linted: fixed since. */
    gone(): BaselineEntry[];
    old: number;
}

/** Matches findings against the baseline; entries of files not linted this time are left alone. */
export function matchBaseline(baseline: Baseline, baselineFile: string, report: LintReport): BaselineMatch {
    const remaining = new Map<string, BaselineEntry>();
    for (const entry of baseline.findings) {
        remaining.set(entryKey(entry), entry);
    }
    const linted = new Set(report.files.map(file => baselinePath(file, baselineFile)));
    let old = 0;
    return {
        isOld(finding, file) {
            if (!finding.fingerprint) {
                return false;
            }
            const key = entryKey({ path: baselinePath(file, baselineFile), fingerprint: finding.fingerprint });
            if (remaining.has(key)) {
                remaining.delete(key);
                old++;
                return true;
            }
            return false;
        },
        gone: () => [...remaining.values()].filter(entry => linted.has(entry.path)),
        get old() {
            return old;
        }
    };
}
