import type { CstNode, GrammarAST, ValueType } from 'langium';
import { CstUtils, DefaultValueConverter, GrammarAST as AST } from 'langium';
import { isClosedString, WEEKDAY_NAMES } from './lexer.js';
import { readWrittenDate } from './written-date.js';

/**
 * Data-type rules made of several keywords ("unpaid work", "very serious", "no interpreter needed")
 * get their words joined by single spaces, whatever spacing or comments the drafter wrote between them.
 */
const PHRASE_RULES = new Set([
    'RequirementKind', 'Seriousness', 'InterpreterNeed', 'ConsequenceKind', 'Payer', 'ParameterType', 'PersonStatus', 'OrderForm',
    'TimeUnit', 'ReportKind', 'ReportRecipient', 'OrderingAuthority'
]);

const WEEKDAY_BY_LOWER = new Map(WEEKDAY_NAMES.map(name => [name.toLowerCase(), name]));

export class SanctionValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (PHRASE_RULES.has(rule.name)) {
            const leaves = CstUtils.flattenCst(cstNode).filter(leaf => !leaf.hidden).toArray();
            if (leaves.length > 0 && leaves.every(leaf => AST.isKeyword(leaf.grammarSource))) {
                const phrase = leaves.map(leaf => leaf.text).join(' ');
                // "an additional requirement" names the same consequence as "additional requirements".
                return rule.name === 'ConsequenceKind' && phrase === 'additional requirement' ? 'additional requirements' : phrase;
            }
        }
        if (rule.name === 'Weekday') {
            // Day names are read whatever their case (lexer.ts): the model has them as the grammar writes them.
            return WEEKDAY_BY_LOWER.get(input.trim().toLowerCase()) ?? input;
        }
        if (rule.name === 'CountUnit') {
            // "1 day" and "20 days" mean the same unit: the checks read the plural.
            return input.trim().endsWith('s') ? input.trim() : `${input.trim()}s`;
        }
        if (rule.name === 'DATE') {
            return isoDate(input);
        }
        if (rule.name === 'STRING' && !isClosedString(input)) {
            // Quoted text left open at the end of its line (the lexer reports it): its text runs to there.
            return super.runConverter(rule, input + (input.startsWith('\u201C') ? '\u201D' : '"'), cstNode);
        }
        return super.runConverter(rule, input, cstNode);
    }
}

/**
 * A date as the model reads it: ISO (`2026-06-02`). A date written out (`2 June 2026`, `2nd june
 * 2026`; written-date.ts) becomes the same ISO date when it exists; one that does not (`31 June
 * 2026`) stays as written, so the check of valid values reports it in the drafter's words and
 * nothing reads it as a date. ISO text is left as written (`2026-02-30` is reported the same way).
 */
export function isoDate(text: string): string {
    const written = readWrittenDate(text);
    if (!written) {
        return text;
    }
    const { year, month, day } = written;
    if (!exists(year, month, day)) {
        return text.replace(/\s+/g, ' ');
    }
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function exists(year: number, month: number, day: number): boolean {
    const date = new Date(Date.UTC(year, month - 1, day));
    return day >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
