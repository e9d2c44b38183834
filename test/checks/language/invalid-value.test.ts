import { describeCheck } from '../../check-tester.js';

describeCheck('invalid-value', {
    valid: [
        { name: 'dates and times that exist', code: 'order "A".\nmade on 2028-02-29.\nin force from 2026-04-01 until 2026-05-01.\nrequirement curfew, at "x", from 23:59 to 00:00, for 2 months.\n' }
    ],
    invalid: [
        {
            name: 'impossible dates, times and ranges',
            code: 'order "A".\nmade on 2026-02-30.\nin force from 2026-05-01 until 2026-04-01.\nrequirement curfew, at "x", from 25:00 to 07:75, for 2 months.\n',
            findings: [
                { messageId: 'notDate', range: '2:9-2:19', rules: [], covered: '2026-02-30', severity: 'error', message: '2026-02-30 is not a date: write a date that exists, as year-month-day, e.g. `2026-03-14`' },
                { messageId: 'endsBeforeStart', range: '3:32-3:42', rules: [], covered: '2026-04-01', message: 'The period ends (2026-04-01) before it starts (2026-05-01): put the later date after `to`' },
                { messageId: 'notTime', range: '4:34-4:39', rules: [], covered: '25:00', message: '25:00 is not a time of day: write hours 00–23 and minutes 00–59, e.g. `19:00`' },
                { messageId: 'notTime', range: '4:43-4:48', rules: [], covered: '07:75' }
            ]
        },
        {
            name: 'a date written day/month/year, or with a two-digit year',
            code: 'order "A".\nmade on 02/06/2026.\nin force from 1/7/26 until 2026-12-31.\n',
            findings: [
                { messageId: 'notIsoDate', range: '2:9-2:19', rules: [], covered: '02/06/2026', severity: 'error', message: '`02/06/2026` is not a date as this language writes them: write it as year-month-day, `2026-06-02` if it means 2 June 2026 or `2026-02-06` if it means 6 February 2026' },
                { messageId: 'notIsoDateNoReading', range: '3:15-3:21', rules: [], covered: '1/7/26', message: '`1/7/26` is not a date as this language writes them: write the date as year-month-day, with the year in full, e.g. `2026-03-14`' }
            ]
        }
    ]
});
