import type * as z from "zod";

/**
 * Cross-field rule shared by every list of named things (pools, statements):
 * each name is used once. Reads defensively, because cross-field rules also
 * run when items are invalid. Returns the names seen.
 */
export function uniqueNames(
  ctx: z.RefinementCtx,
  list: unknown,
  listKey: string | readonly PropertyKey[],
  what: string,
): Set<string> {
  const at = typeof listKey === "string" ? [listKey] : listKey;
  const seen = new Set<string>();
  (Array.isArray(list) ? list : []).forEach((item: unknown, i) => {
    const name = (item as { name?: unknown } | null)?.name;
    if (typeof name !== "string") return;
    if (seen.has(name)) {
      ctx.addIssue({
        code: "custom",
        path: [...at, i, "name"],
        input: name,
        message: `a ${what} name not used by another ${what}`,
      });
    }
    seen.add(name);
  });
  return seen;
}

/** The values of a const enum object, as the non-empty tuple `z.enum` takes. */
export function enumValues<const E extends Record<string, string>>(e: E): [E[keyof E], ...E[keyof E][]] {
  return Object.values(e) as [E[keyof E], ...E[keyof E][]];
}
