import { defineCheck } from '../../../core/check.js';
import { isPathSpecifier } from '../../../scoping/import-resolver.js';

/**
 * An `import` names a `.sanction` file that exists, or a file of a template library that can be
 * used; otherwise its templates are unknown. The import is also refused when it leaves a library's
 * folder, when the library's manifest is invalid or asks for a newer language, and when it closes a
 * cycle of imports. An import of a library whose manifest does not name the profile the order is
 * checked under is a warning: its templates were written, and checked, for another law.
 */
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
        notFound: 'Cannot find the imported file \'{{path}}\': check the path, which is relative to this file',
        library: '{{problem}}',
        cycle: 'This import closes a cycle ({{cycle}}): files cannot import each other in a ring; move the templates they share into a file that imports neither',
        otherProfile: 'Library \'{{name}}\' is written for the {{profiles}} profile{{plural}} (its manifest), and this file is checked under the {{profile}} profile: its templates may use requirements or limits that this law does not have; check each template you apply, use a library written for {{profile}}, or add {{profile}} to the manifest once the library has been checked under it (`sanction lint --library`)'
    },
    visit: {
        Import(imp, context) {
            if (typeof imp.path !== 'string') {
                return; // left out by a syntax error, which is reported
            }
            const specifier = imp.path.trim();
            if (isPathSpecifier(specifier) && !specifier.endsWith('.sanction')) {
                context.report({ node: imp, property: 'path', messageId: 'notSanction', data: { path: imp.path } });
                return;
            }
            const imports = context.services.sanction.imports;
            const target = imports.target(imp, context.document.uri);
            if (!target.uri) {
                context.report({ node: imp, property: 'path', messageId: 'library', data: { problem: target.error.message } });
                return;
            }
            const uri = target.uri;
            if (uri.toString() === context.document.uri.toString()) {
                context.report({ node: imp, property: 'path', messageId: 'self' });
                return;
            }
            if (!context.services.shared.workspace.LangiumDocuments.hasDocument(uri)) {
                context.report(target.library && !isPathSpecifier(specifier)
                    ? { node: imp, property: 'path', messageId: 'library', data: { problem: `The file '${imp.path}' of library '${target.library.name}' could not be read: check that it is a readable .sanction file` } }
                    : { node: imp, property: 'path', messageId: 'notFound', data: { path: imp.path } });
                return;
            }
            const profiles = target.library?.manifest.profiles ?? [];
            if (target.library && profiles.length > 0 && !profiles.includes(context.profile.id)) {
                context.report({
                    node: imp, property: 'path', messageId: 'otherProfile', severity: 'warning',
                    data: { name: target.library.name, profiles: profiles.join(', '), plural: profiles.length > 1 ? 's' : '', profile: context.profile.id }
                });
            }
            const cycle = imports.cycleThrough(context.document, uri);
            if (cycle) {
                context.report({ node: imp, property: 'path', messageId: 'cycle', data: { cycle: cycle.map(u => u.path.split('/').pop() ?? '').join(' → ') } });
            }
        }
    }
});
