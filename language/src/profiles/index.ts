import coeData from './coe.json' with { type: 'json' };
import englandWalesData from './england-wales.json' with { type: 'json' };
import franceData from './france.json' with { type: 'json' };
import germanyData from './germany.json' with { type: 'json' };

/**
 * Jurisdiction profiles: what one jurisdiction's law says about community sanctions, as data a
 * check can compare an order with (docs/profiles.md). The profiles are JSON files beside this
 * module, described by `profile.schema.json`, and imported statically so that the language
 * server's browser bundle gets them too (no file system at run time).
 *
 * Every figure carries the provision it comes from, where its text was read (`url`), and whether it
 * was checked against the text of that provision; a check that reports a figure should pass the
 * provision and the status on, and say so when a figure is unverified.
 */

/** Requirement kind ids of the language (language/src/model/requirement-kinds.ts). */
export type KindId =
    | 'unpaid-work' | 'supervision' | 'curfew' | 'electronic-monitoring' | 'exclusion' | 'residence' | 'programme'
    | 'rehabilitation-activity' | 'drug-treatment' | 'alcohol-treatment' | 'mental-health-treatment'
    | 'alcohol-abstinence-monitoring' | 'prohibited-activity' | 'no-contact' | 'foreign-travel-prohibition'
    | 'reparation' | 'compensation' | 'mediation';

/** Order forms of the grammar (`OrderForm`), kebab-case. */
export type FormId =
    | 'community-order' | 'suspended-sentence' | 'probation' | 'conditional-release' | 'pre-trial-measure' | 'deferred-sentence';

/**
 * What a limit counts. `months` is the length of the requirement's own period; `completionMonths`
 * the period within which it must be completed ("completed within 12 months"); `hoursPerWeek` is
 * any period of 7 days.
 */
export type Measure = 'hours' | 'hoursPerDay' | 'hoursPerWeek' | 'days' | 'months' | 'completionMonths';

export const MEASURES: readonly Measure[] = ['hours', 'hoursPerDay', 'hoursPerWeek', 'days', 'months', 'completionMonths'];

/** Where a figure or rule comes from and whether it was checked against the provision's text. */
export interface Sourced {
    /** "Sentencing Act 2020, Sch. 9 para. 2(1)(b)". */
    source: string;
    /** True when read in the text of the cited provision (an official or faithful copy). */
    verified: boolean;
    /** What could not be confirmed (always present when `verified` is false), or context. */
    note?: string;
    /** Where the provision's text was read, or is published. */
    url?: string;
}

/** One statutory figure. */
export interface Figure extends Sourced {
    value: number;
}

export type Minimums = Partial<Record<Exclude<Measure, 'completionMonths'>, Figure>>;
export type Maximums = Partial<Record<Measure, Figure>>;

/**
 * What the law asks of the person. `willingness`: the person must have expressed willingness to
 * comply; `conditional`: consent only in the case `condition` states; `none`: the provision was
 * read and asks for neither.
 */
export type ConsentRuleKind = 'required' | 'willingness' | 'conditional' | 'none';

/** Treatment settings of the language (`SettingParameter`). */
export type SettingId = 'residential' | 'non-residential';

/** The rule for one setting of a treatment, where the law treats that setting apart. */
export interface SettingConsentRule extends Sourced {
    rule: Exclude<ConsentRuleKind, 'conditional'>;
}

export interface ConsentRule extends Sourced {
    rule: ConsentRuleKind;
    /** When `rule` is `conditional`: the case in which consent is needed, in the project's words. */
    condition?: string;
    /** The rule for a treatment in a given setting (Germany: a stay in an institution needs consent). */
    bySetting?: Partial<Record<SettingId, SettingConsentRule>>;
}

/** Optional provenance of a whole kind or form. */
export interface Provenance {
    source?: string;
    verified?: boolean;
    note?: string;
    url?: string;
}

/** A statutory figure that is not a length or amount limit (a review interval, a notice period). */
export interface NamedFigure extends Figure {
    /** Stable, kebab-case, unique within its kind: "review-interval-minimum-months". */
    id: string;
    /** What the figure is, in the project's words. */
    what: string;
    unit: 'hours' | 'days' | 'months';
}

export interface KindProfile extends Provenance {
    /** Whether the law provides this kind of requirement. */
    known: boolean;
    /**
     * Whether the statute names the kind. `false` with `known: true`: the profile maps it onto a
     * general power; `false` with `known: false`: the statute does not name it for these orders,
     * which is no statement that the law excludes it.
     */
    named?: boolean;
    /** The requirement of the law this kind is imposed as (England and Wales: no contact → prohibited activity). */
    providedAs?: KindId;
    /** What the law calls it. */
    localName?: string;
    minimum?: Minimums;
    maximum?: Maximums;
    /** Absent: no consent rule was found for the kind. */
    consent?: ConsentRule;
    /** Other statutory figures of the kind. */
    figures?: NamedFigure[];
}

export interface FormProfile extends Provenance {
    known: boolean;
    localName?: string;
    minimum?: { months: Figure };
    maximum?: { months: Figure };
}

export interface Instrument {
    title: string;
    /** False for an instrument seen but whose changes the figures do not reflect. */
    applied: boolean;
    note?: string;
}

export interface OrderMaximum extends Sourced {
    months: number;
}

/** A requirement of the law for which the language has no kind (England and Wales: attendance centre). */
export interface OtherRequirement extends Sourced {
    localName: string;
    figures?: NamedFigure[];
}

export interface Profile {
    id: string;
    name: string;
    jurisdiction: string;
    law: Instrument[];
    /** Day the figures were last checked (YYYY-MM-DD). */
    checkedOn: string;
    note?: string;
    /** Longest order when the form is not stated or has no figure; absent when the law sets none. */
    orderMaximum?: OrderMaximum;
    forms: Partial<Record<FormId, FormProfile>>;
    kinds: Partial<Record<KindId, KindProfile>>;
    /** Requirements of the law the language has no kind for, with their figures. */
    otherRequirements?: OtherRequirement[];
}

/**
 * A limit as a check uses it: the smallest and largest allowed value in one measure, with the
 * sources of both joined ("; ") and `verified` only when every figure behind it is.
 */
export interface Limit {
    min?: number;
    max?: number;
    source: string;
    verified: boolean;
    /** Notes of the figures behind the limit, joined. */
    note?: string;
}

/** The profile used when none is chosen: the Rules alone, no statutory figures. */
export const DEFAULT_PROFILE_ID = 'coe';

// The JSON is checked against profile.schema.json by test/profiles/profiles.test.ts; the casts
// only tell TypeScript what the schema already guarantees.
const PROFILES: readonly Profile[] = [
    coeData as unknown as Profile,
    englandWalesData as unknown as Profile,
    franceData as unknown as Profile,
    germanyData as unknown as Profile
];

const BY_ID = new Map(PROFILES.map(profile => [profile.id, profile]));

/** Ids of the shipped profiles, default first. */
export function profileIds(): string[] {
    return PROFILES.map(profile => profile.id);
}

/** All shipped profiles, default first. */
export function profiles(): readonly Profile[] {
    return PROFILES;
}

export function getProfile(id: string): Profile | undefined {
    return BY_ID.get(id);
}

/** The default profile (`coe`). */
export function defaultProfile(): Profile {
    return BY_ID.get(DEFAULT_PROFILE_ID)!;
}

const FORM_IDS: readonly FormId[] = [
    'community-order', 'suspended-sentence', 'probation', 'conditional-release', 'pre-trial-measure', 'deferred-sentence'
];

/** The form id of an order form as the grammar writes it ("community order" → "community-order"). */
export function formIdOf(keyword: string): FormId | undefined {
    const id = keyword.trim().toLowerCase().replace(/\s+/g, '-');
    return (FORM_IDS as readonly string[]).includes(id) ? (id as FormId) : undefined;
}

/**
 * Whether the profile's law provides a requirement kind: `true` or `false` as the profile states,
 * `undefined` when the profile does not mention the kind (treat as not provided, but say "not
 * stated" rather than "unknown to the law").
 */
export function kindKnown(profile: Profile, kindId: string): boolean | undefined {
    return profile.kinds[kindId as KindId]?.known;
}

/** The consent rule for a kind, if the profile records one (and the kind is known). */
export function consentFor(profile: Profile, kindId: string): ConsentRule | undefined {
    const kind = profile.kinds[kindId as KindId];
    return kind?.known ? kind.consent : undefined;
}

/**
 * The consent rule that applies to a treatment of this kind in this setting: the setting's own rule
 * when the profile records one (`bySetting`), otherwise the kind's rule; `undefined` when the profile
 * records none (the default profile records none: the Rules are not a national law).
 */
export function consentRuleFor(profile: Profile, kindId: string, setting?: string): ConsentRule | SettingConsentRule | undefined {
    const rule = consentFor(profile, kindId);
    const bySetting = setting ? rule?.bySetting?.[setting as SettingId] : undefined;
    return bySetting ?? rule;
}

/**
 * What the profile says about a kind under its law:
 * - `provided`: the law provides it (under its own name, as another requirement, or by a general power);
 * - `not-provided`: the profile found that the law does not provide it;
 * - `not-named`: the statute does not name it for these orders (no statement that it is excluded);
 * - `not-stated`: the profile does not mention the kind.
 */
export type KindStatus = 'provided' | 'not-provided' | 'not-named' | 'not-stated';

export function kindStatus(profile: Profile, kindId: string): KindStatus {
    const kind = profile.kinds[kindId as KindId];
    if (!kind) {
        return 'not-stated';
    }
    if (kind.known) {
        return 'provided';
    }
    return kind.named === false ? 'not-named' : 'not-provided';
}

/** The profile's entry for a kind (its source, note and local name), if it has one. */
export function kindProfile(profile: Profile, kindId: string): KindProfile | undefined {
    return profile.kinds[kindId as KindId];
}

/** What the law calls a kind, when the profile records it and the law provides the kind. */
export function kindLocalName(profile: Profile, kindId: string): string | undefined {
    const kind = profile.kinds[kindId as KindId];
    return kind?.known ? kind.localName : undefined;
}

/** What the law calls an order form, when the profile records it and the law has the form. */
export function formLocalName(profile: Profile, formId: string): string | undefined {
    const form = profile.forms[formId as FormId];
    return form?.known ? form.localName : undefined;
}

/** One of a kind's other statutory figures by its id ("review-interval-minimum-months"). */
export function statutoryFigure(profile: Profile, kindId: string, figureId: string): NamedFigure | undefined {
    const kind = profile.kinds[kindId as KindId];
    return kind?.known ? kind.figures?.find(figure => figure.id === figureId) : undefined;
}

/** A statute citation for a message: the source, with ", unverified" when it was not read. */
export function citationOf(sourced: Sourced): string {
    return sourced.verified ? sourced.source : `${sourced.source}, unverified`;
}

/**
 * The statutory limit of one measure of one requirement kind, or `undefined` when the profile
 * has no figure for it (the kind is absent or unknown, or the law sets no such limit).
 */
export function limitFor(profile: Profile, kindId: string, measure: Measure): Limit | undefined {
    const kind = profile.kinds[kindId as KindId];
    if (!kind?.known) {
        return undefined;
    }
    const min = measure === 'completionMonths' ? undefined : kind.minimum?.[measure];
    const max = kind.maximum?.[measure];
    return combine(min, max);
}

/**
 * The limit on the length of a whole order in months: the form's own figures when the profile has
 * them, otherwise the profile's `orderMaximum`; `undefined` when neither exists.
 */
export function orderLimitFor(profile: Profile, formId?: string): Limit | undefined {
    const form = formId ? profile.forms[formId as FormId] : undefined;
    if (form?.known && (form.minimum || form.maximum)) {
        return combine(form.minimum?.months, form.maximum?.months);
    }
    const fallback = profile.orderMaximum;
    if (!fallback) {
        return undefined;
    }
    return {
        max: fallback.months,
        source: fallback.source,
        verified: fallback.verified,
        ...(fallback.note ? { note: fallback.note } : {})
    };
}

function combine(min: Figure | undefined, max: Figure | undefined): Limit | undefined {
    const figures = [min, max].filter((figure): figure is Figure => figure !== undefined);
    if (figures.length === 0) {
        return undefined;
    }
    const sources = [...new Set(figures.map(figure => figure.source))];
    const notes = [...new Set(figures.flatMap(figure => (figure.note ? [figure.note] : [])))];
    return {
        ...(min ? { min: min.value } : {}),
        ...(max ? { max: max.value } : {}),
        source: sources.join('; '),
        verified: figures.every(figure => figure.verified),
        ...(notes.length > 0 ? { note: notes.join(' ') } : {})
    };
}
