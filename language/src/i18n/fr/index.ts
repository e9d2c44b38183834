import type { Translation } from '../translation.js';
import { GROUP_A } from './checks-a.js';
import { GROUP_B } from './checks-b.js';
import { GROUP_C } from './checks-c.js';
import { GROUP_D } from './checks-d.js';
import { PROVISION_TITLES_FR } from './rules.js';

/*
 * The product in French. The checks' texts are split in four files, kept by family:
 * - checks-a.ts: rights, information, consent, breach and the order's framework;
 * - checks-b.ts: durations, control intensity, the person's age, dignity and discrimination;
 * - checks-c.ts: freedoms, disclosure, costs and victims, and the language's own checks (syntax,
 *   values, templates, imports, suppressions);
 * - checks-d.ts: clarity of conditions (vague terms, open discretion, undefined places and persons,
 *   missing parameters).
 */
const GROUPS = [GROUP_A, GROUP_B, GROUP_C, GROUP_D];

export const FRENCH: Translation = {
    checks: Object.assign({}, ...GROUPS.map(group => group.checks)),
    fixTitles: GROUPS.flatMap(group => group.fixTitles),
    citeRules(numbers) {
        const sorted = [...new Set(numbers)].sort((a, b) => a - b);
        if (sorted.length <= 1) {
            return sorted.length === 0 ? '' : `Règle ${sorted[0]}`;
        }
        return `Règles ${sorted.slice(0, -1).join(', ')} et ${sorted[sorted.length - 1]}`;
    },
    citeProvision(provision) {
        return `CM/Rec(2017)3, ${PROVISION_TITLES_FR[provision] ?? provision}`;
    }
};
