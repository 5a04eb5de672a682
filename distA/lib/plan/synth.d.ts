import { PlanResource } from "./recorder";
/** The offline plan of a stack: what `pulumi up` would register. */
export interface Plan {
    /** Stack name. */
    stack: string;
    /** Pulumi project name (`Pulumi.yaml` `name`). */
    project: string;
    /** Every registered resource, in apply order. */
    resources: PlanResource[];
}
/** Options of {@link synthStack}. */
export interface SynthOptions {
    /** Directory of `Pulumi.yaml`. @default the current directory */
    readonly projectDir?: string;
    /**
     * A file to read the stack's config from instead of its
     * `Pulumi.<stack>.yaml`, which must still exist (`scale` synthesizes an
     * edit before writing it). Read as the stack file is (bounded), and named
     * as the stack file in errors. @default the stack file
     */
    readonly stackConfig?: string;
}
/**
 * Runs the project's real program for `stack` under Pulumi's mocks and returns
 * the plan. No CLI, cluster or credentials. The Pulumi runtime is process-global,
 * so this runs once per process (the CLI is one process per command).
 */
export declare function synthStack(stack: string, options?: SynthOptions): Promise<Plan>;
