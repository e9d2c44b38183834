import { defineCheck } from '../../../core/check.js';

/*
 * The findings about suppression comments are raised by the document validator, after every check
 * has run (core/suppressions.ts); these entries give them their metadata (severity, docs, listing).
 */
export const invalidSuppression = defineCheck({
    id: 'invalid-suppression',
    title: 'Suppression comment without a check or a reason',
    family: 'language',
    rules: [],
    severity: 'warning',
    summary: "Reports a '// sanction-ignore' comment that names no known check or gives no reason; it silences nothing until fixed.",
    raisedBy: 'suppressions',
    messages: {}
});

export const unusedSuppression = defineCheck({
    id: 'unused-suppression',
    title: 'Suppression comment that silences nothing',
    family: 'language',
    rules: [],
    severity: 'info',
    summary: "Reports a '// sanction-ignore' comment with no finding of its checks on the line it applies to.",
    raisedBy: 'suppressions',
    messages: {}
});
