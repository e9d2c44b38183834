import { defineCheck } from '../../../core/check.js';

/** An `import` must name a `.sanction` file that exists; otherwise its templates are unknown. */
export const unresolvedImport = defineCheck({
    id: 'unresolved-import',
    title: 'Imported file not found',
    family: 'language',
    rules: [],
    severity: 'error',
    summary: 'Finds imports of files that do not exist or are not .sanction files.',
    visit: {
        Import(imp, context) {
            if (!imp.path.trim().endsWith('.sanction')) {
                context.report({ node: imp, property: 'path', message: `Imports must name a .sanction file; '${imp.path}' does not` });
                return;
            }
            const uri = context.services.sanction.imports.resolve(imp, context.document.uri);
            if (uri.toString() === context.document.uri.toString()) {
                context.report({ node: imp, property: 'path', message: 'A file cannot import itself' });
                return;
            }
            if (!context.services.shared.workspace.LangiumDocuments.hasDocument(uri)) {
                context.report({ node: imp, property: 'path', message: `Cannot find the imported file '${imp.path}'` });
            }
        }
    }
});
