import { defineCheck, type CheckContext } from '../../core/check.js';
import { GROUNDS, groundsIn, type GroundFinding } from '../protected/grounds.js';
import { quoted, reportPhrase, textVisitors, type TextSource } from '../protected/sources.js';

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 6, first sentence: no one is treated differently, when a community sanction or measure
 *   is imposed or carried out, on grounds such as race, colour, ethnic origin, nationality,
 *   gender, age, disability, sexual orientation, language, religion, political or other opinion,
 *   or social or other status. (Its second sentence asks that individual needs be taken into
 *   account: a mention of a ground that serves those needs is not a finding.)
 *
 * Found in any free text of the order: a restriction on contact with people defined by a ground
 * ("must not associate with members of the Roma community", a no-contact class "Muslims"); a
 * requirement imposed because of a ground or addressed to a group defined by one ("because he is a
 * foreign national, the person must report daily", "Roma offenders must …"); and a requirement
 * that compels or forbids a practice that marks out the group itself (speaking its language, a
 * same-sex relationship, gay bars). Not reported: permissions, exemptions and negations,
 * mentions that protect or accommodate ("an interpreter in the person's language", "adjustments
 * for the person's disability", "instead of"), statements ("the person speaks only Polish"),
 * quoted speech, and restrictions on contact with children or with people of a gender, which are
 * restrictions by risk.
 *
 * A condition that compels or forbids a religious practice, political expression or assembly is
 * not discrimination (it does not single out a group): fundamental-freedoms reads it (Rule 4).
 */
export const discriminatoryCondition = defineCheck({
    id: 'discriminatory-condition',
    title: 'Condition that singles people out by a protected characteristic',
    family: 'protected',
    category: 'slow',
    kind: 'contravenes',
    rules: [6],
    severity: 'error',
    summary: 'Finds conditions triggered by, addressed to, or restricting association with people by race, ethnic origin, nationality, gender, age, disability, sexual orientation, language, religion, political opinion or social status.',
    basis: [
        { rule: 6, chapter: 'I', clause: 'first sentence', modal: 'shall', carries: 'no one is treated differently, when a sanction is imposed or carried out, because of their race, colour or ethnic origin, nationality, gender or sexual orientation, age, disability, language, religion, opinion or social status' }
    ],
    messages: {
        association: '"{{phrase}}" restricts contact with people by their {{ground}}; Rule 6 asks that no one be treated differently on that ground: name the people or places the risk concerns instead, e.g. `requirement no contact, with "Jane Doe", for 6 months.`',
        addressee: '"{{phrase}}" addresses the requirement to people by their {{ground}}; Rule 6 asks that no condition be imposed on that ground: address it to the person under the order, e.g. `condition "Report to the probation office every Monday".`',
        connector: '"{{phrase}}" makes {{ground}} the reason for a requirement; Rule 6 asks that no condition be imposed or varied on that ground: give the risk the requirement addresses instead, e.g. `condition "Report to the probation office every Monday, to reduce the risk of further offending".`',
        practice: '"{{phrase}}" sets a condition on a practice that marks people out by their {{ground}}; Rule 6 asks that no one be treated differently on that ground: drop it, or name the person or place the risk concerns, e.g. `requirement no contact, with "Jane Doe", for 6 months.`'
    },
    ...textVisitors(readText)
});

function readText(source: TextSource, context: CheckContext): void {
    const findings = groundsIn({
        text: source.text,
        base: source.base,
        condition: source.slot === 'condition',
        contact: source.slot === 'contact'
    });
    for (const finding of findings) {
        reportPhrase(context, source, finding, {
            messageId: messageIdOf(finding),
            data: { phrase: quoted(source, finding), ground: GROUNDS[finding.ground].label }
        });
    }
}

function messageIdOf(finding: GroundFinding): 'association' | 'addressee' | 'connector' | 'practice' {
    return finding.how;
}
