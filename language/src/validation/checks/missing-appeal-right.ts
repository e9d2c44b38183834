import { defineCheck } from '../../core/check.js';

// STUB: metadata only; the implementation is being written.
export const missingAppealRight = defineCheck({
    id: 'missing-appeal-right',
    title: 'No right of appeal stated',
    family: 'rights',
    rules: [25],
    severity: 'warning',
    summary: 'Finds orders that do not state the right to appeal to a judicial authority.',
    visit: {}
});
