import { DocumentState, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import type { SanctionCoreServices } from '../sanction-module.js';
import type { Finding, FindingData, Severity } from './finding.js';

/** Findings of one file. */
export interface FileFindings {
    uri: URI;
    /** The file could not be read: this one-line reason, and no findings. */
    unreadable?: string;
    findings: Finding[];
}

const SEVERITIES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** Langium's own diagnostics (syntax, references) get stable ids too, with no Rule cited. */
export const LANGIUM_CODES: Record<string, string> = {
    'lexing-error': 'syntax-error',
    'parsing-error': 'syntax-error',
    'linking-error': 'unresolved-reference'
};

/** A diagnostic as every shell shows it. */
export function toFinding(diagnostic: Diagnostic): Finding {
    const data = (diagnostic.data ?? {}) as Partial<FindingData> & { code?: string };
    const rawCode = data.code ?? (typeof diagnostic.code === 'string' ? diagnostic.code : undefined);
    const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
    const checkId = data.checkId ?? LANGIUM_CODES[rawCode ?? ''] ?? rawCode ?? 'syntax-error';
    return {
        checkId,
        ...(data.messageId ? { messageId: data.messageId } : {}),
        rules: data.rules ?? [],
        ...(data.provisions ? { provisions: data.provisions } : {}),
        severity: SEVERITIES[diagnostic.severity ?? 1] ?? 'error',
        message,
        range: diagnostic.range,
        ...(diagnostic.codeDescription ? { docsUrl: diagnostic.codeDescription.href } : {}),
        ...(data.fixes ? { fixes: data.fixes } : {})
    };
}

export function findingsOf(document: LangiumDocument): Finding[] {
    return (document.diagnostics ?? [])
        .map(toFinding)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** How `lintFiles` holds memory: the documents of a batch are released once they are reported. */
export interface LintFilesOptions<T> {
    /**
     * Files linted together before their documents are released (default: all at once). Files that
     * another loaded file imports (a library, a shared template file) are kept for the batches after.
     */
    batchSize?: number;
    /**
     * Reads what a caller needs from each linted document (its text, its model) while it is still
     * loaded; the result is returned as `inspected`. Whatever it returns must not hold the document.
     */
    inspect?: (document: LangiumDocument) => T;
}

/**
 * Lints files as the CLI does: loads each file and, transitively, the files it imports, builds them
 * together so imports resolve, and returns the findings of the files asked for (and of imported
 * files that are missing, since a broken import is the order's problem). With `batchSize`, files
 * are linted in batches and each batch's documents, with their index entries and caches, are removed
 * from the workspace once reported, so memory stays bounded by the batch and the imported files.
 */
export async function lintFiles<T = never>(
    services: SanctionCoreServices,
    uris: URI[],
    options: LintFilesOptions<T> = {}
): Promise<Array<FileFindings & { inspected?: T }>> {
    const batchSize = Math.max(1, options.batchSize ?? uris.length);
    const results = new Map<string, FileFindings & { inspected?: T }>();
    /** Files some loaded file imports: kept loaded for later batches. */
    const imported = new Set<string>();
    for (let start = 0; start < uris.length; start += batchSize) {
        const batch = uris.slice(start, start + batchSize);
        const loaded = await loadWithImports(services, batch, imported);
        const fresh = [...loaded.documents.values()].filter(document => document.state < DocumentState.Validated);
        await services.shared.workspace.DocumentBuilder.build(fresh, { validation: true });
        for (const uri of batch) {
            const key = uri.toString();
            const document = loaded.documents.get(key);
            results.set(key, document
                ? { uri, findings: findingsOf(document), ...(options.inspect ? { inspected: options.inspect(document) } : {}) }
                : { uri, unreadable: loaded.unreadable.get(key) ?? 'could not be read', findings: [] });
        }
        if (options.batchSize !== undefined) {
            const release = batch.filter(uri => !imported.has(uri.toString()) && loaded.documents.has(uri.toString()));
            await services.shared.workspace.DocumentBuilder.update([], release);
        }
    }
    return uris.map(uri => results.get(uri.toString())!);
}

/** Loads `uris` and everything they import, transitively (documents already loaded are reused). */
async function loadWithImports(services: SanctionCoreServices, uris: readonly URI[], imported: Set<string>): Promise<{
    documents: Map<string, LangiumDocument>;
    unreadable: Map<string, string>;
}> {
    const documents = services.shared.workspace.LangiumDocuments;
    const loaded = new Map<string, LangiumDocument>();
    const unreadable = new Map<string, string>();
    const queue = [...uris];
    while (queue.length > 0) {
        const uri = queue.shift()!;
        const key = uri.toString();
        if (loaded.has(key) || unreadable.has(key)) {
            continue;
        }
        try {
            const document = await documents.getOrCreateDocument(uri);
            loaded.set(key, document);
            for (const next of services.sanction.imports.importedUris(document)) {
                imported.add(next.toString());
                queue.push(next);
            }
        } catch (error) {
            unreadable.set(key, describeReadError(error));
        }
    }
    return { documents: loaded, unreadable };
}

export async function lintText(services: SanctionCoreServices, text: string, uri = URI.parse(`memory:///order-${++counter}.sanction`)): Promise<FileFindings & { document: LangiumDocument }> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { uri, document, findings: findingsOf(document) };
}
let counter = 0;

function describeReadError(error: unknown): string {
    const code = (error as { code?: string }).code;
    switch (code) {
        case 'ENOENT': return 'no such file';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'is a folder, not a file';
    }
    const message = error instanceof Error ? error.message : String(error);
    return message.split('\n')[0];
}
