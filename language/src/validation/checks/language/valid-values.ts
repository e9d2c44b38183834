import { defineCheck } from '../../../core/check.js';
import { clockMinutes, parseIsoDate } from '../../../model/values.js';
import { MONTH_NAMES, readWrittenDate, WRITTEN_DATE_SOURCE } from '../../../parsing/written-date.js';
import { joinOr } from '../../wording.js';

/**
 * Dates as drafters write them elsewhere: 02/06/2026, 2.6.2026, 2 June 2026, June 2, 2026. The
 * scan passes over quoted text and comments, where anything may be written.
 */
const SCAN = new RegExp([
    /"(?:\\[^\r\n]|[^"\\\r\n])*"?|\u201C[^\u201D\r\n]*\u201D?/.source,
    /\/\/[^\r\n]*|\/\*[\s\S]*?(?:\*\/|$)/.source,
    /(?<![\w./-])(?<numeric>\d{1,2}([/.])\d{1,2}\2\d{2,4})(?![\w/]|\.\d)/.source,
    `(?<![\\w.])(?<named>${WRITTEN_DATE_SOURCE.dayFirst}|${WRITTEN_DATE_SOURCE.monthFirst})(?![\\w])`
].join('|'), 'giu');

function iso(year: number, month: number, day: number): string | undefined {
    const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return parseIsoDate(text) === undefined ? undefined : text;
}

/** "`2026-06-02` if it means 2 June 2026 or `2026-02-06` if it means 6 February 2026"; undefined when no reading is a date. */
function readingsOf(written: string): string | undefined {
    let readings: Array<[string, number, number, number]> = [];
    const numeric = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(written);
    if (numeric) {
        const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
        // Day first (as in most of Europe), then month first (as in the United States).
        for (const [day, month] of [[a, b], [b, a]]) {
            const text = iso(year, month, day);
            if (text && !readings.some(r => r[0] === text)) {
                readings.push([text, year, month, day]);
            }
        }
    }
    const named = readWrittenDate(written, { monthFirst: true });
    if (named) {
        const { year, month, day } = named;
        const text = iso(year, month, day);
        readings = text ? [[text, year, month, day]] : [];
    }
    if (readings.length === 0) {
        return undefined;
    }
    if (readings.length === 1) {
        return `\`${readings[0][0]}\``;
    }
    return joinOr(readings.map(([text, year, month, day]) => `\`${text}\` if it means ${day} ${MONTH_NAMES[month - 1]} ${year}`));
}

/** Dates and times exist or are typing mistakes: 2026-02-30 and 25:00 are not values. */
export const validValues = defineCheck({
    id: 'invalid-value',
    title: 'Impossible date, time or range',
    family: 'language',
    rules: [],
    severity: 'error',
    summary: 'Finds dates and clock times that do not exist, and date ranges that end before they start.',
    messages: {
        notDate: '{{value}} is not a date: write a date that exists, as year-month-day, e.g. `2026-03-14`',
        notIsoDate: '`{{written}}` is not a date as this language writes them: write it as year-month-day, {{readings}}',
        notIsoDateNoReading: '`{{written}}` is not a date as this language writes them: write the date as year-month-day, with the year in full, e.g. `2026-03-14`',
        notTime: '{{value}} is not a time of day: write hours 00–23 and minutes 00–59, e.g. `19:00`',
        endsBeforeStart: 'The period ends ({{end}}) before it starts ({{start}}): put the later date after `to`'
    },
    visit: {
        SanctionFile(file, context) {
            // A date written another way is not read as a date at all (the parser stops at it, and
            // the clause has no date): say how to write it, with its reading(s) as year-month-day.
            const text = context.document.textDocument.getText();
            const syntaxErrorAt = new Set(context.document.parseResult.lexerErrors.map(e => e.offset)
                .concat(context.document.parseResult.parserErrors.map(e => e.token.startOffset)));
            for (const match of text.matchAll(SCAN)) {
                const written = match.groups?.numeric ?? match.groups?.named;
                if (!written) {
                    continue;
                }
                const start = match.index! + match[0].indexOf(written);
                const end = start + written.length;
                // A form the grammar reads ("2 June 2026", once it does) is no finding: only where the parser stopped.
                if (match.groups?.named && ![...syntaxErrorAt].some(offset => offset >= start && offset < end)) {
                    continue;
                }
                const readings = readingsOf(written);
                const range = { start: context.document.textDocument.positionAt(start), end: context.document.textDocument.positionAt(end) };
                context.report({ node: file, range, messageId: readings ? 'notIsoDate' : 'notIsoDateNoReading', data: { written, ...(readings ? { readings } : {}) } });
            }
        },
        DateLiteral(node, context) {
            // (No value: the parser found no date here and has said so.)
            if (node.value !== undefined && parseIsoDate(node.value) === undefined) {
                context.report({ node, messageId: 'notDate', data: { value: node.value } });
            }
        },
        MadeOn(node, context) {
            if (node.date !== undefined && parseIsoDate(node.date) === undefined) {
                context.report({ node, property: 'date', messageId: 'notDate', data: { value: node.date } });
            }
        },
        Person(node, context) {
            if (node.birthDate && parseIsoDate(node.birthDate) === undefined) {
                context.report({ node, property: 'birthDate', messageId: 'notDate', data: { value: node.birthDate } });
            }
        },
        TimeLiteral(node, context) {
            if (node.value !== undefined && clockMinutes(node.value) === undefined) {
                context.report({ node, messageId: 'notTime', data: { value: node.value } });
            }
        },
        DateRangeTerm(node, context) {
            if (node.end === undefined) {
                return;
            }
            const end = parseIsoDate(node.end);
            if (end === undefined) {
                context.report({ node, property: 'end', messageId: 'notDate', data: { value: node.end } });
                return;
            }
            if (node.start) {
                const start = parseIsoDate(node.start);
                if (start === undefined) {
                    context.report({ node, property: 'start', messageId: 'notDate', data: { value: node.start } });
                } else if (end <= start) {
                    context.report({ node, property: 'end', messageId: 'endsBeforeStart', data: { end: node.end, start: node.start } });
                }
            }
        },
        Consent(node, context) {
            if (node.date && parseIsoDate(node.date) === undefined) {
                context.report({ node, property: 'date', messageId: 'notDate', data: { value: node.date } });
            }
        }
    }
});
