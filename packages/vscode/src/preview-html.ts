/**
 * The page the live preview's webview shows, built from the server's `sanction/renderHtml` answer.
 * No `vscode` here, so that unit tests read exactly what the webview is given: its words come
 * through a `Translate` function, `vscode.l10n.t` in the extension and English by default.
 *
 * The renderer's HTML is kept as it is (every value from the order is escaped there, so a `<` in
 * the output is the renderer's own markup), with three additions: a Content-Security-Policy that
 * allows no script and no remote resource, a nonce on each of the renderer's `<style>` elements (the
 * page's and the timeline SVG's), and the extension's own stylesheet, which shows the order as paper
 * whatever the editor's theme and styles the banner that says what the preview is not showing.
 */
import type { RenderedHtml } from './protocol.js';
import { english, type Translate } from './translate.js';

/** What the webview supplies: its resource origin, a fresh nonce, and the stylesheet's webview URI. */
export interface PreviewPage {
    /** `webview.cspSource`. */
    readonly cspSource: string;
    /** Base64, fresh for each page. */
    readonly nonce: string;
    /** `webview.asWebviewUri(<extension>/media/preview.css)`, as a string. */
    readonly stylesheet: string;
    /** The language of the page's own words (`lang` of a page with nothing rendered); English by default. */
    readonly lang?: string;
}

/** The policy: nothing by default; images and styles only from the extension, the page's nonce and (images) data: URIs. */
export function previewCsp(page: Pick<PreviewPage, 'cspSource' | 'nonce'>): string {
    return `default-src 'none'; img-src ${page.cspSource} data:; style-src ${page.cspSource} 'nonce-${page.nonce}'`;
}

/** Escapes text for HTML content and attribute values. */
function escape(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The one-line banner above a rendered order with errors: what the CLI would do with it. */
export function findingsBanner(rendered: Pick<RenderedHtml, 'errors' | 'firstError'>, t: Translate = english): string | undefined {
    if (rendered.errors === 0) {
        return undefined;
    }
    // Whole sentences, one per form: the errors are never 0 here, so "one" is 1 in English and French alike.
    const { errors, firstError } = rendered;
    if (firstError) {
        return errors === 1
            ? t('This order has 1 error (first: {0}): `sanction render` refuses it until it is fixed. The annex lists every finding.', firstError)
            : t('This order has {0} errors (first: {1}): `sanction render` refuses it until they are fixed. The annex lists every finding.', errors, firstError);
    }
    return errors === 1
        ? t('This order has 1 error: `sanction render` refuses it until it is fixed. The annex lists every finding.')
        : t('This order has {0} errors: `sanction render` refuses it until they are fixed. The annex lists every finding.', errors);
}

function headAdditions(page: PreviewPage, title?: string): string {
    return `<meta http-equiv="Content-Security-Policy" content="${escape(previewCsp(page))}">`
        + (title !== undefined ? `<title>${escape(title)}</title>` : '');
}

function bannerHtml(text: string): string {
    return `<div class="sanction-preview-banner" role="status">${escape(text)}</div>`;
}

/**
 * The webview's page for a rendered order, with an optional banner (the errors, or why the text as
 * it is now could not be rendered). Throws if the renderer's HTML lacks its `<head>` or `<body>`, or
 * holds a `<script>`, which the renderer never writes: the caller shows the reason instead.
 */
export function renderedPage(rendered: Pick<RenderedHtml, 'html'>, page: PreviewPage, banner?: string): string {
    const html = rendered.html;
    if (/<script/i.test(html)) {
        throw new Error('the rendered order holds a <script> element, which the preview never shows');
    }
    const charset = '<meta charset="utf-8">';
    const headAt = html.indexOf('<head>');
    const headEnd = html.indexOf('</head>');
    const bodyMatch = /<body(?=[\s>])[^>]*>/.exec(html);
    if (headAt < 0 || headEnd < headAt || !bodyMatch || bodyMatch.index < headEnd) {
        throw new Error('the rendered order has no <head> and <body>');
    }
    // The policy goes before any style: right after the charset (which must come first), or the <head>.
    const policyAt = html.startsWith(charset, headAt + '<head>'.length) ? headAt + '<head>'.length + charset.length : headAt + '<head>'.length;
    const bodyAt = bodyMatch.index + bodyMatch[0].length;
    const withNonce = (part: string) => part.replace(/<style(?=[\s>])/g, `<style nonce="${escape(page.nonce)}"`);
    return html.slice(0, policyAt)
        + headAdditions(page)
        + withNonce(html.slice(policyAt, headEnd))
        // After the renderer's styles, so that the paper look wins on screen.
        + `<link rel="stylesheet" href="${escape(page.stylesheet)}">`
        + html.slice(headEnd, bodyAt)
        + (banner !== undefined ? bannerHtml(banner) : '')
        + withNonce(html.slice(bodyAt));
}

/** The webview's page when there is no rendered order to show: the reason, in the same frame. */
export function reasonPage(reason: string, page: PreviewPage, t: Translate = english): string {
    return `<!DOCTYPE html>
<html lang="${escape(page.lang ?? 'en')}">
<head><meta charset="utf-8">${headAdditions(page, t('Sanction Orders preview'))}<link rel="stylesheet" href="${escape(page.stylesheet)}"></head>
<body class="sanction-preview-empty">
${bannerHtml(t('Nothing to preview: {0}.', reason))}
</body>
</html>
`;
}
