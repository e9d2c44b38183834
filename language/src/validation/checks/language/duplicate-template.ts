import { defineCheck } from '../../../core/check.js';

/** Two templates with one name, in a file or across the files it imports, make `apply` ambiguous. */
export const duplicateTemplate = defineCheck({
    id: 'duplicate-template',
    title: 'Template name used twice',
    family: 'language',
    rules: [],
    severity: 'error',
    summary: 'Finds templates whose name is already used in the same file or a file it imports.',
    visit: {
        Template(template, context) {
            const visible = context.services.sanction.imports.visibleUris(context.document);
            const sameName = context.services.shared.workspace.IndexManager
                .allElements('Template', visible)
                .filter(description => description.name === template.name)
                .toArray();
            if (sameName.length > 1) {
                const elsewhere = sameName.find(d => d.documentUri.toString() !== context.document.uri.toString());
                const where = elsewhere ? ` (also in ${elsewhere.documentUri.path.split('/').pop()})` : ' in this file';
                context.report({ node: template, property: 'name', message: `There is another template named '${template.name}'${where}` });
            }
        }
    }
});
