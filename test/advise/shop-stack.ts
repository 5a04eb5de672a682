/**
 * The scenario stack of the advisor's tests: one pool per scenario of
 * test/advise/scenarios.ts (same names, environment "shop"), each in its own
 * namespace so the namespace budget never couples them, and one stateful
 * session job on the underutilized pool.
 */
export const shopStack = `# shop: the advisor's scenarios
config:
  flink-platform:environment:
    name: shop
    tier: dev
  flink-platform:size: M
  flink-platform:namespaces:
    operator: flink-operator
    flink:
      - flink-busy
      - flink-light
      - flink-skew
      - flink-idle
      - flink-tuned
      - flink-dark
  flink-platform:certManager:
    mode: install
  flink-platform:operator:
    version: 1.15.0
  flink-platform:storage:
    minio:
      enabled: true
  flink-platform:pools:
    - name: busy
      namespace: flink-busy
      taskManagers: 2
      slots: 2
    - name: light
      namespace: flink-light
      taskManagers: 2
      slots: 2
      taskManager:
        cpu: 4
    - name: skew
      namespace: flink-skew
      taskManagers: 2
      slots: 2
    - name: idle
      namespace: flink-idle
      taskManagers: 4
      slots: 2
    - name: tuned
      namespace: flink-tuned
      taskManagers: 2
      slots: 4
      taskManager:
        cpu: 4
    - name: dark
      namespace: flink-dark
  flink-platform:applications:
    - name: audit
      pool: idle
      jarURI: local:///opt/flink/usrlib/audit.jar
      parallelism: 2
`;

/** The scenario stack cut to the `busy` pool: what `--apply` synthesizes twice, kept small. */
export const shopBusyStack = `# shop, busy pool only
config:
  flink-platform:environment:
    name: shop
    tier: dev
  flink-platform:size: M
  flink-platform:namespaces:
    operator: flink-operator
    flink:
      - flink-busy
  flink-platform:certManager:
    mode: none
  flink-platform:operator:
    version: 1.15.0
  flink-platform:storage:
    minio:
      enabled: true
  flink-platform:pools:
    - name: busy
      namespace: flink-busy
      taskManagers: 2
      slots: 2
`;
