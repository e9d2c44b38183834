import { defineCheck } from '../../../core/check.js';

/** An `import` names a `.sanction` file that exists; otherwise its templates are unknown. */
export const unresolvedImport = defineCheck({
    id: 'unresolved-import',
    title: 'Imported file not found',
    family: 'language',
    rules: [],
    severity: 'error',
    summary: 'Finds imports of files that do not exist or are not .sanction files.',
    messages: {
        notSanction: 'An import names a .sanction file; \'{{path}}\' is not one: write e.g. `import "library/standard-requirements.sanction".`',
        self: 'A file cannot import itself: delete this import',
        notFound: 'Cannot find the imported file \'{{path}}\': check the path, which is relative to this file'
    },
    visit: {
        Import(imp, context) {
            if (typeof imp.path !== 'string') {
                return; // left out by a syntax error, which is reported
            }
            if (!imp.path.trim().endsWith('.sanction')) {
                context.report({ node: imp, property: 'path', messageId: 'notSanction', data: { path: imp.path } });
                return;
            }
            const uri = context.services.sanction.imports.resolve(imp, context.document.uri);
            if (uri.toString() === context.document.uri.toString()) {
                context.report({ node: imp, property: 'path', messageId: 'self' });
                return;
            }
            if (!context.services.shared.workspace.LangiumDocuments.hasDocument(uri)) {
                context.report({ node: imp, property: 'path', messageId: 'notFound', data: { path: imp.path } });
            }
        }
    }
});
