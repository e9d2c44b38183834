import { defineCheck } from '../../../core/check.js';
import { clockMinutes, parseIsoDate } from '../../../model/values.js';

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
        notTime: '{{value}} is not a time of day: write hours 00–23 and minutes 00–59, e.g. `19:00`',
        endsBeforeStart: 'The period ends ({{end}}) before it starts ({{start}}): put the later date after `to`'
    },
    visit: {
        DateLiteral(node, context) {
            if (parseIsoDate(node.value) === undefined) {
                context.report({ node, messageId: 'notDate', data: { value: node.value } });
            }
        },
        MadeOn(node, context) {
            if (parseIsoDate(node.date) === undefined) {
                context.report({ node, property: 'date', messageId: 'notDate', data: { value: node.date } });
            }
        },
        Person(node, context) {
            if (node.birthDate && parseIsoDate(node.birthDate) === undefined) {
                context.report({ node, property: 'birthDate', messageId: 'notDate', data: { value: node.birthDate } });
            }
        },
        TimeLiteral(node, context) {
            if (clockMinutes(node.value) === undefined) {
                context.report({ node, messageId: 'notTime', data: { value: node.value } });
            }
        },
        DateRangeTerm(node, context) {
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
