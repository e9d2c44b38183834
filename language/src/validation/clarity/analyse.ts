/**
 * The text analysis shared by the clarity checks: what in a piece of order text leaves the person
 * unable to know in advance what complies. It reasons about structure (a delegation with or without
 * a bound, a category with or without a list or a knowledge requirement, a duty with or without its
 * quantities) over vocabulary kept in vocabulary/*.json, one file per pattern family. The code holds
 * no words: the function words it reads around a head, a name or a clause (articles, relative
 * pronouns, prepositions, plural endings) are lists of grammar.json and of the families' files.
 */

/**
 * The clarity analyser: one reading of the text (reading.ts), each check's passes (one file per
 * check), then overlap resolution (overlaps.ts). The checks' passes report independently of one
 * another, except missing-parameters, which reads every other finding and so runs last; within a
 * check the passes keep their order, which decides ties in overlap resolution.
 */

import { LruCache, TEXT_CACHE_CAPACITY } from '../../core/lru.js';
import type { TextLanguage } from '../text/language.js';
import { readMissingParameters } from './missing-parameters.js';
import { resolveOverlaps } from './overlaps.js';
import { readText } from './reading.js';
import type { AnalyseOptions, TextIssue, TextRole } from './types.js';
import { readUnboundedDiscretion } from './unbounded-discretion.js';
import { readUndefinedPlacesAndPersons } from './undefined-place-or-person.js';
import { readVagueTerms } from './vague-term.js';

export { TEXT_MESSAGE_IDS, type AnalyseOptions, type TextCheckId, type TextEdit, type TextFix, type TextIssue, type TextMessageId, type TextRole } from './types.js';

/**
 * By text, then by language, role and parameters present, least recently used first out
 * (core/lru.ts, TEXT_CACHE_CAPACITY). The text itself is the key, not a string
 * made from it: a new key string is hashed anew on every look-up, and there are many.
 */
const cache = new LruCache<string, Map<string, TextIssue[]>>(TEXT_CACHE_CAPACITY);

/** Findings in one text; cached, since four checks ask about the same text. */
export function analyseText(text: string, language: TextLanguage, options: AnalyseOptions = {}): TextIssue[] {
    const role = options.role ?? 'condition';
    const present = options.present && options.present.size > 0 ? [...options.present].sort().join(',') : '';
    const setting = `${language}\u0000${role}\u0000${present}`;
    let bySetting = cache.get(text);
    if (!bySetting) {
        bySetting = new Map();
        cache.set(text, bySetting);
    }
    let issues = bySetting.get(setting);
    if (!issues) {
        issues = analyse(text, language, role, options.present ?? new Set());
        bySetting.set(setting, issues);
    }
    return issues;
}

function analyse(text: string, language: TextLanguage, role: TextRole, present: ReadonlySet<string>): TextIssue[] {
    const context = readText(text, language, role);
    if (text.trim() === '') {
        return [];
    }
    readUnboundedDiscretion(context);
    readUndefinedPlacesAndPersons(context);
    readVagueTerms(context);
    if (role === 'condition') {
        readMissingParameters(context, present);
    }
    return resolveOverlaps(context.issues);
}
