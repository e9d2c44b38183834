import { AstUtils, GrammarUtils } from 'langium';
import type { Consent, Order, OrderConsent, TextLiteral } from '../../generated/ast.js';
import { isMadeOn, isOrder, isOrderConsent } from '../../generated/ast.js';
import { defineCheck, type CheckContext, type FindingInput } from '../../core/check.js';
import type { Fix, Severity } from '../../core/finding.js';
import { clauseOf, type MeasureView } from '../../model/order-model.js';
import { resolveValue } from '../../model/values.js';
import { citationOf, consentRuleFor, DEFAULT_PROFILE_ID, type ConsentRuleKind } from '../../profiles/index.js';
import { joinList } from '../wording.js';
import { literalOf } from '../text/literal.js';
import type { PhraseMatch } from '../text/phrase.js';
import { loadVocabulary, type ClassedVocabularyFile } from '../vocabulary/load.js';
import { followedBy } from '../vocabulary/sequence.js';
import vocabularyFile from '../vocabulary/treatment-without-consent.json' with { type: 'json' };

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 5: no sanction or measure involves medical or psychological treatment that falls short of
 *   internationally adopted ethical standards. The Rule points to those standards and does not
 *   state them; the docs name them (the Oviedo Convention, art. 5: free and informed consent before
 *   any intervention in the health field; the WMA Declaration of Lisbon, principle 3: the patient's
 *   right to give or withhold consent).
 * - Rule 57: where the person's consent is required (by national law), it is informed and explicit.
 *
 * A treatment requirement (drug, alcohol or mental health treatment) or a free-text condition that
 * requires medical, psychological, drug or alcohol treatment is held to a consent record: the
 * requirement's own, or else the order's own consent sentence (the only place an order can record
 * consent for treatment brought in by a template).
 *
 * The Recommendation does not make consent a condition of lawful treatment; whether consent is
 * required is for national law, which the active jurisdiction profile states (`consentRuleFor`, with
 * the setting of the treatment). So the finding follows RULE-MAP.md, section E:
 * - the profile's law requires consent (or expressed willingness, or consent in a case the profile
 *   names) and none is recorded, or a refusal is recorded: the message says what the law requires
 *   and cites the statute (statutory messages);
 * - the profile's law does not require consent (France's obligation de soins): information that
 *   recommends recording consent, resting on Rule 5's ethical standards;
 * - no rule is known (the default profile, which is no national law; a kind the profile records no
 *   rule for; free text, which has no kind): the finding rests on Rules 5 and 57 in their own voice;
 * - a consent recorded as given but not as informed and explicit: Rule 57.
 */
const MESSAGES = {
    noConsent: '{{subject}} records no consent; Rule 5 asks that treatment meet internationally adopted ethical standards, which rest on the person\'s free and informed consent, and Rule 57 that consent, where it is needed, be informed and explicit: record it, e.g. `consent informed and explicit, given on 2026-03-10`',
    noConsentRequired: '{{subject}} records no consent, and the law of {{jurisdiction}} requires the person\'s consent to it ({{statute}}); Rule 57 asks that such consent be informed and explicit: record it, e.g. `consent informed and explicit, given on 2026-03-10`',
    noConsentWillingness: '{{subject}} records no consent, and the law of {{jurisdiction}} requires the person to have expressed willingness to comply with it ({{statute}}); Rule 57 asks that consent, where it is needed, be informed and explicit: record it, e.g. `consent informed and explicit, given on 2026-03-10`',
    noConsentConditional: '{{subject}} records no consent; the law of {{jurisdiction}} requires the person\'s consent {{condition}} ({{statute}}), and Rule 57 asks that such consent be informed and explicit: if that is the case here, record it, e.g. `consent informed and explicit, given on 2026-03-10`',
    noConsentNotRequired: '{{subject}} records no consent; the law of {{jurisdiction}} does not require consent to it ({{statute}}), but Rule 5 asks that treatment meet internationally adopted ethical standards, which rest on the person\'s free and informed consent: consider recording it, e.g. `consent informed and explicit, given on 2026-03-10`',
    refused: '{{subject}} is imposed although the person is recorded as refusing consent; Rule 5 asks that treatment meet internationally adopted ethical standards, which rest on the person\'s free and informed consent: check whether the law of the order makes consent a condition, and consider a requirement the person accepts, or record consent if they give it later, e.g. `consent informed and explicit, given on 2026-03-10`',
    refusedRequired: '{{subject}} is imposed although the person is recorded as refusing consent, and the law of {{jurisdiction}} requires their consent to it ({{statute}}); Rule 5 asks that treatment meet internationally adopted ethical standards, which rest on free and informed consent: choose a requirement the person accepts, or record consent if they give it later, e.g. `consent informed and explicit, given on 2026-03-10`',
    refusedWillingness: '{{subject}} is imposed although the person is recorded as refusing consent, and the law of {{jurisdiction}} requires the person to have expressed willingness to comply with it ({{statute}}); Rule 5 asks that treatment meet internationally adopted ethical standards, which rest on free and informed consent: choose a requirement the person accepts, or record their consent if they give it later, e.g. `consent informed and explicit, given on 2026-03-10`',
    refusedConditional: '{{subject}} is imposed although the person is recorded as refusing consent; the law of {{jurisdiction}} requires their consent {{condition}} ({{statute}}), and Rule 5 asks that treatment meet internationally adopted ethical standards, which rest on free and informed consent: if that is the case here, choose a requirement the person accepts, or record consent if they give it later, e.g. `consent informed and explicit, given on 2026-03-10`',
    refusedNotRequired: '{{subject}} is imposed although the person is recorded as refusing consent; the law of {{jurisdiction}} does not require consent to it ({{statute}}), but Rule 5 asks that treatment meet internationally adopted ethical standards, which rest on free and informed consent: consider a requirement the person accepts, or record their consent if they give it later, e.g. `consent informed and explicit, given on 2026-03-10`',
    partial: '{{subject}} relies on a consent recorded as given but not as {{lacking}}; Rule 57 asks that consent, where it is needed, be informed and explicit: if it was, say so, e.g. `consent informed and explicit, given on 2026-03-10`'
};

export const treatmentWithoutConsent = defineCheck<keyof typeof MESSAGES>({
    id: 'treatment-without-consent',
    title: 'Treatment without informed, explicit consent',
    family: 'consent',
    category: 'slow',
    kind: 'contravenes',
    rules: [5, 57],
    severity: 'warning',
    summary: 'Finds medical, psychological, drug or alcohol treatment with no informed and explicit consent recorded, and says what the active profile\'s law asks.',
    basis: [
        { rule: 5, chapter: 'I', clause: 'whole Rule', modal: 'shall', carries: 'a sanction or measure never involves medical or psychological treatment short of ethical standards adopted internationally, which rest on free and informed consent' },
        { rule: 57, chapter: 'V', clause: 'whole Rule', modal: 'shall', carries: 'where national law makes the person\'s consent a condition, that consent is informed and explicit' }
    ],
    messages: MESSAGES,
    statutoryMessages: [
        'noConsentRequired', 'noConsentWillingness', 'noConsentConditional', 'noConsentNotRequired',
        'refusedRequired', 'refusedWillingness', 'refusedConditional', 'refusedNotRequired'
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
        const law = nationalRule(measure, context);
        const data = { subject: at.subject, ...law.data };

        if (!consent) {
            context.report({
                ...at.place,
                messageId: NO_CONSENT[law.rule],
                data,
                rules: law.rule === 'none' ? [5] : law.rule === 'unknown' ? [5, 57] : [57],
                severity: SEVERITY[law.rule],
                fixes: addConsent(measure, isOrder(order) ? order : undefined, context)
            });
            return;
        }
        if (consent.refused) {
            context.report({
                ...(own ? { node: own } : at.place),
                messageId: REFUSED[law.rule],
                data,
                rules: [5],
                severity: SEVERITY[law.rule]
            });
            return;
        }
        const lacking = [consent.informed ? '' : 'informed', consent.explicit ? '' : 'explicit'].filter(Boolean);
        if (lacking.length > 0) {
            context.report({
                ...(own ? { node: own } : at.place),
                messageId: 'partial',
                data: { subject: at.subject, lacking: joinList(lacking) },
                rules: [57],
                severity: SEVERITY[law.rule],
                fixes: completeConsent(consent, context)
            });
        }
    }
});

/** What the profile's law asks: a consent rule of the profile, or `unknown` when it states none. */
type LawAsks = ConsentRuleKind | 'unknown';

const NO_CONSENT = {
    unknown: 'noConsent', required: 'noConsentRequired', willingness: 'noConsentWillingness',
    conditional: 'noConsentConditional', none: 'noConsentNotRequired'
} as const;

const REFUSED = {
    unknown: 'refused', required: 'refusedRequired', willingness: 'refusedWillingness',
    conditional: 'refusedConditional', none: 'refusedNotRequired'
} as const;

/**
 * Where the law requires consent (or willingness), a finding is an error; where it requires it in a
 * case the order may or may not meet, or nothing is known of the law, a warning; where the law does
 * not require it, information (RULE-MAP.md, section E).
 */
const SEVERITY: Record<LawAsks, Severity> = {
    unknown: 'warning', required: 'error', willingness: 'error', conditional: 'warning', none: 'info'
};

/**
 * The consent rule of the active profile for this kind of treatment in its setting, and the values
 * its messages cite: the jurisdiction, the statute (marked unverified where the profile could not
 * read it) and, for a conditional rule, the case in which the law requires consent.
 */
function nationalRule(measure: MeasureView, context: CheckContext): { rule: LawAsks; data: Record<string, string> } {
    const profile = context.profile;
    if (!measure.kind || profile.id === DEFAULT_PROFILE_ID) {
        return { rule: 'unknown', data: {} };
    }
    const rule = consentRuleFor(profile, measure.kind.id, measure.param('SettingParameter')?.setting);
    if (!rule) {
        return { rule: 'unknown', data: {} };
    }
    const condition = 'condition' in rule && rule.condition ? lowerFirst(rule.condition.replace(/\.$/, '')) : '';
    return { rule: rule.rule, data: { jurisdiction: profile.jurisdiction, statute: citationOf(rule), condition } };
}

function lowerFirst(text: string): string {
    return text.charAt(0).toLowerCase() + text.slice(1);
}

interface TreatmentAt {
    /** The measure as a message's subject: "This drug treatment requirement". */
    subject: string;
    place: Omit<FindingInput, 'messageId'>;
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
                place: { node: measure.via, property: 'template' }
            };
        }
        return { subject: `This ${measure.kind.keyword} requirement`, place: { node: measure.node, property: 'kind' } };
    }
    if (measure.node.$type !== 'Condition') {
        return undefined;
    }
    const text = resolveValue<TextLiteral>(measure.node.text, measure.bindings);
    const literal = text?.$type === 'TextLiteral' ? literalOf(text) : undefined;
    if (!text || !literal) {
        return undefined;
    }
    const match = treatmentWording(literal.value);
    if (!match) {
        return undefined;
    }
    // Wording passed in as an argument is pointed at where it is written; wording of the template
    // itself, at the `apply` clause that brings it in.
    const writtenHere = AstUtils.getDocument(text) === context.document && (!measure.via || text.$container?.$type === 'Argument');
    if (measure.via && !writtenHere) {
        return {
            subject: `The condition brought in by '${measure.via.template?.ref?.name}', which requires treatment ("${match.phrase}"),`,
            place: { node: measure.via, property: 'template' }
        };
    }
    return {
        subject: `This condition, which requires treatment ("${match.phrase}"),`,
        place: { node: text, range: literal.range(match.start, match.end) }
    };
}

/** The check's phrases (vocabulary/treatment-without-consent.json); the check reads English wording. */
const WORDS = loadVocabulary(vocabularyFile as ClassedVocabularyFile)('en');

/** Wording that requires treatment: a verb of doing or undergoing, then, within four words, a kind of treatment. */
function requiresTreatment(raw: string): PhraseMatch[] {
    return followedBy(raw, WORDS.get('treatment-verb').find(raw), WORDS.get('treatment-noun'), { kind: 'words', words: 4 });
}

function treatmentWording(raw: string): { start: number; end: number; phrase: string } | undefined {
    const negation = WORDS.get('negation');
    const voluntary = WORDS.get('voluntary');
    for (const match of requiresTreatment(raw)) {
        const { start, end } = match;
        const sentenceStart = Math.max(raw.lastIndexOf('.', start), raw.lastIndexOf(';', start), raw.lastIndexOf(',', start)) + 1;
        const sentenceEnd = [raw.indexOf('.', end), raw.indexOf(';', end)].filter(i => i >= 0).reduce((a, b) => Math.min(a, b), raw.length);
        const before = raw.slice(sentenceStart, start).split(/\s+/).filter(Boolean).slice(-3).join(' ');
        if (negation.test(before) || voluntary.test(raw.slice(sentenceStart, sentenceEnd))) {
            continue;
        }
        return { start, end, phrase: match.text.replace(/\s+/g, ' ') };
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

