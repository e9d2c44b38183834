/** The messages of our own between the page and the language server in the worker, beside the LSP ones. */

/** Where the playground's files live: the examples' folder, so their relative imports resolve. */
export const ROOT = 'file:///examples/';

/** The page's profile selector: the default profile of every document (notification). */
export const SET_PROFILE = 'playground/setProfile';
export interface SetProfileParams {
    profile: string;
}

/** The control burden of each order of a document (request). */
export const BURDEN = 'playground/burden';
export interface BurdenParams {
    uri: string;
}
export interface BurdenResult {
    profile: string;
    orders: Array<{
        caseReference: string;
        total: number;
        ceiling: number | null;
        seriousness: string | null;
        breakdown: Array<{ kind: string; points: number; basis: string }>;
    }>;
}
