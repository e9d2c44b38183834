import type { LangiumDocument } from 'langium';
import type {
    Breach, Consequence, Costs, DaySpec, DurationLiteral, EarlyTermination, FrequencyLiteral, Offence, Order, OrderTerm, Person, Rights,
    SanctionFile, Term, Value
} from '../generated/ast.js';
import {
    isBreach, isCosts, isDecidingAuthority, isEarlyTermination, isImplementingAuthority, isLegalBasis, isMadeOn,
    isOffence, isOrder, isOrderLanguage, isOrderTerm, isPerson, isRights
} from '../generated/ast.js';
import { ALL_CHECKS } from '../validation/checks/index.js';
import type { Finding } from '../core/finding.js';
import { getRule } from '../rules/catalogue.js';
import { clauseOf, measuresOf, type MeasureView } from '../model/order-model.js';
import { clockMinutes, formatDuration, parseIsoDate, perWeek, rangeDates, resolveValue } from '../model/values.js';
import { renderTimelineSvg, timelineOf } from './timeline.js';

/** Escapes text for HTML content and attribute values; strips bidi controls, which could reorder what a reader sees. */
export function escapeHtml(text: string): string {
    return text
        .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export interface RenderOptions {
    /** Render even when the order has errors (the findings go in the annex). */
    readonly allowFindings?: boolean;
}

/** Why an order cannot be rendered, in one line; undefined when it can. */
export function refusal(findings: readonly Finding[], options: RenderOptions = {}): string | undefined {
    const errors = findings.filter(f => f.severity === 'error');
    if (errors.length === 0 || options.allowFindings) {
        return undefined;
    }
    const first = errors[0];
    return `the order has ${errors.length} error${errors.length === 1 ? '' : 's'} (first: line ${first.range.start.line + 1}, ${first.checkId}); fix them or pass --allow-findings`;
}

/** The first order of a parsed file. */
export function firstOrder(document: LangiumDocument): Order | undefined {
    return (document.parseResult.value as SanctionFile).elements.find(isOrder);
}

function text(value: Value | undefined): string | undefined {
    if (!value) return undefined;
    switch (value.$type) {
        case 'DurationLiteral': return formatDuration(value);
        case 'FrequencyLiteral': return frequency(value);
        case 'NumberLiteral': return String(value.value);
        default: return String((value as { value: unknown }).value);
    }
}

function frequency(f: FrequencyLiteral): string {
    if (f.named) return f.named;
    const per = (f.per ?? '').replace(/s$/, '');
    if (f.once) return `once a ${per}`;
    if (f.twice) return `twice a ${per}`;
    if (f.times) return `${f.times} times a ${per}`;
    return f.every ? `every ${f.every} ${per}s` : `every ${per}`;
}

function slot(measure: MeasureView, value: unknown): string | undefined {
    return text(resolveValue(value as Value | undefined, measure.bindings));
}

/** What a marked piece of a sentence is: a figure, a calendar date, a clock time or a place. */
export type Mark = 'quantity' | 'date' | 'time' | 'location';

/**
 * A piece of a requirement's sentence: plain text, or a value the order states, marked with what it
 * is. `normalized` is a machine form (an ISO 8601 duration, a number, an ISO date, hh:mm:ss);
 * `unit` what a quantity counts. Formats that can say so (Akoma Ntoso) mark these up; the others
 * read only the text.
 */
export type Segment = string | { readonly text: string; readonly mark: Mark; readonly normalized?: string; readonly unit?: string };

/** The plain text of a list of segments. */
export function segmentsText(segments: readonly Segment[]): string {
    return segments.map(s => typeof s === 'string' ? s : s.text).join('');
}

const NOT_STATED = '(not stated)';
const ISO_UNIT: Record<string, string> = { day: 'D', days: 'D', week: 'W', weeks: 'W', month: 'M', months: 'M', year: 'Y', years: 'Y' };

function durationSegment(d: DurationLiteral): Segment {
    return { text: formatDuration(d), mark: 'quantity', normalized: `P${d.value}${ISO_UNIT[d.unit] ?? 'D'}`, unit: 'duration' };
}

/** A value in a slot as a marked segment; a text value is marked as `textMark` (a place) or left plain. */
function valueSegment(value: Value | undefined, unit?: string, textMark?: Mark): Segment {
    if (!value) return NOT_STATED;
    switch (value.$type) {
        case 'DurationLiteral': return durationSegment(value);
        case 'FrequencyLiteral': return { text: frequency(value), mark: 'quantity', normalized: `${perWeek(value)}/week`, unit: 'frequency' };
        case 'NumberLiteral': return { text: String(value.value), mark: 'quantity', normalized: String(value.value), unit: unit ?? 'number' };
        case 'TimeLiteral': return timeSegment(value.value);
        case 'DateLiteral': return dateSegment(value.value);
        default: {
            const t = String((value as { value: unknown }).value);
            return textMark ? { text: t, mark: textMark } : t;
        }
    }
}

function slotSegment(measure: MeasureView, value: unknown, unit?: string, textMark?: Mark): Segment {
    return valueSegment(resolveValue(value as Value | undefined, measure.bindings), unit, textMark);
}

/** A date as written; marked only when it is a real calendar date (a normalized date must be one). */
function dateSegment(date: string): Segment {
    return parseIsoDate(date) !== undefined ? { text: date, mark: 'date', normalized: date } : date;
}

function timeSegment(time: string): Segment {
    const minutes = clockMinutes(time);
    if (minutes === undefined || minutes >= 24 * 60) return time;
    const pad = (n: number) => String(n).padStart(2, '0');
    return { text: time, mark: 'time', normalized: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00` };
}

function termSegments(t: Term | undefined, bindings: MeasureView['bindings']): Segment[] {
    if (!t) return [];
    switch (t.$type) {
        case 'FixedTerm': { const d = resolveValue(t.length as DurationLiteral, bindings); return d ? ['for ', durationSegment(d)] : []; }
        case 'DateRangeTerm': {
            const { start, end } = rangeDates(t, bindings);
            return end === undefined ? [] : [...(start ? ['from ', dateSegment(start), ' '] : []), 'until ', dateSegment(end)];
        }
        default: return [t.indefinitely ? 'indefinitely' : t.furtherOrder ? 'until further order' : `until ${t.condition}`];
    }
}

function term(t: Term | undefined, bindings: MeasureView['bindings']): string | undefined {
    const segments = termSegments(t, bindings);
    return segments.length ? segmentsText(segments) : undefined;
}

/** One requirement as the pieces of its sentence: the head, one list of segments per parameter, and the template it came from. */
export interface MeasureParts {
    readonly head: string;
    readonly parts: readonly (readonly Segment[])[];
    readonly template?: string;
}

function daysText(days: DaySpec): string {
    return days.every ? 'every day' : days.weekdays ? 'weekdays' : days.weekends ? 'weekends' : days.ranges.map(r => r.to ? `${r.from} to ${r.to}` : r.from).join(', ');
}

/** One requirement, parameter by parameter, with its figures, dates, times and places marked. */
export function measureParts(measure: MeasureView): MeasureParts {
    const node = measure.node;
    const parts: Segment[][] = [];
    const s = (value: unknown, unit?: string, textMark?: Mark) => slotSegment(measure, value, unit, textMark);
    const head = node.$type === 'Requirement' ? `${cap(node.kind)} requirement` : `Condition: ${slot(measure, node.text) ?? ''}`;
    for (const p of node.params) {
        switch (p.$type) {
            case 'HoursParameter': parts.push([s(p.hours, 'hours'), ' hours']); break;
            case 'CompletionParameter': parts.push(['to be completed within ', s(p.period)]); break;
            case 'PlaceParameter': parts.push(['at ', s(p.place, undefined, 'location')]); break;
            case 'DailyHoursParameter': parts.push(['from ', s(p.start), ' to ', s(p.end)]); break;
            case 'DaysParameter': parts.push([`on ${daysText(p.days)}`]); break;
            case 'FrequencyParameter': parts.push([p.purpose ? p.purpose + ' ' : '', s(p.frequency)]); break;
            case 'MonitoringParameter': parts.push([`monitoring of the ${p.target}`]); break;
            case 'AreaParameter': parts.push([
                ...(p.radius !== undefined
                    ? ['area within ', { text: `${p.radius} ${p.unit}`, mark: 'quantity', normalized: String(p.radius), unit: p.unit ?? 'distance' } as Segment, ' of ', s(p.centre, undefined, 'location')]
                    : ['area ', s(p.name, undefined, 'location')]),
                p.map ? ` (map ${p.map})` : '']); break;
            case 'ProviderParameter': parts.push([`provided by ${slot(measure, p.provider) ?? NOT_STATED}`]); break;
            case 'SettingParameter': parts.push([p.setting]); break;
            case 'CountParameter': parts.push([s(p.count, p.unit), ` ${p.unit}`]); break;
            case 'ContactParameter': parts.push([p.person ? `with ${slot(measure, p.person) ?? NOT_STATED}` : `with any ${p.knowing ? 'person known to be ' : ''}${p.class}`]); break;
            case 'DestinationParameter': parts.push([`to ${p.destination}`]); break;
            case 'AmountParameter': parts.push(['amount ', { text: `${p.amount} ${p.currency}`, mark: 'quantity', normalized: String(p.amount), unit: p.currency }, p.payee ? `, payable to ${p.payee}` : '']); break;
            case 'DescriptionParameter': parts.push([p.description]); break;
            case 'VictimParameter': parts.push(['involving the victim', ...(p.victimConsent ? [`, victim consent ${p.victimConsent}`, ...(p.date ? [' on ', dateSegment(p.date)] : [])] : p.notSought ? [', victim consent not sought'] : [])]); break;
            case 'Consent': parts.push(p.refused ? ['consent refused'] : ['consent given', ...(p.date ? [' on ', dateSegment(p.date)] : []), p.writing ? ' in writing' : '']); break;
            case 'TermParameter': parts.push(termSegments(p.term, measure.bindings)); break;
            case 'ExtensionParameter': parts.push(['extendable', ...(p.extension.maximum ? [' by up to ', s(p.extension.maximum)] : [])]); break;
            case 'ReviewParameter': parts.push(['reviewed every ', s(p.review.interval)]); break;
        }
    }
    const template = measure.via?.template?.ref?.name;
    return { head, parts: parts.map(part => part.filter(piece => piece !== '')).filter(part => part.length > 0), template };
}

/** The template note that ends a requirement's sentence, or ''. */
export function templateNote(template: string | undefined): string {
    return template ? ` (from the template "${template}")` : '';
}

/** One requirement as plain sentences, with its figures and its own period. */
export function measureSentence(measure: MeasureView): string {
    const { head, parts, template } = measureParts(measure);
    return `${head}${parts.length ? ': ' + parts.map(segmentsText).join(', ') : ''}${templateNote(template)}.`;
}

/** A consequence of non-compliance as words: "a warning after hearing the person", "a written report to the court within 10 days". */
function consequenceText(c: Consequence): string {
    if (c.text !== undefined && c.kind === undefined) return c.text;
    const within = c.within ? resolveValue(c.within as DurationLiteral) : undefined;
    return `${c.kind ?? ''}${c.reportTo ? ` to ${c.reportTo}` : ''}${within ? ` within ${formatDuration(within)}` : ''}${c.heard ? ' after hearing the person' : ''}`;
}

function cap(s: string): string {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

const CSS = `@page { size: A4; margin: 25mm 20mm; }
body { font-family: "Times New Roman", serif; font-size: 12pt; line-height: 1.4; max-width: 170mm; margin: auto; }
header { text-align: center; border-bottom: 1px solid #000; margin-bottom: 1em; }
ol.paras { counter-reset: para; list-style: none; padding-left: 0; }
ol.paras > li { counter-increment: para; margin: .4em 0 .4em 2.5em; text-indent: -2.5em; }
ol.paras > li::before { content: counter(para) ".\\00a0\\00a0"; display: inline-block; width: 2.5em; text-indent: 0; }
section.annex { page-break-before: always; }
h2 { font-size: 13pt; }`;

/** A titled group of numbered paragraphs of the order. */
export interface OrderSection {
    readonly title: string;
    readonly items: readonly string[];
}

/** What heads the order: court, case, date, legal basis. */
export interface OrderHeading {
    readonly title: string;
    readonly court?: string;
    readonly caseReference: string;
    readonly date?: string;
    readonly laws: readonly string[];
    readonly language?: string;
}

/** The order's heading and its sections of plain sentences, read from the model; shared by every format. */
export function orderDocument(order: Order): { heading: OrderHeading; sections: OrderSection[] } {
    const court = clauseOf(order, isDecidingAuthority)?.name;
    const date = clauseOf(order, isMadeOn)?.date;
    const laws = clauseOf(order, isLegalBasis)?.laws ?? [];
    const implementing = clauseOf(order, isImplementingAuthority)?.name;
    const language = clauseOf(order, isOrderLanguage)?.language;
    const person: Person | undefined = clauseOf(order, isPerson);
    const offence: Offence | undefined = clauseOf(order, isOffence);
    const orderTerm: OrderTerm | undefined = clauseOf(order, isOrderTerm);
    const early: EarlyTermination | undefined = clauseOf(order, isEarlyTermination);
    const breach: Breach | undefined = clauseOf(order, isBreach);
    const rights: Rights | undefined = clauseOf(order, isRights);
    const costs: Costs | undefined = clauseOf(order, isCosts);
    const personItems = person ? [`${person.name}${person.status ? ', ' + person.status : ''}${person.birthDate ? `, born on ${person.birthDate}` : ''}${person.age !== undefined ? `, aged ${person.age}` : ''}${person.languages.length ? `, understands ${person.languages.join(', ')}` : ''}${person.interpreter ? `, ${person.interpreter}` : ''}.`] : [];
    const offenceItems = offence ? [`Offence: ${offence.description}${offence.seriousness ? ` (seriousness: ${offence.seriousness})` : ''}.`] : [];
    const termItems: string[] = [];
    if (orderTerm) {
        termItems.push(`This order is in force ${term(orderTerm.term, new Map()) ?? ''}${orderTerm.extension ? `, extendable${orderTerm.extension.maximum ? ' by up to ' + text(resolveValue(orderTerm.extension.maximum as Value)) : ''}` : ''}${orderTerm.review ? `, and is reviewed every ${text(resolveValue(orderTerm.review.interval as Value))}` : ''}.`);
    }
    if (early) {
        termItems.push(`It may end early${early.authority ? ` by decision of ${early.authority}` : ''}${early.after ? ` after ${text(resolveValue(early.after as Value))}` : ''}${early.condition ? `, when ${early.condition}` : ''}.`);
    }
    if (implementing) termItems.push(`It is implemented by ${implementing}.`);
    const requirementItems = measuresOf(order).map(measureSentence);
    const breachItems = (breach?.items ?? []).map(item => {
        switch (item.$type) {
            case 'BreachRule': return `${cap(item.level)} non-compliance leads${item.automatic ? ' automatically' : ''} to ${item.consequences.map(consequenceText).join(' or ')}.`;
            case 'BreachHearing': return `A hearing${item.authority ? ` before ${item.authority}` : ''}${item.legalAssistance ? ', with legal assistance' : ''}${item.documents ? ', with access to the documents' : ''}.`;
            case 'ComplianceCredit': return item.none ? 'No credit for time complied.' : 'Credit is given for time complied.';
            case 'BreachOptions': return `The deciding authority may order ${item.options.map(consequenceText).join(' or ')}.`;
            case 'BreachStep': return `${cap(consequenceText(item.step))}.`;
            default: return `${item.text}.`;
        }
    });
    const rightsItems = (rights?.items ?? []).map(item => {
        switch (item.$type) {
            case 'AppealRight': return `Appeal lies to ${item.body}${item.limit ? ` within ${text(resolveValue(item.limit as Value))}` : ''}.`;
            case 'ComplaintRoute': return `Complaints may be made to ${item.body}.`;
            default: return `Notice is given in ${item.languages.join(', ')}${item.writing ? ', in writing' : ''}.`;
        }
    });
    const costItems = costs ? [`Costs are borne by ${costs.payer}.`] : [];
    const sections: OrderSection[] = [
        { title: 'The person', items: personItems }, { title: 'The offence', items: offenceItems }, { title: 'Length and review', items: termItems },
        { title: 'Requirements', items: requirementItems }, { title: 'Breach', items: breachItems }, { title: 'Rights', items: rightsItems }, { title: 'Costs', items: costItems }
    ].filter(section => section.items.length > 0);
    const heading: OrderHeading = { title: order.form ? cap(order.form) : 'Order', court, caseReference: order.caseReference, date, laws, language };
    return { heading, sections };
}

/** Every Rule the order was checked against: those of all checks, and those findings cite. */
export function rulesCited(findings: readonly Finding[]): number[] {
    return [...new Set([...ALL_CHECKS.flatMap(c => c.rules), ...findings.flatMap(f => f.rules)])].sort((a, b) => a - b);
}

/** The order as a print-ready HTML document; every value from the order is escaped. */
export function renderHtml(order: Order, findings: readonly Finding[] = []): string {
    const e = escapeHtml;
    const { heading, sections } = orderDocument(order);
    const { court, date, laws, language } = heading;
    let n = 0;
    const body = sections.map(section => `<h2>${e(section.title)}</h2>\n<ol class="paras" start="${n + 1}">${section.items.map(i => { n++; return `<li>${e(i)}</li>`; }).join('')}</ol>`).join('\n');
    const rules = rulesCited(findings);
    const ruleRows = rules.map(n => getRule(n)).filter(r => !!r).map(r => `<li id="rule-${r!.number}"><strong>Rule ${r!.number}</strong>: ${e(r!.summary)}</li>`).join('');
    const findingRows = findings.map(f => `<li>Line ${f.range.start.line + 1} (${e(f.severity)}, ${e(f.checkId)}): ${e(f.message)}</li>`).join('');
    return `<!DOCTYPE html>
<html lang="${e(langCode(language))}">
<head><meta charset="utf-8"><title>${e(`Order ${order.caseReference}`)}</title><style>${CSS}</style></head>
<body>
<header>
<p class="court">${e(court ?? '')}</p>
<h1>${e(heading.title)}</h1>
<p class="case">Case ${e(order.caseReference)}${date ? ` · made on <time datetime="${e(date)}">${e(date)}</time>` : ''}</p>
${laws.length ? `<p class="basis">Under ${e(laws.join('; '))}</p>` : ''}
</header>
<main>
<figure class="timeline">${renderTimelineSvg(timelineOf(order))}</figure>
${body}
</main>
<section class="annex">
<h2>Annex: Rules of Recommendation CM/Rec(2017)3 the order was checked against</h2>
<p>The Recommendation advises governments; it binds no court. The summaries are ours.</p>
<ul class="rules">${ruleRows}</ul>
${findings.length ? `<h2>Findings that remain</h2><ul class="findings">${findingRows}</ul>` : '<p>No findings remain.</p>'}
</section>
</body>
</html>
`;
}

const LANG_CODES: Record<string, string> = { english: 'en', french: 'fr', français: 'fr', german: 'de', deutsch: 'de' };

/** A BCP 47 code for a language the order names; "und" when unknown. */
export function langCode(language: string | undefined): string {
    return (language && LANG_CODES[language.toLowerCase()]) || 'und';
}
