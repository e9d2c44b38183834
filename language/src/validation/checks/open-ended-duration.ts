import { writtenText } from '../wording.js';
import { AstUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { OpenTerm, TextLiteral } from '../../generated/ast.js';
import { isOpenTerm } from '../../generated/ast.js';
import { WRITTEN_DATE_SOURCE } from '../../parsing/written-date.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { resolveValue } from '../../model/values.js';
import { literalOf } from '../text/literal.js';
import type { Span } from '../text/phrase.js';
import { loadVocabulary, type ClassedVocabularyFile } from '../vocabulary/load.js';
import { followedBy } from '../vocabulary/sequence.js';
import vocabularyFile from '../vocabulary/open-ended-duration.json' with { type: 'json' };

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 21 ("shall"): how long a community sanction or measure lasts is set by the authority
 *   empowered to decide, as prescribed by law, not left to later events or to someone else.
 * - Rule 23, first sentence ("ordinarily"): a community sanction or measure is, as a rule, imposed
 *   for a fixed period.
 *
 * "until further order", "indefinitely" and "until <some event>" give no end the person can know in
 * advance; an "until" tied to someone being satisfied hands the length to that person. Free-text
 * conditions are read for the same open endings ("until further notice").
 */
export const openEndedDuration = defineCheck({
    id: 'open-ended-duration',
    title: 'Open-ended duration',
    family: 'duration',
    category: 'slow',
    kind: 'contravenes',
    rules: [21, 23],
    severity: 'error',
    summary: 'Finds durations with no end: "until further order", "indefinitely", "until the supervisor is satisfied".',
    basis: [
        { rule: 21, chapter: 'II', clause: 'whole Rule', modal: 'shall', carries: 'the length of a sanction or measure is set by the authority with the power to decide, as prescribed by law, not left to later events or to someone else\'s judgement' },
        { rule: 23, chapter: 'II', clause: 'first sentence', modal: 'ordinarily', carries: 'as a rule a sanction or measure is imposed for a period set in advance' }
    ],
    messages: {
        openTerm: '{{subject}} runs {{wording}}, which gives it no end; Rules 21 and 23 ask that a sanction have a fixed duration: give a period or an end date instead, e.g. `for 12 months` or `until 2027-03-13`',
        eventTerm: '{{subject}} runs until "{{event}}", which ends on an event nobody can date in advance; Rules 21 and 23 ask that a sanction have a fixed duration: give a period or an end date instead, e.g. `for 12 months` or `until 2027-03-13`',
        openWording: 'The condition runs "{{wording}}", which gives it no end the person can know; Rules 21 and 23 ask that a sanction have a fixed duration: take the open ending out of the wording and give the condition a period or an end date, e.g. `condition "Live at 1 Road", for 6 months.`'
    },
    visit: {
        OrderTerm(orderTerm, context) {
            if (isOpenTerm(orderTerm.term)) {
                reportOpenTerm(orderTerm.term, 'The order', context);
            }
        }
    },
    visitMeasure(measure, context) {
        // A template's own text is checked where the template is written; an `apply` of a template
        // in the same file would only repeat that finding.
        const repeatsTemplate = !!measure.via && AstUtils.getDocument(measure.node) === context.document;
        if (measure.term && isOpenTerm(measure.term) && !repeatsTemplate) {
            reportOpenTerm(measure.term, `This ${measure.kind ? measure.kind.keyword + ' requirement' : 'condition'}`, context);
        }
        if (measure.node.$type === 'Condition') {
            const text = resolveValue<TextLiteral>(measure.node.text, measure.bindings);
            // Wording passed in as an argument is the order's own text; wording written in the
            // template is checked there.
            const fromArgument = !!text && AstUtils.getDocument(text) === context.document && text.$container?.$type === 'Argument';
            if (text?.$type === 'TextLiteral' && (!repeatsTemplate || fromArgument)) {
                for (const match of openEndedWording(text)) {
                    context.report({
                        node: text,
                        range: match.range,
                        messageId: 'openWording',
                        data: { wording: match.text }
                    });
                }
            }
        }
    }
});

function reportOpenTerm(term: OpenTerm, subject: string, context: CheckContext<'openTerm' | 'eventTerm' | 'openWording'>): void {
    if (term.condition !== undefined && looksLikeDate(term.condition)) {
        // `until "30 September 2026"` is a fixed end written as text, not an open one.
        return;
    }
    const fixes = replaceWithPlaceholder(term, context);
    if (term.condition !== undefined) {
        context.report({ node: term, messageId: 'eventTerm', data: { subject, event: term.condition }, fixes });
        return;
    }
    context.report({
        node: term,
        messageId: 'openTerm',
        // As the order words it: "until further order of the court" is quoted whole.
        data: { subject, wording: term.indefinitely ? 'indefinitely' : term.orderedBy ? (writtenText(term) ?? 'until further order') : 'until further order' },
        fixes
    });
}

/** Offers "for 12 months" in place of the open term; 12 months is a placeholder to set. */
function replaceWithPlaceholder(term: OpenTerm, context: CheckContext): Fix[] {
    if (!term.$cstNode || AstUtils.getDocument(term) !== context.document) {
        return [];
    }
    return [{
        title: 'Replace with a fixed period ("for 12 months"; set the real period)',
        edits: [{ range: term.$cstNode.range, newText: 'for 12 months' }]
    }];
}

/**
 * Open endings in free text. Each names a point in time nobody can fix in advance, or hands it to
 * someone's later judgement. Deliberately short: a condition "for 6 months, until 2026-09-30" is
 * fine, so a bare "until" is not enough.
 */
const WORDS = loadVocabulary(vocabularyFile as ClassedVocabularyFile)('en');

/**
 * The open endings of a text, in order of preference where two overlap: fixed phrases (until
 * further order, indefinitely, …), then an "until" or "for as long as" whose subject (at most three
 * words after its determiner) is satisfied, judges or sees fit.
 */
function openEndings(text: string): Span[][] {
    const near = { kind: 'words', words: 3 } as const;
    return [
        WORDS.get('until-further').find(text),
        WORDS.get('indefinite').find(text),
        followedBy(text, WORDS.get('until-someone').find(text), WORDS.get('satisfied'), near),
        followedBy(text, WORDS.get('until-someone').find(text), WORDS.get('judges'), near),
        followedBy(text, WORDS.get('for-as-long-as-someone').find(text), WORDS.get('judges-needed'), near)
    ];
}

interface WordingMatch {
    text: string;
    range: Range;
}

function openEndedWording(node: TextLiteral): WordingMatch[] {
    const literal = literalOf(node);
    if (!literal) {
        return [];
    }
    const raw = literal.value;
    const found: Span[] = [];
    for (const matches of openEndings(raw)) {
        for (const { start, end } of matches) {
            if (!found.some(f => start < f.end && end > f.start)) {
                found.push({ start, end });
            }
        }
    }
    return found
        .sort((a, b) => a.start - b.start)
        .map(f => ({ text: raw.slice(f.start, f.end).replace(/\s+/g, ' '), range: literal.range(f.start, f.end) }));
}

/** A date written out: ISO, "12 March 2026", "March 12th, 2026" (the one written-date form), "12/03/2026". */
const DATE_LIKE = new RegExp(`^\\s*(?:\\d{4}-\\d{2}-\\d{2}|${WRITTEN_DATE_SOURCE.dayFirst}|${WRITTEN_DATE_SOURCE.monthFirst}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})\\s*$`, 'i');

function looksLikeDate(text: string): boolean {
    return DATE_LIKE.test(text);
}
