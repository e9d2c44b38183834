import { defineCheck } from '../../core/check.js';
import type { TextMessageId } from '../clarity/analyse.js';
import { reportTextIssues } from '../clarity/report.js';

/**
 * Rule 15: the conditions and obligations of a sanction or measure shall be defined by clear and
 * explicit provisions. A condition whose wording is a judgement ("good behaviour", "excessive"), a
 * quantity with no number ("regularly"), a time with no hours ("in the evenings"), an open list
 * ("etc.") or a blank left from a form ("a specified place") does not say in advance what complies:
 * the words do what the Rule advises against (kind `contravenes`). So does a ban whose object is a
 * class nobody defined ("offensive material", "any substance that alters your mood", "legal highs":
 * undefinedObject), unless a statute, a closed list, a function with knowledge or a named group
 * defines it.
 *
 * Reads free-text conditions and the free text of requirement parameters; the vocabulary is in
 * ../text/vocabulary (families evaluative, conditional, open-frequency, open-time, open-notice,
 * open-extent, open-list, placeholder, speculative, objects), in English, French and German. The analysis
 * (../clarity/) gives each finding's message id and the phrase at fault.
 */
export const vagueTerm = defineCheck({
    id: 'vague-term',
    title: 'Vague wording in a condition',
    family: 'clarity',
    category: 'slow',
    kind: 'contravenes',
    rules: [15],
    severity: 'warning',
    summary: 'Finds condition wording with no checkable content, such as "good behaviour" or "regularly" with no frequency.',
    basis: [
        { rule: 15, chapter: 'II', clause: 'first half of the sentence (conditions and obligations)', modal: 'shall', carries: 'what a condition or obligation asks of the person is to be set out in clear and explicit terms, which a judgement, an unstated number or a blank left from a form is not' }
    ],
    messages: {
        judgement: '"{{phrase}}" is a judgement, not a defined act, so the person cannot tell in advance what breaches it; Rule 15 asks that conditions be clear and explicit: say what the person is to do or not do, e.g. `Do not contact Sarah Mills, directly or indirectly.`',
        openTrigger: '"{{phrase}}" leaves open when the duty applies and who decides; Rule 15 asks that conditions be clear and explicit: state the event or condition, e.g. `when your officer gives you at least 48 hours\' written notice`',
        ownMeasure: '"{{phrase}}" lets the person judge how much of the duty to do, so whatever they manage complies; Rule 15 asks that conditions be clear and explicit: state the whole duty, or its measure, e.g. `Do not drink alcohol.` or `at least 8 hours a week`',
        noFrequency: '"{{phrase}}" states no frequency; Rule 15 asks that conditions be clear and explicit: say how often, e.g. `once a week`',
        noFrequencyOrEvent: '"{{phrase}}" sets no frequency and no event that triggers it; Rule 15 asks that conditions be clear and explicit: say when, e.g. `within 24 hours of any change` or `every Monday`',
        noLimit: '"{{phrase}}" sets no limit; Rule 15 asks that conditions be clear and explicit: state the amount or number allowed, e.g. `no more than 4 units a day`',
        noThreshold: '"{{phrase}}" sets no threshold, so the person cannot tell how often is too often; Rule 15 asks that conditions be clear and explicit: make a single visit the breach, e.g. `enter or visit`, or say how often is too often',
        noHours: '"{{phrase}}" states no hours; Rule 15 asks that conditions be clear and explicit: give a start and an end time, e.g. `from 19:00 to 07:00`',
        noNotice: '"{{phrase}}" sets no notice period; Rule 15 asks that conditions be clear and explicit: say how long before, e.g. `at least 48 hours before`',
        noExtent: '"{{phrase}}" states no distance, duration or boundary; Rule 15 asks that conditions be clear and explicit: give a number, a mapped area or the places by name, e.g. `within 200 metres of 12 Acacia Road, Exeter`',
        openList: '"{{phrase}}" leaves the list open; Rule 15 asks that conditions be clear and explicit: list every item, or define the class, e.g. `knives, axes and machetes`',
        placeholder: '"{{phrase}}" is a placeholder left in the text; Rule 15 asks that conditions be clear and explicit: replace it with what it stands for, e.g. `12 Acacia Road, Exeter EX1 1AA`',
        blank: '"{{phrase}}" is a blank that was never filled in; Rule 15 asks that conditions be clear and explicit: name what it stands for in the order itself, e.g. `the Blue Moon bar, 4 Quay Street, Exeter`',
        speculative: '"{{phrase}}" defines the class by what might happen; Rule 15 asks that conditions be clear and explicit: list what is covered, or define it, e.g. `any controlled drug within the meaning of the Misuse of Drugs Act 1971`',
        undefinedObject: '"{{phrase}}" does not define what the ban covers, so the person cannot tell in advance which things are forbidden; Rule 15 asks that conditions be clear and explicit: refer to the statute that defines them (`any offensive weapon within the meaning of the Prevention of Crime Act 1953`), list them (`knives, axes and machetes`), define them by their function and the person\'s knowledge (`any article you know to be made for breaking into cars`), or name them (`any publication of the group "Northside Crew"`)'
    } satisfies Record<TextMessageId<'vague-term'>, string>,
    visitMeasure(measure, context) {
        reportTextIssues(measure, context, 'vague-term');
    }
});
