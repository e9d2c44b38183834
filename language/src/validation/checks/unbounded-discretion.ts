import { defineCheck } from '../../core/check.js';
import type { TextMessageId } from '../clarity/analyse.js';
import { reportTextIssues } from '../clarity/report.js';

/**
 * Rule 15: conditions shall be defined by clear and explicit provisions; a condition that lets an
 * implementer decide later what it requires is neither. Rule 17: the law lays down the implementing
 * authorities' powers, their power to decide on methods and to delegate included; an open power to
 * decide what the person is to do is not a method of implementation. Rule 71: the deciding
 * authority may modify conditions; an implementer who decides their content with no limit takes
 * that decision instead. A delegation with no limit on what, how often or how long ("as directed",
 * "such treatment as the officer considers appropriate", an escape clause such as "or at such other
 * times as your officer directs") does all of that (kind `contravenes`).
 *
 * Rule 32 is the counterweight, and is why a bounded delegation is not reported: staff are given
 * room to adapt how a measure is carried out. A delegation is bounded when the same sentence caps
 * it ("not more than twice a week"), when it can only relax the duty ("unless otherwise
 * authorised"), or when it only bites once the person has been told in writing ("any person your
 * officer has named to you in writing").
 */
export const unboundedDiscretion = defineCheck({
    id: 'unbounded-discretion',
    title: 'Open-ended power handed to a supervisor',
    family: 'clarity',
    category: 'slow',
    kind: 'contravenes',
    rules: [15, 17, 71],
    severity: 'warning',
    summary: 'Finds conditions that let a supervisor decide what, how often or how long without limits ("as directed").',
    basis: [
        { rule: 15, chapter: 'II', clause: 'first half of the sentence (conditions and obligations)', modal: 'shall', carries: 'the conditions and obligations are to be set out clearly and explicitly in the measure itself, not left to a decision taken after it by someone else' },
        { rule: 17, chapter: 'II', clause: 'second sentence', modal: 'shall', carries: 'the powers of the implementing authority, to choose how a measure is carried out or to hand tasks to others, are set by law; an open power to decide what the person is to do goes beyond choosing a method' },
        { rule: 71, chapter: 'VI', clause: 'first sentence', modal: 'may', carries: 'it is the deciding authority that can change a condition or obligation as circumstances change or the person progresses; an implementer deciding its content with no limit takes that decision in its place' }
    ],
    messages: {
        delegation: '"{{phrase}}" leaves it to {{who}} to decide, with no limit, what the person is to do, how often and for how long; Rule 15 asks that conditions be clear and explicit, and Rule 71 leaves changing them to the deciding authority: state the terms, or cap the delegation, e.g. `not more than once a week and for no longer than 6 months`',
        escape: '"{{phrase}}" lets {{who}} replace or add to the stated terms with no limit; Rule 15 asks that conditions be clear and explicit, and Rule 71 leaves changing them to the deciding authority: state the only times and places, or cap the extra ones, e.g. `not more than once a week`'
    } satisfies Record<TextMessageId<'unbounded-discretion'>, string>,
    visitMeasure(measure, context) {
        reportTextIssues(measure, context, 'unbounded-discretion');
    }
});
