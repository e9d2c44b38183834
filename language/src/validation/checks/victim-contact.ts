import { AstUtils, GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Order, VictimParameter } from '../../generated/ast.js';
import { isMadeOn, isOrder, isVictimParameter } from '../../generated/ast.js';
import { defineCheck, type CheckContext, type FindingInput } from '../../core/check.js';
import type { Fix, Severity } from '../../core/finding.js';
import { clauseOf, type MeasureView } from '../../model/order-model.js';
import { PhraseSet, type PhraseMatch } from '../text/phrase.js';
import type { ProtectedText } from '../protected/analysis.js';
import { compileEvents, harmsIn, type EventEntry } from '../protected/events.js';
import { overlaps } from '../protected/segment.js';
import { firstPerClause, measureName, quoted, reportPhrase, textVisitors, type TextSource } from '../protected/sources.js';
import { compiledVocabulary, type LexiconData, type VocabularyFile } from '../protected/vocabulary.js';
import data from '../protected/vocabulary/victim-contact.json' with { type: 'json' };

const texts = textVisitors(readText);

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 9: where a community sanction or measure brings the person into contact with victims,
 *   the victims' rights are respected by the ethical standards accepted for such contact, first
 *   among them that the victim takes part only of their own free will.
 * - Rule 10: the person is encouraged to make amends to victims or the community where that is
 *   appropriate, with due regard to the victims' rights and needs.
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
    rules: [9, 10],
    severity: 'warning',
    summary: 'Finds mediation, reparation or other contact with a victim where the victim\'s consent is refused, not sought, or not recorded.',
    basis: [
        { rule: 9, chapter: 'I', clause: 'whole Rule', carries: 'when a sanction brings the person into contact with victims, the victims\' rights are respected by accepted ethical standards, first among them that victims take part freely' },
        { rule: 10, chapter: 'I', clause: 'whole Rule', carries: 'the person is encouraged to make amends to victims where appropriate, with due regard to the victims\' rights and needs' }
    ],
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
    const list = (key: keyof Entry) => new PhraseSet((entry(key) as string[] | undefined) ?? [], lexicon);
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
        const phrase = quoted(source, hit);
        const rules = rulesOf(measure, hit.event);
        const what = hit.event === 'reparation' ? 'amends to the victim' : 'contact with the victim';
        switch (consent.state) {
            case 'refused':
                reportPhrase(context, source, hit, {
                    message: `"${phrase}" requires ${what} against the victim's refusal: the victim takes part only of their own free will`,
                    rules,
                    severity: 'error'
                });
                break;
            case 'not-sought':
                reportPhrase(context, source, hit, {
                    message: `"${phrase}" requires ${what}, but the victim was not asked: the victim takes part only of their own free will`,
                    rules
                });
                break;
            default:
                reportPhrase(context, source, hit, {
                    message: `"${phrase}" requires ${what} with no word of the victim's consent: say that it happens only if the victim agrees`,
                    rules,
                    fixes: measure && measure.kind?.id === 'reparation' && source.slot === 'description' ? addVictimConsent(measure, context) : []
                });
        }
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
    const Name = name.charAt(0).toUpperCase() + name.slice(1);
    const report = (place: Omit<FindingInput, 'message'>, message: string, severity?: Severity, fixes: Fix[] = []) =>
        context.report({ ...place, message, rules, ...(severity ? { severity } : {}), fixes: measure.via ? [] : fixes });
    const onApply = measure.via ? { node: measure.via, property: 'template' as const } : undefined;

    if (victim) {
        if (victim.victimConsent === 'refused') {
            report(onApply ?? { node: victim, keyword: 'refused' },
                `The victim refused consent to ${name}: it must not go ahead against the victim's refusal`, 'error');
        } else if (victim.notSought) {
            report(onApply ?? { node: victim, range: consentRange(victim) },
                `The victim's consent to ${name} was not sought: the victim takes part only of their own free will`,
                undefined, replaceConsent(victim, context));
        } else if (!victim.victimConsent) {
            report(onApply ?? { node: victim },
                `${Name} involves the victim but records no consent of the victim: record it ("victim consent given on …")`,
                undefined, appendConsent(victim, context));
        }
        return;
    }
    if (measure.kind?.id === 'mediation') {
        report(onApply ?? { node: measure.node, property: 'kind' as never },
            measure.via
                ? `${Name} does not record that the victim takes part of their own free will, and an order cannot record it for a template's requirement: record it in the template, or write the mediation in the order`
                : `${Name} does not record that the victim takes part of their own free will: add "involving the victim, victim consent given on …"`,
            undefined, addVictimConsent(measure, context));
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
