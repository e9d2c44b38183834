/**
 * The extension as a user gets it: test/e2e/run.mjs installs the .vsix that `npm run package` built
 * into an empty extensions dir (`code-server --install-extension`) and runs this suite. It checks
 * that the installed copy (not packages/vscode) activates on a .sanction file and works from what
 * the .vsix holds: the bundled server, the snippets, the Rules reference, the preview's stylesheet.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { EXTENSION_ID, assert, codeOf, describeDiagnostics, diagnosticsWithCode, log, open, screenshot, Suite, tidyWorkbench, waitFor } = require('./helpers.cjs');

const suite = new Suite('Sanction Orders in VS Code (installed from the .vsix)');

suite.test('the installed extension is the one loaded', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert(extension, `${EXTENSION_ID} is not installed`);
    const expected = process.env.SANCTION_E2E_EXTENSION_PATH;
    assert(expected && path.resolve(extension.extensionPath) === path.resolve(expected), `the extension runs from ${extension.extensionPath}, not from the installed ${expected}`);
    assert(!fs.existsSync(path.join(extension.extensionPath, 'src')), 'the installed extension holds its sources: not a .vsix install');
    assert(!extension.isActive, 'the extension is active before any .sanction file is open');
});

suite.test('its manifest\'s words come from the packaged package.nls.json (the editor runs in English)', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    // VS Code puts the words in place of the manifest's %key% placeholders when it reads the manifest.
    const { commands, configuration } = extension.packageJSON.contributes;
    const titles = commands.map(command => `${command.category}: ${command.title}`);
    const expected = ['Sanction Orders: Check All Orders in the Workspace', 'Sanction Orders: Show the Rules of CM/Rec(2017)3', 'Sanction Orders: Open Preview to the Side'];
    assert(JSON.stringify(titles) === JSON.stringify(expected), `the commands' titles are ${JSON.stringify(titles)}`);
    const description = configuration.properties['sanction.profile'].markdownDescription;
    assert(/^The jurisdiction profile orders are checked against when no `sanction\.config\.json`/.test(description), `the profile setting reads '${description}'`);
    assert(fs.existsSync(path.join(extension.extensionPath, 'l10n', 'bundle.l10n.fr.json')), 'the .vsix lacks the French of the messages');
});

suite.test('it activates on a .sanction file and its server publishes diagnostics', async () => {
    const document = await open('bad/durations.sanction');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    await waitFor(() => extension.isActive, { timeout: 30_000, describe: () => 'the installed extension to activate' });
    await diagnosticsWithCode(document.uri, 'open-ended-duration', { filter: d => document.getText(d.range) === 'until further order' });
});

suite.test('its bundled server reads sanction.config.json (with no node_modules around it)', async () => {
    const document = await open('bad/durations.sanction');
    await diagnosticsWithCode(document.uri, 'open-ended-duration');
    const configFile = path.join(vscode.workspace.workspaceFolders[0].uri.fsPath, 'bad', 'sanction.config.json');
    fs.writeFileSync(configFile, JSON.stringify({ profile: 'england-wales', checks: { 'open-ended-duration': 'off' } }) + '\n');
    try {
        await waitFor(() => !vscode.languages.getDiagnostics(document.uri).some(d => codeOf(d) === 'open-ended-duration'), {
            timeout: 30_000, describe: () => `open-ended-duration to go once sanction.config.json turns it off:\n      ${describeDiagnostics(document.uri)}`
        });
    } finally {
        fs.rmSync(configFile, { force: true });
    }
    await diagnosticsWithCode(document.uri, 'open-ended-duration', { timeout: 30_000 });
});

suite.test('its packaged snippets and Rules reference work', async () => {
    const document = await open('community-order-unpaid-work.sanction');
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(document.lineCount - 1, 0));
    const snippets = list.items.filter(item => item.kind === vscode.CompletionItemKind.Snippet).map(item => typeof item.label === 'string' ? item.label : item.label.label);
    assert(snippets.some(label => label.startsWith('requirement')), `no requirement snippets offered: ${snippets.join(', ')}`);
    const uri = await vscode.commands.executeCommand('sanction.showRules');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert(uri && uri.fsPath.startsWith(extension.extensionPath) && fs.existsSync(uri.fsPath), `the Rules reference is not in the installed extension: ${uri && uri.fsPath}`);
});

suite.test('its preview renders the order, with the stylesheet the .vsix ships', async () => {
    const document = await open('community-order-unpaid-work.sanction');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const stylesheet = path.join(extension.extensionPath, 'media', 'preview.css');
    assert(fs.existsSync(stylesheet), `the .vsix lacks the preview's stylesheet: ${stylesheet}`);
    assert(await vscode.commands.executeCommand('sanction.showPreview') === document.uri.toString(), 'the preview is not of the open order');
    const state = await waitFor(() => {
        const current = extension.exports.preview();
        return current && current.html.includes('<svg') ? current : undefined;
    }, { timeout: 30_000, describe: () => `a rendered preview; it shows: ${(extension.exports.preview()?.html ?? '(no panel)').slice(0, 400)}` });
    assert(/<link rel="stylesheet" href="[^"]*\/media\/preview\.css">/.test(state.html), 'the page does not link the shipped stylesheet');
    assert(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; /.test(state.html), 'the page lacks its policy');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => extension.exports.preview() === undefined, { timeout: 10_000, describe: () => 'the preview to close with the editors' });
});

suite.test('screenshot of the installed extension at work', async () => {
    await tidyWorkbench();
    const document = await open('bad/durations.sanction');
    await diagnosticsWithCode(document.uri, 'open-ended-duration');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.window.showTextDocument(document, { preview: false });
    await new Promise(resolve => setTimeout(resolve, 1000));
    await screenshot('screenshot-installed');
});

module.exports = {
    run: () => suite.run()
};

log(`installed suite loaded with workspace ${vscode.workspace.workspaceFolders?.[0]?.uri.fsPath}`);
