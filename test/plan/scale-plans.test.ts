import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { scalePlans } from "../../lib/plan/scale-plans";
import { synthInChild, type SynthRequest } from "../../lib/plan/synth-child";
import type { Plan } from "../../lib/plan/synth";
import { gitProject, recordSynthSpawns } from "../support/git-project";
import { plainProgramProject } from "../support/project";
import { projectRoot } from "../support/synth";
import { recorder } from "../support/synth-recorder";
import { tempDir } from "../support/temp-dirs";

/**
 * `scale`'s two plans (lib/plan/scale-plans.ts): the plan before in a synth
 * child, the plan after, of the edited text, in the command's own process.
 * With stand-in synths (test/support/synth-recorder.ts), then with the real
 * ones in a fresh Node process, as the CLI is (Pulumi's runtime is global to
 * a process), on the build the tests keep fresh.
 */

const stackPath = (dir: string, stack: string) => path.join(dir, "stacks", `Pulumi.${stack}.yaml`);

/** Answers only when stopped, as a synth child killed by the signal does: with the signal's reason. */
function untilStopped(started: SynthRequest[]) {
  return (request: SynthRequest) => {
    started.push(request);
    return new Promise<Plan>((_, reject) =>
      request.signal!.addEventListener("abort", () => reject(request.signal!.reason)),
    );
  };
}

/** Runs `scalePlans` with its default synths in a fresh Node; `then` is the body of the callback on its plans. */
function scaleInFreshNode(dir: string, stack: string, edited: string, then: string) {
  const script = `${recordSynthSpawns}const { scalePlans } = require(${JSON.stringify(path.join(projectRoot, "dist", "lib", "plan", "scale-plans.js"))});
scalePlans(${JSON.stringify(dir)}, ${JSON.stringify(stack)}, () => ${JSON.stringify(edited)}).then(
  ({ before, after }) => { ${then} },
  (err) => { console.log(JSON.stringify({ synths, error: err.message })); },
);`;
  return spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
}

const scaleFolders = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith("flink-platform-scale-"));

describe("scale's two synths", () => {
  it("GIVEN an edit THEN before and after run side by side, the plan after given the edited text, no file written", async () => {
    const dir = gitProject(["dev"]);
    const original = fs.readFileSync(stackPath(dir, "dev"), "utf8");
    const edited = original.replace("taskManagers: 2", "taskManagers: 4");
    const { seen, synth } = recorder(2);
    const folders = scaleFolders();
    await scalePlans(dir, "dev", () => edited, { before: synth, after: synth });
    expect(seen.map((s) => [s.request.projectDir, s.request.stack, s.startedBefore])).toEqual([
      [dir, "dev", 0],
      [dir, "dev", 1],
    ]);
    expect(seen.map((s) => s.stackText)).toEqual([original, edited]);
    expect(seen.map((s) => s.request.stackText)).toEqual([undefined, edited]);
    expect(scaleFolders()).toEqual(folders);
    expect(fs.readFileSync(stackPath(dir, "dev"), "utf8")).toBe(original);
  });

  it("GIVEN an edit that is refused THEN the plan before, already started, is stopped and the edit's error thrown", async () => {
    const started: SynthRequest[] = [];
    const synth = untilStopped(started);
    const refused = new Error("Invalid scale flags");
    const edit = () => {
      expect(started).toHaveLength(1);
      throw refused;
    };
    await expect(scalePlans("/no/project", "dev", edit, { before: synth, after: synth })).rejects.toBe(
      refused,
    );
    expect(started.map((r) => [r.stack, r.stackText, r.signal?.aborted])).toEqual([["dev", undefined, true]]);
  });

  it("GIVEN a plan after that fails THEN the plan before, still running, is stopped and the plan after's error thrown", async () => {
    const started: SynthRequest[] = [];
    const failed = new Error("flink-platform guardrails failed (1 problem):");
    const after = async () => {
      throw failed;
    };
    await expect(
      scalePlans("/no/project", "dev", () => "edited", { before: untilStopped(started), after }),
    ).rejects.toBe(failed);
    expect(started.map((r) => [r.stack, r.signal?.aborted])).toEqual([["dev", true]]);
  });

  it("GIVEN both plans fail, the plan before first THEN the plan after's error is thrown all the same", async () => {
    const beforeFailed = new Error("synth dev in /no/project failed:\nerror: the program crashed");
    const afterFailed = new Error("error: the program crashed");
    let failAfter: () => void = () => {};
    const before = async () => {
      await Promise.resolve();
      setImmediate(() => failAfter());
      throw beforeFailed;
    };
    const after = () => new Promise<Plan>((_, reject) => (failAfter = () => reject(afterFailed)));
    await expect(scalePlans("/no/project", "dev", () => "edited", { before, after })).rejects.toBe(
      afterFailed,
    );
  });

  it("GIVEN a plan after that rejects with undefined THEN undefined is thrown, not the stop's AbortError", async () => {
    const after = () => Promise.reject(undefined);
    await expect(
      scalePlans("/no/project", "dev", () => "edited", { before: untilStopped([]), after }),
    ).rejects.toBeUndefined();
  });

  it("GIVEN the command's defaults THEN the plan before runs in one synth child and the plan after in the command's own process", () => {
    const dir = gitProject(["dev"]);
    const original = fs.readFileSync(stackPath(dir, "dev"), "utf8");
    const run = scaleInFreshNode(
      dir,
      "dev",
      original.replace("taskManagers: 2", "taskManagers: 4"),
      `const replicas = (p) => p.resources.find((r) => r.name === "dev-pool-default:flink/default").inputs.spec.taskManager.replicas;
    console.log(JSON.stringify({ synths, replicas: [replicas(before), replicas(after)] }));`,
    );
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ synths: ["synth dev --out --plan-only"], replicas: [2, 4] });
    expect(fs.readFileSync(stackPath(dir, "dev"), "utf8")).toBe(original);
  });

  describe("GIVEN a program of one's own", () => {
    // It prints on both streams, and registers as many Helm releases named "operator" as its config says.
    const dir = plainProgramProject(
      tempDir("flink-platform-scale-program-"),
      "probe",
      'config:\n  probe:releases: "1"\n',
      [
        `const pulumi = require(${JSON.stringify(require.resolve("@pulumi/pulumi"))});`,
        'console.log("PROGRAM-STDOUT");',
        'console.error("PROGRAM-STDERR");',
        'const releases = Number(new pulumi.Config("probe").require("releases"));',
        "for (let i = 0; i < releases; i++) {",
        '  new pulumi.CustomResource("kubernetes:helm.sh/v3:Release", `operator-${i}`, { name: "operator", namespace: `ns-${i}` });',
        "}",
      ],
    );

    it("THEN what it prints is not the command's output: neither plan's reaches stdout or stderr", () => {
      const run = scaleInFreshNode(
        dir,
        "probe",
        'config:\n  probe:releases: "1"\n',
        "console.log(JSON.stringify({ synths, resources: [before.resources.length, after.resources.length] }));",
      );
      expect([run.stdout, run.stderr]).toEqual([
        `${JSON.stringify({ synths: ["synth probe --out --plan-only"], resources: [1, 1] })}\n`,
        "",
      ]);
    });

    it("THEN a plan after whose files would clash is refused as synth refuses it", () => {
      const run = scaleInFreshNode(
        dir,
        "probe",
        'config:\n  probe:releases: "2"\n',
        "console.log('planned');",
      );
      expect(run.stderr).toBe("");
      const { synths, error } = JSON.parse(run.stdout) as { synths: string[]; error: string };
      expect(synths).toEqual(["synth probe --out --plan-only"]);
      expect(error.split("\n").slice(0, 3)).toEqual([
        "Two Helm releases would write one file (1 problem):",
        "  - helm/operator.yaml",
        '      got:     "operator"',
      ]);
    });
  });

  it("GIVEN a stackText THEN synthInChild refuses it: synth has no flag for it, the plan after runs in this process", async () => {
    await expect(
      synthInChild({ projectDir: "/no/project", stack: "dev", stackText: "config: {}\n" }),
    ).rejects.toThrow(
      new Error("synthInChild: a synth child reads the stack file; stackText is for a synth in this process"),
    );
  });

  it("GIVEN a synth child whose signal aborts THEN it is killed and the synth rejects with the reason", async () => {
    const dir = gitProject(["dev"]);
    const stop = new AbortController();
    const synth = synthInChild({ projectDir: dir, stack: "dev", signal: stop.signal });
    stop.abort(new Error("edit refused"));
    await expect(synth).rejects.toThrow(new Error("edit refused"));
  });
});

describe("a synth child when the command's process ends first", () => {
  it("GIVEN the process exits while its synth child runs (a program that calls process.exit) THEN the child is killed and its folder removed", async () => {
    const dir = gitProject(["dev"]);
    const tmp = tempDir("flink-platform-exit-");
    const script = `const childProcess = require("node:child_process");
const spawn = childProcess.spawn;
childProcess.spawn = (cmd, args, opts) => {
  const child = spawn(cmd, args, opts);
  console.log(child.pid);
  return child;
};
const { synthInChild } = require(${JSON.stringify(path.join(projectRoot, "dist", "lib", "plan", "synth-child.js"))});
synthInChild({ projectDir: ${JSON.stringify(dir)}, stack: "dev" });
setTimeout(() => process.exit(0), 200);`;
    const run = spawnSync(process.execPath, ["-e", script], {
      encoding: "utf8",
      env: { ...process.env, TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: "1" },
    });
    expect(run.stderr).toBe("");
    const pid = Number(run.stdout.trim());
    expect(pid).toBeGreaterThan(0);
    // SIGKILL is delivered at once; a killed process whose new parent does not reap it stays a
    // zombie (state Z in /proc on Linux), which signal 0 still finds.
    const alive = () => {
      try {
        process.kill(pid, 0);
      } catch {
        return false;
      }
      const stat = `/proc/${pid}/stat`;
      return !fs.existsSync(stat) || !/^\d+ \(.*\) Z/.test(fs.readFileSync(stat, "utf8"));
    };
    for (let i = 0; i < 10 && alive(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(alive()).toBe(false);
    expect(fs.readdirSync(tmp)).toEqual([]);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
