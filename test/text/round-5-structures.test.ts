import { describe } from 'vitest';
import { run } from './structure-cases.js';

/**
 * Issue 10, round 5 (structure 6, illustrations inside a defined class, and structure 5, whose
 * conduct the words govern), in English, French and German. Written from probe-conditions-12.tsv's
 * styles, not its rows. Every case fails without its mechanism (clarity/vague-term.ts `closedByClause`,
 * `describesContent`) except those marked `guard`: they were findings before and stay findings.
 */
const openList = (phrase: string) => ({ check: 'vague-term', family: 'open-list', messageId: 'openList', phrase });

describe('an open list ended by a clause that defines its class does not open it', () => {
    run([
        { language: 'en', text: 'Do not keep any crowbar, bolt cutter or other tool that you intend to use to break into vehicles.', passes: true },
        { language: 'en', text: 'Do not cover the tag with tape, foil or any other material that stops it sending its signal.', passes: true },
        { language: 'de', text: 'Er darf keine Brecheisen, Bolzenschneider oder sonstige Werkzeuge besitzen, die dazu bestimmt sind, Fahrzeuge aufzubrechen.', passes: true },
        { language: 'fr', text: 'Ne pas recouvrir le bracelet de ruban adhésif, de papier d\'aluminium ou d\'une autre matière qui en bloque le signal (plastique, tissu épais, etc.).', passes: true },
        // A class of places defined by who is there is for the places family: the open marker stays.
        { language: 'en', text: 'Do not enter any school, park, swimming pool or other place where children regularly gather.', finds: openList('or other place'), guard: true }
    ]);
});

describe('brackets of examples right after a defining clause do not open the class', () => {
    run([
        { language: 'en', text: 'Do not enter any shop whose licence permits the sale of fireworks (garden centres, supermarkets, etc.).', passes: true },
        { language: 'fr', text: 'Ne pas détenir d\'outils destinés à forcer les serrures (pinces, crochets, etc.).', passes: true },
        { language: 'de', text: 'Er darf keine Geschäfte betreten, die Feuerwerkskörper verkaufen (Baumärkte, Supermärkte usw.).', passes: true },
        // A German article is no relative pronoun: "die Lokale der Innenstadt (…)" has no defining clause.
        { language: 'de', text: 'Er darf die Lokale der Innenstadt (Bars, Diskotheken usw.) nicht betreten.', finds: openList('usw.'), guard: true },
        { language: 'en', text: 'Do not go to places (e.g. bars, clubs, etc.) in Exeter.', finds: openList('etc.'), guard: true }
    ]);
});

describe('outside a ban, an open list of what an activity contains leaves the person\'s duty closed', () => {
    run([
        { language: 'en', text: 'Do 80 hours of unpaid work within 12 months; the work will include jobs such as sweeping, repainting, etc.', passes: true },
        { language: 'fr', text: 'Effectuer 80 heures de travail d\'intérêt général dans les 12 mois, comprenant des tâches telles que le désherbage, la peinture, etc.', passes: true },
        { language: 'de', text: 'Er hat binnen 12 Monaten 80 Stunden gemeinnützige Arbeit zu leisten, die Tätigkeiten wie Reinigen, Streichen usw. umfasst.', passes: true },
        // In a ban the list is the banned class.
        { language: 'en', text: 'Do not carry items, which may include knives, bats, etc.', finds: openList('etc.'), guard: true }
    ]);
});
