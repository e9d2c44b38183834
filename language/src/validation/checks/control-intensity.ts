import { defineCheck } from '../../core/check.js';

// STUB: metadata only; the implementation is being written.
export const controlIntensity = defineCheck({
    id: 'control-intensity',
    title: 'Heavy controls for the seriousness of the offence',
    family: 'proportionality',
    rules: [3, 22, 34],
    severity: 'warning',
    summary: 'Finds orders whose combined controls weigh more than the stated seriousness of the offence supports.',
    visit: {}
});
