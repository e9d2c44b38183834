import { defineCheck } from '../../../core/check.js';
import { acceptedSlots, requirementKinds, SLOT_OF_TYPE, SLOT_SYNTAX } from '../../../model/requirement-kinds.js';
import { kindByKeyword } from '../../../model/requirement-kinds.js';
import { be, isPlural, joinOr } from '../../wording.js';

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
        // (The article agrees with the kind when the finding is made: "An unpaid work requirement".)
        notTaken: 'A {{kind}} requirement takes no {{parameter}}: move {{them}} to the requirement {{it}} {{belong}} to, or delete {{them}}',
        notTakenBelongs: 'A {{kind}} requirement takes no {{parameter}} ({{it}} {{belong}} in a {{takers}} requirement): move {{them}} there, or delete {{them}}',
        twice: 'The {{parameter}} {{is}} stated twice in this requirement, which leaves open which of the two holds: keep one'
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
                    const label = SLOT_SYNTAX[slot].label;
                    const plural = isPlural(label);
                    const data = {
                        kind: kind.keyword, parameter: label, takers: joinOr(takers),
                        it: plural ? 'they' : 'it', them: plural ? 'them' : 'it', belong: plural ? 'belong' : 'belongs'
                    };
                    context.report({ node: requirement, property: 'params', index, severity: 'warning', messageId: takers.length ? 'notTakenBelongs' : 'notTaken', data });
                } else if (seen.has(slot)) {
                    context.report({ node: requirement, property: 'params', index, messageId: 'twice', data: { parameter: SLOT_SYNTAX[slot].label, is: be(SLOT_SYNTAX[slot].label) } });
                }
                seen.add(slot);
            });
        }
    }
});
