import { describe } from 'vitest';
import { judgement, delegation, run } from './structure-cases.js';

/**
 * Issue 10, round 9, from the misses of the untuned probe-conditions-16.tsv (its first-run figures
 * are in docs/checks/vagueness-evaluation.md), written in other courts' words, not from its rows.
 * Every case fails without its mechanism except those marked `guard`: an opinion clause hands the
 * content to whoever holds the opinion, named by any noun (lexicon.json `opinion`, delegation.json);
 * a quality negated by degree on a class of persons or places ("peu sûrs", "wenig seriöse",
 * "not very reputable"); a standard of faultlessness, whatever it qualifies.
 */

describe('an opinion clause delegates the content, whoever holds the opinion', () => {
    run([
        { language: 'en', text: 'She must receive such medical treatment as the Medical Superintendent may deem necessary.', finds: delegation('such medical treatment as the Medical Superintendent may deem necessary') },
        { language: 'en', text: 'He shall reside at such place as the Warden thinks fit.', finds: delegation('such place as the Warden thinks fit') },
        { language: 'en', text: 'You must attend the hostel at such times as your key worker considers appropriate.', finds: delegation('such times as your key worker considers appropriate'), guard: true },
        { language: 'fr', text: 'Le condamné suivra les soins que le directeur du centre jugera nécessaires.', finds: delegation('que le directeur du centre jugera nécessaires') },
        { language: 'fr', text: 'Elle participera aux activités que la cheffe d\'établissement estimera utiles.', finds: delegation('que la cheffe d\'établissement estimera utiles') },
        { language: 'de', text: 'Sie hat an den Kursen teilzunehmen, die der Direktor für erforderlich erachtet.', finds: delegation('die der Direktor für erforderlich erachtet') },
        { language: 'de', text: 'Er hat die Maßnahmen zu befolgen, die die Heimleitung als notwendig ansieht.', finds: delegation('die die Heimleitung als notwendig ansieht') },
        // Listed authorities were read before.
        { language: 'fr', text: 'Il se soumettra à tout traitement que le chef de service estimera utile.', finds: delegation('que le chef de service estimera utile'), guard: true },
        // The person's own opinion hands nothing to anyone.
        { language: 'en', text: 'You may telephone your solicitor at such times as you consider necessary.', passes: true, guard: true }
    ]);
});

describe('a quality negated by degree on a class of persons or places', () => {
    run([
        { language: 'fr', text: 'Il ne fréquentera pas les bars peu sûrs du centre-ville.', finds: judgement('bars peu sûrs') },
        { language: 'fr', text: 'La condamnée ne fréquentera pas des établissements peu recommandables.', finds: judgement('établissements peu recommandables') },
        { language: 'fr', text: 'Il cessera toute fréquentation de gens peu honnêtes.', finds: judgement('gens peu honnêtes') },
        { language: 'de', text: 'Er hat Umgang mit wenig vertrauenswürdigen Personen zu meiden.', finds: judgement('wenig vertrauenswürdigen Personen') },
        { language: 'de', text: 'Sie soll wenig seriöse Lokale nicht betreten.', finds: judgement('wenig seriöse Lokale') },
        { language: 'en', text: 'He must avoid the company of not very reputable persons.', finds: judgement('not very reputable persons') },
        { language: 'en', text: 'She shall stay away from none too savoury places in the town.', finds: judgement('none too savoury places') },
        // A time "shortly before" is no quality.
        { language: 'fr', text: 'Il se présentera au foyer peu avant 19 heures chaque vendredi.', passes: true, guard: true },
        { language: 'de', text: 'Er hat wenig Geld bei sich zu tragen.', passes: true, guard: true }
    ]);
});

describe('a standard of faultlessness, whatever it qualifies', () => {
    run([
        { language: 'fr', text: 'Le condamné adoptera une attitude irréprochable envers les voisins.', finds: judgement('irréprochable') },
        { language: 'fr', text: 'Elle aura une conduite irréprochable.', finds: judgement('conduite irréprochable'), guard: true },
        { language: 'en', text: 'He must be of blameless conduct at the hostel.', finds: judgement('blameless') },
        { language: 'en', text: 'He shall maintain impeccable behaviour towards the staff.', finds: judgement('impeccable') },
        { language: 'de', text: 'Sie hat ein untadeliges Auftreten gegenüber den Nachbarn zu zeigen.', finds: judgement('untadeliges') },
        { language: 'de', text: 'Er hat sich tadellos zu verhalten.', finds: judgement('sich tadellos zu verhalten'), guard: true }
    ]);
});
