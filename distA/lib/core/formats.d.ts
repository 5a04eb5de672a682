import * as z from "zod";
/** An absolute http:// or https:// URL with a host and no `user:password@`. */
export declare function isHttpUrl(value: string, options?: {
    httpsOnly?: boolean;
}): boolean;
/**
 * An http(s) URL without credentials. `file:`, `javascript:`, `ftp:` and
 * other schemes are refused: Helm and the S3 client would follow them from
 * the machine running `pulumi up`. Credentials in a URL would be printed in
 * the plan and stored in the state.
 */
export declare const httpUrl: (allowed: string) => z.ZodString;
/** `operator.chartRepository`, `cmf.chartRepository`. */
export declare const helmRepositoryUrl: z.ZodString;
/** True when the URL's host is the machine itself (a port-forward): `localhost`, 127.0.0.0/8 or `[::1]`. */
export declare function isLoopbackUrl(value: string): boolean;
/**
 * `cmf.authentication.config`: every `*.url` setting (the OAuth JWKS
 * endpoint `oauthbearer.jwks.endpoint.url`, ...) is https, and so is the
 * expected issuer when it is a URL: over http anyone on the path could swap
 * the keys CMF validates tokens with.
 */
export declare function oauthSettingUrlRule(config: Record<string, string>, ctx: z.RefinementCtx): void;
/** Why a name is not a FlinkDeployment name, when it is not (`what` says what the deployment is). */
export declare function flinkDeploymentNameProblem(name: unknown, what: string): string | undefined;
/**
 * Cross-field name rules of a Kubernetes platform (OSS and CP), part of its
 * schema's refinement: the operator's namespace is not a Flink namespace
 * (default-deny NetworkPolicies, the quota and the Pod Security level of
 * Flink namespaces would cover it), and names Kubernetes names are derived
 * from fit. `poolsAreClusters`: on the OSS target a pool is a session
 * cluster (a FlinkDeployment); CMF runs each application as its own cluster
 * on both targets. Reads defensively: it also runs on invalid input.
 */
export declare function kubernetesNameRules(ctx: z.RefinementCtx, cfg: {
    namespaces?: {
        operator?: unknown;
        flink?: unknown;
    };
    pools?: unknown;
    applications?: unknown;
}, poolsAreClusters: boolean): void;
/**
 * A free-form map of option to string value that refuses secret values
 * ({@link isSecretFlinkOption}); `pointer(option)` is the "allowed" text
 * saying where the secret goes instead. The seen value is never shown.
 */
export declare function optionMap(what: string, pointer: (option: string) => string): z.ZodRecord<z.ZodString, z.ZodString>;
