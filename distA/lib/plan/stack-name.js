"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STACK_NAME_RULE = void 0;
exports.isStackName = isStackName;
exports.checkStackName = checkStackName;
const errors_1 = require("../core/errors");
/**
 * Pulumi's rule for stack names, the one rule every command checks before it
 * touches a file. Pulumi's docs: "Stack names may only contain alphanumeric
 * characters, hyphens, underscores, or periods"
 * (https://www.pulumi.com/docs/iac/concepts/stacks/); its CLI checks
 * `^[A-Za-z0-9_.-]{1,100}$` ("stack names are limited to 100 characters",
 * pulumi/pulumi pkg/backend/filestate `validateStackName`, the same rule as the
 * Pulumi Cloud backend). A name is a single path segment by construction
 * (no `/` or `\`), so `stacks/Pulumi.<stack>.yaml` and `out/<stack>` never
 * leave their folder; `.` and `..` are refused on top of Pulumi's rule
 * because as `out/<stack>` they name the out folder itself or the project.
 *
 * A regular expression rather than a zod schema: `synth` checks the name in
 * the CLI process, which otherwise never loads zod (the program's bundle
 * inlines its own copy).
 */
const STACK_NAME = /^[A-Za-z0-9_.-]{1,100}$/;
/** What {@link isStackName} allows, as error messages say it. */
exports.STACK_NAME_RULE = 'a Pulumi stack name: 1 to 100 letters, digits, "-", "_" or "." (^[A-Za-z0-9_.-]{1,100}$), not "." or ".."';
/** Whether `stack` is a valid stack name ({@link STACK_NAME_RULE}). */
function isStackName(stack) {
    return typeof stack === "string" && STACK_NAME.test(stack) && stack !== "." && stack !== "..";
}
/**
 * Returns `stack` when it is a valid stack name; otherwise throws one
 * ConfigError naming `flag` (`<stack>`, or `--apply` for estimate), the value
 * and the rule.
 */
function checkStackName(stack, flag = "<stack>") {
    if (isStackName(stack))
        return stack;
    throw new errors_1.ConfigError([{ path: flag, got: stack, allowed: exports.STACK_NAME_RULE }], "Invalid stack name");
}
