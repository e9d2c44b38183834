import pages from 'virtual:check-docs';
import { ALL_CHECKS, getRule, formatRuleCitation } from '@sanction-orders/language';
import { parseCommandArgs } from '../args.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../io.js';
import type { Command } from './command.js';

const USAGE = 'sanction explain <check-id> | sanction explain rule <number>';

const HELP = `Usage: ${USAGE}

Prints the documentation of a check (what it finds, the Rules it rests on and why, a failing and a
passing example, how to fix it, how to silence it), or one Rule of CM/Rec(2017)3 with our summary
and the checks that cite it.

Examples:
  sanction explain vague-term
  sanction explain rule 23
`;

export const explainCommand: Command = {
    name: 'explain',
    summary: 'print the documentation of a check, or a Rule and the checks citing it',
    usage: USAGE,
    help: HELP,
    async run(argv, io) {
        const { values, positionals } = parseCommandArgs('explain', argv, { help: { type: 'boolean', short: 'h' } } as const);
        if (values.help) {
            io.stdout(HELP);
            return EXIT.ok;
        }
        if (positionals[0] === 'rule') {
            if (positionals.length !== 2) {
                throw new UsageError('give one Rule number: sanction explain rule 23', 'explain');
            }
            io.stdout(explainRule(positionals[1]));
            return EXIT.ok;
        }
        if (positionals.length !== 1) {
            throw new UsageError(positionals.length === 0 ? 'no check id given' : `unexpected argument '${positionals[1]}'`, 'explain');
        }
        io.stdout(explainCheck(positionals[0]));
        return EXIT.ok;
    }
};

function explainCheck(id: string): string {
    const check = ALL_CHECKS.find(c => c.id === id);
    if (!check) {
        const near = ALL_CHECKS.map(c => c.id).filter(other => other.includes(id) || id.includes(other.split('-')[0]));
        throw new UsageError(`unknown check '${id}'${near.length ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : ''}; 'sanction checks' lists them`, 'explain');
    }
    const page = pages[id];
    if (!page) {
        return `${check.id}: ${check.title}\n\n${check.summary}\n\nRules: ${formatRuleCitation([...check.rules]) || 'none'}\n`;
    }
    return toTerminal(page);
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

/** Markdown for a terminal: code fences become indented blocks, the rest stays as written. */
function toTerminal(markdown: string): string {
    const out: string[] = [];
    let inCode = false;
    for (const line of markdown.split('\n')) {
        if (line.startsWith('```')) {
            inCode = !inCode;
            continue;
        }
        out.push(inCode ? `    ${line}` : line);
    }
    return out.join('\n').replace(/\n*$/, '\n');
}
