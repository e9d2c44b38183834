/**
 * The Rule catalogue: one entry per Rule of Recommendation CM/Rec(2017)3
 * (European Rules on community sanctions and measures), with the chapter and
 * section the Recommendation places it under, a one-sentence summary in the
 * project's own words, and whether an individual order can be checked against it.
 *
 * The data lives in `catalogue.json`; this module only types and indexes it.
 * It has no dependencies (no node:fs) so it can run in a browser bundle.
 */
import data from './catalogue.json' with { type: 'json' };

/** Roman numeral of a chapter: "I" … "X". */
export type ChapterNumber = string;

export interface ChapterEntry {
    readonly number: ChapterNumber;
    readonly title: string;
    readonly firstRule: number;
    readonly lastRule: number;
}

export interface RuleEntry {
    readonly number: number;
    readonly chapter: ChapterNumber;
    readonly chapterTitle: string;
    /** Section heading within the chapter, or null if the chapter has no sections. */
    readonly section: string | null;
    /** One sentence, in the project's own words (not the official text). */
    readonly summary: string;
    /** True if an individual order (or order template) can state or violate this Rule. */
    readonly checkable: boolean;
}

export interface PartSummary {
    readonly title: string;
    readonly summary: string;
}

export interface DefinitionsSummary extends PartSummary {
    readonly terms: ReadonlyArray<{ readonly term: string; readonly summary: string }>;
}

interface RawRule {
    number: number;
    chapter: string;
    section: string | null;
    summary: string;
    checkable: boolean;
}

interface RawCatalogue {
    source: string;
    scope: PartSummary;
    definitions: DefinitionsSummary;
    chapters: ChapterEntry[];
    rules: RawRule[];
}

const raw = data as RawCatalogue;

const chapterList: readonly ChapterEntry[] = Object.freeze(raw.chapters.map(c => Object.freeze({ ...c })));
const chapterByNumber = new Map<string, ChapterEntry>(chapterList.map(c => [c.number, c]));

const ruleList: readonly RuleEntry[] = Object.freeze(
    raw.rules
        .map(r => {
            const chapter = chapterByNumber.get(r.chapter);
            if (!chapter) {
                throw new Error(`Rule catalogue: Rule ${r.number} names unknown chapter ${r.chapter}`);
            }
            const entry: RuleEntry = {
                number: r.number,
                chapter: r.chapter,
                chapterTitle: chapter.title,
                section: r.section ?? null,
                summary: r.summary,
                checkable: r.checkable
            };
            return Object.freeze(entry);
        })
        .sort((a, b) => a.number - b.number)
);
const ruleByNumber = new Map<number, RuleEntry>(ruleList.map(r => [r.number, r]));

/** Where the Rules come from (citation of the Recommendation). */
export const catalogueSource: string = raw.source;

/** The Rule with this number, or undefined if there is none (valid numbers are 1–105). */
export function getRule(n: number): RuleEntry | undefined {
    return ruleByNumber.get(n);
}

/** All Rules, in ascending order of number. */
export function allRules(): readonly RuleEntry[] {
    return ruleList;
}

/** The ten chapters, in order, with the range of Rules each contains. */
export function chapters(): readonly ChapterEntry[] {
    return chapterList;
}

/** Summary of the "Scope and purpose" part (not a numbered Rule). */
export function scope(): PartSummary {
    return raw.scope;
}

/** Summary of the "Definitions" part (not a numbered Rule). */
export function definitions(): DefinitionsSummary {
    return raw.definitions;
}

/**
 * "Rule 15", "Rules 15 and 30", "Rules 3, 22 and 34": numbers sorted ascending
 * and deduplicated. Returns "" for an empty list.
 */
export function formatRuleCitation(numbers: readonly number[]): string {
    const sorted = [...new Set(numbers)].sort((a, b) => a - b);
    if (sorted.length === 0) {
        return '';
    }
    if (sorted.length === 1) {
        return `Rule ${sorted[0]}`;
    }
    const head = sorted.slice(0, -1).join(', ');
    return `Rules ${head} and ${sorted[sorted.length - 1]}`;
}

/**
 * A short markdown block for a hover:
 * "**Rule 23** — Chapter II: Legal framework › Imposition of …\n\n<summary>".
 * The section part is left out for chapters without sections.
 */
export function ruleMarkdown(n: number): string | undefined {
    const rule = ruleByNumber.get(n);
    if (!rule) {
        return undefined;
    }
    const place = `Chapter ${rule.chapter}: ${rule.chapterTitle}` + (rule.section ? ` › ${rule.section}` : '');
    return `**Rule ${rule.number}** — ${place}\n\n${rule.summary}`;
}
