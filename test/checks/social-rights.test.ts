import { describe, expect, it } from 'vitest';
import { ids, lint, lintWorkspace, findingsOfCheck } from '../helpers.js';

const ID = 'social-rights';

interface Expected { line: number; covered: string; rules: number[]; severity: string }

const findingsOf = (text: string) => findingsOfCheck(text, ID, { severity: true });

/** An order around some clauses (they start on line 4). */
const order = (...clauses: string[]) => `order "SR-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);

const warning = (text: string, line = 4): Expected => ({ line, covered: text, rules: [20], severity: 'warning' });

describe(`${ID}: failing orders`, () => {
    const failing: Array<[string, string, Expected[]]> = [
        ['housing benefit suspended', condition('The person\'s housing benefit will be suspended while the order is in force'), [warning('housing benefit will be suspended')]],
        ['loss of a pension', condition('Loss of his state pension for the duration of the order'), [warning('Loss of his state pension')]],
        ['no longer entitled (a negation that is the harm itself)', condition('The person is no longer entitled to unemployment benefit'), [warning('no longer entitled to unemployment benefit')]],
        ['a prohibition on voting', condition('The person must not vote in the municipal elections'), [warning('vote')]],
        ['a prohibition on claiming benefits', condition('The person may not claim housing benefit during the order'), [warning('claim housing benefit')]],
        ['signing off benefits', condition('The person must sign off benefits before starting unpaid work'), [warning('sign off benefits')]],
        ['disqualified from voting', condition('The person is disqualified from voting for two years'), [warning('disqualified from voting')]],
        ['a breach consequence', order('on breach:\n  significant non-compliance leads to "suspension of unemployment benefit".'), [warning('suspension of unemployment benefit', 5)]],
        ['a breach statement', order('on breach:\n  "On any breach, child benefit is stopped".'), [warning('child benefit is stopped', 5)]],
        ['one entitlement kept, another suspended', condition('His pension is suspended, not his housing benefit'), [warning('pension is suspended')]],
        ['an aside with "not" does not protect the benefit', condition('Benefits, which are not large, will be withheld'), [warning('Benefits, which are not large, will be withheld')]],
        ['German: unemployment benefit cancelled', order('written in German.', 'condition "Das Arbeitslosengeld wird während der Maßnahme gestrichen".'), [warning('Arbeitslosengeld wird während der Maßnahme gestrichen', 5)]],
        ['French: suspension of allowances', order('written in French.', 'condition "Les allocations seront suspendues pendant la mesure".'), [warning('allocations seront suspendues', 5)]]
    ];
    it.each(failing)('%s', async (_name, text, expected) => {
        expect(await findingsOf(text)).toEqual(expected);
    });
});

describe(`${ID}: passing orders`, () => {
    const passing: Array<[string, string]> = [
        ['benefits not affected', condition('The person\'s benefits and pension are not affected by this order')],
        ['will not be suspended', condition('Housing benefit will not be suspended')],
        ['nothing affects the vote', condition('Nothing in this order affects the person\'s right to vote')],
        ['a permission to vote', condition('The person may vote by post during the curfew')],
        ['the person keeps benefits', condition('The person keeps all social security benefits')],
        ['a negation around "no longer entitled"', condition('This order does not mean that the person is no longer entitled to benefits')],
        ['a restriction stated as part of the sentence', condition('Disqualification from voting for two years, imposed as part of the sentence, continues')],
        ['an exemption', condition('The person is not required to give up any allowance')],
        ['benefits mentioned to help', condition('The supervisor will help the person claim housing benefit')],
        ['a statement that the person claims benefits', condition('The person receives housing benefit')],
        ['German: not cancelled', order('written in German.', 'condition "Das Arbeitslosengeld wird nicht gestrichen".')],
        ['unrelated "benefit"', condition('The person will have the benefit of legal assistance at any hearing')]
    ];
    it.each(passing)('%s', async (_name, text) => {
        expect(await findingsOf(text)).toEqual([]);
    });
});

describe(`${ID}: messages and templates`, () => {
    it('writes the message without its own citation', async () => {
        const [finding] = (await lint(condition('The person must not vote'))).filter(f => f.checkId === ID);
        expect(finding.message).toBe('"vote" is forbidden to the person: an order must not limit social security or civic rights, unless the restriction is itself part of the sentence (Rule 20)');
    });

    it('shows a finding of a template in another file on the apply clause', async () => {
        const results = await lintWorkspace({
            'lib.sanction': 'template benefit-stop():\n  condition "Unemployment benefit is withdrawn".\n',
            'order.sanction': 'import "lib.sanction".\norder "SR-T".\nin force for 6 months.\napply benefit-stop.\n'
        });
        expect(ids(results['lib.sanction'], ID)).toEqual([`${ID}@2:14-2:47`]);
        expect(ids(results['order.sanction'], ID)).toEqual([`${ID}@4:1-4:20`]);
    });
});
