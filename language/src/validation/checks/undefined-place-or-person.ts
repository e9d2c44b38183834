import { defineCheck } from '../../core/check.js';
import { reportTextIssues } from '../text/report.js';

/**
 * Rule 15: conditions must be clear and explicit. Rule 30: instructions must be practical and
 * precise. A ban on places or people defined only by a category ("places where drugs are sold",
 * "persons engaged in criminal activity") cannot be obeyed in advance: the person cannot tell which
 * places or people it covers. It becomes precise with a list, a map, a radius, or a knowledge
 * requirement ("any person you know to be ...").
 *
 * Reads free-text conditions, and the contact class, area name and other texts of structured
 * requirements (`no contact, with any "…"` without `you know to be` is always a category).
 */
export const undefinedPlaceOrPerson = defineCheck({
    id: 'undefined-place-or-person',
    title: 'Place or person defined only by a category',
    family: 'clarity',
    rules: [15, 30],
    severity: 'warning',
    summary: 'Finds bans on places or people defined by a category with no list, map, radius or knowledge requirement ("persons engaged in criminal activity").',
    basis: [
        { rule: 15, chapter: 'II', clause: 'conditions and obligations (first half of the sentence)', carries: 'the conditions and obligations are to be set out in clear and explicit terms, so a ban must let the person tell which places or people it covers' },
        { rule: 30, chapter: 'III', clause: 'second sentence', carries: 'what the person is told to do has to be practical and precise: places and people they cannot recognise cannot practically be avoided' }
    ],
    visitMeasure(measure, context) {
        reportTextIssues(measure, context, 'undefined-place-or-person');
    }
});
