import { defineCheck, type CheckContext } from '../../core/check.js';
import { GROUNDS, groundsIn, type GroundFinding } from '../protected/grounds.js';
import { quoted, reportPhrase, textVisitors, type TextSource } from '../protected/sources.js';

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 6, first sentence: no one may be treated differently, when a community sanction or
 *   measure is imposed or carried out, on grounds such as race, colour, ethnic origin, nationality,
 *   gender, age, disability, sexual orientation, language, religion, political or other opinion, or
 *   social or other status. (Its second sentence asks that individual needs be taken into account:
 *   a mention of a ground that serves those needs is not a finding.)
 * - Rule 7: foreign nationals are to be offered community sanctions and have them carried out
 *   fairly, like anyone else; it is cited when the ground is nationality.
 *
 * Found in any free text of the order: a requirement that compels or forbids a practice tied to a
 * ground ("must attend church", "must not speak Arabic in public", "must not take part in any
 * political demonstration"); a restriction on contact with people defined by a ground ("must not
 * associate with members of the Roma community", a no-contact class "Muslims"); and a requirement
 * imposed because of a ground or addressed to a group defined by one ("because he is a foreign
 * national, the person must report daily", "Roma offenders must …"). Not reported: permissions
 * ("may attend religious services"), exemptions and negations ("is not required to attend
 * church"), mentions that protect or accommodate ("an interpreter in the person's language",
 * "adjustments for the person's disability", "respecting the person's religious holidays",
 * "instead of"), statements ("the person speaks only Polish"), quoted speech, and restrictions on
 * contact with children or with people of a gender, which are restrictions by risk.
 */
export const discriminatoryCondition = defineCheck({
    id: 'discriminatory-condition',
    title: 'Condition that turns on a protected characteristic',
    family: 'protected',
    rules: [6, 7],
    severity: 'error',
    summary: 'Finds conditions that turn on race, ethnic origin, nationality, gender, age, disability, sexual orientation, language, religion, political opinion or social status.',
    basis: [
        { rule: 6, chapter: 'I', clause: 'first sentence', carries: 'no one is treated differently, when a sanction is imposed or carried out, because of race, colour, ethnic origin, nationality, gender, age, disability, sexual orientation, language, religion, opinion or social status' },
        { rule: 7, chapter: 'I', clause: 'whole Rule', carries: 'foreign nationals are offered community sanctions and have them carried out fairly, on the same principles as anyone else' }
    ],
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
        reportPhrase(context, source, finding, { message: message(finding, quoted(source, finding)), rules: GROUNDS[finding.ground].rules });
    }
}

function message(finding: GroundFinding, phrase: string): string {
    const label = GROUNDS[finding.ground].label;
    switch (finding.how) {
        case 'practice':
            return `"${phrase}" ${finding.forbids ? 'forbids' : 'requires'} a practice tied to ${label}: an order must not compel or forbid it`;
        case 'association':
            return `"${phrase}" restricts contact with people by their ${label}: an order must not single people out by ${label}`;
        case 'addressee':
            return `"${phrase}" addresses a requirement to people by their ${label}: an order must not impose conditions on that ground`;
        default:
            return `"${phrase}" makes ${label} the reason for a requirement: an order must not impose or vary conditions on that ground`;
    }
}
