/**
 * Issue 16, "guardrails and diff that tell the truth": changes the target
 * refuses (a PVC shrink, a smaller Max CFU), CMF's install-time state, and
 * the guardrail warnings in every diff format.
 */
import { describe, expect, it } from "vitest";
import { diffPlans, exitCode, refuseRefusedChanges } from "../../lib/plan/diff";
import { renderJson, renderMarkdown, renderText } from "../../lib/plan/diff-render";
import type { Plan } from "../../lib/plan/synth";
import { basePlan, CC_POOL, edited, PVC, RELEASE, res, setIn, urn, type Path } from "../support/diff-plans";

const CHOICES = "pulumi-nodejs:dynamic/cmf:CmfInstallChoices";

/** basePlan() plus CMF's Helm release and install-time guard (as the staging stack synthesizes them). */
function cmfPlan(): Plan {
  const plan = basePlan();
  plan.resources.push(
    res(RELEASE, "staging-cmf", {
      chart: "confluent-manager-for-apache-flink",
      name: "cmf",
      namespace: "confluent",
      values: {
        cmf: { database: { type: "local" }, sql: { production: false } },
        persistence: { create: true, dataVolumeCapacity: "10Gi" },
      },
    }),
    res(CHOICES, "staging-cmf-install-choices", {
      allowInstallTimeChanges: false,
      cmfVersion: "2.4.2",
      databaseType: "local",
      encryption: false,
    }),
  );
  return plan;
}

function cmfEdited(name: string, type: string, path: Path, value: unknown): Plan {
  const plan = cmfPlan();
  setIn(plan.resources.find((r) => r.urn === urn(type, name))!.inputs, path, value);
  return plan;
}

/** basePlan() with the MinIO volume at `size` (it is 10Gi there). */
const minioAt = (size: string) =>
  edited(PVC, "dev:flink-storage/minio-data", ["spec", "resources", "requests", "storage"], size);

const pvcNote = "Kubernetes never shrinks a PersistentVolumeClaim (volume expansion only grows it)";
const cmfNote =
  "CMF's database (volume, type or encryption mode): fixed when CMF creates it; a change can lose CMF's environments, applications and statements";

describe("refused: changes the target rejects", () => {
  it("GIVEN `scale --size S` from M (MinIO 50Gi -> 10Gi) THEN the PVC shrink is refused, exit code 3", () => {
    const diff = diffPlans(minioAt("50Gi"), basePlan(), "before scale");
    expect(diff.changes).toEqual([
      {
        urn: urn(PVC, "dev:flink-storage/minio-data"),
        type: PVC,
        name: "dev:flink-storage/minio-data",
        kind: "refused",
        fields: [{ path: "spec.resources.requests.storage", before: "50Gi", after: "10Gi", note: pvcNote }],
      },
    ]);
    expect(exitCode(diff)).toBe(3);
    expect(renderText(diff)).toBe(
      [
        "✗ refused kubernetes:core/v1:PersistentVolumeClaim dev:flink-storage/minio-data",
        '    spec.resources.requests.storage: "50Gi" → "10Gi"',
        `      (${pvcNote})`,
        "1 change (dev vs before scale): 1 refused",
        "",
      ].join("\n"),
    );
    expect(JSON.parse(renderJson(diff)).changes[0].fields[0].note).toBe(pvcNote);
    const md = renderMarkdown(diff);
    expect(md).toContain("| ✗ refused | 1 |");
    expect(md).toContain(
      "> **Refused:** 1 change(s) that the target rejects, so applying this plan fails (see the notes below). No label makes them safe: change the stack file instead.",
    );
    expect(md).toContain(`- \`spec.resources.requests.storage\`: ${pvcNote}`);
  });

  it("GIVEN a growing PVC (10Gi -> 50Gi, or 10Gi -> 10240Mi) THEN a plain update", () => {
    const grown = minioAt("50Gi");
    expect(diffPlans(basePlan(), grown, "main").changes.map((c) => c.kind)).toEqual(["update"]);
    const same = minioAt("10240Mi");
    expect(diffPlans(basePlan(), same, "main").changes.map((c) => [c.kind, c.fields[0].note])).toEqual([
      ["update", undefined],
    ]);
  });

  it("GIVEN a lower Confluent Cloud maxCfu (or a reverted raise) THEN refused; a raise is an update", () => {
    const lower = diffPlans(basePlan(), edited(CC_POOL, "cloud-pool", ["maxCfu"], 5), "main");
    expect(lower.changes.map((c) => [c.kind, c.fields])).toEqual([
      [
        "refused",
        [
          {
            path: "maxCfu",
            before: 10,
            after: 5,
            note: "Confluent Cloud does not support decreasing a compute pool's Max CFUs; create a new pool with the lower maxCfu and move the statements to it",
          },
        ],
      ],
    ]);
    expect(exitCode(lower)).toBe(3);
    const raise = diffPlans(basePlan(), edited(CC_POOL, "cloud-pool", ["maxCfu"], 20), "main");
    expect(raise.changes.map((c) => [c.kind, c.fields])).toEqual([
      ["update", [{ path: "maxCfu", before: 10, after: 20 }]],
    ]);
    expect(exitCode(raise)).toBe(0);
  });
});

describe("scale refuses a refused change before writing", () => {
  it("names the flag, the resource, the current and the new size", () => {
    const diff = diffPlans(minioAt("50Gi"), basePlan(), "before scale");
    expect(() => refuseRefusedChanges(diff, { size: "S", pool: undefined, taskManagers: undefined })).toThrow(
      [
        "Refused scale: the target would reject the change (1 problem):",
        "  - --size",
        '      got:     "S"',
        `      allowed: a change the target can apply (refused: ${PVC} dev:flink-storage/minio-data spec.resources.requests.storage "50Gi" → "10Gi": ${pvcNote})`,
        "      hint:    The stack file is unchanged.",
      ].join("\n"),
    );
    const lower = diffPlans(basePlan(), edited(CC_POOL, "cloud-pool", ["maxCfu"], 5), "before scale");
    expect(() => refuseRefusedChanges(lower, { maxCfu: "5", pool: "cloud-pool" })).toThrow("  - --max-cfu\n");
    expect(() =>
      refuseRefusedChanges(diffPlans(basePlan(), minioAt("50Gi"), "x"), { size: "M" }),
    ).not.toThrow();
  });
});

describe("state-risk: CMF's database volume, type and encryption mode", () => {
  const release = (path: Path, value: unknown) =>
    diffPlans(cmfPlan(), cmfEdited("staging-cmf", RELEASE, path, value), "main");

  it("GIVEN `scale staging --size M` (CMF database 10Gi -> 20Gi) THEN state-risk, exit code 2", () => {
    const diff = release(["values", "persistence", "dataVolumeCapacity"], "20Gi");
    expect(diff.changes.map((c) => [c.name, c.kind, c.fields])).toEqual([
      [
        "staging-cmf",
        "state-risk",
        [{ path: "values.persistence.dataVolumeCapacity", before: "10Gi", after: "20Gi", note: cmfNote }],
      ],
    ]);
    expect(exitCode(diff)).toBe(2);
  });

  it("GIVEN a smaller CMF database volume THEN refused", () => {
    const diff = release(["values", "persistence", "dataVolumeCapacity"], "5Gi");
    expect(diff.changes.map((c) => [c.kind, c.fields[0].note])).toEqual([
      ["refused", "CMF's database volume is a PersistentVolumeClaim, and Kubernetes never shrinks one"],
    ]);
  });

  it("GIVEN a database type or encryption change THEN state-risk on the release and on the install guard", () => {
    expect(release(["values", "cmf", "database", "type"], "jdbc").changes.map((c) => c.kind)).toEqual([
      "state-risk",
    ]);
    expect(release(["values", "cmf", "sql", "production"], true).changes.map((c) => c.kind)).toEqual([
      "state-risk",
    ]);
    expect(
      release(["values", "encryption"], {
        key: { kubernetesSecretName: "k", kubernetesSecretProperty: "p" },
      }).changes.map((c) => c.kind),
    ).toEqual(["state-risk"]);
    const guard = diffPlans(
      cmfPlan(),
      cmfEdited("staging-cmf-install-choices", CHOICES, ["databaseType"], "jdbc"),
      "main",
    );
    expect(guard.changes.map((c) => [c.kind, c.fields[0].note])).toEqual([
      ["state-risk", `${cmfNote} (refused at pulumi up unless cmf.allowInstallTimeChanges is true)`],
    ]);
  });

  it("GIVEN another CMF value (resources) THEN a plain update", () => {
    expect(release(["values", "resources"], { requests: { cpu: "2" } }).changes.map((c) => c.kind)).toEqual([
      "update",
    ]);
  });
});

describe("guardrail warnings in every diff format", () => {
  const warning =
    "pool default: 1 CPU for 2 slots per TaskManager (at least one CPU per busy slot is recommended; set allowCpuBelowSlots to silence)";
  const after = minioAt("20Gi");

  it("text, JSON and Markdown carry them, with changes and without", () => {
    const diff = diffPlans(basePlan(), after, "main", [warning]);
    expect(renderText(diff).split("\n").slice(-3)).toEqual([
      "1 change (dev vs main): 1 update",
      `warning: ${warning}`,
      "",
    ]);
    expect(JSON.parse(renderJson(diff)).warnings).toEqual([warning]);
    expect(renderMarkdown(diff).split("\n").slice(-5)).toEqual([
      "_Secret values are redacted in offline plans, so changes to them are not shown._",
      "",
      "> **Guardrail warnings** (as `synth` and `scale` print them):",
      `> - ${warning}`,
      "",
    ]);
    const none = diffPlans(basePlan(), basePlan(), "main", [warning]);
    expect(renderText(none)).toBe(`No changes (dev vs main).\nwarning: ${warning}\n`);
    expect(renderMarkdown(none)).toBe(
      "### flink-platform plan: `dev` vs `main`\n\nNo changes.\n\n" +
        "> **Guardrail warnings** (as `synth` and `scale` print them):\n" +
        `> - ${warning}\n`,
    );
  });
});
