import { defineCheck } from '../../core/check.js';
import type { TextMessageId } from '../clarity/analyse.js';
import { reportTextIssues } from '../clarity/report.js';

/**
 * Rule 15: conditions shall be defined by clear and explicit provisions. A ban on places or people
 * defined only by a category ("places where drugs are sold", "persons engaged in criminal
 * activity") does not let the person tell in advance which places or people it covers (kind
 * `contravenes`). It becomes precise with a list, a map, a radius, or a knowledge requirement
 * ("any person you know to be ...").
 *
 * Reads free-text conditions, and the contact class, area name and other texts of structured
 * requirements (`no contact, with any "…"` without `you know to be` is always a category).
 */
export const undefinedPlaceOrPerson = defineCheck({
    id: 'undefined-place-or-person',
    title: 'Place or person defined only by a category',
    family: 'clarity',
    category: 'slow',
    kind: 'contravenes',
    rules: [15],
    severity: 'warning',
    summary: 'Finds bans on places or people defined by a category with no list, map, radius or knowledge requirement ("persons engaged in criminal activity").',
    basis: [
        { rule: 15, chapter: 'II', clause: 'first half of the sentence (conditions and obligations)', modal: 'shall', carries: 'the conditions and obligations are to be set out in clear and explicit terms, so a ban lets the person tell which places or people it covers' }
    ],
    messages: {
        people: '"{{phrase}}" is a category of people, with no names and no knowledge requirement, so the person cannot tell who is covered; Rule 15 asks that conditions be clear and explicit: name them, or limit it to people the person knows to be in it, e.g. `persons you know to be engaged in criminal activity`',
        contactClass: '"{{phrase}}" is a class of people with no knowledge requirement, so the person cannot tell who is covered; Rule 15 asks that conditions be clear and explicit: limit it to people they know to be in it, e.g. `with any person you know to be "a drug user"`',
        movingPerson: '"{{phrase}}" turns on where another person happens to be, which the person cannot know; Rule 15 asks that conditions be clear and explicit: add a knowledge requirement and what to do on becoming aware, e.g. `Do not knowingly come within 100 metres of Ms Mills; if you become aware that you are, move away at once.`',
        places: '"{{phrase}}" is a category of places, with no list, map or radius and no knowledge requirement; Rule 15 asks that conditions be clear and explicit: name or map the places, or limit it to what the person knows, e.g. `places where you know drugs are sold`',
        speculativePlaces: '"{{phrase}}" defines places by what might happen there, with no list, map or radius; Rule 15 asks that conditions be clear and explicit: name them or map them, e.g. `the area shown on the attached map`',
        speculativePeople: '"{{phrase}}" defines people by what they might do, with no names and no knowledge requirement; Rule 15 asks that conditions be clear and explicit: name them, or limit it to people the person knows, e.g. `any person you know to be supplying drugs`',
        noBoundary: '"{{phrase}}" has no boundary; Rule 15 asks that conditions be clear and explicit: give a map, the bounding streets or a radius, e.g. `the area bounded by William Street, Darlinghurst Road and Victoria Street`'
    } satisfies Record<TextMessageId<'undefined-place-or-person'>, string>,
    visitMeasure(measure, context) {
        reportTextIssues(measure, context, 'undefined-place-or-person');
    }
});
