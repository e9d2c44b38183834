import type { AstNode, LangiumDocument, Properties } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { SanctionAstType } from '../generated/ast.js';
import type { Fix, Severity } from './finding.js';
import type { SanctionConfig } from './config.js';
import type { SanctionCoreServices } from '../sanction-module.js';
import type { MeasureView } from '../model/order-model.js';
import type { Profile } from '../profiles/index.js';

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
 * What a finding of the check says about the order (RULE-MAP.md, "The product's voice"):
 * - `contravenes`: the order's own words do what the Rule advises against;
 * - `silent`: the order does not make visible a safeguard the Rule places on the law or on an
 *   authority; the finding suggests stating it, and is never an error.
 */
export type CheckKind = 'contravenes' | 'silent';

/** The modal verb of the Rule's own text, which the check's messages keep. */
export type RuleModal = 'shall' | 'should' | 'ordinarily' | 'may' | 'should not normally';

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
    /** Our paraphrase of what that part asks, as it bears on the finding. */
    readonly carries: string;
    /** The Rule's own modal for that part ("shall", "should", "ordinarily"). */
    readonly modal: RuleModal;
}

/**
 * What a check is, independent of how it runs: its stable id, title, Rules, kind, default severity
 * and messages. `Id` is the union of its message ids.
 */
export interface CheckMeta<Id extends string = string> {
    /** Stable, kebab-case; it is the diagnostic's `code` and never changes once released. */
    readonly id: string;
    readonly title: string;
    readonly family: CheckFamily;
    /** Rule numbers of CM/Rec(2017)3 the check rests on. */
    readonly rules: readonly number[];
    /** Unnumbered parts of the Recommendation it rests on ("Scope and purpose"). */
    readonly provisions?: readonly string[];
    readonly severity: Severity;
    /** Required for a check that cites the Recommendation; the language's own checks have none. */
    readonly kind?: CheckKind;
    /**
     * The check's messages by id, as ESLint's `meta.messages`: `{{name}}` is filled from the
     * finding's `data`. The core appends the citation "(Rule 15)". Each says what to write instead.
     */
    readonly messages: Readonly<Record<Id, string>>;
    /**
     * Ids of messages that state what a jurisdiction profile's statute says (the statute is cited
     * in the message). Only these may say "the law requires" or "exceeds the statutory maximum".
     */
    readonly statutoryMessages?: readonly NoInfer<Id>[];
    /** One sentence: what the check finds. */
    readonly summary: string;
    /**
     * Set for a check whose findings are raised outside the check registry: by the parser
     * (syntax errors), the linker (unknown names) or the suppression pass. Such a check has
     * metadata only (id, severity, docs, listing); its messages come from where it is raised.
     */
    readonly raisedBy?: 'parser' | 'linker' | 'suppressions';
    /**
     * When an editor runs the check (Langium's validation category). `slow`: the check reads the
     * free text of every clause (phrase analysis), which is most of the checking time of a long
     * order; the language server runs it after a pause in typing or on save, and keeps its
     * findings on the lines an edit did not touch until then. The CLI, the renderer and the tests
     * run every check. Unset: `fast`, run on every keystroke.
     */
    readonly category?: 'slow';
    /** For each Rule in `rules`, the part of it that carries the finding. */
    readonly basis?: readonly RuleBasis[];
}

/** Values for a message's `{{placeholders}}`. */
export type MessageData = Readonly<Record<string, string | number>>;

/** What a check reports; the core adds the check id, Rules, severity, message text and docs link. */
export interface FindingInput<N extends AstNode = AstNode, Id extends string = string> {
    node: N;
    property?: Properties<N>;
    index?: number;
    keyword?: string;
    range?: Range;
    /** Which of the check's messages; the core fills it from `data` and appends "(Rule 15)". */
    messageId: Id;
    data?: MessageData;
    /** When only some of the check's Rules carry this finding. */
    rules?: readonly number[];
    /** A severity of its own (e.g. an information-level hint where the order is silent). */
    severity?: Severity;
    fixes?: Fix[];
}

export interface CheckContext<Id extends string = string> {
    readonly document: LangiumDocument;
    readonly config: SanctionConfig;
    /** The jurisdiction profile the document is checked under (`config.profile`; `coe` if unknown). */
    readonly profile: Profile;
    /** The language's services, for the few checks that look beyond one node (imports, the index). */
    readonly services: SanctionCoreServices;
    report<N extends AstNode>(finding: FindingInput<N, Id>): void;
}

export type CheckVisitors<Id extends string = string> = {
    [K in keyof SanctionAstType]?: SanctionAstType[K] extends AstNode
        ? (node: SanctionAstType[K], context: CheckContext<Id>) => void
        : never;
};

export interface Check<Id extends string = string> extends CheckMeta<Id> {
    /** Called for AST nodes of the given types. */
    readonly visit?: CheckVisitors<Id>;
    /**
     * Called for every requirement and condition: as written in an order or a template, and as
     * brought into an order by `apply` (then with the order's arguments bound, and findings shown
     * on the `apply` clause).
     */
    readonly visitMeasure?: (measure: MeasureView, context: CheckContext<Id>) => void;
}

/**
 * The Langium validation category a check runs in: `built-in` for the findings the parser, the
 * linker and the suppression pass raise, else the check's own `category`, `fast` when unset.
 */
export function categoryOf(check: CheckMeta): 'built-in' | 'fast' | 'slow' {
    return check.raisedBy ? 'built-in' : check.category ?? 'fast';
}

/**
 * Declares a check; the identity function gives the visitors their node types and holds every
 * `messageId` they report to the ids of `messages`.
 */
export function defineCheck<Id extends string>(check: Check<Id>): Check {
    return check as unknown as Check;
}

/** A message with its `{{placeholders}}` filled; a placeholder without a value stays visible. */
export function fillMessage(template: string, data: MessageData | undefined): string {
    return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) =>
        data && Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole);
}
