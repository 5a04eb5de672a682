/** What {@link isStackName} allows, as error messages say it. */
export declare const STACK_NAME_RULE = "a Pulumi stack name: 1 to 100 letters, digits, \"-\", \"_\" or \".\" (^[A-Za-z0-9_.-]{1,100}$), not \".\" or \"..\"";
/** Whether `stack` is a valid stack name ({@link STACK_NAME_RULE}). */
export declare function isStackName(stack: unknown): stack is string;
/**
 * Returns `stack` when it is a valid stack name; otherwise throws one
 * ConfigError naming `flag` (`<stack>`, or `--apply` for estimate), the value
 * and the rule.
 */
export declare function checkStackName(stack: unknown, flag?: string): string;
