import type { Module, LangiumCoreServices, LangiumSharedCoreServices, PartialLangiumCoreServices, DefaultSharedCoreModuleContext } from 'langium';
import { publishedDiagnostics } from './lsp/published.js';
import { inject, createDefaultCoreModule, createDefaultSharedCoreModule } from 'langium';
import type { LangiumServices, LangiumSharedServices, PartialLangiumServices, DefaultSharedModuleContext } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { SanctionGeneratedModule, SanctionGeneratedSharedModule } from './generated/module.js';
import { SanctionScopeProvider } from './scoping/scope-provider.js';
import { ImportResolver } from './scoping/import-resolver.js';
import { SanctionLinker } from './scoping/linker.js';
import { registerChecks } from './validation/register.js';
import { ConfigProvider } from './core/config.js';
import { LocaleSetting } from './i18n/locale.js';
import { SanctionValueConverter } from './parsing/value-converter.js';
import { createSanctionCompletionParser, createSanctionParser } from './parsing/parser.js';
import { SanctionLexer, SanctionLexerMessages } from './parsing/lexer.js';
import { SanctionSyntaxMessages } from './parsing/syntax-messages.js';
import { SanctionDocumentValidator } from './parsing/document-validator.js';
import { SanctionCodeActionProvider } from './lsp/code-action-provider.js';
import { SanctionHoverProvider } from './lsp/hover-provider.js';
import { SanctionFormatter } from './lsp/formatter.js';
import { SanctionCompletionProvider } from './lsp/completion-provider.js';
import { SanctionDocumentSymbolProvider } from './lsp/document-symbol-provider.js';
import { SanctionFoldingRangeProvider } from './lsp/folding-range-provider.js';
import { SanctionSemanticTokenProvider } from './lsp/semantic-token-provider.js';
import { SanctionCodeLensProvider } from './lsp/code-lens-provider.js';
import { SanctionDocumentLinkProvider } from './lsp/document-link-provider.js';
import { SanctionRenameProvider } from './lsp/rename-provider.js';
import { SanctionSharedLspModule } from './lsp/workspace.js';
import { SlowChecks } from './lsp/slow-checks.js';

/** Services of our own, beside Langium's. */
export interface SanctionAddedServices {
    sanction: {
        imports: ImportResolver;
        config: ConfigProvider;
        /** The language findings, fix titles and hovers are given in. */
        locale: LocaleSetting;
    };
}

export type SanctionCoreServices = LangiumCoreServices & SanctionAddedServices;
export type SanctionServices = LangiumServices & SanctionAddedServices;

export const SanctionCoreModule: Module<SanctionCoreServices, PartialLangiumCoreServices & SanctionAddedServices> = {
    parser: {
        LangiumParser: (services) => createSanctionParser(services),
        CompletionParser: (services) => createSanctionCompletionParser(services),
        ValueConverter: () => new SanctionValueConverter(),
        ParserErrorMessageProvider: () => new SanctionSyntaxMessages(),
        Lexer: (services) => new SanctionLexer(services),
        LexerErrorMessageProvider: () => new SanctionLexerMessages()
    },
    validation: {
        DocumentValidator: (services) => new SanctionDocumentValidator(services)
    },
    references: {
        ScopeProvider: (services) => new SanctionScopeProvider(services),
        Linker: (services) => new SanctionLinker(services)
    },
    sanction: {
        imports: (services) => new ImportResolver(services),
        config: (services) => new ConfigProvider(services.shared.workspace.FileSystemProvider),
        locale: () => new LocaleSetting()
    }
};

/**
 * The language without an editor: what the CLI, tests and (later) the renderer use.
 */
export function createSanctionCoreServices(context: DefaultSharedCoreModuleContext): {
    shared: LangiumSharedCoreServices;
    Sanction: SanctionCoreServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), SanctionGeneratedSharedModule);
    const Sanction = inject(createDefaultCoreModule({ shared }), SanctionGeneratedModule, SanctionCoreModule);
    shared.ServiceRegistry.register(Sanction);
    registerChecks(Sanction);
    return { shared, Sanction };
}

/**
 * Findings, fix titles and hovers follow the editor's display language: the `locale` of the
 * client's `initialize` request (VS Code sends its own; `initializationOptions.locale` serves
 * clients that do not). A language the product has no text for is English.
 */
function followClientLocale(shared: LangiumSharedServices, Sanction: SanctionServices): void {
    shared.lsp.LanguageServer.onInitialize(params => {
        const options = params.initializationOptions as { locale?: unknown } | undefined;
        const tag = typeof options?.locale === 'string' ? options.locale : params.locale;
        Sanction.sanction.locale.set(tag);
    });
}

/**
 * Publishes at most PUBLISHED_LIMIT diagnostics a document (see lsp/published.ts): Langium sends
 * every diagnostic of a validated document over the connection, and the editor would drop the
 * rest unannounced.
 */
function capPublishedDiagnostics(shared: LangiumSharedServices, Sanction: SanctionServices, slowChecks: SlowChecks): void {
    const connection = shared.lsp.Connection;
    if (!connection) {
        return;
    }
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => send({
        ...params,
        diagnostics: publishedDiagnostics(slowChecks.withCarried(params.uri, params.diagnostics), Sanction.sanction.locale.current)
    });
}

/** Module of the language-server features; filled by lsp/ (hover, code actions, ...). */
export const SanctionLspModule: Module<SanctionServices, PartialLangiumServices> = {
    lsp: {
        CodeActionProvider: (services) => new SanctionCodeActionProvider(services),
        HoverProvider: (services) => new SanctionHoverProvider(services),
        CompletionProvider: (services) => new SanctionCompletionProvider(services),
        DocumentSymbolProvider: () => new SanctionDocumentSymbolProvider(),
        FoldingRangeProvider: () => new SanctionFoldingRangeProvider(),
        SemanticTokenProvider: (services) => new SanctionSemanticTokenProvider(services),
        Formatter: (services) => new SanctionFormatter(services),
        CodeLensProvider: (services) => new SanctionCodeLensProvider(services),
        DocumentLinkProvider: (services) => new SanctionDocumentLinkProvider(services),
        RenameProvider: (services) => new SanctionRenameProvider(services)
    }
};

/**
 * The language with every editor feature: what the language server uses.
 */
export function createSanctionServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Sanction: SanctionServices;
    /** Runs the slow checks after a pause in typing; `complete` runs them now for a renderer. */
    slowChecks: SlowChecks;
} {
    // The language server's shared services load imported files on demand and lint the workspace on start.
    const shared = inject(createDefaultSharedModule(context), SanctionGeneratedSharedModule, SanctionSharedLspModule);
    const Sanction = inject(
        createDefaultModule({ shared }),
        SanctionGeneratedModule,
        SanctionCoreModule as Module<SanctionServices, PartialLangiumServices & SanctionAddedServices>,
        SanctionLspModule
    );
    shared.ServiceRegistry.register(Sanction);
    registerChecks(Sanction);
    followClientLocale(shared, Sanction);
    // The slow checks run after a pause in typing (lsp/slow-checks.ts).
    const slowChecks = new SlowChecks(shared);
    capPublishedDiagnostics(shared, Sanction, slowChecks);
    return { shared, Sanction, slowChecks };
}
