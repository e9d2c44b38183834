import type { Module, LangiumCoreServices, LangiumSharedCoreServices, PartialLangiumCoreServices, DefaultSharedCoreModuleContext } from 'langium';
import { inject, createDefaultCoreModule, createDefaultSharedCoreModule } from 'langium';
import type { LangiumServices, LangiumSharedServices, PartialLangiumServices, DefaultSharedModuleContext } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { SanctionGeneratedModule, SanctionGeneratedSharedModule } from './generated/module.js';
import { SanctionScopeProvider } from './scoping/scope-provider.js';
import { ImportResolver } from './scoping/import-resolver.js';
import { SanctionLinker } from './scoping/linker.js';
import { registerChecks } from './validation/register.js';
import { ConfigProvider } from './core/config.js';
import { SanctionValueConverter } from './parsing/value-converter.js';
import { SanctionSyntaxMessages } from './parsing/syntax-messages.js';
import { SanctionDocumentValidator } from './parsing/document-validator.js';
import { SanctionCodeActionProvider } from './lsp/code-action-provider.js';
import { SanctionHoverProvider } from './lsp/hover-provider.js';

/** Services of our own, beside Langium's. */
export interface SanctionAddedServices {
    sanction: {
        imports: ImportResolver;
        config: ConfigProvider;
    };
}

export type SanctionCoreServices = LangiumCoreServices & SanctionAddedServices;
export type SanctionServices = LangiumServices & SanctionAddedServices;

export const SanctionCoreModule: Module<SanctionCoreServices, PartialLangiumCoreServices & SanctionAddedServices> = {
    parser: {
        ValueConverter: () => new SanctionValueConverter(),
        ParserErrorMessageProvider: () => new SanctionSyntaxMessages()
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
        config: (services) => new ConfigProvider(services.shared.workspace.FileSystemProvider)
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

/** Module of the language-server features; filled by lsp/ (hover, code actions, ...). */
export const SanctionLspModule: Module<SanctionServices, PartialLangiumServices> = {
    lsp: {
        CodeActionProvider: () => new SanctionCodeActionProvider(),
        HoverProvider: () => new SanctionHoverProvider()
    }
};

/**
 * The language with every editor feature: what the language server uses.
 */
export function createSanctionServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Sanction: SanctionServices;
} {
    const shared = inject(createDefaultSharedModule(context), SanctionGeneratedSharedModule);
    const Sanction = inject(
        createDefaultModule({ shared }),
        SanctionGeneratedModule,
        SanctionCoreModule as Module<SanctionServices, PartialLangiumServices & SanctionAddedServices>,
        SanctionLspModule
    );
    shared.ServiceRegistry.register(Sanction);
    registerChecks(Sanction);
    return { shared, Sanction };
}
