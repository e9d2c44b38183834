import type { PhraseMatch, PhraseSet } from '../text/phrase.js';
import type { BaseModality, ProtectedText } from './analysis.js';
import { judge, withoutOverlaps } from './events.js';
import { wordsBetween, type Span } from './segment.js';
import { compiledVocabulary, phraseSet, type LexiconData, type VocabularyFile } from './vocabulary.js';
import data from './vocabulary/fundamental-freedoms.json' with { type: 'json' };

/**
 * The freedoms a condition can compel or forbid the exercise of (Rule 4 points to the international
 * standards that protect them): religious practice, political expression, and peaceful assembly
 * or association. Restricting one is not discrimination (who is restricted does not turn on a
 * group) and may be lawful where the restriction is tied to the offence: a ban on attending the
 * protest at which the offence was committed. So a sentence that states that link is not a
 * finding; the finding asks for it.
 */
export type Freedom = 'religion' | 'expression' | 'assembly';

export const FREEDOMS: readonly Freedom[] = ['religion', 'expression', 'assembly'];

export interface FreedomFinding extends Span {
    freedom: Freedom;
    /** Whether the text forbids the practice (otherwise it requires it). */
    forbids: boolean;
}

interface Entry {
    lexicon?: LexiconData;
    link?: string[];
    offence?: string[];
    venue?: string[];
    'keyed-to-victim'?: string[];
    freedoms?: Partial<Record<Freedom, { practices?: string[] }>>;
}

const vocabulary = compiledVocabulary(data as unknown as VocabularyFile<Entry>, (entry, lexicon) => {
    const list = (key: keyof Entry) => phraseSet((entry(key) as string[] | undefined) ?? [], lexicon);
    const freedoms = (entry('freedoms') as Entry['freedoms']) ?? {};
    return {
        freedoms: FREEDOMS.map(freedom => ({ freedom, practices: phraseSet(freedoms[freedom]?.practices ?? [], lexicon) })),
        link: list('link'),
        offence: list('offence'),
        venue: list('venue'),
        keyedToVictim: list('keyed-to-victim')
    };
});

type Words = ReturnType<typeof vocabulary>;

export interface FreedomSource {
    text: ProtectedText;
    base: BaseModality;
    /** A free-text condition (its base applies to imperatives only). */
    condition: boolean;
}

/**
 * Where a free text compels or forbids the exercise of a freedom and does not say how that is tied
 * to the offence; at most one finding per sentence and freedom. Permissions, exemptions,
 * negations, protective mentions ("respecting the person's religious holidays"), obligations on
 * staff and quoted speech are not findings (see `judge`).
 */
export function freedomsIn(source: FreedomSource): FreedomFinding[] {
    const { text } = source;
    const words = vocabulary(text.language);
    const options = { base: source.base, imperativeOnly: source.condition };
    const found: FreedomFinding[] = [];
    for (const { freedom, practices } of words.freedoms) {
        for (const match of text.find(practices)) {
            if (followedBy(text, words.venue, match) || text.frameBefore(text.vocabulary.protective, match.start, 6)) {
                continue;
            }
            const verdict = judge(text, match, 'restricted', options);
            if (!verdict || linkStated(text, words, match)) {
                continue;
            }
            found.push({ start: match.start, end: match.end, freedom, forbids: verdict.modality === 'forbid' });
        }
    }
    return onePerSentence(text, withoutOverlaps(found));
}

/**
 * Whether the sentence of a practice states how its restriction is tied to the offence: a link
 * clause, that is a connector (a reason, a purpose, a relation or a place: "because", "in order
 * to", "linked to", "where", "the scene of") that is not negated and is followed in its own clause,
 * within a few words, by the offence ("the offence", "the victim", "the assault", "committed").
 * A place named as the victim's ("the church where the victim worships") is such a link too.
 *
 * The connector alone is not enough ("because he is a Muslim" gives a reason that is not the
 * offence, and is what discriminatory-condition reports); nor is the offence alone ("the offence
 * was a burglary; the person must not attend church" states no link).
 */
export function linkStated(text: ProtectedText, words: Words, practice: Span): boolean {
    if (keyedToVictim(text, words.keyedToVictim, practice)) {
        return true;
    }
    const sentence = text.sentenceAt(practice.start);
    return text.find(words.link, sentence).some(connector => {
        if (connector.start < practice.end && connector.end > practice.start) {
            return false;
        }
        if (negatedBefore(text, connector)) {
            return false;
        }
        const clause = text.clauseAt(connector.start);
        return text.find(words.offence, { start: connector.end, end: clause.end })
            .some(offence => wordsBetween(text.masked, connector.end, offence.start) <= 8);
    });
}

/** "not because of the offence": a negation within two words before the connector. */
function negatedBefore(text: ProtectedText, connector: PhraseMatch): boolean {
    const clause = text.clauseAt(connector.start);
    const before = text.masked.slice(clause.start, connector.start).match(/[\p{L}\p{N}']+/gu) ?? [];
    return text.vocabulary.negators.test(before.slice(-2).join(' '));
}

/** A place of worship followed by "hall", "centre", "car park": a building used for something else. */
function followedBy(text: ProtectedText, venue: PhraseSet, match: PhraseMatch): boolean {
    const next = text.find(venue, { start: match.end, end: Math.min(text.masked.length, match.end + 40) })[0];
    return !!next && /^\s*$/.test(text.masked.slice(match.end, next.start));
}

/** "the church where the victim worships", "the victim's mosque": a place that follows the victim. */
function keyedToVictim(text: ProtectedText, keyed: PhraseSet, match: Span): boolean {
    const clause = text.clauseAt(match.start);
    return text.find(keyed, { start: match.start, end: clause.end })
        .some(m => m.start <= match.end + 1 || wordsBetween(text.masked, match.end, m.start) <= 2);
}

function onePerSentence(text: ProtectedText, found: FreedomFinding[]): FreedomFinding[] {
    const seen = new Set<string>();
    return found.filter(finding => {
        const key = `${text.sentenceAt(finding.start).start}:${finding.freedom}`;
        if (seen.has(key)) {
            return false;
        }
        seen.add(key);
        return true;
    });
}
