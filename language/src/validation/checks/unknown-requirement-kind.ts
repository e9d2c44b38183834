import { defineCheck, type FindingInput } from '../../core/check.js';
import { describeRequirement } from '../../model/order-model.js';
import { DEFAULT_PROFILE_ID, getProfile, kindKnown, type KindId } from '../../profiles/index.js';

/**
 * Which sentence of the cited Rule carries the finding (our paraphrase):
 * - Rule 14: the law regulates which community sanctions and measures exist, and their types,
 *   length and manner of implementation; a requirement the law does not provide has no footing.
 *
 * The active jurisdiction profile (docs/profiles.md) records, for each requirement kind of the
 * language, whether the law provides it. A kind marked `known: false` is one the profile says the
 * law does not provide (electronic monitoring under Germany's general conditions of a suspended
 * sentence, supervision or no contact as requirements of an English community order): a warning.
 * A kind the profile does not mention is not a statement about the law: the finding is then
 * information, asking the drafter to check the legal basis. The default profile, `coe`, knows every
 * kind, so under it the check never reports.
 *
 * A requirement written in a template is reported where it is written (under the template file's
 * profile) and, when an order applies the template, on the `apply` clause (under the order's).
 */
export const unknownRequirementKind = defineCheck({
    id: 'unknown-requirement-kind',
    title: 'Requirement the law does not provide',
    family: 'rights',
    rules: [14],
    severity: 'warning',
    summary: 'Finds requirements of a kind that the active jurisdiction profile says the law does not provide.',
    basis: [
        { rule: 14, chapter: 'II', clause: 'whole Rule', carries: 'the law regulates the use and the types of community sanctions and measures, and so the requirements they impose' }
    ],
    visitMeasure(measure, context) {
        const profile = getProfile(context.config.profile);
        if (!measure.kind || !profile || profile.id === DEFAULT_PROFILE_ID) {
            return;
        }
        const known = kindKnown(profile, measure.kind.id);
        if (known === true) {
            return;
        }
        const place = (measure.via ? { node: measure.via, property: 'template' } : { node: measure.node, property: 'kind' }) as Omit<FindingInput, 'message'>;
        const subject = describeRequirement(measure);
        if (known === false) {
            const kind = profile.kinds[measure.kind.id as KindId]!;
            const source = kind.source ? ` (${kind.source}${kind.verified === false ? ', unverified' : ''})` : '';
            const why = firstSentence(kind.note);
            context.report({
                ...place,
                message: `${subject} is not one the law of ${profile.jurisdiction} provides, according to the ${profile.id} profile` +
                    (why ? `: ${why}${source}. The law` : `${source}: the law`) +
                    ' has to provide the requirements an order imposes: use one it provides, or cite the provision that allows this one'
            } as FindingInput);
            return;
        }
        const article = /^[aeiou]/.test(measure.kind.keyword) ? 'an' : 'a';
        context.report({
            ...place,
            severity: 'info',
            message: `The ${profile.id} profile does not say whether the law of ${profile.jurisdiction} provides ${article} ${measure.kind.keyword} requirement: ` +
                'check that the law provides it'
        } as FindingInput);
    }
});

/** The first sentence of a profile's note, without its full stop and with a small first letter. */
function firstSentence(note: string | undefined): string | undefined {
    const sentence = note?.split(/\.\s+(?=[A-Z])/)[0].replace(/\.$/, '').trim();
    return sentence ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : undefined;
}
