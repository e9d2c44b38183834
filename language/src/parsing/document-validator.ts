import type { LangiumDocument, ValidationOptions } from 'langium';
import { DefaultDocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CancellationToken } from 'vscode-languageserver';
import { RECOVERY_MARKER } from './syntax-messages.js';

/**
 * One syntax error per place: when the parser cannot go on at a token it reports both "no
 * alternative" and "expected '.'" there; the drafter needs the first.
 */
export class SanctionDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const seen = new Set<string>();
        return diagnostics.filter(diagnostic => {
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
    }
}
