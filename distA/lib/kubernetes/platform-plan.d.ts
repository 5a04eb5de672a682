import { type PlatformPlan } from "../core/derive";
import type { KubernetesPlatformArgs } from "./args";
/**
 * Validates OSS platform args with the stack-config schema (the same rules as
 * `FlinkPlatformOSS` and `pulumi up`) and resolves sizes and defaults into the
 * plan the charts are built from. No Pulumi: for GitOps with
 * {@link buildOssCharts} or {@link synthOssPlatformYaml}.
 *
 * @param args The same args `FlinkPlatformOSS` takes.
 * @returns The resolved plan; its `warnings` are the guardrail warnings.
 * @throws ConfigError listing every problem, with paths prefixed `args.`.
 */
export declare function planOssPlatform(args: KubernetesPlatformArgs): PlatformPlan;
