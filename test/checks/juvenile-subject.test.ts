import { describe, expect, it } from 'vitest';
import { lint } from '../helpers.js';
import { describeCheck } from '../check-tester.js';

const SCOPE = 'the Scope and purpose of these Rules leaves sanctions and measures specifically concerned with juveniles to Recommendation CM/Rec(2008)11, the Council of Europe\'s Rules on juvenile offenders: ' +
    'if this order is such a measure, check it against CM/Rec(2008)11 as well';

describeCheck('juvenile-subject', {
    valid: [
        { name: 'an adult', code: 'order "J-1".\nmade on 2026-03-14.\nperson "A", born on 1991-07-02.\n' },
        { name: '18 on the day the order is made', code: 'order "J-1".\nmade on 2026-03-14.\nperson "A", born on 2008-03-14.\n' },
        { name: 'aged 18', code: 'order "J-1".\nperson "A", aged 18.\n' },
        { name: 'a birth date with no date of the order, and no age', code: 'order "J-1".\nperson "A", born on 2010-01-01.\n' },
        { name: 'born after the order was made (a typing mistake, not an age)', code: 'order "J-1".\nmade on 2026-03-14.\nperson "A", born on 2027-01-01.\n' }
    ],
    invalid: [
        { name: '17 on the day the order is made', code: 'order "J-1".\nmade on 2026-03-14.\nperson "A", convicted, born on 2008-03-15.\n', findings: [{
            messageId: 'underAgeOnDate', range: '3:32-3:42', rules: [], covered: '2008-03-15', severity: 'warning',
            message: `The person is 17 on the day the order was made; ${SCOPE}; if the birth date is wrong, correct it, e.g. \`born on 1991-07-02\` (CM/Rec(2017)3, Scope and purpose)`
        }] },
        { name: 'aged 16', code: 'order "J-1".\nperson "A", aged 16.\n', findings: [{
            messageId: 'underAgeStated', range: '2:18-2:20', rules: [], covered: '16', severity: 'warning',
            message: `The person is stated to be 16; ${SCOPE}; if the age is wrong, correct it, e.g. \`aged 34\` (CM/Rec(2017)3, Scope and purpose)`
        }] },
        { name: 'the birth date wins over a stated age', code: 'order "J-1".\nmade on 2026-03-14.\nperson "A", aged 18, born on 2010-05-05.\n', findings: [{
            messageId: 'underAgeOnDate', range: '3:30-3:40', rules: [], covered: '2010-05-05', severity: 'warning'
        }] }
    ],
    fixes: [
        { name: 'offers no fix: the order is checked against the other instrument', code: 'order "J-1".\nmade on 2026-03-14.\nperson "A", born on 2010-05-05.\n', output: [] }
    ]
});

describe('juvenile-subject: what it cites', () => {
    it('cites Scope and purpose, not a numbered Rule', async () => {
        const [finding] = (await lint('order "J-1".\nmade on 2026-03-14.\nperson "A", born on 2010-05-05.\n')).filter(f => f.checkId === 'juvenile-subject');
        expect(finding.provisions).toEqual(['Scope and purpose']);
        expect(finding.rules).toEqual([]);
    });
});
