import { defineCheck } from '../../core/check.js';

// STUB: metadata only; the implementation is being written.
export const extensionWithoutReview = defineCheck({
    id: 'extension-without-review',
    title: 'Extendable duration without review',
    family: 'duration',
    rules: [23],
    severity: 'warning',
    summary: 'Finds extendable durations with no review interval by the deciding authority.',
    visit: {}
});
