/**
 * A date written out in English: `2 June 2026`, `2nd june 2026` (day first, the form the grammar's
 * DATE terminal reads besides ISO), and `June 2, 2026` (month first, which the grammar does not
 * read and the check of valid values suggests an ISO form for). The one definition of that form:
 * the value converter and the check of valid values read dates through it; the grammar's terminal
 * (sanction.langium, which cannot import) is held to it by test/model/written-date.test.ts.
 */

/** The month names the grammar's DATE terminal accepts, in any case. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The letters an English date may write after the day's number (1st, 2nd, 3rd, 4th). */
const ORDINAL = '(?:st|nd|rd|th)?';
const MONTH = `(?:${MONTH_NAMES.join('|')})`;

/**
 * Expression sources without capturing groups, to be embedded in a larger expression (compile
 * with the `i` flag): day first (`2nd June 2026`), month first (`June 2, 2026`).
 */
export const WRITTEN_DATE_SOURCE = {
    dayFirst: `\\d{1,2}${ORDINAL}\\s+${MONTH}\\s+\\d{4}`,
    monthFirst: `${MONTH}\\s+\\d{1,2}${ORDINAL},?\\s+\\d{4}`
} as const;

const DAY_FIRST = new RegExp(`^(\\d{1,2})${ORDINAL}\\s+(${MONTH})\\s+(\\d{4})$`, 'i');
const MONTH_FIRST = new RegExp(`^(${MONTH})\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})$`, 'i');

/** The numbers of a written date; `month` is 1–12. The date need not exist (`31 June 2026`). */
export interface WrittenDate {
    readonly year: number;
    readonly month: number;
    readonly day: number;
}

/**
 * The day, month and year of a whole text that is a written date (spaces around it ignored); the
 * month-first form only when asked for, since the grammar does not read it.
 */
export function readWrittenDate(text: string, options: { monthFirst?: boolean } = {}): WrittenDate | undefined {
    const trimmed = text.trim();
    const dayFirst = DAY_FIRST.exec(trimmed);
    const monthFirst = dayFirst || !options.monthFirst ? undefined : MONTH_FIRST.exec(trimmed);
    const [day, name, year] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
    if (day === undefined || name === undefined || year === undefined) {
        return undefined;
    }
    const month = MONTH_NAMES.findIndex(m => m.toLowerCase() === name.toLowerCase()) + 1;
    return { year: Number(year), month, day: Number(day) };
}
