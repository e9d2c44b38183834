import { ALL_CHECKS, checkDocsUrl, FAMILY_TITLES, type Check } from '@sanction-orders/language';
import { checkHelp } from '../help/check-help.js';
import { encodeUriPath, fileUri, folderUri, pathUnderRoot } from '../paths.js';
import type { LintReport, ReportFinding } from '../report.js';
import type { FormatContext, LintFormat } from './format.js';

/**
 * SARIF 2.1.0, the format code-scanning services read (GitHub code scanning among them). Every
 * check is a rule of the tool, with its help (what it finds, the Rules with our summaries, how to fix
 * and to silence) and the Rules of CM/Rec(2017)3 it cites as properties; every finding is a result
 * pointing at its file (relative to `%SRCROOT%`, the repository root) and range (1-based, as in SARIF),
 * with a fingerprint that survives line moves.
 */
const LEVEL: Record<ReportFinding['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** The key of our fingerprint in `partialFingerprints`; the `/v1` changes if the hash does. */
export const FINGERPRINT_KEY = 'sanctionFindingHash/v1';

const SRCROOT = '%SRCROOT%';

/** `missing-duration` → `MissingDuration`: SARIF's friendly rule name (Pascal case). */
function friendlyName(id: string): string {
    return id.split('-').map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

/** SARIF asks for messages that are sentences ending with a full stop. */
function sentence(text: string): string {
    const flat = text.replace(/\s*\r?\n\s*/g, ' ').trim();
    return /[.!?]$/.test(flat) ? flat : `${flat}.`;
}

function sarifRule(check: Check) {
    const help = checkHelp(check);
    return {
        id: check.id,
        name: friendlyName(check.id),
        shortDescription: { text: sentence(check.title) },
        fullDescription: { text: help.fullDescription },
        help: { text: help.text, markdown: help.markdown },
        helpUri: checkDocsUrl(check.id),
        defaultConfiguration: { level: LEVEL[check.severity] },
        properties: {
            rules: [...check.rules],
            family: FAMILY_TITLES[check.family],
            ...(check.kind ? { kind: check.kind } : {}),
            ...(check.provisions ? { provisions: [...check.provisions] } : {}),
            tags: ['CM/Rec(2017)3', FAMILY_TITLES[check.family]]
        }
    };
}

function artifactLocation(absolutePath: string, root: string) {
    const relative = pathUnderRoot(absolutePath, root);
    return relative === undefined ? { uri: fileUri(absolutePath) } : { uri: encodeUriPath(relative), uriBaseId: SRCROOT };
}

function run(context: FormatContext, results: unknown[]) {
    const rules = ALL_CHECKS.map(sarifRule);
    return {
        tool: {
            driver: {
                name: context.tool.name,
                version: context.tool.version,
                semanticVersion: context.tool.version,
                informationUri: 'https://github.com/sanction-orders/sanction-orders',
                rules
            }
        },
        invocations: [{
            executionSuccessful: context.exitCode !== 2,
            exitCode: context.exitCode,
            workingDirectory: { uri: folderUri(context.cwd) },
            ...(context.notifications.length ? {
                toolExecutionNotifications: context.notifications.map(n => ({ level: n.level, message: { text: sentence(n.message) } }))
            } : {})
        }],
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(context.root) } },
        columnKind: 'utf16CodeUnits',
        results
    };
}

export function sarifOutput(report: LintReport, context: FormatContext): unknown {
    const index = new Map(ALL_CHECKS.map((check, i) => [check.id, i]));
    const results = report.files.flatMap(file => file.findings.map(finding => ({
        ruleId: finding.checkId,
        ...(index.has(finding.checkId) ? { ruleIndex: index.get(finding.checkId) } : {}),
        level: LEVEL[finding.severity],
        message: { text: sentence(finding.message) },
        locations: [{
            physicalLocation: {
                artifactLocation: artifactLocation(file.absolutePath, context.root),
                region: {
                    startLine: finding.range.start.line,
                    startColumn: finding.range.start.column,
                    endLine: finding.range.end.line,
                    endColumn: finding.range.end.column
                }
            }
        }],
        ...(finding.fingerprint ? { partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint } } : {}),
        properties: { rules: finding.rules, ...(finding.provisions ? { provisions: finding.provisions } : {}), ...(finding.messageId ? { messageId: finding.messageId } : {}) }
    })));
    return log(context, results);
}

function log(context: FormatContext, results: unknown[]) {
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [run(context, results)]
    };
}

export const sarif: LintFormat = {
    name: 'sarif',
    description: 'SARIF 2.1.0, for code scanning (GitHub, Azure DevOps)',
    format(report, context) {
        return JSON.stringify(sarifOutput(report, context), null, 2) + '\n';
    },
    failure(context) {
        return JSON.stringify(log(context, []), null, 2) + '\n';
    }
};
