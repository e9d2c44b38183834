import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import { describe, expect, it } from 'vitest';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';
import { findingsOf, lintFiles } from '../../language/src/core/lint.js';
import { measuresOf } from '../../language/src/model/order-model.js';
import { firstOrder, measureParts, orderDocument } from '../../language/src/render/index.js';
import { DOCX_STYLES, renderDocx } from '../../language/src/render/docx.js';
import type { Finding } from '../../language/src/core/finding.js';
import { renderCommand } from '../../packages/cli/src/commands/render.js';
import type { Io } from '../../packages/cli/src/io.js';

const EXAMPLES = path.resolve(__dirname, '../../examples');

function testIo(cwd: string): Io & { out: string; err: string } {
    const io = { cwd, env: {}, stdoutIsTTY: false, out: '', err: '', stdout: (t: string) => { io.out += t; }, stderr: (t: string) => { io.err += t; } };
    return io;
}

/** Example files that hold an order and render without --allow-findings (the good ones). */
function goodExamples(): string[] {
    const list = (dir: string): string[] => fs.readdirSync(path.join(EXAMPLES, dir), { withFileTypes: true }).flatMap(entry =>
        entry.isDirectory() ? (entry.name === 'bad' ? [] : list(path.join(dir, entry.name)))
            : entry.name.endsWith('.sanction') && /^order\s+"/m.test(fs.readFileSync(path.join(EXAMPLES, dir, entry.name), 'utf8')) ? [path.join(dir, entry.name)] : []);
    return list('.').sort();
}

/** What the model says the document must hold: each requirement's figures (marked segments), and every paragraph's text. */
async function expected(example: string): Promise<{ figures: string[]; items: string[]; court?: string; findings: Finding[] }> {
    const { Sanction } = createSanctionCoreServices(NodeFileSystem);
    const [result] = await lintFiles(Sanction, [URI.file(path.join(EXAMPLES, example))], {
        inspect: document => {
            const order = firstOrder(document)!;
            const figures = measuresOf(order).flatMap(measure => measureParts(measure).parts.flat().flatMap(s => typeof s === 'string' ? [] : [s.text]));
            const { heading, sections } = orderDocument(order);
            return { figures, items: sections.filter(s => s.title !== 'Requirements').flatMap(s => s.items), court: heading.court, findings: findingsOf(document) };
        }
    });
    return result.inspected!;
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The text of document.xml with runs joined: what a reader sees, paragraph by paragraph. */
function paragraphs(documentXml: string): string[] {
    return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(p => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(t => t[1]).join(''));
}

async function renderToDocx(example: string, extra: string[] = []): Promise<Record<string, Uint8Array>> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-'));
    const out = path.join(dir, 'order.docx');
    const io = testIo(EXAMPLES);
    expect(await renderCommand.run([example, '--to', 'docx', '--out', out, ...extra], io)).toBe(0);
    expect(io.err).toBe('');
    expect(io.out).toBe('');
    expect(fs.readdirSync(dir)).toEqual(['order.docx']);
    return unzipSync(new Uint8Array(fs.readFileSync(out)));
}

describe('DOCX render', () => {
    const examples = goodExamples();

    it('finds the examples', () => {
        expect(examples.length).toBeGreaterThanOrEqual(8);
    });

    for (const example of examples) {
        it(`${example}: every requirement's figures and every paragraph are in word/document.xml`, async () => {
            const zip = await renderToDocx(example);
            const documentXml = strFromU8(zip['word/document.xml']);
            const { figures, items, court, findings } = await expected(example);
            expect(figures.length).toBeGreaterThan(0);
            for (const figure of figures) {
                // Each figure is a run of its own, in bold.
                expect(documentXml).toMatch(new RegExp(`<w:b/>(?:(?!</w:r>)[\\s\\S])*<w:t(?: [^>]*)?>${xmlText(figure).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</w:t>`));
            }
            const shown = paragraphs(documentXml);
            for (const item of items) expect(shown).toContain(xmlText(item));
            if (court) expect(shown[0]).toBe(xmlText(court));
            expect(shown).toContain('Annex: Rules of Recommendation CM/Rec(2017)3 the order was checked against');
            if (findings.length === 0) {
                expect(shown).toContain('No findings remain.');
            } else {
                // Warnings do not stop the render; they are listed, one paragraph each.
                expect(shown).toContain('Findings that remain');
                for (const f of findings) expect(shown).toContain(xmlText(`Line ${f.range.start.line + 1} (${f.severity}, ${f.checkId}): ${f.message}`));
            }
        });
    }

    it('has named styles a court can change, and numbers the order\'s paragraphs through its style', async () => {
        const zip = await renderToDocx('curfew-with-monitoring.sanction');
        const styles = strFromU8(zip['word/styles.xml']);
        for (const style of Object.values(DOCX_STYLES)) {
            expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="${style.id}"[^>]*>\\s*<w:name w:val="${style.name}"/>`));
        }
        // The numbering is a property of the Order Paragraph style, not of each paragraph.
        expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="OrderParagraph"[^>]*>(?:(?!<\/w:style>)[\s\S])*<w:numPr>/);
        const numbering = strFromU8(zip['word/numbering.xml']);
        expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
        expect(numbering).toContain('<w:lvlText w:val="%1."/>');
        const documentXml = strFromU8(zip['word/document.xml']);
        expect(documentXml).toContain('<w:pStyle w:val="OrderParagraph"/>');
        expect(documentXml).toContain('<w:pStyle w:val="OrderHeading"/>');
        expect(documentXml).toContain('<w:pStyle w:val="AnnexHeading"/>');
        expect(documentXml).toContain('<w:pStyle w:val="AnnexItem"/>');
    });

    it('holds the timeline as an SVG picture with a PNG fallback and a table of the bars', async () => {
        const zip = await renderToDocx('curfew-with-monitoring.sanction');
        const media = Object.keys(zip).filter(name => name.startsWith('word/media/')).sort();
        const svg = media.find(name => name.endsWith('.svg'));
        const png = media.find(name => name.endsWith('.png'));
        expect(svg && png).toBeTruthy();
        expect(strFromU8(zip[svg!])).toContain('aria-label="Timeline of the order"');
        expect([...zip[png!].subarray(0, 8)]).toEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        const shown = paragraphs(strFromU8(zip['word/document.xml']));
        // The burden's figure is the burden model's (model/burden.ts), tested there.
        expect(shown.filter(p => /^Timeline\. Starts 2026-05-04; ends 2027-05-04; reviewed at weeks 17, 35; control burden [\d.]+ \([\d.]+ a week on average\)\.$/.test(p))).toHaveLength(1);
        // The table: a header row and one row per bar (curfew, electronic monitoring, exclusion, supervision).
        const cells = shown.slice(shown.indexOf('Requirement'), shown.indexOf('Requirement') + 15);
        expect(cells).toEqual(['Requirement', 'From week', 'To week', 'curfew', '0', '17', 'electronic monitoring', '0', '17', 'exclusion', '0', '26', 'supervision', '0', '26']);
    });

    it('puts the findings that remain in the annex with --allow-findings', async () => {
        const zip = await renderToDocx('bad/durations.sanction', ['--allow-findings']);
        const shown = paragraphs(strFromU8(zip['word/document.xml']));
        expect(shown).toContain('Findings that remain');
        expect(shown.some(p => /^Line \d+ \(error, [a-z-]+\): /.test(p))).toBe(true);
    });

    it('needs --out, and refuses an order with errors without writing', async () => {
        await expect(renderCommand.run(['curfew-with-monitoring.sanction', '--to', 'docx'], testIo(EXAMPLES))).rejects.toThrow('--to docx writes a binary file: give --out <file>.docx');
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-bad-'));
        const io = testIo(EXAMPLES);
        expect(await renderCommand.run(['bad/durations.sanction', '--to', 'docx', '--out', path.join(dir, 'x.docx')], io)).toBe(1);
        expect(io.err).toMatch(/^sanction render: bad\/durations\.sanction: the order has \d+ errors? .*--allow-findings\n$/);
        expect(fs.readdirSync(dir)).toEqual([]);
    });
});

describe('timeline PNG fallback', () => {
    it('is a valid indexed PNG of the SVG\'s size, with the bars drawn where the layout puts them', async () => {
        const { crc32, inflateSync } = await import('node:zlib');
        const { timelineLayout } = await import('../../language/src/render/index.js');
        const { renderTimelinePng } = await import('../../language/src/render/png.js');
        const timeline = { orderWeeks: 52, start: '2026-05-04', end: '2027-05-03', bars: [{ label: 'curfew', fromWeek: 0, toWeek: 26 }, { label: 'supervision', fromWeek: 0, toWeek: 52 }], reviews: [17, 35], burden: 10, burdenPerWeek: 0.2 };
        const png = Buffer.from(renderTimelinePng(timeline));
        expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        const chunks: Record<string, Buffer> = {};
        for (let at = 8; at < png.length;) {
            const length = png.readUInt32BE(at);
            const type = png.subarray(at + 4, at + 8).toString('latin1');
            const body = png.subarray(at + 8, at + 8 + length);
            expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
            chunks[type] = body;
            at += 12 + length;
        }
        expect(Object.keys(chunks)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
        const layout = timelineLayout(timeline);
        expect([chunks.IHDR.readUInt32BE(0), chunks.IHDR.readUInt32BE(4), chunks.IHDR[8], chunks.IHDR[9]]).toEqual([layout.width, layout.height, 8, 3]);
        const raw = inflateSync(chunks.IDAT);
        expect(raw.length).toBe((layout.width + 1) * layout.height);
        const pixel = (x: number, y: number) => raw[Math.round(y) * (layout.width + 1) + 1 + Math.round(x)];
        const [curfew, supervision] = layout.bars;
        expect(pixel(curfew.x + 2, curfew.y + 2)).toBe(1); // bar colour
        expect(pixel(curfew.x + curfew.width + 5, curfew.y + 2)).toBe(0); // after the curfew's 26 weeks: white
        expect(pixel(supervision.x + supervision.width - 2, supervision.y + 2)).toBe(1);
        expect(pixel(layout.left + 10, layout.axisY)).toBe(3); // the axis, black
    });
});

describe('DOCX escaping', () => {
    it('keeps markup and control characters from the order out of the document\'s XML', async () => {
        const { lintText } = await import('../../language/src/core/lint.js');
        const { testServices } = await import('../helpers.js');
        const { document, findings } = await lintText(testServices(), `order "X<1>".
made on 2026-05-04.
decided by "</w:t><w:t>injected & \u202Ecourt".
person "<script>alert(1)</script> \u0007", convicted, understands English.
in force for 12 months.
requirement curfew, at "\\"><img src=x onerror=alert(1)>", from 19:00 to 07:00, on every day, for 4 months.
`);
        const zip = unzipSync(await renderDocx(firstOrder(document)!, findings));
        const xml = strFromU8(zip['word/document.xml']);
        expect(xml).not.toMatch(/<script|<img|<w:t>injected/);
        expect(xml).not.toMatch(/[\u0007\u202E]/);
        expect(paragraphs(xml)).toContain('&lt;/w:t&gt;&lt;w:t&gt;injected &amp; court');
        expect(paragraphs(xml)).toContain('&lt;script&gt;alert(1)&lt;/script&gt; , convicted, understands English.');
        expect(xml).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</w:t>');
    });
});
