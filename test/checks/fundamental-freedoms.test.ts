import { describeCheck, type ExpectedFinding, rangeOf } from '../check-tester.js';

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "FF-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);
const inFrench = (text: string) => order('written in French.', `condition "${text}".`);
const inGerman = (text: string) => order('written in German.', `condition "${text}".`);

/** A case whose one finding covers `phrase` on `line`. */
function one(name: string, code: string, messageId: string, phrase: string, line = 4, extra: Partial<ExpectedFinding> = {}) {
    return { name, code, findings: [{ messageId, range: rangeOf(code, phrase, line), rules: [4], covered: phrase, severity: 'warning' as const, ...extra }] };
}

const LIBRARY = 'template sunday():\n  condition "Attend church every Sunday".\n';

describeCheck('fundamental-freedoms', {
    valid: [
        // The link to the offence is stated: a connector whose clause names the offence.
        { name: 'a ban on a protest, because the offence was committed at such a protest',
            code: order('condition "You must not attend the protest at Victoria Square on 1 May, because the offence was committed at such a protest", for 6 months.') },
        { name: 'the rewriting the message suggests for a ban on a protest',
            code: order('condition "Do not attend the protest at Victoria Square on 1 May, because the offence was committed at such a protest", for 6 months.') },
        { name: 'the link before the ban: "as the offence was committed at"', code: condition('As the offence was committed at a rally, the person must not attend any political rally in Exeter') },
        { name: 'a restriction "linked to the offence"', code: condition('The person must not attend political demonstrations in Exeter, a restriction linked to the offence') },
        { name: 'the scene of the offence', code: condition('The person must not attend services at St Mary\'s Church, the scene of the offence') },
        { name: 'a purpose that names the offending', code: condition('The person must not attend any rally in the town centre, to prevent further violence') },
        { name: 'the rewriting the message suggests for a ban on posts', code: condition('Do not post political messages about the victim online, because the offence was harassment on social media') },
        { name: 'a place keyed to the victim', code: condition('The person must not attend the church where the victim worships') },
        { name: 'French: a ban on a demonstration, because the offence was committed at one', code: inFrench('La personne ne doit pas participer à une manifestation, car l\'infraction a été commise lors d\'une manifestation') },
        { name: 'German: a ban on demonstrations, because the offence was committed at one', code: inGerman('Die Person darf nicht an Demonstrationen teilnehmen, weil die Tat bei einer Demonstration begangen wurde') },
        // Not a restriction of the freedom at all.
        { name: 'a permission to attend religious services', code: condition('The person may attend religious services') },
        { name: 'the choice the message suggests', code: condition('The person may attend religious services if they wish') },
        { name: 'respecting religious holidays', code: condition('Unpaid work must be arranged respecting the person\'s religious holidays') },
        { name: 'an exemption from church attendance', code: condition('The person is not required to attend church') },
        { name: 'a negated requirement', code: condition('Church attendance is not required') },
        { name: 'a protected practice', code: condition('The person must not be prevented from attending his mosque') },
        { name: 'work scheduled around prayers', code: condition('Unpaid work must not be scheduled at times when the person attends Friday prayers') },
        { name: 'a building used for something else', code: condition('The person must do unpaid work at the church hall') },
        { name: 'German: a permission to visit the mosque', code: inGerman('Die Person darf die Moschee besuchen') },
        { name: 'an obligation on staff', code: condition('The supervisor must arrange appointments around the person\'s religious holidays') },
        { name: 'quoted speech', code: condition('The person must not shout \'stop the protest\' at the neighbours') },
        { name: 'a language ban is a ground of discriminatory-condition, not a freedom here', code: condition('The person must not speak Arabic in public') }
    ],
    invalid: [
        one('compelled church attendance', condition('The person must attend church every Sunday'), 'religionRequired', 'attend church', 4, {
            message: '"attend church" requires a religious practice; Rule 4 asks that no sanction or measure be imposed against international human rights standards, freedom of religion among them: leave it to the person, e.g. `condition "The person may attend religious services if they wish".`, or state how it is tied to the offence (Rule 4)'
        }),
        one('an imperative: attend mass', condition('Attend Sunday mass every week'), 'religionRequired', 'Attend Sunday mass'),
        one('a religious garment forbidden', condition('The person must not wear a hijab at the placement'), 'religionForbidden', 'wear a hijab', 4, {
            message: '"wear a hijab" forbids a religious practice; Rule 4 asks that no sanction or measure be imposed against international human rights standards, freedom of religion among them. A restriction tied to the offence may still be justified: state the link, e.g. `condition "Do not attend services at St Mary\'s Church, because the offence was committed there", for 6 months.`, or drop it (Rule 4)'
        }),
        one('political demonstrations', condition('The person must not take part in any political demonstration'), 'assemblyForbidden', 'take part in any political demonstration', 4, {
            message: '"take part in any political demonstration" forbids taking part in a peaceful assembly or association; Rule 4 asks that no sanction or measure be imposed against international human rights standards, freedom of assembly and association among them. A restriction tied to the offence may still be justified: state the link, e.g. `condition "Do not attend the protest at Victoria Square on 1 May, because the offence was committed at such a protest", for 6 months.`, or drop it (Rule 4)'
        }),
        one('a trade union forbidden', condition('The person must not join any trade union'), 'assemblyForbidden', 'join any trade union'),
        one('a party required', condition('The person must join a trade union'), 'assemblyRequired', 'join a trade union', 4, {
            message: '"join a trade union" requires taking part in an assembly or association; Rule 4 asks that no sanction or measure be imposed against international human rights standards, freedom of assembly and association among them: leave it to the person, e.g. `condition "The person may join a community group if they wish".`, or state how it is tied to the offence (Rule 4)'
        }),
        one('political opinions forbidden online', condition('The person shall not post political opinions online'), 'expressionForbidden', 'post political opinions', 4, {
            message: '"post political opinions" forbids political expression; Rule 4 asks that no sanction or measure be imposed against international human rights standards, freedom of expression among them. A restriction tied to the offence may still be justified: state the link, e.g. `condition "Do not post messages about the victim online, because the offence was harassment on social media", for 6 months.`, or drop it (Rule 4)'
        }),
        one('criticism of the government forbidden', condition('The person must not criticise the government in public'), 'expressionForbidden', 'criticise the government'),
        one('a vote dictated', condition('The person must vote for the governing party'), 'expressionRequired', 'vote for', 4, {
            message: '"vote for" dictates the person\'s political expression; Rule 4 asks that no sanction or measure be imposed against international human rights standards, freedom of expression among them: drop it, or state how it is tied to the offence, e.g. `condition "Write a letter of apology to the council, because the offence was damage to the town hall".` (Rule 4)'
        }),
        one('a prohibited activity tied to religion', order('requirement prohibited activity, "attending the mosque on Fridays".'), 'religionForbidden', 'attending the mosque'),
        one('a religious programme', order('requirement programme, "Bible study at St Mary\'s", 10 sessions.'), 'religionRequired', 'Bible study'),
        one('German: a church visit required', inGerman('Die Person muss jeden Sonntag die Kirche besuchen'), 'religionRequired', 'Kirche besuchen', 5),
        one('French: a demonstration forbidden', inFrench('La personne ne doit pas participer à une manifestation'), 'assemblyForbidden', 'participer à une manifestation', 5),
        // What is not a link to the offence.
        one('a reason that is not the offence', condition('Because he is a Muslim, the person must not attend the mosque'), 'religionForbidden', 'attend the mosque'),
        one('a connector that names no offence', condition('The person must not attend any political demonstration, as a condition of this order'), 'assemblyForbidden', 'attend any political demonstration'),
        one('a negated link is no link', condition('The person must not attend any political rally, but not because of the offence'), 'assemblyForbidden', 'attend any political rally'),
        one('the offence named with no link', condition('The offence was a burglary. The person must not attend any political demonstration'), 'assemblyForbidden', 'attend any political demonstration'),
        one('the offence in a clause of its own', condition('The person must not attend any political demonstration; the offence was a burglary'), 'assemblyForbidden', 'attend any political demonstration'),
        {
            name: 'a finding of a template in another file, on the apply clause',
            code: { main: 'order.sanction', files: { 'lib.sanction': LIBRARY, 'order.sanction': 'import "lib.sanction".\norder "FF-T".\nin force for 6 months.\napply sunday.\n' } },
            findings: [{ messageId: 'religionRequired', range: '4:1-4:14', rules: [4] }]
        },
        {
            name: 'a finding of a template, where the template is written',
            code: { main: 'lib.sanction', files: { 'lib.sanction': LIBRARY, 'order.sanction': 'import "lib.sanction".\norder "FF-T".\nin force for 6 months.\napply sunday.\n' } },
            findings: [{ messageId: 'religionRequired', range: '2:14-2:27', rules: [4], covered: 'Attend church' }]
        }
    ]
});
