import type { AstNode, CstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams, Range } from 'vscode-languageserver';
import {
    isArgument, isParameterRef, isRequirement, isTemplate, isTemplateParameter, isTemplateUse, type Template, type TemplateParameter
} from '../generated/ast.js';
import type { FindingData } from '../core/finding.js';
import { FRENCH_HOVER } from '../i18n/fr/hover.js';
import type { Locale, LocaleSetting } from '../i18n/locale.js';
import { acceptedSlots, kindByKeyword, SLOT_SYNTAX, type ParameterSlot, type RequirementKindInfo } from '../model/requirement-kinds.js';
import { getRule, ruleMarkdown } from '../rules/catalogue.js';
import { guard } from './guard.js';
import { keywordHelp, type KeywordHelp } from './keyword-help.js';

/**
 * The words a hover is made of, in one language: English here, French in i18n/fr/hover.ts. The
 * hover provider finds what is under the cursor once and asks these for the text.
 */
export interface HoverWords {
    /** A Rule's block: number, chapter, section, summary. */
    rule(n: number): string | undefined;
    /** An unnumbered part of the Recommendation a finding rests on ("Scope and purpose"). */
    provision(provision: string): string;
    /** The line above the Rules of a finding: "`missing-duration` rests on:". */
    restsOn(check: string): string;
    /** A requirement kind with the parameters it accepts (term, extension and review left out). */
    requirement(kind: RequirementKindInfo, slots: readonly ParameterSlot[]): string;
    /** What a sentence's keyword means. */
    keyword(help: KeywordHelp): string;
    /** A template parameter: its type, default and what leaving it out does. */
    parameter(parameter: { name?: string; valueType?: string; value?: string; template?: string }): string;
    /** The last line of a template's signature: what the template brings in. */
    applies(items: readonly string[]): string;
    /** A body requirement with no kind, and a body condition, in that line. */
    readonly unnamedRequirement: string;
    readonly condition: string;
}

const TYPE_WORDS: Record<string, string> = {
    text: 'quoted text (`"12 Acacia Road"`)',
    date: 'a date (`2026-03-14`)',
    time: 'a time of day (`19:00`)',
    duration: 'a duration (`3 months`)',
    number: 'a whole number (`120`)',
    frequency: 'a frequency (`weekly`, `twice a week`)'
};

export const ENGLISH_HOVER: HoverWords = {
    rule: n => ruleMarkdown(n),
    provision: provision => `**${provision}** of CM/Rec(2017)3`,
    restsOn: check => `\`${check}\` rests on:`,
    requirement(kind, slots) {
        const lines = slots.map(slot => `- ${SLOT_SYNTAX[slot].label}${kind.required.includes(slot) ? ' (required)' : ''}: \`${SLOT_SYNTAX[slot].example}\``);
        return `**${kind.keyword}** requirement — ${kind.summary}\n\n${lines.join('\n')}\n- duration: \`for 6 months\``;
    },
    keyword: help => help.text,
    parameter({ name, valueType, value, template }) {
        const optionality = value !== undefined ? `optional: when an order leaves it out, it is \`${value}\`` : 'required: every order that applies the template must give it';
        const type = valueType ?? 'a value of any type';
        return `**${name ?? 'parameter'}**: ${type}${value !== undefined ? ` = ${value}` : ''}\n\nParameter of template \`${template ?? '?'}\`, ${TYPE_WORDS[valueType ?? ''] ?? 'a value'}; ${optionality}.`;
    },
    applies: items => `Applies: ${items.join(', ') || 'nothing'}`,
    unnamedRequirement: 'requirement',
    condition: 'condition'
};

/** The hover's words in a locale. */
export function hoverWords(locale: Locale): HoverWords {
    return locale === 'fr' ? FRENCH_HOVER : ENGLISH_HOVER;
}

/** "Rule 23", "Rules 21 and 23", "Rules 3, 22 and 34", and in French "Règle 23", "Règles 3, 22 et 34". */
const CITATION = /\b(?:Rules?|[Rr]ègles?)\s+\d+(?:\s*(?:,|and|et|&)\s*\d+)*/g;

/**
 * Hovers that let a drafter read what stands behind the text: the findings under the cursor with
 * the Rules they cite, a Rule cited in a comment or text ("Rule 23"), a requirement kind and its
 * parameters, a template's signature and documentation, a template parameter's type and default,
 * and what the words that open a sentence (`in force`, `on breach`, `hearing`, `consent` …) mean.
 */
export class SanctionHoverProvider implements HoverProvider {
    /** Without services (a provider made on its own, in a test) the hovers are in English. */
    constructor(protected readonly services?: { sanction: { locale: LocaleSetting } }) {}

    /** Read at each hover, so a change of the client's locale shows at once. */
    protected get words(): HoverWords {
        return hoverWords(this.services?.sanction.locale.current ?? 'en');
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): MaybePromise<Hover | undefined> {
        return guard('hover', undefined, () => this.hover(document, params));
    }

    protected hover(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const sections = [
            ...this.findingsAt(document, params),
            ...this.citedRulesAt(document, params),
            ...this.elementAt(document, params)
        ];
        return sections.length > 0 ? { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') } } : undefined;
    }

    /**
     * The Rules behind the findings under the cursor. The editor already shows each finding's
     * message and link beside this hover, so this adds what it cannot: the Rules in our words.
     */
    protected findingsAt(document: LangiumDocument, params: HoverParams): string[] {
        const sections: string[] = [];
        const shown = new Set<number>();
        for (const diagnostic of document.diagnostics ?? []) {
            if (!contains(diagnostic.range, params.position)) {
                continue;
            }
            const data = diagnostic.data as Partial<FindingData> | undefined;
            const rules = (data?.rules ?? []).filter(n => !shown.has(n));
            rules.forEach(n => shown.add(n));
            const words = this.words;
            const texts = rules.map(n => words.rule(n)).filter((text): text is string => !!text);
            const provisions = (data?.provisions ?? []).map(p => words.provision(p));
            if (texts.length + provisions.length > 0) {
                sections.push([words.restsOn(String(data?.checkId ?? diagnostic.code)), ...texts, ...provisions].join('\n\n'));
            }
        }
        return sections;
    }

    /** A citation of Rules written anywhere, comments included, in English or French (see CITATION). */
    protected citedRulesAt(document: LangiumDocument, params: HoverParams): string[] {
        const line = document.textDocument.getText({ start: { line: params.position.line, character: 0 }, end: { line: params.position.line + 1, character: 0 } });
        const words = this.words;
        for (const match of line.matchAll(CITATION)) {
            const start = match.index ?? 0;
            if (params.position.character >= start && params.position.character <= start + match[0].length) {
                return [...match[0].matchAll(/\d+/g)]
                    .map(m => Number(m[0]))
                    .filter(n => getRule(n))
                    .map(n => words.rule(n)!)
                    .filter(Boolean);
            }
        }
        return [];
    }

    /** What the word under the cursor is: a requirement kind, a template or its parameter, a sentence's keyword. */
    protected elementAt(document: LangiumDocument, params: HoverParams): string[] {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return [];
        }
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf) {
            return [];
        }
        const node = leaf.astNode;
        if (isRequirement(node) && leaf.grammarSource && AstUtils.getContainerOfType(node, isRequirement) === node && GrammarUtils.findNodesForProperty(node.$cstNode, 'kind').some(n => n.offset <= offset && offset <= n.end)) {
            const kind = kindByKeyword(node.kind);
            if (kind) {
                const slots = [...acceptedSlots(kind)].filter(slot => slot !== 'term' && slot !== 'extension' && slot !== 'review');
                return [this.words.requirement(kind, slots)];
            }
        }
        if (isTemplateUse(node) && node.template?.ref && GrammarUtils.findNodesForProperty(node.$cstNode, 'template').some(n => n.offset <= offset && offset <= n.end)) {
            return [templateSignature(node.template.ref, this.words)];
        }
        if (isTemplate(node) && GrammarUtils.findNodeForProperty(node.$cstNode, 'name') === leaf) {
            return [templateSignature(node, this.words)];
        }
        const parameter = this.parameterAt(node, leaf);
        if (parameter) {
            return [parameterDescription(parameter, this.words)];
        }
        if (GrammarAST.isKeyword(leaf.grammarSource)) {
            const help = keywordHelp(node.$type, leaf.text);
            if (help) {
                return [`\`${help.syntax}\`\n\n${this.words.keyword(help)}`];
            }
        }
        return [];
    }

    /** A template parameter named at the cursor: where it is declared, used in the body, or given a value. */
    protected parameterAt(node: AstNode, leaf: CstNode): TemplateParameter | undefined {
        if (isTemplateParameter(node) && GrammarUtils.findNodeForProperty(node.$cstNode, 'name') === leaf) {
            return node;
        }
        if ((isParameterRef(node) || isArgument(node)) && GrammarUtils.findNodeForProperty(node.$cstNode, 'parameter') === leaf) {
            return node.parameter?.ref;
        }
        return undefined;
    }
}

/** "**length**: duration = 3 months", with the template it belongs to. */
export function parameterDescription(parameter: TemplateParameter, words: HoverWords = ENGLISH_HOVER): string {
    const template = parameter.$container as Template | undefined;
    return words.parameter({ name: parameter.name, valueType: parameter.valueType, value: parameter.defaultValue?.$cstNode?.text, template: template?.name });
}

/** "**template home-curfew**(address: text, …)", its documentation and what it brings in. */
export function templateSignature(template: Template, words: HoverWords = ENGLISH_HOVER): string {
    const parameters = (template.parameters ?? []).map(p => `${p.name ?? '?'}: ${p.valueType ?? '?'}${p.defaultValue?.$cstNode ? ' = ' + p.defaultValue.$cstNode.text : ''}`);
    const doc = template.documentation ? `\n\n${template.documentation}` : '';
    const kinds = (template.body ?? []).map(m => (isRequirement(m) ? m.kind ?? words.unnamedRequirement : words.condition));
    return `**template ${template.name ?? '?'}**(${parameters.join(', ')})${doc}\n\n${words.applies(kinds)}`;
}

function contains(range: Range, position: { line: number; character: number }): boolean {
    const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
    const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
    return after && before;
}
