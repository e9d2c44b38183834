/**
 * What the words that open a sentence of an order mean, in one sentence each (our own words), for
 * hovers. Keyed by the AST type of the sentence and the keywords that show the help.
 */
export interface KeywordHelp {
    /** The sentence as a drafter writes it, for the hover's title. */
    readonly syntax: string;
    readonly text: string;
}

interface Entry extends KeywordHelp {
    readonly type: string;
    readonly keywords: readonly string[];
}

const ENTRIES: readonly Entry[] = [
    { type: 'Import', keywords: ['import'], syntax: 'import "library.sanction".', text: 'Makes the templates of another .sanction file usable in this one; the path is relative to this file.' },
    { type: 'Order', keywords: ['order'], syntax: 'order "case reference", community order.', text: 'Starts an order: its case reference and, optionally, its form; the sentences after it, up to the next order or template, belong to it.' },
    { type: 'MadeOn', keywords: ['made'], syntax: 'made on 2026-03-14.', text: 'The date the deciding authority made the order; durations written as dates count from it.' },
    { type: 'DecidingAuthority', keywords: ['decided'], syntax: 'decided by "court".', text: 'The court or authority that imposed the order, and the one that may change or revoke it (Rules 16 and 67).' },
    { type: 'ImplementingAuthority', keywords: ['implemented'], syntax: 'implemented by "service".', text: 'The service that carries the order out and supervises the person (Rule 17).' },
    { type: 'LegalBasis', keywords: ['under'], syntax: 'under "Act, section".', text: 'The law the order is made under: a sanction, its length and how it is carried out must be set out in law (Rule 14).' },
    { type: 'OrderLanguage', keywords: ['written'], syntax: 'written in English.', text: 'The language the order is written in; the person must be told about it in a language they understand (Rule 30).' },
    { type: 'Person', keywords: ['person'], syntax: 'person "name", convicted, born on 1990-01-01, understands English.', text: 'Who the order is about: convicted or suspect, date of birth or age, the languages they understand and whether they need an interpreter.' },
    { type: 'Offence', keywords: ['offence'], syntax: 'offence "description", seriousness moderate.', text: 'The offence, or suspected offence, the order responds to; the order\'s weight and length must match its seriousness (Rules 3 and 22).' },
    { type: 'Offence', keywords: ['seriousness'], syntax: 'seriousness minor | moderate | serious | very serious', text: 'How serious the offence is: the proportionality checks weigh the order\'s controls against it (Rules 3, 22 and 34).' },
    { type: 'OrderTerm', keywords: ['in', 'force'], syntax: 'in force for 12 months, reviewed every 6 months.', text: 'How long the order lasts: for a fixed period or until a date; the deciding authority must fix it, and an order should not run open-ended (Rules 21 and 23).' },
    { type: 'Extension', keywords: ['extendable'], syntax: 'extendable by up to 6 months', text: 'The order may be extended, by at most this much; an extendable order must be reviewed regularly (Rule 23).' },
    { type: 'Review', keywords: ['reviewed'], syntax: 'reviewed every 6 months', text: 'How often the deciding authority looks again at whether the order is still needed (Rule 23).' },
    { type: 'OpenTerm', keywords: ['until', 'further', 'indefinitely'], syntax: 'until further order (of the court) | until "condition" | indefinitely', text: 'A duration with no fixed end: the language can write it so that the checks can find it; an order should normally have a fixed length (Rules 21 and 23).' },
    { type: 'Requirement', keywords: ['requirement'], syntax: 'requirement curfew, at "address", from 19:00 to 07:00, for 3 months.', text: 'One obligation the person must keep: its kind, then the parameters that make it precise enough to comply with (Rule 15).' },
    { type: 'Condition', keywords: ['condition'], syntax: 'condition "text".', text: 'A condition in free words; it is checked for vague wording, since the person must be able to tell exactly what to do (Rules 15 and 30).' },
    { type: 'TemplateUse', keywords: ['apply', 'with'], syntax: 'apply template-name with parameter value, ….', text: 'Brings a template\'s requirements into the order with values for its parameters; a parameter left out takes its default.' },
    { type: 'Template', keywords: ['template'], syntax: 'template name(parameter: type = default, …):', text: 'A reusable set of requirements and conditions with typed parameters, that orders bring in with `apply`.' },
    { type: 'Breach', keywords: ['on', 'breach'], syntax: 'on breach:', text: 'What happens when the person does not comply: the consequence for each level of non-compliance, the hearing, and credit for time complied; the person must know this from the start (Rules 15 and 62).' },
    { type: 'BreachRule', keywords: ['non-compliance', 'leads'], syntax: 'minor non-compliance leads to a warning.', text: 'What a level of non-compliance leads to; minor lapses should be dealt with by a warning or an administrative step, not revocation (Rule 64).' },
    { type: 'BreachRule', keywords: ['automatically'], syntax: 'leads automatically to …', text: 'A consequence that follows without a decision: non-compliance must never turn a community sanction into imprisonment automatically (Rules 12 and 68).' },
    { type: 'BreachHearing', keywords: ['hearing'], syntax: 'hearing before "court" with legal assistance and access to the documents.', text: 'Before the order is changed or revoked for non-compliance, the person is heard by the deciding authority, may see the documents and may have legal assistance (Rule 69).' },
    { type: 'ComplianceCredit', keywords: ['credit', 'complied'], syntax: 'credit for time complied.', text: 'The time the person has kept to the order counts when revocation is decided and shortens any resulting prison term (Rule 70).' },
    { type: 'Consequence', keywords: ['after', 'hearing'], syntax: 'a warning after hearing the person', text: 'The person is heard before the step is taken: Rule 64 asks that the person be given the chance to comment when a minor lapse is dealt with.' },
    { type: 'Consequence', keywords: ['written', 'report'], syntax: 'a written report to the court within 10 working days', text: 'The implementing authority reports the failure in writing to the deciding authority, and by when: Rule 65 asks that a significant failure be reported promptly and in writing, and Rule 66 that the report give an objective account.' },
    { type: 'DailyHoursParameter', keywords: ['between'], syntax: 'between 20:00 and 06:00', text: 'The daily window, the same as `from 20:00 to 06:00`: when it ends earlier than it starts, it runs overnight.' },
    { type: 'DaysParameter', keywords: ['at'], syntax: 'at weekends', text: 'On Saturday and Sunday, the same as `on weekends`.' },
    { type: 'CountParameter', keywords: ['up'], syntax: 'up to 10 days', text: 'A cap: at most this many days or sessions can be required; the checks read the figure as the most the person may have to attend.' },
    { type: 'DurationLiteral', keywords: ['working'], syntax: '10 working days', text: 'Days the courts and services work, Monday to Friday; the checks count five working days as a week.' },
    { type: 'BreachOptions', keywords: ['may'], syntax: 'the deciding authority may order a warning, modification or revocation.', text: 'The responses open to the deciding authority after non-compliance; revocation does not have to mean prison (Rules 67 and 68).' },
    { type: 'Rights', keywords: ['rights'], syntax: 'rights:', text: 'The person\'s rights: appeal, complaints about how the order is carried out, and notice in a language they understand.' },
    { type: 'AppealRight', keywords: ['appeal'], syntax: 'appeal to "court" within 28 days.', text: 'The judicial body before which the person can challenge the order, and the time limit (Rule 25).' },
    { type: 'ComplaintRoute', keywords: ['complaints'], syntax: 'complaints to "service".', text: 'Where the person can complain about how the order is carried out (Rules 93 and 94).' },
    { type: 'Notice', keywords: ['notice'], syntax: 'notice in English, in writing.', text: 'The languages, and whether in writing, in which the person is told what the order requires and what a breach leads to (Rules 30 and 61).' },
    { type: 'Costs', keywords: ['costs', 'borne'], syntax: 'costs borne by the state.', text: 'Who pays for carrying the order out; as a rule, not the person (Rule 36).' },
    { type: 'OrderConsent', keywords: ['consent'], syntax: 'consent informed and explicit, given on 2026-02-02, in writing.', text: 'The person\'s consent to the order, given expressly and with full understanding; a measure on a suspect needs it (Rules 57 and 59).' },
    { type: 'Consent', keywords: ['consent'], syntax: 'consent informed and explicit, given on 2026-02-02, in writing', text: 'The person\'s consent to this requirement, given expressly and with full understanding; treatment needs it (Rules 5, 57 and 58).' },
    { type: 'EarlyTermination', keywords: ['early', 'termination'], syntax: 'early termination by "court" after 6 months, when "condition".', text: 'Who can end the order early, from when and on what condition, once the person has complied and it no longer serves its purpose (Rule 72).' },
    { type: 'Disclosure', keywords: ['disclosure'], syntax: 'disclosure of the offence to "recipient", as far as needed.', text: 'Who is told about the offence, and how far: work placements and support agencies get only what their task needs (Rule 49).' },
    { type: 'VictimParameter', keywords: ['involving', 'victim'], syntax: 'involving the victim, victim consent given on 2026-03-01', text: 'The victim takes part in the measure; their rights and their consent must be respected (Rules 9 and 10).' },
    { type: 'CompletionParameter', keywords: ['completed', 'within'], syntax: 'completed within 12 months', text: 'The period within which the hours or payment must be completed.' },
    { type: 'ProviderParameter', keywords: ['provided'], syntax: 'provided by "service"', text: 'Who provides the treatment, programme or activity.' },
    { type: 'AreaParameter', keywords: ['area'], syntax: 'area "name" on map "reference"', text: 'The area the person must not enter, by name (best with a map reference) or as a radius around a place.' }
];

const BY_KEY = new Map(ENTRIES.flatMap(entry => entry.keywords.map(keyword => [`${entry.type} ${keyword}`, entry] as const)));

/** What a keyword of a sentence means, when it opens or marks that sentence. */
export function keywordHelp(type: string, keyword: string): KeywordHelp | undefined {
    return BY_KEY.get(`${type} ${keyword}`);
}

/** Every keyword with help, for tests and docs. */
export function keywordHelpEntries(): ReadonlyArray<{ type: string; keywords: readonly string[] } & KeywordHelp> {
    return ENTRIES;
}
