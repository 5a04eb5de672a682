/**
 * The scenario stacks of the advisor's tests: one pool per scenario fixture
 * of test/advise/fixtures (same names, environment "shop"), each in its own
 * namespace so the namespace budget never couples them, and one stateful
 * session job on the underutilized pool.
 */

const pools: Record<string, string> = {
  busy: "taskManagers: 2\n      slots: 2",
  light: "taskManagers: 2\n      slots: 2\n      taskManager:\n        cpu: 4",
  skew: "taskManagers: 2\n      slots: 2",
  idle: "taskManagers: 4\n      slots: 2",
  tuned: "taskManagers: 2\n      slots: 4\n      taskManager:\n        cpu: 4",
  dark: "",
};

const audit = `  flink-platform:applications:
    - name: audit
      pool: idle
      jarURI: local:///opt/flink/usrlib/audit.jar
      parallelism: 2
`;

/** A shop stack with the named pools (and the audit job when it has the idle pool). */
function shop(names: readonly string[]): string {
  const blocks = names.map(
    (n) => `    - name: ${n}\n      namespace: flink-${n}${pools[n] ? `\n      ${pools[n]}` : ""}`,
  );
  return `# shop: the advisor's scenarios
config:
  flink-platform:environment:
    name: shop
    tier: dev
  flink-platform:size: M
  flink-platform:namespaces:
    operator: flink-operator
    flink:
${names.map((n) => `      - flink-${n}`).join("\n")}
  flink-platform:certManager:
    mode: none
  flink-platform:operator:
    version: 1.15.0
  flink-platform:storage:
    minio:
      enabled: true
  flink-platform:pools:
${blocks.join("\n")}
${names.includes("idle") ? audit : ""}`;
}

export const shopStack = shop(Object.keys(pools));

/** The scenario stack cut to the `busy` pool: what `--apply` synthesizes twice, kept small. */
export const shopBusyStack = shop(["busy"]);
