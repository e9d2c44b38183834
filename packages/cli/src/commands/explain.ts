import pages from 'virtual:check-docs';
import { ALL_CHECKS, getRule, formatRuleCitation } from '@sanction-orders/language';
import { defineProgram, helpOf, parseWith, type OptionSpecs } from '../args.js';
import { didYouMean } from '../suggest.js';
import { styles, useColor, type Styles } from '../colors.js';
import { DOCS_BASE_URL } from '@sanction-orders/language';
import { UsageError } from '../errors.js';
import { EXIT } from '../io.js';
import type { Command } from './command.js';

const USAGE = 'sanction explain [options] <check-id> | rule <number>';

/** `rule 23`, `Rule 23`, `RULE 23`, and `rule23` / `"Rule 23"` as one argument. */
function ruleArgument(positionals: readonly string[]): string | undefined | null {
    if (positionals.length === 1) {
        const joined = /^rules?\s*(\S+)$/i.exec(positionals[0].trim());
        return joined && positionals[0].toLowerCase() !== 'rule' ? joined[1] : positionals[0].toLowerCase() === 'rule' ? null : undefined;
    }
    if (/^rules?$/i.test(positionals[0] ?? '')) {
        return positionals.length === 2 ? positionals[1] : null;
    }
    return undefined;
}

/** The options of `sanction explain`, as data: commander parses them and lays out the help from them. */
export const EXPLAIN_OPTIONS = {
    help: { type: 'boolean', short: 'h', description: 'show this help' }
} as const satisfies OptionSpecs;

/** The commander program of `sanction explain` (a fresh one each time: a program parses once). */
export function explainProgram() {
    return defineProgram({
        name: 'explain',
        usage: '[options] <check-id> | rule <number>',
        description: 'Prints the documentation of a check (what it finds, the Rules it rests on and why, a failing and a passing example, how to fix it, how to silence it), or one Rule of CM/Rec(2017)3 with our summary and the checks that cite it.',
        arguments: [['topic', 'a check id (sanction checks lists them), or rule and a Rule number from 1 to 105 (rule 23, Rule 23, "Rule 23" and rule23 all work)']],
        options: EXPLAIN_OPTIONS,
        after: `Examples:
  sanction explain vague-term
  sanction explain rule 23
`
    });
}

export const explainCommand: Command = {
    name: 'explain',
    summary: 'print the documentation of a check, or a Rule and the checks citing it',
    usage: USAGE,
    get help() {
        return helpOf(explainProgram());
    },
    async run(argv, io) {
        const { values, positionals } = parseWith('explain', explainProgram(), EXPLAIN_OPTIONS, argv);
        if (values.help) {
            io.stdout(helpOf(explainProgram()));
            return EXIT.ok;
        }
        const rule = ruleArgument(positionals);
        if (rule === null) {
            throw new UsageError('give one Rule number: sanction explain rule 23', 'explain');
        }
        if (rule !== undefined) {
            io.stdout(explainRule(rule));
            return EXIT.ok;
        }
        if (positionals.length !== 1) {
            throw new UsageError(positionals.length === 0 ? 'no check id given' : `unexpected argument '${positionals[1]}'`, 'explain');
        }
        io.stdout(explainCheck(positionals[0], styles(useColor(io.stdoutIsTTY, io.env))));
        return EXIT.ok;
    }
};

function explainCheck(id: string, s: Styles): string {
    const check = ALL_CHECKS.find(c => c.id === id);
    if (!check) {
        throw new UsageError(`unknown check '${id}'${didYouMean(id, ALL_CHECKS.map(c => c.id))}; 'sanction checks' lists them`, 'explain');
    }
    const page = pages[id];
    if (!page) {
        return `${check.id}: ${check.title}\n\n${check.summary}\n\nRules: ${formatRuleCitation([...check.rules]) || 'none'}\n`;
    }
    return toTerminal(page, s);
}

function explainRule(text: string): string {
    const number = /^\d+$/.test(text) ? Number(text) : NaN;
    const rule = getRule(number);
    if (!rule) {
        throw new UsageError(`there is no Rule ${text}: the Rules are numbered 1 to 105`, 'explain');
    }
    const citing = ALL_CHECKS.filter(check => check.rules.includes(rule.number));
    const lines = [
        `Rule ${rule.number} of CM/Rec(2017)3`,
        `Chapter ${rule.chapter}: ${rule.chapterTitle}${rule.section ? ` > ${rule.section}` : ''}`,
        '',
        rule.summary,
        '',
        rule.checkable ? 'An individual order can state or break this Rule.' : 'This Rule speaks to legislators, services and staff rather than to an individual order.',
        citing.length ? `Checks citing it: ${citing.map(c => c.id).join(', ')}` : 'No check cites it.',
        '',
        '(Our summary; read the Recommendation for its wording.)'
    ];
    return lines.join('\n') + '\n';
}

/**
 * Markdown for a terminal: HTML comments dropped; headings as their text, underlined with `=` or
 * `-` (bold in colour); `**strong**` as its text (bold in colour); `code` in backticks (cyan in
 * colour, without them); links as `text (url)`, relative links made absolute; code fences as
 * blocks indented by four spaces, their contents as written.
 */
export function toTerminal(markdown: string, s: Styles = styles(false)): string {
    const out: string[] = [];
    let inCode = false;
    const colour = s.bold('x') !== 'x';
    const inline = (text: string) => text
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, target: string) => {
            const url = /^(https?:|mailto:)/.test(target) ? target : new URL(target, `${DOCS_BASE_URL}/checks/`).href;
            return label === url ? url : `${label} (${s.underline(url)})`;
        })
        .replace(/\*\*([^*]+)\*\*/g, (_, strong: string) => s.bold(strong))
        .replace(/`([^`]+)`/g, (_, code: string) => colour ? s.blue(code) : `\`${code}\``);
    const text = markdown.replace(/<!--[\s\S]*?-->[ \t]*\n?/g, '');
    for (const line of text.split('\n')) {
        if (line.startsWith('```')) {
            inCode = !inCode;
            continue;
        }
        if (inCode) {
            out.push(`    ${s.dim(line)}`);
            continue;
        }
        const heading = /^(#{1,6})\s+(.*)$/.exec(line);
        if (heading) {
            const plain = inline(heading[2]).replace(/\u001b\[[0-9;]*m/g, '');
            const title = colour ? s.bold(inline(heading[2])) : plain;
            out.push(title, (heading[1].length === 1 ? '=' : '-').repeat(plain.length));
            continue;
        }
        out.push(inline(line));
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');
}
