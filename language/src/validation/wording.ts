/*
 * English wording shared by the checks' messages.
 */

/** "a", "a and b", "a, b and c". */
export function joinList(parts: readonly string[]): string {
    return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
