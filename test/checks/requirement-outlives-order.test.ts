import { describe, expect, it } from 'vitest';
import { describeCheck } from '../check-tester.js';
import { lint } from '../helpers.js';

/** An order made on 2026-03-14 with the given term and clauses. */
function order(term: string, ...clauses: string[]): string {
    return ['order "R-1".', 'made on 2026-03-14.', term, ...clauses].join('\n') + '\n';
}

const TEMPLATE = 'template home-curfew(length: duration = 3 months):\n  requirement curfew, at "1 Road", from 19:00 to 07:00, for length.\n';

const UNCLEAR = 'so it is unclear which end binds the person; Rule 15 asks that obligations be clear and explicit: end the requirement with the order or before it';

const LONGER = order('in force for 12 months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 18 months.');
const IN_YEARS = 'order "R-2".\nin force for 1 year.\nrequirement supervision, reporting weekly, for 13 months.\n';
const IN_DAYS = 'order "R-2".\nin force for 12 months.\nrequirement supervision, reporting weekly, for 400 days.\n';
const END_DATE = order('in force for 12 months.', 'requirement residence, at "1 Road", until 2027-06-01.');
const DATE_RANGE = order('in force from 2026-02-02 until 2026-08-01.', 'requirement supervision, reporting weekly, for 9 months.');
const COMPLETION = order('in force for 12 months.', 'requirement unpaid work, 120 hours, completed within 18 months.');
const COMPLETION_UNDATED = 'order "R-2".\nin force for 12 months.\nrequirement unpaid work, 120 hours, completed within 18 months.\n';
const ARGUMENT = TEMPLATE + order('in force for 6 months.', 'apply home-curfew with length 9 months.');
const COMMENTED = order('in force for 12 /* twelve, as sentenced */\n  months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 18 months.');
const EXTENDABLE = order('in force for 12 months, extendable by up to 6 months, reviewed every 3 months.', 'requirement supervision, reporting weekly, for 15 months.');

describeCheck('requirement-outlives-order', {
    valid: [
        // A term past any date the calendar can write is weighed as a length, not turned into a date (the fuzzer's internal error).
        { name: 'an order whose term runs past the calendar, with a dated requirement', code: order('in force for 9740993 months.', 'requirement residence, at "1 Road", until 2026-09-13.') },
        { name: 'a shorter requirement', code: order('in force for 12 months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 6 months.') },
        { name: 'a requirement as long as the order, in months', code: order('in force for 12 months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 12 months.') },
        { name: 'a requirement as long as the order, in years', code: order('in force for 1 year.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 12 months.') },
        { name: '52 weeks in a 12-month order', code: order('in force for 12 months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 52 weeks.') },
        { name: 'an end date on the order\'s last day', code: order('in force for 12 months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, until 2027-03-14.') },
        { name: 'the same end date as the order', code: order('in force until 2026-08-01.', 'requirement residence, at "1 Road", until 2026-08-01.') },
        { name: 'a requirement with no term of its own', code: order('in force for 12 months.', 'requirement supervision, reporting weekly.') },
        { name: 'unpaid work completed within the order', code: order('in force for 12 months.', 'requirement unpaid work, 120 hours, completed within 12 months.') },
        { name: 'an open-ended order (open-ended-duration reports it)', code: order('in force until further order.', 'requirement supervision, reporting weekly, for 24 months.') },
        { name: '366 days against 12 months with no date to count from', code: 'order "R-2".\nin force for 12 months.\nrequirement supervision, reporting weekly, for 366 days.\n' },
        { name: 'a template applied with a length inside the order', code: TEMPLATE + order('in force for 6 months.', 'apply home-curfew with length 4 months.') },
        { name: 'a template\'s own body (it has no order)', code: 'template t():\n  requirement supervision, reporting weekly, for 36 months.\n' }
    ],
    invalid: [
        { name: 'a longer requirement, dated from the order', code: LONGER, findings: [{
            messageId: 'runsPastEnd', range: '4:55-4:68', rules: [14, 15], covered: 'for 18 months', severity: 'warning',
            message: `This curfew requirement runs for 18 months, to 2027-09-14, past the end of the order on 2027-03-14, ${UNCLEAR}, e.g. \`for 12 months\` (Rules 14 and 15)`
        }] },
        { name: 'a longer requirement, lengths compared', code: IN_YEARS, findings: [{
            messageId: 'runsLonger', range: '3:44-3:57', rules: [14, 15], covered: 'for 13 months', severity: 'warning',
            message: `This supervision requirement runs for 13 months, longer than the order, which is in force for 1 year, ${UNCLEAR}, e.g. \`for 1 year\` (Rules 14 and 15)`
        }] },
        { name: 'days against months with no date', code: IN_DAYS, findings: [{ messageId: 'runsLonger', range: '3:44-3:56', rules: [14, 15], covered: 'for 400 days', severity: 'warning' }] },
        { name: 'an end date after the order\'s end', code: END_DATE, findings: [{
            messageId: 'untilPastEnd', range: '4:37-4:53', rules: [14, 15], covered: 'until 2027-06-01', severity: 'warning',
            message: `This residence requirement runs until 2027-06-01, past the end of the order on 2027-03-14, ${UNCLEAR}, e.g. \`until 2027-03-14\` (Rules 14 and 15)`
        }] },
        { name: 'a length past an order given as dates', code: DATE_RANGE, findings: [{
            messageId: 'runsPastEnd', range: '4:44-4:56', rules: [14, 15], covered: 'for 9 months', severity: 'warning',
            message: `This supervision requirement runs for 9 months, to 2026-11-02, past the end of the order on 2026-08-01, ${UNCLEAR}, e.g. \`until 2026-08-01\` (Rules 14 and 15)`
        }] },
        { name: 'a completion period past the order', code: COMPLETION, findings: [{
            messageId: 'completedPastEnd', range: '4:37-4:63', rules: [14, 15], covered: 'completed within 18 months', severity: 'warning',
            message: `This unpaid work requirement is to be completed within 18 months, to 2027-09-14, past the end of the order on 2027-03-14, ${UNCLEAR}, e.g. \`completed within 12 months\` (Rules 14 and 15)`
        }] },
        { name: 'a completion period longer than an undated order', code: COMPLETION_UNDATED, findings: [{
            messageId: 'completedLonger', range: '3:37-3:63', rules: [14, 15], covered: 'completed within 18 months',
            message: `This unpaid work requirement is to be completed within 18 months, longer than the order, which is in force for 12 months, ${UNCLEAR}, e.g. \`completed within 12 months\` (Rules 14 and 15)`
        }] },
        { name: 'a completion period past an order given as dates (no fix: the order has no length to copy)',
            code: order('in force from 2026-02-02 until 2026-08-01.', 'requirement unpaid work, 120 hours, completed within 12 months.'), findings: [{
                messageId: 'completedPastEnd', range: '4:37-4:63', rules: [14, 15], covered: 'completed within 12 months',
                message: `This unpaid work requirement is to be completed within 12 months, to 2027-02-02, past the end of the order on 2026-08-01, ${UNCLEAR}, e.g. \`completed within 5 months\` (Rules 14 and 15)`
            }] },
        { name: 'a template argument longer than the order', code: ARGUMENT, findings: [{
            messageId: 'runsPastEnd', range: '6:31-6:39', rules: [14, 15], covered: '9 months', severity: 'warning',
            message: `The curfew requirement brought in by 'home-curfew' runs for 9 months, to 2026-12-14, past the end of the order on 2026-09-14, ${UNCLEAR}, e.g. \`6 months\` (Rules 14 and 15)`
        }] },
        { name: 'a template default longer than the order', code: TEMPLATE + order('in force for 2 months.', 'apply home-curfew.'), findings: [{
            messageId: 'runsPastEnd', range: '6:7-6:18', rules: [14, 15], covered: 'home-curfew', severity: 'warning'
        }] },
        { name: 'the order\'s length quoted by its words, without the comment and the line break inside it', code: COMMENTED, findings: [{
            messageId: 'runsPastEnd', range: '5:55-5:68', rules: [14, 15], covered: 'for 18 months', severity: 'warning',
            message: `This curfew requirement runs for 18 months, to 2027-09-14, past the end of the order on 2027-03-14, ${UNCLEAR}, e.g. \`for 12 months\` (Rules 14 and 15)`
        }] },
        { name: 'an extendable order: an extension is not for a requirement to assume', code: EXTENDABLE, findings: [{
            messageId: 'pastExtendableOrder', range: '4:44-4:57', rules: [14, 15], covered: 'for 15 months',
            message: 'This supervision requirement (`for 15 months`) runs past the end of the order as made (`in force for 12 months`); the order may be extended, but that is for the deciding authority to decide later, not for a requirement to assume, and Rule 15 asks that obligations be clear and explicit: end the requirement with the order or before it, e.g. `for 12 months` (Rules 14 and 15)'
        }] }
    ],
    fixes: [
        { name: 'the order\'s length in place of a longer requirement\'s', code: LONGER,
            output: [order('in force for 12 months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 12 months.')] },
        { name: 'the order\'s length as written (1 year)', code: IN_YEARS,
            output: ['order "R-2".\nin force for 1 year.\nrequirement supervision, reporting weekly, for 1 year.\n'] },
        { name: 'the order\'s length in place of a length in days', code: IN_DAYS,
            output: ['order "R-2".\nin force for 12 months.\nrequirement supervision, reporting weekly, for 12 months.\n'] },
        { name: 'the order\'s end date in place of a later one', code: END_DATE,
            output: [order('in force for 12 months.', 'requirement residence, at "1 Road", until 2027-03-14.')] },
        { name: 'the end date of an order given as dates, in place of a length', code: DATE_RANGE,
            output: [order('in force from 2026-02-02 until 2026-08-01.', 'requirement supervision, reporting weekly, until 2026-08-01.')] },
        { name: 'the order\'s length as the completion period', code: COMPLETION,
            output: [order('in force for 12 months.', 'requirement unpaid work, 120 hours, completed within 12 months.')] },
        { name: 'the order\'s length as the template argument', code: ARGUMENT,
            output: [TEMPLATE + order('in force for 6 months.', 'apply home-curfew with length 6 months.')] },
        { name: 'the order\'s length by its words, the comment left where it is', code: COMMENTED,
            output: [order('in force for 12 /* twelve, as sentenced */\n  months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 12 months.')] },
        { name: 'the order\'s term as made, for an extendable order', code: EXTENDABLE,
            output: [order('in force for 12 months, extendable by up to 6 months, reviewed every 3 months.', 'requirement supervision, reporting weekly, for 12 months.')] }
    ]
});

describe('requirement-outlives-order: no fix in the order for a template\'s default', () => {
    it('leaves the template alone (the template is not wrong)', async () => {
        const [finding] = (await lint(TEMPLATE + order('in force for 2 months.', 'apply home-curfew.'))).filter(f => f.checkId === 'requirement-outlives-order');
        expect(finding.messageId).toBe('runsPastEnd');
        expect(finding.fixes ?? []).toEqual([]);
    });
});
