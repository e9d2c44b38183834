import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EmptyFileSystem, TextDocument, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { createSanctionServices } from '../../language/src/sanction-module.js';
import { REASON_PLACEHOLDER, SanctionCodeActionProvider, SUPPRESS_KIND } from '../../language/src/lsp/code-action-provider.js';
import { isSafeFix, unsafeReason } from '../../language/src/core/fix-safety.js';
import { lint } from '../helpers.js';

const services = createSanctionServices(EmptyFileSystem).Sanction;
const parse = parseHelper(services);
const BAD = resolve(__dirname, '../../examples/bad');
const REASON = 'the statute defines good behaviour in section 12';

/** A compliant order around the given lines (from line 10 on), so only their findings show. */
function orderWith(...lines: string[]): string {
    return [
        'order "S-1".', 'made on 2026-03-14.', 'decided by "Exeter Crown Court".', 'implemented by "Probation Service".',
        'under "Sentencing Act 2020, s. 200".', 'person "P", convicted, understands English.', 'offence "Theft", seriousness minor.',
        'in force for 6 months, reviewed every 3 months.', 'early termination by "Exeter Crown Court" after 3 months.',
        ...lines,
        'on breach:', '  significant non-compliance leads to referral to the deciding authority.',
        '  hearing before "Exeter Crown Court" with legal assistance and access to the documents.',
        'rights:', '  appeal to "Court of Appeal" within 28 days.', '  complaints to "Probation complaints".', '  notice in English, in writing.'
    ].join('\n') + '\n';
}

const VAGUE = 'condition "You must be of good behaviour", for 6 months.';

async function actionsFor(document: LangiumDocument, diagnostic: Diagnostic, provider = services.lsp.CodeActionProvider!): Promise<CodeAction[]> {
    return await provider.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], triggerKind: 1 }
    }) as CodeAction[];
}

const suppressActions = async (document: LangiumDocument, diagnostic: Diagnostic) => (await actionsFor(document, diagnostic)).filter(a => a.kind === SUPPRESS_KIND);

function only(document: LangiumDocument, code: string): Diagnostic {
    const found = (document.diagnostics ?? []).filter(d => d.code === code);
    expect(found.map(d => d.code)).toEqual([code]);
    return found[0];
}

/** The plain edits of the action (a client without snippet edits). */
function editsOf(document: LangiumDocument, action: CodeAction): TextEdit[] {
    return action.edit!.changes![document.textDocument.uri];
}

/** The text after the drafter applies the action and writes a reason over the placeholder. */
function applyWithReason(document: LangiumDocument, action: CodeAction, reason = REASON): string {
    const applied = TextDocument.applyEdits(document.textDocument, editsOf(document, action));
    expect(applied).toContain(`<${REASON_PLACEHOLDER}>`);
    return applied.replace(`<${REASON_PLACEHOLDER}>`, reason);
}

const codes = (document: LangiumDocument) => (document.diagnostics ?? []).map(d => `${d.code}@${d.range.start.line + 1}`);

describe('"Suppress <check> here, with a reason"', () => {
    test('on a condition: the exact edit, and with a reason written the finding is gone and the comment is valid', async () => {
        const document = await parse(orderWith(VAGUE), { validation: true });
        const diagnostic = only(document, 'vague-term');
        expect(diagnostic.range.start).toEqual({ line: 9, character: 26 });
        const actions = await actionsFor(document, diagnostic);
        const suppress = actions.filter(a => a.kind === SUPPRESS_KIND);
        expect(suppress.map(a => [a.title, a.kind, a.isPreferred])).toEqual([['Suppress vague-term here, with a reason', 'quickfix.suppress', false]]);
        // Offered after the fixes that repair the order.
        expect(actions[actions.length - 1]).toBe(suppress[0]);
        expect(suppress[0].diagnostics).toEqual([diagnostic]);
        expect(editsOf(document, suppress[0])).toEqual([{
            range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } },
            newText: '// sanction-ignore vague-term -- <reason>\n'
        }]);
        const fixed = applyWithReason(document, suppress[0]);
        expect(fixed.split('\n').slice(9, 11)).toEqual([`// sanction-ignore vague-term -- ${REASON}`, VAGUE]);
        const after = await parse(fixed, { validation: true });
        expect(codes(after)).toEqual([]);
    });

    test('left with its placeholder, the comment silences nothing and says it gives no reason', async () => {
        const document = await parse(orderWith(VAGUE), { validation: true });
        const [action] = await suppressActions(document, only(document, 'vague-term'));
        const after = await parse(TextDocument.applyEdits(document.textDocument, editsOf(document, action)), { validation: true });
        expect(codes(after).sort()).toEqual(['invalid-suppression@10', 'vague-term@11']);
        expect(after.diagnostics!.find(d => d.code === 'invalid-suppression')!.message).toMatch(/^This suppression gives no reason/);
    });

    test('on a requirement whose finding starts mid-line: the comment goes on the line before, at its start', async () => {
        const requirement = 'requirement unpaid work, 40 hours, at "12 Acacia Road".';
        const document = await parse(orderWith(requirement), { validation: true });
        const diagnostic = only(document, 'requirement-parameters');
        expect(diagnostic.range.start).toEqual({ line: 9, character: 35 });
        const [action] = await suppressActions(document, diagnostic);
        expect(action.title).toBe('Suppress requirement-parameters here, with a reason');
        expect(editsOf(document, action)).toEqual([{
            range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } },
            newText: '// sanction-ignore requirement-parameters -- <reason>\n'
        }]);
        const after = await parse(applyWithReason(document, action, 'the address is where the work is done'), { validation: true });
        expect(codes(after)).toEqual([]);
    });

    test('on the order heading: the comment goes above the first line', async () => {
        const text = orderWith(VAGUE).replace(/rights:[\s\S]*$/, '');
        const document = await parse(text, { validation: true });
        const diagnostic = only(document, 'missing-appeal-right');
        expect(diagnostic.range.start).toEqual({ line: 0, character: 6 });
        const [action] = await suppressActions(document, diagnostic);
        expect(action.title).toBe('Suppress missing-appeal-right here, with a reason');
        expect(editsOf(document, action)).toEqual([{
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            newText: '// sanction-ignore missing-appeal-right -- <reason>\n'
        }]);
        const before = codes(document).filter(c => c.endsWith('@1'));
        expect(before).toContain('missing-appeal-right@1');
        const after = await parse(applyWithReason(document, action, 'the appeal route is in the judgment handed down with it'), { validation: true });
        // The other findings on the heading stay (now on line 2); only this check is silenced.
        expect(codes(after).filter(c => c.endsWith('@2'))).toEqual(before.filter(c => c !== 'missing-appeal-right@1').map(c => c.replace(/@1$/, '@2')));
        expect(codes(after).filter(c => /suppression/.test(c))).toEqual([]);
    });

    test('with indentation: the comment has the indentation of the line it applies to (spaces or a tab)', async () => {
        for (const indent of ['  ', '\t', '    ']) {
            const text = [
                'template conduct(length: duration = 6 months):',
                `${indent}"Good conduct."`,
                `${indent}${VAGUE.replace('6 months', 'length')}`,
                ''
            ].join('\n');
            const document = await parse(text, { validation: true });
            const diagnostic = only(document, 'vague-term');
            expect(diagnostic.range.start.line).toBe(2);
            const [action] = await suppressActions(document, diagnostic);
            expect(editsOf(document, action)).toEqual([{
                range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
                newText: `${indent}// sanction-ignore vague-term -- <reason>\n`
            }]);
            const after = await parse(applyWithReason(document, action), { validation: true });
            expect(codes(after), JSON.stringify(indent)).toEqual([]);
        }
    });

    test('in a file with Windows line ends, the comment ends with CRLF', async () => {
        const document = await parse(orderWith(VAGUE).replace(/\n/g, '\r\n'), { validation: true });
        const [action] = await suppressActions(document, only(document, 'vague-term'));
        expect(editsOf(document, action)[0].newText).toBe('// sanction-ignore vague-term -- <reason>\r\n');
        const after = await parse(applyWithReason(document, action), { validation: true });
        expect(codes(after)).toEqual([]);
    });

    test('a client with snippet edits gets a SnippetTextEdit with the reason as the first tab stop', async () => {
        const provider = new SanctionCodeActionProvider();
        provider.useClientCapabilities({ workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } });
        const document = await parse(orderWith(VAGUE), { validation: true });
        const actions = (await actionsFor(document, only(document, 'vague-term'), provider)).filter(a => a.kind === SUPPRESS_KIND);
        expect(actions).toHaveLength(1);
        expect(actions[0].edit).toEqual({
            documentChanges: [{
                textDocument: { uri: document.textDocument.uri, version: document.textDocument.version },
                edits: [{
                    range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } },
                    snippet: { kind: 'snippet', value: '// sanction-ignore vague-term -- ${1:reason}\n' }
                }]
            }]
        });
        // The editor puts the cursor on the tab stop; the drafter types the reason over it.
        const edit = (actions[0].edit!.documentChanges![0] as { edits: Array<{ range: TextEdit['range']; snippet: { value: string } }> }).edits[0];
        const typed = TextDocument.applyEdits(document.textDocument, [{ range: edit.range, newText: edit.snippet.value.replace('${1:reason}', REASON) }]);
        expect(codes(await parse(typed, { validation: true }))).toEqual([]);
        // Snippet edits need documentChanges; a client that has only one of the two gets plain text.
        provider.useClientCapabilities({ workspace: { workspaceEdit: { snippetEditSupport: true } } });
        const plain = (await actionsFor(document, only(document, 'vague-term'), provider)).filter(a => a.kind === SUPPRESS_KIND);
        expect(editsOf(document, plain[0])[0].newText).toBe('// sanction-ignore vague-term -- <reason>\n');
    });

    test("a request for other kinds of action (`only`) does not get it; one for quick fixes does", async () => {
        const document = await parse(orderWith(VAGUE), { validation: true });
        const diagnostic = only(document, 'vague-term');
        const ask = async (kinds: string[]) => (await services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: kinds }
        }) as CodeAction[]).filter(a => a.kind === SUPPRESS_KIND).length;
        expect(await ask(['quickfix'])).toBe(1);
        expect(await ask(['quickfix.suppress'])).toBe(1);
        expect(await ask(['refactor'])).toBe(0);
        expect(await ask(['quickfix.other'])).toBe(0);
    });

    test('the language server reads the client capabilities when the client connects', async () => {
        let listener: ((params: { capabilities: object }) => void) | undefined;
        const fakeServer = { onInitialize: (callback: typeof listener) => { listener = callback; return { dispose() { /* nothing */ } }; } };
        const provider = new SanctionCodeActionProvider({ shared: { lsp: { LanguageServer: fakeServer as never } } });
        const document = await parse(orderWith(VAGUE), { validation: true });
        // Before the client has said what it supports: plain edits.
        const before = (await actionsFor(document, only(document, 'vague-term'), provider)).filter(a => a.kind === SUPPRESS_KIND);
        expect(before.map(a => Object.keys(a.edit!))).toEqual([['changes']]);
        listener!({ capabilities: { workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } } });
        const [action] = (await actionsFor(document, only(document, 'vague-term'), provider)).filter(a => a.kind === SUPPRESS_KIND);
        expect(action.edit!.changes).toBeUndefined();
        expect(action.edit!.documentChanges).toHaveLength(1);
    });

    test('the language server\'s own services fit the constructor (sanction-module.ts passes them)', () => {
        expect(() => new SanctionCodeActionProvider(services)).not.toThrow();
    });

    test('not offered for syntax errors, unknown names, suppression findings or a code the server does not know', async () => {
        const broken = await parse(orderWith('condition "You must be of good behaviour" for 6 months'), { validation: true });
        const syntax = broken.diagnostics!.filter(d => d.code === 'syntax-error');
        expect(syntax.length).toBeGreaterThan(0);
        for (const diagnostic of syntax) {
            expect(await suppressActions(broken, diagnostic)).toEqual([]);
        }
        const unresolved = await parse(orderWith('apply no-such-template.'), { validation: true });
        const reference = only(unresolved, 'unresolved-reference');
        expect(await suppressActions(unresolved, reference)).toEqual([]);

        const invalid = await parse(orderWith('// sanction-ignore vague-term', VAGUE), { validation: true });
        expect(await suppressActions(invalid, only(invalid, 'invalid-suppression'))).toEqual([]);
        // The finding the faulty comment failed to silence is still offered, just above its line.
        const [again] = await suppressActions(invalid, only(invalid, 'vague-term'));
        expect(editsOf(invalid, again)[0].range.start).toEqual({ line: 10, character: 0 });

        const unused = await parse(orderWith('// sanction-ignore missing-duration -- the term is set by the statute', VAGUE), { validation: true });
        expect(await suppressActions(unused, only(unused, 'unused-suppression'))).toEqual([]);

        const document = await parse(orderWith(VAGUE), { validation: true });
        const vague = only(document, 'vague-term');
        for (const code of ['no-such-check', 42, undefined]) {
            expect(await suppressActions(document, { ...vague, code } as Diagnostic)).toEqual([]);
        }
        // A range the document does not have (a stale request) is refused, not a crash.
        expect(await suppressActions(document, { ...vague, range: { start: { line: 999, character: 0 }, end: { line: 999, character: 1 } } })).toEqual([]);
    });

    test('not offered where a comment could not reach the finding: on a comment line or inside a block comment', async () => {
        const document = await parse(orderWith('// agreed at the hearing', '/* see', '   the note */ ' + VAGUE), { validation: true });
        const vague = only(document, 'vague-term');
        expect(vague.range.start.line).toBe(11);
        expect(await suppressActions(document, vague)).toEqual([]);
        const comment = { ...vague, range: { start: { line: 9, character: 3 }, end: { line: 9, character: 8 } } };
        expect(await suppressActions(document, comment)).toEqual([]);
    });

    test('never a fix of the finding itself: `sanction lint --fix` cannot see or apply it', async () => {
        const findings = await lint(orderWith(VAGUE));
        expect(findings.flatMap(f => f.fixes ?? []).filter(fix => /suppress/i.test(fix.title))).toEqual([]);
        // And were it handed to the --fix rule, the placeholder makes it unsafe.
        const document = await parse(orderWith(VAGUE), { validation: true });
        const [action] = await suppressActions(document, only(document, 'vague-term'));
        const asFix = { title: action.title, edits: editsOf(document, action) };
        expect(isSafeFix(asFix)).toBe(false);
        expect(unsafeReason(asFix)).toBe('it leaves a placeholder');
        expect(isSafeFix({ ...asFix, safe: true })).toBe(false);
    });

    // Every suppressible finding of the bad examples, suppressed with a reason: it goes, and the comment is valid and used.
    const files = readdirSync(BAD).filter(f => f.endsWith('.sanction')).sort();
    test.each(files)('%s: every finding suppressed with a reason is gone, with no suppression finding', async file => {
        const document = await parse(readFileSync(resolve(BAD, file), 'utf8'), { validation: true });
        let tried = 0;
        for (const diagnostic of document.diagnostics!) {
            const actions = await suppressActions(document, diagnostic);
            if (['syntax-error', 'unresolved-reference', 'invalid-suppression', 'unused-suppression'].includes(String(diagnostic.code))) {
                expect(actions, String(diagnostic.code)).toEqual([]);
                continue;
            }
            if (actions.length === 0) {
                // Only where no comment can reach it.
                const line = document.textDocument.getText().split(/\r?\n/)[diagnostic.range.start.line].trim();
                expect(line === '' || line.startsWith('//') || line.includes('*/'), `${diagnostic.code}@${diagnostic.range.start.line + 1}`).toBe(true);
                continue;
            }
            tried++;
            const after = await parse(applyWithReason(document, actions[0], 'kept deliberately by the court for reasons given'), { validation: true });
            const label = `${diagnostic.code}@${diagnostic.range.start.line + 1}`;
            const line = diagnostic.range.start.line + 1;
            expect(after.diagnostics!.filter(d => d.code === diagnostic.code && d.range.start.line === line).map(d => d.message), label).toEqual([]);
            expect(after.diagnostics!.filter(d => /suppression/.test(String(d.code))).map(d => d.message), label).toEqual([]);
            expect(after.diagnostics!.filter(d => d.code === 'syntax-error').length, label).toBe(document.diagnostics!.filter(d => d.code === 'syntax-error').length);
        }
        expect(tried).toBeGreaterThan(0);
    });
});
