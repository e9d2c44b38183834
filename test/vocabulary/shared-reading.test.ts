import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../language/src/validation/protected/analysis.js';
import { sentenceSpans } from '../../language/src/validation/protected/segment.js';
import { lexiconFor, phraseSet } from '../../language/src/validation/protected/vocabulary.js';
import { sentences } from '../../language/src/validation/text/features.js';
import { TEXT_LANGUAGES } from '../../language/src/validation/text/language.js';
import { PhraseSet } from '../../language/src/validation/text/phrase.js';
import { loadVocabulary, type ClassedVocabularyFile } from '../../language/src/validation/vocabulary/load.js';
import { followedBy } from '../../language/src/validation/vocabulary/sequence.js';
import { ids, lint } from '../helpers.js';

/**
 * Free text is read one way: the protected family (protected/) and the checks' own vocabularies
 * (validation/vocabulary/) stand on the text toolkit (text/): its sentences, its phrase notation,
 * its lexicon and its lemmas.
 */

const texts = (spans: ReadonlyArray<{ start: number; end: number }>, text: string) => spans.map(s => text.slice(s.start, s.end));

describe('the protected family segments with the toolkit', () => {
    const cases: Record<string, { text: string; sentences: string[] }> = {
        en: {
            text: 'You must not attend church, e.g. on Sundays. The supervisor (Ms. Smith) may visit; you must not vote.',
            sentences: ['You must not attend church, e.g. on Sundays.', 'The supervisor (Ms. Smith) may visit;', 'you must not vote.']
        },
        fr: {
            text: "Il lui est interdit de fréquenter l'église. Il doit se présenter au S.P.I.P. chaque lundi; il ne peut pas voter.",
            sentences: ["Il lui est interdit de fréquenter l'église.", 'Il doit se présenter au S.P.I.P. chaque lundi;', 'il ne peut pas voter.']
        },
        de: {
            text: 'Der Verurteilte darf die Moschee nicht besuchen, z. B. freitags. Er hat sich bei Herrn Dr. Weber zu melden.',
            sentences: ['Der Verurteilte darf die Moschee nicht besuchen, z. B. freitags.', 'Er hat sich bei Herrn Dr. Weber zu melden.']
        }
    };

    it.each(Object.entries(cases))('%s: the sentences of a protected-family text are the toolkit\'s', (language, { text, sentences: expected }) => {
        const protectedText = analyse(text, language as 'en' | 'fr' | 'de');
        expect(texts(protectedText.sentences, text)).toEqual(expected);
        expect(texts(sentences(text), text).map(sentence => sentence.trim())).toEqual(expected);
    });

    it('a line break also ends a sentence (one condition a line), inside the toolkit\'s sentence', () => {
        const text = 'Do not attend the mosque\nDo not vote.';
        expect(texts(sentences(text), text)).toEqual([text]);
        expect(texts(sentenceSpans(text), text)).toEqual(['Do not attend the mosque', 'Do not vote.']);
    });

    it('quoted speech is blanked before the toolkit reads the sentences', () => {
        const text = 'Wear a sign saying "I am sorry. I will pay." at all times.';
        expect(texts(analyse(text, 'en').sentences, text)).toEqual([text]);
    });
});

describe('the protected family\'s vocabulary is compiled over the toolkit\'s lexicon and lemmas', () => {
    it.each(TEXT_LANGUAGES)('%s: a toolkit lexicon list is available to protected patterns', language => {
        const weekday = phraseSet(['<weekday>'], lexiconFor(language));
        const sample = { en: 'every Sunday', fr: 'chaque dimanche', de: 'jeden Sonntag' }[language];
        expect(weekday.find(sample).map(m => m.text)).toEqual([sample.split(' ')[1]]);
    });

    it('this family\'s own lists keep precedence over the toolkit\'s lists of the same name', () => {
        // Both define <authority>; the family's own English list has "probation", the toolkit's is not used.
        const lexicon = lexiconFor('en');
        expect(lexicon.authority).toEqual(lexiconFor('en').authority);
        expect(phraseSet(['<authority>'], lexicon).test('the probation')).toBe(true);
    });

    it.each([
        ['en', '=benefit', 'loses all benefits', 'benefits'],
        ['fr', '=allocation', 'perd ses allocations', 'allocations'],
        ['de', '=leistung', 'verliert alle Leistungen', 'Leistungen']
    ] as const)('%s: an = entry matches an inflected form through the lemmas', (language, pattern, text, word) => {
        expect(phraseSet([pattern], lexiconFor(language)).find(text).map(m => m.text)).toEqual([word]);
        // Without the toolkit's lemmas (as the family compiled its patterns before) only the listed form matches.
        expect(new PhraseSet([pattern], lexiconFor(language)).find(text)).toEqual([]);
    });
});

describe('the checks\' vocabulary files', () => {
    const folder = resolve(__dirname, '../../language/src/validation/vocabulary');
    const files = readdirSync(folder).filter(name => name.endsWith('.json'));

    it('are the four of the checks whose regular expressions moved, and the breach wording of model/breach.ts', () => {
        expect(files.sort()).toEqual(['automatic-imprisonment.json', 'breach.json', 'missing-hearing.json', 'open-ended-duration.json', 'treatment-without-consent.json']);
    });

    it.each(files)('%s: every list names its general class, every class its list, and every list compiles', name => {
        const file = JSON.parse(readFileSync(resolve(folder, name), 'utf8')) as ClassedVocabularyFile;
        expect(file.about.length).toBeGreaterThan(40);
        const words = loadVocabulary(file);
        const classes = Object.keys(file.classes).sort();
        // Every class has its list in some language; a class may be a structure of one language only
        // (breach.json: the English passive of recall).
        expect([...new Set(TEXT_LANGUAGES.flatMap(language => Object.keys(file[language] ?? {})))].sort(), name).toEqual(classes);
        for (const language of TEXT_LANGUAGES) {
            const section = file[language];
            if (!section) {
                continue;
            }
            expect(Object.keys(section).filter(list => !classes.includes(list)), `${name} ${language}`).toEqual([]);
            for (const list of Object.keys(section)) {
                expect(file.classes[list].length, `${name} ${list}`).toBeGreaterThan(20);
                expect(words(language).get(list).size, `${name} ${language} ${list}`).toBe(section[list].length);
            }
        }
    });

    it('a pattern may use the toolkit\'s lexicon (<digits>, <month>) and the lemmas', () => {
        const file: ClassedVocabularyFile = {
            about: 'probe',
            classes: { date: 'a day and a month', therapy: 'a kind of treatment' },
            en: { date: ['<digits> <month>'], therapy: ['=therapy'] }
        };
        const words = loadVocabulary(file)('en');
        expect(words.get('date').find('by 12 March').map(m => m.text)).toEqual(['12 March']);
        expect(words.get('therapy').find('attend therapies').map(m => m.text)).toEqual(['therapies']);
    });
});

describe('phrases in sequence (vocabulary/sequence.ts)', () => {
    const verb = new PhraseSet(['attend|undergo']);
    const noun = new PhraseSet(['treatment|therapy']);

    it('takes the nearest second phrase, as a lazy expression does', () => {
        const text = 'attend treatment and therapy';
        expect(followedBy(text, verb.find(text), noun, { kind: 'words', words: 4 }).map(m => m.text)).toEqual(['attend treatment']);
    });

    it('counts the words between, and stops at punctuation', () => {
        expect(followedBy('attend a b c d treatment', verb.find('attend a b c d treatment'), noun, { kind: 'words', words: 4 })).toHaveLength(1);
        expect(followedBy('attend a b c d e treatment', verb.find('attend a b c d e treatment'), noun, { kind: 'words', words: 4 })).toHaveLength(0);
        expect(followedBy('attend, treatment', verb.find('attend, treatment'), noun, { kind: 'words', words: 4 })).toHaveLength(0);
        expect(followedBy('attend (the) treatment', verb.find('attend (the) treatment'), noun, { kind: 'clause' })).toHaveLength(1);
        expect(followedBy('attend. Then treatment', verb.find('attend. Then treatment'), noun, { kind: 'clause' })).toHaveLength(0);
    });
});

describe('checks read their moved vocabularies as before, and inflections through the lemmas', () => {
    const HEAD = 'order "T-1".\nmade on 2026-03-14.\nin force for 12 months.\n';

    it('treatment-without-consent: a plural the old expression did not list ("treatments") is treatment', async () => {
        const code = `${HEAD}condition "Attend the treatments set by the clinic".\n`;
        expect(ids(await lint(code), 'treatment-without-consent')).toEqual(['treatment-without-consent@4:12-4:33']);
        const singular = `${HEAD}condition "Attend the treatment set by the clinic".\n`;
        expect(ids(await lint(singular), 'treatment-without-consent')).toEqual(['treatment-without-consent@4:12-4:32']);
    });

    it('open-ended-duration: an ending handed to someone\'s word is found within three words of "until the"', async () => {
        const code = `${HEAD}condition "Stay home until your supervisor says you may leave".\n`;
        expect(ids(await lint(code), 'open-ended-duration')).toEqual(['open-ended-duration@4:22-4:48']);
        const far = `${HEAD}condition "Stay home until your very kind and patient supervisor says so".\n`;
        expect(ids(await lint(far), 'open-ended-duration')).toEqual([]);
    });

    it('automatic-imprisonment: "automatically" reaches the custody word across the rest of its sentence, not past it', async () => {
        const code = `${HEAD}condition "Any breach leads automatically and without delay to imprisonment".\n`;
        expect(ids(await lint(code), 'automatic-imprisonment')).toEqual(['automatic-imprisonment@4:29-4:76']);
        const apart = `${HEAD}condition "Breaches are dealt with automatically. Imprisonment is for the court".\n`;
        expect(ids(await lint(apart), 'automatic-imprisonment')).toEqual([]);
    });
});
