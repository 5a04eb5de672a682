import { describe, expect, it } from "vitest";
import { diffPlans, exitCode, formatPath, parseConfLines, type PlanDiff } from "../../lib/plan/diff";
import { renderJson, renderMarkdown, renderText } from "../../lib/plan/diff-render";
import type { PlanResource } from "../../lib/plan/recorder";
import type { Plan } from "../../lib/plan/synth";
import {
  basePlan,
  CC_POOL,
  edited,
  FD,
  flinkConf,
  type Path,
  PVC,
  RELEASE,
  res,
  setIn,
  STATEMENT,
  urn,
} from "../support/diff-plans";

describe("diffPlans", () => {
  it("GIVEN identical plans THEN there are no changes and exit code 0", () => {
    const diff = diffPlans(basePlan(), basePlan(), "main");
    expect(diff).toEqual({ stack: "dev", base: "main", changes: [] });
    expect(exitCode(diff)).toBe(0);
    expect(renderText(diff)).toBe("No changes (dev vs main).\n");
    expect(renderMarkdown(diff, "flowchart BT\n")).toBe(
      "### flink-platform plan: `dev` vs `main`\n\nNo changes.\n",
    );
  });

  it("GIVEN `scale --task-managers 2→4` THEN exactly one update with one field, exit code 0", () => {
    const after = edited(FD, "dev:flink/pool", ["spec", "taskManager", "replicas"], 4);
    const diff = diffPlans(basePlan(), after, "main");
    expect(diff.changes).toEqual([
      {
        urn: urn(FD, "dev:flink/pool"),
        type: FD,
        name: "dev:flink/pool",
        kind: "update",
        fields: [{ path: "spec.taskManager.replicas", before: 2, after: 4 }],
      },
    ]);
    expect(exitCode(diff)).toBe(0);
    expect(renderText(diff)).toBe(
      [
        "~ update kubernetes:flink.apache.org/v1beta1:FlinkDeployment dev:flink/pool",
        "    spec.taskManager.replicas: 2 → 4",
        "1 change (dev vs main): 1 update",
        "",
      ].join("\n"),
    );
    expect(renderJson(diff)).toBe(
      [
        "{",
        '  "stack": "dev",',
        '  "base": "main",',
        '  "changes": [',
        "    {",
        `      "urn": "${urn(FD, "dev:flink/pool")}",`,
        `      "type": "${FD}",`,
        '      "name": "dev:flink/pool",',
        '      "kind": "update",',
        '      "fields": [',
        "        {",
        '          "path": "spec.taskManager.replicas",',
        '          "before": 2,',
        '          "after": 4',
        "        }",
        "      ]",
        "    }",
        "  ]",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("GIVEN a new taskmanager.numberOfTaskSlots THEN the pool restarts", () => {
    const after = edited(
      FD,
      "dev:flink/pool",
      ["spec", "flinkConfiguration", "taskmanager.numberOfTaskSlots"],
      "4",
    );
    const diff = diffPlans(basePlan(), after, "main");
    expect(diff.changes.map((c) => [c.kind, c.fields])).toEqual([
      [
        "restart",
        [{ path: 'spec.flinkConfiguration["taskmanager.numberOfTaskSlots"]', before: "2", after: "4" }],
      ],
    ]);
    expect(exitCode(diff)).toBe(0);
    expect(renderText(diff)).toBe(
      [
        "↻ restart kubernetes:flink.apache.org/v1beta1:FlinkDeployment dev:flink/pool",
        '    spec.flinkConfiguration["taskmanager.numberOfTaskSlots"]: "2" → "4"',
        "1 change (dev vs main): 1 restart",
        "",
      ].join("\n"),
    );
  });

  it.each([
    [
      "TaskManager resources",
      ["spec", "taskManager", "resource", "memory"],
      "8192m",
      "spec.taskManager.resource.memory",
    ],
    ["JobManager resources", ["spec", "jobManager", "resource", "cpu"], 2, "spec.jobManager.resource.cpu"],
    ["the image", ["spec", "image"], "flink:2.0.0", "spec.image"],
    ["the Flink version", ["spec", "flinkVersion"], "v2_0", "spec.flinkVersion"],
    [
      "the pod template",
      ["spec", "podTemplate", "spec", "containers", 0, "image"],
      "x",
      "spec.podTemplate.spec.containers[0].image",
    ],
    ["the restart nonce", ["spec", "restartNonce"], 1, "spec.restartNonce"],
    [
      "the savepoint redeploy nonce",
      ["spec", "job", "savepointRedeployNonce"],
      2,
      "spec.job.savepointRedeployNonce",
    ],
  ] as [string, Path, unknown, string][])("GIVEN a change of %s THEN restart", (_, at, value, path) => {
    const diff = diffPlans(basePlan(), edited(FD, "dev:flink/pool", at, value), "main");
    expect(diff.changes.map((c) => [c.kind, c.fields.map((f) => f.path)])).toEqual([["restart", [path]]]);
  });

  it("GIVEN a session job's savepoint redeploy nonce change THEN restart; its trigger nonce only takes a savepoint: update", () => {
    const SJ = "kubernetes:flink.apache.org/v1beta1:FlinkSessionJob";
    const job = (redeploy: number, trigger: number) => {
      const plan = basePlan();
      plan.resources.push(
        res(SJ, "dev:flink/orders", {
          spec: {
            deploymentName: "pool",
            job: { savepointRedeployNonce: redeploy, savepointTriggerNonce: trigger },
          },
        }),
      );
      return plan;
    };
    const kinds = (after: Plan) => diffPlans(job(1, 1), after, "main").changes.map((c) => c.kind);
    expect(kinds(job(2, 1))).toEqual(["restart"]);
    expect(kinds(job(1, 2))).toEqual(["update"]);
  });

  it("GIVEN a parallelism change THEN an in-place update", () => {
    const diff = diffPlans(
      basePlan(),
      edited(FD, "dev:flink/orders", ["spec", "job", "parallelism"], 4),
      "main",
    );
    expect(diff.changes.map((c) => [c.kind, c.fields])).toEqual([
      ["update", [{ path: "spec.job.parallelism", before: 2, after: 4 }]],
    ]);
  });

  it("GIVEN a checkpoint dir change inside the operator's flink-conf.yaml THEN state-risk, exit code 2", () => {
    const after = edited(
      RELEASE,
      "dev-flink-operator",
      ["values", "defaultConfiguration", "flink-conf.yaml"],
      flinkConf
        .replace("s3://flink/dev/checkpoints", "s3://flink/dev/cp")
        .replace(
          "high-availability.type: kubernetes\n",
          "high-availability.type: kubernetes\nrest.port: 8081\n",
        ),
    );
    const diff = diffPlans(basePlan(), after, "main");
    expect(diff.changes.map((c) => [c.kind, c.fields])).toEqual([
      [
        "state-risk",
        [
          {
            path: 'values.defaultConfiguration["flink-conf.yaml"]["rest.port"]',
            before: undefined,
            after: "8081",
          },
          {
            path: 'values.defaultConfiguration["flink-conf.yaml"]["state.checkpoints.dir"]',
            before: "s3://flink/dev/checkpoints",
            after: "s3://flink/dev/cp",
          },
        ],
      ],
    ]);
    expect(exitCode(diff)).toBe(2);
    expect(JSON.parse(renderJson(diff)).changes[0].fields[0]).toEqual({
      path: 'values.defaultConfiguration["flink-conf.yaml"]["rest.port"]',
      before: null,
      after: "8081",
    });
  });

  it("GIVEN another key in flink-conf.yaml THEN a plain update", () => {
    const after = edited(
      RELEASE,
      "dev-flink-operator",
      ["values", "defaultConfiguration", "flink-conf.yaml"],
      flinkConf.replace("type: kubernetes", "type: zookeeper"),
    );
    const diff = diffPlans(basePlan(), after, "main");
    expect(diff.changes.map((c) => [c.kind, c.fields.map((f) => f.path)])).toEqual([
      ["update", ['values.defaultConfiguration["flink-conf.yaml"]["high-availability.type"]']],
    ]);
  });

  it("GIVEN a multi-line string that is not key: value lines THEN it is one field", () => {
    const after = edited(
      RELEASE,
      "dev-flink-operator",
      ["values", "defaultConfiguration", "log4j-operator.properties"],
      "a = 1\nb = 2\n",
    );
    const before = edited(
      RELEASE,
      "dev-flink-operator",
      ["values", "defaultConfiguration", "log4j-operator.properties"],
      "a = 1\nb = 3\n",
    );
    expect(diffPlans(before, after, "main").changes[0].fields).toEqual([
      {
        path: 'values.defaultConfiguration["log4j-operator.properties"]',
        before: "a = 1\nb = 3\n",
        after: "a = 1\nb = 2\n",
      },
    ]);
  });

  it("GIVEN a state dir in a FlinkDeployment or a switch to stateless THEN state-risk", () => {
    const dir = edited(FD, "dev:flink/orders", ["spec", "flinkConfiguration"], {
      "state.savepoints.dir": "s3://b/sp",
    });
    expect(
      diffPlans(basePlan(), dir, "main").changes.map((c) => [c.kind, c.fields.map((f) => f.path)]),
    ).toEqual([["state-risk", ['spec.flinkConfiguration["state.savepoints.dir"]']]]);
    const stateless = edited(FD, "dev:flink/orders", ["spec", "job", "upgradeMode"], "stateless");
    expect(diffPlans(basePlan(), stateless, "main").changes.map((c) => c.kind)).toEqual(["state-risk"]);
    const toSavepoint = edited(FD, "dev:flink/orders", ["spec", "job", "upgradeMode"], "savepoint");
    expect(diffPlans(basePlan(), toSavepoint, "main").changes.map((c) => c.kind)).toEqual(["update"]);
  });

  it("GIVEN a Confluent Cloud pool region change THEN replace, exit code 2", () => {
    const diff = diffPlans(basePlan(), edited(CC_POOL, "cloud-pool", ["region"], "eu-west-1"), "main");
    expect(diff.changes.map((c) => [c.kind, c.fields])).toEqual([
      ["replace", [{ path: "region", before: "us-east-1", after: "eu-west-1" }]],
    ]);
    expect(exitCode(diff)).toBe(2);
    const cfu = diffPlans(basePlan(), edited(CC_POOL, "cloud-pool", ["maxCfu"], 20), "main");
    expect([cfu.changes[0].kind, exitCode(cfu)]).toEqual(["update", 0]);
  });

  it("GIVEN new SQL in a statement THEN replace; stopping it is an update", () => {
    const sql = edited(STATEMENT, "cloud-stmt-orders", ["statement"], "INSERT INTO x SELECT 1;");
    expect(diffPlans(basePlan(), sql, "main").changes.map((c) => c.kind)).toEqual(["replace"]);
    const stop = edited(STATEMENT, "cloud-stmt-orders", ["stopped"], true);
    expect(diffPlans(basePlan(), stop, "main").changes.map((c) => c.kind)).toEqual(["update"]);
  });

  it("GIVEN a Kubernetes rename THEN replace, and state-risk when the object holds state", () => {
    const ns = edited("kubernetes:core/v1:Namespace", "dev:flink", ["metadata", "name"], "flink2");
    expect(diffPlans(basePlan(), ns, "main").changes.map((c) => c.kind)).toEqual(["replace"]);
    const app = edited(FD, "dev:flink/orders", ["metadata", "namespace"], "jobs");
    expect(diffPlans(basePlan(), app, "main").changes.map((c) => c.kind)).toEqual(["state-risk"]);
  });

  it("quotes keys that are not identifiers", () => {
    const after = edited(
      "kubernetes:core/v1:Namespace",
      "dev:flink",
      ["metadata", "labels", "app.kubernetes.io/part-of"],
      "other",
    );
    expect(diffPlans(basePlan(), after, "main").changes[0].fields).toEqual([
      { path: 'metadata.labels["app.kubernetes.io/part-of"]', before: "flink-platform", after: "other" },
    ]);
  });

  it("cannot see secret changes: [secret] compares equal", () => {
    // The plan redacts every secret, so a rotated credential is invisible offline;
    // only a value that stops (or starts) being secret shows.
    expect(diffPlans(basePlan(), basePlan(), "main").changes).toEqual([]);
    const plain = edited("kubernetes:core/v1:Secret", "dev:flink/creds", ["stringData"], { a: "b" });
    expect(diffPlans(basePlan(), plain, "main").changes[0].fields).toEqual([
      { path: "stringData", before: "[secret]", after: { a: "b" } },
    ]);
  });

  it("GIVEN a Helm release renamed or rechartered THEN replace", () => {
    const renamed = edited(RELEASE, "dev-flink-operator", ["namespace"], "operators");
    expect(diffPlans(basePlan(), renamed, "main").changes.map((c) => c.kind)).toEqual(["replace"]);
    const bumped = edited(RELEASE, "dev-flink-operator", ["version"], "1.16.0");
    expect(diffPlans(basePlan(), bumped, "main").changes.map((c) => c.kind)).toEqual(["update"]);
  });

  it("recognises state dirs written as nested YAML", () => {
    const before = edited(FD, "dev:flink/pool", ["spec", "flinkConfiguration"], {
      state: { checkpoints: { dir: "a" } },
    });
    const after = edited(FD, "dev:flink/pool", ["spec", "flinkConfiguration"], {
      state: { checkpoints: { dir: "b" } },
    });
    expect(
      diffPlans(before, after, "main").changes.map((c) => [c.kind, c.fields.map((f) => f.path)]),
    ).toEqual([["state-risk", ["spec.flinkConfiguration.state.checkpoints.dir"]]]);
  });

  it("reports protect changes and ignores dependsOn", () => {
    const after = basePlan();
    after.resources[0].protect = true;
    after.resources[1].dependsOn = [after.resources[0].urn];
    expect(diffPlans(basePlan(), after, "main").changes.map((c) => [c.name, c.kind, c.fields])).toEqual([
      ["dev:flink", "update", [{ path: "protect", before: false, after: true }]],
    ]);
  });

  it("GIVEN added and removed resources THEN create, delete, and state-risk for state holders (sorted by urn)", () => {
    const after = basePlan();
    after.resources = after.resources.filter(
      (r) => ![PVC, "kubernetes:core/v1:Secret"].includes(r.type) && r.name !== "dev:flink/orders",
    );
    after.resources.push(res("kubernetes:core/v1:ConfigMap", "dev:flink/extra", { kind: "ConfigMap" }));
    const diff = diffPlans(basePlan(), after, "main");
    expect(diff.changes.map((c) => [c.kind, c.name, c.fields])).toEqual([
      ["create", "dev:flink/extra", []],
      ["state-risk", "dev:flink-storage/minio-data", []],
      ["delete", "dev:flink/creds", []],
      ["state-risk", "dev:flink/orders", []],
    ]);
    expect(exitCode(diff)).toBe(2);
    expect(renderText(diff)).toBe(
      [
        "+ create kubernetes:core/v1:ConfigMap dev:flink/extra",
        "! state-risk kubernetes:core/v1:PersistentVolumeClaim dev:flink-storage/minio-data",
        "    (deleted: the Flink state it holds (job state, volumes, environment) may be lost)",
        "- delete kubernetes:core/v1:Secret dev:flink/creds",
        "! state-risk kubernetes:flink.apache.org/v1beta1:FlinkDeployment dev:flink/orders",
        "    (deleted: the Flink state it holds (job state, volumes, environment) may be lost)",
        "4 changes (dev vs main): 2 state-risk, 1 create, 1 delete",
        "",
      ].join("\n"),
    );
  });

  it("GIVEN no base plan THEN every resource is created", () => {
    const diff = diffPlans(undefined, basePlan(), "(none)");
    expect(diff.changes).toHaveLength(basePlan().resources.length);
    expect(new Set(diff.changes.map((c) => c.kind))).toEqual(new Set(["create"]));
    expect(exitCode(diff)).toBe(0);
  });
});

describe("CMF resources", () => {
  const env = (inputs: Record<string, unknown>) =>
    res("pulumi-nodejs:dynamic/cmf:CmfEnvironment", "cmf-env", {
      name: "prod-env",
      kubernetesNamespace: "flink",
      flinkApplicationDefaults: { spec: { flinkConfiguration: { "state.checkpoints.dir": "s3://a/cp" } } },
      ...inputs,
    });
  const pool = (inputs: Record<string, unknown>) =>
    res("pulumi-nodejs:dynamic:Resource", "cmf-pool", {
      environment: "prod-env",
      name: "sql",
      type: "DEDICATED",
      clusterSpec: { taskManager: { resource: { cpu: 1 } }, flinkVersion: "v1_19" },
      ...inputs,
    });
  const plan = (...resources: PlanResource[]): Plan => ({
    stack: "cmf",
    project: "flink-platform",
    resources,
  });

  it("classifies environment, pool and default changes", () => {
    const kinds = (a: PlanResource, b: PlanResource) =>
      diffPlans(plan(a), plan(b), "main").changes.map((c) => c.kind);
    // A new namespace re-creates the environment: its applications and their state go with it.
    expect(kinds(env({}), env({ kubernetesNamespace: "flink-2" }))).toEqual(["state-risk"]);
    expect(
      kinds(
        env({}),
        env({
          flinkApplicationDefaults: { spec: { flinkConfiguration: { "state.checkpoints.dir": "s3://b" } } },
        }),
      ),
    ).toEqual(["state-risk"]);
    expect(kinds(pool({}), pool({ name: "sql-2" }))).toEqual(["replace"]);
    expect(kinds(pool({}), pool({ type: "SHARED" }))).toEqual(["update"]);
  });

  /** A pool whose clusterSpec has `taskManager: {replicas, resource}`, `flinkConfiguration` and `image`. */
  const sized = (type: string, change: Record<string, unknown> = {}, nested = false) => {
    const clusterSpec = {
      flinkVersion: "v1_19",
      image: "confluentinc/cp-flink-sql:1.19-cp10",
      flinkConfiguration: { "taskmanager.numberOfTaskSlots": "2" },
      taskManager: { replicas: 2, resource: { cpu: 1, memory: "2048m" } },
      jobManager: { resource: { cpu: 1, memory: "2048m" } },
      ...change,
    };
    return nested
      ? res("pulumi-nodejs:dynamic:Resource", "cmf-pool", {
          environment: "prod-env",
          spec: { type, clusterSpec },
        })
      : res("pulumi-nodejs:dynamic/cmf:CmfComputePool", "cmf-pool", {
          environment: "prod-env",
          name: "sql",
          type,
          clusterSpec,
        });
  };
  const poolChange = (type: string, change: Record<string, unknown>, nested = false) =>
    diffPlans(plan(sized(type, {}, nested)), plan(sized(type, change, nested)), "main").changes.map((c) => [
      c.kind,
      c.fields.map((f) => f.path),
    ]);
  const tm = (replicas: number, cpu = 1) => ({
    taskManager: { replicas, resource: { cpu, memory: "2048m" } },
  });
  const slots = { flinkConfiguration: { "taskmanager.numberOfTaskSlots": "4" } };

  const [REPLICAS, CPU] = ["clusterSpec.taskManager.replicas", "clusterSpec.taskManager.resource.cpu"];
  const SLOTS = 'clusterSpec.flinkConfiguration["taskmanager.numberOfTaskSlots"]';

  it.each([
    // DEDICATED: the clusterSpec is the template of each statement's own cluster, read when a
    // statement is submitted; running statements keep theirs, so nothing restarts.
    ["DEDICATED", "TaskManager replicas", "update", tm(4), REPLICAS],
    ["DEDICATED", "TaskManager resources", "update", tm(2, 2), CPU],
    ["DEDICATED", "task slots", "update", slots, SLOTS],
    // SHARED: one native session cluster; operator 1.15.0 redeploys it on any spec change but a
    // standalone-mode TaskManager scale.
    ["SHARED", "TaskManager replicas", "restart", tm(4), REPLICAS],
    ["SHARED", "TaskManager resources", "restart", tm(2, 2), CPU],
    ["SHARED", "task slots", "restart", slots, SLOTS],
    ["SHARED", "image", "restart", { image: "confluentinc/cp-flink-sql:1.19-cp11" }, "clusterSpec.image"],
  ] as const)("GIVEN a %s pool's %s change THEN %s", (type, _what, kind, change, path) => {
    expect(poolChange(type, change)).toEqual([[kind, [path]]]);
  });

  it("GIVEN a standalone SHARED pool THEN a replicas change scales in place, a resource change restarts", () => {
    const standalone = (c: Record<string, unknown>) => ({ mode: "standalone", ...c });
    const base = sized("SHARED", standalone({}));
    const kinds = (change: Record<string, unknown>) =>
      diffPlans(plan(base), plan(sized("SHARED", standalone(change))), "main").changes.map((c) => c.kind);
    expect(kinds(tm(4))).toEqual(["update"]);
    expect(kinds(tm(2, 2))).toEqual(["restart"]);
  });

  it("GIVEN a pool recorded as a generic dynamic resource (spec.clusterSpec) THEN the same rules apply", () => {
    expect(poolChange("DEDICATED", tm(4), true)).toEqual([
      ["update", ["spec.clusterSpec.taskManager.replicas"]],
    ]);
    expect(poolChange("SHARED", tm(4), true)).toEqual([
      ["restart", ["spec.clusterSpec.taskManager.replicas"]],
    ]);
  });

  it("treats deleting a CMF environment as a state risk", () => {
    const diff = diffPlans(plan(env({})), plan(), "main");
    expect(diff.changes.map((c) => c.kind)).toEqual(["state-risk"]);
  });
});

describe("renderMarkdown", () => {
  it("renders the summary, the warning, one section per resource and the graph", () => {
    const after = edited(CC_POOL, "cloud-pool", ["region"], "eu-west-1");
    const pool = after.resources.find((r) => r.name === "dev:flink/pool") as PlanResource;
    setIn(pool.inputs, ["spec", "taskManager", "replicas"], 3);
    const diff = diffPlans(basePlan(), after, "pr-12");
    expect(renderMarkdown(diff, "flowchart BT\n  a --> b\n")).toBe(
      [
        "### flink-platform plan: `dev` vs `pr-12`",
        "",
        "| Kind | Count |",
        "| --- | ---: |",
        "| ± replace | 1 |",
        "| ~ update | 1 |",
        "",
        "> **Warning:** 1 replacement(s) and 0 state risk(s). Replaced resources are deleted and re-created; " +
          "state risks can lose checkpoints, savepoints or volumes. A reviewer should acknowledge this with a label " +
          "before merging.",
        "",
        "<details><summary>± replace <code>confluentcloud:index/flinkComputePool:FlinkComputePool</code> " +
          "<code>cloud-pool</code></summary>",
        "",
        "| Path | Before | After |",
        "| --- | --- | --- |",
        '| `region` | `"us-east-1"` | `"eu-west-1"` |',
        "",
        "</details>",
        "",
        "<details><summary>~ update <code>kubernetes:flink.apache.org/v1beta1:FlinkDeployment</code> " +
          "<code>dev:flink/pool</code></summary>",
        "",
        "| Path | Before | After |",
        "| --- | --- | --- |",
        "| `spec.taskManager.replicas` | `2` | `3` |",
        "",
        "</details>",
        "",
        "<details><summary>Platform layers</summary>",
        "",
        "```mermaid",
        "flowchart BT",
        "  a --> b",
        "```",
        "",
        "</details>",
        "",
        "_Secret values are redacted in offline plans, so changes to them are not shown._",
        "",
      ].join("\n"),
    );
  });

  it("escapes table pipes and HTML", () => {
    const diff: PlanDiff = {
      stack: "dev",
      base: "main",
      changes: [
        {
          urn: "u",
          type: "t<x>",
          name: "n",
          kind: "update",
          fields: [{ path: "a", before: "x|y", after: "`z`" }],
        },
      ],
    };
    const md = renderMarkdown(diff);
    expect(md).toContain("<code>t&lt;x&gt;</code>");
    expect(md).toContain('| `a` | `"x\\|y"` | `` "`z`" `` |');
    expect(md).not.toContain("Warning");
    expect(md).not.toContain("mermaid");
  });
});

describe("helpers", () => {
  it("formatPath brackets keys that are not identifiers", () => {
    expect(formatPath(["spec", "flinkConfiguration", "a.b", "c-d", 0, "e"])).toBe(
      'spec.flinkConfiguration["a.b"]["c-d"][0].e',
    );
  });

  it("parseConfLines reads key: value lines only", () => {
    expect(parseConfLines("a.b: 1\n# c\n\nd: x: y\n")).toEqual(
      new Map([
        ["a.b", "1"],
        ["d", "x: y"],
      ]),
    );
    expect(parseConfLines("one line: 1")).toBeUndefined();
    expect(parseConfLines("a:\n  nested: 1\n")).toBeUndefined();
  });
});
