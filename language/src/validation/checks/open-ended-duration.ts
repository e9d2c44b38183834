import { defineCheck } from '../../core/check.js';

// STUB: metadata only; the implementation is being written.
export const openEndedDuration = defineCheck({
    id: 'open-ended-duration',
    title: 'Open-ended duration',
    family: 'duration',
    rules: [21, 23],
    severity: 'error',
    summary: 'Finds durations with no end: "until further order", "indefinitely", "until the supervisor is satisfied".',
    visit: {}
});
