import { defineCheck } from '../../core/check.js';

// STUB: metadata only; the implementation is being written.
export const vagueTerm = defineCheck({
    id: 'vague-term',
    title: 'Vague wording in a condition',
    family: 'clarity',
    rules: [15, 30],
    severity: 'warning',
    summary: 'Finds condition wording with no checkable content, such as "good behaviour" or "regularly" with no frequency.',
    visit: {}
});
