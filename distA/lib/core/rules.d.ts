import type * as z from "zod";
/**
 * Cross-field rule shared by every list of named things (pools, statements):
 * each name is used once. Reads defensively, because cross-field rules also
 * run when items are invalid. Returns the names seen.
 */
export declare function uniqueNames(ctx: z.RefinementCtx, list: unknown, listKey: string, what: string): Set<string>;
/** The values of a const enum object, as the non-empty tuple `z.enum` takes. */
export declare function enumValues<const E extends Record<string, string>>(e: E): [E[keyof E], ...E[keyof E][]];
