/**
 * The extension in a real VS Code, through VS Code's own commands: the in-host suite that
 * test/e2e/run.mjs runs in code-server with the extension loaded from packages/vscode. It follows
 * the `run()` contract of @vscode/test-electron (a module exporting `run`, failing by throwing).
 *
 * The workspace is a temporary copy of examples/: tests that edit files work on copies under
 * scratch/ of it.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const {
    EXTENSION_ID, assert, codeOf, describeDiagnostics, diagnosticsWithCode, hoverText, log, open, screenshot,
    settledDiagnostics, Suite, syntaxErrors, tidyWorkbench, waitFor, within, workspaceFolder, workspaceUri
} = require('./helpers.cjs');

const DURATIONS = 'bad/durations.sanction';
const GOOD = 'community-order-unpaid-work.sanction';

/** A copy of a workspace file under scratch/, written on disk (so the server reads it as a file). */
function scratchCopy(relative, name, transform = text => text) {
    const source = workspaceUri(relative).fsPath;
    const target = path.join(workspaceFolder().uri.fsPath, 'scratch', name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, transform(fs.readFileSync(source, 'utf8')));
    return `scratch/${name}`;
}

function rangeOfText(document, text, from = 0) {
    const offset = document.getText().indexOf(text, from);
    assert(offset >= 0, `'${text}' is not in ${vscode.workspace.asRelativePath(document.uri)}`);
    return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

function flatten(symbols) {
    return (symbols ?? []).flatMap(symbol => [symbol, ...flatten(symbol.children)]);
}

const suite = new Suite('Sanction Orders in VS Code (extension under development)');

suite.test('the extension under development activates on a .sanction file', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert(extension, `${EXTENSION_ID} is not loaded`);
    const expected = process.env.SANCTION_E2E_EXTENSION_PATH;
    if (expected) {
        assert(path.resolve(extension.extensionPath) === path.resolve(expected), `the extension runs from ${extension.extensionPath}, not ${expected}`);
    }
    const document = await open(DURATIONS);
    assert(document.languageId === 'sanction', `a .sanction file opens as '${document.languageId}', not 'sanction'`);
    await waitFor(() => extension.isActive, { timeout: 30_000, describe: () => 'the extension to activate' });
    // The manifest's %key% placeholders, resolved by VS Code from package.nls.json (the editor runs in English).
    const titles = extension.packageJSON.contributes.commands.map(command => command.title);
    assert(titles.join(' | ') === 'Check All Orders in the Workspace | Show the Rules of CM/Rec(2017)3 | Open Preview to the Side', `the commands' titles are ${titles.join(' | ')}`);
});

suite.test('diagnostics: check ids, ranges, severities, documentation links and Rules (bad/durations.sanction)', async () => {
    const document = await open(DURATIONS);
    const [openEnded] = await diagnosticsWithCode(document.uri, 'open-ended-duration', {
        filter: d => document.getText(d.range) === 'until further order'
    });
    const expectedLine = document.getText().split('\n').findIndex(line => line.includes('until further order'));
    assert(openEnded.range.start.line === expectedLine, `the 'until further order' term is reported on line ${openEnded.range.start.line + 1}, not ${expectedLine + 1}`);
    assert(openEnded.severity === vscode.DiagnosticSeverity.Error, `open-ended-duration has severity ${openEnded.severity}, not Error`);
    assert(openEnded.source === 'sanction', `source is '${openEnded.source}'`);
    assert(/\(Rules 21 and 23\)$/.test(openEnded.message), `the message does not end with its citation: ${openEnded.message}`);
    const target = openEnded.code && typeof openEnded.code === 'object' ? openEnded.code.target : undefined;
    assert(target && target.toString() === 'https://github.com/sanction-orders/sanction-orders/blob/main/docs/checks/open-ended-duration.md',
        `the code links to ${target}`);
    // The other open endings of the file, each on its own term, and the extension without review.
    const all = vscode.languages.getDiagnostics(document.uri);
    const covered = code => all.filter(d => codeOf(d) === code).map(d => document.getText(d.range));
    for (const text of ['indefinitely', 'until "the supervisor is satisfied"']) {
        assert(covered('open-ended-duration').includes(text), `no open-ended-duration on '${text}'; diagnostics:\n      ${describeDiagnostics(document.uri)}`);
    }
    const [extension] = await diagnosticsWithCode(document.uri, 'extension-without-review');
    assert(extension.severity === vscode.DiagnosticSeverity.Warning, 'extension-without-review is not a warning');
    assert(document.getText(extension.range).startsWith('extendable'), `extension-without-review covers '${document.getText(extension.range)}'`);
    assert(syntaxErrors(document.uri).length === 0, `syntax errors in an example: ${describeDiagnostics(document.uri)}`);
});

suite.test('good examples, one importing a template library, have no errors or warnings', async () => {
    const documents = [];
    for (const relative of [GOOD, 'curfew-with-monitoring.sanction']) {
        documents.push(await open(relative));
    }
    // An empty list can mean "not checked yet": the workspace check answers once every file is checked.
    await vscode.commands.executeCommand('sanction.lintWorkspace');
    for (const document of documents) {
        const list = await settledDiagnostics(document.uri);
        const serious = list.filter(d => d.severity <= vscode.DiagnosticSeverity.Warning);
        assert(serious.length === 0, `${vscode.workspace.asRelativePath(document.uri)} has errors or warnings:\n      ${describeDiagnostics(document.uri)}`);
    }
});

suite.test('hover on a finding shows the Rules it rests on', async () => {
    const document = await open(DURATIONS);
    await diagnosticsWithCode(document.uri, 'open-ended-duration');
    const position = rangeOfText(document, 'until further order').start.translate(0, 3);
    const text = await waitFor(async () => {
        const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position);
        const value = hoverText(hovers);
        return /Rule 21\b/.test(value) && /Rule 23\b/.test(value) ? value : undefined;
    }, { timeout: 20_000, describe: () => 'a hover naming Rules 21 and 23' });
    assert(text.includes('open-ended-duration'), `the hover does not name the check: ${text}`);
});

suite.test('screenshot: an order with its diagnostics, a hover and the Problems panel', async () => {
    await tidyWorkbench();
    const document = await open(DURATIONS);
    await diagnosticsWithCode(document.uri, 'open-ended-duration');
    await settledDiagnostics(document.uri);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // Problems of this file only, for the picture (the workspace's are all there).
    const toggleActiveFile = 'workbench.actions.workbench.panel.markers.view.toggleActiveFile';
    const toggled = await vscode.commands.executeCommand(toggleActiveFile).then(() => true, () => false);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const position = rangeOfText(document, 'until further order').start.translate(0, 6);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(0, 0, 24, 0), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('editor.action.showHover');
    await new Promise(resolve => setTimeout(resolve, 1500));
    try {
        await screenshot('screenshot');
    } finally {
        if (toggled) {
            await vscode.commands.executeCommand(toggleActiveFile).then(undefined, () => undefined);
        }
    }
});

suite.test('completion offers `requirement` at the start of a clause', async () => {
    const document = await open(GOOD);
    const line = document.getText().split('\n').findIndex(l => l.startsWith('requirement supervision'));
    assert(line >= 0 && document.lineAt(line + 1).isEmptyOrWhitespace, 'no blank line after the supervision requirement');
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(line + 1, 0));
    const labels = list.items.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
    const keyword = list.items.find(item => (typeof item.label === 'string' ? item.label : item.label.label) === 'requirement' && item.kind !== vscode.CompletionItemKind.Snippet);
    assert(keyword, `no 'requirement' from the language server among: ${labels.slice(0, 40).join(', ')}`);
});

suite.test('the contributed snippets are offered, and one inserted in an order parses', async () => {
    const relative = scratchCopy(GOOD, 'snippet.sanction');
    const document = await open(relative);
    const line = document.getText().split('\n').findIndex(l => l.startsWith('requirement supervision'));
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(line + 1, 0));
    const snippets = list.items.filter(item => item.kind === vscode.CompletionItemKind.Snippet);
    const labels = snippets.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
    assert(labels.some(label => label.startsWith('requirement curfew')), `no curfew snippet offered; snippets: ${labels.join(', ')}`);
    const editor = vscode.window.activeTextEditor;
    assert(editor && editor.document === document, 'the scratch order is not the active editor');
    editor.selection = new vscode.Selection(line + 1, 0, line + 1, 0);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'sanction', name: 'Curfew requirement' });
    await vscode.commands.executeCommand('leaveSnippet');
    assert(document.lineAt(line + 1).text.startsWith('requirement curfew, at "'), `the snippet inserted: ${document.lineAt(line + 1).text}`);
    await document.save();
    await settledDiagnostics(document.uri);
    assert(syntaxErrors(document.uri).length === 0, `syntax errors after inserting the snippet:\n      ${describeDiagnostics(document.uri)}`);
});

suite.test('quick fix: "until further order" replaced by a fixed period, and its diagnostic goes away', async () => {
    const relative = scratchCopy(DURATIONS, 'quick-fix.sanction');
    const document = await open(relative);
    const range = rangeOfText(document, 'until further order');
    await diagnosticsWithCode(document.uri, 'open-ended-duration', { filter: d => d.range.isEqual(range) });
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value);
    // The range is exactly the open term, so its fix is among the actions; the diagnostics an action
    // names do not always survive the command's conversion, hence the title as a second way to find it.
    const fixes = (actions ?? []).filter(action => action.edit && (!action.kind || vscode.CodeActionKind.QuickFix.contains(action.kind)));
    const fix = fixes.find(action => (action.diagnostics ?? []).some(d => codeOf(d) === 'open-ended-duration')) ?? fixes.find(action => /fixed period/i.test(action.title));
    assert(fix, `no quick fix for open-ended-duration; actions: ${(actions ?? []).map(a => a.title).join(', ') || '(none)'}`);
    assert(await vscode.workspace.applyEdit(fix.edit), `applying '${fix.title}' failed`);
    assert(!document.lineAt(range.start.line).text.includes('until further order'), `the line still reads: ${document.lineAt(range.start.line).text}`);
    await waitFor(() => !vscode.languages.getDiagnostics(document.uri).some(d => codeOf(d) === 'open-ended-duration' && d.range.start.line === range.start.line), {
        timeout: 30_000,
        describe: () => `the open-ended-duration diagnostic on line ${range.start.line + 1} to go; diagnostics:\n      ${describeDiagnostics(document.uri)}`
    });
    assert(syntaxErrors(document.uri).length === 0, `the fix left syntax errors:\n      ${describeDiagnostics(document.uri)}`);
    await document.save();
});

suite.test('formatting returns edits that keep the order parsing, its tokens and its findings', async () => {
    // The good example with its layout spoiled: indentation everywhere, no blank lines, extra spaces.
    const relative = scratchCopy(GOOD, 'format.sanction', text => text.split('\n')
        .filter(line => line.trim() !== '')
        .map((line, i) => ' '.repeat((i % 3) * 3) + line.trim().replace(/^(requirement|rights:|on breach:)/, '$1  ').replace(/\.$/, ' .'))
        .join('\n') + '\n');
    const document = await open(relative);
    const before = await settledDiagnostics(document.uri);
    assert(syntaxErrors(document.uri).length === 0, `the spoiled copy does not parse:\n      ${describeDiagnostics(document.uri)}`);
    const options = { tabSize: 2, insertSpaces: true };
    const edits = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', document.uri, options);
    assert(Array.isArray(edits), 'no formatter for sanction documents (vscode.executeFormatDocumentProvider returned nothing)');
    assert(edits.length > 0, 'the formatter returned no edits for a badly laid out order');
    const tokens = document.getText().replace(/\s+/g, '');
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits);
    assert(await vscode.workspace.applyEdit(edit), 'applying the formatting edits failed');
    assert(document.getText().replace(/\s+/g, '') === tokens, 'formatting changed more than whitespace');
    const after = await settledDiagnostics(document.uri);
    assert(syntaxErrors(document.uri).length === 0, `the formatted order does not parse:\n      ${describeDiagnostics(document.uri)}`);
    const codes = list => list.map(d => codeOf(d) ?? '-').sort().join(',');
    assert(codes(after) === codes(before), `formatting changed the findings: ${codes(before)} -> ${codes(after)}`);
    const again = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', document.uri, options);
    const changes = (again ?? []).filter(e => document.getText(e.range) !== e.newText);
    assert(changes.length === 0, `formatting twice changes the order again (${changes.length} edits)`);
    await document.save();
});

suite.test('outline: the order by its case reference with its requirements; the templates of a library', async () => {
    const document = await open(GOOD);
    const symbols = await waitFor(async () => {
        const result = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
        return result && result.length > 0 ? result : undefined;
    }, { timeout: 20_000, describe: () => 'document symbols' });
    const names = flatten(symbols).map(s => s.name);
    const order = symbols.find(s => s.name.includes('CR-2026-00417'));
    assert(order, `no outline entry for the order CR-2026-00417; top-level entries: ${symbols.map(s => s.name).join(', ')}`);
    const children = flatten(order.children).map(s => s.name);
    for (const kind of ['unpaid work', 'supervision']) {
        assert(children.some(name => name.includes(kind)), `no '${kind}' requirement under the order; under it: ${children.join(', ') || '(nothing)'}; all: ${names.join(', ')}`);
    }
    const library = await open('library/standard-requirements.sanction');
    const templates = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', library.uri);
    const templateNames = flatten(templates).map(s => s.name);
    for (const name of ['home-curfew', 'weekly-supervision']) {
        assert(templateNames.includes(name), `no '${name}' in the library's outline: ${templateNames.join(', ')}`);
    }
});

suite.test('folding: the order and its breach and rights sections fold', async () => {
    const document = await open(GOOD);
    const lines = document.getText().split('\n');
    const lineOf = prefix => lines.findIndex(line => line.startsWith(prefix));
    const ranges = await waitFor(async () => {
        const result = await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', document.uri);
        return result && result.length > 0 ? result : undefined;
    }, { timeout: 20_000, describe: () => 'folding ranges' });
    for (const prefix of ['order ', 'on breach:', 'rights:']) {
        const start = lineOf(prefix);
        assert(ranges.some(range => range.start === start && range.end > start), `no folding range starting at '${prefix}' (line ${start + 1}): ${ranges.map(r => `${r.start + 1}-${r.end + 1}`).join(', ')}`);
    }
});

suite.test('templates across files: go to definition, import link, rename in both files', async () => {
    const relative = 'curfew-with-monitoring.sanction';
    const document = await open(relative);
    const use = rangeOfText(document, 'home-curfew', document.getText().indexOf('apply '));
    const definitions = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', document.uri, use.start.translate(0, 2));
    const targets = (definitions ?? []).map(d => (d.targetUri ?? d.uri).path);
    assert(targets.some(p => p.endsWith('/library/standard-requirements.sanction')), `go to definition of home-curfew leads to: ${targets.join(', ') || 'nothing'}`);
    const links = await vscode.commands.executeCommand('vscode.executeLinkProvider', document.uri);
    assert((links ?? []).some(link => link.target && link.target.path.endsWith('/library/standard-requirements.sanction')),
        `the import is not a link to the library: ${(links ?? []).map(l => l.target && l.target.toString()).join(', ') || 'no links'}`);
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', document.uri, use.start.translate(0, 2), 'home-curfew-monitored');
    assert(edit, 'rename returned no edit');
    const files = edit.entries().map(([uri, edits]) => `${vscode.workspace.asRelativePath(uri)}:${edits.length}`);
    for (const file of ['library/standard-requirements.sanction', relative]) {
        assert(files.some(entry => entry.startsWith(`${file}:`)), `renaming home-curfew does not edit ${file}: ${files.join(', ')}`);
    }
});

suite.test('code lens and semantic tokens on an order', async () => {
    const document = await open(DURATIONS);
    await diagnosticsWithCode(document.uri, 'open-ended-duration');
    const orderLine = document.getText().split('\n').findIndex(line => line.startsWith('order '));
    const lenses = await waitFor(async () => {
        const result = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri, 10);
        return result && result.some(lens => lens.command && lens.command.title) ? result : undefined;
    }, { timeout: 20_000, describe: () => 'code lenses with titles' });
    const onOrder = lenses.filter(lens => lens.range.start.line === orderLine && lens.command);
    assert(onOrder.some(lens => /\d+ errors?/.test(lens.command.title)), `no findings summary above the order: ${lenses.map(l => `${l.range.start.line + 1}: ${l.command && l.command.title}`).join('; ')}`);
    const legend = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokensLegend', document.uri);
    const tokens = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', document.uri);
    assert(legend && legend.tokenTypes.length > 0, 'no semantic tokens legend');
    assert(tokens && tokens.data.length >= 5 * 10, `too few semantic tokens: ${tokens ? tokens.data.length / 5 : 'none'}`);
});

suite.test('command "Check All Orders in the Workspace" reports files that are not open', async () => {
    // Written behind the editor's back, never opened: only a workspace check finds its problems.
    const target = path.join(workspaceFolder().uri.fsPath, 'scratch', 'unopened.sanction');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, 'order "UNOPENED-1".\nmade on 2026-03-14.\ndecided by "Exeter Crown Court".\nperson "Sam Doe", convicted.\nrequirement unpaid work, 40 hours.\n');
    const result = await vscode.commands.executeCommand('sanction.lintWorkspace');
    assert(result && typeof result.files === 'number', `the command returned ${JSON.stringify(result)}`);
    const examples = fs.readdirSync(workspaceFolder().uri.fsPath, { recursive: true }).filter(f => String(f).endsWith('.sanction'));
    assert(result.files >= examples.length, `the server checked ${result.files} files; the workspace has ${examples.length}`);
    assert(result.errors > 0 && result.problems >= result.errors + result.warnings, `implausible counts: ${JSON.stringify(result)}`);
    await diagnosticsWithCode(vscode.Uri.file(target), 'missing-duration', { timeout: 30_000 });
    await diagnosticsWithCode(workspaceUri('bad/no-appeal-right.sanction'), 'missing-appeal-right', { timeout: 30_000 });
});

suite.test('setting sanction.profile is the profile the server checks with', async () => {
    const configuration = vscode.workspace.getConfiguration('sanction');
    assert(configuration.get('profile') === 'coe', `the default profile is ${configuration.get('profile')}`);
    // Each step is bounded and named, so a stall says where it was (VS Code writes the workspace's
    // settings.json and reloads it; the server then re-checks).
    await within(30_000, 'the editor to write sanction.profile into the workspace settings', configuration.update('profile', 'france', vscode.ConfigurationTarget.Workspace));
    try {
        const result = await waitFor(async () => {
            const counts = await within(20_000, 'one "Check All Orders in the Workspace" command', vscode.commands.executeCommand('sanction.lintWorkspace'));
            // A folder with its own sanction.config.json (bad/england-wales) keeps its profile: the file wins.
            const own = counts?.profiles?.['england-wales'] ?? 0;
            return counts && own > 0 && counts.profiles?.france === counts.files - own ? counts : undefined;
        }, { timeout: 30_000, interval: 1000, describe: () => 'every file without its own configuration to be checked with the france profile' });
        assert(result.files > 0, 'no files checked');
    } finally {
        await within(30_000, 'the editor to remove sanction.profile from the workspace settings', configuration.update('profile', undefined, vscode.ConfigurationTarget.Workspace));
    }
});

suite.test('sanction.config.json: turning a check off takes effect, and the file is validated against its schema', async () => {
    const document = await open(DURATIONS);
    await diagnosticsWithCode(document.uri, 'open-ended-duration');
    const configFile = path.join(workspaceFolder().uri.fsPath, 'bad', 'sanction.config.json');
    fs.writeFileSync(configFile, JSON.stringify({ checks: { 'open-ended-duration': 'off' } }, null, 2) + '\n');
    try {
        await waitFor(() => !vscode.languages.getDiagnostics(document.uri).some(d => codeOf(d) === 'open-ended-duration'), {
            timeout: 30_000, describe: () => `open-ended-duration to go once bad/sanction.config.json turns it off (the server hears of the file through the editor's file watcher):\n      ${describeDiagnostics(document.uri)}`
        });
    } finally {
        fs.rmSync(configFile, { force: true });
    }
    await diagnosticsWithCode(document.uri, 'open-ended-duration', { timeout: 30_000 });
    // The schema the extension contributes: an unknown profile is flagged by VS Code's JSON support.
    const wrong = path.join(workspaceFolder().uri.fsPath, 'scratch', 'sanction.config.json');
    fs.mkdirSync(path.dirname(wrong), { recursive: true });
    fs.writeFileSync(wrong, '{\n  "profile": "narnia"\n}\n');
    const json = await vscode.workspace.openTextDocument(vscode.Uri.file(wrong));
    await vscode.window.showTextDocument(json);
    await waitFor(() => vscode.languages.getDiagnostics(json.uri).some(d => d.range.start.line === 1), {
        timeout: 30_000, describe: () => `a schema diagnostic on "profile": "narnia"; it has: ${describeDiagnostics(json.uri)}`
    });
    fs.rmSync(wrong, { force: true });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});

suite.test('command "Show the Rules" opens the Rules reference shipped with the extension', async () => {
    const uri = await vscode.commands.executeCommand('sanction.showRules');
    assert(uri instanceof vscode.Uri, `the command returned ${uri}`);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert(uri.fsPath.startsWith(extension.extensionPath), `the Rules come from ${uri.fsPath}, not from the extension`);
    const text = fs.readFileSync(uri.fsPath, 'utf8');
    assert(/^# The Rules of CM\/Rec\(2017\)3/m.test(text) && /\| 23 \|/.test(text), 'the Rules reference lacks its title or Rule 23');
    await waitFor(() => vscode.window.tabGroups.all.flatMap(group => group.tabs).some(tab => /rules\.md/i.test(tab.label)), {
        timeout: 20_000, describe: () => `a tab showing rules.md; tabs: ${vscode.window.tabGroups.all.flatMap(g => g.tabs).map(t => t.label).join(', ')}`
    });
});

/** The policy of a preview page and the nonce it allows; fails unless it is exactly the strict one. */
function previewPolicy(html) {
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)].map(m => m[1].replace(/&#39;/g, "'"));
    assert(metas.length === 1, `the preview has ${metas.length} Content-Security-Policy meta elements`);
    // The webview's source is VS Code's (1.139: `'self' https://*.vscode-cdn.net`); it must be the same for both.
    const match = /^default-src 'none'; img-src ([^;]+) data:; style-src ([^;]+) 'nonce-([A-Za-z0-9+/]+={0,2})'$/.exec(metas[0]);
    assert(match && match[1] === match[2], `the preview's policy is not the strict one: ${metas[0]}`);
    assert(!/unsafe|\bhttp:|(^|\s)\*(\s|$)/.test(match[1]), `the webview's source lets more in than the extension: ${match[1]}`);
    return { policy: metas[0], source: match[1], nonce: match[3] };
}

function previewTabs() {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs)
        .filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('sanction.preview'));
}

suite.test('preview: "Open Preview to the Side" shows the order with its timeline under a strict policy, and follows edits', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const api = extension.exports;
    assert(api && typeof api.preview === 'function', `the extension's API has no preview(): ${Object.keys(api ?? {}).join(', ')}`);
    await tidyWorkbench();
    const relative = scratchCopy(GOOD, 'preview.sanction');
    const document = await open(relative);
    const shown = await vscode.commands.executeCommand('sanction.showPreview');
    assert(shown === document.uri.toString(), `the command previews ${shown}, not ${document.uri}`);
    const first = await waitFor(() => {
        const state = api.preview();
        return state && state.html.includes('<svg') ? state : undefined;
    }, { timeout: 30_000, describe: () => `a preview with the timeline; it shows: ${(api.preview()?.html ?? '(no panel)').slice(0, 400)}` });
    await waitFor(() => previewTabs().length === 1, { timeout: 10_000, describe: () => `one preview tab; tabs: ${vscode.window.tabGroups.all.flatMap(g => g.tabs).map(t => t.label).join(', ')}` });
    assert(first.title === 'Preview Order CR-2026-00417', `the panel's title is '${first.title}'`);

    // The webview: no script, resources only from the extension's media/ folder, the strict policy.
    assert(first.options.enableScripts === false, `enableScripts is ${first.options.enableScripts}`);
    const roots = (first.options.localResourceRoots ?? []).map(uri => uri.toString());
    const media = vscode.Uri.joinPath(extension.extensionUri, 'media').toString();
    assert(roots.length === 1 && roots[0] === media, `localResourceRoots are ${roots.join(', ') || '(none)'}, not ${media}`);
    const { nonce, source } = previewPolicy(first.html);
    const styles = [...first.html.matchAll(/<style([^>]*)>/g)].map(m => m[1]);
    assert(styles.length === 2 && styles.every(attributes => attributes === ` nonce="${nonce}"`), `style elements without the page's nonce: ${styles.join(' | ')}`);
    assert(!/<script/i.test(first.html), 'the preview holds a <script>');
    const links = [...first.html.matchAll(/<link [^>]*href="([^"]*)"/g)].map(m => m[1]);
    assert(links.length === 1 && links[0].endsWith('/media/preview.css'), `the preview links ${links.join(', ')}`);
    assert(/\bsrc=/.test(first.html) === false, 'the preview loads something by src=');
    assert(source.length > 0, 'no webview source in the policy');
    for (const text of ['<figure class="timeline"><svg', 'Case CR-2026-00417', 'Unpaid work requirement: 120 hours']) {
        assert(first.html.includes(text), `the preview lacks '${text}'`);
    }

    // Typing: the preview renders the new text after a pause, with a new nonce.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, rangeOfText(document, 'CR-2026-00417'), 'CR-2026-55555');
    assert(await vscode.workspace.applyEdit(edit), 'the edit failed');
    const renamed = await waitFor(() => {
        const state = api.preview();
        return state && state.updates > first.updates && state.html.includes('Case CR-2026-55555') ? state : undefined;
    }, { timeout: 20_000, describe: () => `the preview to show CR-2026-55555; it has: ${(api.preview()?.html ?? '(no panel)').slice(0, 400)}` });
    assert(renamed.title === 'Preview Order CR-2026-55555', `the title did not follow: '${renamed.title}'`);
    assert(renamed.renderedVersion === document.version, `rendered version ${renamed.renderedVersion}, the document's ${document.version}`);
    assert(previewPolicy(renamed.html).nonce !== nonce, 'the new page reuses the nonce of the first');

    // A sentence left open: the last rendering stays, under a banner saying why it is not updated.
    const broken = new vscode.WorkspaceEdit();
    broken.replace(document.uri, rangeOfText(document, 'made on 2026-03-14.'), 'made on 2026-03-14');
    assert(await vscode.workspace.applyEdit(broken), 'the breaking edit failed');
    const stale = await waitFor(() => {
        const state = api.preview();
        return state && state.reason && state.html.includes('Not updated: line ') ? state : undefined;
    }, { timeout: 20_000, describe: () => `a 'Not updated' banner; the preview has: ${(api.preview()?.html ?? '(no panel)').slice(0, 600)}` });
    assert(/^line \d+ does not parse \(/.test(stale.reason), `the reason: ${stale.reason}`);
    assert(stale.html.includes('Case CR-2026-55555') && stale.html.includes('<svg'), 'the last rendered order is not kept under the banner');
    previewPolicy(stale.html);
    const mended = new vscode.WorkspaceEdit();
    mended.insert(document.uri, rangeOfText(document, 'made on 2026-03-14').end, '.');
    assert(await vscode.workspace.applyEdit(mended), 'the mending edit failed');
    await waitFor(() => api.preview() && !api.preview().reason && !api.preview().html.includes('Not updated'), {
        timeout: 20_000, describe: () => `the banner to go once the order parses again: ${api.preview()?.reason}`
    });

    // Switching to another order's editor shows that one.
    const other = await open('curfew-with-monitoring.sanction');
    await waitFor(() => api.preview()?.uri === other.uri.toString() && api.preview().html.includes('Case T20267781'), {
        timeout: 20_000, describe: () => `the preview to follow to T20267781; it shows ${api.preview()?.uri}`
    });
    // The page is set; the webview loads it on its own time.
    await new Promise(resolve => setTimeout(resolve, 1500));
    await screenshot('preview');

    // Closing the panel disposes it.
    for (const tab of previewTabs()) {
        await vscode.window.tabGroups.close(tab);
    }
    await waitFor(() => api.preview() === undefined, { timeout: 10_000, describe: () => 'the preview to be gone once its tab is closed' });
    await document.save();
});

suite.test('problem matcher $sanction: a task running `sanction lint` puts its findings in Problems', async () => {
    const cli = process.env.SANCTION_E2E_CLI;
    assert(cli && fs.existsSync(cli), `the CLI is not built (${cli}): npm run build --workspace packages/cli`);
    const folder = workspaceFolder();
    const task = new vscode.Task({ type: 'sanction-e2e' }, folder, 'sanction lint bad', 'sanction-e2e',
        new vscode.ProcessExecution(process.execPath, [cli, 'lint', 'bad'], { cwd: folder.uri.fsPath, env: { NO_COLOR: '1' } }),
        ['$sanction']);
    const ended = new Promise(resolve => {
        const listener = vscode.tasks.onDidEndTaskProcess(event => {
            if (event.execution.task.name === task.name) {
                listener.dispose();
                resolve(event.exitCode);
            }
        });
    });
    await vscode.tasks.executeTask(task);
    const exitCode = await ended;
    assert(exitCode === 1, `sanction lint bad exited with ${exitCode}, not 1 (errors found)`);
    const uri = workspaceUri('bad/no-appeal-right.sanction');
    const fromTask = await waitFor(() => {
        const list = vscode.languages.getDiagnostics(uri).filter(d => d.source === 'sanction lint');
        return list.length > 0 ? list : undefined;
    }, { timeout: 20_000, describe: () => `findings of the task on bad/no-appeal-right.sanction; it has:\n      ${describeDiagnostics(uri)}` });
    const appeal = fromTask.find(d => codeOf(d) === 'missing-appeal-right');
    assert(appeal, `the task's findings lack missing-appeal-right: ${fromTask.map(d => `${codeOf(d)}: ${d.message}`).join('; ')}`);
    assert(appeal.severity === vscode.DiagnosticSeverity.Warning, `missing-appeal-right from the task has severity ${appeal.severity}`);
    const orderLine = fs.readFileSync(uri.fsPath, 'utf8').split('\n').findIndex(line => line.startsWith('order "'));
    assert(appeal.range.start.line === orderLine && appeal.range.start.character === 6, `missing-appeal-right from the task is at ${appeal.range.start.line + 1}:${appeal.range.start.character + 1}, not ${orderLine + 1}:7`);
    assert(/\(Rules 25 and 28\)$/.test(appeal.message), `the message lost its citation: ${appeal.message}`);
});

module.exports = {
    run: () => suite.run()
};

log(`loaded with workspace ${vscode.workspace.workspaceFolders?.[0]?.uri.fsPath}`);
