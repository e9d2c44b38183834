import type { TranslationGroup } from './group.js';

/** French texts of the checks of group B (see index.ts for which checks each group holds). */
export const GROUP_B: TranslationGroup = {
    checks: {},
    fixTitles: []
};
