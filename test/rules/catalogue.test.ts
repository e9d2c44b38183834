/**
 * Checks the Rule catalogue (language/src/rules/catalogue.json) against the
 * reference text of CM/Rec(2017)3 and against RULE-MAP.md, both kept in the
 * `shared/rules` folder beside the repository root.
 */
import { describe, expect, it } from 'vitest';
import {
    allRules,
    chapters,
    definitions,
    formatRuleCitation,
    getRule,
    ruleMarkdown,
    scope
} from '../../language/src/rules/catalogue.js';
import { ALL_CHECKS } from '../../language/src/validation/checks/index.js';
import { describeWithShared, readShared } from '../shared.js';

const TEXT = 'rules/CM-Rec-2017-3.txt';
const MAP = 'rules/RULE-MAP.md';

// ---------------------------------------------------------------------------
// Parsing the Recommendation text
// ---------------------------------------------------------------------------

/** Collapse whitespace and turn the text's non-breaking hyphens into ASCII ones. */
function normalise(s: string): string {
    return s.replace(/[\u2010\u2011]/g, '-').replace(/\s+/g, ' ').trim();
}

interface ParsedRule {
    number: number;
    chapter: string;
    section: string | null;
    text: string;
}

interface ParsedText {
    chapters: Array<{ number: string; title: string }>;
    rules: ParsedRule[];
    scopeText: string;
    definitionsText: string;
    fullText: string;
}

/**
 * Layout of the text: a preamble, then "Appendix", "Scope and purpose" and
 * "Definitions" (no numbered Rules), then chapters as `Chapter <roman>: <title>`.
 * Within a chapter, Rules start `N.<TAB>` (Rule 10 is `10<TAB>`; some have a
 * space before the tab), lettered sub-paragraphs start `a.<TAB>`, and a section
 * heading is a short line without a number and without closing punctuation.
 * The document ends with a "Website:" line.
 */
function parseRecommendation(text: string): ParsedText {
    const lines = text.split(/\r?\n/);
    const chapterList: ParsedText['chapters'] = [];
    const rules: ParsedRule[] = [];
    let chapter: string | undefined;
    let section: string | null = null;
    let current: ParsedRule | undefined;
    let part: 'preamble' | 'scope' | 'definitions' | 'rules' = 'preamble';
    const scopeLines: string[] = [];
    const definitionLines: string[] = [];

    for (const rawLine of lines) {
        const line = rawLine.replace(/\s+$/, '');
        if (line.trim() === '') {
            continue;
        }
        const chapterMatch = /^Chapter\s+([IVXLC]+):\s*(.+)$/.exec(line);
        if (chapterMatch) {
            part = 'rules';
            chapter = chapterMatch[1];
            chapterList.push({ number: chapter, title: normalise(chapterMatch[2]) });
            section = null;
            current = undefined;
            continue;
        }
        if (part !== 'rules') {
            const t = normalise(line);
            if (t === 'Scope and purpose') {
                part = 'scope';
            } else if (t === 'Definitions') {
                part = 'definitions';
            } else if (part === 'scope') {
                scopeLines.push(t);
            } else if (part === 'definitions') {
                definitionLines.push(t);
            }
            continue;
        }
        if (/^Website:/.test(line)) {
            break;
        }
        const ruleMatch = /^(\d{1,3})\.? *\t\s*(.*)$/.exec(line);
        if (ruleMatch) {
            current = { number: Number(ruleMatch[1]), chapter: chapter!, section, text: normalise(ruleMatch[2]) };
            rules.push(current);
            continue;
        }
        const t = normalise(line);
        const isSubParagraph = /^[a-z]\.\s/.test(t);
        if (!isSubParagraph && t.length <= 80 && !/[.;:,]$/.test(t)) {
            section = t;
            current = undefined;
            continue;
        }
        if (!current) {
            throw new Error(`Unexpected line outside any Rule in Chapter ${chapter}: ${t.slice(0, 60)}`);
        }
        current.text += ' ' + t;
    }
    return {
        chapters: chapterList,
        rules,
        scopeText: scopeLines.join(' '),
        definitionsText: definitionLines.join(' '),
        fullText: text
    };
}

// ---------------------------------------------------------------------------
// Parsing RULE-MAP.md
// ---------------------------------------------------------------------------

function expandRanges(list: string): number[] {
    const out: number[] = [];
    for (const piece of list.split(',')) {
        const p = piece.trim();
        if (!p) continue;
        const range = /^(\d+)\s*[-\u2013]\s*(\d+)$/.exec(p);
        if (range) {
            for (let n = Number(range[1]); n <= Number(range[2]); n++) out.push(n);
        } else if (/^\d+$/.test(p)) {
            out.push(Number(p));
        } else {
            throw new Error(`Cannot read Rule list entry "${p}"`);
        }
    }
    return out;
}

interface ParsedMap {
    /** Rule numbers cited in the last column of the check tables. */
    cited: Set<number>;
    /** Whether some check cites "Scope and purpose". */
    citesScope: boolean;
    /** Rule numbers in the "Not checkable" paragraph. */
    notCheckable: Set<number>;
    /** Number of check rows read (a sanity check on the parser). */
    rows: number;
    /** Each check row: its id, kind and Rules. */
    checks: Array<{ id: string; kind: string; rules: number[]; scope: boolean }>;
}

function parseRuleMap(md: string): ParsedMap {
    const [tablesPart, notPart] = md.split(/^## Not checkable.*$/m);
    if (notPart === undefined) {
        throw new Error('RULE-MAP.md has no "## Not checkable" section');
    }
    const cited = new Set<number>();
    let citesScope = false;
    let rows = 0;
    const checks: ParsedMap['checks'] = [];
    for (const line of tablesPart.split(/\r?\n/)) {
        if (!line.trim().startsWith('|')) continue;
        const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map(c => c.trim());
        const last = cells[cells.length - 1];
        if (cells[0] === 'check' || /^:?-{3,}:?$/.test(last)) continue; // header / separator
        rows++;
        // "12 (second sentence)" cites Rule 12; drop the parenthetical remark.
        const withoutRemarks = last.replace(/\([^)]*\)/g, ' ');
        if (/Scope and purpose/i.test(withoutRemarks)) {
            citesScope = true;
        }
        const numbers = withoutRemarks.replace(/Scope and purpose/gi, '').replace(/\bRules?\b/g, '');
        const rules = numbers.trim() ? expandRanges(numbers.replace(/\band\b/g, ',')) : [];
        for (const n of rules) cited.add(n);
        const kind = cells.length >= 4 ? cells[cells.length - 2] : '';
        checks.push({ id: cells[0], kind, rules, scope: /Scope and purpose/i.test(withoutRemarks) });
    }
    const paragraph = notPart.split(/^## /m)[0].replace(/\s+/g, ' ');
    const listMatch = /Rules\s+([\d\s,\-\u2013]+?)(?=\s+[A-Za-z])/.exec(paragraph);
    if (!listMatch) {
        throw new Error('Cannot find the Rule list in the "Not checkable" section of RULE-MAP.md');
    }
    return { cited, citesScope, notCheckable: new Set(expandRanges(listMatch[1])), rows, checks };
}

// ---------------------------------------------------------------------------
// Own-words guard
// ---------------------------------------------------------------------------

/** Lower-case words; hyphens and apostrophes are dropped so "co-operate" = "cooperate". */
function words(s: string): string[] {
    return s
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\u2010-\u2012-]/g, '')
        .replace(/['\u2018\u2019]/g, '')
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}

/** The first run of `k` consecutive words shared by `a` and `b`, if any. */
function sharedRun(a: string, b: string, k: number): string | undefined {
    const grams = new Set<string>();
    const wb = words(b);
    for (let i = 0; i + k <= wb.length; i++) grams.add(wb.slice(i, i + k).join(' '));
    const wa = words(a);
    for (let i = 0; i + k <= wa.length; i++) {
        const g = wa.slice(i, i + k).join(' ');
        if (grams.has(g)) return g;
    }
    return undefined;
}

const RUN = 8;

/** One sentence: ends with a full stop and has no sentence break inside. */
function isOneSentence(s: string): boolean {
    return /[^.]\.$/.test(s) && !/[.!?]["')\]]?\s+\S/.test(s) && !/\n/.test(s);
}

// ---------------------------------------------------------------------------

describeWithShared('the catalogue and the checks against the Recommendation and RULE-MAP.md', [TEXT, MAP],
    'The citation checks against the Recommendation (test/rules/catalogue.test.ts)', () => {
const parsed = parseRecommendation(readShared(TEXT));
const ruleMap = parseRuleMap(readShared(MAP));
const textRule = new Map(parsed.rules.map(r => [r.number, r]));
const oneTo105 = Array.from({ length: 105 }, (_, i) => i + 1);

/**
 * Rules that RULE-MAP.md both cites in a check table and includes in its
 * "Not checkable" ranges. The table citation wins (a diagnostic must be able
 * to point at its Rule). Rule 93 is cited by missing-complaint-route but sits
 * inside the range 73-105. Listed here so that any new conflict fails the test.
 */
const KNOWN_MAP_CONFLICTS = [93];

describe('parsing the reference text', () => {
    it('finds ten chapters, in order', () => {
        expect(parsed.chapters.map(c => c.number)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']);
    });

    it('finds exactly Rules 1..105, in order, including Rule 10 written without a full stop', () => {
        expect(parsed.rules.map(r => r.number)).toEqual(oneTo105);
        expect(textRule.get(10)?.text).toMatch(/^In appropriate cases/);
        expect(parsed.rules.every(r => r.text.length > 20)).toBe(true);
    });

    it('reads the Scope and purpose and Definitions parts', () => {
        expect(parsed.scopeText).toContain('CM/Rec(2008)11');
        expect(parsed.definitionsText).toContain('implementing authorities');
    });

    it('reads every row of the RULE-MAP check tables', () => {
        expect(ruleMap.rows).toBeGreaterThanOrEqual(30);
        expect(ruleMap.cited.size).toBeGreaterThan(0);
        expect(ruleMap.notCheckable.size).toBeGreaterThan(0);
        for (const n of [...ruleMap.cited, ...ruleMap.notCheckable]) {
            expect(n, `RULE-MAP cites Rule ${n}`).toBeGreaterThanOrEqual(1);
            expect(n, `RULE-MAP cites Rule ${n}`).toBeLessThanOrEqual(105);
        }
    });
});

describe('Rule catalogue against the text', () => {
    it('has exactly the Rules 1..105', () => {
        expect(allRules().map(r => r.number)).toEqual(oneTo105);
        for (const n of oneTo105) expect(getRule(n)?.number).toBe(n);
        expect(getRule(0)).toBeUndefined();
        expect(getRule(106)).toBeUndefined();
    });

    it('has the chapters of the text, with their titles and Rule ranges', () => {
        expect(chapters().map(c => ({ number: c.number, title: normalise(c.title) }))).toEqual(parsed.chapters);
        for (const c of chapters()) {
            const inText = parsed.rules.filter(r => r.chapter === c.number).map(r => r.number);
            expect([c.firstRule, c.lastRule], `Chapter ${c.number}`).toEqual([inText[0], inText[inText.length - 1]]);
        }
    });

    it('places each Rule in the chapter the text places it', () => {
        for (const rule of allRules()) {
            expect(rule.chapter, `Rule ${rule.number}`).toBe(textRule.get(rule.number)!.chapter);
            expect(rule.chapterTitle, `Rule ${rule.number}`).toBe(chapters().find(c => c.number === rule.chapter)!.title);
        }
    });

    it('gives each Rule the section heading the text gives it', () => {
        for (const rule of allRules()) {
            const expected = textRule.get(rule.number)!.section;
            expect(rule.section === null ? null : normalise(rule.section), `Rule ${rule.number}`).toBe(expected);
        }
    });
});

describe('checkable flags against RULE-MAP.md', () => {
    it('only Rule 93 is both cited in a check table and listed as not checkable', () => {
        const both = [...ruleMap.cited].filter(n => ruleMap.notCheckable.has(n)).sort((a, b) => a - b);
        expect(both).toEqual(KNOWN_MAP_CONFLICTS);
    });

    it('marks every Rule cited in the check tables as checkable', () => {
        for (const n of ruleMap.cited) {
            expect(getRule(n)?.checkable, `Rule ${n} is cited by a check`).toBe(true);
        }
    });

    it('marks every Rule in the "Not checkable" list as not checkable', () => {
        for (const n of ruleMap.notCheckable) {
            if (KNOWN_MAP_CONFLICTS.includes(n)) continue;
            expect(getRule(n)?.checkable, `Rule ${n} is listed as not checkable`).toBe(false);
        }
    });

    it('has a Scope and purpose entry, which the juvenile-subject check cites', () => {
        expect(ruleMap.citesScope).toBe(true);
        expect(scope().title).toBe('Scope and purpose');
        expect(scope().summary).toMatch(/juvenile/i);
        expect(scope().summary).toContain('CM/Rec(2008)11');
        expect(definitions().title).toBe('Definitions');
    });
});

describe('summaries', () => {
    it('are non-empty single sentences of at most 30 words', () => {
        for (const rule of allRules()) {
            const s = rule.summary;
            expect(s.trim().length, `Rule ${rule.number}`).toBeGreaterThan(0);
            expect(isOneSentence(s), `Rule ${rule.number} summary is not one sentence: ${s}`).toBe(true);
            expect(s.split(/\s+/).length, `Rule ${rule.number} summary is too long`).toBeLessThanOrEqual(30);
        }
    });

    it(`share no run of ${RUN} words with the Rule's own text`, () => {
        for (const rule of allRules()) {
            const run = sharedRun(rule.summary, textRule.get(rule.number)!.text, RUN);
            expect(run, `Rule ${rule.number} summary copies "${run}"`).toBeUndefined();
        }
    });

    it(`share no run of ${RUN} words with anywhere in the Recommendation`, () => {
        const all = [
            ...allRules().map(r => [`Rule ${r.number}`, r.summary] as const),
            ['Scope and purpose', scope().summary] as const,
            ['Definitions', definitions().summary] as const,
            ...definitions().terms.map(t => [`Definition of ${t.term}`, t.summary] as const)
        ];
        for (const [label, summary] of all) {
            expect(summary.trim().length, label).toBeGreaterThan(0);
            const run = sharedRun(summary, parsed.fullText, RUN);
            expect(run, `${label} summary copies "${run}"`).toBeUndefined();
        }
    });

    it('define the three terms of the Definitions part', () => {
        expect(definitions().terms.map(t => t.term)).toEqual([
            'community sanctions and measures',
            'deciding authorities',
            'implementing authorities'
        ]);
        for (const t of definitions().terms) {
            expect(parsed.definitionsText).toContain(`“${t.term}”`);
        }
    });
});

describe('the checks against RULE-MAP.md', () => {
    /**
     * Checks that cite a Rule but have no row in the map: each is named here with its reason, so a
     * new one fails until it is added to the map or here.
     * - unknown-requirement-kind: reads a jurisdiction profile's list of the requirements its law
     *   provides; it rests on Rule 14 as duration-over-limit does, and is not in the map's tables.
     */
    const OUTSIDE_MAP = ['unknown-requirement-kind'];
    const ruleChecks = ALL_CHECKS.filter(check => check.family !== 'language' && !OUTSIDE_MAP.includes(check.id));
    it('has a row for every check that cites the Recommendation, and a check for every row', () => {
        expect(ruleChecks.map(check => check.id).sort()).toEqual(ruleMap.checks.map(row => row.id).sort());
    });
    it.each(ruleMap.checks.map(row => [row.id, row] as const))('%s cites the Rules of its row and has its kind', (id, row) => {
        const check = ALL_CHECKS.find(c => c.id === id);
        expect(check, `no check ${id}`).toBeDefined();
        expect([...check!.rules].sort((a, b) => a - b), `${id}: Rules`).toEqual([...row.rules].sort((a, b) => a - b));
        expect((check!.provisions ?? []).includes('Scope and purpose'), `${id}: cites Scope and purpose`).toBe(row.scope);
        expect(check!.kind, `${id}: kind`).toBe(row.kind);
        expect((check!.basis ?? []).map(b => b.rule).sort((a, b) => a - b), `${id}: a basis for each Rule`).toEqual([...row.rules].sort((a, b) => a - b));
    });
});
});

describe('formatRuleCitation', () => {
    it.each([
        [[15], 'Rule 15'],
        [[15, 30], 'Rules 15 and 30'],
        [[30, 15], 'Rules 15 and 30'],
        [[3, 22, 34], 'Rules 3, 22 and 34'],
        [[34, 3, 22, 3], 'Rules 3, 22 and 34'],
        [[15, 15], 'Rule 15'],
        [[100, 9, 21, 23], 'Rules 9, 21, 23 and 100'],
        [[], '']
    ])('%j -> %s', (numbers, expected) => {
        expect(formatRuleCitation(numbers)).toBe(expected);
    });
});

describe('ruleMarkdown', () => {
    it('gives chapter, section and summary', () => {
        expect(ruleMarkdown(23)).toBe(
            `**Rule 23** — Chapter II: Legal framework › Imposition of community sanctions and measures\n\n${getRule(23)!.summary}`
        );
    });

    it('leaves out the section for chapters without sections', () => {
        expect(ruleMarkdown(12)).toBe(`**Rule 12** — Chapter I: Basic principles\n\n${getRule(12)!.summary}`);
    });

    it('returns undefined for a number that is not a Rule', () => {
        expect(ruleMarkdown(0)).toBeUndefined();
        expect(ruleMarkdown(106)).toBeUndefined();
    });
});
