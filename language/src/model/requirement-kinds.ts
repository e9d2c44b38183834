import type { Parameter } from '../generated/ast.js';

/**
 * What each requirement kind is and which parameters it takes. This table is data: the
 * missing-parameters check, completion, hover and the renderer read it; nothing else lists kinds.
 */
export type ParameterSlot =
    | 'hours' | 'completion' | 'place' | 'dailyHours' | 'days' | 'frequency' | 'monitoring' | 'area'
    | 'provider' | 'setting' | 'count' | 'contact' | 'destination' | 'amount' | 'description'
    | 'consent' | 'victim' | 'term' | 'extension' | 'review';

/** The AST type of each parameter clause, by slot. */
export const SLOT_OF_TYPE: Record<Parameter['$type'], ParameterSlot> = {
    HoursParameter: 'hours',
    CompletionParameter: 'completion',
    PlaceParameter: 'place',
    DailyHoursParameter: 'dailyHours',
    DaysParameter: 'days',
    FrequencyParameter: 'frequency',
    MonitoringParameter: 'monitoring',
    AreaParameter: 'area',
    ProviderParameter: 'provider',
    SettingParameter: 'setting',
    CountParameter: 'count',
    ContactParameter: 'contact',
    DestinationParameter: 'destination',
    AmountParameter: 'amount',
    DescriptionParameter: 'description',
    VictimParameter: 'victim',
    Consent: 'consent',
    TermParameter: 'term',
    ExtensionParameter: 'extension',
    ReviewParameter: 'review'
};

/** How each slot is written, for messages, hovers and snippets. */
export const SLOT_SYNTAX: Record<ParameterSlot, { label: string; example: string }> = {
    hours: { label: 'number of hours', example: '120 hours' },
    completion: { label: 'completion period', example: 'completed within 12 months' },
    place: { label: 'address or place', example: 'at "12 Acacia Road, Exeter EX1 1AA"' },
    dailyHours: { label: 'daily hours', example: 'from 19:00 to 07:00' },
    days: { label: 'days of the week', example: 'on every day' },
    frequency: { label: 'frequency', example: 'reporting weekly' },
    monitoring: { label: 'what is monitored', example: 'of the curfew' },
    area: { label: 'area', example: 'area "Exeter city centre" on map "EX-12"' },
    provider: { label: 'provider', example: 'provided by "Exeter Drug and Alcohol Service"' },
    setting: { label: 'setting', example: 'non-residential' },
    count: { label: 'number of sessions or days', example: '20 sessions' },
    contact: { label: 'person or class of persons', example: 'with "Jane Doe"' },
    destination: { label: 'destination', example: 'to "any country outside the United Kingdom"' },
    amount: { label: 'amount', example: 'amount 250 EUR, payable to "the victim"' },
    description: { label: 'description', example: '"attending football matches at St James Park"' },
    consent: { label: 'consent record', example: 'consent informed and explicit, given on 2026-03-10' },
    victim: { label: 'victim involvement', example: 'involving the victim, victim consent given on 2026-03-01' },
    term: { label: 'duration', example: 'for 6 months' },
    extension: { label: 'extension', example: 'extendable by up to 6 months' },
    review: { label: 'review interval', example: 'reviewed every 3 months' }
};

export interface RequirementKindInfo {
    /** Stable id, kebab-case. */
    id: string;
    /** As written in an order. */
    keyword: string;
    /** One sentence for hovers and docs. */
    summary: string;
    /** Parameters without which the person cannot know what compliance is (Rules 15, 30). */
    required: ParameterSlot[];
    /** Other parameters the kind accepts (term, extension and review are accepted everywhere). */
    optional: ParameterSlot[];
    /** Treatment: needs informed, explicit consent (Rules 5, 57, 58). */
    treatment: boolean;
    /** Restricts liberty of movement or contact (for the proportionality family). */
    restrictive: boolean;
}

const COMMON: ParameterSlot[] = ['term', 'extension', 'review'];

const KINDS: RequirementKindInfo[] = [
    { id: 'unpaid-work', keyword: 'unpaid work', summary: 'Work for the community, unpaid, for a stated number of hours.', required: ['hours'], optional: ['completion', 'description'], treatment: false, restrictive: false },
    { id: 'supervision', keyword: 'supervision', summary: 'Keeping in touch with a supervisor of the implementing authority at a stated frequency.', required: ['frequency'], optional: ['place', 'description'], treatment: false, restrictive: false },
    { id: 'curfew', keyword: 'curfew', summary: 'Staying at a stated address during stated hours.', required: ['place', 'dailyHours'], optional: ['days'], treatment: false, restrictive: true },
    { id: 'electronic-monitoring', keyword: 'electronic monitoring', summary: 'Electronic monitoring of compliance with another requirement, or of whereabouts.', required: ['monitoring'], optional: ['description'], treatment: false, restrictive: true },
    { id: 'exclusion', keyword: 'exclusion', summary: 'Not entering a stated area.', required: ['area'], optional: ['days', 'dailyHours'], treatment: false, restrictive: true },
    { id: 'residence', keyword: 'residence', summary: 'Living at a stated address.', required: ['place'], optional: ['description'], treatment: false, restrictive: true },
    { id: 'programme', keyword: 'programme', summary: 'Taking part in a named programme for a stated number of sessions or days.', required: ['description', 'count'], optional: ['place', 'provider', 'frequency'], treatment: false, restrictive: false },
    { id: 'rehabilitation-activity', keyword: 'rehabilitation activity', summary: 'Taking part in rehabilitation activities for up to a stated number of days.', required: ['count'], optional: ['description', 'provider', 'frequency', 'place'], treatment: false, restrictive: false },
    { id: 'drug-treatment', keyword: 'drug treatment', summary: 'Treatment for dependency on drugs, by a named provider.', required: ['provider'], optional: ['setting', 'consent', 'frequency', 'place', 'description'], treatment: true, restrictive: false },
    { id: 'alcohol-treatment', keyword: 'alcohol treatment', summary: 'Treatment for dependency on alcohol, by a named provider.', required: ['provider'], optional: ['setting', 'consent', 'frequency', 'place', 'description'], treatment: true, restrictive: false },
    { id: 'mental-health-treatment', keyword: 'mental health treatment', summary: 'Mental health treatment by or under a named practitioner or provider.', required: ['provider'], optional: ['setting', 'consent', 'frequency', 'place', 'description'], treatment: true, restrictive: false },
    { id: 'alcohol-abstinence-monitoring', keyword: 'alcohol abstinence monitoring', summary: 'Not drinking alcohol, checked by a monitoring device, for a stated number of days.', required: ['count'], optional: ['description', 'consent'], treatment: false, restrictive: true },
    { id: 'prohibited-activity', keyword: 'prohibited activity', summary: 'Not taking part in a described activity.', required: ['description'], optional: ['days', 'dailyHours', 'place'], treatment: false, restrictive: true },
    { id: 'no-contact', keyword: 'no contact', summary: 'Not contacting a named person, or any person the person knows to belong to a stated class.', required: ['contact'], optional: ['description', 'victim'], treatment: false, restrictive: true },
    { id: 'foreign-travel-prohibition', keyword: 'foreign travel prohibition', summary: 'Not travelling to stated destinations abroad.', required: [], optional: ['destination', 'description'], treatment: false, restrictive: true },
    { id: 'reparation', keyword: 'reparation', summary: 'Making amends to the victim or the community in a described way.', required: ['description'], optional: ['hours', 'completion', 'victim'], treatment: false, restrictive: false },
    { id: 'compensation', keyword: 'compensation', summary: 'Paying a stated amount of compensation.', required: ['amount'], optional: ['completion', 'description', 'victim'], treatment: false, restrictive: false },
    { id: 'mediation', keyword: 'mediation', summary: 'Taking part in victim-offender mediation run by a named service.', required: ['provider'], optional: ['victim', 'count', 'description'], treatment: false, restrictive: false }
];

const BY_KEYWORD = new Map(KINDS.map(kind => [kind.keyword, kind]));
const BY_ID = new Map(KINDS.map(kind => [kind.id, kind]));

export function requirementKinds(): readonly RequirementKindInfo[] {
    return KINDS;
}

/** The kind of a requirement from its keyword as parsed ("unpaid work"). */
export function kindByKeyword(keyword: string | undefined): RequirementKindInfo | undefined {
    if (!keyword) {
        return undefined;
    }
    return BY_KEYWORD.get(keyword.replace(/\s+/g, ' ').trim());
}

export function kindById(id: string): RequirementKindInfo | undefined {
    return BY_ID.get(id);
}

export function acceptedSlots(kind: RequirementKindInfo): Set<ParameterSlot> {
    return new Set([...kind.required, ...kind.optional, ...COMMON]);
}
