import { describe, expect, test } from 'vitest';
import { analyseText, type TextIssue } from '../../language/src/validation/clarity/analyse.js';
import { addresses } from '../../language/src/validation/text/features.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../../language/src/validation/text/language.js';
import { isInflectionOf } from '../../language/src/validation/text/lemma.js';
import { VOCABULARY_FILES, vocabularyFor, wordsInEveryLanguage, type FamilyName } from '../../language/src/validation/text/vocabulary.js';

/**
 * The function words the clarity analyser (clarity/) reads around a head, a name or a clause, and the endings
 * text/lemma.ts reads in a word (issue 10: words belong in vocabulary lists, not in regular
 * expressions), live in vocabulary/grammar.json and in lists of the families' files (persons,
 * places, delegation, knowledge, placeholder, open-list; formats for the French house number).
 * Lists the expressions read in every language's text are still read so (the union of the
 * sections); each case below shows an entry driving what it stands for.
 */
const found = (text: string, language: TextLanguage) => analyseText(text, language).map(i => `${i.check}/${i.messageId}: ${i.phrase}`);
const people = (text: string, language: TextLanguage): TextIssue[] => analyseText(text, language).filter(i => i.messageId === 'people');
const own = (language: TextLanguage, family: FamilyName, list: string) => [...vocabularyFor(language).words(family, list)];

describe('grammar.json', () => {
    test('has every note: each entry says its class', () => {
        const file = VOCABULARY_FILES.grammar as unknown as Record<string, Record<string, string[]>> & { notes: Record<string, string> };
        for (const language of TEXT_LANGUAGES) {
            for (const [list, entries] of Object.entries(file[language])) {
                for (const entry of entries) {
                    expect(file.notes[`${language}/${list}: ${entry}`], `${language}/${list}: ${entry}`).toBeTypeOf('string');
                }
            }
        }
    });

    test.each(wordsInEveryLanguage('grammar', 'stop-word'))('stop-word: "%s" ends the qualifier of a class, in any text', word => {
        expect(people(`Do not contact persons under 18 ${word} supervised.`, 'en').map(i => i.phrase)).toEqual(['persons under 18']);
    });

    test('stop-word: a word that is none does not', () => {
        expect(people('Do not contact persons under 18 beside supervised.', 'en').map(i => i.phrase)).toEqual(['persons under 18 beside supervised']);
    });

    test.each(own('en', 'grammar', 'determiner'))('determiner (English): "%s minor" heads a noun phrase', word => {
        expect(people(`Do not contact ${word} minor.`, 'en').map(i => i.phrase)).toEqual(['minor']);
    });

    test('determiner: with none, a singular count noun modifies the next one', () => {
        expect(people('Do not contact minor.', 'en')).toEqual([]);
    });

    test.each(wordsInEveryLanguage('grammar', 'indefinite'))('indefinite: "%s person who …" is a category, not one person', word => {
        expect(people(`Do not contact ${word} person who uses drugs.`, 'en').map(i => i.phrase)).toEqual(['person who uses drugs']);
    });

    test('indefinite: "the person who …" is one person the case identifies', () => {
        expect(people('Do not contact the person who uses drugs.', 'en')).toEqual([]);
    });

    test.each([
        ['en', 'Do not contact anyone who uses drugs.', 'anyone who uses drugs'],
        ['fr', 'Ne pas entrer en contact avec quiconque qui consomme de la drogue.', 'quiconque qui consomme de la drogue'],
        ['de', 'Keinen Kontakt zu jemandem, der Drogen nimmt.', 'jemandem']
    ] as const)('indefinite-pronoun (%s): a category by itself: %s', (language, text, phrase) => {
        expect(people(text, language).map(i => i.phrase)).toEqual([phrase]);
    });

    test.each(wordsInEveryLanguage('grammar', 'definite-article').filter(article => !/['’]$/u.test(article)))('definite-article: "%s" before a name is part of the area\'s phrase', article => {
        expect(found(`Do not enter ${article} Newcastle area.`, 'en')).toEqual([`undefined-place-or-person/noBoundary: ${article} Newcastle area`]);
    });

    test('definite-article: another word before the name is not', () => {
        expect(found('Do not enter a Newcastle area.', 'en')).toEqual(['undefined-place-or-person/noBoundary: Newcastle area']);
    });

    test('definite-article: alone before a singular head at the start of a sentence, the duty\'s subject', () => {
        expect(people('The youth shall not contact minors.', 'en').map(i => i.phrase)).toEqual(['minors']);
        expect(people('A youth shall not contact minors.', 'en').map(i => i.phrase)).toEqual(['youth', 'minors']);
    });

    test.each([
        ['en', 'Do not associate with members of the gang "Red Crew".'],
        ['en', 'Do not associate with members of the Hells Angels.'],
        ['fr', 'Ne pas fréquenter de membres de l\'association « Les Loups Gris ».'],
        ['de', 'Keinen Kontakt zu Mitgliedern der Gruppe „Nordkreuz“.']
    ] as const)('genitive, genitive-article (%s): a named group after the class defines it: %s', (language, text) => {
        expect(people(text, language)).toEqual([]);
    });

    test('genitive: an unnamed group does not', () => {
        expect(people('Do not associate with members of a gang called "Red Crew".', 'en').map(i => i.phrase)).toEqual(['members of a gang']);
    });

    test.each([
        ['en', 'Do not leave the jurisdiction of England and Wales.', 'Do not leave the jurisdiction of the court.'],
        ['fr', 'Ne pas quitter le ressort de Paris.', 'Ne pas quitter le ressort du tribunal.']
    ] as const)('of, and places.json jurisdiction (%s): a court\'s area of a named place is bounded', (language, named, unnamed) => {
        expect(found(named, language)).toEqual([]);
        expect(found(unnamed, language)).toHaveLength(1);
    });

    test.each(wordsInEveryLanguage('grammar', 'inflection-mark'))('inflection-mark: "person(%s)" takes the mark into the head', mark => {
        expect(people(`Do not contact any person(${mark}) who use drugs.`, 'en').map(i => i.phrase)).toEqual([`person(${mark}) who use drugs`]);
    });

    test.each([
        ['en', 'Do not go to the places where drugs are sold.', 'Do not go to the place where drugs are sold.'],
        ['en', 'Do not go to the premises where drugs are sold.', 'Do not go to the address where drugs are sold.'],
        ['fr', "Ne pas se rendre dans les lieux où l'infraction a été commise.", "Ne pas se rendre dans le lieu où l'infraction a été commise."],
        ['de', 'Er darf die Orte, an denen Drogen verkauft werden, nicht betreten.', 'Er darf den Ort, an dem die Tat begangen wurde, nicht betreten.']
    ] as const)('plural, singular-in-plural-form (%s): a plural is a class, a singular with no indefinite determiner one place', (language, plural, singular) => {
        expect(analyseText(plural, language).filter(i => i.messageId === 'places')).toHaveLength(1);
        expect(analyseText(singular, language).filter(i => i.messageId === 'places')).toEqual([]);
    });

    test.each(own('en', 'grammar', 'possessive-determiner'))('possessive-determiner (English): no knowledge phrase before "%s associates"', word => {
        const issues = people(`Do not contact ${word} associates.`, 'en');
        expect(issues.map(i => i.phrase)).toEqual(['associates']);
        expect(issues[0].fix).toBeUndefined();
    });

    test('possessive-determiner: after an article, the fix inserts one', () => {
        expect(people('Do not contact the associates.', 'en')[0].fix?.edits).toEqual([{ start: 19, end: 19, newText: 'persons you know to be ' }]);
    });

    test.each(['\'s', '’s'])('possessive-ending: "the victim%s home" is the victim\'s place, not a distance from them', ending => {
        expect(found(`Do not come within 100 metres of the victim${ending} home.`, 'en')).toEqual([]);
        expect(found('Do not come within 100 metres of the victim.', 'en')).toEqual(['undefined-place-or-person/movingPerson: come within 100 metres of the victim']);
    });

    test.each(['Do not contact the victim\'s children.', 'Do not contact the victims\' children.'])('possessive-ending: kin of the case: %s', text => {
        expect(people(text, 'en')).toEqual([]);
        expect(people('Do not contact the children.', 'en').map(i => i.phrase)).toEqual(['children']);
    });

    test.each([['housed', 'house', 'houses'], ['housing', 'house', 'houses'], ['personal', 'person', 'persons'], ['personally', 'person', 'persons'], ['reasonable', 'reason', 'reasons'], ['accessible', 'access', 'accesses']])(
        'derived-ending (English): "%s" has the stem of "%s" and is no inflection of it, unlike "%s"', (word, listed, plural) => {
            expect(isInflectionOf(word, listed, 'en')).toBe(false);
            expect(isInflectionOf(plural, listed, 'en')).toBe(true);
        });

    test('derived-ending: every ending is read', () => {
        const endings = own('en', 'grammar', 'derived-ending');
        expect(endings.filter(ending => !['housed', 'housing', 'personal', 'personally', 'reasonable', 'accessible'].some(word => word.endsWith(ending)))).toEqual([]);
    });
});

describe('persons.json', () => {
    test.each(wordsInEveryLanguage('persons', 'qualifier-start'))('qualifier-start: "children %s …" extends the finding over the qualifier', word => {
        expect(people(`Do not contact children ${word} xyz.`, 'en').map(i => i.phrase)).toEqual([`children ${word} xyz`]);
    });

    test('qualifier-start: a word that is none does not', () => {
        expect(people('Do not contact children beneath xyz.', 'en').map(i => i.phrase)).toEqual(['children']);
    });

    test.each(own('en', 'persons', 'relative-pronoun'))('relative-pronoun (English): the fix puts "you know" after "%s"', word => {
        const text = `Do not contact persons ${word} use drugs.`;
        const at = text.indexOf(word) + word.length;
        expect(people(text, 'en')[0].fix?.edits).toEqual([{ start: at, end: at, newText: ' you know' }]);
    });

    test.each(own('en', 'persons', 'state-qualifier').filter(word => wordsInEveryLanguage('persons', 'qualifier-start').includes(word)))(
        'state-qualifier (English): the fix puts "you know to be" after the head of "children %s 16"', word => {
            expect(people(`Do not contact children ${word} 16.`, 'en')[0].fix?.edits).toEqual([{ start: 23, end: 23, newText: ' you know to be' }]);
        });

    test.each([['children'], ['minors'], ['drug users']])('bare-plural (English): "%s" heads a noun phrase with no determiner', head => {
        expect(people(`Do not contact ${head}.`, 'en').map(i => i.phrase)).toEqual([head]);
    });

    test('bare-plural: a singular does not', () => {
        expect(people('Do not contact child.', 'en')).toEqual([]);
    });

    test('subject-plural (English): a plural after the article opening the sentence is a class, not the subject', () => {
        expect(people('The youths shall not contact minors.', 'en').map(i => i.phrase)).toEqual(['youths', 'minors']);
        expect(people('The youth shall not contact minors.', 'en').map(i => i.phrase)).toEqual(['minors']);
    });
});

describe('places.json', () => {
    test.each(wordsInEveryLanguage('places', 'person-subject'))('person-subject: "any place where %s live" is the person\'s own', subject => {
        expect(found(`Do not go to any place where ${subject} live.`, 'en')).toEqual([]);
        expect(found('Do not go to any place where children play.', 'en')).toEqual(['undefined-place-or-person/places: place where children play']);
    });

    test.each(own('en', 'places', 'place-relative'))('place-relative (English): the fix puts "you know" after "%s"', relative => {
        const text = `Do not go to any place ${relative} children play.`;
        const at = text.indexOf(relative) + relative.length;
        expect(analyseText(text, 'en').find(i => i.messageId === 'places')?.fix?.edits).toEqual([{ start: at, end: at, newText: ' you know' }]);
    });

    test.each([
        ['fr', 'Ne pas se rendre dans les lieux où vous habitez.', 'Ne pas se rendre dans les lieux où des enfants jouent.'],
        ['de', 'Er darf keine Orte betreten, wo er wohnt.', 'Er darf keine Orte betreten, wo Kinder spielen.']
    ] as const)('place-relative, person-subject (%s): where the person lives is theirs', (language, own, other) => {
        expect(found(own, language)).toEqual([]);
        expect(found(other, language)).toHaveLength(1);
    });

    test.each(['where', 'in which'])('area-relative: "the area %s …" is a category, found with the generic heads', relative => {
        expect(found(`You must not enter the area ${relative} the victim lives.`, 'en')).toEqual([]);
        expect(found('You must not enter the area near the victim.', 'en')).toContain('undefined-place-or-person/noBoundary: the area');
    });
});

describe('the families\' other lists', () => {
    test.each([
        ['en', 'You must follow the rules of this license at all times.', 'You must follow the rules of the hostel at all times.'],
        ['fr', 'Respecter les règles de cette ordonnance.', 'Respecter les règles du foyer.'],
        ['fr', 'Respecter les règles de la décision.', 'Respecter les règles du foyer.'],
        ['fr', 'Respecter les règles de ce jugement.', 'Respecter les règles du foyer.']
    ] as const)('delegation.json defined-instrument (%s): the order\'s own rules are no incorporation: %s', (language, own, other) => {
        expect(found(own, language)).toEqual([]);
        expect(found(other, language)).toHaveLength(1);
    });

    test('knowledge.json time-preposition (German): "um 20 Uhr … zu" opens no purpose', () => {
        expect(found('Er hat um 20 Uhr zu Hause zu sein und darf keinen Kontakt zu Kindern haben.', 'de')).toEqual(['undefined-place-or-person/people: Kindern']);
    });

    test.each(TEXT_LANGUAGES.flatMap(language => own(language, 'placeholder', 'literal').map(word => [language, word] as const)))('placeholder.json literal (%s): "%s" is a placeholder, not a blank', (language, word) => {
        expect(analyseText(`Reside at ${word.toUpperCase()}.`, language).map(i => i.messageId)).toEqual(['placeholder']);
    });

    test('open-list.json article-pronoun (German): without a comma "der" is an article, and the list stays open', () => {
        expect(found('Er darf die Lokale der Innenstadt (Bars, Diskotheken usw.) nicht betreten.', 'de')).toEqual(['vague-term/openList: usw.']);
    });

    test.each(own('fr', 'formats', 'house-number-suffix'))('formats.json house-number-suffix (French): "12 %s rue …" is an address', word => {
        expect(addresses(`Résider au 12 ${word} rue de la paix.`, 'fr')).toHaveLength(1);
        expect(addresses('Résider au 12 quater rue de la paix.', 'fr')).toEqual([]);
    });
});
