import type {
    DateRangeTerm, DaySpec, DurationLiteral, FrequencyLiteral, ParameterRef, TemplateParameter, Value
} from '../generated/ast.js';
import { isParameterRef } from '../generated/ast.js';

/** Values bound to a template's parameters when an order applies it. */
export type Bindings = ReadonlyMap<TemplateParameter, Value>;

export const NO_BINDINGS: Bindings = new Map();

/**
 * The value in a slot: a literal as written, or, for a template parameter, the argument an order
 * passed (or the parameter's default). `undefined` when nothing is known.
 */
export function resolveValue<T extends Value>(slot: T | ParameterRef | undefined, bindings: Bindings = NO_BINDINGS): T | undefined {
    if (!slot) {
        return undefined;
    }
    if (isParameterRef(slot)) {
        const parameter = slot.parameter?.ref;
        if (!parameter) {
            return undefined;
        }
        const bound = (bindings.get(parameter) ?? parameter.defaultValue) as T | undefined;
        return bound && isComplete(bound) ? bound : undefined;
    }
    return isComplete(slot) ? slot : undefined;
}

/**
 * The dates of a `from … until …` term as ISO text (or as written when not a real date): each a date
 * literal, or a template's `date` parameter resolved through the bindings (the argument an order
 * passed, else the default). A date nothing gives is undefined.
 */
export function rangeDates(term: DateRangeTerm, bindings: Bindings = NO_BINDINGS): { start?: string; end?: string } {
    const date = (written: string | undefined, ref: ParameterRef | undefined): string | undefined => {
        if (written !== undefined || !ref) {
            return written;
        }
        const bound = resolveValue<Value>(ref, bindings);
        return bound?.$type === 'DateLiteral' ? bound.value : undefined;
    };
    return { start: date(term.start, term.startRef), end: date(term.end, term.endRef) };
}

/**
 * A literal the parser recovered from a typing mistake can miss a part ("6 monhts" leaves a
 * duration with no unit). Such a value is not known: checks treat it as absent, and the syntax
 * error already tells the drafter what to fix.
 */
export function isComplete(value: Value): boolean {
    switch (value.$type) {
        case 'DurationLiteral': return typeof value.value === 'number' && !!value.unit;
        case 'FrequencyLiteral': return !!value.named || !!value.per;
        case 'NumberLiteral': return typeof value.value === 'number';
        default: return typeof (value as { value?: unknown }).value === 'string';
    }
}

/** A slot that names a template parameter with no value yet: a template body is not missing it. */
export function isOpenParameter(slot: unknown, bindings: Bindings = NO_BINDINGS): boolean {
    return isParameterRef(slot) && !!slot.parameter?.ref && !bindings.get(slot.parameter?.ref) && !slot.parameter?.ref.defaultValue;
}

/** Calendar days of a working day: five working days make a week (weekends; public holidays are not counted). */
const WORKING_DAY = 7 / 5;

const DAYS_PER_UNIT: Record<string, number> = {
    day: 1, days: 1, 'working day': WORKING_DAY, 'working days': WORKING_DAY,
    week: 7, weeks: 7, month: 30.4375, months: 30.4375, year: 365.25, years: 365.25
};

const MONTHS_PER_UNIT: Record<string, number> = {
    day: 1 / 30.4375, days: 1 / 30.4375, 'working day': WORKING_DAY / 30.4375, 'working days': WORKING_DAY / 30.4375,
    week: 7 / 30.4375, weeks: 7 / 30.4375, month: 1, months: 1, year: 12, years: 12
};

export function durationDays(duration: DurationLiteral): number {
    return duration.value * (DAYS_PER_UNIT[duration.unit] ?? 1);
}

export function durationMonths(duration: DurationLiteral): number {
    return duration.value * (MONTHS_PER_UNIT[duration.unit] ?? 0);
}

export function formatDuration(duration: DurationLiteral): string {
    const singular = (duration.unit ?? '').replace(/s$/, '');
    return `${duration.value} ${duration.value === 1 ? singular : singular + 's'}`;
}

/** Days between two ISO dates (end exclusive), or undefined if either is not a real date. */
export function daysBetween(start: string, end: string): number | undefined {
    const a = parseIsoDate(start);
    const b = parseIsoDate(end);
    return a !== undefined && b !== undefined ? Math.round((b - a) / 86_400_000) : undefined;
}

/** Milliseconds since the epoch at UTC midnight, or undefined for an impossible date (2026-02-30). */
export function parseIsoDate(text: string): number | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) {
        return undefined;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    const date = new Date(time);
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : undefined;
}

/** Minutes after midnight of a clock time, or undefined when it is not a time of day (25:00, 19:75). */
export function clockMinutes(text: string): number | undefined {
    const match = /^(\d{1,2}):(\d{2})$/.exec(text);
    if (!match) {
        return undefined;
    }
    const [hours, minutes] = [Number(match[1]), Number(match[2])];
    if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) {
        return undefined;
    }
    return hours * 60 + minutes;
}

/** Hours covered each day by a window such as 19:00 to 07:00 (crossing midnight). */
export function windowHours(start: string, end: string): number | undefined {
    const a = clockMinutes(start);
    const b = clockMinutes(end);
    if (a === undefined || b === undefined) {
        return undefined;
    }
    const minutes = b > a ? b - a : 24 * 60 - a + b;
    return minutes / 60;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** How many days a week a day specification covers (every day when none is given). */
export function daysPerWeek(spec: DaySpec | undefined): number {
    if (!spec || spec.every) {
        return 7;
    }
    if (spec.weekdays) {
        return 5;
    }
    if (spec.weekends) {
        return 2;
    }
    const days = new Set<number>();
    for (const range of spec.ranges) {
        const from = WEEKDAYS.indexOf(range.from);
        const to = range.to ? WEEKDAYS.indexOf(range.to) : from;
        if (from < 0 || to < 0) {
            continue;
        }
        for (let i = from; ; i = (i + 1) % 7) {
            days.add(i);
            if (i === to) {
                break;
            }
        }
    }
    return days.size;
}

/** How many times a week a frequency asks for something. */
export function perWeek(frequency: FrequencyLiteral): number {
    const perUnit = (unit: string | undefined): number => (unit ? 7 / (DAYS_PER_UNIT[unit] ?? 7) : 1);
    switch (frequency.named) {
        case 'daily': return 7;
        case 'weekly': return 1;
        case 'fortnightly': return 0.5;
        case 'monthly': return perUnit('month');
    }
    if (frequency.every !== undefined || (!frequency.once && !frequency.twice && frequency.times === undefined)) {
        const every = frequency.every ?? 1;
        return every > 0 ? perUnit(frequency.per) / every : 0;
    }
    const times = frequency.once ? 1 : frequency.twice ? 2 : (frequency.times ?? 1);
    return times * perUnit(frequency.per);
}

export function formatFrequency(frequency: FrequencyLiteral): string {
    if (frequency.named) {
        return frequency.named;
    }
    if (frequency.once || frequency.twice || frequency.times !== undefined) {
        const times = frequency.once ? 'once' : frequency.twice ? 'twice' : `${frequency.times} times`;
        return `${times} a ${frequency.per?.replace(/s$/, '')}`;
    }
    return frequency.every ? `every ${frequency.every} ${frequency.per}` : `every ${frequency.per}`;
}
