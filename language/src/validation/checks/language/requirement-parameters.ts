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
    messages: {
        notTaken: 'A {{kind}} requirement takes no {{parameter}}: move it to the requirement it belongs to, or delete it',
        notTakenBelongs: 'A {{kind}} requirement takes no {{parameter}} (it belongs to: {{takers}}): move it to that requirement, or delete it',
        twice: 'The {{parameter}} is stated twice in this requirement, which leaves open which one holds: keep one'
    },
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
                    const data = { kind: kind.keyword, parameter: SLOT_SYNTAX[slot].label, takers: takers.join(', ') };
                    context.report({ node: requirement, property: 'params', index, severity: 'warning', messageId: takers.length ? 'notTakenBelongs' : 'notTaken', data });
                } else if (seen.has(slot)) {
                    context.report({ node: requirement, property: 'params', index, messageId: 'twice', data: { parameter: SLOT_SYNTAX[slot].label } });
                }
                seen.add(slot);
            });
        }
    }
});
