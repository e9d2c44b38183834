/**
 * The VS Code side of Sanction Orders: starts the language server bundled beside this file and
 * hands it the `.sanction` documents. Everything the drafter sees (diagnostics citing the Rules of
 * CM/Rec(2017)3, their documentation links) comes from the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const LANGUAGE_ID = 'sanction';
const NAME = 'Sanction Orders';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
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

    client = new LanguageClient(LANGUAGE_ID, NAME, serverOptions, clientOptions);
    outputChannel.info(`Starting the ${NAME} language server (${serverModule}).`);
    await client.start();
}

export async function deactivate(): Promise<void> {
    const running = client;
    client = undefined;
    await running?.stop();
}
