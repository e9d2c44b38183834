import { defineCheck } from '../../../core/check.js';
import { formatConfigProblem } from '../../../config/config-file.js';

/**
 * A configuration file with a fault is ignored as a whole (a half-read file could silence checks
 * nobody meant to silence); every order it would apply to says so, with the file, line and key.
 */
export const invalidConfig = defineCheck({
    id: 'invalid-config',
    title: 'Configuration file with a fault',
    family: 'language',
    rules: [],
    severity: 'error',
    summary: 'Reports a sanction.config.json that is not valid JSON or does not follow the configuration schema; the file is ignored until fixed.',
    messages: {
        ignored: 'The configuration file is ignored: {{problem}}'
    },
    visit: {
        SanctionFile(file, context) {
            const { problems } = context.services.sanction.config.resolve(context.document.uri);
            for (const problem of problems) {
                context.report({
                    node: file,
                    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                    messageId: 'ignored',
                    data: { problem: formatConfigProblem(problem) }
                });
            }
        }
    }
});
