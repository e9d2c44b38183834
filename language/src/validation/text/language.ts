import type { AstNode } from 'langium';
import type { Order } from '../../generated/ast.js';
import { isCondition, isOrderLanguage } from '../../generated/ast.js';
import { orderOf } from '../../model/order-model.js';

/** The languages the text analysis has vocabulary for. */
export const TEXT_LANGUAGES = ['en', 'fr', 'de'] as const;
export type TextLanguage = typeof TEXT_LANGUAGES[number];

/**
 * Names a drafter may write for each language: the English name, the name in the language itself,
 * the ISO 639-1 and 639-2 codes, and the names in the other two languages.
 */
const NAMES: Record<TextLanguage, readonly string[]> = {
    en: ['en', 'eng', 'english', 'anglais', 'anglaise', 'englisch'],
    fr: ['fr', 'fra', 'fre', 'french', 'français', 'francais', 'française', 'francaise', 'französisch', 'franzosisch', 'franzoesisch'],
    de: ['de', 'deu', 'ger', 'german', 'deutsch', 'allemand', 'allemande']
};

const BY_NAME = new Map<string, TextLanguage>(
    TEXT_LANGUAGES.flatMap(language => NAMES[language].map(name => [name, language] as const))
);

/**
 * The language a name stands for ("French", "fr", "Français", "Deutsch", "de-CH"), or undefined
 * for a language the analysis has no vocabulary for.
 */
export function normaliseLanguage(name: string | undefined): TextLanguage | undefined {
    if (!name) {
        return undefined;
    }
    const key = name.trim().replace(/^["\u201C]|["\u201D]$/g, '').trim().toLowerCase();
    // A regional tag ("de-CH", "fr_BE") counts as its language.
    return BY_NAME.get(key) ?? BY_NAME.get(key.split(/[-_]/)[0]);
}

/** Common short words of each language, to guess the language of a text nobody declared. */
const FUNCTION_WORDS: Record<TextLanguage, ReadonlySet<string>> = {
    en: new Set(['the', 'and', 'to', 'of', 'you', 'your', 'not', 'any', 'with', 'or', 'at', 'in', 'for', 'be', 'must', 'do', 'a']),
    fr: new Set(['le', 'la', 'les', 'de', 'des', 'du', 'et', 'un', 'une', 'pas', 'ne', 'sa', 'son', 'ses', 'au', 'aux', 'à', 'est', 'pendant', 'avec']),
    de: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'und', 'zu', 'ist', 'hat', 'sich', 'nicht', 'von', 'mit', 'ein', 'eine', 'einer', 'für', 'im', 'seiner', 'bei'])
};

/**
 * A guess at the language of a text whose order says nothing: the language whose common short
 * words it uses most, when clearly ahead; English otherwise.
 */
export function guessLanguage(text: string): TextLanguage {
    const words = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    const scores = TEXT_LANGUAGES.map(language => ({ language, score: words.filter(w => FUNCTION_WORDS[language].has(w)).length }));
    scores.sort((a, b) => b.score - a.score);
    return scores[0].score >= 2 && scores[0].score > scores[1].score * 1.5 ? scores[0].language : 'en';
}

/**
 * The language a text of a node is written in: the condition's own `in German`, else the order's
 * `written in French.` (for a template's text brought in by `apply`, the applying order's), else a
 * guess from the text (English when in doubt).
 */
export function languageOfText(node: AstNode, text: string, via?: AstNode): TextLanguage {
    let container: AstNode | undefined = node;
    while (container && !isCondition(container) && container.$container && container.$type !== 'Order' && container.$type !== 'Template') {
        container = container.$container;
    }
    const condition = isCondition(node) ? node : isCondition(container) ? container : undefined;
    if (condition?.language) {
        // Declared on the condition: its language, or a guess when we have no vocabulary for it.
        return normaliseLanguage(condition.language) ?? guessLanguage(text);
    }
    const order = orderOf(node) ?? (via ? orderOf(via) : undefined);
    return normaliseLanguage(order ? declaredLanguage(order) : undefined) ?? guessLanguage(text);
}

/** The order's `written in …`, read once per order (it was read for every text: quadratic in clauses). */
function declaredLanguage(order: Order): string | undefined {
    if (!DECLARED.has(order)) {
        DECLARED.set(order, order.clauses.find(isOrderLanguage)?.language);
    }
    return DECLARED.get(order);
}
const DECLARED = new WeakMap<Order, string | undefined>();
