import { defineCheck } from '../../core/check.js';

// STUB: metadata only; the implementation is being written.
export const treatmentWithoutConsent = defineCheck({
    id: 'treatment-without-consent',
    title: 'Treatment without informed, explicit consent',
    family: 'consent',
    rules: [5, 57, 58],
    severity: 'error',
    summary: 'Finds medical, psychological, drug or alcohol treatment with no informed and explicit consent recorded.',
    visit: {}
});
