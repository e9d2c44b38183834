/**
 * The live preview's page (packages/vscode/src/preview-html.ts), built from the renderer's real
 * output: the exact Content-Security-Policy, a nonce on every style, no script, no remote resource,
 * and every value of an order full of markup still escaped.
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../language/src/core/lint.js';
import { firstOrder, renderHtml } from '../../language/src/render/index.js';
import { findingsBanner, previewCsp, reasonPage, renderedPage, type PreviewPage } from '../../packages/vscode/src/preview-html.js';
import { format, type Translate } from '../../packages/vscode/src/translate.js';
import { testServices } from '../helpers.js';

// What VS Code's webviews give as their source (code-server 4.139); asWebviewUri maps into that origin.
const CSP_SOURCE = "'self' https://*.vscode-cdn.net";
const STYLESHEET = 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css';
const PAGE: PreviewPage = { cspSource: CSP_SOURCE, nonce: 'bm9uY2Utb2YtdGhlLXRlc3Q=', stylesheet: STYLESHEET };
const EXPECTED_CSP = `default-src 'none'; img-src 'self' https://*.vscode-cdn.net data:; style-src 'self' https://*.vscode-cdn.net 'nonce-bm9uY2Utb2YtdGhlLXRlc3Q='`;
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** `vscode.l10n.t` with the French bundle loaded: the entry for the English message, arguments placed. */
const FRENCH_BUNDLE = JSON.parse(fs.readFileSync(new URL('../../packages/vscode/l10n/bundle.l10n.fr.json', import.meta.url), 'utf8')) as Record<string, string>;
const french: Translate = (message: string, ...args: unknown[]) => format(FRENCH_BUNDLE[message] ?? message, args);

// Quoted text cannot hold a double quote: the attribute-breaking quote here is a single one.
const X = "<script>alert(1)</script>'><img src=x onerror=alert(2)>";
const XSS_ORDER = `order "${X}".
made on 2026-05-04.
decided by "javascript:alert(3) <iframe src=https://evil.example/>".
under "<link rel=stylesheet href=https://evil.example/a.css>".
written in English.
person "\u202Eevil\u202C <style>body{display:none}</style>", convicted, understands English.
offence "<svg onload=alert(4)>", seriousness serious.
in force for 12 months, reviewed every 4 months.
requirement curfew, at "<a href='https://evil.example/'>home</a>", from 19:00 to 07:00, on every day, for 4 months.
requirement unpaid work, 120 hours, completed within 12 months.
rights:
  appeal to "<base href=https://evil.example/>" within 28 days.
costs borne by the state.
`;

async function rendered(text: string) {
    const { document, findings } = await lintText(testServices(), text);
    // Values, not syntax: the corpus must parse, or its strings would not reach the renderer.
    expect(findings.filter(f => f.checkId === 'syntax-error')).toEqual([]);
    const order = firstOrder(document)!;
    return { html: renderHtml(order, findings), findings };
}

// Every value from the order is escaped, so each `<` of the page opens the renderer's (or the
// preview's) own markup, and no attribute value holds a `>`: tags can be read with a pattern.
/** Every start tag of the page: its name and its attributes. */
function tags(html: string): Array<{ name: string; attributes: Array<[string, string]> }> {
    return [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map(m => ({
        name: m[1].toLowerCase(),
        attributes: [...m[2].matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map(a => [a[1].toLowerCase(), a[2] ?? ''] as [string, string])
    }));
}

describe('the preview page of a rendered order', () => {
    it('has exactly the strict policy, first in the head after the charset', async () => {
        const { html } = await rendered(XSS_ORDER);
        const page = renderedPage({ html }, PAGE);
        expect(previewCsp(PAGE)).toBe(EXPECTED_CSP);
        const policies = [...page.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)].map(m => m[1]);
        expect(policies).toEqual([EXPECTED_CSP.replace(/'/g, '&#39;')]);
        expect(page).toContain(`<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${EXPECTED_CSP.replace(/'/g, '&#39;')}"><title>`);
    });

    it('puts the nonce on every style element (the page\'s and the timeline\'s), and holds no script or inline style attribute', async () => {
        const { html } = await rendered(XSS_ORDER);
        const page = renderedPage({ html }, PAGE);
        const styles = [...page.matchAll(/<style([^>]*)>/g)].map(m => m[1]);
        expect(styles).toEqual([` nonce="${PAGE.nonce}"`, ` nonce="${PAGE.nonce}"`]);
        expect(page).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="timeline"');
        const names = new Set(tags(page).map(t => t.name));
        for (const name of ['script', 'iframe', 'img', 'base', 'object', 'embed', 'a']) {
            expect(names.has(name), name).toBe(false);
        }
        const attributeNames = new Set(tags(page).flatMap(t => t.attributes.map(([name]) => name)));
        expect([...attributeNames].filter(name => name === 'style' || name.startsWith('on') || name === 'src')).toEqual([]);
        // The stylesheet from the extension is the only <link>, after the renderer's style so its paper look wins.
        expect([...page.matchAll(/<link [^>]*>/g)].map(m => m[0])).toEqual([`<link rel="stylesheet" href="${STYLESHEET}">`]);
        expect(page.indexOf('<link rel="stylesheet"')).toBeGreaterThan(page.indexOf('</style>'));
        expect(page.indexOf('<link rel="stylesheet"')).toBeLessThan(page.indexOf('</head>'));
    });

    it('refers to no URL but the SVG namespace and the extension\'s stylesheet', async () => {
        const { html } = await rendered(XSS_ORDER);
        const page = renderedPage({ html }, PAGE);
        // The order's URLs are escaped text (`https://evil.example/` is there as words); in markup
        // the only ones are the namespace, the stylesheet and the policy's origin.
        const inMarkup = tags(page).flatMap(t => t.attributes.map(([name, value]) => `${t.name} ${name}=${value}`)).filter(v => /(?:https?|javascript|data|file):/i.test(v));
        expect(inMarkup).toEqual([
            `meta content=${EXPECTED_CSP.replace(/'/g, '&#39;')}`,
            `link href=${STYLESHEET}`,
            `svg xmlns=${SVG_NAMESPACE}`
        ]);
        const hrefs = tags(page).flatMap(t => t.attributes.filter(([name]) => ['href', 'src', 'xlink:href', 'action', 'poster', 'srcset'].includes(name)).map(([, value]) => value));
        expect(hrefs).toEqual([STYLESHEET]);
        // Nor do the styles fetch anything.
        const styles = [...page.matchAll(/<style[^>]*>([^<]*)<\/style>/g)].map(m => m[1]).join('\n');
        expect(styles).not.toMatch(/url\(|@import/i);
    });

    it('keeps every value of the order escaped, bidi controls removed', async () => {
        const { html } = await rendered(XSS_ORDER);
        const page = renderedPage({ html }, PAGE);
        expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;');
        expect(page).toContain('&lt;a href=&#39;https://evil.example/&#39;&gt;home&lt;/a&gt;');
        expect(page).toContain('&lt;base href=https://evil.example/&gt;');
        expect(page).toContain('evil &lt;style&gt;body{display:none}&lt;/style&gt;');
        expect(page).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        expect(page).not.toContain('<script');
        // The page is the renderer's, with only the additions: removing them gives it back.
        const additions = new RegExp(`<meta http-equiv="Content-Security-Policy" content="[^"]*">|<link rel="stylesheet" href="[^"]*">| nonce="${PAGE.nonce}"`, 'g');
        expect(page.replace(additions, '')).toBe(html);
    });

    it('shows a banner after <body>, escaped, and the errors banner names the count and the first', async () => {
        const { html } = await rendered(XSS_ORDER);
        const banner = findingsBanner({ errors: 2, firstError: 'line 4, open-ended-duration' });
        expect(banner).toBe('This order has 2 errors (first: line 4, open-ended-duration): `sanction render` refuses it until they are fixed. The annex lists every finding.');
        expect(findingsBanner({ errors: 1, firstError: 'line 9, missing-duration' })).toBe('This order has 1 error (first: line 9, missing-duration): `sanction render` refuses it until it is fixed. The annex lists every finding.');
        expect(findingsBanner({ errors: 3 })).toBe('This order has 3 errors: `sanction render` refuses it until they are fixed. The annex lists every finding.');
        expect(findingsBanner({ errors: 1 })).toBe('This order has 1 error: `sanction render` refuses it until it is fixed. The annex lists every finding.');
        expect(findingsBanner({ errors: 0 })).toBeUndefined();
        const page = renderedPage({ html }, PAGE, 'Not updated: line 3 does not parse (<b>x</b>).');
        expect(page).toContain('<body><div class="sanction-preview-banner" role="status">Not updated: line 3 does not parse (&lt;b&gt;x&lt;/b&gt;).</div>');
    });

    it('refuses renderer output that holds a script or lacks a head and body', () => {
        expect(() => renderedPage({ html: '<!DOCTYPE html><html><head></head><body><script src="a.js"></script></body></html>' }, PAGE))
            .toThrow('the rendered order holds a <script> element, which the preview never shows');
        expect(() => renderedPage({ html: '<p>no document</p>' }, PAGE)).toThrow('the rendered order has no <head> and <body>');
    });
});

describe('the preview page with nothing rendered', () => {
    it('says why, escaped, under the same policy and with no style of its own but the stylesheet', () => {
        const page = reasonPage('line 2 does not parse (Expecting "." but found <EOF>)', PAGE);
        expect(page).toBe(`<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${EXPECTED_CSP.replace(/'/g, '&#39;')}"><title>Sanction Orders preview</title><link rel="stylesheet" href="${STYLESHEET}"></head>
<body class="sanction-preview-empty">
<div class="sanction-preview-banner" role="status">Nothing to preview: line 2 does not parse (Expecting &quot;.&quot; but found &lt;EOF&gt;).</div>
</body>
</html>
`);
    });
});

describe('the preview page in French (the extension passes vscode.l10n.t)', () => {
    it('words the errors banner in French, singular and plural, the code left as written', () => {
        expect(findingsBanner({ errors: 2, firstError: 'ligne 4, open-ended-duration' }, french)).toBe('Cette ordonnance comporte 2 erreurs (la première : ligne 4, open-ended-duration) : `sanction render` la refuse tant qu\'elles ne sont pas corrigées. L\'annexe énumère chacun des constats.');
        expect(findingsBanner({ errors: 1, firstError: 'ligne 9, missing-duration' }, french)).toBe('Cette ordonnance comporte 1 erreur (ligne 9, missing-duration) : `sanction render` la refuse tant qu\'elle n\'est pas corrigée. L\'annexe énumère chacun des constats.');
        expect(findingsBanner({ errors: 5 }, french)).toBe('Cette ordonnance comporte 5 erreurs : `sanction render` la refuse tant qu\'elles ne sont pas corrigées. L\'annexe énumère chacun des constats.');
        expect(findingsBanner({ errors: 0 }, french)).toBeUndefined();
    });

    it('says why nothing is shown in French, with the page\'s language and title', () => {
        const page = reasonPage('la ligne 2 ne peut être analysée (<EOF>)', { ...PAGE, lang: 'fr' }, french);
        expect(page).toContain('<html lang="fr">');
        expect(page).toContain('<title>Aperçu Sanction Orders</title>');
        expect(page).toContain('<div class="sanction-preview-banner" role="status">Rien à afficher : la ligne 2 ne peut être analysée (&lt;EOF&gt;).</div>');
    });
});
