import { defineCheck } from '../../core/check.js';

// STUB: metadata only; the implementation is being written.
export const unboundedDiscretion = defineCheck({
    id: 'unbounded-discretion',
    title: 'Open-ended power handed to a supervisor',
    family: 'clarity',
    rules: [15, 30, 32, 34],
    severity: 'warning',
    summary: 'Finds conditions that let a supervisor decide what, how often or how long without limits ("as directed").',
    visit: {}
});
