import { AstUtils, GrammarUtils } from 'langium';
import type { AmountParameter, Costs, Order, Requirement, Condition } from '../../generated/ast.js';
import { isImplementingAuthority, isOrder, isProviderParameter, isRequirement, isTextLiteral } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clauseOf, measuresOf, type MeasureView } from '../../model/order-model.js';
import { resolveValue } from '../../model/values.js';
import { languageOfText } from '../text/language.js';
import type { PhraseSet } from '../text/phrase.js';
import type { ProtectedText } from '../protected/analysis.js';
import { compileEvents, harmsIn, type Hit, compileHarmWords, type HarmEntry } from '../protected/events.js';
import { firstPerClause, measureName, nodeSource, quoted, reportPhrase, textVisitors, type TextSource } from '../protected/sources.js';
import { compiledVocabulary, phraseSet, type VocabularyFile } from '../protected/vocabulary.js';
import data from '../protected/vocabulary/offender-pays.json' with { type: 'json' };

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 36: as a rule, the suspect or offender is not the one who pays the direct costs of
 *   carrying out a community sanction or measure. The Rule says "should not normally": the
 *   messages keep that modal.
 *
 * Found: `costs borne by the person` (and a quoted payer that names the person); an amount on a
 * requirement other than compensation, or compensation payable to the body that implements the
 * order; and wording that makes the person pay for monitoring, tests, programmes, supervision or
 * the like ("a monitoring fee of 5 EUR a day", "tests at his own expense"). Compensation, damages
 * or reparation to a victim are not implementation costs and are not reported; nor is a cost the
 * wording gives to the state or the service ("paid by the state", "free of charge", "no fees are
 * charged"). The Rule says "normally", so the default severity is a warning.
 */
const texts = textVisitors(readText);

export const offenderPays = defineCheck({
    id: 'offender-pays',
    title: 'The person pays for implementing the order',
    family: 'protected',
    category: 'slow',
    kind: 'contravenes',
    rules: [36],
    severity: 'warning',
    summary: 'Finds orders that make the person bear the direct costs of implementation, such as monitoring, test or programme fees.',
    basis: [
        { rule: 36, chapter: 'III', clause: 'whole Rule', modal: 'should not normally', carries: 'as a rule the suspect or offender does not bear the direct costs of carrying out the sanction or measure' }
    ],
    messages: {
        fee: '"{{phrase}}" makes the person pay a direct cost of implementing the order; Rule 36 says the person should not normally bear such costs: have the state or the implementing authority pay, e.g. `costs borne by the state.`',
        payer: 'The order makes the person bear the costs of implementing it; Rule 36 says the person should not normally bear such costs: write `costs borne by the state.`',
        quotedPayer: 'The order makes the person ("{{phrase}}") bear costs of implementing it; Rule 36 says the person should not normally bear such costs: write `costs borne by the state.`',
        amount: 'An amount of {{amount}} on {{measure}} makes the person pay for implementing it; Rule 36 says the person should not normally bear such costs: remove the amount and write `costs borne by the state.`',
        payee: 'This amount is payable to {{payee}}, which implements the order: it is a cost of implementation, not compensation; Rule 36 says the person should not normally bear such costs: make compensation payable to the victim, e.g. `requirement compensation, amount 300 EUR, payable to "the victim".`'
    },
    visit: {
        ...texts.visit,
        Costs(costs, context) {
            checkPayer(costs, context);
        }
    },
    visitMeasure(measure, context) {
        texts.visitMeasure?.(measure, context);
        checkAmounts(measure, context);
    }
});

interface Entry extends HarmEntry {
    payer?: string[];
    implementer?: string[];
}

const vocabulary = compiledVocabulary(data as unknown as VocabularyFile<Entry>, (entry, lexicon) => ({
    ...compileHarmWords(entry, lexicon),
    victim: phraseSet(['<victim>'], lexicon),
    payer: phraseSet((entry('payer') as string[] | undefined) ?? [], lexicon),
    implementer: phraseSet((entry('implementer') as string[] | undefined) ?? [], lexicon),
    payerEvents: compileEvents({ payer: { harm: 'asserted', patterns: (entry('payer') as string[] | undefined) ?? [] } }, lexicon)
}));

function readText(source: TextSource, context: CheckContext): void {
    const words = vocabulary(source.text.language);
    const hits = harmsIn(source.text, words.events, { base: source.base, cancel: words.cancel, cancelScope: 'reach' })
        .filter(hit => !forVictim(source.text, hit, words.victim));
    for (const hit of firstPerClause(source.text, hits)) {
        reportPhrase(context, source, hit, { messageId: 'fee', data: { phrase: quoted(source, hit) } });
    }
}

/** A payment to or for the victim (compensation, the victim's costs) is not an implementation cost. */
function forVictim(text: ProtectedText, hit: Hit, victim: PhraseSet): boolean {
    if (text.find(victim, hit).length > 0) {
        return true;
    }
    const clause = text.clauseAt(hit.start);
    const before = text.find(victim, { start: clause.start, end: hit.start });
    const after = text.find(victim, { start: hit.end, end: clause.end });
    const near = (from: number, to: number) => (text.masked.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length <= 4;
    return before.some(m => near(m.end, hit.start)) || after.some(m => near(hit.end, m.start));
}

/** `costs borne by the person`, or a quoted payer that names the person. */
function checkPayer(costs: Costs, context: CheckContext): void {
    const payer = costs.payer;
    if (payer === 'the person') {
        context.report({
            node: costs,
            property: 'payer',
            messageId: 'payer',
            fixes: toState(costs, context)
        });
        return;
    }
    if (payer === 'the state' || payer === 'the implementing authority') {
        return;
    }
    const source = nodeSource('description', costs, 'payer', 'statement');
    if (!source) {
        return;
    }
    const words = vocabulary(source.text.language);
    const hits = harmsIn(source.text, words.payerEvents, { base: 'statement' });
    if (hits.length > 0) {
        reportPhrase(context, source, hits[0], {
            messageId: 'quotedPayer',
            data: { phrase: quoted(source, hits[0]) },
            fixes: toState(costs, context)
        });
    }
}

function toState(costs: Costs, context: CheckContext): Fix[] {
    const cst = GrammarUtils.findNodeForProperty(costs.$cstNode, 'payer');
    if (!cst || AstUtils.getDocument(costs) !== context.document) {
        return [];
    }
    return [{ title: 'Have the state bear the costs ("costs borne by the state")', edits: [{ range: cst.range, newText: 'the state' }], preferred: true }];
}

/**
 * An amount on a requirement other than compensation is a charge for that requirement; an amount
 * of compensation payable to the implementing authority, the provider of a requirement, or a
 * monitoring or probation body is a charge too, whatever it is called.
 */
function checkAmounts(measure: MeasureView, context: CheckContext): void {
    const repeatsTemplate = !!measure.via && AstUtils.getDocument(measure.node) === context.document;
    if (repeatsTemplate) {
        return;
    }
    const amounts = measure.node.params.filter((p): p is AmountParameter => p.$type === 'AmountParameter');
    for (const amount of amounts) {
        const payee = amount.payee?.replace(/^["\u201C]|["\u201D]$/g, '') ?? '';
        if (measure.kind && measure.kind.id !== 'compensation') {
            context.report({
                node: amount,
                messageId: 'amount',
                data: { amount: `${amount.amount} ${amount.currency}`, measure: measureName(measure) }
            });
            continue;
        }
        if (payee && isImplementer(payee, measure, amount)) {
            context.report({
                node: amount,
                property: 'payee',
                messageId: 'payee',
                data: { payee }
            });
        }
    }
}

function isImplementer(payee: string, measure: MeasureView, amount: AmountParameter): boolean {
    const words = vocabulary(languageOfText(measure.node, payee, measure.via));
    if (words.victim.test(payee)) {
        return false;
    }
    if (words.implementer.test(payee)) {
        return true;
    }
    const order = orderOfMeasure(measure, amount);
    if (!order) {
        return false;
    }
    const key = normalise(payee);
    const implementer = clauseOf(order, isImplementingAuthority)?.name;
    if (implementer && normalise(implementer) === key) {
        return true;
    }
    return measuresOf(order).some(m => m.node.params.some(p => {
        if (!isProviderParameter(p)) {
            return false;
        }
        const provider = resolveValue(p.provider, m.bindings);
        return isTextLiteral(provider) && normalise(provider.value) === key;
    }));
}

function orderOfMeasure(measure: MeasureView, amount: AmountParameter): Order | undefined {
    const container = measure.via?.$container ?? AstUtils.getContainerOfType(amount, (n): n is Requirement | Condition => isRequirement(n) || n.$type === 'Condition')?.$container;
    return isOrder(container) ? container : undefined;
}

function normalise(text: string): string {
    return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
