import { AstUtils, GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Order, VictimParameter } from '../../generated/ast.js';
import { isMadeOn, isOrder, isVictimParameter } from '../../generated/ast.js';
import { defineCheck, type CheckContext, type FindingInput } from '../../core/check.js';
import type { Fix, Severity } from '../../core/finding.js';
import { clauseOf, type MeasureView } from '../../model/order-model.js';
import type { PhraseMatch } from '../text/phrase.js';
import type { ProtectedText } from '../protected/analysis.js';
import { compileEvents, harmsIn, type EventEntry } from '../protected/events.js';
import { overlaps } from '../protected/segment.js';
import { firstPerClause, measureName, quoted, reportPhrase, textVisitors, type TextSource } from '../protected/sources.js';
import { compiledVocabulary, phraseSet, type LexiconData, type VocabularyFile } from '../protected/vocabulary.js';
import data from '../protected/vocabulary/victim-contact.json' with { type: 'json' };

const texts = textVisitors(readText);

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 9: where a community sanction or measure brings the person into contact with victims,
 *   the victims' rights are respected by the ethical standards accepted for such contact, first
 *   among them that the victim takes part only of their own free will. Those standards are outside
 *   the Recommendation; the docs name them (the EU Victims' Directive 2012/29/EU, and CM/Rec(2018)8
 *   on restorative justice in criminal matters).
 * - Rule 10: where appropriate, the person should be enabled and encouraged to make amends to
 *   victims or the community, with due regard to the victims' rights and needs ("should": the
 *   messages keep it).
 *
 * Found: a requirement that involves the victim where the victim refused consent (an error) or
 * consent was not sought, or where the order records no consent of the victim at all; a mediation
 * requirement that does not say the victim takes part; and wording that has the person apologise
 * to, write to, meet or make amends to the victim with no word of the victim's agreement ("if the
 * victim agrees", "the victim has asked for …"), or against the victim's refusal. Mediation rests on
 * both Rules, reparation and compensation on Rule 10, other contact on Rule 9. A no-contact
 * requirement protects the victim and is not read; negated or exempting wording ("must not contact
 * the victim", "is not required to apologise to the victim") is not reported.
 */
export const victimContact = defineCheck({
    id: 'victim-contact',
    title: 'Contact with the victim without the victim\'s consent',
    family: 'protected',
    category: 'slow',
    kind: 'contravenes',
    rules: [9, 10],
    severity: 'warning',
    summary: 'Finds mediation, reparation or other contact with a victim where the victim\'s consent is refused, not sought, or not recorded.',
    basis: [
        { rule: 9, chapter: 'I', clause: 'whole Rule', modal: 'shall', carries: 'when a sanction brings the person into contact with victims, the victims\' rights are respected by accepted ethical standards, first among them that victims take part freely' },
        { rule: 10, chapter: 'I', clause: 'whole Rule', modal: 'should', carries: 'the person is encouraged to make amends to victims where appropriate, with due regard to the victims\' rights and needs' }
    ],
    messages: {
        contactRefused: '"{{phrase}}" requires contact with the victim against the victim\'s refusal; Rule 9 asks that contact with victims respect their rights by accepted ethical standards, under which a victim takes part only of their own free will: drop the contact, or keep the person away, e.g. `requirement no contact, with "the victim", for 6 months.`',
        contactNotSought: '"{{phrase}}" requires contact with the victim, but the victim was not asked; Rule 9 asks that contact with victims respect their rights by accepted ethical standards, under which a victim takes part only of their own free will: ask the victim first and make the contact depend on the answer, e.g. `condition "The person will meet the victim only if the victim agrees".`',
        contactSilent: '"{{phrase}}" requires contact with the victim with no word of the victim\'s consent; Rule 9 asks that contact with victims respect their rights by accepted ethical standards, under which a victim takes part only of their own free will: make it depend on the victim, e.g. `condition "The person will meet the victim only if the victim agrees".`',
        reparationRefused: '"{{phrase}}" requires amends to the victim against the victim\'s refusal; Rule 10 says reparation to victims should be made with due regard to their rights and needs: make amends to the community instead, e.g. `requirement reparation, "repairing the bus shelter", 10 hours.`',
        reparationNotSought: '"{{phrase}}" requires amends to the victim, but the victim was not asked; Rule 10 says reparation to victims should be made with due regard to their rights and needs: ask the victim first and record the answer, e.g. `requirement reparation, "repairing the victim\'s fence", 10 hours, involving the victim, victim consent given on 2026-03-10.`',
        reparationSilent: '"{{phrase}}" requires amends to the victim with no word of the victim\'s consent; Rule 10 says reparation to victims should be made with due regard to their rights and needs: record the victim\'s consent, e.g. `requirement reparation, "repairing the victim\'s fence", 10 hours, involving the victim, victim consent given on 2026-03-10.`, or make amends to the community',
        consentRefused: 'The victim refused consent to {{measure}}; the European Rules recommend respecting the victim\'s rights, and the accepted standards let a victim take part only of their own free will: do not go ahead with it against the refusal; make amends to the community instead, e.g. `requirement reparation, "repairing the bus shelter", 10 hours.`',
        consentNotSought: 'The victim\'s consent to {{measure}} was not sought; the European Rules recommend respecting the victim\'s rights, and the accepted standards let a victim take part only of their own free will: ask the victim, and once they have agreed record it, e.g. `victim consent given on 2026-03-10`',
        consentMissing: '{{Measure}} involves the victim but records no consent of the victim; the European Rules recommend respecting the victim\'s rights, and the accepted standards let a victim take part only of their own free will: record it, e.g. `involving the victim, victim consent given on 2026-03-10`',
        mediationNoVictim: '{{Measure}} does not record that the victim takes part of their own free will; the European Rules recommend respecting the victim\'s rights, and the accepted standards let a victim take part only of their own free will: record it, e.g. `requirement mediation, 3 sessions, involving the victim, victim consent given on 2026-03-10.`',
        mediationViaTemplate: '{{Measure}} does not record that the victim takes part of their own free will, and an order cannot record it for a template\'s requirement; the European Rules recommend respecting the victim\'s rights, and the accepted standards let a victim take part only of their own free will: record it in the template, or write the mediation in the order, e.g. `requirement mediation, 3 sessions, involving the victim, victim consent given on 2026-03-10.`'
    },
    visit: texts.visit,
    visitMeasure(measure, context) {
        if (measure.kind?.id === 'no-contact') {
            return;
        }
        texts.visitMeasure?.(measure, context);
        checkVictimParameter(measure, context);
    }
});

interface Entry {
    lexicon?: LexiconData;
    events?: Record<string, EventEntry>;
    consent?: string[];
    refused?: string[];
    'not-sought'?: string[];
}

const vocabulary = compiledVocabulary(data as unknown as VocabularyFile<Entry>, (entry, lexicon) => {
    const list = (key: keyof Entry) => phraseSet((entry(key) as string[] | undefined) ?? [], lexicon);
    return {
        events: compileEvents(entry('events') as Record<string, EventEntry> | undefined, lexicon),
        consent: list('consent'),
        refused: list('refused'),
        notSought: list('not-sought')
    };
});

/** Rules by requirement kind: mediation is both contact and amends. */
function rulesOf(measure: MeasureView | undefined, event?: string): number[] {
    switch (measure?.kind?.id) {
        case 'mediation':
            return [9, 10];
        case 'reparation':
        case 'compensation':
            return [10];
    }
    return event === 'reparation' ? [10] : [9];
}

type ConsentState = 'given' | 'refused' | 'not-sought' | 'silent';

/** What a text says about the victim's consent. A consent phrase with a negation in it says nothing. */
function consentIn(text: ProtectedText, words: ReturnType<typeof vocabulary>): { state: ConsentState; against: PhraseMatch[] } {
    const refused = text.find(words.refused);
    const notSought = text.find(words.notSought);
    const against = [...refused, ...notSought];
    if (refused.length > 0) {
        return { state: 'refused', against };
    }
    if (notSought.length > 0) {
        return { state: 'not-sought', against };
    }
    const given = text.find(words.consent).filter(m => !against.some(a => overlaps(a, m)) && !text.vocabulary.negators.test(text.masked, m));
    return { state: given.length > 0 ? 'given' : 'silent', against };
}

function readText(source: TextSource, context: CheckContext): void {
    const measure = source.measure;
    if (measure?.kind?.id === 'mediation' || (measure && measure.node.params.some(isVictimParameter))) {
        // The requirement's own record of the victim's consent speaks for it (see below).
        return;
    }
    const { text } = source;
    const words = vocabulary(text.language);
    const consent = consentIn(text, words);
    if (consent.state === 'given') {
        return;
    }
    const hits = harmsIn(text, words.events, { base: source.base, transparent: consent.against });
    for (const hit of firstPerClause(text, hits)) {
        const rules = rulesOf(measure, hit.event);
        // Amends alone rest on Rule 10; any other contact (and mediation) on Rule 9.
        const family = rules.includes(9) ? 'contact' : 'reparation';
        const state = consent.state === 'refused' ? 'Refused' : consent.state === 'not-sought' ? 'NotSought' : 'Silent';
        const fixes = state === 'Silent' && measure && measure.kind?.id === 'reparation' && source.slot === 'description' ? addVictimConsent(measure, context) : [];
        reportPhrase(context, source, hit, {
            messageId: `${family}${state}`,
            data: { phrase: quoted(source, hit) },
            rules,
            ...(state === 'Refused' ? { severity: 'error' as const } : {}),
            fixes
        });
    }
}

/** The victim's involvement and consent as recorded with a requirement or condition. */
function checkVictimParameter(measure: MeasureView, context: CheckContext): void {
    if (measure.inTemplate) {
        // The victim's consent belongs to a case: it is checked in the order that applies the template.
        return;
    }
    const victim = measure.node.params.find(isVictimParameter);
    const rules = rulesOf(measure);
    const name = measureName(measure);
    const data = { measure: name, Measure: name.charAt(0).toUpperCase() + name.slice(1) };
    const report = (place: Omit<FindingInput, 'messageId'>, messageId: string, severity?: Severity, fixes: Fix[] = []) =>
        context.report({ ...place, messageId, data, rules, ...(severity ? { severity } : {}), fixes: measure.via ? [] : fixes });
    const onApply = measure.via ? { node: measure.via, property: 'template' as const } : undefined;

    if (victim) {
        if (victim.victimConsent === 'refused') {
            report(onApply ?? { node: victim, keyword: 'refused' }, 'consentRefused', 'error');
        } else if (victim.notSought) {
            report(onApply ?? { node: victim, range: consentRange(victim) }, 'consentNotSought', undefined, replaceConsent(victim, context));
        } else if (!victim.victimConsent) {
            report(onApply ?? { node: victim }, 'consentMissing', undefined, appendConsent(victim, context));
        }
        return;
    }
    if (measure.kind?.id === 'mediation') {
        report(onApply ?? { node: measure.node, property: 'kind' as never },
            measure.via ? 'mediationViaTemplate' : 'mediationNoVictim', undefined, addVictimConsent(measure, context));
    }
}

/** The order's date, offered as the date of the victim's consent (the drafter checks it). */
function consentText(measure: MeasureView): string {
    const order = orderOf(measure);
    const date = order ? clauseOf(order, isMadeOn)?.date : undefined;
    return `victim consent given${date ? ` on ${date}` : ''}`;
}

function orderOf(measure: MeasureView): Order | undefined {
    const container = measure.via?.$container ?? measure.node.$container;
    return isOrder(container) ? container : undefined;
}

/** "victim consent not sought": from the second `victim` keyword to `sought`. */
function consentRange(victim: VictimParameter): Range | undefined {
    const start = GrammarUtils.findNodesForKeyword(victim.$cstNode, 'victim')[1];
    const end = GrammarUtils.findNodeForKeyword(victim.$cstNode, 'sought');
    return start && end ? { start: start.range.start, end: end.range.end } : undefined;
}

function replaceConsent(victim: VictimParameter, context: CheckContext): Fix[] {
    const range = consentRange(victim);
    const measure = victim.$container;
    if (!range || AstUtils.getDocument(victim) !== context.document) {
        return [];
    }
    const order = isOrder(measure.$container) ? measure.$container : undefined;
    const date = order ? clauseOf(order, isMadeOn)?.date : undefined;
    return [{
        title: 'Record the victim\'s consent (only once the victim has given it; check the date)',
        edits: [{ range, newText: `victim consent given${date ? ` on ${date}` : ''}` }]
    }];
}

function appendConsent(victim: VictimParameter, context: CheckContext): Fix[] {
    const end = victim.$cstNode?.range.end;
    const measure = victim.$container;
    if (!end || AstUtils.getDocument(victim) !== context.document) {
        return [];
    }
    const order = isOrder(measure.$container) ? measure.$container : undefined;
    const date = order ? clauseOf(order, isMadeOn)?.date : undefined;
    return [{
        title: 'Record the victim\'s consent (only once the victim has given it; check the date)',
        edits: [{ range: { start: end, end }, newText: `, victim consent given${date ? ` on ${date}` : ''}` }]
    }];
}

/** Adds ", involving the victim, victim consent given on …" before the requirement's full stop. */
function addVictimConsent(measure: MeasureView, context: CheckContext): Fix[] {
    if (measure.via || AstUtils.getDocument(measure.node) !== context.document) {
        return [];
    }
    const stops = GrammarUtils.findNodesForKeyword(measure.node.$cstNode, '.');
    const stop = stops[stops.length - 1];
    return stop ? [{
        title: 'Record that the victim takes part and has consented (only once they have; check the date)',
        edits: [{ range: { start: stop.range.start, end: stop.range.start }, newText: `, involving the victim, ${consentText(measure)}` }]
    }] : [];
}
