/**
 * The replace-on-change table of each CMF resource, keyed by its type token
 * (`pulumi-nodejs:dynamic/cmf:<kind>`): the input fields whose change makes
 * the provider delete and re-create the object. Read by each resource's
 * `diff` (./environment, ./application, ./compute-pool the SQL objects and ./kubernetes-cluster) and by the plan diff
 * (lib/plan/diff.ts). It is its own pure file so the `diff` command loads no
 * Pulumi SDK.
 */
export declare const cmfReplaceOnChange: {
    /** The name is the identity; CMF cannot move an environment to another namespace. */
    readonly CmfEnvironment: readonly ["name", "kubernetesNamespace"];
    /** Identity: environment and name. */
    readonly CmfFlinkApplication: readonly ["environment", "name"];
    /** Identity: environment and name. */
    readonly CmfComputePool: readonly ["environment", "name"];
    /** Identity: the name (secrets are global in CMF). */
    readonly CmfSecret: readonly ["name"];
    /** Identity: environment and name (the connection secret id). */
    readonly CmfEnvironmentSecretMapping: readonly ["environment", "name"];
    /** Identity: the name (catalogs are global in CMF). */
    readonly CmfKafkaCatalog: readonly ["name"];
    /** Identity: catalog and name. */
    readonly CmfKafkaDatabase: readonly ["catalog", "name"];
    /**
     * Identity: environment and the versioned name; the SQL is immutable (the
     * same rule as Cloud's, core/statements.ts), and a statement does not move
     * between compute pools. A SQL or properties change gives a new versioned
     * name, so the new statement is created and runs before the old one is
     * stopped and deleted.
     */
    readonly CmfStatement: readonly ["environment", "name", "statement", "computePoolName"];
    /** Identity: the name (the kubeconfig file CMF registered it from). */
    readonly CmfKubernetesCluster: readonly ["name"];
};
/** A CMF resource kind with a replace-on-change table. */
export type CmfResourceKind = keyof typeof cmfReplaceOnChange;
/**
 * The CMF entries of the plan diff's replace-on-change rules: each table
 * under its type token, and their union for `pulumi-nodejs:dynamic:Resource`
 * (a dynamic resource whose type the plan does not name).
 */
export declare function cmfReplaceRules(): Record<string, string[]>;
