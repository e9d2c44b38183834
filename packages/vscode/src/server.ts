/**
 * The Sanction Orders language server: Langium's LSP services over the connection VS Code opens
 * (`--node-ipc` from the extension, `--stdio` or `--socket=<port>` from other editors and tests).
 * Every diagnostic comes from the diagnostics core, with the check id as its code, a link to the
 * check's documentation and the cited Rules in `data`.
 *
 * Beside Langium's services, the server wires the editor to the core's configuration: the
 * `sanction.profile` setting is the default jurisdiction profile (a `sanction.config.json` above a
 * file wins over it), and a change to either re-checks the documents already checked. It also
 * answers `sanction/lintWorkspace` and `sanction/renderHtml` (see protocol.ts).
 */
import '@sanction-orders/language/polyfills.js';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { CancellationTokenSource, createConnection, DiagnosticSeverity, ProposedFeatures } from 'vscode-languageserver/node';
import { createSanctionServices, findingsOf, firstOrder, renderHtml } from '@sanction-orders/language';
import { CONFIG_FILE_NAME, PROFILE_IDS } from '@sanction-orders/language/config/config-file.js';
import { hasSyntaxErrors } from '@sanction-orders/language/lsp/syntax.js';
import {
    LINT_WORKSPACE_REQUEST, RENDER_HTML_REQUEST, type LintWorkspaceResult, type RenderHtmlParams, type RenderHtmlResult
} from './protocol.js';

const PROFILES = new Set(PROFILE_IDS);

const connection = createConnection(ProposedFeatures.all);
const { shared, Sanction, slowChecks } = createSanctionServices({ connection, ...NodeFileSystem });
const workspace = shared.workspace;

/** The default profile from the editor's settings; `coe` when the setting is unset or unknown. */
let settingsProfile = 'coe';

/**
 * The editor's settings, section `sanction` (Langium fetches it at the start and is sent every
 * change). Returns whether the default profile changed.
 */
function applySettings(settings: { profile?: unknown } | undefined): boolean {
    const profile = typeof settings?.profile === 'string' && PROFILES.has(settings.profile) ? settings.profile : 'coe';
    if (profile === settingsProfile) {
        return false;
    }
    settingsProfile = profile;
    Sanction.sanction.config.setDefaults({ profile });
    return true;
}

/**
 * Checks again every document that has been checked, after the configuration changed: they go
 * back to before validation, and Langium's update builds every document not validated (those of a
 * build this one interrupted too; and if an edit interrupts this one, its update does the same).
 */
async function recheck(): Promise<void> {
    await workspace.WorkspaceManager.ready;
    await workspace.WorkspaceLock.write(async token => {
        for (const document of workspace.LangiumDocuments.all) {
            if (document.state >= DocumentState.Validated) {
                workspace.DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
            }
        }
        await workspace.DocumentBuilder.update([], [], token);
    });
}

void workspace.ConfigurationProvider.ready.then(async () => {
    const profile = await workspace.ConfigurationProvider.getConfiguration('sanction', 'profile');
    if (applySettings({ profile })) {
        await recheck();
    }
});
workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
    if (update.section === 'sanction' && applySettings(update.configuration)) {
        void recheck();
    }
});
shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
    if (params.changes.some(change => change.uri.endsWith(`/${CONFIG_FILE_NAME}`))) {
        Sanction.sanction.config.invalidate();
        void recheck();
    }
});

connection.onRequest(LINT_WORKSPACE_REQUEST, () => lintWorkspace());
connection.onRequest(RENDER_HTML_REQUEST, (params: RenderHtmlParams) => renderDocument(params));

/**
 * Loads every `.sanction` file of the workspace folders (files created since the start too), checks
 * them and the open documents, and counts their diagnostics. A user's edit may interrupt the build
 * (it cancels this one); then it is run again.
 */
async function lintWorkspace(): Promise<LintWorkspaceResult> {
    await workspace.WorkspaceManager.ready;
    const folders = workspace.WorkspaceManager.workspaceFolders ?? [];
    const uris = (await Promise.all(folders.map(folder => workspace.WorkspaceManager.searchFolder(URI.parse(folder.uri))))).flat();
    let documents: LangiumDocument[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
        let completed = false;
        await workspace.WorkspaceLock.write(async token => {
            for (const uri of uris) {
                if (!workspace.LangiumDocuments.hasDocument(uri)) {
                    try {
                        await workspace.LangiumDocuments.getOrCreateDocument(uri);
                    } catch {
                        // Deleted or unreadable since the search: nothing to check.
                    }
                }
            }
            documents = workspace.LangiumDocuments.all.filter(document => document.uri.scheme === 'file' || document.uri.scheme === 'untitled').toArray();
            await workspace.DocumentBuilder.build(documents, { validation: true }, token);
            completed = !token.isCancellationRequested;
        });
        if (completed) {
            break;
        }
    }
    // Files the builder does not validate (a library loaded only because an order imports it) are not counted.
    return workspace.WorkspaceLock.read(() => count(documents.filter(document => document.diagnostics !== undefined)));
}

function count(documents: LangiumDocument[]): LintWorkspaceResult {
    const result: LintWorkspaceResult = { files: documents.length, filesWithProblems: 0, problems: 0, errors: 0, warnings: 0, infos: 0, hints: 0, profiles: {} };
    for (const document of documents) {
        const diagnostics = document.diagnostics ?? [];
        result.problems += diagnostics.length;
        result.filesWithProblems += diagnostics.length > 0 ? 1 : 0;
        for (const diagnostic of diagnostics) {
            switch (diagnostic.severity ?? DiagnosticSeverity.Error) {
                case DiagnosticSeverity.Error: result.errors++; break;
                case DiagnosticSeverity.Warning: result.warnings++; break;
                case DiagnosticSeverity.Information: result.infos++; break;
                default: result.hints++;
            }
        }
        const profile = Sanction.sanction.config.forDocument(document.uri).profile;
        result.profiles[profile] = (result.profiles[profile] ?? 0) + 1;
    }
    return result;
}

/**
 * The order of an open document rendered as `sanction render --to html` renders it, from the
 * server's own parse. A normal read waits for the writes queued before it, so the build of an edit
 * that arrived before this request is done. Never fails: anything unexpected becomes the reason.
 */
async function renderDocument(params: RenderHtmlParams): Promise<RenderHtmlResult> {
    try {
        await workspace.WorkspaceManager.ready;
        const uri = URI.parse(String(params?.uri));
        for (let attempt = 0; attempt < 3; attempt++) {
            // The rendered annex lists every finding: the slow checks run now if they are pending.
            await slowChecks.complete(uri);
            const result = await workspace.WorkspaceLock.read(() => renderCurrent(uri));
            if (result !== 'not-validated') {
                return result;
            }
            // Between builds (one was cancelled by the next edit): wait for this document's check, a while.
            const wait = new CancellationTokenSource();
            const timer = setTimeout(() => wait.cancel(), 2000);
            await workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, wait.token).catch(() => undefined);
            clearTimeout(timer);
            wait.dispose();
        }
        return notRendered('the order is still being checked; the preview follows when it is');
    } catch (error) {
        connection.console.error(`${RENDER_HTML_REQUEST} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        return notRendered(`the order could not be rendered (${oneLine(error instanceof Error ? error.message : String(error))}); the "Sanction Orders" output has the details`);
    }
}

/** The document rendered from its parse and findings, or 'not-validated' when its check is not done. */
function renderCurrent(uri: URI): RenderHtmlResult | 'not-validated' {
    const document = workspace.LangiumDocuments.getDocument(uri);
    if (!document) {
        return notRendered('the server has not opened this document: open it in the editor to preview it');
    }
    if (!slowChecks.isComplete(document)) {
        return 'not-validated';
    }
    const findings = findingsOf(document);
    if (hasSyntaxErrors(document)) {
        const first = findings.find(f => f.checkId === 'syntax-error');
        const where = first ? `line ${first.range.start.line + 1} does not parse (${oneLine(first.message)})` : 'the order does not parse';
        return notRendered(`${where}; the preview follows again once it does`);
    }
    const order = firstOrder(document);
    if (!order) {
        return notRendered('no order in this file: write `order "<case reference>".` to start one (a library\'s templates show in the orders that apply them)');
    }
    const errors = findings.filter(f => f.severity === 'error');
    const firstError = errors[0];
    return {
        kind: 'rendered',
        html: renderHtml(order, findings),
        title: `Order ${order.caseReference}`,
        version: shared.workspace.TextDocuments.get(uri.toString())?.version ?? 0,
        errors: errors.length,
        warnings: findings.filter(f => f.severity === 'warning').length,
        ...(firstError ? { firstError: `line ${firstError.range.start.line + 1}, ${firstError.checkId}` } : {})
    };
}

function notRendered(reason: string): RenderHtmlResult {
    return { kind: 'not-rendered', reason };
}

/** A message on one line, not too long for a banner. */
function oneLine(text: string): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}

startLanguageServer(shared);
