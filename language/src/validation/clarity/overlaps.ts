/**
 * Overlap resolution: the passes report freely, and where two findings cover the same words only
 * the one of the more specific check stays. Ties within a check keep the order in which its passes
 * reported (the sort is stable), so a check's passes run in a fixed order (analyse.ts).
 */

import { overlaps } from '../text/features.js';
import type { TextCheckId, TextIssue } from './types.js';

/** Which check each family reports under, and which wins when two overlap (lower first). */
const PRIORITY: Record<TextCheckId, number> = {
    'unbounded-discretion': 0,
    'undefined-place-or-person': 2,
    'vague-term': 3,
    'missing-parameters': 4
};

/** Where two findings cover the same words, the one of the more specific check stays. */
export function resolveOverlaps(issues: TextIssue[]): TextIssue[] {
    const ordered = [...issues].sort((a, b) => PRIORITY[a.check] - PRIORITY[b.check] || (a.family === 'placeholder' ? -1 : 0) - (b.family === 'placeholder' ? -1 : 0) || (b.end - b.start) - (a.end - a.start));
    const kept: TextIssue[] = [];
    for (const issue of ordered) {
        if (issue.check !== 'missing-parameters' && kept.some(k => k.check !== 'missing-parameters' && overlaps(k, issue))) {
            continue;
        }
        if (kept.some(k => k.check === issue.check && k.start === issue.start && k.end === issue.end)) {
            continue;
        }
        kept.push(issue);
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
