import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { findingsOf, lintText } from '../../language/src/core/lint.js';
import { firstOrder, refusal, renderHtml, escapeHtml } from '../../language/src/render/index.js';
import { measuresOf } from '../../language/src/model/order-model.js';
import { testServices } from '../helpers.js';

const EXAMPLES = join(__dirname, '../../examples');

async function render(text: string, uri?: URI) {
    const { document, findings } = await lintText(testServices(), text, uri);
    const order = firstOrder(document)!;
    return { order, findings, html: renderHtml(order, findings) };
}

let workspaceCounter = 0;
/** Loads an example with the template library it imports into one in-memory workspace, as the CLI would. */
async function renderExample(name: string) {
    const services = testServices();
    const workspace = services.shared.workspace;
    const root = `memory:///render-${++workspaceCounter}/`;
    const files = [name, ...readdirSync(join(EXAMPLES, 'library')).filter(f => f.endsWith('.sanction')).map(f => `library/${f}`)];
    const documents = files.map(path => {
        const document = workspace.LangiumDocumentFactory.fromString(readFileSync(join(EXAMPLES, path), 'utf8'), URI.parse(root + path));
        workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await workspace.DocumentBuilder.build(documents, { validation: true });
    const findings = findingsOf(documents[0]);
    const order = firstOrder(documents[0])!;
    return { order, findings, html: renderHtml(order, findings) };
}

describe('HTML render', () => {
    it('renders the curfew example in the court layout with numbered paragraphs', async () => {
        const { html, findings } = await render(`order "X1".
made on 2026-05-04.
decided by "Bristol Crown Court".
under "Sentencing Act 2020".
written in English.
person "Jordan Ellis", convicted, understands English.
offence "Affray", seriousness serious.
in force for 12 months, reviewed every 4 months.
requirement curfew, at "Flat 3", from 19:00 to 07:00, on every day, for 4 months.
requirement unpaid work, 120 hours, completed within 12 months.
rights:
  appeal to "Court of Appeal" within 28 days.
costs borne by the state.
`);
        expect(html).toContain('<p class="court">Bristol Crown Court</p>');
        expect(html).toContain('Case X1 · made on <time datetime="2026-05-04">2026-05-04</time>');
        expect(html).toContain('<p class="basis">Under Sentencing Act 2020</p>');
        expect(html).toContain('<li>Curfew requirement: at Flat 3, from 19:00 to 07:00, on every day, for 4 months.</li>');
        expect(html).toContain('<li>Unpaid work requirement: 120 hours, to be completed within 12 months.</li>');
        expect(html).toContain('<li>This order is in force for 12 months, and is reviewed every 4 months.</li>');
        expect(html).toContain('<li>Appeal lies to Court of Appeal within 28 days.</li>');
        expect(html).toContain('@page { size: A4;');
        expect(html).toContain('<html lang="en">');
        expect(html).toMatch(/<li id="rule-\d+"><strong>Rule \d+<\/strong>/);
        expect(findings.length > 0 ? html.includes('Findings that remain') : html.includes('No findings remain.')).toBe(true);
    });

    it('expands templates with their arguments', async () => {
        const { html, order, findings } = await renderExample('curfew-with-monitoring.sanction');
        expect(findings).toEqual([]);
        expect(measuresOf(order).some(m => m.via)).toBe(true);
        expect(html).toContain('Flat 3, 41 Gloucester Road, Bristol BS7 8AD');
        expect(html).toContain('(from the template &quot;home-curfew&quot;)');
        expect(html).toContain('Exclusion requirement: area Bristol city centre within the boundary shown on the attached map (map BS-CC-2026-07), on Friday to Sunday, from 21:00 to 06:00, for 6 months.');
    });

    it('renders every good example without throwing', async () => {
        for (const name of readdirSync(EXAMPLES).filter(f => f.endsWith('.sanction'))) {
            const { html, order, findings } = await renderExample(name);
            expect(refusal(findings), name).toBeUndefined();
            expect(html, name).toContain(escapeHtml(order.caseReference));
            expect(html, name).toContain('</html>');
        }
    });

    it('refuses an order with errors in one line, unless findings are allowed', () => {
        const error = { severity: 'error', checkId: 'missing-duration', range: { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } }, rules: [], message: 'm' } as never;
        expect(refusal([error])).toBe('the order has 1 error (first: line 5, missing-duration); fix them or pass --allow-findings');
        expect(refusal([error], { allowFindings: true })).toBeUndefined();
        expect(refusal([])).toBeUndefined();
    });
});

const XSS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', 'a\u202Eevil\u202Cb', "'><svg onload=alert(1)>"];

describe('HTML escaping (XSS corpus in every text field)', () => {
    for (const attack of XSS) {
        it(`escapes ${JSON.stringify(attack)}`, async () => {
            const s = JSON.stringify(attack).slice(1, -1).replace(/\\"/g, "'");
            const { html } = await render(`order "${s}".
decided by "${s}".
implemented by "${s}".
under "${s}".
person "${s}", convicted.
offence "${s}".
in force for 12 months, reviewed every 4 months.
early termination by "${s}" after 6 months, when "${s}".
requirement curfew, at "${s}", from 19:00 to 07:00, for 4 months.
requirement exclusion, area "${s}" on map "${s}", for 4 months.
requirement supervision, reporting weekly at "${s}", provided by "${s}", for 4 months.
requirement no contact, with "${s}", for 4 months.
condition "${s}", for 4 months.
on breach:
  minor non-compliance leads to "${s}".
  hearing before "${s}".
  "${s}".
rights:
  appeal to "${s}" within 28 days.
  complaints to "${s}".
costs borne by "${s}".
`);
            const main = html.replace(/<style>[\s\S]*?<\/style>/, '');
            expect(main).not.toMatch(/<(script|img)\b/i);
            expect(main.match(/<svg\b[^>]*>/gi)).toEqual(['<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 640 190" width="640" height="190" role="img" aria-label="Timeline of the order">']);
            const tags = main.match(/<[a-z][^>]*>/gi) ?? [];
            expect(tags.filter(t => /\son\w+=|src=|href=|javascript:/i.test(t))).toEqual([]);
            expect(main).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
            expect(main.split(escapeHtml(s)).length - 1).toBeGreaterThanOrEqual(15);
        });
    }
});
