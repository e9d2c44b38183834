import type { CstNode, GrammarAST, ValueType } from 'langium';
import { CstUtils, DefaultValueConverter, GrammarAST as AST } from 'langium';
import { isClosedString } from './lexer.js';

/**
 * Data-type rules made of several keywords ("unpaid work", "very serious", "no interpreter needed")
 * get their words joined by single spaces, whatever spacing or comments the drafter wrote between them.
 */
const PHRASE_RULES = new Set([
    'RequirementKind', 'Seriousness', 'InterpreterNeed', 'ConsequenceKind', 'Payer', 'ParameterType', 'PersonStatus', 'OrderForm'
]);

export class SanctionValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (PHRASE_RULES.has(rule.name)) {
            const leaves = CstUtils.flattenCst(cstNode).filter(leaf => !leaf.hidden).toArray();
            if (leaves.length > 0 && leaves.every(leaf => AST.isKeyword(leaf.grammarSource))) {
                return leaves.map(leaf => leaf.text).join(' ');
            }
        }
        if (rule.name === 'STRING' && !isClosedString(input)) {
            // Quoted text left open at the end of its line (the lexer reports it): its text runs to there.
            return super.runConverter(rule, input + (input.startsWith('\u201C') ? '\u201D' : '"'), cstNode);
        }
        return super.runConverter(rule, input, cstNode);
    }
}
