import { isComplaintRoute, isRights } from '../../generated/ast.js';
import { defineCheck } from '../../core/check.js';
import { clausesOf } from '../../model/order-model.js';
import { addRightsLines } from '../fixes/sections.js';

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 93: a fair, simple and impartial way to complain is open to the person about what the
 *   implementing authority decides or fails to decide, and about how the sanction or measure is
 *   carried out in general.
 * - Rule 28, first sentence: the implementing authority makes information about the person's
 *   rights available to them.
 *
 * Found: rights with no `complaints to "…"` line, or no rights at all. The complaints procedure
 * exists (or not) whatever the order says, so silence is information: a hint that the person is
 * not told where to complain.
 */
export const missingComplaintRoute = defineCheck({
    id: 'missing-complaint-route',
    title: 'No complaints route stated',
    family: 'rights',
    kind: 'silent',
    rules: [93, 28],
    severity: 'info',
    summary: 'Finds orders that do not name where the person can complain about implementation decisions (information).',
    basis: [
        { rule: 93, chapter: 'VIII', clause: 'whole Rule', modal: 'shall', carries: 'the person has an even-handed and straightforward way to complain about what the implementing authority decides or fails to decide, and about how the sanction is carried out' },
        { rule: 28, chapter: 'III', clause: 'first sentence', modal: 'shall', carries: 'the implementing authority makes information about the person\'s rights available to them' }
    ],
    messages: {
        noComplaintRoute: 'The order does not state where the person can complain about how it is carried out; Rule 93 gives them an even-handed, simple way to complain about what the implementing authority decides or fails to decide, and Rule 28 asks that they be told of their rights: consider stating it, e.g. `complaints to "Probation Service complaints team".`'
    },
    visit: {
        Order(order, context) {
            if (clausesOf(order, isRights).some(rights => rights.items.some(isComplaintRoute))) {
                return;
            }
            context.report({
                node: order,
                property: 'caseReference',
                messageId: 'noComplaintRoute',
                fixes: addRightsLines(order, ['complaints to "…".'], context,
                    'Name where complaints go (check the body)')
            });
        }
    }
});
