import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator, interruptAndCheck, isAstNode, toDiagnosticSeverity } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { RECOVERY_MARKER } from './syntax-messages.js';
import { LANGIUM_CODES } from '../core/lint.js';
import { isArgument, isTemplateUse } from '../generated/ast.js';
import { applySuppressions, type SuppressionPass } from '../core/suppressions.js';
import type { Severity } from '../core/finding.js';
import { categoryOf } from '../core/check.js';
import { ALL_CHECKS, checkById } from '../validation/checks/index.js';
import { diagnosticParts } from '../validation/diagnostics.js';
import type { SanctionCoreServices } from '../sanction-module.js';

/**
 * One syntax error per place: when the parser cannot go on at a token it reports both "no
 * alternative" and "expected '.'" there; the drafter needs the first.
 */
export class SanctionDocumentValidator extends DefaultDocumentValidator {
    protected readonly sanction: SanctionCoreServices['sanction'];
    /** The suppression pass each document's text is in (see `passOf`). */
    private readonly passes = new WeakMap<LangiumDocument, SuppressionPass>();

    constructor(services: SanctionCoreServices) {
        super(services);
        this.sanction = services.sanction;
    }

    /**
     * Langium's walk over the nodes, with less overhead per node: the checks of a node type are
     * looked up once per pass (not as a new stream for every node), a check that returns no
     * promise is not awaited (an await per check and node was a tenth of a keystroke's checking in
     * a long order), and cancellation is looked at every CANCEL_CHECK_EVERY nodes, not at each.
     * Same checks, same order, same findings.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const byType = new Map<string, ValidationCheck[]>();
        // Depth first, children in the order of their properties, as Langium's streamAst walks.
        const stack: AstNode[] = [rootNode];
        let seen = 0;
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (++seen % CANCEL_CHECK_EVERY === 0) {
                await interruptAndCheck(cancelToken);
            }
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = byType.get(node.$type);
                if (!checks) {
                    checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    byType.set(node.$type, checks);
                }
                for (const check of checks) {
                    const result = check(node, acceptor, cancelToken);
                    if (result && typeof (result as Promise<void>).then === 'function') {
                        await result;
                    }
                }
            }
            if (nodeOptions.validateChildren) {
                pushChildren(node, stack);
            }
        }
    }

    /** An argument of a template that cannot be found says nothing new: report the template only. */
    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const quiet = document.references.filter(reference => {
            const container = reference.error?.info.container;
            const use = container?.$container;
            return isArgument(container) && isTemplateUse(use) && !!use.template?.error;
        });
        if (quiet.length === 0) {
            super.processLinkingErrors(document, diagnostics, options);
            return;
        }
        const all = document.references;
        document.references = all.filter(reference => !quiet.includes(reference));
        try {
            super.processLinkingErrors(document, diagnostics, options);
        } finally {
            document.references = all;
        }
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const seen = new Set<string>();
        for (const diagnostic of diagnostics) {
            // Langium's own errors are findings of the product's parser and linker checks: the same
            // code, docs link and data as any other finding.
            const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
            const check = diagnostic.code === undefined && langiumCode && LANGIUM_CODES[langiumCode] ? checkById(LANGIUM_CODES[langiumCode]) : undefined;
            if (check) {
                const message = typeof diagnostic.message === 'string' ? diagnostic.message : String(diagnostic.message);
                const parts = diagnosticParts(check, undefined, { message, severity: fromDiagnosticSeverity(diagnostic.severity) }, this.sanction.locale.current);
                if (this.sanction.locale.current !== 'en' && message !== RECOVERY_MARKER) {
                    // In English the parser's and linker's messages are shown as worded; elsewhere translated.
                    diagnostic.message = parts.message;
                }
                diagnostic.code = parts.code;
                diagnostic.codeDescription = parts.codeDescription;
                diagnostic.data = { ...(diagnostic.data as object), ...parts.data };
            }
        }
        const filtered = diagnostics.filter(diagnostic => {
            const code = (diagnostic.data as { code?: string } | undefined)?.code;
            if (code !== 'parsing-error' && code !== 'lexing-error') {
                return true;
            }
            if (diagnostic.message === RECOVERY_MARKER) {
                return false;
            }
            const key = `${diagnostic.range.start.line}:${diagnostic.range.start.character}`;
            if (seen.has(key)) {
                return false;
            }
            seen.add(key);
            return true;
        });
        return this.suppress(document, filtered, this.passOf(document, options));
    }

    /**
     * Which pass over the document's text this is. Langium keeps the diagnostics of the categories
     * already run (a later build adds the slow category, lsp/slow-checks.ts) and clears them when
     * the text changes, so a document without diagnostics starts its first pass.
     */
    protected passOf(document: LangiumDocument, options: ValidationOptions | undefined): SuppressionPass {
        const categories = options?.categories;
        const ran = new Set(ALL_CHECKS.filter(check => !categories || categories.includes(categoryOf(check))).map(check => check.id));
        const earlier = document.diagnostics === undefined ? undefined : this.passes.get(document);
        const pass: SuppressionPass = { first: !earlier, ran, ranBefore: earlier ? new Set([...earlier.ranBefore, ...earlier.ran]) : new Set(), used: earlier?.used ?? new Set() };
        this.passes.set(document, pass);
        return pass;
    }

    /** Findings silenced by `// sanction-ignore <id> -- <reason>` comments go; faulty comments are reported. */
    protected suppress(document: LangiumDocument, diagnostics: Diagnostic[], pass?: SuppressionPass): Diagnostic[] {
        const known = new Set(ALL_CHECKS.map(check => check.id));
        const { kept, problems } = applySuppressions(document.textDocument.getText(), diagnostics, known, pass);
        const config = this.sanction.config.forDocument(document.uri);
        for (const problem of problems) {
            const check = checkById(problem.checkId)!;
            const setting = config.checks[check.id];
            if (setting === 'off') {
                continue;
            }
            const parts = diagnosticParts(check, setting, { message: problem.message }, this.sanction.locale.current);
            kept.push({
                range: problem.range,
                severity: toDiagnosticSeverity(parts.severity),
                message: parts.message,
                code: parts.code,
                codeDescription: parts.codeDescription,
                source: this.getSource(),
                data: parts.data
            });
        }
        return kept;
    }
}

/** Pushes a node's children so that they pop in document order (the order of streamAst). */
function pushChildren(node: AstNode, stack: AstNode[]): void {
    const start = stack.length;
    for (const key of Object.keys(node)) {
        if (key.startsWith('$')) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const item of value) {
                if (isAstNode(item)) {
                    stack.push(item);
                }
            }
        } else if (isAstNode(value)) {
            stack.push(value);
        }
    }
    // Pushed first to last; reversed so that the first child is popped first.
    for (let low = start, high = stack.length - 1; low < high; low++, high--) {
        const first = stack[low];
        stack[low] = stack[high];
        stack[high] = first;
    }
}

/** Nodes between two looks at cancellation: about a millisecond of checking. */
const CANCEL_CHECK_EVERY = 256;

const SEVERITY_OF: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function fromDiagnosticSeverity(severity: number | undefined): Severity {
    return SEVERITY_OF[severity ?? 1] ?? 'error';
}
