import { defineCheck } from '../../core/check.js';

// STUB: metadata only; the implementation is being written.
export const missingParameters = defineCheck({
    id: 'missing-parameters',
    title: 'Requirement without its essential parameters',
    family: 'clarity',
    rules: [15, 30],
    severity: 'error',
    summary: 'Finds requirements missing what the person needs to comply: a curfew without hours or address, unpaid work without hours, treatment without a provider.',
    visit: {}
});
