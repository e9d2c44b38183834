import type { TranslationGroup } from './group.js';

/** French texts of the checks of group A (see index.ts for which checks each group holds). */
export const GROUP_A: TranslationGroup = {
    checks: {},
    fixTitles: []
};
