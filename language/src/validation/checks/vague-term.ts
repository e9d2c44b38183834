import { defineCheck } from '../../core/check.js';
import { reportTextIssues } from '../text/report.js';

/**
 * Rule 15: the conditions and obligations of a sanction or measure must be laid down in clear,
 * explicit terms. Rule 30: what the implementing authority tells the person to do must be practical
 * and precise. A condition whose wording is a judgement ("good behaviour", "excessive"), a quantity
 * with no number ("regularly"), a time with no hours ("in the evenings"), an open list ("etc.") or a
 * blank left from a form ("a specified place") cannot be known in advance, so it carries neither.
 *
 * Reads free-text conditions and the free text of requirement parameters; the vocabulary is in
 * ../text/vocabulary (families evaluative, conditional, open-frequency, open-time, open-notice,
 * open-extent, open-list, placeholder, speculative), in English, French and German.
 */
export const vagueTerm = defineCheck({
    id: 'vague-term',
    title: 'Vague wording in a condition',
    family: 'clarity',
    rules: [15, 30],
    severity: 'warning',
    summary: 'Finds condition wording with no checkable content, such as "good behaviour" or "regularly" with no frequency.',
    basis: [
        { rule: 15, chapter: 'II', clause: 'conditions and obligations (first half of the sentence)', carries: 'the conditions and obligations attached to a sanction or measure are to be set out in clear and explicit terms, which a judgement, an unstated number or a blank left from a form is not' },
        { rule: 30, chapter: 'III', clause: 'second sentence', carries: 'what the implementing authority tells the person to do has to be practical and precise, so the person can carry it out without guessing what was meant' }
    ],
    visitMeasure(measure, context) {
        reportTextIssues(measure, context, 'vague-term');
    }
});
