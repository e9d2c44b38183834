import { describe, expect, test } from 'vitest';
import { URI } from 'vscode-uri';
import { covered, lint, testServices } from '../helpers.js';

/** A compliant order around one condition on line 12, so only the condition's findings show. */
function orderWith(...lines: string[]): string {
    return [
        'order "S-1".', 'made on 2026-03-14.', 'decided by "Exeter Crown Court".', 'implemented by "Probation Service".',
        'under "Sentencing Act 2020, s. 200".', 'person "P", convicted, understands English.', 'offence "Theft", seriousness minor.',
        'in force for 6 months, reviewed every 3 months.', 'early termination by "Exeter Crown Court" after 3 months.',
        'on breach:', '  significant non-compliance leads to referral to the deciding authority.',
        ...lines,
        'rights:', '  appeal to "Court of Appeal" within 28 days.', '  complaints to "Probation complaints".', '  notice in English, in writing.',
        '  hearing before "Exeter Crown Court" with legal assistance and access to the documents.'
    ].join('\n') + '\n';
}

const VAGUE = 'condition "You must be of good behaviour", for 6 months.';
const ids = async (text: string) => (await lint(text)).map(f => `${f.checkId}@${f.range.start.line + 1}`).filter(id => /vague-term|suppression/.test(id));

describe('suppression comments', () => {
    test('without a suppression the finding shows', async () => {
        expect(await ids(orderWith(VAGUE))).toEqual(['vague-term@12']);
    });

    test('a suppression with a reason silences that check on the next sentence', async () => {
        expect(await ids(orderWith('// sanction-ignore vague-term -- the statute defines good behaviour in s. 12', VAGUE))).toEqual([]);
    });

    test('blank lines and other comments between the suppression and the sentence are passed over', async () => {
        expect(await ids(orderWith('// sanction-ignore vague-term -- the statute defines good behaviour in s. 12', '', '// (condition agreed at the hearing)', VAGUE))).toEqual([]);
    });

    test('lines ended by a lone CR (old Mac files) are lines, as the editor counts them', async () => {
        const comment = '// sanction-ignore vague-term -- the statute defines good behaviour in s. 12';
        const text = (lineEnd: string) => orderWith(comment, VAGUE).replace(/\n/g, lineEnd);
        expect(await ids(text('\r'))).toEqual([]);
        expect(await ids(text('\r\n'))).toEqual([]);
        expect(await ids(orderWith(VAGUE).replace(/\n/g, '\r'))).toEqual(['vague-term@12']);
    });

    test('without a reason it silences nothing and is reported', async () => {
        const text = orderWith('// sanction-ignore vague-term', VAGUE);
        const findings = (await lint(text)).filter(f => /vague-term|suppression/.test(f.checkId));
        expect(findings.map(f => [f.checkId, f.range.start.line + 1, f.severity])).toEqual([
            ['invalid-suppression', 12, 'warning'],
            ['vague-term', 13, 'warning']
        ]);
        const invalid = findings[0];
        expect(covered(text, invalid)).toBe('// sanction-ignore vague-term');
        expect(invalid.message).toBe("This suppression gives no reason: say why the court keeps this wording, after '--' (a few words at least); until then it silences nothing");
        expect(invalid.rules).toEqual([]);
        expect(invalid.docsUrl).toMatch(/docs\/checks\/invalid-suppression\.md$/);
    });

    test('an unknown check, or one that cannot be silenced, is reported', async () => {
        expect((await lint(orderWith('// sanction-ignore vague-trem -- the statute defines it in s. 12', VAGUE))).filter(f => f.checkId === 'invalid-suppression').map(f => f.message))
            .toEqual(["This suppression names 'vague-trem', which is not a check that can be silenced (see `sanction checks`)"]);
        expect((await lint(orderWith('// sanction-ignore syntax-error -- we know what we are doing here', VAGUE))).filter(f => f.checkId === 'invalid-suppression')).toHaveLength(1);
    });

    test('a suppression that silences nothing is an information', async () => {
        const findings = (await lint(orderWith('// sanction-ignore missing-duration -- the term is set by the statute', VAGUE))).filter(f => /vague-term|suppression/.test(f.checkId));
        expect(findings.map(f => [f.checkId, f.range.start.line + 1, f.severity])).toEqual([
            ['unused-suppression', 12, 'info'],
            ['vague-term', 13, 'warning']
        ]);
        expect(findings[0].message).toBe("This suppression silences nothing: no 'missing-duration' finding starts on line 13; remove it");
    });

    test('several checks in one comment', async () => {
        const text = orderWith('// sanction-ignore vague-term, unbounded-discretion -- wording fixed by the appeal court in R v X', 'condition "You must be of good behaviour and attend as directed", for 6 months.');
        expect((await lint(text)).filter(f => /vague-term|unbounded-discretion|suppression/.test(f.checkId))).toEqual([]);
    });
});

describe('suppressions over the editor\'s two passes (fast checks, then the slow ones after a pause)', () => {
    // vague-term is a slow check, missing-duration and duplicate-clause fast ones (core/check.ts `category`).
    const TEXT = orderWith(
        '// sanction-ignore vague-term -- the statute defines good behaviour in s. 12', VAGUE,
        '// sanction-ignore vague-term -- kept from the old template of the court', 'condition "Live at 12 High Street", for 6 months.',
        '// sanction-ignore missing-duration -- the term is set by the statute', 'condition "Live at 14 High Street", for 6 months.',
        '// sanction-ignore missing-duration, vague-term -- both are settled by the appeal court', VAGUE.replace('You must', 'You shall'),
        '// sanction-ignore vague-term', 'condition "Live at 16 High Street", for 6 months.'
    );
    const shown = (diagnostics: Array<{ code?: unknown; range: { start: { line: number } } }>) =>
        diagnostics.map(d => `${String(d.code)}@${d.range.start.line + 1}`).filter(id => /vague-term|suppression/.test(id)).sort();
    const WHOLE = ['invalid-suppression@20', 'unused-suppression@14', 'unused-suppression@16'];
    let count = 0;
    const documentOf = (text: string) => {
        const services = testServices();
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///passes-${count++}.sanction`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return { document, builder: services.shared.workspace.DocumentBuilder };
    };

    test('all checks at once: the used suppressions silence, the others are reported once', async () => {
        const { document, builder } = documentOf(TEXT);
        await builder.build([document], { validation: true });
        expect(shown(document.diagnostics!)).toEqual(WHOLE);
    });

    test('fast pass, then slow pass: the same findings, nothing reported twice or too early', async () => {
        const { document, builder } = documentOf(TEXT);
        await builder.build([document], { validation: { categories: ['built-in', 'fast'] } });
        // After the fast pass only the missing-duration suppression is judged (and the faulty one);
        // the vague-term ones wait for the check they name.
        expect(shown(document.diagnostics!)).toEqual(['invalid-suppression@20', 'unused-suppression@16']);
        await builder.build([document], { validation: { categories: ['slow'] } });
        expect(shown(document.diagnostics!)).toEqual(WHOLE);
    });
});
