import { defineCheck, type CheckContext } from '../../core/check.js';
import { harmsIn, compileHarmWords, type HarmEntry } from '../protected/events.js';
import { firstPerClause, quoted, reportPhrase, textVisitors, type TextSource } from '../protected/sources.js';
import { compiledVocabulary, type VocabularyFile } from '../protected/vocabulary.js';
import data from '../protected/vocabulary/social-rights.json' with { type: 'json' };

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 20: imposing or carrying out a community sanction or measure does not cut down the
 *   person's rights to social security benefits or any other civic right; only restrictions that
 *   are themselves part of the sentence are left aside.
 *
 * Found in any free text of the order, including breach statements and consequences: benefits,
 * pensions, allowances, health cover, the vote or other civic rights suspended, withdrawn, reduced
 * or lost ("housing benefit will be suspended", "loss of his pension", "no longer entitled to
 * benefits"), and a prohibition on voting or claiming benefits ("must not vote"). Not reported:
 * negated wording ("benefits are not affected"), permissions ("may vote by post"), and wording that
 * says the restriction is a penalty forming part of the sentence itself. An order cannot say which
 * penalties the law attaches to the sentence, so this is a warning.
 */
export const socialRights = defineCheck({
    id: 'social-rights',
    title: 'Loss of social security or civic rights',
    family: 'protected',
    category: 'slow',
    kind: 'contravenes',
    rules: [20],
    severity: 'warning',
    summary: 'Finds requirements or consequences that take away benefits, social security, pensions, the vote or other civic rights.',
    basis: [
        { rule: 20, chapter: 'II', clause: 'whole Rule', modal: 'shall', carries: 'imposing or carrying out a sanction does not limit rights to social security benefits or other civic rights, apart from restrictions that are part of the sentence' }
    ],
    messages: {
        exercise: '"{{phrase}}" is forbidden to the person; Rule 20 asks that a sanction not limit social security or other civic rights, unless the restriction is itself part of the sentence: drop it, or say that the court imposed it as part of the sentence, e.g. `condition "Disqualification from voting for two years, imposed as part of the sentence, continues".`',
        loss: '"{{phrase}}" takes away social security or civic rights as part of the order; Rule 20 asks that a sanction not limit them, unless the restriction is itself part of the sentence: drop it, or say that they are kept, e.g. `condition "The person\'s benefits and pension are not affected by this order".`'
    },
    ...textVisitors(readText)
});

const vocabulary = compiledVocabulary(data as unknown as VocabularyFile<HarmEntry>, (entry, lexicon) => compileHarmWords(entry, lexicon));

function readText(source: TextSource, context: CheckContext): void {
    const { text } = source;
    const words = vocabulary(text.language);
    const hits = harmsIn(text, words.events, {
        base: source.base,
        cancel: words.cancel,
        cancelScope: 'sentence',
        imperativeOnly: source.slot === 'condition'
    });
    for (const hit of firstPerClause(text, hits)) {
        reportPhrase(context, source, hit, {
            messageId: hit.event === 'exercise' ? 'exercise' : 'loss',
            data: { phrase: quoted(source, hit) }
        });
    }
}
