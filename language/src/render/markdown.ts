import type { Order } from '../generated/ast.js';
import type { Finding } from '../core/finding.js';
import { getRule } from '../rules/catalogue.js';
import { orderDocument, rulesCited } from './html.js';

/**
 * Escapes text so Markdown renders it literally: no emphasis, links, HTML or headings can come from
 * the order's values. Bidi controls are removed, as in HTML.
 */
export function escapeMarkdown(text: string): string {
    return text
        .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
        .replace(/[\\`*_{}\[\]()#+\-.!|~<>&"]/g, ch => ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : ch === '"' ? '&quot;' : `\\${ch}`)
        .replace(/\r?\n/g, ' ');
}

/** The order as Markdown: the same heading, numbered paragraphs and annex as the HTML. */
export function renderMarkdown(order: Order, findings: readonly Finding[] = []): string {
    const e = escapeMarkdown;
    const { heading, sections } = orderDocument(order);
    const lines: string[] = [];
    if (heading.court) lines.push(`**${e(heading.court)}**`, '');
    lines.push(`# ${e(heading.title)}`, '', `Case ${e(heading.caseReference)}${heading.date ? `, made on ${e(heading.date)}` : ''}`, '');
    if (heading.laws.length) lines.push(`Under ${e(heading.laws.join('; '))}`, '');
    let n = 0;
    for (const section of sections) {
        lines.push(`## ${e(section.title)}`, '');
        for (const item of section.items) lines.push(`${++n}. ${e(item)}`);
        lines.push('');
    }
    lines.push('## Annex: Rules of Recommendation CM/Rec(2017)3 the order was checked against', '',
        'The Recommendation advises governments; it binds no court. The summaries are ours.', '');
    for (const number of rulesCited(findings)) {
        const rule = getRule(number);
        if (rule) lines.push(`- **Rule ${rule.number}**: ${e(rule.summary)}`);
    }
    lines.push('');
    if (findings.length) {
        lines.push('## Findings that remain', '');
        for (const f of findings) lines.push(`- Line ${f.range.start.line + 1} (${f.severity}, ${e(f.checkId)}): ${e(f.message)}`);
    } else {
        lines.push('No findings remain.');
    }
    return lines.join('\n') + '\n';
}
