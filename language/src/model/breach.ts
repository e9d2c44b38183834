import type { AstNode } from 'langium';
import type { Breach, BreachOptions, BreachRule, BreachStep, Consequence, Order } from '../generated/ast.js';
import { isBreachOptions, isBreachRule, isBreachStep } from '../generated/ast.js';
import { orderOf } from './order-model.js';

/*
 * Reading an order's breach section: what each consequence leads to. Shared by the checks of
 * family D (breach) and by conditional-release.
 */


/** A consequence of a breach rule, an option the deciding authority may order, or a step of the procedure on its own line. */
export interface BreachOutcome {
    readonly consequence: Consequence;
    readonly from: BreachRule | BreachOptions | BreachStep;
}

/** Every consequence, option and step of a breach section, in the order written. */
export function outcomesOf(breach: Breach): BreachOutcome[] {
    return breach.items.flatMap((item): BreachOutcome[] =>
        isBreachRule(item) ? item.consequences.map(consequence => ({ consequence, from: item }))
            : isBreachOptions(item) ? item.options.map(consequence => ({ consequence, from: item }))
                : isBreachStep(item) && item.step ? [{ consequence: item.step, from: item }]
                    : []);
}

/** A written report, or a report, of the non-compliance (Rule 65): `a written report to the court within 10 working days`. */
export function isReport(consequence: Consequence): boolean {
    return consequence.kind === 'written report' || consequence.kind === 'report';
}

/**
 * Whether the person is heard before the step (`a warning after hearing the person`), as Rule 64
 * asks for minor lapses; for an option, also when the sentence says the authority hears the person
 * first (`the court may, after hearing the person, order …`).
 */
export function isAfterHearing(consequence: Consequence): boolean {
    return consequence.heard || (isBreachOptions(consequence.$container) && consequence.$container.heard);
}

const NEGATED = /\b(?:not|never|no|cannot|neither|nor|without)\b|n't\b/i;
const REVOKE_WORDS = /\b(?:revo(?:ke[sd]?|king|cation)|modif\w*|var(?:y|ied|ies|iation)|re-?sentenc\w*)\b/i;
/** Custody words: "imprisonment", "prison", "jail", "custodial", "incarcerated". */
export const CUSTODY_WORDS = /\b(?:imprison\w*|prison|jail\w*|gaol|custod\w*|incarcerat\w*)\b/i;
/**
 * Recall wording: "recalled to prison", "will be recalled", "licence recall", "returned to custody",
 * "sent back to prison". A bare "recall" is not enough ("recall the tag").
 */
export const RECALL_WORDS = new RegExp([
    String.raw`\brecall(?:s|ed|ing)?\s+(?:in)?to\s+(?:prison|custody|jail|gaol)\b`,
    String.raw`(?<=\b(?:be|being|been|is|are|was|were|get|gets|got)\s+)recalled\b`,
    String.raw`\blicen[cs]e\s+recall\b|\brecall\s+of\s+(?:the|your|his|her|their)\s+licen[cs]e\b`,
    String.raw`\b(?:sent|send|sends|go|goes|went|return(?:s|ed|ing)?|brought|taken)\s+back\s+(?:in)?to\s+(?:prison|custody|jail|gaol)\b`,
    String.raw`\breturn(?:s|ed|ing)?\s+(?:in)?to\s+(?:prison|custody|jail|gaol)\b`
].join('|'), 'i');

/**
 * Rule 12, second sentence: recall to prison is left open for a person on conditional release from
 * imprisonment. True when the node belongs to an order of that form.
 */
export function isConditionalRelease(node: Order | AstNode | undefined): boolean {
    const order = node ? orderOf(node) : undefined;
    return order?.form === 'conditional release';
}

/**
 * Recall wording in a text (`RECALL_WORDS`), unless negated just before it in its clause ("will
 * not be recalled"); with its offsets in the text and the phrase, whitespace collapsed.
 */
export function recallPhraseIn(text: string): { start: number; end: number; phrase: string } | undefined {
    const match = RECALL_WORDS.exec(text);
    if (!match) {
        return undefined;
    }
    const start = match.index;
    const clause = text.slice(Math.max(text.lastIndexOf('.', start), text.lastIndexOf(';', start), text.lastIndexOf(',', start)) + 1, start);
    const before = clause.split(/\s+/).filter(Boolean).slice(-4).join(' ');
    if (/\b(?:not|never|no|cannot)\b|n't\b/i.test(before)) {
        return undefined;
    }
    return { start, end: start + match[0].length, phrase: match[0].replace(/\s+/g, ' ') };
}

/** How a message names a consequence: its kind (`revocation`), or its quoted wording. */
export function consequenceName(consequence: Consequence): string {
    if (isReport(consequence)) {
        return `a ${consequence.kind} to ${consequence.reportTo ?? 'the deciding authority'}`;
    }
    return consequence.kind ?? `"${consequence.text ?? ''}"`;
}

/**
 * Whether a text speaks of revoking, modifying or ending the measure, or of custody or recall,
 * negated or not ("revoked without a hearing" speaks of revocation).
 */
export function speaksOfEnding(text: string): boolean {
    return REVOKE_WORDS.test(text) || CUSTODY_WORDS.test(text) || RECALL_WORDS.test(text);
}

/** Free-text consequence wording, unless negated ("no imprisonment"). */
function says(consequence: Consequence, words: RegExp): boolean {
    return !!consequence.text && words.test(consequence.text) && !NEGATED.test(consequence.text);
}

/** Recall to prison. */
export function isRecall(consequence: Consequence): boolean {
    return consequence.kind === 'recall to prison' || says(consequence, RECALL_WORDS);
}

/** Imprisonment, recall included. */
export function isCustodialOutcome(consequence: Consequence): boolean {
    return consequence.kind === 'imprisonment' || isRecall(consequence) || says(consequence, CUSTODY_WORDS);
}

/** Revocation, imprisonment or recall: what ends the sanction or measure. */
export function isEnding(consequence: Consequence): boolean {
    return consequence.kind === 'revocation' || isCustodialOutcome(consequence) || says(consequence, /\brevo(?:ke[sd]?|king|cation)\b/i);
}

/**
 * Anything for the deciding authority to decide that changes or ends the measure: revocation,
 * modification, additional requirements, imprisonment, recall, or a referral or report to it
 * (the court, or the deciding authority) for that decision: Rule 65's written report brings the
 * person back before the authority that can modify or revoke (Rule 67).
 */
export function opensRevocation(consequence: Consequence): boolean {
    return isEnding(consequence) || says(consequence, REVOKE_WORDS) || isReport(consequence) || [
        'modification', 'additional requirements', 'referral to the deciding authority'
    ].includes(consequence.kind ?? '');
}
