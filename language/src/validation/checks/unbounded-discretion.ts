import { defineCheck } from '../../core/check.js';
import { reportTextIssues } from '../text/report.js';

/**
 * Rule 15: conditions must be clear and explicit; a condition that lets a supervisor decide later
 * what it requires is neither. Rule 30: instructions to the person must be practical and precise.
 * Rule 32: staff may adapt how a measure is carried out, but that room is given for implementation,
 * within the measure the authority imposed. Rule 34: controls go only as far as the measure needs,
 * in proportion, and within its aims. A delegation with no limit on what, how often or how long
 * ("as directed", "such treatment as the officer considers appropriate", an escape clause such as
 * "or at such other times as your officer directs") leaves all of that to the supervisor.
 *
 * A delegation is bounded, and not reported, when the same sentence caps it ("not more than twice
 * a week"), when it can only relax the duty ("unless otherwise authorised"), or when it only bites
 * once the person has been told in writing ("any person your officer has named to you in writing").
 */
export const unboundedDiscretion = defineCheck({
    id: 'unbounded-discretion',
    title: 'Open-ended power handed to a supervisor',
    family: 'clarity',
    rules: [15, 30, 32, 34],
    severity: 'warning',
    summary: 'Finds conditions that let a supervisor decide what, how often or how long without limits ("as directed").',
    basis: [
        { rule: 15, chapter: 'II', clause: 'conditions and obligations (first half of the sentence)', carries: 'the conditions and obligations are to be set out clearly and explicitly in the measure itself, not left to a decision taken after it by someone else' },
        { rule: 30, chapter: 'III', clause: 'second sentence', carries: 'instructions the person receives have to be practical and precise, which an open power to give any instruction does not ensure' },
        { rule: 32, chapter: 'III', clause: 'whole Rule', carries: 'staff get enough room to fit the way a measure is carried out to the individual case; that room serves carrying out the measure the authority imposed, not deciding what it requires' },
        { rule: 34, chapter: 'III', clause: 'first and last sentences', carries: 'controlling activities go only as far as carrying out the measure needs and stay within its aims, which a power with no limit on what, how often or how long leaves unchecked' }
    ],
    visitMeasure(measure, context) {
        reportTextIssues(measure, context, 'unbounded-discretion');
    }
});
