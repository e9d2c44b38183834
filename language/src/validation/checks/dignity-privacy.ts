import { defineCheck, type CheckContext } from '../../core/check.js';
import { PhraseSet } from '../text/phrase.js';
import type { ProtectedText } from '../protected/analysis.js';
import { harmsIn, withoutOverlaps, compileHarmWords, type HarmEntry } from '../protected/events.js';
import type { Span } from '../protected/segment.js';
import { firstPerClause, quoted, reportPhrase, textVisitors, type TextSource } from '../protected/sources.js';
import { compiledVocabulary, type VocabularyFile } from '../protected/vocabulary.js';
import data from '../protected/vocabulary/dignity-privacy.json' with { type: 'json' };

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 8: what a community sanction or measure requires, and how it is carried out, has to
 *   respect the dignity and the privacy of the suspect or offender, of their family and of others.
 * - Rule 11, first sentence: carrying out the sanction must not make it more painful than it is;
 *   second sentence: rights may be restricted only as far as necessarily follows from the decision.
 *
 * Found in any free text of the order: visible marking (a vest or sign saying what the person did,
 * a sign outside the house, a tag to be kept visible), public shaming (a public apology, standing in
 * the square with a placard), publication of the person's name, photograph or address, searches or
 * visits of the home "at any time", reading the person's letters, obligations put on family members
 * who are not under the order, and requirements about marriage, children, contraception or
 * relationships. Marking and shaming rest on both Rules; publication and correspondence on the
 * person's privacy (Rule 8); intrusion into family and private life on Rule 8 and on the limit of
 * Rule 11. Negations ("the name will not be published"), exemptions ("must not be required to wear
 * …"), anonymised publication and the person's own choice are not reported.
 */
export const dignityPrivacy = defineCheck({
    id: 'dignity-privacy',
    title: 'Shaming, marking or intrusion into private and family life',
    family: 'protected',
    rules: [8, 11],
    severity: 'error',
    summary: 'Finds public shaming, visible marking, publication of the person\'s identity, and intrusion into family and private life beyond what the order needs.',
    basis: [
        { rule: 8, chapter: 'I', clause: 'whole Rule', carries: 'what a sanction requires and how it is carried out respect the dignity and privacy of the person, their family and others' },
        { rule: 11, chapter: 'I', clause: 'first and second sentences', carries: 'carrying out a sanction does not make it harsher than it is, and rights are restricted only as far as necessarily follows from the decision' }
    ],
    ...textVisitors(readText)
});

interface Entry extends HarmEntry {
    'family-subject'?: string[];
    'family-receives'?: string[];
    'family-weak-modal'?: string[];
}

const vocabulary = compiledVocabulary(data as unknown as VocabularyFile<Entry>, (entry, lexicon) => ({
    ...compileHarmWords(entry, lexicon),
    familySubject: new PhraseSet((entry('family-subject') as string[] | undefined) ?? [], lexicon),
    familyReceives: new PhraseSet((entry('family-receives') as string[] | undefined) ?? [], lexicon),
    familyWeakModal: new PhraseSet((entry('family-weak-modal') as string[] | undefined) ?? [], lexicon)
}));

interface Wrong extends Span {
    event: string;
    forbids?: boolean;
}

const RULES: Record<string, number[]> = {
    'marking': [8, 11],
    'shaming': [8, 11],
    'publication': [8],
    'correspondence': [8],
    'home-visits': [8, 11],
    'family-life': [8, 11],
    'relationship-approval': [8, 11],
    'family': [8, 11]
};

function message(wrong: Wrong, phrase: string): string {
    switch (wrong.event) {
        case 'marking':
            return `"${phrase}" marks the person out in public: an order must respect the person's dignity and must not add humiliation to the sanction`;
        case 'shaming':
            return `"${phrase}" shames the person in public: an order must respect the person's dignity and must not add humiliation to the sanction`;
        case 'publication':
            return `"${phrase}" makes the person's identity public: an order must respect the person's privacy`;
        case 'correspondence':
            return `"${phrase}" reaches into the person's private correspondence: an order must respect the person's privacy`;
        case 'home-visits':
            return `"${phrase}" opens the home to visits or searches without limit: intrusion into the person's home and family must not go beyond what the order needs`;
        case 'family-life':
            return `"${phrase}" ${wrong.forbids ? 'forbids' : 'dictates'} a choice of private and family life: an order must not restrict rights beyond what follows from its purpose`;
        case 'relationship-approval':
            return `"${phrase}" makes the person's relationships depend on someone's approval: an order must not restrict private life beyond what follows from its purpose`;
        default:
            return `The order puts obligations on "${phrase}", who are not under the order: an order must respect the privacy of the person's family`;
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
        reportPhrase(context, source, wrong, { message: message(wrong, quoted(source, wrong)), rules: RULES[wrong.event] });
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
