/**
 * The replace-on-change table of each CMF resource, keyed by its type token
 * (`pulumi-nodejs:dynamic/cmf:<kind>`): the input fields whose change makes
 * the provider delete and re-create the object. Read by each resource's
 * `diff` (./environment, ./application, ./compute-pool the SQL objects, ./kubernetes-cluster and ./savepoint) and by the plan diff
 * (lib/plan/diff.ts). It is its own pure file so the `diff` command loads no
 * Pulumi SDK.
 */
export const cmfReplaceOnChange = {
  /** The name is the identity; CMF cannot move an environment to another namespace. */
  CmfEnvironment: ["name", "kubernetesNamespace"],
  /** Identity: environment and name. */
  CmfFlinkApplication: ["environment", "name"],
  /** Identity: environment and name. */
  CmfComputePool: ["environment", "name"],
  /** Identity: the name (secrets are global in CMF). */
  CmfSecret: ["name"],
  /** Identity: environment and name (the connection secret id). */
  CmfEnvironmentSecretMapping: ["environment", "name"],
  /** Identity: the name (catalogs are global in CMF). */
  CmfKafkaCatalog: ["name"],
  /** Identity: catalog and name. */
  CmfKafkaDatabase: ["catalog", "name"],
  /**
   * Identity: environment and the versioned name; the SQL is immutable (the
   * same rule as Cloud's, core/statements.ts), and a statement does not move
   * between compute pools. A SQL or properties change gives a new versioned
   * name, so the new statement is created and runs before the old one is
   * stopped and deleted.
   */
  CmfStatement: ["environment", "name", "statement", "computePoolName"],
  /** Identity: the name (the kubeconfig file CMF registered it from). */
  CmfKubernetesCluster: ["name"],
  /**
   * Savepoints are immutable in CMF: a changed spec or owner is a new
   * savepoint. `disposeOnDelete` (what removing it does) changes in place;
   * labels and annotations are written at creation only.
   */
  CmfSavepoint: ["environment", "name", "application", "statement", "path", "formatType", "backoffLimit"],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** A CMF resource kind with a replace-on-change table. */
export type CmfResourceKind = keyof typeof cmfReplaceOnChange;

/**
 * The CMF entries of the plan diff's replace-on-change rules: each table
 * under its type token, and their union for `pulumi-nodejs:dynamic:Resource`
 * (a dynamic resource whose type the plan does not name).
 */
export function cmfReplaceRules(): Record<string, string[]> {
  const rules: Record<string, string[]> = {};
  const union = new Set<string>();
  for (const [kind, fields] of Object.entries(cmfReplaceOnChange)) {
    rules[`pulumi-nodejs:dynamic/cmf:${kind}`] = [...fields];
    for (const field of fields) union.add(field);
  }
  return { "pulumi-nodejs:dynamic:Resource": [...union], ...rules };
}
