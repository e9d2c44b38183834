import type { TranslationGroup } from './group.js';

/** French texts of the checks of group C (see index.ts for which checks each group holds). */
export const GROUP_C: TranslationGroup = {
    checks: {},
    fixTitles: []
};
