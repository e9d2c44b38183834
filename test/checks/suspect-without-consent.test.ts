import { describeCheck } from '../check-tester.js';

/** An order made on 2026-02-02 with the given header and clauses. */
function order(header: string, ...clauses: string[]): string {
    return [header, 'made on 2026-02-02.', ...clauses, 'in force for 6 months.', 'requirement residence, at "1 Road".'].join('\n') + '\n';
}

describeCheck('suspect-without-consent', {
    valid: [
        { name: 'a suspect who consented', code: order('order "P-1".', 'person "Luca Marino", suspect.', 'consent informed and explicit, given on 2026-02-02, in writing.') },
        { name: 'a pre-trial measure with consent given', code: order('order "P-1", pre-trial measure.', 'person "Luca Marino".', 'consent given.') },
        { name: 'a convicted person', code: order('order "P-1".', 'person "Luca Marino", convicted.') },
        { name: 'a pre-trial measure on a person recorded as convicted (status decides)', code: order('order "P-1", pre-trial measure.', 'person "Luca Marino", convicted.') },
        { name: 'a person with no status, in a community order', code: order('order "P-1", community order.', 'person "Luca Marino".') }
    ],
    invalid: [
        { name: 'a suspect with no consent', code: order('order "P-1".', 'person "Luca Marino", suspect.'), findings: [{
            messageId: 'noConsent', range: '3:23-3:30', rules: [59], covered: 'suspect', severity: 'warning',
            message: 'The order records no consent of the suspect to the measure; Rule 59 asks that a suspect\'s consent be obtained before a measure is imposed ahead of trial or in place of a sentencing decision, unless the law provides otherwise: ' +
                'record it, e.g. `consent given on 2026-02-02, in writing.`, or cite the law that provides otherwise, e.g. `under "Code de procédure pénale, article 138".` (Rule 59)'
        }] },
        { name: 'a pre-trial measure with no consent', code: order('order "P-1", pre-trial measure.', 'person "Luca Marino".'), findings: [{
            messageId: 'noConsent', range: '1:14-1:31', rules: [59], covered: 'pre-trial measure', severity: 'warning',
            message: 'The order records no consent of the person to the measure; Rule 59 asks that a suspect\'s consent be obtained before a measure is imposed ahead of trial or in place of a sentencing decision, unless the law provides otherwise: ' +
                'record it, e.g. `consent given on 2026-02-02, in writing.`, or cite the law that provides otherwise, e.g. `under "Code de procédure pénale, article 138".` (Rule 59)'
        }] },
        { name: 'a suspect whose consent to treatment is recorded, but not to the measure',
            code: order('order "P-1".', 'person "Luca Marino", suspect.', 'requirement drug treatment, provided by "X", consent informed and explicit, given.'),
            findings: [{ messageId: 'noConsent', range: '3:23-3:30', rules: [59], covered: 'suspect', severity: 'warning' }] },
        { name: 'a suspect who refused', code: order('order "P-1", pre-trial measure.', 'person "Luca Marino", suspect.', 'consent refused.'), findings: [{
            messageId: 'refused', range: '4:1-4:17', rules: [59], covered: 'consent refused.', severity: 'warning',
            message: 'The order imposes the measure although the suspect is recorded as refusing consent; Rule 59 asks that a suspect\'s consent be obtained first, unless the law provides otherwise: ' +
                'cite the law that allows the measure without consent, e.g. `under "Code de procédure pénale, article 138".`, or record consent if it is given later, e.g. `consent given on 2026-02-02, in writing.` (Rule 59)'
        }] }
    ],
    fixes: [
        { name: 'the consent goes after the person, dated with the order',
            code: order('order "P-1".', 'person "Luca Marino", suspect.'),
            output: [order('order "P-1".', 'person "Luca Marino", suspect.', 'consent given on 2026-02-02, in writing.')] },
        { name: 'records consent to a pre-trial measure',
            code: order('order "P-1", pre-trial measure.', 'person "Luca Marino".'),
            output: [order('order "P-1", pre-trial measure.', 'person "Luca Marino".', 'consent given on 2026-02-02, in writing.')] },
        { name: 'records consent to the measure beside a consent to treatment',
            code: order('order "P-1".', 'person "Luca Marino", suspect.', 'requirement drug treatment, provided by "X", consent informed and explicit, given.'),
            output: [order('order "P-1".', 'person "Luca Marino", suspect.', 'consent given on 2026-02-02, in writing.', 'requirement drug treatment, provided by "X", consent informed and explicit, given.')] },
        { name: 'offers no fix for a refusal',
            code: order('order "P-1", pre-trial measure.', 'person "Luca Marino", suspect.', 'consent refused.'),
            output: [] }
    ]
});
