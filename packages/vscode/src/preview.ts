/**
 * "Open Preview to the Side": the order of the active `.sanction` editor rendered by the language
 * server (`sanction/renderHtml`, the renderer of `sanction render --to html`) in a webview beside it,
 * with its timeline. It follows the drafter: an edit of the shown document renders it again after a
 * pause in typing, switching to another `.sanction` editor shows that one.
 *
 * The webview runs no script at all, loads nothing remote and reads only the extension's media/
 * folder (see preview-html.ts for the page and its Content-Security-Policy).
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { RenderHtmlResult, RenderedHtml } from './protocol.js';
import { findingsBanner, renderedPage, reasonPage, type PreviewPage } from './preview-html.js';

export const PREVIEW_VIEW_TYPE = 'sanction.preview';
const LANGUAGE_ID = 'sanction';
/** A pause in typing this long renders again (each render reloads the webview). */
export const PREVIEW_DEBOUNCE_MS = 300;

/** Asks the server to render a document; rejects or answers a reason when it cannot. */
export type RenderRequest = (uri: vscode.Uri) => Promise<RenderHtmlResult>;

/** What the preview shows, for the real-editor tests (through the extension's API). */
export interface PreviewState {
    /** The document previewed. */
    readonly uri: string;
    /** The webview's HTML, as set. */
    readonly html: string;
    readonly title: string;
    readonly options: vscode.WebviewOptions;
    /** Pages set since the panel opened. */
    readonly updates: number;
    /** The version of the document last rendered, or undefined while nothing has rendered. */
    readonly renderedVersion?: number;
    /** Why the current text is not shown, if it is not. */
    readonly reason?: string;
}

export class OrderPreview implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private uri: vscode.Uri | undefined;
    private readonly listeners: vscode.Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** Requests made; an answer to an older one than the last is dropped. */
    private requested = 0;
    private updates = 0;
    /** The last rendered order of the document shown, kept while an edit does not parse. */
    private lastRendered: RenderedHtml | undefined;
    private reason: string | undefined;
    /** What the page was made from, so that an edit that renders the same order does not reload it. */
    private shownKey: string | undefined;

    constructor(private readonly extensionUri: vscode.Uri, private readonly render: RenderRequest) {}

    /** Opens the preview beside the editor of `uri` (or the active one), or shows it that document. */
    show(uri?: vscode.Uri): vscode.Uri | undefined {
        const target = uri ?? this.activeSanctionDocument();
        if (!target) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Sanction Orders: open a .sanction order, then run "Open Preview to the Side" to see it rendered.'));
            return undefined;
        }
        if (!this.panel) {
            this.panel = this.createPanel();
        } else {
            this.panel.reveal(vscode.ViewColumn.Beside, true);
        }
        this.follow(target);
        return target;
    }

    /** What the panel shows, or undefined when it is closed. */
    state(): PreviewState | undefined {
        if (!this.panel || !this.uri) {
            return undefined;
        }
        return {
            uri: this.uri.toString(),
            html: this.panel.webview.html,
            title: this.panel.title,
            options: this.panel.webview.options,
            updates: this.updates,
            renderedVersion: this.lastRendered?.version,
            reason: this.reason
        };
    }

    dispose(): void {
        this.panel?.dispose();
        this.closed();
    }

    private createPanel(): vscode.WebviewPanel {
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Order preview'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
            enableScripts: false,
            enableForms: false,
            enableCommandUris: false,
            enableFindWidget: true,
            localResourceRoots: [this.mediaFolder()]
        });
        panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'icon.png');
        this.listeners.push(
            panel.onDidDispose(() => this.closed()),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (this.uri && event.document.uri.toString() === this.uri.toString() && event.contentChanges.length > 0) {
                    this.schedule(PREVIEW_DEBOUNCE_MS);
                }
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (editor && editor.document.languageId === LANGUAGE_ID && editor.document.uri.toString() !== this.uri?.toString()) {
                    this.follow(editor.document.uri);
                }
            }),
            vscode.workspace.onDidCloseTextDocument(document => {
                if (this.uri && document.uri.toString() === this.uri.toString() && document.isClosed) {
                    this.schedule(0);
                }
            })
        );
        return panel;
    }

    private mediaFolder(): vscode.Uri {
        return vscode.Uri.joinPath(this.extensionUri, 'media');
    }

    private activeSanctionDocument(): vscode.Uri | undefined {
        const document = vscode.window.activeTextEditor?.document;
        return document && document.languageId === LANGUAGE_ID ? document.uri : undefined;
    }

    private follow(uri: vscode.Uri): void {
        if (uri.toString() !== this.uri?.toString()) {
            this.uri = uri;
            this.lastRendered = undefined;
            this.shownKey = undefined;
        }
        this.schedule(0);
    }

    private schedule(delay: number): void {
        if (this.timer !== undefined) {
            clearTimeout(this.timer);
        }
        this.timer = setTimeout(() => {
            this.timer = undefined;
            // update() sets a reason page on any failure; a disposed webview refusing it is the only rejection left.
            this.update().catch(() => undefined);
        }, delay);
    }

    /** Renders the document shown and sets the page; never throws (a failure becomes the reason shown). */
    private async update(): Promise<void> {
        const uri = this.uri;
        if (!this.panel || !uri) {
            return;
        }
        const request = ++this.requested;
        let result: RenderHtmlResult;
        try {
            result = await this.render(uri);
        } catch (error) {
            result = { kind: 'not-rendered', reason: vscode.l10n.t('the language server did not answer ({0})', error instanceof Error ? error.message : String(error)) };
        }
        // Closed, moved to another document or asked again meanwhile: a later answer is coming.
        if (!this.panel || request !== this.requested || uri.toString() !== this.uri?.toString()) {
            return;
        }
        try {
            this.present(result);
        } catch (error) {
            this.reason = vscode.l10n.t('the preview could not show the order ({0})', error instanceof Error ? error.message : String(error));
            const reason = this.reason;
            this.setPage(`reason:${reason}`, page => reasonPage(reason, page, vscode.l10n.t), vscode.l10n.t('Order preview'));
        }
    }

    private present(result: RenderHtmlResult): void {
        if (result.kind === 'rendered') {
            const banner = findingsBanner(result, vscode.l10n.t);
            this.setPage(`rendered:${banner}:${result.html}`, page => renderedPage(result, page, banner), vscode.l10n.t('Preview {0}', result.title));
            // Kept only once shown: a page the preview refused is not shown again under a banner.
            this.lastRendered = result;
            this.reason = undefined;
            return;
        }
        this.reason = result.reason;
        const last = this.lastRendered;
        if (last) {
            const banner = vscode.l10n.t('Not updated: {0}. Shown: the order as it last rendered.', result.reason);
            this.setPage(`stale:${banner}:${last.html}`, page => renderedPage(last, page, banner), vscode.l10n.t('Preview {0}', last.title));
        } else {
            this.setPage(`reason:${result.reason}`, page => reasonPage(result.reason, page, vscode.l10n.t), vscode.l10n.t('Order preview'));
        }
    }

    /** Sets the page made by `make` unless it is made from what is shown already (setting it reloads the webview). */
    private setPage(key: string, make: (page: PreviewPage) => string, title: string): void {
        const panel = this.panel;
        if (!panel || key === this.shownKey) {
            return;
        }
        const webview = panel.webview;
        const page: PreviewPage = {
            cspSource: webview.cspSource,
            nonce: randomBytes(16).toString('base64'),
            stylesheet: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaFolder(), 'preview.css')).toString(),
            // The page's words are in the display language only when a translation of ours is loaded.
            lang: vscode.l10n.bundle ? vscode.env.language : 'en'
        };
        webview.html = make(page);
        panel.title = title;
        this.shownKey = key;
        this.updates++;
    }

    private closed(): void {
        if (this.timer !== undefined) {
            clearTimeout(this.timer);
            this.timer = undefined;
        }
        for (const listener of this.listeners.splice(0)) {
            listener.dispose();
        }
        this.panel = undefined;
        this.uri = undefined;
        this.lastRendered = undefined;
        this.reason = undefined;
        this.shownKey = undefined;
        this.updates = 0;
        this.requested++;
    }
}
