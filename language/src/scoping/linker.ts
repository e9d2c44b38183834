import type { LinkingError, ReferenceInfo, AstNodeDescription } from 'langium';
import { AstUtils, DefaultLinker } from 'langium';
import { isArgument, isTemplateUse } from '../generated/ast.js';

/** Unresolved names, explained in the drafter's terms. */
export class SanctionLinker extends DefaultLinker {
    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const name = refInfo.reference.$refText;
        if (isTemplateUse(refInfo.container)) {
            error.message = `Unknown template '${name}': define it in this file or import the file that defines it.`;
        } else if (isArgument(refInfo.container)) {
            const template = isTemplateUse(refInfo.container.$container) ? refInfo.container.$container.template?.ref : undefined;
            error.message = template
                ? `Template '${template.name}' has no parameter '${name}' (it has: ${template.parameters.map(p => p.name).join(', ') || 'none'}).`
                : `Unknown template parameter '${name}'.`;
        } else {
            const inTemplate = AstUtils.getContainerOfType(refInfo.container, (n): n is never => n.$type === 'Template');
            error.message = inTemplate
                ? `Unknown parameter '${name}': it is not a parameter of this template.`
                : `'${name}' is not a value here: write quoted text, a number, a date, a time or a duration (template parameters can only be used inside a template).`;
        }
        return error;
    }
}
