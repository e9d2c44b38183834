import { AstUtils } from 'langium';
import type { Breach, BreachHearing } from '../../generated/ast.js';
import { isBreachHearing, isDecidingAuthority, isOrder } from '../../generated/ast.js';
import { defineCheck, type CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/finding.js';
import { clauseOf } from '../../model/order-model.js';
import { opensRevocation, outcomesOf } from '../../model/breach.js';
import { appendToSection } from '../fixes/sections.js';

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 67, second sentence: the deciding authority rules on modifying or revoking only after it
 *   has examined in detail the facts the implementing authority reports; a hearing before it is
 *   where that examination takes place with the person present.
 * - Rule 69, first sentence: before modifying or revoking, the deciding authority makes sure the
 *   person could see the relevant documents and put their side of the alleged breach.
 * - Rule 69, second sentence: the person has a right to legal assistance.
 *
 * Found, when non-compliance can lead to the measure being changed or ended (a consequence or an
 * option of revocation, modification, additional requirements, imprisonment, recall to prison, or
 * a referral to the deciding authority, whose purpose is that decision): no `hearing` line in the
 * breach section (Rules 67 and 69), or a hearing without legal assistance or without access to the
 * documents (Rule 69; the message names what is missing). A breach section whose consequences
 * change nothing (warnings only) needs no hearing.
 */
export const missingHearing = defineCheck({
    id: 'missing-hearing',
    title: 'Revocation or modification without a fair hearing',
    family: 'breach',
    rules: [67, 69],
    severity: 'warning',
    summary: 'Finds breach sections where the measure can be revoked or modified but no hearing with legal assistance and access to the documents is stated.',
    basis: [
        { rule: 67, chapter: 'VI', clause: 'second sentence', carries: 'the deciding authority rules on modification or revocation only after examining in detail the facts the implementing authority reports' },
        { rule: 69, chapter: 'VI', clause: 'whole Rule', carries: 'before modifying or revoking, the deciding authority makes sure the person could see the relevant documents and answer the alleged breach, with a right to legal assistance' }
    ],
    visit: {
        Breach(breach, context) {
            const opening = outcomesOf(breach).find(outcome => opensRevocation(outcome.consequence));
            if (!opening) {
                return;
            }
            const hearings = breach.items.filter(isBreachHearing);
            const what = opening.consequence.kind ?? `"${opening.consequence.text}"`;
            if (hearings.length === 0) {
                context.report({
                    node: opening.consequence,
                    message: `Non-compliance can lead to ${what}, but the order gives the person no hearing: ` +
                        'state a hearing before the deciding authority, with legal assistance and access to the documents',
                    fixes: appendToSection(breach, [hearingLine(breach)], context, 'Add a hearing with legal assistance and access to the documents')
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
                message: `The hearing does not give the person ${missing}: before the measure is modified or revoked, ` +
                    'the person must be able to see the documents, present their case and have legal assistance',
                rules: [69],
                fixes: completeHearing(hearing, context)
            });
        }
    }
});

/** The hearing line a fix adds, before the order's deciding authority when it names one. */
function hearingLine(breach: Breach): string {
    const order = breach.$container;
    const authority = isOrder(order) ? clauseOf(order, isDecidingAuthority)?.name : undefined;
    return `hearing before ${quote(authority ?? '…')} with legal assistance and access to the documents.`;
}

/** Offers the same hearing with both safeguards. */
function completeHearing(hearing: BreachHearing, context: CheckContext): Fix[] {
    if (!hearing.$cstNode || AstUtils.getDocument(hearing) !== context.document) {
        return [];
    }
    const before = hearing.authority !== undefined ? ` before ${quote(hearing.authority)}` : '';
    return [{
        title: 'Give the hearing legal assistance and access to the documents',
        edits: [{ range: hearing.$cstNode.range, newText: `hearing${before} with legal assistance and access to the documents.` }]
    }];
}

function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
