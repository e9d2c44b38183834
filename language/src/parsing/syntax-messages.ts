import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';

/**
 * Syntax errors in words a drafter understands: what was found, what the sentence could go on
 * with, and where it is. Chevrotain's defaults list every token path, which nobody can read.
 */
const TERMINAL_NAMES: Record<string, string> = {
    DATE: 'a date (2026-03-14 or 14 March 2026)',
    TIME: 'a time (19:00)',
    INT: 'a number',
    ID: 'a name',
    STRING: 'quoted text',
    EOF: 'the end of the file'
};

const RULE_NAMES: Record<string, string> = {
    SanctionFile: 'the file',
    Order: 'the order',
    Requirement: 'the requirement',
    Condition: 'the condition',
    Person: 'the person clause',
    Offence: 'the offence clause',
    OrderTerm: 'the duration clause',
    Breach: 'the breach clauses',
    BreachRule: 'the breach clause',
    BreachHearing: 'the hearing clause',
    BreachStep: 'the breach step',
    BreachOptions: 'the options of the deciding authority',
    Rights: 'the rights clauses',
    Template: 'the template',
    TemplateUse: 'the apply clause',
    Consent: 'the consent record',
    OrderConsent: 'the consent record'
};

export function describeTokenType(type: TokenType): string {
    const terminal = TERMINAL_NAMES[type.name];
    if (terminal) {
        return terminal;
    }
    const keyword = type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
    return keyword === '.' ? "'.' to end the sentence" : `'${keyword}'`;
}

function describeFound(token: IToken): string {
    return token.tokenType?.name === 'EOF' ? 'the end of the file' : `'${shown(token.image)}'`;
}

/**
 * A token's text as a message can show it: at most 40 characters (quoted text can be a page long),
 * never cut inside a character, and with control characters and lone surrogates written as U+…
 * (a message is printed in terminals and editors).
 */
export function shown(image: string): string {
    const max = 40;
    let text = image;
    if (text.length > max) {
        const high = text.charCodeAt(max - 2);
        text = text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 2 : max - 1) + '…';
    }
    return text.replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
        c => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Langium marks its rule names with a zero-width suffix. */
function cleanRuleName(ruleName: string): string {
    return ruleName.replace(/[^A-Za-z0-9_]/g, '');
}

function where(ruleName: string): string {
    const name = RULE_NAMES[cleanRuleName(ruleName)];
    return name ? ` in ${name}` : '';
}

/** "did you mean 'months'?" when the word found is a near miss of a keyword that could come next. */
function nearMiss(found: IToken | undefined, paths: TokenType[][][] | TokenType[][]): string {
    return nearestWord(found, (paths as unknown[]).flat(2).map(t => (t as TokenType).name));
}

function nearestWord(found: IToken | undefined, candidates: Iterable<string>): string {
    const word = found?.image ?? '';
    if (!/^[A-Za-z-]{3,}$/.test(word)) {
        return '';
    }
    const keywords = new Set([...candidates].filter(n => /^[a-z-]+$/i.test(n) && !TERMINAL_NAMES[n]));
    // Only the case differs ("Requirement", "ORDER"): the words of the language are lower case.
    const sameWord = [...keywords].find(keyword => keyword !== word && keyword.toLowerCase() === word.toLowerCase());
    if (sameWord) {
        return ` Did you mean '${sameWord}'? The words of the language are written as shown, ${sameWord === sameWord.toLowerCase() ? 'in lower case' : 'with a capital first letter'}.`;
    }
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const keyword of keywords) {
        // Ties go to the word of the closest length ("monhts": months, not month).
        const d = editDistance(word.toLowerCase(), keyword.toLowerCase()) + Math.abs(word.length - keyword.length) / 100;
        if (d < bestDistance) {
            best = keyword;
            bestDistance = d;
        }
    }
    const allowed = word.length <= 4 ? 1 : 2;
    return best && bestDistance > 0 && Math.floor(bestDistance) <= allowed ? ` Did you mean '${best}'?` : '';
}

function editDistance(a: string, b: string): number {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}

function listOf(paths: TokenType[][][] | TokenType[][]): string {
    const seen = new Set<string>();
    const flat = (paths as unknown[]).flat(2) as TokenType[];
    // Only the first token of each path says what may come next.
    const firsts: TokenType[] = [];
    for (const path of (paths as TokenType[][][]).flat(1) as unknown as TokenType[][]) {
        if (Array.isArray(path) && path[0]) {
            firsts.push(path[0]);
        }
    }
    for (const type of firsts.length ? firsts : flat) {
        seen.add(describeTokenType(type));
    }
    const names = [...seen];
    // "or 1 more" would hide a word the message has room for: name nine in full.
    const shown = names.length <= 9 ? names : names.slice(0, 8);
    const rest = names.length - shown.length;
    return shown.join(', ') + (rest > 0 ? ` or ${rest} more` : '');
}

/** Whether a token is of a type, or of a type in that type's category (keywords share categories). */
function isOfType(token: IToken | undefined, type: TokenType): boolean {
    if (!token?.tokenType) {
        return false;
    }
    return token.tokenType === type || (token.tokenType.CATEGORIES ?? []).includes(type);
}

/**
 * Where the tokens read ahead leave every alternative: the tokens some path matched (at least one),
 * the token found after them, and the types the paths that got that far expect next. Undefined when
 * the first token already fits no path or is a name (the plain "Unexpected …" message says it best).
 */
function divergence(paths: TokenType[][][], actual: IToken[]): { matched: IToken[]; found: IToken; next: TokenType[][] } | undefined {
    let longest = 0;
    const byLength = new Map<number, TokenType[][]>();
    for (const path of paths.flat(1)) {
        let matched = 0;
        while (matched < path.length && matched < actual.length && isOfType(actual[matched], path[matched]!)) {
            matched++;
        }
        if (matched === path.length || matched === 0) {
            continue; // a path fully matched is not where the input went wrong; none matched says nothing
        }
        longest = Math.max(longest, matched);
        byLength.set(matched, [...(byLength.get(matched) ?? []), path.slice(matched)]);
    }
    const found = actual[longest];
    // Any word fits a name (a template parameter, `broken hours`): a match that starts with one
    // says nothing about what the drafter meant.
    if (longest === 0 || !found || actual[0]?.tokenType?.name === 'ID') {
        return undefined;
    }
    return { matched: actual.slice(0, longest), found, next: byLength.get(longest)! };
}

/**
 * The grammar closes orders, templates and sections with SECTION_END, a token nobody writes; the
 * parser inserts it at each clean end. Those insertions are not errors: their message is this
 * marker, and the document validator drops diagnostics that carry it.
 */
export const RECOVERY_MARKER = '\u0000recovered';

const SECTION_STARTS: Record<string, string> = {
    Order: "an order's sentences start with: made on, decided by, implemented by, under, written in, person, offence, in force, consent, requirement, condition, apply, early termination, disclosure of the offence, on breach, rights, costs",
    Template: "a template's body holds requirements ('requirement …') and conditions ('condition \"…\"')",
    Breach: "the breach section holds sentences such as 'minor non-compliance leads to a warning.', 'a written report to the court within 10 working days.', 'hearing … .', 'credit for time complied.'",
    Rights: "the rights section holds 'appeal to \"…\" within 28 days.', 'complaints to \"…\".' and 'notice in English, in writing.'"
};

const SECTION_FOLLOWERS = new Set(['EOF', 'order', 'template', 'made', 'decided', 'implemented', 'under', 'written', 'person', 'offence', 'in', 'consent', 'requirement', 'condition', 'apply', 'on', 'rights', 'costs', 'early', 'disclosure']);

export class SanctionSyntaxMessages implements IParserErrorMessageProvider {
    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        if (options.expected.name === 'SECTION_END') {
            const found = options.actual.tokenType?.name ?? 'EOF';
            if (SECTION_FOLLOWERS.has(found.replace(/:KW$/, ''))) {
                return RECOVERY_MARKER;
            }
            const section = SECTION_STARTS[cleanRuleName(options.ruleName)];
            const hint = nearestWord(options.actual, [...SECTION_FOLLOWERS, 'appeal', 'complaints', 'notice', 'minor', 'significant', 'hearing', 'credit']);
            return `Unexpected ${describeFound(options.actual)}${where(options.ruleName)}: ${section ?? 'a sentence cannot start here'}. The sentence was skipped.${hint}`;
        }
        if (options.expected.name === 'EOF') {
            return this.buildNotAllInputParsedMessage({ firstRedundant: options.actual, ruleName: options.ruleName });
        }
        const actualType = options.actual.tokenType?.name ?? '';
        const afterListStart = options.previous?.image === '(' || options.previous?.image === ',';
        const namePlace = options.expected.name === 'ID' || (options.expected.name === ')' && afterListStart);
        if (namePlace && actualType.length > 0 && !TERMINAL_NAMES[actualType] && /^[A-Za-z]/.test(options.actual.image)) {
            return `'${shown(options.actual.image)}' is a word of the language and cannot be a name here${where(options.ruleName)}: choose another name.`;
        }
        return `Expected ${describeTokenType(options.expected)}${where(options.ruleName)} but found ${describeFound(options.actual)}.${nearestWord(options.actual, [options.expected.name])}`;
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        const hint = nearestWord(options.firstRedundant, ['order', 'template', 'import']);
        return `Unexpected ${describeFound(options.firstRedundant)}: a file holds imports, then orders ('order "…".') and templates ('template name(…)').${hint || ' Did a sentence before it end early?'}`;
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        // The parser looks several tokens ahead: `until 5` fails at `5`, not at `until`, which
        // some alternatives accept. Name what may follow the words that did match.
        const diverged = divergence(options.expectedPathsPerAlt, options.actual);
        if (diverged) {
            const after = diverged.matched.map(token => shown(token.image)).join(' ');
            return `After '${after}'${where(options.ruleName)}, expected ${listOf([diverged.next])} but found ${describeFound(diverged.found)}.${nearMiss(diverged.found, [diverged.next])}`;
        }
        if (cleanRuleName(options.ruleName) === 'Parameter') {
            return `Unexpected ${describeFound(options.actual[0])} in the requirement: expected a parameter (such as 'for 6 months', 'at "…"', 'from 19:00 to 07:00', '120 hours') or '.' to end the sentence.`;
        }
        return `Unexpected ${describeFound(options.actual[0])}${where(options.ruleName)}: expected ${listOf(options.expectedPathsPerAlt)}.${nearMiss(options.actual[0], options.expectedPathsPerAlt)}`;
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return `Unexpected ${describeFound(options.actual[0])}${where(options.ruleName)}: expected ${listOf([options.expectedIterationPaths])}.${nearMiss(options.actual[0], [options.expectedIterationPaths])}`;
    }
}
