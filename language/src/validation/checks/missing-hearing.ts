import { AstUtils } from 'langium';
import type { Breach, BreachHearing } from '../../generated/ast.js';
import { isBreachHearing, isBreachStatement, isDecidingAuthority, isOrder } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clauseOf } from '../../model/order-model.js';
import { consequenceName, opensRevocation, outcomesOf, speaksOfEnding } from '../../model/breach.js';
import { appendToSection, stringLiteral } from '../fixes/sections.js';
import { literalOf } from '../text/literal.js';
import { loadVocabulary, type ClassedVocabularyFile } from '../vocabulary/load.js';
import vocabularyFile from '../vocabulary/missing-hearing.json' with { type: 'json' };

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 69: before modifying or revoking, the deciding authority makes sure the person could see
 *   the relevant documents and put their side of the alleged breach; the person has a right to
 *   legal assistance.
 *
 * Rule 69 places the safeguard on the deciding authority, not on the order: an order silent about
 * it breaches nothing, but the person reading it is not told they will be heard. The finding
 * suggests stating it. Where the order's own words take a safeguard away ("without a hearing",
 * "no legal assistance"), the finding says what the words do.
 *
 * Found, when non-compliance can lead to the measure being changed or ended (a consequence or an
 * option of revocation, modification, additional requirements, imprisonment, recall to prison, or
 * a referral to the deciding authority, whose purpose is that decision): no `hearing` line in the
 * breach section, or a hearing without legal assistance or without access to the documents (the
 * message names what is missing). A breach section whose consequences change nothing (warnings
 * only) needs no hearing. And wording of a breach statement that excludes the hearing, legal
 * assistance or the documents, when the section or the statement speaks of changing or ending the
 * measure; protective wording ("no revocation without a hearing") is not reported.
 */
export const missingHearing = defineCheck({
    id: 'missing-hearing',
    title: 'Revocation or modification without a fair hearing',
    family: 'breach',
    kind: 'silent',
    rules: [69],
    severity: 'warning',
    summary: 'Finds breach sections where the measure can be revoked or modified but no hearing with legal assistance and access to the documents is stated.',
    basis: [
        { rule: 69, chapter: 'VI', clause: 'whole Rule', modal: 'shall', carries: 'before modifying or revoking, the deciding authority makes sure the person could see the relevant documents and answer the alleged breach, with a right to legal assistance' }
    ],
    messages: {
        noHearing: 'Non-compliance can lead to {{consequence}}, and the order does not state that the person is heard first; Rule 69 gives the person, before a modification or revocation, the chance to see the documents and put their case, and a right to legal assistance: consider stating it, e.g. `{{hearing}}`',
        incomplete: 'The hearing the order states does not give the person {{missing}}; Rule 69 gives the person, before a modification or revocation, the chance to see the documents and put their case, and a right to legal assistance: consider stating it, e.g. `{{hearing}}`',
        excluded: '"{{phrase}}" leaves the person without {{safeguard}} before the measure is modified or revoked; Rule 69 gives the person the chance to see the documents and put their case first, and a right to legal assistance: redraft it, and state `{{hearing}}`'
    },
    visit: {
        Breach(breach, context) {
            const opening = outcomesOf(breach).find(outcome => opensRevocation(outcome.consequence));
            reportExclusions(breach, !!opening, context);
            if (!opening) {
                return;
            }
            const hearings = breach.items.filter(isBreachHearing);
            if (hearings.length === 0) {
                const line = hearingLine(breach);
                context.report({
                    node: opening.consequence,
                    messageId: 'noHearing',
                    data: { consequence: consequenceName(opening.consequence), hearing: line },
                    fixes: appendToSection(breach, [line], context, 'Add a hearing with legal assistance and access to the documents')
                });
                return;
            }
            const legal = hearings.some(h => h.legalAssistance);
            const documents = hearings.some(h => h.documents);
            if (legal && documents) {
                return;
            }
            const missing = [legal ? '' : 'legal assistance', documents ? '' : 'access to the documents'].filter(Boolean).join(' or ');
            const hearing = hearings[0];
            context.report({
                node: hearing,
                keyword: 'hearing',
                messageId: 'incomplete',
                data: { missing, hearing: completed(hearing) },
                fixes: completeHearing(hearing, context)
            });
        }
    }
});

/** Wording that takes a safeguard of Rule 69 away, with the safeguard it takes. */
const EXCLUSIONS: ReadonlyArray<{ list: string; safeguard: string }> = [
    { safeguard: 'a hearing', list: 'no-hearing' },
    { safeguard: 'legal assistance', list: 'no-legal-assistance' },
    { safeguard: 'access to the documents', list: 'no-documents' }
];

/** The check's phrases (vocabulary/missing-hearing.json); the check reads English wording. */
const WORDS = loadVocabulary(vocabularyFile as ClassedVocabularyFile)('en');

/** The text before a phrase without an opening conditional clause ("if you do not comply,"). */
function withoutOpeningCondition(before: string): string {
    const lead = before.length - before.trimStart().length;
    const opening = WORDS.get('conditional-opening').find(before)[0];
    const comma = opening ? before.indexOf(',', opening.end) : -1;
    return opening && opening.start === lead && comma >= 0 ? before.slice(comma + 1) : before;
}

/**
 * Reports wording of the section's statements that excludes a safeguard, where the section can
 * change or end the measure or the statement itself speaks of that. Protective wording is left
 * alone: a negation earlier in the sentence ("no revocation without a hearing", "you will not be
 * imprisoned without a hearing"), leaving out an opening "if …," clause ("if you do not comply,").
 */
function reportExclusions(breach: Breach, opens: boolean, context: CheckContext): void {
    for (const statement of breach.items.filter(isBreachStatement)) {
        const literal = literalOf(statement, 'text');
        if (!literal) {
            continue;
        }
        const raw = literal.value;
        for (const { list, safeguard } of EXCLUSIONS) {
            for (const match of WORDS.get(list).find(raw)) {
                const start = match.start;
                const sentenceStart = Math.max(...['.', ';', ':', '!', '?', '"'].map(stop => raw.lastIndexOf(stop, start - 1))) + 1;
                const sentenceEnd = raw.slice(start).search(/[.;:!?"]/);
                const sentence = raw.slice(sentenceStart, sentenceEnd < 0 ? raw.length : start + sentenceEnd);
                const before = withoutOpeningCondition(raw.slice(sentenceStart, start));
                if (WORDS.get('negation').test(before) || !(opens || speaksOfEnding(sentence))) {
                    continue;
                }
                context.report({
                    node: statement,
                    range: literal.range(match.start, match.end),
                    messageId: 'excluded',
                    data: { phrase: match.text.replace(/\s+/g, ' '), safeguard, hearing: hearingLine(breach) }
                });
            }
        }
    }
}

/** The hearing line a fix adds, before the order's deciding authority when it names one. */
function hearingLine(breach: Breach): string {
    const order = breach.$container;
    const authority = isOrder(order) ? clauseOf(order, isDecidingAuthority)?.name : undefined;
    return `hearing before ${stringLiteral(authority ?? '…')} with legal assistance and access to the documents.`;
}

/** The same hearing with both safeguards. */
function completed(hearing: BreachHearing): string {
    const before = hearing.authority !== undefined ? ` before ${stringLiteral(hearing.authority)}` : '';
    return `hearing${before} with legal assistance and access to the documents.`;
}

/** Offers the same hearing with both safeguards. */
function completeHearing(hearing: BreachHearing, context: CheckContext): Fix[] {
    if (!hearing.$cstNode || AstUtils.getDocument(hearing) !== context.document) {
        return [];
    }
    return [{
        title: 'Give the hearing legal assistance and access to the documents',
        edits: [{ range: hearing.$cstNode.range, newText: completed(hearing) }]
    }];
}
