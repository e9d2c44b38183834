import { describeCheck } from '../check-tester.js';

const RULE_14 = 'Rule 14 has the law govern which sanctions and measures exist, how long they last and how they are carried out, and citing it lets the person check the order against it';

describeCheck('missing-legal-basis', {
    valid: [
        { name: 'a law cited', code: 'order "L-1".\nunder "Sentencing Act 2020, section 200".\nin force for 6 months.\n' },
        { name: 'several laws cited', code: 'order "L-1".\nunder "Code de procédure pénale, article 137" and "Code pénal, article 313-1".\n' },
        { name: 'a template file', code: 'template t():\n  requirement supervision, reporting weekly.\n' }
    ],
    invalid: [
        { name: 'no law cited', code: 'order "L-1".\nin force for 6 months.\n', findings: [{
            messageId: 'noLegalBasis', range: '1:7-1:12', rules: [14], covered: '"L-1"', severity: 'warning',
            message: `The order does not state the law it is made under; ${RULE_14}: consider stating it, e.g. \`under "Sentencing Act 2020, section 200".\` (Rule 14)`
        }] },
        { name: 'an empty law', code: 'order "L-1".\nunder "  ".\n', findings: [{
            messageId: 'emptyLegalBasis', range: '2:7-2:11', rules: [14], covered: '"  "', severity: 'warning',
            message: `The order's legal basis names no law; ${RULE_14}: consider naming the statute and provision, e.g. \`under "Sentencing Act 2020, section 200".\` (Rule 14)`
        }] }
    ],
    fixes: [
        { name: 'adds `under "…".` after the order\'s first sentence', code: 'order "L-1", community order.\nin force for 6 months.\n',
            output: ['order "L-1", community order.\nunder "…".\nin force for 6 months.\n'] }
    ]
});
