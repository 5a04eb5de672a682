import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { flinkMemory } from "../../lib/core/units";
import { parseConfLines } from "../../lib/plan/diff";
import { loadProject, readStackText } from "../../lib/plan/project";
import { effectiveSettings, onlyPool, settingsFromText } from "../../lib/plan/settings";
import { checkBaseRef } from "../../lib/plan/base-ref";
import { settingsChangesMarkdown } from "../../lib/plan/settings-cli";
import {
  renderSettingsJson,
  renderSettingsMarkdown,
  renderSettingsText,
} from "../../lib/plan/settings-render";
import { renderMarkdown } from "../../lib/plan/diff-render";
import { parseStackConfig } from "../../lib/stack-config";
import { ConfigError } from "../../lib/core/errors";
import { stack } from "../support/config";
import { git, gitProject } from "../support/git-project";
import { projectRoot, synthStackOutput } from "../support/synth";

/**
 * `flink-platform settings` (issue 16, the cookbook's "document effective
 * settings"): what each pool and application really runs with, read from
 * the platform plan the charts are built from, cross-checked here against
 * the manifests synth writes.
 */

const jar = "local:///opt/flink/usrlib/orders.jar";

describe("effective settings agree with the synthesized manifests of a shipped stack", () => {
  const project = loadProject(projectRoot);
  const settings = settingsFromText(project, "oss-prod", readStackText(project, "oss-prod"));
  const out = synthStackOutput("oss-prod");

  it("each pool is its session cluster's FlinkDeployment", () => {
    expect(settings.pools.map((p) => p.name)).toEqual(["critical", "analytics"]);
    for (const pool of settings.pools) {
      const d = out.manifests.find(
        (m) =>
          m.kind === "FlinkDeployment" &&
          (m.metadata as { name: string; namespace: string }).name === pool.name &&
          (m.metadata as { namespace: string }).namespace === pool.namespace,
      ) as { spec: Record<string, Record<string, unknown>> };
      expect(d).toBeDefined();
      expect({
        taskManagers: pool.taskManagers,
        slots: String(pool.slots),
        taskManager: { cpu: pool.taskManager!.cpu, memory: flinkMemory(pool.taskManager!.memory) },
        jobManager: { cpu: pool.jobManager!.cpu, memory: flinkMemory(pool.jobManager!.memory) },
      }).toEqual({
        taskManagers: d.spec.taskManager.replicas,
        slots: d.spec.flinkConfiguration["taskmanager.numberOfTaskSlots"],
        taskManager: d.spec.taskManager.resource,
        jobManager: d.spec.jobManager.resource,
      });
    }
  });

  it("its durable state is the operator defaults every job inherits", () => {
    const release = out.helm[0] as { values: { defaultConfiguration: Record<string, string> } };
    const conf = parseConfLines(release.values.defaultConfiguration["flink-conf.yaml"])!;
    for (const pool of settings.pools) {
      expect([pool.checkpoints, pool.savepoints, pool.haStorageDir]).toEqual([
        conf.get("state.checkpoints.dir"),
        conf.get("state.savepoints.dir"),
        conf.get("high-availability.storageDir"),
      ]);
    }
    expect(settings.pools[0].checkpoints).toBe("s3://acme-flink-prod/checkpoints");
  });
});

describe("effective settings of applications", () => {
  const config = parseStackConfig(
    stack({
      environment: { name: "dev" },
      size: "S",
      storage: { checkpoints: "s3://b/c", savepoints: "s3://b/s", haStorageDir: "s3://b/h" },
      pools: [
        {
          name: "shared",
          taskManagers: 3,
          slots: 2,
          taskManager: { cpu: 1, memory: "2Gi" }, // with orders, exactly size S's namespace quota (8 CPU, 16Gi)
          autoscaler: { enabled: true, vertexMaxParallelism: 6, utilization: { target: 0.6 } },
        },
      ],
      applications: [
        { name: "orders", jarURI: jar, parallelism: 3, upgradeMode: "last-state" },
        {
          name: "audit",
          jarURI: jar,
          parallelism: 2,
          pool: "shared",
          autoscaler: { utilization: { target: 0.5 } },
          configuration: { "state.savepoints.dir": "s3://b/audit-savepoints" },
        },
      ],
    }),
  );

  it("merge the size, the pool, the operator defaults and the application's own overrides", () => {
    // What both inherit: the namespace, the size's JobManager and the platform's durable state.
    const inherited = {
      namespace: "flink",
      jobManager: { cpu: 1, memory: "2Gi" },
      state: "running",
      checkpoints: "s3://b/c",
      haStorageDir: "s3://b/h",
      checkpointInterval: "60s",
    };
    expect(effectiveSettings("dev", config).applications).toEqual([
      {
        ...inherited,
        name: "orders",
        runsOn: "own cluster",
        parallelism: 3,
        taskManagers: 3,
        slots: 1,
        taskManager: { cpu: 1, memory: "2Gi" },
        upgradeMode: "last-state",
        savepoints: "s3://b/s",
        autoscaler: {},
      },
      {
        ...inherited,
        name: "audit",
        runsOn: "pool shared",
        parallelism: 2,
        taskManagers: 3,
        slots: 2,
        taskManager: { cpu: 1, memory: "2Gi" },
        upgradeMode: "savepoint",
        savepoints: "s3://b/audit-savepoints",
        autoscaler: {
          "job.autoscaler.enabled": "true",
          "job.autoscaler.utilization.target": "0.5",
          "job.autoscaler.vertex.max-parallelism": "6",
        },
      },
    ]);
  });

  it("--pool keeps one pool and the applications on it; an unknown pool is one clear error", () => {
    const all = effectiveSettings("dev", config);
    expect(onlyPool(all, "shared").applications.map((a) => a.name)).toEqual(["audit"]);
    let err: unknown;
    try {
      onlyPool(all, "nope");
    } catch (e) {
      err = e;
    }
    expect((err as ConfigError).problems).toEqual([
      { path: "--pool", got: "nope", allowed: "one of the stack's pools: shared" },
    ]);
  });
});

describe("the PR comment's settings section", () => {
  it("shows the changed pool's settings, before and after, against the stack file at the commit diff resolved --base to", () => {
    const dir = gitProject(["dev"]);
    try {
      const file = path.join(dir, "stacks", "Pulumi.dev.yaml");
      const text = fs.readFileSync(file, "utf8");
      expect((parse(text) as { config: Record<string, unknown> }).config["flink-platform:pools"]).toEqual([
        { name: "default", taskManagers: 2, slots: 1 },
      ]);
      expect(settingsChangesMarkdown(dir, "dev", checkBaseRef(dir, "HEAD").commit)).toBe("");
      fs.writeFileSync(file, text.replace("taskManagers: 2", "taskManagers: 4"));
      expect(settingsChangesMarkdown(dir, "dev", checkBaseRef(dir, "HEAD").commit)).toBe(
        [
          "#### Effective settings of the changed pools and applications",
          "",
          "**pool default**",
          "",
          "| Setting | Before | After |",
          "| --- | --- | --- |",
          "| TaskManagers | 2 | 4 |",
          "| capacity (slots) | 2 | 4 |",
          "",
        ].join("\n"),
      );
      // A pool that did not exist at the ref: every setting is new.
      git(dir, "rm", "-q", "--cached", "stacks/Pulumi.dev.yaml");
      git(dir, "commit", "-qm", "drop the stack file");
      expect(settingsChangesMarkdown(dir, "dev", checkBaseRef(dir, "HEAD").commit)).toContain(
        "| TaskManagers | — | 4 |",
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("renderings", () => {
  const settings = effectiveSettings(
    "dev",
    parseStackConfig(
      stack({
        environment: { name: "dev" },
        pools: [
          { name: "p", taskManagers: 1, slots: 1, autoscaler: { enabled: true, vertexMaxParallelism: 1 } },
        ],
      }),
    ),
  );

  it("text: one aligned block per pool and application", () => {
    expect(renderSettingsText(settings)).toBe(
      [
        "effective settings of stack dev (oss, environment dev)",
        "",
        "pool p",
        "  kind                   session cluster",
        "  namespace              flink",
        "  TaskManagers           1",
        "  slots per TaskManager  1",
        "  capacity (slots)       1",
        "  TaskManager            1 CPU / 2Gi",
        "  JobManager             1 CPU / 2Gi",
        "  autoscaler             enabled=true, vertex.max-parallelism=1",
        "",
      ].join("\n"),
    );
  });

  it("markdown: a table per pool; JSON: the settings themselves", () => {
    expect(renderSettingsMarkdown(settings)).toContain(
      "| autoscaler | enabled=true, vertex.max-parallelism=1 |",
    );
    expect(JSON.parse(renderSettingsJson(settings))).toEqual(JSON.parse(JSON.stringify(settings)));
  });

  it("the PR comment puts the settings section before the redaction note", () => {
    const diff = {
      stack: "dev",
      base: "HEAD",
      changes: [{ urn: "u", type: "t", name: "n", kind: "update" as const, fields: [] }],
    };
    const md = renderMarkdown(diff, undefined, "#### Effective settings\n");
    expect(
      md.endsWith(
        "#### Effective settings\n\n_Secret values are redacted in offline plans, so changes to them are not shown._\n",
      ),
    ).toBe(true);
  });
});
