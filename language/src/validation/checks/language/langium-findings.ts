import { defineCheck } from '../../../core/check.js';

/*
 * Findings Langium raises while reading a document: text the parser cannot read, and names the
 * linker cannot resolve. They are checks of the product like any other (an id, a severity, a docs
 * page, a rule in SARIF), with metadata only: the parsing and linking passes raise them.
 */
export const syntaxError = defineCheck({
    id: 'syntax-error',
    title: 'Sentence the parser cannot read',
    family: 'language',
    rules: [],
    severity: 'error',
    summary: 'Reports text that is not a sentence of the language.',
    raisedBy: 'parser',
    messages: {}
});

export const unresolvedReference = defineCheck({
    id: 'unresolved-reference',
    title: 'Unknown name',
    family: 'language',
    rules: [],
    severity: 'error',
    summary: 'Reports a template or template parameter name that is not defined or imported.',
    raisedBy: 'linker',
    messages: {}
});
