import { AstUtils, DocumentState, GrammarUtils, UriUtils, URI, type AstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { SanctionConfig } from '../core/config.js';
import type { CheckContext, FindingInput } from '../core/check.js';
import { findingsOf } from '../core/lint.js';
import type { Finding, Severity } from '../core/finding.js';
import { isSanctionFile, isTemplate, isTemplateUse, type Template, type TemplateParameter, type TemplateUse } from '../generated/ast.js';
import { measuresOfUse } from '../model/order-model.js';
import { DEFAULT_PROFILE_ID, getProfile, profiles, type Profile } from '../profiles/index.js';
import type { SanctionCoreServices } from '../sanction-module.js';
import { ALL_CHECKS } from '../validation/checks/index.js';
import { FileAccess } from './file-access.js';
import { compareVersions, formatManifestProblem, LANGUAGE_VERSION, MANIFEST_FILE_NAME, parseManifest, type LibraryManifest } from './manifest.js';

/**
 * `sanction lint --library <dir>`: a template library checked on its own. Every template of the
 * library's `.sanction` files is applied, in an order that is clean on its own, under every profile
 * its manifest names, with its parameters at their defaults and then one at a time at the extremes
 * its type allows (see `extremesOf`); each finding is attributed to the template, the profile and
 * the argument values that raised it. A finding raised by every argument set tried is the
 * template's fault whatever a court passes, and is reported once, at the template.
 */

/** One template of the library. */
export interface LibraryTemplate {
    /** The template's file, absolute (file system path). */
    file: string;
    name: string;
    parameters: Array<{ name: string; type: string; default?: string }>;
    /** Where its name is written, in its file (0-based, as LSP). */
    range: Range;
}

/** The values one generated order passes to a template, by parameter name, as written in the order. */
export interface ArgumentSet {
    values: Record<string, string>;
    /** Parameters whose value differs from the default (empty for the defaults). */
    varied: string[];
}

export interface LibraryFinding {
    /** The file the finding is about, absolute: the template's file (or a library file linted as itself). */
    file: string;
    /** The template; absent for a finding of a library file on its own (a syntax error, say). */
    template?: string;
    profile: string;
    /**
     * The arguments that raised it; absent when every argument set tried raised it (the template
     * is at fault for every use) and for findings of a file on its own.
     */
    arguments?: Record<string, string>;
    /** Parameters away from their defaults in `arguments` (empty: at the defaults). */
    varied?: string[];
    /**
     * Where `range` points: `template` (a clause of the template's body, or its heading when every
     * use is at fault), `parameter` (the declaration of the parameter whose argument raised it),
     * `apply` (the `apply` clause of the generated order, given in `order`; the finding maps to no
     * place in the template), `file` (a finding of the library file on its own).
     */
    at: 'template' | 'parameter' | 'apply' | 'file';
    checkId: string;
    messageId?: string;
    rules: number[];
    severity: Severity;
    message: string;
    /** 0-based; in `file`, except for `at: 'apply'` where it is in `order`. */
    range: Range;
    /** The generated order's text, when `at` is `apply`. */
    order?: string;
    docsUrl?: string;
}

export interface LibraryLintResult {
    /** The library's folder, absolute. */
    root: string;
    manifest?: LibraryManifest;
    /** Why the library could not be linted (manifest missing, invalid, too new): one line each. */
    problems: string[];
    /**
     * What kind of problem: `input` (no such folder, or no manifest in it), `manifest` (invalid, or
     * needing a newer language), `profile` (a profile this tool does not have).
     */
    problemKind?: 'input' | 'manifest' | 'profile';
    /** The profiles it was linted under (the manifest's, or `options.profiles`). */
    profiles: string[];
    templates: LibraryTemplate[];
    /** Generated orders linted, over every profile. */
    orders: number;
    findings: LibraryFinding[];
}

export interface LintLibraryOptions {
    /** Profiles to lint under instead of the manifest's. */
    profiles?: string[];
    /** Only the defaults, no extremes. */
    defaultsOnly?: boolean;
    /** Configuration every generated order gets besides its profile (check severities, as `--check`). */
    overrides?: Partial<SanctionConfig>;
    /** Generated orders built together before their documents are released (default 100). */
    batchSize?: number;
}

/** A fresh set of services for each profile (caches never mix profiles), or one to reuse for every profile. */
export type ServicesSource = SanctionCoreServices | (() => SanctionCoreServices);

/** The date the generated orders are made on; dates are tried at it and at the last day of a 12-month order. */
const MADE_ON = '2026-05-04';
const ORDER_MONTHS = 12;

/**
 * The values a parameter is tried at besides its default, by type:
 * - duration: one day, and the longest order the profile allows (`longestOrderMonths`: its
 *   `orderMaximum`, else 3 years or a longer form maximum) — the generated order then runs that long too,
 *   so that a long requirement is compared with the law, not with a short order around it;
 * - number: 1, and one more than the largest count of hours or days any shipped profile allows for
 *   any requirement (so that a statutory maximum of the profile under test is passed where there is one);
 * - time: 00:00 and 23:59 (`argumentSets` also tries two time parameters, the ends of a daily
 *   window most likely, as the widest window and the narrowest, both ways round);
 * - frequency: daily and once a month;
 * - date: the day the order is made and the last day of a 12-month order;
 * - text: none (a text has no extremes; it is tried at its default).
 * The grammar has no enumerated parameter type, so there is nothing to try at each value.
 */
export function extremesOf(type: string, profile: Profile): string[] {
    switch (type) {
        case 'duration':
            return ['1 day', `${longestOrderMonths(profile)} months`];
        case 'number':
            return ['1', String(largestCount())];
        case 'time':
            return ['00:00', '23:59'];
        case 'frequency':
            return ['daily', 'once a month'];
        case 'date':
            return [MADE_ON, '2027-05-03'];
        default:
            return [];
    }
}

/** A value for a parameter that has no default, by type. */
function typicalValue(type: string): string {
    switch (type) {
        case 'duration': return '3 months';
        case 'number': return '20';
        case 'time': return '20:00';
        case 'frequency': return 'weekly';
        case 'date': return MADE_ON;
        default: return '"12 Acacia Road, Exeter EX1 1AA"';
    }
}

/** The longest order a profile allows: its `orderMaximum`; where it sets none, the longest of 3 years and the form maxima it records. */
export function longestOrderMonths(profile: Profile): number {
    if (profile.orderMaximum) {
        return profile.orderMaximum.months;
    }
    const forms = Object.values(profile.forms).map(form => form?.maximum?.months.value ?? 0);
    return Math.max(36, ...forms);
}

let largest: number | undefined;
function largestCount(): number {
    if (largest === undefined) {
        largest = 1;
        for (const profile of profiles()) {
            for (const kind of Object.values(profile.kinds)) {
                for (const measure of ['hours', 'days'] as const) {
                    largest = Math.max(largest, kind?.maximum?.[measure]?.value ?? 0);
                }
            }
        }
        // Above every figure: a value at a maximum is allowed, one past it is not.
        largest += 1;
    }
    return largest;
}

/** The argument sets of a template under a profile: the defaults, then each parameter at each extreme. */
export function argumentSets(template: LibraryTemplate, profile: Profile, defaultsOnly = false): ArgumentSet[] {
    const defaults: Record<string, string> = {};
    for (const parameter of template.parameters) {
        defaults[parameter.name] = parameter.default ?? typicalValue(parameter.type);
    }
    const sets: ArgumentSet[] = [{ values: defaults, varied: [] }];
    if (defaultsOnly) {
        return sets;
    }
    const seen = new Set([JSON.stringify(defaults)]);
    const add = (changes: Record<string, string>) => {
        const values = { ...defaults, ...changes };
        const key = JSON.stringify(Object.fromEntries(Object.entries(values).map(([name, value]) => [name, normalise(value)])));
        if (!seen.has(key)) {
            seen.add(key);
            sets.push({ values, varied: template.parameters.map(p => p.name).filter(name => name in changes && normalise(changes[name]) !== normalise(defaults[name])) });
        }
    };
    for (const parameter of template.parameters) {
        for (const value of extremesOf(parameter.type, profile)) {
            add({ [parameter.name]: value });
        }
    }
    // Two times are likely the ends of a daily window ("from start to end"): each ordered pair is
    // also tried at the widest window (00:00 to 23:59) and the narrowest (23:59 to 00:00).
    const times = template.parameters.filter(parameter => parameter.type === 'time');
    for (const a of times) {
        for (const b of times) {
            if (a !== b) {
                add({ [a.name]: '00:00', [b.name]: '23:59' });
            }
        }
    }
    return sets;
}

function normalise(value: string): string {
    return value.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Months a duration as written in an argument lasts (roughly; for the length of the order around it). */
function monthsOf(value: string): number {
    const match = /^(\d+)\s+(working\s+)?(day|week|month|year)s?$/.exec(value.trim());
    if (!match) {
        return 0;
    }
    const n = Number(match[1]);
    return match[3] === 'year' ? n * 12 : match[3] === 'month' ? n : match[3] === 'week' ? Math.ceil(n / 4) : Math.ceil(n / 28);
}

/**
 * The order a template is tried in: complete and clean on its own under coe and england-wales
 * (test/library/lint-library.test.ts holds it so), importing the template's file by its relative
 * path, with the `apply` on a line of its own. Returns the text and the apply's line (0-based).
 */
export function orderAround(importPath: string, template: string, set: ArgumentSet, months = ORDER_MONTHS): { text: string; applyLine: number } {
    const names = Object.keys(set.values);
    const apply = names.length === 0
        ? `apply ${template}.`
        : `apply ${template} with ${names.map(name => `${name} ${set.values[name]}`).join(', ')}.`;
    const before = [
        `import "${importPath}".`,
        '',
        'order "LIBRARY-LINT".',
        `made on ${MADE_ON}.`,
        'decided by "Bristol Crown Court".',
        'implemented by "Probation Service, South West region".',
        'under "Sentencing Act 2020, sections 200 and 201, Schedule 9".',
        'written in English.',
        '',
        'person "Jordan Ellis", convicted, born on 1998-11-20, understands English, no interpreter needed.',
        '',
        'offence "Affray (Public Order Act 1986, s. 3)", seriousness serious.',
        '',
        `in force for ${months} months, reviewed every 4 months.`,
        'early termination by "Bristol Crown Court" after 6 months, when "all requirements have been met".',
        ''
    ];
    const after = [
        '',
        'on breach:',
        '  minor non-compliance leads to a formal warning.',
        '  significant non-compliance leads to referral to the deciding authority.',
        '  hearing before "Bristol Crown Court" with legal assistance and access to the documents.',
        '  credit for time complied.',
        '',
        'rights:',
        '  appeal to "Court of Appeal (Criminal Division)" within 28 days.',
        '  complaints to "Probation Service complaints team, South West".',
        '  notice in English, in writing.',
        '',
        'costs borne by the state.',
        ''
    ];
    return { text: [...before, apply, ...after].join('\n'), applyLine: before.length };
}

/**
 * The months the generated order runs for an argument set: 12, or as long as its longest duration
 * argument, up to the longest order the profile allows (so that the order itself stays lawful).
 */
export function orderMonths(set: ArgumentSet, profile: Profile): number {
    return Math.min(Math.max(ORDER_MONTHS, ...Object.values(set.values).map(monthsOf)), Math.max(ORDER_MONTHS, longestOrderMonths(profile)));
}

function servicesFor(source: ServicesSource): SanctionCoreServices {
    return typeof source === 'function' ? source() : source;
}

/** Reads the manifest; problems are one line each (`file:line:column: …`). */
function readManifest(files: FileAccess, root: URI): { manifest?: LibraryManifest; problems: string[]; problemKind?: LibraryLintResult['problemKind'] } {
    if (!files.isDirectory(root)) {
        return { problems: ['not a folder'], problemKind: 'input' };
    }
    const manifestUri = UriUtils.joinPath(root, MANIFEST_FILE_NAME);
    if (!files.exists(manifestUri)) {
        return { problems: [`not a template library, as it has no ${MANIFEST_FILE_NAME}`], problemKind: 'input' };
    }
    let text: string;
    try {
        text = files.readText(manifestUri);
    } catch (error) {
        return { problems: [`${manifestUri.fsPath}:1:1: cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`], problemKind: 'input' };
    }
    const parsed = parseManifest(text, manifestUri.fsPath);
    if (!parsed.manifest) {
        return { problems: parsed.problems.map(formatManifestProblem), problemKind: 'manifest' };
    }
    if (compareVersions(LANGUAGE_VERSION, parsed.manifest.minimumLanguageVersion) < 0) {
        return {
            problemKind: 'manifest',
            manifest: parsed.manifest,
            problems: [`${manifestUri.fsPath}: library '${parsed.manifest.name}' ${parsed.manifest.version} needs version ${parsed.manifest.minimumLanguageVersion} of the Sanction Orders language or later, and this is ${LANGUAGE_VERSION}`]
        };
    }
    return { manifest: parsed.manifest, problems: [] };
}

function templatesOf(document: LangiumDocument): Template[] {
    const root = document.parseResult.value;
    return isSanctionFile(root) ? root.elements.filter(isTemplate) : [];
}

function describeTemplate(template: Template, file: string): LibraryTemplate {
    const nameNode = GrammarUtils.findNodeForProperty(template.$cstNode, 'name');
    return {
        file,
        name: template.name,
        parameters: template.parameters.map((parameter: TemplateParameter) => ({
            name: parameter.name,
            type: parameter.valueType,
            ...(parameter.defaultValue?.$cstNode ? { default: parameter.defaultValue.$cstNode.text } : {})
        })),
        range: (nameNode ?? template.$cstNode)!.range
    };
}

const TEMPLATE_SUFFIX = /, in template '([^']*)'/;

/**
 * Lints a library on its own (see the top of this file). `root` is the library's folder. The
 * library's files are read through the services' file system; the generated orders live only in
 * memory (beside the template's file, so that its relative import resolves) and are released
 * once their findings are read.
 */
export async function lintLibrary(source: ServicesSource, root: URI | string, options: LintLibraryOptions = {}): Promise<LibraryLintResult> {
    const rootUri = typeof root === 'string' ? URI.file(root) : root;
    const first = servicesFor(source);
    const files = new FileAccess(first.shared.workspace.FileSystemProvider);
    const { manifest, problems, problemKind } = readManifest(files, rootUri);
    const profileIds = options.profiles ?? manifest?.profiles ?? [];
    const result: LibraryLintResult = {
        root: rootUri.fsPath, ...(manifest ? { manifest } : {}), problems, ...(problemKind ? { problemKind } : {}), profiles: profileIds, templates: [], orders: 0, findings: []
    };
    if (problems.length > 0) {
        return result;
    }
    for (const id of profileIds) {
        if (!getProfile(id)) {
            problems.push(`unknown profile '${id}'`);
            result.problemKind = 'profile';
        }
    }
    if (problems.length > 0) {
        return result;
    }
    const relativeFiles = files.templateFiles(rootUri, Number.MAX_SAFE_INTEGER);
    const batchSize = Math.max(1, options.batchSize ?? 100);
    let described = false;
    for (const [index, profileId] of profileIds.entries()) {
        const services = index === 0 ? first : servicesFor(source);
        services.sanction.config.setOverrides({ ...(options.overrides ?? {}), profile: profileId });
        const profile = getProfile(profileId) ?? getProfile(DEFAULT_PROFILE_ID)!;
        const documents = services.shared.workspace.LangiumDocuments;
        const libraryDocuments: LangiumDocument[] = [];
        for (const relative of relativeFiles) {
            libraryDocuments.push(await documents.getOrCreateDocument(UriUtils.joinPath(rootUri, `${relative}.sanction`)));
        }
        await services.shared.workspace.DocumentBuilder.build(libraryDocuments.filter(d => d.state < DocumentState.Validated), { validation: true });
        // Each library file on its own: its syntax, its references, its templates as written.
        for (const document of libraryDocuments) {
            for (const finding of findingsOf(document)) {
                result.findings.push(libraryFinding(finding, { file: document.uri.fsPath, profile: profileId, at: 'file', range: finding.range }));
            }
        }
        const jobs: Array<{ template: LibraryTemplate; node: Template; set: ArgumentSet; sets: number }> = [];
        for (const document of libraryDocuments) {
            for (const node of templatesOf(document)) {
                const template = describeTemplate(node, document.uri.fsPath);
                if (!described) {
                    result.templates.push(template);
                }
                const sets = argumentSets(template, profile, options.defaultsOnly);
                sets.forEach(set => jobs.push({ template, node, set, sets: sets.length }));
            }
        }
        described = true;
        const raised: Array<{ job: typeof jobs[number]; finding: LibraryFinding }> = [];
        for (let start = 0; start < jobs.length; start += batchSize) {
            const batch = jobs.slice(start, start + batchSize).map((job, i) => {
                const templateUri = URI.file(job.template.file);
                const uri = UriUtils.joinPath(UriUtils.dirname(templateUri), `.sanction-library-lint-${start + i}.sanction`);
                const order = orderAround(`./${UriUtils.basename(templateUri)}`, job.template.name, job.set, orderMonths(job.set, profile));
                const document = services.shared.workspace.LangiumDocumentFactory.fromString(order.text, uri);
                documents.addDocument(document);
                return { job, document, order };
            });
            await services.shared.workspace.DocumentBuilder.build(batch.map(b => b.document), { validation: true });
            for (const { job, document, order } of batch) {
                result.orders++;
                for (const finding of attribute(services, document, order.text, job.node, job.template, profileId, job.set)) {
                    raised.push({ job, finding });
                }
            }
            await services.shared.workspace.DocumentBuilder.update([], batch.map(b => b.document.uri));
        }
        // A finding of a file on its own that a template's every use raises too is the template's.
        const merged = merge(raised);
        const place = (f: LibraryFinding) => `${f.file}\u0000${f.profile}\u0000${f.checkId}\u0000${f.messageId ?? ''}\u0000${JSON.stringify(f.range)}`;
        const always = new Set(merged.filter(f => f.at === 'template' && !f.arguments).map(place));
        result.findings = result.findings.filter(f => f.at !== 'file' || f.profile !== profileId || !always.has(place(f)));
        result.findings.push(...merged);
    }
    result.findings.sort(compareLibraryFindings);
    return result;
}

function libraryFinding(finding: Finding, where: Pick<LibraryFinding, 'file' | 'profile' | 'at' | 'range'> & Partial<LibraryFinding>): LibraryFinding {
    return {
        ...where,
        checkId: finding.checkId,
        ...(finding.messageId ? { messageId: finding.messageId } : {}),
        rules: [...finding.rules],
        severity: finding.severity,
        message: where.message ?? finding.message,
        ...(finding.docsUrl ? { docsUrl: finding.docsUrl } : {})
    };
}

/** The findings of one generated order, each placed in the template's file where it maps there. */
function attribute(services: SanctionCoreServices, document: LangiumDocument, text: string, node: Template, template: LibraryTemplate, profile: string, set: ArgumentSet): LibraryFinding[] {
    const root = document.parseResult.value;
    const use = AstUtils.streamAst(root).find(isTemplateUse) as TemplateUse | undefined;
    const base = { file: template.file, template: template.name, profile, arguments: set.values, varied: set.varied };
    const located = new Map<string, Array<{ range: Range }>>();
    const out: LibraryFinding[] = [];
    for (const finding of findingsOf(document)) {
        const argument = use?.arguments.find(a => a.$cstNode && contains(a.$cstNode.range, finding.range));
        const parameter = argument?.parameter?.ref;
        if (parameter && AstUtils.getContainerOfType(parameter, isTemplate) === node && parameter.$cstNode) {
            out.push(libraryFinding(finding, { ...base, at: 'parameter', range: parameter.$cstNode.range }));
            continue;
        }
        const inTemplate = TEMPLATE_SUFFIX.exec(finding.message);
        const atApply = use?.$cstNode !== undefined && contains(use.$cstNode.range, finding.range);
        if (use && ((inTemplate && inTemplate[1] === template.name) || atApply)) {
            const key = `${finding.checkId}\u0000${finding.messageId ?? ''}`;
            let places = located.get(key);
            if (!places) {
                places = locate(services, document, use, node, finding.checkId, finding.messageId);
                located.set(key, places);
            }
            const place = places.shift();
            if (place) {
                out.push(libraryFinding(finding, { ...base, at: 'template', range: place.range, message: finding.message.replace(TEMPLATE_SUFFIX, '') }));
                continue;
            }
        }
        // Anywhere else in the order (which is clean without the template): at the apply.
        out.push(libraryFinding(finding, { ...base, at: 'apply', range: use?.$cstNode?.range ?? finding.range, order: text }));
    }
    return out;
}

function contains(outer: Range, inner: Range): boolean {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/**
 * Where in the template a finding shown on the `apply` was raised: the check is run again over
 * the generated order with a context that keeps each reported node (the registry keeps only the
 * `apply`, as a diagnostic cannot point into another file). A report with the finding's message id
 * on a node inside the template is placed there; one on the `apply` while a measure the template
 * brings is checked is placed at that measure's clause in the template. Places come in the order
 * they were raised.
 */
function locate(services: SanctionCoreServices, document: LangiumDocument, use: TemplateUse, node: Template, checkId: string, messageId: string | undefined): Array<{ range: Range }> {
    const check = ALL_CHECKS.find(c => c.id === checkId);
    if (!check || !messageId) {
        return [];
    }
    const config = services.sanction.config.forDocument(document.uri);
    const places: Array<{ range: Range }> = [];
    /** The clause of the template being checked, while a measure it brings is. */
    let measureNode: AstNode | undefined;
    const context: CheckContext = {
        document,
        config,
        profile: getProfile(config.profile) ?? getProfile(DEFAULT_PROFILE_ID)!,
        services,
        report(input) {
            const finding = input as unknown as FindingInput;
            if (finding.messageId !== messageId) {
                return;
            }
            const inside = AstUtils.getContainerOfType(finding.node, isTemplate) === node;
            if (!inside && !(measureNode && AstUtils.getDocument(finding.node) === document)) {
                return;
            }
            const range = inside ? finding.range ?? rangeOf(finding) : measureNode?.$cstNode?.range;
            if (range) {
                places.push({ range });
            }
        }
    };
    try {
        if (check.visitMeasure) {
            for (const measure of measuresOfUse(use)) {
                measureNode = measure.node;
                check.visitMeasure(measure, context);
            }
            measureNode = undefined;
        }
        const reflection = services.shared.AstReflection;
        for (const [type, visitor] of Object.entries(check.visit ?? {})) {
            for (const visited of AstUtils.streamAst(document.parseResult.value)) {
                if (reflection.isInstance(visited, type)) {
                    (visitor as (n: AstNode, c: CheckContext) => void)(visited, context);
                }
            }
        }
    } catch {
        // A check that cannot run outside the registry leaves the finding at the apply.
    }
    return places;
}

function rangeOf(finding: FindingInput): Range | undefined {
    const cst = finding.node.$cstNode;
    if (!cst) {
        return undefined;
    }
    if (finding.property) {
        return GrammarUtils.findNodeForProperty(cst, finding.property as string, finding.index)?.range ?? cst.range;
    }
    if (finding.keyword) {
        return GrammarUtils.findNodeForKeyword(cst, finding.keyword, finding.index)?.range ?? cst.range;
    }
    return cst.range;
}

/**
 * Findings raised by every argument set of a template under a profile (same check, message id and
 * place in the template) become one finding at the template with no arguments: the template is
 * at fault for every use. The others stay, one per argument set that raised them.
 */
function merge(raised: Array<{ job: { template: LibraryTemplate; sets: number }; finding: LibraryFinding }>): LibraryFinding[] {
    const groups = new Map<string, Array<{ job: { template: LibraryTemplate; sets: number }; finding: LibraryFinding }>>();
    for (const entry of raised) {
        const f = entry.finding;
        const place = f.at === 'apply' ? 'apply' : `${f.at}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`;
        const key = [f.file, f.template, f.profile, f.checkId, f.messageId ?? '', place].join('\u0000');
        groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    const out: LibraryFinding[] = [];
    for (const group of groups.values()) {
        const sets = new Set(group.map(entry => JSON.stringify(entry.finding.arguments)));
        const { job, finding } = group[0];
        if (sets.size === job.sets && job.sets > 0) {
            // The defaults' message (group[0]: the defaults come first) at the template.
            const { arguments: _arguments, varied: _varied, order: _order, ...rest } = finding;
            void _arguments; void _varied; void _order;
            out.push(finding.at === 'apply' ? { ...rest, at: 'template', range: job.template.range } : rest);
        } else {
            out.push(...group.map(entry => entry.finding));
        }
    }
    return out;
}

function compareLibraryFindings(a: LibraryFinding, b: LibraryFinding): number {
    return a.file.localeCompare(b.file)
        || a.range.start.line - b.range.start.line
        || a.range.start.character - b.range.start.character
        || (a.template ?? '').localeCompare(b.template ?? '')
        || a.profile.localeCompare(b.profile)
        || a.checkId.localeCompare(b.checkId)
        || JSON.stringify(a.arguments ?? {}).localeCompare(JSON.stringify(b.arguments ?? {}));
}
