import type { AstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type {
    AreaParameter, DateRangeTerm, DurationLiteral, FixedTerm, FrequencyLiteral, FrequencyParameter, NumberLiteral, Offence, Order, SanctionFile,
    Term, TimeLiteral, Value
} from '../generated/ast.js';
import { isDateRangeTerm, isDurationLiteral, isFixedTerm, isMadeOn, isOffence, isOrder, isOrderTerm } from '../generated/ast.js';
import type { SanctionConfig } from '../core/config.js';
import weightsData from './burden-weights.json' with { type: 'json' };
import calibrationData from './burden-calibration.json' with { type: 'json' };
import { clauseOf, clausesOf, measuresOf, type MeasureView } from './order-model.js';
import {
    daysBetween, daysPerWeek, durationDays, durationMonths, formatDuration, formatFrequency, perWeek, rangeDates, resolveValue, windowHours,
    type Bindings
} from './values.js';

/**
 * The control-burden model (docs/proportionality.md).
 *
 * It turns each measure's parameters into points with the weights of `burden-weights.json`, so that
 * a drafter can see how much control an order piles on and compare it with a ceiling for the stated
 * seriousness of the offence. The ceilings are derived, profile by profile, from the combinations
 * of requirements a sentencing guideline describes at each of its levels (`burden-calibration.json`).
 * It is an aid to the judge's own weighing (Rules 3, 22 and 60), not a verdict: it does not know the
 * person, the risk or the harm, and the weights are a policy choice written down where anyone can
 * read and argue with them. A ceiling is the model's, never a legal figure.
 */

export type Seriousness = 'minor' | 'moderate' | 'serious' | 'very serious';

export interface BurdenItem {
    /** What the points are for, as the finding names it: "curfew", "monitoring", "reporting". */
    kind: string;
    /** Points, rounded to one decimal. */
    points: number;
    /** How the points were reached, in figures: "12 h a day × 7 days a week × 17.4 weeks …". */
    basis: string;
}

export interface ControlBurden {
    /** Sum of the items' points, rounded to one decimal. */
    total: number;
    breakdown: BurdenItem[];
}

interface Weights {
    curfew: { perHour: number };
    electronicMonitoring: { perWeekByTarget: Record<string, number>; perWeekOtherTarget: number };
    exclusion: { perWeek: number; radiusFactors: Array<{ upToMetres: number | null; factor: number }>; namedAreaFactor: number };
    reporting: { perAppointment: number };
    testing: { perTest: number };
    unpaidWork: { perHour: number };
    reparation: { perHour: number; withoutHours: number };
    treatment: { perSession: number; perDay: number; perWeekWhenUnstated: number; residentialPerWeek: number };
    programme: { perSession: number; perDay: number };
    rehabilitationActivity: { perSession: number; perDay: number };
    residence: { perWeek: number };
    noContact: { perWeekNamedPerson: number; perWeekClassOfPersons: number };
    travelProhibition: { perWeek: number };
    prohibitedActivity: { perWeek: number };
    abstinenceMonitoring: { perDay: number };
    stacking: Stacking;
    durations: DurationThresholds;
}

/** One kind of requirement in a stacking group, narrowed by what it watches or how often. */
export interface StackMember {
    kind: string;
    /** Electronic monitoring: only of these targets. */
    targets?: string[];
    /** Supervision: only when reporting at least this many times a week. */
    reportingAtLeastPerWeek?: number;
    /** No contact: only with a named person (not a class of persons). */
    namedPerson?: boolean;
    /** Exclusion: only when its area or centre names a person the order bans contact with. */
    aroundContactPerson?: boolean;
}

/** Requirements that aim at the same risk (stacked-controls). */
export interface StackGroup {
    id: string;
    label: string;
    /** The risk they all aim at, for the message: "where the person is and goes". */
    risk: string;
    /** Why together they overlap, for the message. */
    why: string;
    minMembers: number;
    members: StackMember[];
}

interface Stacking {
    /** Seriousness levels for which a stack is reported. */
    reportFor: Seriousness[];
    groups: StackGroup[];
}

/** duration-vs-seriousness: the longest expected lengths in months, by seriousness. */
interface DurationThresholds {
    order: Partial<Record<Seriousness, number>>;
    requirement: { kinds: string[]; months: Partial<Record<Seriousness, number>> };
}

export const BURDEN_WEIGHTS: Weights = weightsData as unknown as Weights;

// ---------------------------------------------------------------------------------------------
// Ceilings, calibrated profile by profile (burden-calibration.json, docs/proportionality.md)
// ---------------------------------------------------------------------------------------------

/** Where a figure of the calibration comes from. */
export interface CalibrationSource {
    guideline?: string;
    section?: string;
    url?: string;
    date?: string;
    law?: string;
    by?: string;
    /** The table's own words, for a figure read from the guideline's table. */
    tableText?: string;
    /** Whether the figure was read in the text cited. */
    verified: boolean;
    note?: string;
}

/** One requirement of a calibration package, as an order writes it, with the source of its figure. */
export interface CalibrationRequirement {
    line: string;
    figure: string;
    source: CalibrationSource;
    alsoFrom?: CalibrationSource;
    /** How the model read a figure the source does not give exactly. */
    reading?: CalibrationSource;
}

/** A combination of requirements a guideline describes at one of its levels. */
export interface CalibrationPackage {
    id: string;
    /** The language's seriousness the guideline's level maps onto. */
    seriousness: Seriousness;
    /** The guideline's level: "low", "medium", "high". */
    level: string;
    describes: string;
    shape: CalibrationSource;
    requirements: CalibrationRequirement[];
    note?: string;
}

export interface CalibratedCeiling {
    value: number;
    /** For a message: where the ceiling comes from, in a few words. */
    message: string;
    /** The packages it is derived from. */
    derivedFrom: string[];
}

export interface ProfileCalibration {
    /** A profile calibrated on another's packages ("coe" on "england-wales"). */
    derivedFrom?: string;
    guideline?: { name: string; url: string; date: string; verified: boolean; note?: string };
    mapping?: Record<Seriousness, { level: string; reading: string }>;
    note?: string;
    ceilings: Record<Seriousness, CalibratedCeiling>;
    packages?: CalibrationPackage[];
}

interface Calibration {
    version: number;
    derivation: string;
    profiles: Record<string, ProfileCalibration>;
}

export const BURDEN_CALIBRATION: Calibration = calibrationData as unknown as Calibration;

/** The profile whose ceilings apply when a profile has no calibration of its own. */
export const DEFAULT_CALIBRATION_PROFILE = 'coe';

/** The id of the calibration a profile's ceilings come from: its own, else `coe`'s. */
export function calibrationProfileId(profileId: string | undefined): string {
    return profileId && BURDEN_CALIBRATION.profiles[profileId] ? profileId : DEFAULT_CALIBRATION_PROFILE;
}

/** A profile's calibration, with the packages of the profile it is derived from when it has none. */
export function calibrationFor(profileId: string | undefined): ProfileCalibration & { id: string; packages: CalibrationPackage[] } {
    const id = calibrationProfileId(profileId);
    const own = BURDEN_CALIBRATION.profiles[id];
    const packages = own.packages ?? (own.derivedFrom ? BURDEN_CALIBRATION.profiles[own.derivedFrom]?.packages : undefined) ?? [];
    return { ...own, id, packages };
}

/** The model's ceiling for a seriousness under a profile (its calibration, else `coe`'s). */
export function modelCeiling(seriousness: string, profileId?: string): CalibratedCeiling | undefined {
    return (calibrationFor(profileId).ceilings as Record<string, CalibratedCeiling | undefined>)[seriousness];
}

/** The settings a ceiling depends on: the configuration's `ceilings` and the profile. */
export type CeilingSettings = Partial<Pick<SanctionConfig, 'ceilings' | 'profile'>>;

/**
 * The most points the model expects for an offence of this seriousness: the configuration's
 * `ceilings` (sanction.config.json) when it sets one for the level, else the model's ceiling for
 * the configuration's profile (calibrated in burden-calibration.json; `coe`'s when the profile has
 * no calibration of its own).
 */
export function burdenCeiling(seriousness: string, config?: CeilingSettings): number | undefined {
    const configured = (config?.ceilings as Record<string, number | undefined> | undefined)?.[seriousness];
    return configured ?? modelCeiling(seriousness, config?.profile)?.value;
}

/** Whether the ceiling for this seriousness comes from the configuration rather than the model. */
export function ceilingConfigured(seriousness: string, config?: CeilingSettings): boolean {
    return (config?.ceilings as Record<string, number | undefined> | undefined)?.[seriousness] !== undefined;
}

const SERIOUSNESS_ORDER: readonly string[] = ['minor', 'moderate', 'serious', 'very serious'];

/** The most serious offence of the order that states its seriousness, if any. */
export function statedSeriousness(order: Order) {
    // Read once per order: checks ask for every requirement, which made this quadratic in the
    // order's length. A parse builds a new tree, so a tree's answer never goes stale.
    if (!SERIOUSNESS_OF.has(order)) {
        SERIOUSNESS_OF.set(order, clausesOf(order, isOffence)
            .filter(offence => offence.seriousness && SERIOUSNESS_ORDER.includes(offence.seriousness))
            .sort((a, b) => SERIOUSNESS_ORDER.indexOf(b.seriousness!) - SERIOUSNESS_ORDER.indexOf(a.seriousness!))[0]);
    }
    return SERIOUSNESS_OF.get(order);
}
const SERIOUSNESS_OF = new WeakMap<Order, Offence | undefined>();

/** A length of time in weeks, with how it was read. */
export interface Weeks {
    weeks: number;
    basis: string;
}

/** Weeks a term runs: a fixed length, or a date range (from the order's date when it has no start). */
export function weeksOfTerm(term: Term | undefined, bindings: Bindings, madeOn?: string): Weeks | undefined {
    if (!term) {
        return undefined;
    }
    if (isFixedTerm(term)) {
        const length = literal<DurationLiteral>(resolveValue(term.length, bindings), 'DurationLiteral');
        return length ? { weeks: durationDays(length) / 7, basis: formatDuration(length) } : undefined;
    }
    if (isDateRangeTerm(term)) {
        const dates = rangeDates(term, bindings);
        const start = dates.start ?? madeOn;
        const days = start && dates.end ? daysBetween(start, dates.end) : undefined;
        return days !== undefined && days > 0 ? { weeks: days / 7, basis: `${start} to ${dates.end}` } : undefined;
    }
    return undefined; // open-ended: the open-ended-duration check speaks about it
}

/** The control burden of an order: every measure written in it or brought in by `apply`. */
export function controlBurden(order: Order): ControlBurden {
    const madeOn = clauseOf(order, isMadeOn)?.date;
    const orderTerm = clauseOf(order, isOrderTerm);
    const orderWeeks = weeksOfTerm(orderTerm?.term, new Map(), madeOn);
    const breakdown = measuresOf(order).flatMap(measure => measureBurden(measure, orderWeeks, madeOn));
    return { total: round1(breakdown.reduce((sum, item) => sum + item.points, 0)), breakdown };
}

/** "control burden 38 (curfew 20, monitoring 12, reporting 6)": points by kind, heaviest first. */
export function describeBurden(burden: ControlBurden): string {
    const parts = burdenItems(burden);
    return `control burden ${fmt(burden.total)}${parts ? ` (${parts})` : ''}`;
}

/** "curfew 20, monitoring 12, reporting 6": points by kind, heaviest first; empty when none. */
export function burdenItems(burden: ControlBurden): string {
    const byKind = new Map<string, number>();
    for (const item of burden.breakdown) {
        byKind.set(item.kind, (byKind.get(item.kind) ?? 0) + item.points);
    }
    return [...byKind.entries()]
        .filter(([, points]) => points > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, points]) => `${kind} ${fmt(points)}`)
        .join(', ');
}

/**
 * The points of one measure. A measure's weeks come from its own term, else from the order's.
 * Free-text conditions and compensation carry no points: the model cannot read free text, and
 * money is not control.
 */
export function measureBurden(measure: MeasureView, orderWeeks: Weeks | undefined, madeOn?: string): BurdenItem[] {
    const kind = measure.kind;
    if (!kind) {
        return [];
    }
    const w = BURDEN_WEIGHTS;
    const b = measure.bindings;
    const weeks = measure.term ? weeksOfTerm(measure.term, b, madeOn) : orderWeeks;
    const source = measure.term ? '' : ', the order\'s term';
    const overWeeks = (label: string, perWeekPoints: number, what: string): BurdenItem =>
        weeks
            ? item(label, weeks.weeks * perWeekPoints, `${what}: ${fmt3(perWeekPoints)} a week × ${fmt(weeks.weeks)} weeks (${weeks.basis}${source})`)
            : unweighed(label, 'no fixed duration');
    const items: BurdenItem[] = [];

    switch (kind.id) {
        case 'curfew': {
            const daily = measure.param('DailyHoursParameter');
            const start = literal<TimeLiteral>(resolveValue(daily?.start, b), 'TimeLiteral');
            const end = literal<TimeLiteral>(resolveValue(daily?.end, b), 'TimeLiteral');
            const hours = start && end ? windowHours(start.value, end.value) : undefined;
            const days = daysPerWeek(measure.param('DaysParameter')?.days);
            if (hours === undefined) {
                items.push(unweighed('curfew', 'daily hours not stated'));
            } else if (!weeks) {
                items.push(unweighed('curfew', 'no fixed duration'));
            } else {
                const total = hours * days * weeks.weeks;
                items.push(item('curfew', total * w.curfew.perHour,
                    `${fmt(hours)} h a day × ${days} day${days === 1 ? '' : 's'} a week × ${fmt(weeks.weeks)} weeks (${weeks.basis}${source}) = ${fmt(total)} curfew hours × ${w.curfew.perHour}`));
            }
            break;
        }
        case 'electronic-monitoring': {
            const target = measure.param('MonitoringParameter')?.target;
            const weight = (target ? w.electronicMonitoring.perWeekByTarget[target] : undefined) ?? w.electronicMonitoring.perWeekOtherTarget;
            items.push(overWeeks('monitoring', weight, `monitoring of ${target ?? 'an unstated target'}`));
            break;
        }
        case 'exclusion': {
            const area = measure.param('AreaParameter');
            const factor = areaFactor(area);
            const daily = measure.param('DailyHoursParameter');
            const start = literal<TimeLiteral>(resolveValue(daily?.start, b), 'TimeLiteral');
            const end = literal<TimeLiteral>(resolveValue(daily?.end, b), 'TimeLiteral');
            const hours = start && end ? windowHours(start.value, end.value) : undefined;
            const daysParam = measure.param('DaysParameter');
            const days = daysPerWeek(daysParam?.days);
            const share = (hours !== undefined ? hours / 24 : 1) * (daysParam ? days / 7 : 1);
            const when = hours !== undefined || daysParam ? `, ${hours !== undefined ? fmt(hours) + ' h a day' : 'all day'} on ${days} day${days === 1 ? '' : 's'} a week (share ${fmt3(share)})` : '';
            items.push(overWeeks('exclusion', w.exclusion.perWeek * factor.factor * share,
                `exclusion from ${factor.basis}${when}`));
            break;
        }
        case 'supervision':
            break; // reporting and testing below
        case 'unpaid-work':
        case 'reparation': {
            const hours = literal<NumberLiteral>(resolveValue(measure.param('HoursParameter')?.hours, b), 'NumberLiteral');
            const rate = kind.id === 'unpaid-work' ? w.unpaidWork.perHour : w.reparation.perHour;
            const label = kind.id === 'unpaid-work' ? 'unpaid work' : 'reparation';
            if (hours) {
                items.push(item(label, hours.value * rate, `${hours.value} hours × ${rate}`));
            } else if (kind.id === 'reparation') {
                items.push(item(label, w.reparation.withoutHours, 'reparation with no hours stated: a flat weight'));
            } else {
                items.push(unweighed(label, 'hours not stated'));
            }
            break;
        }
        case 'drug-treatment':
        case 'alcohol-treatment':
        case 'mental-health-treatment': {
            if (measure.param('SettingParameter')?.setting === 'residential') {
                items.push(overWeeks('treatment', w.treatment.residentialPerWeek, 'residential treatment'));
            } else {
                items.push(sessions('treatment', measure, weeks, source, w.treatment, w.treatment.perWeekWhenUnstated));
            }
            break;
        }
        case 'programme':
            items.push(sessions('programme', measure, weeks, source, w.programme));
            break;
        case 'rehabilitation-activity':
            items.push(sessions('rehabilitation activity', measure, weeks, source, w.rehabilitationActivity));
            break;
        case 'residence':
            items.push(overWeeks('residence', w.residence.perWeek, 'residence at a stated address'));
            break;
        case 'no-contact': {
            const contact = measure.param('ContactParameter');
            const named = !!contact?.person;
            items.push(overWeeks('no contact', named ? w.noContact.perWeekNamedPerson : w.noContact.perWeekClassOfPersons,
                named ? 'no contact with a named person' : 'no contact with a class of persons'));
            break;
        }
        case 'foreign-travel-prohibition':
            items.push(overWeeks('travel prohibition', w.travelProhibition.perWeek, 'foreign travel prohibition'));
            break;
        case 'prohibited-activity':
            items.push(overWeeks('prohibited activity', w.prohibitedActivity.perWeek, 'prohibited activity'));
            break;
        case 'alcohol-abstinence-monitoring': {
            const count = measure.param('CountParameter');
            const days = count?.unit === 'days' ? literal<NumberLiteral>(resolveValue(count.count, b), 'NumberLiteral')?.value : undefined;
            if (days !== undefined) {
                items.push(item('abstinence monitoring', days * w.abstinenceMonitoring.perDay, `${days} days × ${w.abstinenceMonitoring.perDay}`));
            } else if (weeks) {
                const all = weeks.weeks * 7;
                items.push(item('abstinence monitoring', all * w.abstinenceMonitoring.perDay,
                    `${fmt(all)} days (${weeks.basis}${source}) × ${w.abstinenceMonitoring.perDay}`));
            } else {
                items.push(unweighed('abstinence monitoring', 'number of days not stated'));
            }
            break;
        }
        case 'compensation':
            break; // money, not control
    }

    // Reporting to a supervisor, and testing, wherever a requirement asks for them.
    for (const parameter of measure.node.params) {
        if (parameter.$type !== 'FrequencyParameter') {
            continue;
        }
        const purpose = frequencyPurpose(parameter, kind.id);
        if (purpose !== 'reporting' && purpose !== 'testing') {
            continue;
        }
        const frequency = literal<FrequencyLiteral>(resolveValue(parameter.frequency, b), 'FrequencyLiteral');
        if (!frequency) {
            items.push(unweighed(purpose, 'frequency not stated'));
            continue;
        }
        const weight = purpose === 'reporting' ? w.reporting.perAppointment : w.testing.perTest;
        const what = purpose === 'reporting' ? 'appointments' : 'tests';
        if (!weeks) {
            items.push(unweighed(purpose, 'no fixed duration'));
            continue;
        }
        const count = perWeek(frequency) * weeks.weeks;
        items.push(item(purpose, count * weight,
            `${formatFrequency(frequency)} (${fmt(perWeek(frequency))} a week) × ${fmt(weeks.weeks)} weeks (${weeks.basis}${source}) = ${fmt(count)} ${what} × ${weight}`));
    }
    return items;
}

/**
 * What a frequency asks for: reporting, attending sessions, or testing, as the order writes it
 * ("reporting weekly"); a bare frequency ("weekly") is reporting under supervision and attending
 * anywhere else.
 */
export function frequencyPurpose(parameter: FrequencyParameter, kindId: string): 'reporting' | 'attending' | 'testing' {
    return parameter.purpose ?? (kindId === 'supervision' ? 'reporting' : 'attending');
}

/** Sessions or days of a treatment or programme: a count, else a frequency over the weeks. */
function sessions(label: string, measure: MeasureView, weeks: Weeks | undefined, source: string,
    weights: { perSession: number; perDay: number }, perWeekWhenUnstated?: number): BurdenItem {
    const b = measure.bindings;
    const count = measure.param('CountParameter');
    const n = literal<NumberLiteral>(resolveValue(count?.count, b), 'NumberLiteral')?.value;
    if (count && n !== undefined) {
        const weight = count.unit === 'days' ? weights.perDay : weights.perSession;
        return item(label, n * weight, `${n} ${count.unit} × ${weight}`);
    }
    const attending = measure.node.params.find((p): p is FrequencyParameter =>
        p.$type === 'FrequencyParameter' && frequencyPurpose(p, measure.kind?.id ?? '') === 'attending');
    const frequency = literal<FrequencyLiteral>(resolveValue(attending?.frequency, b), 'FrequencyLiteral');
    if (frequency && weeks) {
        const total = perWeek(frequency) * weeks.weeks;
        return item(label, total * weights.perSession,
            `${formatFrequency(frequency)} × ${fmt(weeks.weeks)} weeks (${weeks.basis}${source}) = ${fmt(total)} sessions × ${weights.perSession}`);
    }
    if (perWeekWhenUnstated !== undefined && weeks) {
        return item(label, weeks.weeks * perWeekWhenUnstated,
            `sessions not stated: ${perWeekWhenUnstated} a week × ${fmt(weeks.weeks)} weeks (${weeks.basis}${source})`);
    }
    return unweighed(label, weeks ? 'sessions or days not stated' : 'no fixed duration');
}

// ---------------------------------------------------------------------------------------------
// Lengths of time, for the duration checks
// ---------------------------------------------------------------------------------------------

/** A length of time an order states, with where it is written. */
export interface Length {
    /** In months: exact for a length in months or years, else days ÷ 30.4375. */
    months: number;
    days: number;
    /** Whether the length is written in months or years, so that `months` is exact. */
    calendar: boolean;
    /** As a message shows it: "12 months", "2026-03-14 to 2026-09-14". */
    text: string;
    /** The node at fault: the duration as written (or as passed to a template), or the date range. */
    node: AstNode;
}

/** The length of a duration slot (`for 12 months`, `completed within 6 months`), bound to its arguments. */
export function lengthOfDuration(slot: FixedTerm['length'] | undefined, bindings: Bindings): Length | undefined {
    const length = resolveValue(slot, bindings);
    if (!isDurationLiteral(length)) {
        return undefined;
    }
    return {
        months: durationMonths(length),
        days: durationDays(length),
        calendar: /^(months?|years?)$/.test(length.unit),
        text: formatDuration(length),
        node: length
    };
}

/**
 * The length of a term: a fixed length, or a date range (from the order's date when it has no
 * start). `undefined` for an open-ended term or one whose figures are not known.
 */
export function lengthOfTerm(term: Term | undefined, bindings: Bindings, madeOn?: string): Length | undefined {
    if (isFixedTerm(term)) {
        return lengthOfDuration(term.length, bindings);
    }
    if (isDateRangeTerm(term)) {
        return lengthOfRange(term, bindings, madeOn);
    }
    return undefined;
}

function lengthOfRange(term: DateRangeTerm, bindings: Bindings, madeOn?: string): Length | undefined {
    const dates = rangeDates(term, bindings);
    const start = dates.start ?? madeOn;
    const days = start && dates.end ? daysBetween(start, dates.end) : undefined;
    if (days === undefined || days <= 0) {
        return undefined;
    }
    return { months: days / 30.4375, days, calendar: false, text: `${start} to ${dates.end}`, node: term };
}

/** Days a month may differ from its average (28 to 31 days against 30.4375) when a length is not in months. */
const MONTH_TOLERANCE_DAYS = 3;

/**
 * Whether a length is longer than a number of months: exactly for a length in months or years;
 * for days, weeks and date ranges with three days' tolerance (a month has 28 to 31 days, so "366
 * days" is not longer than 12 months).
 */
export function longerThanMonths(length: Length, months: number): boolean {
    return length.calendar ? length.months > months : length.days > months * 30.4375 + MONTH_TOLERANCE_DAYS;
}

/** Whether a length is shorter than a number of months (the same tolerance as `longerThanMonths`). */
export function shorterThanMonths(length: Length, months: number): boolean {
    return length.calendar ? length.months < months : length.days < months * 30.4375 - MONTH_TOLERANCE_DAYS;
}

/**
 * A length for a message: "12 months"; "400 days (13.1 months)"; "2026-03-14 to 2027-09-14
 * (18 months)".
 */
export function describeLength(length: Length): string {
    return length.calendar ? length.text : `${length.text} (${fmt(length.months)} months)`;
}

/** The duration thresholds of duration-vs-seriousness (burden-weights.json, `durations`). */
export function durationThreshold(what: 'order' | 'requirement', seriousness: string, kindId?: string): number | undefined {
    const thresholds = BURDEN_WEIGHTS.durations;
    if (what === 'order') {
        return thresholds.order[seriousness as Seriousness];
    }
    return kindId && thresholds.requirement.kinds.includes(kindId) ? thresholds.requirement.months[seriousness as Seriousness] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Stacked controls
// ---------------------------------------------------------------------------------------------

/** A requirement of an order that belongs to a stacking group, and how a message names it. */
export interface StackedMeasure {
    measure: MeasureView;
    /** "curfew", "electronic monitoring of the curfew", "reporting daily". */
    label: string;
}

/** A group of the weights file of which an order has at least `minMembers` different members. */
export interface Stack {
    group: StackGroup;
    /** The order's requirements in the group, in the order they are written. */
    measures: StackedMeasure[];
}

/** Whether an order's seriousness is one for which stacked controls are reported. */
export function stackingReported(seriousness: string): boolean {
    return (BURDEN_WEIGHTS.stacking.reportFor as string[]).includes(seriousness);
}

/**
 * The stacking groups of `burden-weights.json` an order fills: for each group, the requirements
 * that match one of its members, when they match at least `minMembers` different members (two
 * curfews are one member). Every requirement is read as running with the others: the language has
 * no start for a requirement given as a length.
 */
export function stackedControls(order: Order): Stack[] {
    const measures = measuresOf(order).filter(measure => measure.kind);
    const contactNames = measures
        .filter(measure => measure.kind!.id === 'no-contact')
        .map(measure => text(measure.param('ContactParameter')?.person, measure.bindings))
        .filter((name): name is string => !!name && name.trim().length > 1)
        .map(name => name.trim().toLowerCase());
    const stacks: Stack[] = [];
    for (const group of BURDEN_WEIGHTS.stacking.groups) {
        const matched = new Set<number>();
        const inGroup: StackedMeasure[] = [];
        for (const measure of measures) {
            const index = group.members.findIndex(member => matches(member, measure, contactNames));
            if (index >= 0) {
                matched.add(index);
                inGroup.push({ measure, label: stackLabel(group.members[index], measure) });
            }
        }
        if (matched.size >= group.minMembers) {
            stacks.push({ group, measures: inGroup });
        }
    }
    return stacks;
}

function matches(member: StackMember, measure: MeasureView, contactNames: string[]): boolean {
    if (measure.kind?.id !== member.kind) {
        return false;
    }
    const b = measure.bindings;
    if (member.targets && !member.targets.includes(measure.param('MonitoringParameter')?.target ?? '')) {
        return false;
    }
    if (member.reportingAtLeastPerWeek !== undefined && !(reportingPerWeek(measure) >= member.reportingAtLeastPerWeek)) {
        return false;
    }
    if (member.namedPerson && !text(measure.param('ContactParameter')?.person, b)) {
        return false;
    }
    if (member.aroundContactPerson) {
        const area = measure.param('AreaParameter');
        const where = [text(area?.name, b), text(area?.centre, b)].filter(Boolean).join(' ').toLowerCase();
        if (!contactNames.some(name => where.includes(name))) {
            return false;
        }
    }
    return true;
}

/** The most often a requirement asks the person to report, in times a week (0 when it does not). */
function reportingPerWeek(measure: MeasureView): number {
    let most = 0;
    for (const parameter of measure.node.params) {
        if (parameter.$type === 'FrequencyParameter' && frequencyPurpose(parameter, measure.kind?.id ?? '') === 'reporting') {
            const frequency = literal<FrequencyLiteral>(resolveValue(parameter.frequency, measure.bindings), 'FrequencyLiteral');
            most = Math.max(most, frequency ? perWeek(frequency) : 0);
        }
    }
    return most;
}

function stackLabel(member: StackMember, measure: MeasureView): string {
    const b = measure.bindings;
    switch (member.kind) {
        case 'electronic-monitoring': {
            const target = measure.param('MonitoringParameter')?.target ?? '';
            return `electronic monitoring of ${['curfew', 'exclusion'].includes(target) ? `the ${target}` : target}`;
        }
        case 'supervision': {
            const parameter = measure.node.params.find((p): p is FrequencyParameter =>
                p.$type === 'FrequencyParameter' && frequencyPurpose(p, 'supervision') === 'reporting');
            const frequency = literal<FrequencyLiteral>(resolveValue(parameter?.frequency, b), 'FrequencyLiteral');
            return frequency ? `reporting ${formatFrequency(frequency)}` : 'reporting';
        }
        case 'no-contact':
            return `no contact with "${text(measure.param('ContactParameter')?.person, b)}"`;
        case 'exclusion':
            return member.aroundContactPerson ? 'exclusion from an area round that person' : 'exclusion';
        default:
            return measure.kind?.keyword ?? member.kind;
    }
}

function text(slot: Parameters<typeof resolveValue>[0], bindings: Bindings): string | undefined {
    const value = resolveValue(slot, bindings);
    return value?.$type === 'TextLiteral' ? (value as { value: string }).value : undefined;
}

// ---------------------------------------------------------------------------------------------
// The burden of every order of a file (CLI JSON output, comparing templates)
// ---------------------------------------------------------------------------------------------

/** One order's control burden, as the CLI's JSON output gives it. */
export interface OrderBurden {
    caseReference: string;
    /** The whole order, from `order` to the end of its last clause (0-based, as LSP). */
    range: Range;
    burden: {
        total: number;
        /** The ceiling for `seriousness` (the configuration's, else the model's); null when none is stated. */
        ceiling: number | null;
        /** The most serious stated seriousness of the order's offences; null when none is stated. */
        seriousness: Seriousness | null;
        breakdown: BurdenItem[];
    };
}

/** The control burden of each order of a file, with the ceiling that applies to it. */
export function orderBurdens(file: SanctionFile | AstNode, config?: CeilingSettings): OrderBurden[] {
    const elements = (file as SanctionFile).elements ?? [];
    return elements.filter(isOrder).flatMap(order => {
        const range = order.$cstNode?.range;
        if (!range) {
            return [];
        }
        const { total, breakdown } = controlBurden(order);
        const seriousness = (statedSeriousness(order)?.seriousness as Seriousness | undefined) ?? null;
        const ceiling = seriousness ? burdenCeiling(seriousness, config) ?? null : null;
        return [{ caseReference: order.caseReference ?? '', range, burden: { total, ceiling, seriousness, breakdown } }];
    });
}

function areaFactor(area: AreaParameter | undefined): { factor: number; basis: string } {
    const w = BURDEN_WEIGHTS.exclusion;
    if (area?.radius !== undefined && area.unit) {
        const metres = area.radius * (area.unit === 'kilometres' ? 1000 : area.unit === 'miles' ? 1609.344 : 1);
        const band = w.radiusFactors.find(f => f.upToMetres === null || metres <= f.upToMetres) ?? { factor: 1 };
        return { factor: band.factor, basis: `an area of radius ${area.radius} ${area.unit} (× ${band.factor})` };
    }
    return { factor: w.namedAreaFactor, basis: `a named area (× ${w.namedAreaFactor})` };
}

function literal<T extends Value>(value: Value | undefined, type: T['$type']): T | undefined {
    return value && value.$type === type ? value as T : undefined;
}

function item(kind: string, points: number, basis: string): BurdenItem {
    return { kind, points: round1(points), basis };
}

function unweighed(kind: string, why: string): BurdenItem {
    return { kind, points: 0, basis: `${why}: not weighed` };
}

function round1(x: number): number {
    return Math.round(x * 10) / 10;
}

/** A figure for a message: at most one decimal, none when whole. */
export function fmt(x: number): string {
    const r = round1(x);
    return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** A weight or share: at most three decimals. */
function fmt3(x: number): string {
    return String(Math.round(x * 1000) / 1000);
}
