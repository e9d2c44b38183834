import { defineCheck } from '../../../core/check.js';
import { acceptedSlots, requirementKinds, SLOT_OF_TYPE, SLOT_SYNTAX } from '../../../model/requirement-kinds.js';
import { kindByKeyword } from '../../../model/requirement-kinds.js';

/**
 * A requirement takes the parameters of its kind, each once: a curfew has no unpaid hours, and two
 * durations on one requirement leave the person guessing which one holds.
 */
export const requirementParameters = defineCheck({
    id: 'requirement-parameters',
    title: 'Parameter that does not belong to the requirement, or given twice',
    family: 'language',
    rules: [],
    severity: 'error',
    summary: 'Finds parameters a requirement kind does not take and parameters stated twice.',
    visit: {
        Requirement(requirement, context) {
            const kind = kindByKeyword(requirement.kind);
            if (!kind) {
                return;
            }
            const accepted = acceptedSlots(kind);
            const seen = new Set<string>();
            requirement.params.forEach((param, index) => {
                const slot = SLOT_OF_TYPE[param.$type];
                if (!accepted.has(slot)) {
                    const takers = requirementKinds().filter(k => acceptedSlots(k).has(slot) && k.required.includes(slot)).map(k => k.keyword);
                    const hint = takers.length ? ` (it belongs to: ${takers.join(', ')})` : '';
                    context.report({ node: requirement, property: 'params', index, severity: 'warning', message: `A ${kind.keyword} requirement takes no ${SLOT_SYNTAX[slot].label}${hint}` });
                } else if (seen.has(slot)) {
                    context.report({ node: requirement, property: 'params', index, message: `The ${SLOT_SYNTAX[slot].label} is stated twice in this requirement` });
                }
                seen.add(slot);
            });
        }
    }
});
