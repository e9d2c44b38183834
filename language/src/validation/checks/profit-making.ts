import { defineCheck, type CheckContext } from '../../core/check.js';
import { harmsIn, type Hit, compileHarmWords, type HarmEntry } from '../protected/events.js';
import { firstPerClause, quoted, reportPhrase, textVisitors, type TextSource } from '../protected/sources.js';
import { compiledVocabulary, phraseSet, type VocabularyFile } from '../protected/vocabulary.js';
import data from '../protected/vocabulary/profit-making.json' with { type: 'json' };

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 40: community service is not done to make a profit for the implementing authorities,
 *   for their staff, or for a commercial business.
 *
 * Found: unpaid work at or for a member of staff's home, garden, car or business ("at the
 * supervisor's house"); proceeds, income or profit of the work going to the implementing
 * authority or its staff, or work "for profit"; and work for a private or commercial business
 * (a company name ending in Ltd, GmbH, SARL …, "a private company", "for the firm's profit").
 * Staff and business wording is reported where it is about work: in the place, provider or
 * description of unpaid work or reparation, or in a sentence that speaks of work. Charities,
 * not-for-profit bodies and public land are not reported, nor is negated wording ("must not work
 * at the supervisor's house", "not for profit"). A placement named only by a brand ("Tesco") cannot
 * be told from a charity and is let through.
 */
export const profitMaking = defineCheck({
    id: 'profit-making',
    title: 'Unpaid work for profit',
    family: 'protected',
    category: 'slow',
    kind: 'contravenes',
    rules: [40],
    severity: 'error',
    summary: 'Finds unpaid work that profits the implementing authority, its staff, or a business.',
    basis: [
        { rule: 40, chapter: 'III', clause: 'whole Rule', modal: 'shall', carries: 'community service is never done to make a profit for the implementing authorities, their staff or a business' }
    ],
    messages: {
        staff: '"{{phrase}}" has the unpaid work benefit a member of the implementing authority\'s staff; Rule 40 asks that community service make no profit for the implementing authorities or their staff: place it with a public or not-for-profit body, e.g. `requirement unpaid work, 80 hours, at "Exeter Food Bank, a registered charity".`',
        business: '"{{phrase}}" puts the work at the service of a business; Rule 40 asks that community service not be done for commercial profit: place it with a public or not-for-profit body, e.g. `requirement unpaid work, 80 hours, at "Exeter Food Bank, a registered charity".`',
        authority: '"{{phrase}}" makes the work a source of profit; Rule 40 asks that community service make no profit for the implementing authorities, their staff or anyone else: let the community have what it produces, e.g. `condition "Furniture made during unpaid work is given to a charity for families in need".`'
    },
    ...textVisitors(readText)
});

const vocabulary = compiledVocabulary(data as unknown as VocabularyFile<HarmEntry>, (entry, lexicon) => ({
    ...compileHarmWords(entry, lexicon),
    work: phraseSet(lexicon.work ? ['<work>'] : [], lexicon)
}));

const WORK_KINDS = new Set(['unpaid-work', 'reparation']);
const WORK_SLOTS = new Set(['place', 'provider', 'description']);

function readText(source: TextSource, context: CheckContext): void {
    const { text } = source;
    const words = vocabulary(text.language);
    const workSlot = !!source.measure?.kind && WORK_KINDS.has(source.measure.kind.id) && WORK_SLOTS.has(source.slot);
    const aboutWork = (hit: Hit) => workSlot || text.inSentence(words.work, hit.start).length > 0;
    const hits = harmsIn(text, words.events, { base: source.base, cancel: words.cancel, cancelScope: 'sentence' })
        .filter(hit => hit.event === 'authority' || aboutWork(hit));
    for (const hit of firstPerClause(text, hits)) {
        reportPhrase(context, source, hit, { messageId: messageIdOf(hit.event), data: { phrase: quoted(source, hit) } });
    }
}

function messageIdOf(event: string): 'staff' | 'business' | 'authority' {
    return event === 'staff' || event === 'business' ? event : 'authority';
}
