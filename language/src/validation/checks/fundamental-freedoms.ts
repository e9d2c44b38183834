import { defineCheck, type CheckContext } from '../../core/check.js';
import { freedomsIn, type FreedomFinding } from '../protected/freedoms.js';
import { quoted, reportPhrase, textVisitors, type TextSource } from '../protected/sources.js';

/**
 * Which part of the cited Rule carries the finding (our paraphrase):
 * - Rule 4, second sentence: no community sanction or measure is made or imposed in breach of
 *   the international standards on human rights and fundamental freedoms; freedom of religion,
 *   of expression and of peaceful assembly and association are among them.
 *
 * Found in any free text of the order: a requirement that compels or forbids a religious practice
 * ("must attend church", "must not wear a hijab", "attending the mosque on Fridays" as a
 * prohibited activity, "Bible study" as a programme), political expression ("shall not post
 * political opinions", "must not criticise the government") or peaceful assembly or association
 * ("must not attend any political demonstration", "must not join a trade union").
 *
 * Such a restriction is not discrimination, and it may be lawful where it is tied to the offence
 * (a ban on the protest at which the offence was committed): the finding asks that the link be
 * stated, and a sentence that states it ("…, because the offence was committed at such a
 * protest", "the church where the victim worships") is not reported. Permissions, exemptions,
 * negations, protective mentions ("respecting the person's religious holidays"), obligations on
 * staff, buildings used for something else ("the church hall") and quoted speech are not reported.
 */
export const fundamentalFreedoms = defineCheck({
    id: 'fundamental-freedoms',
    title: 'Condition that compels or forbids religious practice, political expression or assembly',
    family: 'protected',
    category: 'slow',
    kind: 'contravenes',
    rules: [4],
    severity: 'warning',
    summary: 'Finds conditions that compel or forbid a religious practice, political expression or peaceful assembly without stating how that is tied to the offence.',
    basis: [
        { rule: 4, chapter: 'I', clause: 'second sentence', modal: 'shall', carries: 'no sanction or measure is made or imposed in breach of the international human rights standards, freedom of religion, of expression and of assembly among them' }
    ],
    messages: {
        religionForbidden: '"{{phrase}}" forbids a religious practice; Rule 4 asks that no sanction or measure be imposed against international human rights standards, freedom of religion among them. A restriction tied to the offence may still be justified: state the link, e.g. `condition "Do not attend services at St Mary\'s Church, because the offence was committed there", for 6 months.`, or drop it',
        religionRequired: '"{{phrase}}" requires a religious practice; Rule 4 asks that no sanction or measure be imposed against international human rights standards, freedom of religion among them: leave it to the person, e.g. `condition "The person may attend religious services if they wish".`, or state how it is tied to the offence',
        expressionForbidden: '"{{phrase}}" forbids political expression; Rule 4 asks that no sanction or measure be imposed against international human rights standards, freedom of expression among them. A restriction tied to the offence may still be justified: state the link, e.g. `condition "Do not post messages about the victim online, because the offence was harassment on social media", for 6 months.`, or drop it',
        expressionRequired: '"{{phrase}}" dictates the person\'s political expression; Rule 4 asks that no sanction or measure be imposed against international human rights standards, freedom of expression among them: drop it, or state how it is tied to the offence, e.g. `condition "Write a letter of apology to the council, because the offence was damage to the town hall".`',
        assemblyForbidden: '"{{phrase}}" forbids taking part in a peaceful assembly or association; Rule 4 asks that no sanction or measure be imposed against international human rights standards, freedom of assembly and association among them. A restriction tied to the offence may still be justified: state the link, e.g. `condition "Do not attend the protest at Victoria Square on 1 May, because the offence was committed at such a protest", for 6 months.`, or drop it',
        assemblyRequired: '"{{phrase}}" requires taking part in an assembly or association; Rule 4 asks that no sanction or measure be imposed against international human rights standards, freedom of assembly and association among them: leave it to the person, e.g. `condition "The person may join a community group if they wish".`, or state how it is tied to the offence'
    },
    ...textVisitors(readText)
});

type FreedomMessage = `${FreedomFinding['freedom']}${'Forbidden' | 'Required'}`;

function readText(source: TextSource, context: CheckContext): void {
    const findings = freedomsIn({ text: source.text, base: source.base, condition: source.slot === 'condition' });
    for (const finding of findings) {
        const messageId: FreedomMessage = `${finding.freedom}${finding.forbids ? 'Forbidden' : 'Required'}`;
        reportPhrase(context, source, finding, { messageId, data: { phrase: quoted(source, finding) } });
    }
}
