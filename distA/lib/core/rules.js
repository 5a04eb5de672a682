"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.uniqueNames = uniqueNames;
exports.enumValues = enumValues;
/**
 * Cross-field rule shared by every list of named things (pools, statements):
 * each name is used once. Reads defensively, because cross-field rules also
 * run when items are invalid. Returns the names seen.
 */
function uniqueNames(ctx, list, listKey, what) {
    const seen = new Set();
    (Array.isArray(list) ? list : []).forEach((item, i) => {
        const name = item?.name;
        if (typeof name !== "string")
            return;
        if (seen.has(name)) {
            ctx.addIssue({
                code: "custom",
                path: [listKey, i, "name"],
                input: name,
                message: `a ${what} name not used by another ${what}`,
            });
        }
        seen.add(name);
    });
    return seen;
}
/** The values of a const enum object, as the non-empty tuple `z.enum` takes. */
function enumValues(e) {
    return Object.values(e);
}
