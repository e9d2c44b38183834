import type { Order } from '../generated/ast.js';
import { isImplementingAuthority, isPerson } from '../generated/ast.js';
import type { Finding } from '../core/finding.js';
import { getRule } from '../rules/catalogue.js';
import { clauseOf, measuresOf } from '../model/order-model.js';
import { parseIsoDate } from '../model/values.js';
import { measureParts, orderDocument, rulesCited, templateNote, type Segment } from './html.js';

/**
 * The order as an Akoma Ntoso 3.0 document (OASIS LegalDocML, AKN core v1.0 CS01).
 *
 * Document type: `judgment`. A sanction order is the operative part of a court's decision in a
 * criminal case, and `judgment` is the type Akoma Ntoso gives to decisions of courts: its header
 * carries the court (`courtType`), the case number (`docNumber`), the date (`docDate`) and the
 * parties (`party`), and its body holds the decision. The generic `doc name="order"` would validate
 * too, but would say none of that. The order's numbered paragraphs go in `judgmentBody/decision`,
 * one `hcontainer` per section (the person, the requirements, …), so the numbering matches the HTML.
 * The annex of the Rules is an `attachment` (its own `doc name="annex"`), as the annex of a court
 * document is.
 *
 * FRBR identification follows the Akoma Ntoso naming convention:
 * `/akn/{country}/judgment/{court}/{date}/{case}` for the work, `/{lang}@{date}` for the
 * expression, `.akn` for the manifestation. The parties and the places named in requirements are
 * TLC references in `meta/references`; figures are `<quantity>`, dates `<date>`, clock times
 * `<time>`, places `<location>`; each Rule cited is a `<ref>` to the Recommendation.
 *
 * Every value from the order is escaped for XML text and attributes (and control characters XML
 * cannot carry are dropped), so an order cannot inject markup.
 */

export interface AknOptions {
    /**
     * The jurisdiction profile the order was checked under (`england-wales`, `france`, …), which
     * gives FRBRcountry. The default profile (`coe`, no national statute) has no country.
     */
    readonly profileId?: string;
    /** FRBRcountry, overriding the profile's. */
    readonly country?: string;
    /**
     * The date of the manifestation (the rendering). Defaults to the date the order was made, so the
     * same source renders to the same bytes; a caller that wants the day of rendering passes it.
     */
    readonly manifestationDate?: string;
    /** Used when the order states no date (only possible with --allow-findings): today by default. */
    readonly today?: string;
}

const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/**
 * FRBRcountry by profile. Akoma Ntoso names the jurisdiction with an ISO 3166-1 alpha-2 code;
 * England and Wales share the United Kingdom's ("gb"). The Council of Europe profile is no
 * country: "zz" is the ISO 3166 user-assigned code commonly used for an unknown region.
 */
const COUNTRY_BY_PROFILE: Record<string, string> = { 'england-wales': 'gb', france: 'fr', germany: 'de', coe: 'zz' };
const UNKNOWN_COUNTRY = 'zz';

/** ISO 639-2 codes (what FRBRlanguage takes) for the languages an order names; "und" when unknown. */
const LANGUAGE_639_2: Record<string, string> = { english: 'eng', french: 'fra', français: 'fra', german: 'deu', deutsch: 'deu' };

/** The Recommendation as an Akoma Ntoso work (adopted by the Committee of Ministers on 22 March 2017). */
const RECOMMENDATION_URI = '/akn/coe/act/recommendation/2017-03-22/cm-rec-2017-3';

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry and bidi controls. */
export function escapeXml(text: string): string {
    return text
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
        .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A lower-case URI component: letters, digits and hyphens only ("Bristol Crown Court" → "bristol-crown-court"). */
export function uriComponent(text: string, fallback: string): string {
    const slug = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
    return slug || fallback;
}

function language639(language: string | undefined): string {
    return (language && LANGUAGE_639_2[language.toLowerCase()]) || 'und';
}

/** The TLC references of the document, collected as the body is written. */
class References {
    private readonly locations = new Map<string, string>();
    private readonly concepts = new Set<string>();

    location(text: string): string {
        let eId = this.locations.get(text);
        if (!eId) {
            eId = `location_${this.locations.size + 1}`;
            this.locations.set(text, eId);
        }
        return eId;
    }

    concept(unit: string): string {
        const eId = `unit_${uriComponent(unit, 'number')}`;
        this.concepts.add(unit);
        return eId;
    }

    locationEntries(): string[] {
        return [...this.locations].map(([text, eId]) => tlc('TLCLocation', eId, `/akn/ontology/locations/${uriComponent(text, eId)}`, text));
    }

    conceptEntries(): string[] {
        return [...this.concepts].map(unit => tlc('TLCConcept', `unit_${uriComponent(unit, 'number')}`, `/akn/ontology/concepts/sanction-orders/${uriComponent(unit, 'number')}`, unit));
    }
}

function tlc(element: string, eId: string, href: string, showAs: string): string {
    return `<${element} eId="${escapeXml(eId)}" href="${escapeXml(href)}" showAs="${escapeXml(showAs)}"/>`;
}

/** One requirement's segments as Akoma Ntoso inline markup. */
function inline(segments: readonly Segment[], refs: References, paraId: string, counter: { n: number }): string {
    return segments.map(segment => {
        if (typeof segment === 'string') return escapeXml(segment);
        const eId = `${paraId}__${segment.mark}_${++counter.n}`;
        const body = escapeXml(segment.text);
        switch (segment.mark) {
            case 'quantity': return `<quantity eId="${eId}" refersTo="#${refs.concept(segment.unit ?? 'number')}"${segment.normalized ? ` normalized="${escapeXml(segment.normalized)}"` : ''}>${body}</quantity>`;
            case 'date': return `<date eId="${eId}" date="${escapeXml(segment.normalized ?? segment.text)}">${body}</date>`;
            case 'time': return `<time eId="${eId}" time="${escapeXml(segment.normalized ?? segment.text)}">${body}</time>`;
            case 'location': return `<location eId="${eId}" refersTo="#${refs.location(segment.text)}">${body}</location>`;
        }
    }).join('');
}

function paragraph(n: number, content: string): string {
    return `<paragraph eId="para_${n}"><num>${n}.</num><content><p>${content}</p></content></paragraph>`;
}

function validDate(date: string | undefined): string | undefined {
    return date && parseIsoDate(date) !== undefined ? date : undefined;
}

/** The order as an Akoma Ntoso 3.0 `judgment` document (see the comment at the top of this module). */
export function renderAkn(order: Order, findings: readonly Finding[] = [], options: AknOptions = {}): string {
    const e = escapeXml;
    const { heading, sections } = orderDocument(order);
    const refs = new References();
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const madeOn = validDate(heading.date);
    const workDate = madeOn ?? today;
    const workDateName = madeOn ? 'decision' : 'rendering';
    const manifestationDate = validDate(options.manifestationDate) ?? workDate;
    const country = uriComponent(options.country ?? COUNTRY_BY_PROFILE[options.profileId ?? 'coe'] ?? UNKNOWN_COUNTRY, UNKNOWN_COUNTRY);
    const lang = language639(heading.language);
    const courtPart = uriComponent(heading.court ?? '', 'court');
    const casePart = uriComponent(heading.caseReference, 'case');
    const workUri = `/akn/${country}/judgment/${courtPart}/${workDate}/${casePart}`;
    const expressionUri = `${workUri}/${lang}@${workDate}`;
    const person = clauseOf(order, isPerson);
    const implementing = clauseOf(order, isImplementingAuthority)?.name;
    const author = heading.court ? '#court' : '#sanctionOrders';

    // The body: the same sections and numbering as the HTML; requirements with their figures marked.
    const measures = measuresOf(order);
    let n = 0;
    const body = sections.map((section, s) => {
        const paragraphs = section.title === 'Requirements'
            ? measures.map(measure => {
                const { head, parts, template } = measureParts(measure);
                const id = `para_${++n}`;
                const counter = { n: 0 };
                const marked = parts.map(part => inline(part, refs, id, counter)).join(', ');
                return paragraph(n, `${e(head)}${parts.length ? ': ' + marked : ''}${e(templateNote(template))}.`);
            })
            : section.items.map(item => paragraph(++n, e(item)));
        return `<hcontainer eId="sec_${s + 1}" name="section"><heading>${e(section.title)}</heading>${paragraphs.join('')}</hcontainer>`;
    }).join('\n');

    const rules = rulesCited(findings).map(number => getRule(number)).filter(rule => !!rule);
    const ruleItems = rules.map(rule => `<item eId="annex_1__rule_${rule!.number}"><p><ref eId="annex_1__ref_${rule!.number}" href="${RECOMMENDATION_URI}/!main#rule_${rule!.number}">Rule ${rule!.number}</ref>: ${e(rule!.summary)}</p></item>`).join('');
    const findingItems = findings.map((f, i) => `<item eId="annex_1__finding_${i + 1}"><p>Line ${f.range.start.line + 1} (${e(f.severity)}, ${e(f.checkId)}): ${e(f.message)}${f.rules.length ? ' (' + [...new Set(f.rules)].map(r => `<ref eId="annex_1__finding_${i + 1}__ref_${r}" href="${RECOMMENDATION_URI}/!main#rule_${r}">Rule ${r}</ref>`).join(', ') + ')' : ''}</p></item>`).join('');
    const annexUri = `${workUri}/!annex_1`;
    const annex = `<attachments>
<attachment eId="att_1">
<doc name="annex">
<meta>
<identification source="#sanctionOrders">
<FRBRWork><FRBRthis value="${e(annexUri)}"/><FRBRuri value="${e(workUri)}"/><FRBRdate date="${workDate}" name="${workDateName}"/><FRBRauthor href="${author}"/><FRBRcountry value="${e(country)}"/></FRBRWork>
<FRBRExpression><FRBRthis value="${e(`${expressionUri}/!annex_1`)}"/><FRBRuri value="${e(expressionUri)}"/><FRBRdate date="${workDate}" name="${workDateName}"/><FRBRauthor href="${author}"/><FRBRlanguage language="${lang}"/></FRBRExpression>
<FRBRManifestation><FRBRthis value="${e(`${expressionUri}/!annex_1.akn`)}"/><FRBRuri value="${e(`${expressionUri}.akn`)}"/><FRBRdate date="${manifestationDate}" name="rendering"/><FRBRauthor href="#sanctionOrders"/></FRBRManifestation>
</identification>
</meta>
<preface><p><docTitle>Annex: Rules of Recommendation CM/Rec(2017)3 the order was checked against</docTitle></p></preface>
<mainBody>
<p>The Recommendation advises governments; it binds no court. The summaries are ours.</p>
${ruleItems ? `<blockList eId="annex_1__rules">${ruleItems}</blockList>` : '<p>No Rules are cited.</p>'}
${findings.length ? `<p>Findings that remain:</p>\n<blockList eId="annex_1__findings">${findingItems}</blockList>` : '<p>No findings remain.</p>'}
</mainBody>
</doc>
</attachment>
</attachments>`;

    const header = [
        heading.court ? `<p><courtType refersTo="#court">${e(heading.court)}</courtType></p>` : '',
        `<p><docTitle>${e(heading.title)}</docTitle></p>`,
        `<p>Case <docNumber>${e(heading.caseReference)}</docNumber>${heading.date ? `, made on ${madeOn ? `<docDate date="${madeOn}">${e(heading.date)}</docDate>` : e(heading.date)}` : ''}</p>`,
        heading.laws.length ? `<p>Under ${e(heading.laws.join('; '))}</p>` : '',
        person ? `<p><party refersTo="#person" as="#subject">${e(person.name)}</party></p>` : ''
    ].filter(Boolean).join('\n');

    const references = [
        heading.court ? tlc('TLCOrganization', 'court', `/akn/ontology/organizations/${country}/${courtPart}`, heading.court) : '',
        implementing ? tlc('TLCOrganization', 'implementingAuthority', `/akn/ontology/organizations/${country}/${uriComponent(implementing, 'implementing-authority')}`, implementing) : '',
        tlc('TLCOrganization', 'sanctionOrders', '/akn/ontology/organizations/sanction-orders', 'Sanction Orders (renderer)'),
        person ? tlc('TLCPerson', 'person', `/akn/ontology/persons/${country}/${uriComponent(person.name, 'person')}`, person.name) : '',
        person ? tlc('TLCRole', 'subject', '/akn/ontology/roles/sanction-orders/person-subject-to-the-order', 'Person subject to the order') : ''
    ];
    // The body is written first so the references it collected (places, units) can be listed.
    const referenceBlock = `<references source="#sanctionOrders">
<TLCReference eId="recommendation" name="citedDocument" href="${RECOMMENDATION_URI}" showAs="Recommendation CM/Rec(2017)3 on the European Rules on community sanctions and measures"/>
${[...references.filter(Boolean), ...refs.locationEntries(), ...refs.conceptEntries()].join('\n')}
</references>`;

    return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${AKN_NS}">
<judgment name="sanctionOrder">
<meta>
<identification source="#sanctionOrders">
<FRBRWork>
<FRBRthis value="${e(`${workUri}/!main`)}"/>
<FRBRuri value="${e(workUri)}"/>
<FRBRdate date="${workDate}" name="${workDateName}"/>
<FRBRauthor href="${author}"/>
<FRBRcountry value="${e(country)}"/>
<FRBRnumber value="${e(heading.caseReference)}"/>
<FRBRname value="${e(heading.title)}"/>
</FRBRWork>
<FRBRExpression>
<FRBRthis value="${e(`${expressionUri}/!main`)}"/>
<FRBRuri value="${e(expressionUri)}"/>
<FRBRdate date="${workDate}" name="${workDateName}"/>
<FRBRauthor href="${author}"/>
<FRBRlanguage language="${lang}"/>
</FRBRExpression>
<FRBRManifestation>
<FRBRthis value="${e(`${expressionUri}/!main.akn`)}"/>
<FRBRuri value="${e(`${expressionUri}.akn`)}"/>
<FRBRdate date="${manifestationDate}" name="rendering"/>
<FRBRauthor href="#sanctionOrders"/>
</FRBRManifestation>
</identification>
${referenceBlock}
</meta>
<header>
${header}
</header>
<judgmentBody>
<decision eId="dec_1">
${body || '<p>The order states no terms.</p>'}
</decision>
</judgmentBody>
${annex}
</judgment>
</akomaNtoso>
`;
}
