import { defineCheck } from '../../../core/check.js';

/** Two templates with one name, in a file or across the files it imports, make `apply` ambiguous. */
export const duplicateTemplate = defineCheck({
    id: 'duplicate-template',
    title: 'Template name used twice',
    family: 'language',
    rules: [],
    severity: 'error',
    summary: 'Finds templates whose name is already used in the same file or a file it imports.',
    messages: {
        inThisFile: 'There is another template named \'{{name}}\' in this file, so `apply {{name}}` is ambiguous: rename one, e.g. `template {{name}}-2(…):`',
        elsewhere: 'There is another template named \'{{name}}\' (also in {{file}}), so `apply {{name}}` is ambiguous: rename one, e.g. `template {{name}}-2(…):`'
    },
    visit: {
        Template(template, context) {
            const visible = context.services.sanction.imports.visibleUris(context.document);
            const sameName = context.services.shared.workspace.IndexManager
                .allElements('Template', visible)
                .filter(description => description.name === template.name)
                .toArray();
            if (sameName.length > 1) {
                const elsewhere = sameName.find(d => d.documentUri.toString() !== context.document.uri.toString());
                context.report(elsewhere
                    ? { node: template, property: 'name', messageId: 'elsewhere', data: { name: template.name, file: elsewhere.documentUri.path.split('/').pop() ?? '' } }
                    : { node: template, property: 'name', messageId: 'inThisFile', data: { name: template.name } });
            }
        }
    }
});
