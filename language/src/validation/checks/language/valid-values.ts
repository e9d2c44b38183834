import { defineCheck } from '../../../core/check.js';
import { clockMinutes, parseIsoDate } from '../../../model/values.js';

/** Dates and times must exist: 2026-02-30 and 25:00 are typing mistakes, not values. */
export const validValues = defineCheck({
    id: 'invalid-value',
    title: 'Impossible date, time or range',
    family: 'language',
    rules: [],
    severity: 'error',
    summary: 'Finds dates and clock times that do not exist, and date ranges that end before they start.',
    visit: {
        DateLiteral(node, context) {
            if (parseIsoDate(node.value) === undefined) {
                context.report({ node, message: `${node.value} is not a date` });
            }
        },
        MadeOn(node, context) {
            if (parseIsoDate(node.date) === undefined) {
                context.report({ node, property: 'date', message: `${node.date} is not a date` });
            }
        },
        Person(node, context) {
            if (node.birthDate && parseIsoDate(node.birthDate) === undefined) {
                context.report({ node, property: 'birthDate', message: `${node.birthDate} is not a date` });
            }
        },
        TimeLiteral(node, context) {
            if (clockMinutes(node.value) === undefined) {
                context.report({ node, message: `${node.value} is not a time of day` });
            }
        },
        DateRangeTerm(node, context) {
            const end = parseIsoDate(node.end);
            if (end === undefined) {
                context.report({ node, property: 'end', message: `${node.end} is not a date` });
                return;
            }
            if (node.start) {
                const start = parseIsoDate(node.start);
                if (start === undefined) {
                    context.report({ node, property: 'start', message: `${node.start} is not a date` });
                } else if (end <= start) {
                    context.report({ node, property: 'end', message: `The period ends (${node.end}) before it starts (${node.start})` });
                }
            }
        },
        Consent(node, context) {
            if (node.date && parseIsoDate(node.date) === undefined) {
                context.report({ node, property: 'date', message: `${node.date} is not a date` });
            }
        }
    }
});
