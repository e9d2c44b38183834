import type {
    BuildOptions, FileSystemProvider, LangiumDocument, LangiumSharedCoreServices, Module, WorkspaceFolder
} from 'langium';
import { DefaultDocumentBuilder, DefaultWorkspaceManager, DocumentState, interruptAndCheck } from 'langium';
import { DefaultFuzzyMatcher, type LangiumSharedServices, type PartialLangiumSharedServices } from 'langium/lsp';
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { CancellationToken } from 'vscode-languageserver';
import type { URI } from 'vscode-uri';
import type { SanctionServices } from '../sanction-module.js';
import { SanctionDocumentUpdateHandler } from './slow-checks.js';

/**
 * Builds documents together with the files they import.
 *
 * The workspace manager loads the `.sanction` files of the workspace folders; a file opened on its
 * own, or one that imports a library outside the workspace, would otherwise see "Cannot find the
 * imported file" for a file that is on disk. Before a build links anything, this builder reads the
 * imports of the documents it builds and loads, through the file system provider, every imported
 * file that exists and is not loaded yet (and their imports in turn), so that they are indexed and
 * linked in the same build and importers never see a transient error.
 *
 * Files loaded this way are built like any other, with the options of the build that needed them.
 */
export class SanctionDocumentBuilder extends DefaultDocumentBuilder {
    protected readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        const all = [...documents];
        const known = new Set(all.map(d => d.uri.toString()));
        let pending = all;
        while (pending.length > 0) {
            await this.runCancelable(pending, DocumentState.Parsed, cancelToken, doc => this.langiumDocumentFactory.update(doc, cancelToken));
            const loaded: LangiumDocument[] = [];
            for (const uri of this.unloadedImports(pending, known)) {
                known.add(uri.toString());
                const document = await this.loadImport(uri);
                if (document) {
                    loaded.push(document);
                }
            }
            all.push(...loaded);
            pending = loaded;
        }
        await super.buildDocuments(all, options, cancelToken);
    }

    /** The validation categories not yet run on the document's current text (lsp/slow-checks.ts). */
    missingCategories(document: LangiumDocument): string[] {
        return this.findMissingValidationCategories(document, { validation: true });
    }

    /** Imported files that no document of the workspace holds yet. */
    protected unloadedImports(documents: LangiumDocument[], known: Set<string>): URI[] {
        const uris = new Map<string, URI>();
        for (const document of documents) {
            if (!this.serviceRegistry.hasServices(document.uri)) {
                continue;
            }
            const services = this.serviceRegistry.getServices(document.uri) as Partial<SanctionServices>;
            for (const uri of services.sanction?.imports.importedUris(document) ?? []) {
                const key = uri.toString();
                if (!known.has(key) && !this.langiumDocuments.hasDocument(uri) && this.serviceRegistry.hasServices(uri) && key !== document.uri.toString()) {
                    uris.set(key, uri);
                }
            }
        }
        return [...uris.values()];
    }

    /** Loads an imported file if it exists; undefined if it does not or cannot be read. */
    protected async loadImport(uri: URI): Promise<LangiumDocument | undefined> {
        try {
            if (!(await this.fileSystem.exists(uri))) {
                return undefined;
            }
            return await this.langiumDocuments.getOrCreateDocument(uri);
        } catch {
            return undefined; // unreadable: the unresolved-import check reports it
        }
    }
}

/**
 * Loads and lints every `.sanction` file of the workspace when the server starts, so that files
 * that are not open get their diagnostics too, and reports the work as LSP work-done progress
 * ("Checking sanction orders: 3/12 files").
 */
export class SanctionWorkspaceManager extends DefaultWorkspaceManager {
    protected readonly connection: Connection | undefined;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.connection = services.lsp.Connection;
        // Lint the whole workspace on start (Langium's default only indexes it).
        this.initialBuildOptions = { validation: true };
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken = CancellationToken.None): Promise<void> {
        const progress = await this.startProgress();
        const listeners: Array<{ dispose(): void }> = [];
        try {
            progress?.begin('Sanction Orders', 0, 'Loading .sanction files', false);
            const documents = await this.performStartup(folders);
            await interruptAndCheck(cancelToken);
            const total = documents.length;
            const uris = new Set(documents.map(d => d.uri.toString()));
            let indexed = 0;
            let checked = 0;
            let lastPercent = -1;
            const report = (message: string, done: number) => {
                const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
                if (percent !== lastPercent) {
                    lastPercent = percent;
                    progress?.report(percent, message);
                }
            };
            report(`Indexing ${total} file${total === 1 ? '' : 's'}`, 0);
            listeners.push(this.documentBuilder.onDocumentPhase(DocumentState.IndexedContent, document => {
                if (uris.has(document.uri.toString())) {
                    indexed++;
                    report(`Indexing: ${indexed}/${total} files`, indexed / 2);
                }
            }));
            listeners.push(this.documentBuilder.onDocumentPhase(DocumentState.Validated, document => {
                if (uris.has(document.uri.toString())) {
                    checked++;
                    report(`Checking: ${checked}/${total} files`, total / 2 + checked / 2);
                }
            }));
            await this.documentBuilder.build(documents, this.initialBuildOptions, cancelToken);
        } finally {
            listeners.forEach(l => l.dispose());
            progress?.done();
        }
    }

    /** A progress the client shows, when there is a client that can show one. */
    protected async startProgress(): Promise<WorkDoneProgressServerReporter | undefined> {
        if (!this.connection) {
            return undefined;
        }
        try {
            return await this.connection.window.createWorkDoneProgress();
        } catch {
            return undefined; // the client refused: build without progress
        }
    }
}

/** Shared services of the language server: the builder that loads imports and the workspace manager. */
/**
 * Workspace symbol search: a name matches when the query is any part of it, whatever the case
 * (`curfew` finds `standard-curfew`), or when Langium's fuzzy match (word starts) takes it. Some
 * clients (neovim's) send the query as typed and show what the server returns unfiltered.
 */
export class SanctionFuzzyMatcher extends DefaultFuzzyMatcher {
    override match(query: string, text: string): boolean {
        return text.toLowerCase().includes(query.toLowerCase()) || super.match(query, text);
    }
}

export const SanctionSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        FuzzyMatcher: () => new SanctionFuzzyMatcher(),
        DocumentUpdateHandler: (services) => new SanctionDocumentUpdateHandler(services)
    },
    workspace: {
        DocumentBuilder: (services) => new SanctionDocumentBuilder(services),
        WorkspaceManager: (services) => new SanctionWorkspaceManager(services)
    }
};
