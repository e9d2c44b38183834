import { CstUtils, type AstNode } from 'langium';
/*
 * English wording shared by the checks' messages.
 */

/** "a", "a and b", "a, b and c". */
export function joinList(parts: readonly string[]): string {
    return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "a", "a or b", "a, b or c". */
export function joinOr(parts: readonly string[]): string {
    return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------
// "a" or "an"
// ---------------------------------------------------------------------------------------------

/** Words that start with a vowel letter and a consonant sound: a unit, a user, a one-off, a European court. */
const VOWEL_LETTER_CONSONANT_SOUND = /^(uni(?![nmd])|unanim|us[aeu]|uti|ur[aeio]|eu|ewe|one(?![a-z])|once|ouija)/;
/** Words that start with a consonant letter and a vowel sound: an hour, an honest mistake, an heir. */
const CONSONANT_LETTER_VOWEL_SOUND = /^(hour|honest|honou?r|heir)/;
/** Letters whose names start with a vowel sound, for abbreviations read letter by letter: an SMS, an NHS trust, a UK court. */
const VOWEL_SOUND_LETTERS = 'AEFHILMNORSX';

/**
 * The indefinite article for a word, by how it is said: "an unpaid work requirement", "a unit",
 * "an hour", "an 8-hour curfew", "an 11-month order", "an SMS", "a UK court". Anything it cannot
 * read (punctuation, an empty string) takes "a".
 */
export function indefiniteArticle(word: string): 'a' | 'an' {
    const match = /^[\p{L}\p{N}]+/u.exec(word.replace(/^[^\p{L}\p{N}]+/u, ''));
    if (!match) {
        return 'a';
    }
    const token = match[0];
    if (/^\d/.test(token)) {
        // Said as a number: eight, eighty, eight hundred; eleven, eighteen (and eleven or eighteen thousand).
        return /^8/.test(token) || /^1[18]$/.test(token) || /^1[18](\d{3})+$/.test(token) ? 'an' : 'a';
    }
    if (token.length >= 2 && token === token.toUpperCase() && /^\p{Lu}+$/u.test(token)) {
        return VOWEL_SOUND_LETTERS.includes(token[0]) ? 'an' : 'a';
    }
    const lower = token.toLowerCase();
    if (token.length === 1) {
        return VOWEL_SOUND_LETTERS.includes(lower.toUpperCase()) ? 'an' : 'a';
    }
    if (CONSONANT_LETTER_VOWEL_SOUND.test(lower)) {
        return 'an';
    }
    if (/^[aeiou]/.test(lower)) {
        return VOWEL_LETTER_CONSONANT_SOUND.test(lower) ? 'a' : 'an';
    }
    return 'a';
}

/** "an unpaid work requirement", "a curfew requirement". */
export function withArticle(phrase: string): string {
    return `${indefiniteArticle(phrase)} ${phrase}`;
}

/**
 * Quoted text in a message, which is the drafter's own wording or the language's and stays as it
 * is: "…", “…”, „…“, «…», ‘…’, `…`, and '…' where the quote opens after a space or bracket (so the
 * apostrophe of "the model's" opens nothing).
 */
const QUOTED = /"[^"\n]*"?|\u201C[^\u201D\n]*\u201D?|\u201E[^\u201C\u201D\n]*[\u201C\u201D]?|\u00AB[^\u00BB\n]*\u00BB?|\u2018[^\u2019\n]*\u2019?|`[^`\n]*`?|(?<![\p{L}\p{N}])'[^'\n]*'(?![\p{L}\p{N}])/gu;

/**
 * The message with every "a" or "an" of its own wording agreeing with the word that follows:
 * "A unpaid work requirement" becomes "An unpaid work requirement", "an curfew" becomes "a curfew".
 * A message template writes "a {{kind}}" without knowing the kind; this is where the article is
 * made right, once for every check. Quoted text is never changed (an article before a quotation
 * agrees with its first word: "an 'unpaid work' requirement").
 */
export function agreeArticles(message: string): string {
    const quoted: Array<[number, number]> = [];
    for (const match of message.matchAll(QUOTED)) {
        quoted.push([match.index!, match.index! + match[0].length]);
    }
    const inQuote = (offset: number) => quoted.some(([start, end]) => offset >= start && offset < end);
    return message.replace(/(?<![\p{L}\p{N}'\u2019.\-])(a|an|A|An)(?=[ \u00A0]+(\S))/gu, (article: string, _a: string, _next: string, offset: number) => {
        if (inQuote(offset)) {
            return article;
        }
        const rest = message.slice(offset + article.length).replace(/^[ \u00A0]+/, '');
        // After the article: a word, or a quotation whose first word is said after it.
        const word = /^['"\u201C\u201E\u2018\u00AB`]?[\p{L}\p{N}]/u.test(rest) ? rest : '';
        if (!word) {
            return article;
        }
        const wanted = indefiniteArticle(word);
        const capital = article[0] === 'A';
        return capital ? (wanted === 'an' ? 'An' : 'A') : wanted;
    });
}

// ---------------------------------------------------------------------------------------------
// "is" or "are"
// ---------------------------------------------------------------------------------------------

/** Nouns ending in -s that are one thing, and plurals that do not end in -s. */
const SINGULAR_IN_S = new Set(['address', 'process', 'access', 'series', 'means', 'news', 'status', 'basis', 'analysis', 'bus', 'class', 'business', 'progress', 'witness', 'premises', 'costs clause']);
const PLURAL_WITHOUT_S = new Set(['people', 'children', 'men', 'women', 'police', 'data']);

/**
 * Whether a noun phrase names more than one thing, by its head noun: "daily hours" and "days of
 * the week" are plural; "number of hours", "address or place", "person or class of persons" and
 * "what is monitored" are not ("or" agrees with its last part, "of" leaves the head before it).
 */
export function isPlural(phrase: string): boolean {
    let head = phrase.trim().toLowerCase();
    if (/^(what|which|who|how|when|where|whether)\b/.test(head)) {
        return false;
    }
    if (/\sand\s/.test(head.split(/\s+of\s+/)[0])) {
        return true;
    }
    head = head.split(/\s+of\s+/)[0];
    const parts = head.split(/\s+or\s+/);
    const last = parts[parts.length - 1].split(/\s+/).pop() ?? '';
    if (SINGULAR_IN_S.has(last) || SINGULAR_IN_S.has(head)) {
        return false;
    }
    if (PLURAL_WITHOUT_S.has(last)) {
        return true;
    }
    return /[^s'u]s$/.test(last) && !/(ss|us|is)$/.test(last);
}

/** "is" or "are", agreeing with the noun phrase. */
export function be(phrase: string): 'is' | 'are' {
    return isPlural(phrase) ? 'are' : 'is';
}

// ---------------------------------------------------------------------------------------------
// A clause's words as the order writes them
// ---------------------------------------------------------------------------------------------

/**
 * A node's words as written, for quoting in a message or a fix: its tokens in order, with a space
 * wherever the source had white space or a comment between two of them, and none where it had
 * none. The source text itself would carry comments (`12 /* note *\/ months`) and line breaks into
 * the message. Undefined for a node with no text (built by recovery, or from another document).
 */
export function writtenText(node: AstNode | undefined): string | undefined {
    const cst = node?.$cstNode;
    if (!cst) {
        return undefined;
    }
    let text = '';
    let end: number | undefined;
    for (const leaf of CstUtils.flattenCst(cst)) {
        if (leaf.hidden) {
            continue;
        }
        if (end !== undefined && leaf.offset > end) {
            text += ' ';
        }
        text += leaf.text;
        end = leaf.end;
    }
    return text === '' ? undefined : text;
}
