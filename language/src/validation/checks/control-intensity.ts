import { defineCheck } from '../../core/check.js';
import { burdenCeiling, ceilingConfigured, controlBurden, describeBurden, fmt, statedSeriousness } from '../../model/burden.js';

/**
 * Which sentence of each cited Rule carries the finding (our paraphrase):
 * - Rule 3: how heavy a community sanction is, and how long it runs, has to match how grave the
 *   offence is.
 * - Rule 22: the deciding authority sets the nature and length of a sanction in proportion to the
 *   seriousness of the offence and the harm done.
 * - Rule 34 (first and second sentences): controls go only as far as needed to carry out the
 *   sanction, and stay in proportion to the offence.
 *
 * The check adds up the controls of an order with the control-burden model
 * (language/src/model/burden.ts, weights in burden-weights.json, explained in
 * docs/proportionality.md) and compares the total with the ceiling for the most serious offence
 * whose seriousness the order states. The ceiling is the configuration's (`ceilings` in
 * sanction.config.json, by seriousness) when it sets one, else the weights file's; a configured
 * ceiling is named as such in the message. With no stated seriousness it says nothing: that gap is
 * the missing-seriousness check's. The finding is a prompt to weigh each control, not a verdict.
 */
export const controlIntensity = defineCheck({
    id: 'control-intensity',
    title: 'Heavy controls for the seriousness of the offence',
    family: 'proportionality',
    rules: [3, 22, 34],
    severity: 'warning',
    summary: 'Finds orders whose combined controls weigh more than the stated seriousness of the offence supports.',
    basis: [
        { rule: 3, chapter: 'I', clause: 'whole Rule', carries: 'the nature and the duration of a sanction are in proportion to the seriousness of the offence' },
        { rule: 22, chapter: 'II', clause: 'whole Rule', carries: 'the deciding authority sets the nature and duration of a sanction in proportion to the seriousness of the offence and the harm done' },
        { rule: 34, chapter: 'III', clause: 'first and second sentences', carries: 'controls go only as far as needed to carry out the sanction and stay in proportion to the offence' }
    ],
    visit: {
        Order(order, context) {
            const offence = statedSeriousness(order);
            const ceiling = offence?.seriousness ? burdenCeiling(offence.seriousness, context.config) : undefined;
            if (!offence || ceiling === undefined) {
                return;
            }
            const burden = controlBurden(order);
            if (burden.total <= ceiling) {
                return;
            }
            const described = describeBurden(burden);
            const configured = ceilingConfigured(offence.seriousness!, context.config) ? ' (the configured ceiling)' : '';
            context.report({
                node: offence,
                property: 'seriousness',
                message: `${described.charAt(0).toUpperCase()}${described.slice(1)} exceeds ${fmt(ceiling)}${configured} for a ${offence.seriousness} offence: ` +
                    'check that each control is needed and that together they stay in proportion to the offence'
            });
        }
    }
});
