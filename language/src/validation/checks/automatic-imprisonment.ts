import { defineCheck } from '../../core/check.js';

// STUB: metadata only; the implementation is being written.
export const automaticImprisonment = defineCheck({
    id: 'automatic-imprisonment',
    title: 'Breach turned into custody without a decision',
    family: 'breach',
    rules: [12, 68],
    severity: 'error',
    summary: 'Finds breach clauses that send the person to prison automatically, without a decision of the deciding authority.',
    visit: {}
});
