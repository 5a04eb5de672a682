import type * as z from "zod";
/**
 * Names that become the same Kubernetes object, CMF object or Pulumi URN.
 *
 * Applications, pools and the smoke test each turn into named objects: a
 * FlinkDeployment (its own cluster, a pool's session cluster, the smoke
 * test), a FlinkSessionJob, a CMF application and the Pulumi resource that
 * manages it. Two config items that map to one object do not fail anywhere
 * downstream: Kubernetes keeps the last apply, and a second registration of a
 * URN silently replaced the first in offline plans. So this rule lists what
 * each item becomes and refuses a second owner, naming both keys.
 *
 * This layer stays free of lib/k8s and lib/flink (they import it), so the
 * smoke test's name is defined here and lib/k8s re-exports it.
 */
/** Name of the smoke-test application (its FlinkDeployment on OSS, its CMF application on CP). */
export declare const smokeTestName = "flink-smoke-test";
/** Which platform the rule judges: the OSS operator's objects or CMF's. */
export type IdentityTarget = "oss" | "cp";
/**
 * Refuses config items that become the same object (see the file comment).
 * Runs on invalid input too (like the other cross-field rules), so every read
 * is defensive; items whose names are invalid are left to their own checks.
 *
 * @param cfg the parsed (possibly partial) platform settings; on CP with `cmf`
 * @param target `oss` (the Apache operator's objects) or `cp` (CMF's)
 */
export declare function identityRules(cfg: unknown, ctx: z.RefinementCtx, target: IdentityTarget): void;
