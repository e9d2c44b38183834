import type { LangiumDocument, ValidationOptions } from 'langium';
import { DefaultDocumentValidator, toDiagnosticSeverity } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CancellationToken } from 'vscode-languageserver';
import { RECOVERY_MARKER } from './syntax-messages.js';
import { LANGIUM_CODES } from '../core/lint.js';
import { isArgument, isTemplateUse } from '../generated/ast.js';
import { applySuppressions, type SuppressionPass } from '../core/suppressions.js';
import type { Severity } from '../core/finding.js';
import { ALL_CHECKS, checkById } from '../validation/checks/index.js';
import { diagnosticParts } from '../validation/diagnostics.js';
import type { SanctionCoreServices } from '../sanction-module.js';

/**
 * One syntax error per place: when the parser cannot go on at a token it reports both "no
 * alternative" and "expected '.'" there; the drafter needs the first.
 */
export class SanctionDocumentValidator extends DefaultDocumentValidator {
    protected readonly sanction: SanctionCoreServices['sanction'];

    constructor(services: SanctionCoreServices) {
        super(services);
        this.sanction = services.sanction;
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

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
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
        const ran = new Set(ALL_CHECKS
            .filter(check => !categories || (check.raisedBy ? categories.includes('built-in') : categories.includes(check.category ?? 'fast')))
            .map(check => check.id));
        const earlier = document.diagnostics === undefined ? undefined : this.passes.get(document);
        const pass: SuppressionPass = { first: !earlier, ran, ranBefore: earlier ? new Set([...earlier.ranBefore, ...earlier.ran]) : new Set(), used: earlier?.used ?? new Set() };
        this.passes.set(document, pass);
        return pass;
    }

    private readonly passes = new WeakMap<LangiumDocument, SuppressionPass>();

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

const SEVERITY_OF: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function fromDiagnosticSeverity(severity: number | undefined): Severity {
    return SEVERITY_OF[severity ?? 1] ?? 'error';
}
