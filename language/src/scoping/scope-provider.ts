import type { ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE } from 'langium';
import { isArgument, isTemplateUse } from '../generated/ast.js';
import type { SanctionCoreServices } from '../sanction-module.js';
import type { ImportResolver } from './import-resolver.js';

/**
 * Templates are visible in the file that defines them and in files that import it; the names of
 * an `apply … with name value` argument are the parameters of the template applied.
 */
export class SanctionScopeProvider extends DefaultScopeProvider {
    protected readonly imports: ImportResolver;

    constructor(services: SanctionCoreServices) {
        super(services);
        this.imports = services.sanction.imports;
    }

    override getScope(context: ReferenceInfo): Scope {
        if (isArgument(context.container) && context.property === 'parameter') {
            const use = context.container.$container;
            const template = isTemplateUse(use) ? use.template?.ref : undefined;
            return template ? this.createScopeForNodes(template.parameters) : EMPTY_SCOPE;
        }
        return super.getScope(context);
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container);
        const visible = this.imports.visibleUris(document);
        return this.createScope(this.indexManager.allElements(referenceType, visible));
    }
}
