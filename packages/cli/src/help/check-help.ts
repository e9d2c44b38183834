import pages from 'virtual:check-docs';
import { DOCS_BASE_URL, checkDocsUrl, formatRuleCitation, getRule, type Check } from '@sanction-orders/language';

/**
 * The help of a check for code-scanning services (SARIF `fullDescription` and `help`), built from the
 * check's metadata (summary, Rules, basis) and its documentation page (docs/checks/<id>.md, embedded
 * at build time): what it finds, the Rules it rests on with our summaries, how to fix, how to silence
 * with a reason.
 */
export interface CheckHelp {
    fullDescription: string;
    text: string;
    markdown: string;
}

/** The body of a `## Heading` section of a page, or undefined; generated-section comments dropped. */
export function pageSection(page: string | undefined, heading: string): string | undefined {
    if (!page) {
        return undefined;
    }
    const lines = page.split('\n');
    const start = lines.findIndex(line => line.trim().toLowerCase() === `## ${heading}`.toLowerCase());
    if (start < 0) {
        return undefined;
    }
    const body: string[] = [];
    let fenced = false;
    for (const line of lines.slice(start + 1)) {
        if (line.startsWith('```')) {
            fenced = !fenced;
        }
        if (!fenced && /^#{1,2} /.test(line)) {
            break;
        }
        body.push(line);
    }
    const text = stripComments(body.join('\n')).trim();
    return text === '' ? undefined : text;
}

export function stripComments(markdown: string): string {
    return markdown.replace(/<!--[\s\S]*?-->\n?/g, '');
}

/** Relative links of a check page (`open-ended-duration.md`, `../rules.md`) made absolute. */
function absoluteLinks(markdown: string): string {
    return markdown.replace(/\]\((?!https?:|#|mailto:)([^)\s]+)\)/g, (_, target: string) => {
        const url = new URL(target, `${DOCS_BASE_URL}/checks/`).href;
        return `](${url})`;
    });
}

/** Markdown to plain text: links as `text (url)`, emphasis and code marks dropped, fences unindented. */
export function markdownToText(markdown: string): string {
    return stripComments(markdown)
        .split('\n')
        .filter(line => !line.startsWith('```'))
        .join('\n')
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/^#+ /gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
}

function rulesMarkdown(check: Check): string {
    if (check.rules.length === 0 && !check.provisions?.length) {
        return 'This check is about the language itself (a well-formed order); it cites no Rule of CM/Rec(2017)3.';
    }
    const lines = check.rules.map(number => {
        const rule = getRule(number);
        const basis = check.basis?.find(b => b.rule === number);
        const place = rule ? ` (Chapter ${rule.chapter}: ${rule.chapterTitle}${rule.section ? ` › ${rule.section}` : ''})` : '';
        const summary = rule ? `: ${rule.summary}` : '';
        const carries = basis ? ` Here, its ${basis.clause} ("${basis.modal}"): ${basis.carries}.` : '';
        return `- **Rule ${number}**${place}${summary}${carries}`;
    });
    for (const provision of check.provisions ?? []) {
        lines.push(`- **${provision}** of the Recommendation.`);
    }
    return [
        `The check rests on ${[formatRuleCitation(check.rules), ...(check.provisions ?? [])].filter(Boolean).join(' and ')} of Recommendation CM/Rec(2017)3 (our summaries):`,
        '',
        ...lines,
        '',
        `The Rules are the Committee of Ministers' advice to member States; they do not make an order that national law allows unlawful. [Our summaries of all 105 Rules](${DOCS_BASE_URL}/rules.md).`
    ].join('\n');
}

function silenceMarkdown(check: Check): string {
    const lines = [];
    if (check.raisedBy === 'parser' || check.raisedBy === 'linker') {
        lines.push(`A \`${check.id}\` finding means the order cannot be read as written; fix it rather than silence it.`);
    } else {
        lines.push(
            'To keep the wording on purpose, say why in a comment on the line above the sentence; the reason is the court\'s record of the departure:',
            '',
            '```sanction',
            `// sanction-ignore ${check.id} -- <the court's reason>`,
            '```',
            '',
            'A suppression without a reason (after `--`) silences nothing and is itself reported.'
        );
    }
    lines.push('', `To change the check's severity or turn it off for a folder of orders, in \`sanction.config.json\`: \`{ "checks": { "${check.id}": "off" } }\` (or \`--check ${check.id}=off\` on the command line).`);
    return lines.join('\n');
}

const cache = new Map<string, CheckHelp>();

export function checkHelp(check: Check): CheckHelp {
    const cached = cache.get(check.id);
    if (cached) {
        return cached;
    }
    const page = pages[check.id];
    const finds = pageSection(page, 'What it finds');
    const fix = pageSection(page, 'How to fix');
    const markdown = absoluteLinks([
        `**${check.title}**`,
        '',
        check.summary,
        ...(finds ? ['', '## What it finds', '', finds] : []),
        '',
        '## The Rules it rests on',
        '',
        rulesMarkdown(check),
        '',
        '## How to fix',
        '',
        fix ?? 'Follow what the finding\'s message says to write instead.',
        '',
        '## How to silence',
        '',
        silenceMarkdown(check),
        '',
        `[The check's page](${checkDocsUrl(check.id)})`
    ].join('\n'));
    const help: CheckHelp = {
        fullDescription: `${check.summary}${check.rules.length ? ` It rests on ${formatRuleCitation(check.rules)} of CM/Rec(2017)3.` : ''}`,
        text: markdownToText(markdown),
        markdown
    };
    cache.set(check.id, help);
    return help;
}
