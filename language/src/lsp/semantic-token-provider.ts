import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { LangiumServices, SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import type { CancellationToken, SemanticTokens, SemanticTokensDelta, SemanticTokensDeltaParams, SemanticTokensParams, SemanticTokensRangeParams } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError, SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isSanctionFile } from '../generated/ast.js';
import { guard } from './guard.js';
import { tokensOf } from './syntax.js';

/** Data type rules whose words are values, not structure: a seriousness, a consequence, a weekday … */
const VALUE_RULES = new Set([
    'Seriousness', 'PersonStatus', 'InterpreterNeed', 'BreachLevel', 'ConsequenceKind', 'MonitoringTarget', 'DistanceUnit',
    'Weekday', 'OrderForm', 'Payer'
]);

/** Nodes whose every token is a value: dates, times, durations, frequencies, numbers. (Days are values of their own.) */
const LITERAL_TYPES = new Set(['DurationLiteral', 'DateLiteral', 'TimeLiteral', 'NumberLiteral', 'FrequencyLiteral']);

/**
 * Semantic highlighting, token by token: keywords; requirement kinds as types; template names as
 * functions and their parameters as parameters (declarations marked); dates, times, durations,
 * frequencies and numbers as numbers; quoted text as strings (a template's documentation marked).
 * Comments are left to the TextMate grammar.
 */
export class SanctionSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly textDocuments?: { get(uri: string): TextDocument | undefined };

    constructor(services: LangiumServices) {
        super(services);
        this.textDocuments = services.shared.workspace.TextDocuments;
    }

    override async semanticHighlight(document: LangiumDocument, params: SemanticTokensParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        this.refuseStale(document);
        return guard('semantic tokens', { data: [] }, () => super.semanticHighlight(document, params, cancelToken));
    }

    override async semanticHighlightRange(document: LangiumDocument, params: SemanticTokensRangeParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        this.refuseStale(document);
        return guard('semantic tokens', { data: [] }, () => super.semanticHighlightRange(document, params, cancelToken));
    }

    override async semanticHighlightDelta(document: LangiumDocument, params: SemanticTokensDeltaParams, cancelToken?: CancellationToken): Promise<SemanticTokens | SemanticTokensDelta> {
        this.refuseStale(document);
        return guard<SemanticTokens | SemanticTokensDelta>('semantic tokens', { data: [] }, () => super.semanticHighlightDelta(document, params, cancelToken));
    }

    /**
     * A request that arrives between an edit and the rebuild it starts finds the document as it was
     * before the edit; tokens of that text, laid over the edited one, run past the ends of lines
     * (Monaco logs "end character > model.getLineLength"). The editor's text is newer than ours:
     * answer ContentModified, as the protocol asks, and the editor asks again.
     */
    private refuseStale(document: LangiumDocument): void {
        const open = this.textDocuments?.get(document.uri.toString());
        if (open && open.version !== document.textDocument.version) {
            throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed; ask again.');
        }
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        if (!isSanctionFile(node) || !node.$cstNode) {
            return 'prune';
        }
        for (const leaf of tokensOf(node.$cstNode)) {
            const token = classify(leaf);
            if (token) {
                acceptor({ cst: leaf, type: token.type, modifier: token.modifier });
            }
        }
        return 'prune';
    }
}

interface Classified {
    type: string;
    modifier?: string[];
}

function classify(leaf: CstNode): Classified | undefined {
    const source = leaf.grammarSource;
    const node = leaf.astNode;
    const assignment = GrammarUtils.findAssignment(leaf);
    const feature = assignment?.feature;
    // References and names: templates and their parameters.
    if (node.$type === 'Template' && feature === 'name') {
        return { type: SemanticTokenTypes.function, modifier: [SemanticTokenModifiers.declaration] };
    }
    if (node.$type === 'TemplateUse' && feature === 'template') {
        return { type: SemanticTokenTypes.function };
    }
    if (node.$type === 'TemplateParameter' && feature === 'name') {
        return { type: SemanticTokenTypes.parameter, modifier: [SemanticTokenModifiers.declaration] };
    }
    if ((node.$type === 'ParameterRef' || node.$type === 'Argument') && feature === 'parameter') {
        return { type: SemanticTokenTypes.parameter };
    }
    if (node.$type === 'TemplateParameter' && feature === 'valueType') {
        return { type: SemanticTokenTypes.type };
    }
    if (node.$type === 'Requirement' && feature === 'kind') {
        return { type: SemanticTokenTypes.type };
    }
    if (node.$type === 'Template' && feature === 'documentation') {
        return { type: SemanticTokenTypes.string, modifier: [SemanticTokenModifiers.documentation] };
    }
    if (GrammarAST.isKeyword(source)) {
        if (!/\p{L}/u.test(source.value)) {
            return undefined; // punctuation
        }
        if (LITERAL_TYPES.has(node.$type) || isInRule(source, 'TimeUnit') || (feature === 'unit' && ['CountParameter', 'AreaParameter'].includes(node.$type)) || (node.$type === 'HoursParameter')) {
            return { type: SemanticTokenTypes.number };
        }
        if (isInRule(source, ...VALUE_RULES) || (node.$type === 'DaySpec' && source.value !== 'and')) {
            return { type: SemanticTokenTypes.enumMember };
        }
        return { type: SemanticTokenTypes.keyword };
    }
    const terminal = GrammarAST.isRuleCall(source) ? source.rule.ref?.name : undefined;
    switch (terminal) {
        case 'STRING': return { type: SemanticTokenTypes.string };
        case 'DATE': case 'TIME': case 'INT': return { type: SemanticTokenTypes.number };
        case 'ID': return { type: SemanticTokenTypes.variable, modifier: [SemanticTokenModifiers.readonly] }; // language names, currencies
    }
    return undefined;
}

function isInRule(element: AstNode, ...names: string[]): boolean {
    const rule = AstUtils.getContainerOfType(element, GrammarAST.isParserRule);
    return !!rule && names.includes(rule.name);
}
