import type { Check } from '../core/check.js';
import type { SeveritySetting } from '../core/config.js';
import { checkDocsUrl, type Fix, type FindingData, type Severity } from '../core/finding.js';
import { formatRuleCitation } from '../rules/catalogue.js';
import { agreeArticles } from './wording.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { localCitation, localFixes, localRaisedMessage } from '../i18n/messages.js';

/** What a finding says before it is placed in a document. */
export interface FindingText {
    messageId?: string;
    /** The filled message, without its citation. */
    message: string;
    /** When only some of the check's Rules carry this finding. */
    rules?: readonly number[];
    severity?: Severity;
    fixes?: Fix[];
}

/** The parts of a diagnostic every finding of the product carries, whoever raises it. */
export interface DiagnosticParts {
    severity: Severity;
    message: string;
    code: string;
    codeDescription: { href: string };
    data: FindingData;
}

/**
 * The one place a finding becomes a diagnostic: the check's id as its code, a link to its page,
 * its Rules in `data`, the citation appended to its message, and the severity the configuration
 * sets (else the finding's, else the check's), with its articles agreeing ("an unpaid work
 * requirement"). The check registry, the suppression pass and the parser's and linker's findings
 * all go through it. In another locale than English, `finding.message` is already in that
 * language when the finding has a message id; a message raised by the parser, the linker or the
 * suppression pass is translated here, and so are the citation and the fixes' titles.
 */
export function diagnosticParts(check: Check, setting: SeveritySetting | undefined, finding: FindingText, locale: Locale = DEFAULT_LOCALE): DiagnosticParts {
    const rules = [...new Set(finding.rules ?? check.rules)].sort((a, b) => a - b);
    const provisions = check.provisions ? [...check.provisions] : undefined;
    const citation = localCitation(rules, provisions, locale, formatRuleCitation);
    const fixes = localFixes(finding.fixes, locale);
    let message: string;
    if (locale !== 'en') {
        message = finding.messageId ? finding.message : localRaisedMessage(check, finding.message, locale);
    } else {
        // "a {{kind}} requirement" is made "an unpaid work requirement" here, for every check. Syntax
        // errors are left as the parser's messages write them (they quote tokens, and are worded in
        // parsing/syntax-messages.ts).
        message = check.raisedBy === 'parser' ? finding.message : agreeArticles(finding.message);
    }
    return {
        severity: setting && setting !== 'off' ? setting : finding.severity ?? check.severity,
        message: citation ? `${message} (${citation})` : message,
        code: check.id,
        codeDescription: { href: checkDocsUrl(check.id) },
        data: {
            checkId: check.id,
            ...(finding.messageId ? { messageId: finding.messageId } : {}),
            rules,
            ...(provisions ? { provisions } : {}),
            ...(fixes?.length ? { fixes } : {})
        }
    };
}
