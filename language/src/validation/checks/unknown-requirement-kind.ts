import { defineCheck, type FindingInput } from '../../core/check.js';
import { describeRequirement } from '../../model/order-model.js';
import { citationOf, DEFAULT_PROFILE_ID, kindProfile, kindStatus } from '../../profiles/index.js';

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 14: the law regulates which community sanctions and measures exist, their types, length
 *   and manner of implementation.
 *
 * Kind `contravenes`: the finding is about the order's own words, a requirement it imposes, read
 * against what the active jurisdiction profile (docs/profiles.md) records of the law:
 * - `not-provided` (`known: false`): the profile found that the law has no such requirement for
 *   these orders (England and Wales: a supervision or compensation requirement of a community
 *   order). A statutory finding, citing the provision the profile read: a warning.
 * - `not-named` (`known: false, named: false`): the statute names no such requirement for these
 *   orders, which is no statement that the law excludes it (Germany: electronic monitoring under a
 *   suspended sentence; France: a ban on travel abroad under a sursis probatoire). Information,
 *   citing what the profile read.
 * - `not-stated`: the profile does not mention the kind, which says nothing about the law:
 *   information, asking the drafter to check and cite the provision.
 * A kind the law provides under another name (England and Wales: a contact ban as a prohibited
 * activity requirement, restorative activity under a rehabilitation activity requirement) is
 * `known` and not reported. The default profile, `coe`, is no national law and knows every kind,
 * so under it the check never reports.
 *
 * A requirement written in a template is reported where it is written (under the template file's
 * profile) and, when an order applies the template, on the `apply` clause (under the order's).
 */
export const unknownRequirementKind = defineCheck<'notProvided' | 'notNamed' | 'notStated'>({
    id: 'unknown-requirement-kind',
    title: 'Requirement the law does not provide',
    family: 'rights',
    kind: 'contravenes',
    rules: [14],
    severity: 'warning',
    summary: 'Finds requirements of a kind that the active jurisdiction profile says the law does not provide, or does not name.',
    basis: [
        { rule: 14, chapter: 'II', clause: 'whole Rule', modal: 'shall', carries: 'the law regulates the use and the types of community sanctions and measures, so the requirements they impose as well' }
    ],
    messages: {
        notProvided: '{{subject}} is not among the requirements the law of {{jurisdiction}} provides for these orders, according to the {{profile}} profile ({{statute}}): {{reason}}; Rule 14 asks that the types of sanctions and measures be regulated by law: use a requirement the law provides, or cite the provision that provides this one, e.g. `under "…".`',
        notNamed: '{{subject}} rests on no provision of the law of {{jurisdiction}} that the {{profile}} profile found ({{statute}}): {{reason}}; Rule 14 asks that the types of sanctions and measures be regulated by law: cite the provision the order relies on, e.g. `under "…".`, or use a requirement the law names',
        notStated: 'The {{profile}} profile does not say whether the law of {{jurisdiction}} provides {{requirement}}; Rule 14 asks that the types of sanctions and measures be regulated by law: check the law, and cite the provision the order relies on, e.g. `under "…".`'
    },
    statutoryMessages: ['notProvided', 'notNamed'],
    visitMeasure(measure, context) {
        const profile = context.profile;
        if (!measure.kind || profile.id === DEFAULT_PROFILE_ID) {
            return;
        }
        const status = kindStatus(profile, measure.kind.id);
        if (status === 'provided') {
            return;
        }
        const place = (measure.via ? { node: measure.via, property: 'template' } : { node: measure.node, property: 'kind' }) as Omit<FindingInput, 'messageId'>;
        const common = { profile: profile.id, jurisdiction: profile.jurisdiction };
        if (status === 'not-stated') {
            const keyword = measure.kind.keyword;
            context.report({
                ...place,
                messageId: 'notStated',
                severity: 'info',
                data: { ...common, requirement: `${/^[aeiou]/.test(keyword) ? 'an' : 'a'} ${keyword} requirement` }
            });
            return;
        }
        const kind = kindProfile(profile, measure.kind.id)!;
        const data = {
            ...common,
            subject: describeRequirement(measure),
            statute: kind.source ? citationOf({ source: kind.source, verified: kind.verified ?? false }) : 'no provision recorded',
            reason: firstSentence(kind.note) ?? 'the profile gives no reason'
        };
        context.report({
            ...place,
            messageId: status === 'not-named' ? 'notNamed' : 'notProvided',
            data,
            ...(status === 'not-named' ? { severity: 'info' as const } : {})
        });
    }
});

/** The first sentence of a profile's note, without its full stop and with a small first letter. */
function firstSentence(note: string | undefined): string | undefined {
    const sentence = note?.split(/\.\s+(?=[A-Z])/)[0].replace(/\.$/, '').trim();
    return sentence ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : undefined;
}
