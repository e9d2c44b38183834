import type { AstNode, LangiumDocument, Properties } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { SanctionAstType } from '../generated/ast.js';
import type { Fix, Severity } from './finding.js';
import type { SanctionConfig } from './config.js';
import type { SanctionCoreServices } from '../sanction-module.js';
import type { MeasureView } from '../model/order-model.js';

/** The check families of RULE-MAP.md, plus the language's own consistency checks. */
export type CheckFamily =
    | 'clarity'           // A. Clarity of conditions
    | 'duration'          // B. Duration
    | 'proportionality'   // C. Proportionality
    | 'breach'            // D. Breach, revocation and imprisonment
    | 'consent'           // E. Consent, treatment and suspects
    | 'rights'            // F. Rights, information and language
    | 'protected'         // G. Rights that must not be touched
    | 'scope'             // H. Scope
    | 'language';         // the order is not well-formed (no Rule cited)

export const FAMILY_TITLES: Record<CheckFamily, string> = {
    clarity: 'A. Clarity of conditions',
    duration: 'B. Duration',
    proportionality: 'C. Proportionality',
    breach: 'D. Breach, revocation and imprisonment',
    consent: 'E. Consent, treatment and suspects',
    rights: 'F. Rights, information and language',
    protected: 'G. Rights that must not be touched',
    scope: 'H. Scope',
    language: 'Language'
};

/**
 * Why a check cites a Rule: the chapter the Rule sits in (as the check's author read it; a test
 * holds it against the catalogue) and, in our words, the part of the Rule that carries the finding.
 */
export interface RuleBasis {
    readonly rule: number;
    /** Roman numeral of the chapter: "II". */
    readonly chapter: string;
    /** Which part of the Rule: "first sentence", "whole Rule", "second sentence". */
    readonly clause: string;
    /** Our paraphrase of what that part requires, as it bears on the finding. */
    readonly carries: string;
}

/** What a check is, independent of how it runs: its stable id, title, Rules and default severity. */
export interface CheckMeta {
    /** Stable, kebab-case; it is the diagnostic's `code` and never changes once released. */
    readonly id: string;
    readonly title: string;
    readonly family: CheckFamily;
    /** Rule numbers of CM/Rec(2017)3 the check rests on. */
    readonly rules: readonly number[];
    /** Unnumbered parts of the Recommendation it rests on ("Scope and purpose"). */
    readonly provisions?: readonly string[];
    readonly severity: Severity;
    /** One sentence: what the check finds. */
    readonly summary: string;
    /** For each Rule in `rules`, the part of it that carries the finding. */
    readonly basis?: readonly RuleBasis[];
}

/** What a check reports; the core adds the check id, Rules, severity and docs link. */
export interface FindingInput<N extends AstNode = AstNode> {
    node: N;
    property?: Properties<N>;
    index?: number;
    keyword?: string;
    range?: Range;
    /** The message without its citation; the core appends "(Rule 15)". */
    message: string;
    /** When only some of the check's Rules carry this finding. */
    rules?: readonly number[];
    /** A severity of its own (e.g. an information-level hint where the order is silent). */
    severity?: Severity;
    fixes?: Fix[];
}

export interface CheckContext {
    readonly document: LangiumDocument;
    readonly config: SanctionConfig;
    /** The language's services, for the few checks that look beyond one node (imports, the index). */
    readonly services: SanctionCoreServices;
    report<N extends AstNode>(finding: FindingInput<N>): void;
}

export type CheckVisitors = {
    [K in keyof SanctionAstType]?: SanctionAstType[K] extends AstNode
        ? (node: SanctionAstType[K], context: CheckContext) => void
        : never;
};

export interface Check extends CheckMeta {
    /** Called for AST nodes of the given types. */
    readonly visit?: CheckVisitors;
    /**
     * Called for every requirement and condition: as written in an order or a template, and as
     * brought into an order by `apply` (then with the order's arguments bound, and findings shown
     * on the `apply` clause).
     */
    readonly visitMeasure?: (measure: MeasureView, context: CheckContext) => void;
}

/** Declares a check; the identity function gives the visitors their node types. */
export function defineCheck(check: Check): Check {
    return check;
}
