import { describeCheck, type ExpectedFinding, rangeOf } from '../check-tester.js';

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "SR-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);

/** A case whose one finding covers `phrase` on `line`. */
function one(name: string, code: string, messageId: string, phrase: string, line = 4, extra: Partial<ExpectedFinding> = {}) {
    return { name, code, findings: [{ messageId, range: rangeOf(code, phrase, line), rules: [20], covered: phrase, severity: 'warning' as const, ...extra }] };
}

const LIBRARY = 'template benefit-stop():\n  condition "Unemployment benefit is withdrawn".\n';
const APPLY = 'import "lib.sanction".\norder "SR-T".\nin force for 6 months.\napply benefit-stop.\n';

describeCheck('social-rights', {
    valid: [
        { name: 'benefits not affected', code: condition('The person\'s benefits and pension are not affected by this order') },
        { name: 'will not be suspended', code: condition('Housing benefit will not be suspended') },
        { name: 'nothing affects the vote', code: condition('Nothing in this order affects the person\'s right to vote') },
        { name: 'a permission to vote', code: condition('The person may vote by post during the curfew') },
        { name: 'the person keeps benefits', code: condition('The person keeps all social security benefits') },
        { name: 'a negation around "no longer entitled"', code: condition('This order does not mean that the person is no longer entitled to benefits') },
        { name: 'a restriction stated as part of the sentence', code: condition('Disqualification from voting for two years, imposed as part of the sentence, continues') },
        { name: 'an exemption', code: condition('The person is not required to give up any allowance') },
        { name: 'benefits mentioned to help', code: condition('The supervisor will help the person claim housing benefit') },
        { name: 'a statement that the person claims benefits', code: condition('The person receives housing benefit') },
        { name: 'German: not cancelled', code: order('written in German.', 'condition "Das Arbeitslosengeld wird nicht gestrichen".') },
        { name: 'unrelated "benefit"', code: condition('The person will have the benefit of legal assistance at any hearing') }
    ],
    invalid: [
        one('housing benefit suspended', condition('The person\'s housing benefit will be suspended while the order is in force'), 'loss', 'housing benefit will be suspended', 4, {
            message: '"housing benefit will be suspended" takes away social security or civic rights as part of the order; Rule 20 asks that a sanction not limit them, unless the restriction is itself part of the sentence: drop it, or say that they are kept, e.g. `condition "The person\'s benefits and pension are not affected by this order".` (Rule 20)'
        }),
        one('loss of a pension', condition('Loss of his state pension for the duration of the order'), 'loss', 'Loss of his state pension'),
        one('no longer entitled (a negation that is the harm itself)', condition('The person is no longer entitled to unemployment benefit'), 'loss', 'no longer entitled to unemployment benefit'),
        one('a prohibition on voting', condition('The person must not vote in the municipal elections'), 'exercise', 'vote', 4, {
            message: '"vote" is forbidden to the person; Rule 20 asks that a sanction not limit social security or other civic rights, unless the restriction is itself part of the sentence: drop it, or say that the court imposed it as part of the sentence, e.g. `condition "Disqualification from voting for two years, imposed as part of the sentence, continues".` (Rule 20)'
        }),
        one('a prohibition on claiming benefits', condition('The person may not claim housing benefit during the order'), 'exercise', 'claim housing benefit'),
        one('signing off benefits', condition('The person must sign off benefits before starting unpaid work'), 'loss', 'sign off benefits'),
        one('disqualified from voting', condition('The person is disqualified from voting for two years'), 'loss', 'disqualified from voting'),
        one('a breach consequence', order('on breach:\n  significant non-compliance leads to "suspension of unemployment benefit".'), 'loss', 'suspension of unemployment benefit', 5),
        one('a breach statement', order('on breach:\n  "On any breach, child benefit is stopped".'), 'loss', 'child benefit is stopped', 5),
        one('one entitlement kept, another suspended', condition('His pension is suspended, not his housing benefit'), 'loss', 'pension is suspended'),
        one('an aside with "not" does not protect the benefit', condition('Benefits, which are not large, will be withheld'), 'loss', 'Benefits, which are not large, will be withheld'),
        one('German: unemployment benefit cancelled', order('written in German.', 'condition "Das Arbeitslosengeld wird während der Maßnahme gestrichen".'), 'loss', 'Arbeitslosengeld wird während der Maßnahme gestrichen', 5),
        one('French: suspension of allowances', order('written in French.', 'condition "Les allocations seront suspendues pendant la mesure".'), 'loss', 'allocations seront suspendues', 5),
        {
            name: 'a finding of a template in another file, on the apply clause',
            code: { main: 'order.sanction', files: { 'lib.sanction': LIBRARY, 'order.sanction': APPLY } },
            findings: [{ messageId: 'loss', range: '4:1-4:20', rules: [20] }]
        },
        {
            name: 'a finding of a template, where the template is written',
            code: { main: 'lib.sanction', files: { 'lib.sanction': LIBRARY, 'order.sanction': APPLY } },
            findings: [{ messageId: 'loss', range: '2:14-2:47', rules: [20], covered: 'Unemployment benefit is withdrawn' }]
        }
    ]
});
