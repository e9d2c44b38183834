import type { Check } from '../../core/check.js';
import { vagueTerm } from './vague-term.js';
import { unboundedDiscretion } from './unbounded-discretion.js';
import { missingParameters } from './missing-parameters.js';
import { openEndedDuration } from './open-ended-duration.js';
import { extensionWithoutReview } from './extension-without-review.js';
import { controlIntensity } from './control-intensity.js';
import { automaticImprisonment } from './automatic-imprisonment.js';
import { treatmentWithoutConsent } from './treatment-without-consent.js';
import { missingAppealRight } from './missing-appeal-right.js';
import { missingDuration } from './missing-duration.js';

/** Every check of the product, in the order of RULE-MAP.md. One module per check. */
export const ALL_CHECKS: readonly Check[] = [
    vagueTerm,
    unboundedDiscretion,
    missingParameters,
    missingDuration,
    openEndedDuration,
    extensionWithoutReview,
    controlIntensity,
    automaticImprisonment,
    treatmentWithoutConsent,
    missingAppealRight
];

export function checkById(id: string): Check | undefined {
    return ALL_CHECKS.find(check => check.id === id);
}
