import type { LangiumCoreServices, LangiumDocument, LangiumDocuments } from 'langium';
import { UriUtils } from 'langium';
import type { URI } from 'vscode-uri';
import { isSanctionFile, type Import, type SanctionFile } from '../generated/ast.js';

/**
 * Turns `import "…"` clauses into document URIs.
 *
 * A relative path is resolved against the importing file. (Package specifiers for shared template
 * libraries will be resolved here too, so every shell finds imports the same way.)
 */
export class ImportResolver {
    protected readonly documents: LangiumDocuments;

    constructor(services: LangiumCoreServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /**
     * The URI an import points at, whether or not that file exists. A path with a lone surrogate
     * (half of a character, which no file name on disk can hold) gets U+FFFD in its place, as a
     * UTF-8 file system would see it: the URI can be printed, and the file is reported missing.
     */
    resolve(imp: Import, documentUri: URI): URI {
        const path = wellFormed((imp.path ?? '').trim());
        return UriUtils.resolvePath(UriUtils.dirname(documentUri), path);
    }

    /** URIs of the files a document imports directly. */
    importedUris(document: LangiumDocument): URI[] {
        const root = document.parseResult.value;
        if (!isSanctionFile(root)) {
            return [];
        }
        return (root as SanctionFile).imports.filter(i => i.path).map(i => this.resolve(i, document.uri));
    }

    /** The documents whose templates a document can see: itself and the files it imports. */
    visibleUris(document: LangiumDocument): Set<string> {
        const uris = new Set<string>([document.uri.toString()]);
        for (const uri of this.importedUris(document)) {
            uris.add(uri.toString());
        }
        return uris;
    }
}

/** The text with each lone surrogate replaced by U+FFFD (String.prototype.toWellFormed). */
function wellFormed(text: string): string {
    return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
