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
    visitMeasure(measure, context) {
        reportTextIssues(measure, context, 'vague-term');
    }
});
