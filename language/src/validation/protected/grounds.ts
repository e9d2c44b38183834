import type { PhraseMatch, PhraseSet } from '../text/phrase.js';
import type { BaseModality, ProtectedText } from './analysis.js';
import { judge, withoutOverlaps } from './events.js';
import { wordsBetween, type Span } from './segment.js';
import { compiledVocabulary, phraseSet, type LexiconData, type VocabularyFile } from './vocabulary.js';
import data from './vocabulary/discriminatory-condition.json' with { type: 'json' };

/**
 * The grounds of Rule 6 and whether a condition singles people out by one: a characteristic is the
 * TARGET of a restriction (a group one may not associate with, or a practice that marks out the
 * group itself: speaking its language, a same-sex relationship) or its TRIGGER (a requirement
 * imposed because of it, or addressed to a group defined by it). A mention that protects ("an
 * interpreter in the person's language", "adjustments for the person's disability") is neither.
 *
 * Religious practice, political expression and assembly are freedoms, not grounds: a condition
 * that compels or forbids them is read by `freedoms.ts` (fundamental-freedoms, Rule 4).
 */
export type Ground =
    | 'race' | 'ethnic-origin' | 'nationality' | 'gender' | 'age' | 'disability'
    | 'sexual-orientation' | 'language' | 'religion' | 'political-opinion' | 'social-status';

export interface GroundInfo {
    /** How a message names the ground. */
    readonly label: string;
    /**
     * Whether a restriction on contact with a group defined by the ground targets the ground.
     * Not for gender and age: "no unsupervised contact with children under 16" or with women is a
     * restriction by risk, which the proportionality checks weigh; only the person's own gender or
     * age used as a trigger is reported.
     */
    readonly groupsAsTarget: boolean;
}

export const GROUNDS: Readonly<Record<Ground, GroundInfo>> = {
    'race': { label: 'race or colour', groupsAsTarget: true },
    'ethnic-origin': { label: 'ethnic origin', groupsAsTarget: true },
    'nationality': { label: 'nationality', groupsAsTarget: true },
    'gender': { label: 'gender', groupsAsTarget: false },
    'age': { label: 'age', groupsAsTarget: false },
    'disability': { label: 'disability', groupsAsTarget: true },
    'sexual-orientation': { label: 'sexual orientation', groupsAsTarget: true },
    'language': { label: 'language', groupsAsTarget: true },
    'religion': { label: 'religion', groupsAsTarget: true },
    'political-opinion': { label: 'political opinion', groupsAsTarget: true },
    'social-status': { label: 'social status', groupsAsTarget: true }
};

export type Role = 'target' | 'trigger';

export interface GroundFinding extends Span {
    ground: Ground;
    role: Role;
    /** A group's own practice compelled or forbidden, a group one may not associate with, a group addressed, a connector. */
    how: 'practice' | 'association' | 'addressee' | 'connector';
    /** For a practice: whether the text forbids it or requires it. */
    forbids?: boolean;
}

interface GroundEntry {
    practices?: string[];
    groups?: string[];
    attributes?: string[];
}

interface Entry {
    lexicon?: LexiconData;
    association?: string[];
    'group-subject'?: string[];
    'protective-context'?: string[];
    grounds?: Partial<Record<Ground, GroundEntry>>;
}

const vocabulary = compiledVocabulary(data as unknown as VocabularyFile<Entry>, (entry, lexicon) => {
    const list = (key: keyof Entry) => phraseSet((entry(key) as string[] | undefined) ?? [], lexicon);
    const grounds = (entry('grounds') as Entry['grounds']) ?? {};
    return {
        grounds: (Object.keys(GROUNDS) as Ground[]).map(ground => ({
            ground,
            practices: phraseSet(grounds[ground]?.practices ?? [], lexicon),
            groups: phraseSet(grounds[ground]?.groups ?? [], lexicon),
            attributes: phraseSet(grounds[ground]?.attributes ?? [], lexicon)
        })),
        association: list('association'),
        groupSubject: list('group-subject'),
        protectiveContext: list('protective-context'),
        people: phraseSet(lexicon.people ? ['<people>'] : [], lexicon)
    };
});

export interface GroundSource {
    text: ProtectedText;
    base: BaseModality;
    /** A free-text condition (its base applies to imperatives only). */
    condition: boolean;
    /** A no-contact requirement's person or class: the restriction on contact is the requirement itself. */
    contact: boolean;
}

/** Where a free text turns on a ground of Rule 6; at most one finding per sentence and ground. */
export function groundsIn(source: GroundSource): GroundFinding[] {
    const { text } = source;
    const words = vocabulary(text.language);
    const general = text.vocabulary;
    const options = { base: source.base, imperativeOnly: source.condition };
    const protectedAt = (pos: number) => !!text.frameBefore(general.protective, pos, 6);
    const found: GroundFinding[] = [];

    for (const { ground, practices, groups, attributes } of words.grounds) {
        for (const match of text.find(practices)) {
            if (protectedAt(match.start)) {
                continue;
            }
            const verdict = judge(text, match, 'restricted', options);
            if (verdict) {
                found.push({ start: match.start, end: match.end, ground, role: 'target', how: 'practice', forbids: verdict.modality === 'forbid' });
            }
        }
        for (const match of text.find(groups)) {
            if (protectedAt(match.start)) {
                continue;
            }
            const end = extendWithPeople(text, words.people, match);
            const connector = text.frameBefore(general.triggers, match.start, 4);
            if (connector) {
                if (triggers(text, source, connector, match, words.protectiveContext)) {
                    found.push({ start: connector.start, end, ground, role: 'trigger', how: 'connector' });
                }
                continue;
            }
            if (GROUNDS[ground].groupsAsTarget) {
                if (source.contact) {
                    if (judge(text, match, 'restricted', { base: 'forbid' })) {
                        found.push({ start: match.start, end, ground, role: 'target', how: 'association' });
                    }
                    continue;
                }
                const association = text.frameBefore(words.association, match.start, 8);
                if (association && judge(text, association, 'restricted', options)) {
                    found.push({ start: association.start, end, ground, role: 'target', how: 'association' });
                    continue;
                }
            }
            const addressee = addressed(text, words.groupSubject, match, end);
            if (addressee) {
                found.push({ start: match.start, end: addressee, ground, role: 'trigger', how: 'addressee' });
            }
        }
        for (const match of text.find(attributes)) {
            if (protectedAt(match.start)) {
                continue;
            }
            const connector = text.frameBefore(general.triggers, match.start, 4);
            if (connector && triggers(text, source, connector, match, words.protectiveContext)) {
                found.push({ start: connector.start, end: match.end, ground, role: 'trigger', how: 'connector' });
            }
        }
    }
    return onePerSentence(text, withoutOverlaps(found));
}

/** "Roma" followed by "community" or "families": the finding covers the whole phrase. */
function extendWithPeople(text: ProtectedText, people: PhraseSet, match: PhraseMatch): number {
    const next = text.find(people, { start: match.end, end: Math.min(text.masked.length, match.end + 30) })[0];
    return next && /^\s*$/.test(text.masked.slice(match.end, next.start)) ? next.end : match.end;
}

/**
 * A connector ("because of", "as a", "if he is") makes the ground the reason for a restriction
 * when the connector itself is not negated ("not because of his religion"), the same sentence
 * imposes or forbids something on the person, and nothing in the sentence shows the ground is
 * used to help ("instead of", "adjusted", "an interpreter").
 */
function triggers(text: ProtectedText, source: GroundSource, connector: PhraseMatch, match: Span, protective: PhraseSet): boolean {
    if (precededByNegation(text, connector)) {
        return false;
    }
    const sentence = text.sentenceAt(connector.start);
    if (text.find(protective, sentence).length > 0) {
        return false;
    }
    if (source.base === 'forbid' || source.contact) {
        return true;
    }
    return text.modalsIn(sentence).some(modal => {
        if (modal.start >= connector.start && modal.end <= match.end) {
            return false;
        }
        if (modal.modality !== 'oblige' && modal.modality !== 'forbid') {
            return false;
        }
        if (text.subjectOf(modal) === 'authority') {
            return false;
        }
        return !text.negationAt(modal.start, [modal, { start: connector.start, end: match.end }]);
    });
}

/** "not because of …": a negation within two words before the connector. */
function precededByNegation(text: ProtectedText, connector: PhraseMatch): boolean {
    const clause = text.clauseAt(connector.start);
    const before = text.masked.slice(clause.start, connector.start).match(/[\p{L}\p{N}']+/gu) ?? [];
    const last = before.slice(-2).join(' ');
    return text.vocabulary.negators.test(last);
}

/** "Roma offenders must …", "Foreign nationals shall …": a group addressed by a restriction. */
function addressed(text: ProtectedText, subject: PhraseSet, match: Span, end: number): number | undefined {
    let to = end;
    const noun = text.find(subject, { start: end, end: Math.min(text.masked.length, end + 30) })[0];
    if (noun && /^\s*$/.test(text.masked.slice(end, noun.start))) {
        to = noun.end;
    }
    const modal = text.modalAfter(to, 0);
    if (!modal || (modal.modality !== 'oblige' && modal.modality !== 'forbid')) {
        return undefined;
    }
    // The group must open its clause: "… with Roma must …" is not an addressee.
    const clause = text.clauseAt(match.start);
    const lead = wordsBetween(text.masked, clause.start, match.start);
    return lead <= 2 && !text.negationAt(modal.start, [modal]) ? to : undefined;
}

function onePerSentence(text: ProtectedText, found: GroundFinding[]): GroundFinding[] {
    const seen = new Set<string>();
    const kept: GroundFinding[] = [];
    // Targets first: when a sentence both targets and triggers on a ground, the target is the finding.
    for (const finding of [...found].sort((a, b) => (a.role === b.role ? a.start - b.start : a.role === 'target' ? -1 : 1))) {
        const key = `${text.sentenceAt(finding.start).start}:${finding.ground}`;
        if (!seen.has(key)) {
            seen.add(key);
            kept.push(finding);
        }
    }
    return kept.sort((a, b) => a.start - b.start);
}
