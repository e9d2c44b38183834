import type { Check } from '../core/check.js';
import { FAMILY_TITLES, type CheckFamily } from '../core/check.js';
import { allRules, chapters, formatRuleCitation, getRule, scope } from '../rules/catalogue.js';

/**
 * Reference pages generated from the data the code runs on (the Rule catalogue and the check
 * registry), so the docs cannot drift from the product. A test keeps the committed pages current.
 */

/** `docs/rules.md`: the 105 Rules, our summary of each, and the checks that cite it. */
export function renderRulesPage(checks: readonly Check[]): string {
    const citing = new Map<number, string[]>();
    for (const check of checks) {
        for (const rule of check.rules) {
            citing.set(rule, [...(citing.get(rule) ?? []), check.id]);
        }
    }
    const scopeChecks = checks.filter(c => c.provisions?.includes('Scope and purpose')).map(c => `[\`${c.id}\`](checks/${c.id}.md)`);
    const lines: string[] = [
        '# The Rules of CM/Rec(2017)3',
        '',
        '<!-- Generated from language/src/rules/catalogue.json and the check registry. Do not edit by hand:',
        '     run `UPDATE_DOCS=1 npx vitest run test/docs` to regenerate. -->',
        '',
        'Recommendation CM/Rec(2017)3 of the Committee of Ministers of the Council of Europe sets out the',
        'European Rules on community sanctions and measures. The summaries below are ours, written for',
        'drafters; cite the Rules by number and read the official text for their wording.',
        '',
        `A Rule marked "order" can be stated or broken by an individual order; the others speak to`,
        'legislators, services and staff.',
        '',
        `## ${scope().title}`,
        '',
        scope().summary,
        '',
        scopeChecks.length ? `Checks: ${scopeChecks.join(', ')}` : '',
        ''
    ];
    for (const chapter of chapters()) {
        lines.push(`## Chapter ${chapter.number}: ${chapter.title}`, '');
        lines.push('| Rule | Section | Summary | In an order | Checks |', '|---|---|---|---|---|');
        for (const rule of allRules().filter(r => r.chapter === chapter.number)) {
            const checkLinks = (citing.get(rule.number) ?? []).map(id => `[\`${id}\`](checks/${id}.md)`).join(', ');
            lines.push(`| ${rule.number} | ${rule.section ?? ''} | ${rule.summary} | ${rule.checkable ? 'order' : ''} | ${checkLinks} |`);
        }
        lines.push('');
    }
    return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** `docs/checks/README.md`: every check by family, with its Rules and default severity. */
export function renderChecksIndex(checks: readonly Check[]): string {
    const lines: string[] = [
        '# Checks',
        '',
        '<!-- Generated from the check registry (language/src/validation/checks/index.ts). Do not edit by hand:',
        '     run `UPDATE_DOCS=1 npx vitest run test/docs` to regenerate. -->',
        '',
        'Every finding names its check (the id in brackets) and the Rules of CM/Rec(2017)3 it rests on.',
        'Each page says what the check finds, why, how to fix it and how to silence it.',
        'Every sentence of the language, with examples: [the language reference](../language.md).',
        '',
        'To keep wording a check flags, say why in the order, on the line above the sentence:',
        '`// sanction-ignore <check-id> -- <the court\'s reason>` (a suppression without a reason silences',
        'nothing: [`invalid-suppression`](invalid-suppression.md); in the editor, the quick fix "Suppress … here,',
        'with a reason" writes the comment for you). To turn a check off for a folder of orders,',
        'set it to `"off"` in `sanction.config.json`.',
        ''
    ];
    const families = Object.keys(FAMILY_TITLES) as CheckFamily[];
    for (const family of families) {
        const members = checks.filter(c => c.family === family);
        if (members.length === 0) {
            continue;
        }
        lines.push(`## ${FAMILY_TITLES[family]}`, '');
        lines.push('| Check | What it finds | Rules | Default severity |', '|---|---|---|---|');
        for (const check of members) {
            const cites = [check.rules.length ? formatRuleCitation([...check.rules]) : '', ...(check.provisions ?? [])].filter(Boolean).join('; ') || '—';
            lines.push(`| [\`${check.id}\`](${check.id}.md) | ${check.summary} | ${cites} | ${check.severity} |`);
        }
        lines.push('');
        if (family === 'clarity') {
            lines.push('How well this family finds vague conditions, measured on labelled conditions (and how to reproduce it): [vagueness-evaluation.md](vagueness-evaluation.md).', '');
        }
        if (family === 'proportionality') {
            lines.push('The control-burden model behind this family: [../proportionality.md](../proportionality.md); statutory limits by jurisdiction: [../profiles.md](../profiles.md).', '');
        }
    }
    return lines.join('\n');
}

export const BASIS_START = '<!-- generated: the Rules this check rests on -->';
export const BASIS_END = '<!-- end of generated section -->';

/** The section of a check's page that lists its Rules, from the check's `basis`. */
export function renderBasisSection(check: Check): string {
    const lines = [BASIS_START, '## The Rules it rests on', ''];
    for (const basis of check.basis ?? []) {
        const rule = getRule(basis.rule);
        const where = rule ? `Chapter ${rule.chapter}: ${rule.chapterTitle}${rule.section ? ` › ${rule.section}` : ''}` : `Chapter ${basis.chapter}`;
        lines.push(`- **Rule ${basis.rule}** (${where}), ${basis.clause}: ${basis.carries}`);
    }
    for (const provision of check.provisions ?? []) {
        lines.push(`- **${provision}** of CM/Rec(2017)3`);
    }
    lines.push('', `Read the Rules themselves in the Recommendation; [our summaries of all 105](../rules.md).`, BASIS_END);
    return lines.join('\n');
}

/** A check's page with its generated Rules section put in (before the first example) or replaced. */
export function withBasisSection(page: string, check: Check): string {
    const section = renderBasisSection(check);
    const start = page.indexOf(BASIS_START);
    const end = page.indexOf(BASIS_END);
    if (start >= 0 && end > start) {
        return page.slice(0, start) + section + page.slice(end + BASIS_END.length);
    }
    const anchor = page.search(/^## Example/m);
    return anchor >= 0 ? `${page.slice(0, anchor)}${section}\n\n${page.slice(anchor)}` : `${page.trimEnd()}\n\n${section}\n`;
}
