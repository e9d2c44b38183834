import type { LangiumDocument, ValidationOptions } from 'langium';
import { DefaultDocumentValidator, toDiagnosticSeverity } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CancellationToken } from 'vscode-languageserver';
import { RECOVERY_MARKER } from './syntax-messages.js';
import { LANGIUM_CODES } from '../core/lint.js';
import { isArgument, isTemplateUse } from '../generated/ast.js';
import { applySuppressions } from '../core/suppressions.js';
import { checkDocsUrl, type FindingData } from '../core/finding.js';
import { ALL_CHECKS } from '../validation/checks/index.js';
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
            // Langium's own errors get a stable id as their code too, so every shell shows one.
            const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
            if (diagnostic.code === undefined && langiumCode && LANGIUM_CODES[langiumCode]) {
                diagnostic.code = LANGIUM_CODES[langiumCode];
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
        return this.suppress(document, filtered);
    }

    /** Findings silenced by `// sanction-ignore <id> -- <reason>` comments go; faulty comments are reported. */
    protected suppress(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
        const known = new Set(ALL_CHECKS.map(check => check.id));
        const { kept, problems } = applySuppressions(document.textDocument.getText(), diagnostics, known);
        const config = this.sanction.config.forDocument(document.uri);
        for (const problem of problems) {
            const check = ALL_CHECKS.find(c => c.id === problem.checkId)!;
            const setting = config.checks[check.id];
            if (setting === 'off') {
                continue;
            }
            const data: FindingData = { checkId: check.id, rules: [] };
            kept.push({
                range: problem.range,
                severity: toDiagnosticSeverity(setting ?? check.severity),
                message: problem.message,
                code: check.id,
                codeDescription: { href: checkDocsUrl(check.id) },
                source: this.getSource(),
                data
            });
        }
        return kept;
    }
}
