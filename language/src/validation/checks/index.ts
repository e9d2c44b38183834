import type { Check } from '../../core/check.js';
import { vagueTerm } from './vague-term.js';
import { unboundedDiscretion } from './unbounded-discretion.js';
import { undefinedPlaceOrPerson } from './undefined-place-or-person.js';
import { missingParameters } from './missing-parameters.js';
import { openEndedDuration } from './open-ended-duration.js';
import { extensionWithoutReview } from './extension-without-review.js';
import { controlIntensity } from './control-intensity.js';
import { automaticImprisonment } from './automatic-imprisonment.js';
import { treatmentWithoutConsent } from './treatment-without-consent.js';
import { missingAppealRight } from './missing-appeal-right.js';
import { missingDuration } from './missing-duration.js';
import { requirementOutlivesOrder } from './requirement-outlives-order.js';
import { missingBreachConsequences } from './missing-breach-consequences.js';
import { minorBreachEscalation } from './minor-breach-escalation.js';
import { missingHearing } from './missing-hearing.js';
import { missingComplianceCredit } from './missing-compliance-credit.js';
import { noEarlyTermination } from './no-early-termination.js';
import { suspectWithoutConsent } from './suspect-without-consent.js';
import { missingLanguage } from './missing-language.js';
import { missingAuthority } from './missing-authority.js';
import { missingLegalBasis } from './missing-legal-basis.js';
import { missingComplaintRoute } from './missing-complaint-route.js';
import { discriminatoryCondition } from './discriminatory-condition.js';
import { fundamentalFreedoms } from './fundamental-freedoms.js';
import { dignityPrivacy } from './dignity-privacy.js';
import { socialRights } from './social-rights.js';
import { offenderPays } from './offender-pays.js';
import { profitMaking } from './profit-making.js';
import { offenceDisclosure } from './offence-disclosure.js';
import { victimContact } from './victim-contact.js';
import { juvenileSubject } from './juvenile-subject.js';
import { conditionalRelease } from './conditional-release.js';
import { durationOverLimit } from './duration-over-limit.js';
import { stackedControls } from './stacked-controls.js';
import { durationVsSeriousness } from './duration-vs-seriousness.js';
import { missingSeriousness } from './missing-seriousness.js';
import { unknownRequirementKind } from './unknown-requirement-kind.js';
import { unresolvedImport } from './language/unresolved-import.js';
import { valueTypes } from './language/value-types.js';
import { requirementParameters } from './language/requirement-parameters.js';
import { validValues } from './language/valid-values.js';
import { duplicateClauses } from './language/duplicate-clauses.js';
import { duplicateTemplate } from './language/duplicate-template.js';
import { invalidConfig } from './language/invalid-config.js';
import { invalidSuppression, unusedSuppression } from './language/suppressions.js';
import { syntaxError, unresolvedReference } from './language/langium-findings.js';

/** Checks that the order is well-formed; they cite no Rule. */
export const LANGUAGE_CHECKS: readonly Check[] = [
    syntaxError,
    unresolvedReference,
    unresolvedImport,
    valueTypes,
    requirementParameters,
    validValues,
    duplicateClauses,
    duplicateTemplate,
    invalidConfig,
    invalidSuppression,
    unusedSuppression
];

/** Every check of the product: the Rule checks in the order of RULE-MAP.md, then the language's own. */
export const ALL_CHECKS: readonly Check[] = [
    vagueTerm,
    unboundedDiscretion,
    undefinedPlaceOrPerson,
    missingParameters,
    missingDuration,
    openEndedDuration,
    extensionWithoutReview,
    durationOverLimit,
    requirementOutlivesOrder,
    controlIntensity,
    stackedControls,
    durationVsSeriousness,
    missingSeriousness,
    automaticImprisonment,
    missingBreachConsequences,
    minorBreachEscalation,
    missingHearing,
    missingComplianceCredit,
    noEarlyTermination,
    treatmentWithoutConsent,
    suspectWithoutConsent,
    missingAppealRight,
    missingLanguage,
    missingAuthority,
    missingLegalBasis,
    unknownRequirementKind,
    missingComplaintRoute,
    discriminatoryCondition,
    fundamentalFreedoms,
    dignityPrivacy,
    socialRights,
    offenderPays,
    profitMaking,
    offenceDisclosure,
    victimContact,
    juvenileSubject,
    conditionalRelease,
    ...LANGUAGE_CHECKS
];

export function checkById(id: string): Check | undefined {
    return ALL_CHECKS.find(check => check.id === id);
}
