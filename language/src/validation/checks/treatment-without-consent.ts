import { AstUtils, GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Consent, Order, OrderConsent, TextLiteral } from '../../generated/ast.js';
import { isMadeOn, isOrder, isOrderConsent } from '../../generated/ast.js';
import { defineCheck, type CheckContext, type FindingInput } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clauseOf, type MeasureView } from '../../model/order-model.js';
import { resolveValue } from '../../model/values.js';
import { consentFor, DEFAULT_PROFILE_ID, getProfile } from '../../profiles/index.js';
import { rangeOfOffsets } from '../ranges.js';

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 5: no community sanction or measure may involve medical or psychological treatment that
 *   falls short of internationally accepted ethical standards; those standards start from the
 *   patient's free and informed consent.
 * - Rule 57: where consent is needed, it has to be informed and explicit.
 * - Rule 58 (not carried by a finding of this version): consent may never be used to take away a
 *   fundamental right. It sits on the check because it frames what the recorded consent may mean;
 *   finding wording that turns consent into a waiver of rights is left for a later version.
 *
 * A treatment requirement (drug, alcohol or mental health treatment) or a free-text condition that
 * requires medical, psychological, drug or alcohol treatment needs a consent record that is given,
 * informed and explicit: the requirement's own, or else the order's own consent sentence (the only
 * place an order can record consent for treatment brought in by a template). A refusal is an error
 * of its own; a consent recorded as given but not as informed or explicit is named for what it
 * lacks.
 *
 * What national law asks is added to the message when the active jurisdiction profile records a
 * consent rule for the kind (`consentFor`): `required` (the law asks for consent too),
 * `willingness` (the law asks for the person's expressed willingness to comply), `conditional`
 * (the law asks for consent only in the case the profile states; a residential setting is taken as
 * meeting a condition about living in an institution) and `none` (the law does not ask for it).
 * The finding stands whatever the national rule: the Rules ask for informed and explicit consent to
 * treatment in every case, and a national law that does not ask for it does not lift that. The
 * default profile, `coe`, is the Rules themselves and adds nothing. Free-text conditions have no
 * kind, so no national rule is looked up for them.
 */
export const treatmentWithoutConsent = defineCheck({
    id: 'treatment-without-consent',
    title: 'Treatment without informed, explicit consent',
    family: 'consent',
    rules: [5, 57, 58],
    severity: 'error',
    summary: 'Finds medical, psychological, drug or alcohol treatment with no informed and explicit consent recorded.',
    basis: [
        { rule: 5, chapter: 'I', clause: 'whole Rule', carries: 'no sanction or measure involves medical or psychological treatment short of internationally adopted ethical standards' },
        { rule: 57, chapter: 'V', clause: 'whole Rule', carries: 'where the person\'s consent is required, it is informed and explicit' },
        { rule: 58, chapter: 'V', clause: 'whole Rule', carries: 'consent never has the consequence of depriving the person of any fundamental right' }
    ],
    visitMeasure(measure, context) {
        if (measure.inTemplate) {
            // Consent is the person's: it is recorded in the order that applies the template.
            return;
        }
        const at = treatmentAt(measure, context);
        if (!at) {
            return;
        }
        const own = measure.param('Consent');
        const order = measure.via?.$container ?? measure.node.$container;
        const orderConsent = isOrder(order) ? clauseOf(order, isOrderConsent) : undefined;
        const consent: Consent | OrderConsent | undefined = own ?? orderConsent;

        const national = nationalRule(measure, context);
        if (!consent) {
            context.report({
                ...at.place,
                message: `${at.subject} records no consent: treatment needs the person's informed and explicit consent, recorded in the order${national}`,
                rules: [5, 57],
                fixes: addConsent(measure, isOrder(order) ? order : undefined, context)
            });
            return;
        }
        if (consent.refused) {
            context.report({
                ...(own ? { node: own } : at.place),
                message: (own
                    ? 'The person refused consent to this treatment: treatment cannot be required against a refusal'
                    : `The order records that the person refused consent, yet ${at.thing} imposes treatment: treatment cannot be required against a refusal`) + national,
                rules: [5, 57]
            });
            return;
        }
        const lacking = [consent.informed ? '' : 'informed', consent.explicit ? '' : 'explicit'].filter(Boolean);
        if (lacking.length > 0) {
            context.report({
                ...(own ? { node: own } : at.place),
                message: `${own ? 'Consent to this treatment' : `The order's consent, on which ${at.thing} relies,`} is recorded as given, but not as ${lacking.join(' and ')}: ` +
                    `record whether the person's consent was ${lacking.join(' and ')}`,
                rules: [57],
                fixes: completeConsent(consent, context)
            });
        }
    }
});

/**
 * What the law of the active profile asks for this kind of treatment, as a clause to end a message
 * with ("; the law of France does not require consent to it (…), but the Rules do"); empty when the
 * profile is the default or records no rule.
 */
function nationalRule(measure: MeasureView, context: CheckContext): string {
    const profile = getProfile(context.config.profile);
    if (!measure.kind || !profile || profile.id === DEFAULT_PROFILE_ID) {
        return '';
    }
    const rule = consentFor(profile, measure.kind.id);
    if (!rule) {
        return '';
    }
    const law = `the law of ${profile.jurisdiction}`;
    const source = `(${rule.source}${rule.verified ? '' : ', unverified'})`;
    switch (rule.rule) {
        case 'required':
            return `; ${law} requires consent too ${source}`;
        case 'willingness':
            return `; ${law} asks for the person's expressed willingness to comply ${source}, but the Rules ask for informed and explicit consent`;
        case 'conditional': {
            if (measure.param('SettingParameter')?.setting === 'residential') {
                return `; ${law} requires consent too, as the treatment is residential ${source}`;
            }
            const when = rule.condition ? `${lowerFirst(rule.condition.replace(/\.$/, ''))}: ` : '';
            return `; ${law} requires consent only in some cases (${when}${rule.source}${rule.verified ? '' : ', unverified'}), but the Rules ask for it in every case`;
        }
        case 'none':
            return `; ${law} does not require consent to it ${source}, but the Rules do`;
    }
}

function lowerFirst(text: string): string {
    return text.charAt(0).toLowerCase() + text.slice(1);
}

interface TreatmentAt {
    /** Opens the "no consent" message: "This drug treatment requirement". */
    subject: string;
    /** The measure inside a sentence: "this drug treatment requirement". */
    thing: string;
    place: Omit<FindingInput, 'message'>;
}

/** Where the measure requires treatment, and how to name it; undefined when it does not. */
function treatmentAt(measure: MeasureView, context: CheckContext): TreatmentAt | undefined {
    if (measure.kind) {
        if (!measure.kind.treatment) {
            return undefined;
        }
        if (measure.via) {
            return {
                subject: `The ${measure.kind.keyword} requirement brought in by '${measure.via.template?.ref?.name}'`,
                thing: `the ${measure.kind.keyword} requirement brought in by '${measure.via.template?.ref?.name}'`,
                place: { node: measure.via, property: 'template' }
            };
        }
        return { subject: `This ${measure.kind.keyword} requirement`, thing: `this ${measure.kind.keyword} requirement`, place: { node: measure.node, property: 'kind' } };
    }
    if (measure.node.$type !== 'Condition') {
        return undefined;
    }
    const text = resolveValue<TextLiteral>(measure.node.text, measure.bindings);
    if (text?.$type !== 'TextLiteral' || !text.$cstNode) {
        return undefined;
    }
    const match = treatmentWording(text.$cstNode.text);
    if (!match) {
        return undefined;
    }
    // Wording passed in as an argument is pointed at where it is written; wording of the template
    // itself, at the `apply` clause that brings it in.
    const writtenHere = AstUtils.getDocument(text) === context.document && (!measure.via || text.$container?.$type === 'Argument');
    if (measure.via && !writtenHere) {
        return {
            subject: `The condition brought in by '${measure.via.template?.ref?.name}' requires treatment ("${match.phrase}") but`,
            thing: `the condition brought in by '${measure.via.template?.ref?.name}'`,
            place: { node: measure.via, property: 'template' }
        };
    }
    return {
        subject: `This condition requires treatment ("${match.phrase}") but`,
        thing: 'this condition',
        place: { node: text, range: rangeOfOffsets(text, text.$cstNode.offset + match.start, text.$cstNode.offset + match.end) }
    };
}

/** Wording that requires treatment: a verb of doing or undergoing, then a kind of treatment. */
const REQUIRES_TREATMENT = /\b(?:undergo(?:es)?|receive|attend|submit\s+to|take|accept|complete|engage\s+(?:in|with)|participate\s+in|take\s+part\s+in|follow|comply\s+with|continue(?:\s+with)?|be\s+treated\s+(?:for|with))\b(?:\s+[\w-]+){0,4}?\s+(?:treatment|therapy|therapies|counsell?ing|medication|medicines?|detox(?:ification)?|psychotherapy)\b/gi;

const NEGATION = /\b(?:not|never|no|neither|nor)\b|n't\b/i;
const VOLUNTARY = /\bvoluntar\w*|\boptional\b|\bif\s+(?:you|he|she|they)\s+(?:wish|wishes|choose|chooses|want|wants)\b|\bmay\s+choose\b|\bis\s+offered\b/i;

function treatmentWording(raw: string): { start: number; end: number; phrase: string } | undefined {
    for (const match of raw.matchAll(REQUIRES_TREATMENT)) {
        const start = match.index ?? 0;
        const end = start + match[0].length;
        const sentenceStart = Math.max(raw.lastIndexOf('.', start), raw.lastIndexOf(';', start), raw.lastIndexOf(',', start)) + 1;
        const sentenceEnd = [raw.indexOf('.', end), raw.indexOf(';', end)].filter(i => i >= 0).reduce((a, b) => Math.min(a, b), raw.length);
        const before = raw.slice(sentenceStart, start).split(/\s+/).filter(Boolean).slice(-3).join(' ');
        if (NEGATION.test(before) || VOLUNTARY.test(raw.slice(sentenceStart, sentenceEnd))) {
            continue;
        }
        return { start, end, phrase: match[0].replace(/\s+/g, ' ') };
    }
    return undefined;
}

/** The consent clause a fix writes, dated with the order's date when it has one. */
function consentText(date: string | undefined, writing = false): string {
    return `consent informed and explicit, given${date ? ` on ${date}` : ''}${writing ? ', in writing' : ''}`;
}

/**
 * Offers a consent clause: before the full stop of a requirement written in the order, or as a
 * sentence of the order after an `apply`. The date offered is the order's; the drafter checks it.
 */
function addConsent(measure: MeasureView, order: Order | undefined, context: CheckContext): Fix[] {
    const date = order ? clauseOf(order, isMadeOn)?.date : undefined;
    if (measure.via) {
        const end = measure.via.$cstNode?.range.end;
        return end ? [{
            title: 'Record informed and explicit consent in the order (check the date)',
            edits: [{ range: { start: end, end }, newText: `\n${consentText(date)}.` }]
        }] : [];
    }
    if (AstUtils.getDocument(measure.node) !== context.document) {
        return [];
    }
    const stops = GrammarUtils.findNodesForKeyword(measure.node.$cstNode, '.');
    const stop = stops[stops.length - 1];
    return stop ? [{
        title: 'Record informed and explicit consent (check the date)',
        edits: [{ range: { start: stop.range.start, end: stop.range.start }, newText: `, ${consentText(date)}` }]
    }] : [];
}

/** Offers the same consent record, stated as informed and explicit. */
function completeConsent(consent: Consent | OrderConsent, context: CheckContext): Fix[] {
    if (!consent.$cstNode || AstUtils.getDocument(consent) !== context.document) {
        return [];
    }
    const text = consentText(consent.date, consent.writing) + (isOrderConsent(consent) ? '.' : '');
    return [{
        title: 'Record the consent as informed and explicit (check that it was)',
        edits: [{ range: consent.$cstNode.range, newText: text }]
    }];
}

