/**
 * The public shape of the clarity analysis: the checks it reports for, the message ids of each,
 * and a finding with its phrase, placeholders and fix in text offsets. The checks and the tests
 * import these (through analyse.ts); the passes build them.
 */

import type { MessageData } from '../../core/check.js';

export type TextCheckId = 'vague-term' | 'unbounded-discretion' | 'missing-parameters' | 'undefined-place-or-person';

/**
 * The message ids the analysis reports, by check. The text of each is the check's own (its
 * `messages`); the analysis gives the id and the values of its placeholders (`phrase`, the words at
 * fault, always; `who` for a delegation; `duty`, `missing`, `example`, `band` for a free-text duty).
 */
export const TEXT_MESSAGE_IDS = {
    'vague-term': ['judgement', 'openTrigger', 'ownMeasure', 'noFrequency', 'noFrequencyOrEvent', 'noLimit', 'noThreshold', 'noHours', 'noNotice', 'noExtent', 'openList', 'placeholder', 'blank', 'speculative', 'undefinedObject'],
    'unbounded-discretion': ['delegation', 'escape'],
    'undefined-place-or-person': ['people', 'contactClass', 'movingPerson', 'places', 'speculativePlaces', 'speculativePeople', 'noBoundary'],
    'missing-parameters': ['duty', 'hoursRange']
} as const satisfies Record<TextCheckId, readonly string[]>;

export type TextMessageId<C extends TextCheckId = TextCheckId> = (typeof TEXT_MESSAGE_IDS)[C][number];

export interface TextEdit {
    /** Offsets in the analysed text; start === end inserts. */
    start: number;
    end: number;
    newText: string;
}

export interface TextFix {
    title: string;
    edits: TextEdit[];
}

export interface TextIssue {
    check: TextCheckId;
    /** The pattern family (vocabulary file) or free-text duty that found it. */
    family: string;
    start: number;
    end: number;
    /** The phrase at fault, as written. */
    phrase: string;
    /** Which of the check's messages says it (the check's `messages` hold the text). */
    messageId: TextMessageId;
    /** The values of the message's placeholders; `phrase` is the words at fault, as quoted. */
    data: MessageData;
    /** missing-parameters: the slots of the requirement kind the text does not state. */
    slots?: string[];
    fix?: TextFix;
}

/**
 * What the text is: a free-text condition (every analysis), or the text of one slot of a structured
 * requirement (the slot says what it is, so no duty is looked for, and a contact class is a
 * category of people by construction).
 */
export type TextRole = 'condition' | 'description' | 'place' | 'provider' | 'destination' | 'area' | 'contact' | 'contact-class';

export interface AnalyseOptions {
    role?: TextRole;
    /** Slots already stated by parameters next to the text (`condition "…", reporting weekly.`). */
    present?: ReadonlySet<string>;
}
