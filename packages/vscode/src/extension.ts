/**
 * The VS Code side of Sanction Orders: starts the language server bundled beside this file and
 * hands it the `.sanction` documents. Everything the drafter sees (diagnostics citing the Rules of
 * CM/Rec(2017)3, their documentation links) comes from the server; the commands here ask the
 * server to check the whole workspace or to render the order for the live preview (preview.ts), or
 * open the Rules reference shipped with the extension.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LINT_WORKSPACE_REQUEST, RENDER_HTML_REQUEST, type LintWorkspaceResult, type RenderHtmlParams, type RenderHtmlResult } from './protocol.js';
import { OrderPreview, type PreviewState } from './preview.js';
import { workspaceSummary } from './summary.js';
import { singularRule } from './translate.js';

const LANGUAGE_ID = 'sanction';
const NAME = 'Sanction Orders';

let client: LanguageClient | undefined;

/** What `activate` returns (`extension.exports`): the real-editor tests read the preview through it. */
export interface SanctionExtensionApi {
    /** What the preview panel shows, or undefined when it is closed. */
    preview(): PreviewState | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<SanctionExtensionApi> {
    // A log channel: vscode-languageclient 10 writes its own messages and the LSP trace there with levels.
    const outputChannel = vscode.window.createOutputChannel(NAME, { log: true });
    context.subscriptions.push(outputChannel);

    const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: {
            module: serverModule,
            transport: TransportKind.ipc,
            options: { execArgv: ['--nolazy', `--inspect=${process.env.SANCTION_SERVER_DEBUG_PORT ?? '6009'}`] }
        }
    };

    const watcher = vscode.workspace.createFileSystemWatcher('**/*.sanction');
    context.subscriptions.push(watcher);

    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: LANGUAGE_ID },
            { scheme: 'untitled', language: LANGUAGE_ID }
        ],
        synchronize: { fileEvents: watcher },
        outputChannel,
        traceOutputChannel: outputChannel
    };

    const preview = new OrderPreview(context.extensionUri, renderHtml);
    // Commands first, so that they exist (and say what is wrong) even if the server fails to start.
    context.subscriptions.push(
        preview,
        vscode.commands.registerCommand('sanction.lintWorkspace', () => lintWorkspace()),
        vscode.commands.registerCommand('sanction.showRules', () => showRules(context)),
        // From the editor title the command is given the editor's document; from the palette, nothing.
        vscode.commands.registerCommand('sanction.showPreview', (uri?: unknown) => preview.show(uri instanceof vscode.Uri ? uri : undefined)?.toString())
    );

    client = new LanguageClient(LANGUAGE_ID, NAME, serverOptions, clientOptions);
    outputChannel.info(`Starting the ${NAME} language server (${serverModule}).`);
    await client.start();
    return { preview: () => preview.state() };
}

export async function deactivate(): Promise<void> {
    const running = client;
    client = undefined;
    await running?.stop();
}

/**
 * "Check All Orders in the Workspace": the server checks every `.sanction` file of the workspace
 * folders, open or not, and publishes their diagnostics; the Problems view shows them. Returns the
 * server's counts (the e2e tests read them).
 */
async function lintWorkspace(): Promise<LintWorkspaceResult | undefined> {
    const running = client;
    if (!running?.isRunning()) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Sanction Orders: the language server is not running; see the "Sanction Orders" output.'));
        return undefined;
    }
    const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Sanction Orders: checking the workspace') },
        () => running.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST, {})
    );
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // The plural rule of the language the messages are in: English unless a translation of ours is loaded.
    const singular = singularRule(vscode.l10n.bundle ? vscode.env.language : 'en');
    void vscode.window.showInformationMessage(vscode.l10n.t('Sanction Orders: {0}', workspaceSummary(result, vscode.l10n.t, singular)));
    return result;
}

/** The server's rendering of a document for the preview; a reason when the server is not running. */
async function renderHtml(uri: vscode.Uri): Promise<RenderHtmlResult> {
    const running = client;
    if (!running?.isRunning()) {
        return { kind: 'not-rendered', reason: vscode.l10n.t('the language server is not running; see the "Sanction Orders" output') };
    }
    const params: RenderHtmlParams = { uri: running.code2ProtocolConverter.asUri(uri) };
    return running.sendRequest<RenderHtmlResult>(RENDER_HTML_REQUEST, params);
}

/**
 * "Show the Rules of CM/Rec(2017)3": the Rules reference (docs/rules.md of the repository, copied
 * into the extension at build time) in the Markdown preview; its links to the check pages work,
 * since those are shipped too. Returns the document's URI.
 */
async function showRules(context: vscode.ExtensionContext): Promise<vscode.Uri> {
    const rules = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
    try {
        await vscode.commands.executeCommand('markdown.showPreview', rules);
    } catch {
        // The built-in Markdown extension is disabled: show the text itself.
        await vscode.window.showTextDocument(rules, { preview: true });
    }
    return rules;
}
