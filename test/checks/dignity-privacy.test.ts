import { describeCheck, type ExpectedFinding, rangeOf } from '../check-tester.js';

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "DP-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);

/** A case whose one finding covers `phrase` on `line`. */
function one(name: string, code: string, messageId: string, phrase: string, line = 4, extra: Partial<ExpectedFinding> = {}) {
    return { name, code, findings: [{ messageId, range: rangeOf(code, phrase, line), rules: [8], covered: phrase, severity: 'error' as const, ...extra }] };
}

const TEMPLATE = 'template shame(words: text = "Wear a vest saying \'thief\'"):\n  condition words.\norder "DP-T".\nin force for 6 months.\napply shame.\napply shame with words "Stand in the market square holding a sign".\n';

describeCheck('dignity-privacy', {
    valid: [
        { name: 'an exemption from identifying clothing', code: condition('The person must not be required to wear any clothing that identifies them as an offender') },
        { name: 'a negated publication', code: condition('The person\'s name will not be published') },
        { name: 'never published', code: condition('The person\'s name and address will never be made public') },
        { name: 'anonymised publication', code: condition('The decision may be published in anonymised form without naming the person') },
        { name: 'safety clothing with nothing written on it', code: condition('The person must wear high-visibility safety clothing on the placement') },
        { name: 'the safety clothing the message suggests', code: condition('Wear the safety clothing the placement provides') },
        { name: 'the person\'s own choice of apology', code: condition('The person may apologise in public if the person wishes') },
        { name: 'home visits by appointment', code: condition('The supervisor may visit the person\'s home by appointment during curfew hours') },
        { name: 'a permission for the family', code: condition('The person\'s children may visit at weekends') },
        { name: 'an exemption for the family', code: condition('The person\'s family will not be required to report to anyone') },
        { name: 'an order that does not restrict marriage', code: condition('This order does not restrict the person\'s right to marry') },
        { name: 'the tag may be worn under clothing', code: condition('The tag may be worn under clothing') },
        { name: 'informing the supervisor of a new relationship', code: condition('The person must tell the supervisor about any new relationship') },
        { name: 'the duty the message suggests', code: condition('Tell the supervisor of any change of address') },
        { name: 'a prohibited activity that protects the person from marking', code: order('requirement prohibited activity, "wearing gang colours in the town centre".') },
        { name: 'what the family is told is no obligation on it', code: condition('The person\'s partner must be told of the curfew') },
        { name: 'French: the name will not be published', code: order('written in French.', 'condition "Le nom de la personne ne sera pas publié".') },
        { name: 'a family mentioned to help', code: condition('Support for the person\'s family will be offered by the service') }
    ],
    invalid: [
        one('a vest saying what the person did', condition('During unpaid work the person must wear a vest saying \'I stole from my neighbours\''), 'marking', 'wear a vest saying', 4, {
            message: '"wear a vest saying" marks the person out in public; Rule 8 asks that the way a sanction is carried out respect the person\'s dignity: drop the marking and keep what the work needs, e.g. `condition "Wear the safety clothing the placement provides".` (Rule 8)'
        }),
        one('a Community Payback vest', condition('Wear a Community Payback vest at all times on the placement'), 'marking', 'Community Payback vest'),
        one('a sign outside the house', condition('The person must display a sign outside the house stating the offence'), 'marking', 'display a sign outside the house stating'),
        one('a tag kept visible', condition('The tag must be kept visible at all times'), 'marking', 'tag must be kept visible'),
        one('a public apology', condition('The person must make a public apology at the village hall'), 'shaming', 'public apology', 4, {
            message: '"public apology" shames the person in public; Rule 8 asks that the way a sanction is carried out respect the person\'s dignity: drop it, or make an apology private and the victim\'s choice, e.g. `condition "Write a letter of apology, passed on only if the victim wishes".` (Rule 8)'
        }),
        one('publication of name and photograph', condition('The person\'s name and photograph will be published on the council website'), 'publication', 'name and photograph will be published', 4, {
            message: '"name and photograph will be published" makes the person\'s identity public; Rule 8 asks that a sanction respect the person\'s privacy: keep their identity out of it, e.g. `condition "The decision may be published in anonymised form without naming the person".` (Rule 8)'
        }),
        one('publication that "may" happen is still publication', condition('The court may publish the person\'s name and address'), 'publication', 'publish the person\'s name'),
        one('a photo on social media', condition('His photo will be posted on social media'), 'publication', 'photo will be posted on social media'),
        one('home searches at any time', condition('Officers may search the family home at any time, day or night'), 'homeVisits', 'search the family home at any time', 4, {
            message: '"search the family home at any time" opens the home to visits or searches without limit; Rule 8 asks that a sanction respect the privacy of the person and their family: limit the visits, e.g. `condition "The supervisor may visit the person\'s home by appointment during curfew hours".` (Rule 8)'
        }),
        one('letters read by the supervisor', condition('The supervisor may read the person\'s letters'), 'correspondence', 'read the person\'s letters', 4, {
            message: '"read the person\'s letters" reaches into the person\'s private correspondence; Rule 8 asks that a sanction respect the person\'s privacy: drop it, and name any contact the risk concerns instead, e.g. `requirement no contact, with "Jane Doe", for 6 months.` (Rule 8)'
        }),
        one('an obligation on the wife', condition('The person\'s wife must report to the police station weekly'), 'family', 'The person\'s wife', 4, {
            message: 'The order puts obligations on "The person\'s wife", who are not under the order; Rule 8 asks that a sanction respect the privacy of the person\'s family and others: put the duty on the person, e.g. `condition "Tell the supervisor of any change of address".` (Rule 8)'
        }),
        one('a prohibition on marrying', condition('The person must not marry during the order'), 'familyLifeForbidden', 'marry', 4, {
            message: '"marry" forbids a choice of private and family life; Rule 8 asks that a sanction respect the person\'s privacy and their family\'s: drop it, or name the contact the risk concerns, e.g. `requirement no contact, with "Jane Doe", for 6 months.` (Rule 8)'
        }),
        one('a choice of family life dictated', condition('The person must use contraception during the order'), 'familyLifeDictated', 'use contraception', 4, {
            message: '"use contraception" dictates a choice of private and family life; Rule 8 asks that a sanction respect the person\'s privacy and their family\'s: drop it, or name the contact the risk concerns, e.g. `requirement no contact, with "Jane Doe", for 6 months.` (Rule 8)'
        }),
        one('relationships subject to approval', condition('The person must not start a relationship without the permission of the supervisor'), 'relationshipApproval', 'relationship without the permission of the supervisor', 4, {
            message: '"relationship without the permission of the supervisor" makes the person\'s relationships depend on someone\'s approval; Rule 8 asks that a sanction respect the person\'s private life: ask to be told instead, e.g. `condition "Tell the supervisor about any new relationship".` (Rule 8)'
        }),
        one('a negation in quoted speech does not cancel the marking', condition('Wear a bib reading \'I will not steal again\''), 'marking', 'Wear a bib reading'),
        one('a breach statement that publishes the name', order('on breach:\n  "The person\'s name will be published in the local newspaper".'), 'publication', 'name will be published in the local newspaper', 5),
        one('French: the name published in the newspaper', order('written in French.', 'condition "Le nom de la personne sera publié dans le journal".'), 'publication', 'nom de la personne sera publié', 5),
        one('a programme description with a public confession', order('requirement programme, "publicly confess the offence at a community meeting", 3 sessions.'), 'shaming', 'publicly confess'),
        {
            name: 'templates are reported where they are written, and wording passed in on the argument',
            code: TEMPLATE,
            findings: [
                { messageId: 'marking', range: rangeOf(TEMPLATE, 'Wear a vest saying', 1), rules: [8], covered: 'Wear a vest saying' },
                { messageId: 'shaming', range: rangeOf(TEMPLATE, 'Stand in the market square holding a sign', 6), rules: [8], covered: 'Stand in the market square holding a sign' }
            ]
        }
    ]
});
