import type { TranslationGroup } from './group.js';

/** French texts of the checks of group D (see index.ts for which checks each group holds). */
export const GROUP_D: TranslationGroup = {
    checks: {},
    fixTitles: []
};
