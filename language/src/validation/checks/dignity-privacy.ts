import { defineCheck, type CheckContext } from '../../core/check.js';
import type { ProtectedText } from '../protected/analysis.js';
import { harmsIn, withoutOverlaps, compileHarmWords, type HarmEntry } from '../protected/events.js';
import type { Span } from '../protected/segment.js';
import { firstPerClause, quoted, reportPhrase, textVisitors, type TextSource } from '../protected/sources.js';
import { compiledVocabulary, phraseSet, type VocabularyFile } from '../protected/vocabulary.js';
import data from '../protected/vocabulary/dignity-privacy.json' with { type: 'json' };

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 8: what a community sanction or measure requires, and how it is carried out, respect the
 *   dignity and the privacy of the suspect or offender, of their family and of others.
 *
 * Found in any free text of the order: visible marking (a vest or sign saying what the person did,
 * a sign outside the house, a tag to be kept visible), public shaming (a public apology, standing in
 * the square with a placard), publication of the person's name, photograph or address, searches or
 * visits of the home "at any time", reading the person's letters, obligations put on family members
 * who are not under the order, and requirements about marriage, children, contraception or
 * relationships. Negations ("the name will not be published"), exemptions ("must not be required
 * to wear …"), anonymised publication and the person's own choice are not reported.
 */
export const dignityPrivacy = defineCheck({
    id: 'dignity-privacy',
    title: 'Shaming, marking or intrusion into private and family life',
    family: 'protected',
    category: 'slow',
    kind: 'contravenes',
    rules: [8],
    severity: 'error',
    summary: 'Finds public shaming, visible marking, publication of the person\'s identity, and intrusion into family and private life beyond what the order needs.',
    basis: [
        { rule: 8, chapter: 'I', clause: 'whole Rule', modal: 'shall', carries: 'what a sanction requires and how it is carried out respect the dignity and privacy of the person, their family and others' }
    ],
    messages: {
        marking: '"{{phrase}}" marks the person out in public; Rule 8 asks that the way a sanction is carried out respect the person\'s dignity: drop the marking and keep what the work needs, e.g. `condition "Wear the safety clothing the placement provides".`',
        shaming: '"{{phrase}}" shames the person in public; Rule 8 asks that the way a sanction is carried out respect the person\'s dignity: drop it, or make an apology private and the victim\'s choice, e.g. `condition "Write a letter of apology, passed on only if the victim wishes".`',
        publication: '"{{phrase}}" makes the person\'s identity public; Rule 8 asks that a sanction respect the person\'s privacy: keep their identity out of it, e.g. `condition "The decision may be published in anonymised form without naming the person".`',
        correspondence: '"{{phrase}}" reaches into the person\'s private correspondence; Rule 8 asks that a sanction respect the person\'s privacy: drop it, and name any contact the risk concerns instead, e.g. `requirement no contact, with "Jane Doe", for 6 months.`',
        homeVisits: '"{{phrase}}" opens the home to visits or searches without limit; Rule 8 asks that a sanction respect the privacy of the person and their family: limit the visits, e.g. `condition "The supervisor may visit the person\'s home by appointment during curfew hours".`',
        familyLifeForbidden: '"{{phrase}}" forbids a choice of private and family life; Rule 8 asks that a sanction respect the person\'s privacy and their family\'s: drop it, or name the contact the risk concerns, e.g. `requirement no contact, with "Jane Doe", for 6 months.`',
        familyLifeDictated: '"{{phrase}}" dictates a choice of private and family life; Rule 8 asks that a sanction respect the person\'s privacy and their family\'s: drop it, or name the contact the risk concerns, e.g. `requirement no contact, with "Jane Doe", for 6 months.`',
        relationshipApproval: '"{{phrase}}" makes the person\'s relationships depend on someone\'s approval; Rule 8 asks that a sanction respect the person\'s private life: ask to be told instead, e.g. `condition "Tell the supervisor about any new relationship".`',
        family: 'The order puts obligations on "{{phrase}}", who are not under the order; Rule 8 asks that a sanction respect the privacy of the person\'s family and others: put the duty on the person, e.g. `condition "Tell the supervisor of any change of address".`'
    },
    ...textVisitors(readText)
});

interface Entry extends HarmEntry {
    'family-subject'?: string[];
    'family-receives'?: string[];
    'family-weak-modal'?: string[];
}

const vocabulary = compiledVocabulary(data as unknown as VocabularyFile<Entry>, (entry, lexicon) => ({
    ...compileHarmWords(entry, lexicon),
    familySubject: phraseSet((entry('family-subject') as string[] | undefined) ?? [], lexicon),
    familyReceives: phraseSet((entry('family-receives') as string[] | undefined) ?? [], lexicon),
    familyWeakModal: phraseSet((entry('family-weak-modal') as string[] | undefined) ?? [], lexicon)
}));

interface Wrong extends Span {
    event: string;
    forbids?: boolean;
}

type Message = 'marking' | 'shaming' | 'publication' | 'correspondence' | 'homeVisits' | 'familyLifeForbidden' | 'familyLifeDictated' | 'relationshipApproval' | 'family';

/** The message of a wrong: its event, and for family life whether the text forbids or dictates. */
function messageIdOf(wrong: Wrong): Message {
    switch (wrong.event) {
        case 'home-visits':
            return 'homeVisits';
        case 'family-life':
            return wrong.forbids ? 'familyLifeForbidden' : 'familyLifeDictated';
        case 'relationship-approval':
            return 'relationshipApproval';
        case 'marking':
        case 'shaming':
        case 'publication':
        case 'correspondence':
            return wrong.event;
        default:
            return 'family';
    }
}

function readText(source: TextSource, context: CheckContext): void {
    const { text } = source;
    const words = vocabulary(text.language);
    const options = { base: source.base, cancel: words.cancel, cancelScope: 'sentence' as const, imperativeOnly: source.slot === 'condition' };
    const wrongs: Wrong[] = harmsIn(text, words.events, options)
        .map(hit => ({ start: hit.start, end: hit.end, event: hit.event, forbids: hit.modality === 'forbid' }));
    wrongs.push(...familyObligations(text, words));
    for (const wrong of firstPerClause(text, withoutOverlaps(wrongs))) {
        reportPhrase(context, source, wrong, { messageId: messageIdOf(wrong), data: { phrase: quoted(source, wrong) } });
    }
}

/**
 * "The person's wife must report …", "his children shall attend …": an obligation or prohibition
 * put on a member of the family, who is not under the order. A permission ("his children may
 * visit"), an exemption ("his family will not be required to …"), a plain future ("his children
 * will be able to visit") or what the family is told or offered ("his partner must be told of the
 * curfew") is not one.
 */
function familyObligations(text: ProtectedText, words: ReturnType<typeof vocabulary>): Wrong[] {
    const wrongs: Wrong[] = [];
    for (const family of text.find(words.familySubject)) {
        const modal = text.modalAfter(family.end, 2);
        if (!modal || (modal.modality !== 'oblige' && modal.modality !== 'forbid')) {
            continue;
        }
        const weak = words.familyWeakModal.find(text.masked, modal)[0];
        if (weak && weak.start === modal.start && weak.end === modal.end) {
            continue;
        }
        if (text.negationAt(modal.start, [modal]) || text.frameBefore(text.vocabulary.protective, family.start, 4)) {
            continue;
        }
        // "must be told", "shall be offered": what the family receives is not an obligation on it.
        const next = text.find(words.familyReceives, { start: modal.end, end: text.clauseAt(modal.start).end })[0];
        if (next && /^\s*$/.test(text.masked.slice(modal.end, next.start))) {
            continue;
        }
        wrongs.push({ start: family.start, end: family.end, event: 'family' });
    }
    return wrongs;
}
