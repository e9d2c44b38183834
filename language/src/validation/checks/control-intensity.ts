import { defineCheck } from '../../core/check.js';
import { burdenCeiling, burdenItems, ceilingConfigured, controlBurden, fmt, modelCeiling, statedSeriousness } from '../../model/burden.js';

/**
 * Which part of each cited Rule carries the finding (our paraphrase):
 * - Rule 3: what a community sanction demands, and for how long, matches how grave the offence is,
 *   and takes account of the person's circumstances.
 * - Rule 22: the deciding authority fixes what a sanction demands and its length to match how grave the offence is and
 *   the harm victims suffered, weighing the risks and the person's needs.
 * - Rule 60: each condition of a sanction is set with the person's needs, circumstances and risk
 *   of reoffending in view.
 *
 * The check adds up the controls of an order with the control-burden model
 * (language/src/model/burden.ts, weights in burden-weights.json, explained in
 * docs/proportionality.md) and compares the total with the ceiling for the most serious offence
 * whose seriousness the order states. The ceiling is the configuration's (`ceilings` in
 * sanction.config.json, by seriousness) when it sets one, else the model's for the active profile:
 * calibrated on the Sentencing Council's Imposition guideline for `england-wales`, derived the same
 * way for `coe` and used by every profile without a calibration of its own
 * (burden-calibration.json). Either way it is the model's figure, never a legal one, and the
 * message says which. With no stated seriousness the check says nothing: that gap is the
 * missing-seriousness check's. The finding is a prompt to weigh each control, not a verdict.
 */
export const controlIntensity = defineCheck({
    id: 'control-intensity',
    title: 'Heavy controls for the seriousness of the offence',
    family: 'proportionality',
    kind: 'contravenes',
    rules: [3, 22, 60],
    severity: 'warning',
    summary: 'Finds orders whose combined controls weigh more than the model\'s ceiling for the stated seriousness of the offence.',
    basis: [
        { rule: 3, chapter: 'I', clause: 'whole Rule', modal: 'shall', carries: 'what a sanction demands, and for how long, matches how grave the offence is and takes account of the person\'s circumstances' },
        { rule: 22, chapter: 'II', clause: 'whole Rule', modal: 'shall', carries: 'the deciding authority fixes what a sanction demands and its length to match how grave the offence is and the harm victims suffered, weighing the risks and the person\'s needs' },
        { rule: 60, chapter: 'V', clause: 'whole Rule', modal: 'shall', carries: 'each condition is set with the person\'s needs, circumstances and risk of reoffending in view' }
    ],
    messages: {
        overModel: 'The controls add up to {{total}} points ({{items}}), above the model\'s ceiling of {{ceiling}} for a {{seriousness}} offence ({{basis}}); ' +
            'Rules 3 and 22 ask that what an order demands match how serious the offence is, and Rule 60 that each condition answer the person\'s needs and risks: ' +
            'consider lightening the heaviest control, e.g. `from 21:00 to 06:00, for 3 months` for a curfew, or give the reason each control is needed',
        overConfigured: 'The controls add up to {{total}} points ({{items}}), above the ceiling of {{ceiling}} that sanction.config.json sets on the model\'s points for a {{seriousness}} offence; ' +
            'Rules 3 and 22 ask that what an order demands match how serious the offence is, and Rule 60 that each condition answer the person\'s needs and risks: ' +
            'consider lightening the heaviest control, e.g. `from 21:00 to 06:00, for 3 months` for a curfew, or give the reason each control is needed'
    },
    visit: {
        Order(order, context) {
            const offence = statedSeriousness(order);
            const seriousness = offence?.seriousness;
            const settings = { ceilings: context.config.ceilings, profile: context.profile.id };
            const ceiling = seriousness ? burdenCeiling(seriousness, settings) : undefined;
            if (!offence || !seriousness || ceiling === undefined) {
                return;
            }
            const burden = controlBurden(order);
            if (burden.total <= ceiling) {
                return;
            }
            const data = { total: fmt(burden.total), items: burdenItems(burden), ceiling: fmt(ceiling), seriousness };
            context.report(ceilingConfigured(seriousness, settings)
                ? { node: offence, property: 'seriousness', messageId: 'overConfigured', data }
                : { node: offence, property: 'seriousness', messageId: 'overModel', data: { ...data, basis: modelCeiling(seriousness, settings.profile)?.message ?? 'the model' } });
        }
    }
});
