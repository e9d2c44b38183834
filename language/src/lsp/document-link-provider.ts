import type { LangiumDocument, LangiumDocuments, MaybePromise } from 'langium';
import { GrammarUtils } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import { isSanctionFile } from '../generated/ast.js';
import type { ImportResolver } from '../scoping/import-resolver.js';
import type { SanctionServices } from '../sanction-module.js';
import { guard } from './guard.js';

/**
 * The path of each `import "…".` is a link to the file it names, resolved as the linker resolves it.
 * A path that names no file gets no link (the unresolved-import check reports it).
 */
export class SanctionDocumentLinkProvider implements DocumentLinkProvider {
    protected readonly imports: ImportResolver;
    protected readonly documents: LangiumDocuments;

    constructor(services: SanctionServices) {
        this.imports = services.sanction.imports;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): MaybePromise<DocumentLink[]> {
        return guard('document links', [], () => this.links(document));
    }

    protected links(document: LangiumDocument): DocumentLink[] {
        const root = document.parseResult.value;
        if (!isSanctionFile(root)) {
            return [];
        }
        const links: DocumentLink[] = [];
        for (const imp of root.imports ?? []) {
            const path = GrammarUtils.findNodeForProperty(imp.$cstNode, 'path');
            if (!path || !imp.path?.trim()) {
                continue;
            }
            const target = this.imports.resolve(imp, document.uri);
            if (target.toString() === document.uri.toString() || !this.documents.hasDocument(target)) {
                continue;
            }
            // The link covers the path inside the quotes.
            const range = {
                start: { line: path.range.start.line, character: path.range.start.character + 1 },
                end: { line: path.range.end.line, character: Math.max(path.range.start.character + 1, path.range.end.character - 1) }
            };
            links.push({ range, target: target.toString(), tooltip: `Open ${imp.path.trim()}` });
        }
        return links;
    }
}
