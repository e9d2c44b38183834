import { defineCheck, type CheckContext } from '../../core/check.js';
import { PhraseSet } from '../text/phrase.js';
import { harmsIn, type Hit, compileHarmWords, type HarmEntry } from '../protected/events.js';
import { firstPerClause, quoted, reportPhrase, textVisitors, type TextSource } from '../protected/sources.js';
import { compiledVocabulary, type VocabularyFile } from '../protected/vocabulary.js';
import data from '../protected/vocabulary/profit-making.json' with { type: 'json' };

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 40: community service may not be used to make a profit for the implementing
 *   authorities, for their staff, or for a commercial business.
 * - Rule 52: when the community takes part in carrying out sanctions, no individual or
 *   organisation may take part for financial gain.
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
    title: 'Unpaid work or participation for profit',
    family: 'protected',
    rules: [40, 52],
    severity: 'error',
    summary: 'Finds unpaid work or participation that profits the implementing authority, its staff, or a business.',
    basis: [
        { rule: 40, chapter: 'III', clause: 'whole Rule', carries: 'community service is never done to make a profit for the implementing authorities, their staff or a business' },
        { rule: 52, chapter: 'IV', clause: 'whole Rule', carries: 'individuals and organisations of the community who take part in carrying out sanctions never do so for financial gain' }
    ],
    ...textVisitors(readText)
});

const vocabulary = compiledVocabulary(data as unknown as VocabularyFile<HarmEntry>, (entry, lexicon) => ({
    ...compileHarmWords(entry, lexicon),
    work: new PhraseSet(lexicon.work ? ['<work>'] : [], lexicon)
}));

const WORK_KINDS = new Set(['unpaid-work', 'reparation']);
const WORK_SLOTS = new Set(['place', 'provider', 'description']);

const RULES: Record<string, number[]> = { staff: [40], authority: [40], business: [40, 52] };

function readText(source: TextSource, context: CheckContext): void {
    const { text } = source;
    const words = vocabulary(text.language);
    const workSlot = !!source.measure?.kind && WORK_KINDS.has(source.measure.kind.id) && WORK_SLOTS.has(source.slot);
    const aboutWork = (hit: Hit) => workSlot || text.inSentence(words.work, hit.start).length > 0;
    const hits = harmsIn(text, words.events, { base: source.base, cancel: words.cancel, cancelScope: 'sentence' })
        .filter(hit => hit.event === 'authority' || aboutWork(hit));
    for (const hit of firstPerClause(text, hits)) {
        reportPhrase(context, source, hit, { message: message(hit.event, quoted(source, hit)), rules: RULES[hit.event] });
    }
}

function message(event: string, phrase: string): string {
    switch (event) {
        case 'staff':
            return `"${phrase}": unpaid work must not benefit the staff of the implementing authority`;
        case 'business':
            return `"${phrase}" puts the work at the service of a business: community service and community participation must not make a commercial profit`;
        default:
            return `"${phrase}": community service must not be done to make a profit for the implementing authority, its staff or anyone else`;
    }
}
