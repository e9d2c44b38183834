import {
    AlignmentType, Document, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType
} from 'docx';
import type { Order } from '../generated/ast.js';
import type { Finding } from '../core/finding.js';
import { getRule } from '../rules/catalogue.js';
import { measuresOf } from '../model/order-model.js';
import { measureParts, orderDocument, rulesCited, templateNote, type Segment } from './html.js';
import { renderTimelinePng } from './png.js';
import { renderTimelineSvg, timelineLayout, timelineOf, type Timeline } from './timeline.js';

/**
 * The order as a Word document (DOCX), built with the `docx` library: the same heading, numbered
 * paragraphs, timeline and annex as the HTML. Every paragraph has a named style a court can change
 * in Word (Home → Styles) without touching the text: the numbering of the order's paragraphs belongs
 * to the "Order Paragraph" style, so restyling it renumbers the whole order.
 *
 * The timeline is the SVG of timeline.ts, embedded as an SVG picture (Word 2016 and later show it),
 * with a PNG fallback drawn from the same layout (png.ts, no native dependencies; its bars and
 * lines, without text), followed by a table of the bars with their weeks, which carries the labels
 * in text for every reader.
 */

/** The paragraph styles of the document, by id; their names are what Word's style gallery shows. */
export const DOCX_STYLES = {
    court: { id: 'OrderCourt', name: 'Order Court' },
    title: { id: 'OrderTitle', name: 'Order Title' },
    case: { id: 'OrderCase', name: 'Order Case' },
    heading: { id: 'OrderHeading', name: 'Order Heading' },
    paragraph: { id: 'OrderParagraph', name: 'Order Paragraph' },
    timeline: { id: 'OrderTimeline', name: 'Order Timeline' },
    annexHeading: { id: 'AnnexHeading', name: 'Annex Heading' },
    annex: { id: 'AnnexText', name: 'Annex Text' },
    annexItem: { id: 'AnnexItem', name: 'Annex Item' }
} as const;

const NUMBERING = 'order-paragraphs';
const FONT = 'Times New Roman';

/** Drops characters XML 1.0 cannot carry (docx escapes markup itself) and bidi controls, as the HTML does. */
function clean(text: string): string {
    return text
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
        .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '');
}

function para(style: keyof typeof DOCX_STYLES, text: string): Paragraph {
    return new Paragraph({ style: DOCX_STYLES[style].id, children: [new TextRun(clean(text))] });
}

/** A requirement's segments as runs: its figures, dates, times and places in bold, each in its own run. */
function runs(segments: readonly Segment[]): TextRun[] {
    return segments.map(segment => typeof segment === 'string'
        ? new TextRun(clean(segment))
        : new TextRun({ text: clean(segment.text), bold: true }));
}

function cell(text: string, width: number, bold = false): TableCell {
    return new TableCell({
        width: { size: width, type: WidthType.PERCENTAGE },
        children: [new Paragraph({ style: DOCX_STYLES.timeline.id, children: [new TextRun({ text: clean(text), bold })] })]
    });
}

function timelineTable(timeline: Timeline): Table {
    const header = new TableRow({ tableHeader: true, children: [cell('Requirement', 50, true), cell('From week', 25, true), cell('To week', 25, true)] });
    const rows = timeline.bars.map(bar => new TableRow({ children: [cell(bar.label, 50), cell(String(Math.round(bar.fromWeek)), 25), cell(String(Math.round(bar.toWeek)), 25)] }));
    return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function timelineCaption(timeline: Timeline): string {
    const parts = [
        timeline.start ? `Starts ${timeline.start}` : undefined,
        timeline.orderWeeks ? `ends ${timeline.end ?? `after ${Math.round(timeline.orderWeeks)} weeks`}` : undefined,
        timeline.reviews.length ? `reviewed at week${timeline.reviews.length === 1 ? '' : 's'} ${timeline.reviews.map(w => Math.round(w)).join(', ')}` : undefined,
        `control burden ${timeline.burden}${timeline.burdenPerWeek !== undefined ? ` (${timeline.burdenPerWeek} a week on average)` : ''}`
    ].filter(Boolean);
    return `Timeline. ${parts.join('; ')}.`;
}

/** The order as a `docx` Document (not yet packed). */
export function buildDocx(order: Order, findings: readonly Finding[] = []): Document {
    const { heading, sections } = orderDocument(order);
    const timeline = timelineOf(order);
    const children: (Paragraph | Table)[] = [];
    if (heading.court) children.push(para('court', heading.court));
    children.push(para('title', heading.title));
    children.push(para('case', `Case ${heading.caseReference}${heading.date ? `, made on ${heading.date}` : ''}`));
    if (heading.laws.length) children.push(para('case', `Under ${heading.laws.join('; ')}`));

    const layout = timelineLayout(timeline);
    const svg = renderTimelineSvg(timeline);
    const scale = 600 / layout.width;
    children.push(new Paragraph({
        style: DOCX_STYLES.timeline.id,
        children: [new ImageRun({
            type: 'svg',
            data: new TextEncoder().encode(svg),
            fallback: { type: 'png', data: renderTimelinePng(timeline) },
            transformation: { width: Math.round(layout.width * scale), height: Math.round(layout.height * scale) },
            altText: { name: 'Timeline', description: timelineCaption(timeline), title: 'Timeline of the order' }
        })]
    }));
    children.push(para('timeline', timelineCaption(timeline)));
    if (timeline.bars.length) children.push(timelineTable(timeline));

    const measures = measuresOf(order);
    for (const section of sections) {
        children.push(para('heading', section.title));
        if (section.title === 'Requirements') {
            for (const measure of measures) {
                const { head, parts, template } = measureParts(measure);
                const body: TextRun[] = [new TextRun(clean(head))];
                parts.forEach((part, i) => {
                    body.push(new TextRun(i === 0 ? ': ' : ', '));
                    body.push(...runs(part));
                });
                body.push(new TextRun(clean(`${templateNote(template)}.`)));
                children.push(new Paragraph({ style: DOCX_STYLES.paragraph.id, children: body }));
            }
        } else {
            for (const item of section.items) children.push(para('paragraph', item));
        }
    }

    children.push(new Paragraph({ style: DOCX_STYLES.annexHeading.id, pageBreakBefore: true, children: [new TextRun('Annex: Rules of Recommendation CM/Rec(2017)3 the order was checked against')] }));
    children.push(para('annex', 'The Recommendation advises governments; it binds no court. The summaries are ours.'));
    for (const number of rulesCited(findings)) {
        const rule = getRule(number);
        if (rule) children.push(new Paragraph({ style: DOCX_STYLES.annexItem.id, children: [new TextRun({ text: `Rule ${rule.number}`, bold: true }), new TextRun(clean(`: ${rule.summary}`))] }));
    }
    if (findings.length) {
        children.push(para('annexHeading', 'Findings that remain'));
        for (const f of findings) children.push(para('annexItem', `Line ${f.range.start.line + 1} (${f.severity}, ${f.checkId}): ${f.message}`));
    } else {
        children.push(para('annex', 'No findings remain.'));
    }

    const s = DOCX_STYLES;
    return new Document({
        title: clean(`Order ${heading.caseReference}`),
        creator: 'Sanction Orders',
        styles: {
            default: { document: { run: { font: FONT, size: 24 } } },
            paragraphStyles: [
                { ...s.court, basedOn: 'Normal', next: s.title.id, quickFormat: true, run: { font: FONT, size: 24, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
                { ...s.title, basedOn: 'Normal', next: s.case.id, quickFormat: true, run: { font: FONT, size: 32, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 }, outlineLevel: 0 } },
                { ...s.case, basedOn: 'Normal', quickFormat: true, run: { font: FONT, size: 24 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
                { ...s.heading, basedOn: 'Normal', next: s.paragraph.id, quickFormat: true, run: { font: FONT, size: 26, bold: true }, paragraph: { keepNext: true, spacing: { before: 240, after: 120 }, outlineLevel: 1 } },
                { ...s.paragraph, basedOn: 'Normal', quickFormat: true, run: { font: FONT, size: 24 }, paragraph: { numbering: { reference: NUMBERING, level: 0 }, spacing: { after: 120 } } },
                { ...s.timeline, basedOn: 'Normal', run: { font: FONT, size: 20 }, paragraph: { spacing: { after: 60 } } },
                { ...s.annexHeading, basedOn: 'Normal', next: s.annex.id, quickFormat: true, run: { font: FONT, size: 26, bold: true }, paragraph: { keepNext: true, spacing: { before: 240, after: 120 }, outlineLevel: 1 } },
                { ...s.annex, basedOn: 'Normal', run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120 } } },
                { ...s.annexItem, basedOn: s.annex.id, run: { font: FONT, size: 22 }, paragraph: { indent: { left: 360 }, spacing: { after: 60 } } }
            ]
        },
        numbering: {
            config: [{
                reference: NUMBERING,
                levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 720 } } } }]
            }]
        },
        sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1417, bottom: 1417, left: 1134, right: 1134 } } }, children }]
    });
}

/** The order as the bytes of a .docx file. */
export async function renderDocx(order: Order, findings: readonly Finding[] = []): Promise<Uint8Array> {
    return new Uint8Array(await Packer.toArrayBuffer(buildDocx(order, findings)));
}
