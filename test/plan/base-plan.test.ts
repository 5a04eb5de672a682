import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { sqlFileRule } from "../../lib/core/files";
import { baseSynthTimeoutMs, plansAgainstRef } from "../../lib/plan/base-plan";
import { checkBaseRef } from "../../lib/plan/base-ref";
import { settingsChangesMarkdown } from "../../lib/plan/settings-cli";
import { synthInChild, SynthTimeoutError, type SynthRequest } from "../../lib/plan/synth-child";
import { recorder } from "../support/synth-recorder";
import type { Plan } from "../../lib/plan/synth";
import { configErrorOf } from "../support/errors";
import { git, gitProject, recordSynthSpawns } from "../support/git-project";
import { projectRoot } from "../support/synth";
import { tempDir } from "../support/temp-dirs";

/**
 * Which way `diff` synthesizes its base, with the synth itself replaced by a
 * recorder (test/support/synth-recorder.ts). `scale`'s two plans:
 * scale-plans.test.ts.
 */

const stackPath = (dir: string, stack: string) => path.join(dir, "stacks", `Pulumi.${stack}.yaml`);
const sqlPath = (dir: string) => path.join(dir, "stacks", "sql", "order-totals.sql");

describe("diff's base synth", () => {
  it("GIVEN only the stack file changed THEN the current program runs on the committed stack file, beside the working tree's synth", async () => {
    const dir = gitProject(["dev"]);
    const committed = fs.readFileSync(stackPath(dir, "dev"), "utf8");
    fs.writeFileSync(stackPath(dir, "dev"), committed.replace("taskManagers: 2", "taskManagers: 4"));
    const { seen, synth } = recorder(2);
    const lines: string[] = [];
    const plans = await plansAgainstRef(dir, "dev", "HEAD", { synth, log: (l) => lines.push(l) });
    expect(lines).toEqual([
      "diff: base synth runs the current program on the stack files at HEAD (only stack files changed)",
    ]);
    expect(plans.before).toEqual({ stack: "dev", project: "flink-platform", resources: [] });
    // The base's synth child first: the working tree's plan, in this process, starts once it is spawned.
    const [base, head] = seen;
    expect(head.request).toEqual({ projectDir: dir, stack: "dev" });
    expect(base.request.projectDir).not.toBe(dir);
    expect([base.startedBefore, head.startedBefore]).toEqual([0, 1]);
    // The working tree's program, by its absolute path; the base's stack file and statement files.
    expect(base.main).toBe(path.join(dir, "stacks", "index.js"));
    expect(base.stackText).toBe(committed);
    expect(head.stackText).toContain("taskManagers: 4");
    expect(base.sql).toEqual(head.sql);
    expect(Object.keys(base.sql).sort()).toEqual([
      "order-totals.sql",
      "orders-by-region.sql",
      "orders-enriched.sql",
    ]);
    // The scratch project is gone afterwards.
    expect(fs.existsSync(base.request.projectDir)).toBe(false);
  });

  it("GIVEN a branch named like a git option (--output=<file>) THEN the base is its commit, and no git command takes it as an option", async () => {
    const dir = gitProject(["dev"]);
    const committed = fs.readFileSync(stackPath(dir, "dev"), "utf8");
    // A legal branch name; handed to `git diff` or `git show` as is, it is `--output`, which writes a file.
    git(dir, "update-ref", "refs/heads/--output=pwned.txt", "HEAD");
    fs.writeFileSync(stackPath(dir, "dev"), committed.replace("taskManagers: 2", "taskManagers: 4"));
    for (const other of [false, true]) {
      // Both ways to the base: the committed stack files, and a worktree at the ref.
      if (other) fs.writeFileSync(path.join(dir, "README.md"), "changed\n");
      const { seen, synth } = recorder(2);
      await plansAgainstRef(dir, "dev", "--output=pwned.txt", { synth, log: () => {} });
      expect(seen.find((s) => s.request.projectDir !== dir)!.stackText).toBe(committed);
    }
    // diff hands the settings section the commit it resolved the branch to.
    const { commit } = checkBaseRef(dir, "--output=pwned.txt");
    expect(settingsChangesMarkdown(dir, "dev", commit)).toContain("| TaskManagers | 2 | 4 |");
    expect(fs.readdirSync(dir).filter((f) => f.includes("pwned"))).toEqual([]);
  });

  it("GIVEN a statement file changed too THEN the base reads the committed one", async () => {
    const dir = gitProject(["cloud-dev"]);
    const committed = fs.readFileSync(sqlPath(dir), "utf8");
    fs.writeFileSync(sqlPath(dir), `${committed}-- edited\n`);
    const { seen, synth } = recorder(2);
    const lines: string[] = [];
    await plansAgainstRef(dir, "cloud-dev", "HEAD", { synth, log: (l) => lines.push(l) });
    expect(lines[0]).toMatch(/only stack files changed/);
    expect(seen[0].sql["order-totals.sql"]).toBe(committed);
    expect(seen[1].sql["order-totals.sql"]).toBe(`${committed}-- edited\n`);
  });

  it("GIVEN a file other than a stack file changed THEN the base program is bundled in a worktree at the ref", async () => {
    const dir = gitProject(["dev"]);
    fs.writeFileSync(path.join(dir, "stacks", "helper.ts"), "export const x = 1;\n");
    const { seen, synth } = recorder(2);
    const lines: string[] = [];
    let bundleSeen = false;
    const probing = async (request: SynthRequest) => {
      const plan = synth(request);
      const main = seen[seen.length - 1].main;
      if (request.projectDir !== dir) bundleSeen = fs.statSync(main).isFile();
      return plan;
    };
    await plansAgainstRef(dir, "dev", "HEAD", { synth: probing, log: (l) => lines.push(l) });
    expect(lines).toEqual([
      "diff: base synth bundles the program at HEAD (files other than stack files changed)",
    ]);
    const base = seen[1];
    expect(base.request.projectDir).toMatch(/flink-platform-base-/);
    expect(path.basename(base.main)).toBe(".flink-platform-base.js");
    expect(bundleSeen).toBe(true);
    expect(base.stackText).toBe(fs.readFileSync(stackPath(dir, "dev"), "utf8"));
    // The worktree is removed afterwards.
    expect(fs.existsSync(base.request.projectDir)).toBe(false);
    expect(git(dir, "worktree", "list").trim().split("\n")).toHaveLength(1);
  });

  it("GIVEN a stack file that is a symbolic link at the ref THEN the base goes through the worktree, where synth checks it", async () => {
    const dir = gitProject(["dev"]);
    fs.renameSync(stackPath(dir, "dev"), path.join(dir, "stacks", "dev.yaml"));
    fs.symlinkSync("dev.yaml", stackPath(dir, "dev"));
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "link");
    fs.appendFileSync(path.join(dir, "stacks", "dev.yaml"), "# edited\n");
    const { synth } = recorder(2);
    const lines: string[] = [];
    // stacks/dev.yaml is not a stack file name: this change alone already takes the worktree.
    await plansAgainstRef(dir, "dev", "HEAD", { synth, log: (l) => lines.push(l) });
    expect(lines).toEqual([
      "diff: base synth bundles the program at HEAD (files other than stack files changed)",
    ]);
    // Only the link's own stack file changed (retargeted): the fast path still refuses to stand in.
    git(dir, "checkout", "--", ".");
    fs.writeFileSync(path.join(dir, "stacks", "other.yaml"), "config: {}\n");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "other");
    fs.rmSync(stackPath(dir, "dev"));
    fs.symlinkSync("other.yaml", stackPath(dir, "dev"));
    const again = recorder(2);
    lines.length = 0;
    await plansAgainstRef(dir, "dev", "HEAD", { synth: again.synth, log: (l) => lines.push(l) });
    expect(lines).toEqual([
      "diff: base synth bundles the program at HEAD (files other than stack files changed)",
    ]);
  });

  it("GIVEN a statement file over synth's size limit at the ref THEN the base goes through the worktree, where synth refuses it", async () => {
    const dir = gitProject(["cloud-dev"]);
    fs.writeFileSync(
      path.join(dir, "stacks", "sql", "huge.sql"),
      "-- x\n".repeat(sqlFileRule.maxBytes / 5 + 1),
    );
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "huge statement file");
    fs.appendFileSync(stackPath(dir, "cloud-dev"), "# edited\n");
    const { synth } = recorder(2);
    const lines: string[] = [];
    await plansAgainstRef(dir, "cloud-dev", "HEAD", { synth, log: (l) => lines.push(l) });
    expect(lines).toEqual([
      "diff: base synth bundles the program at HEAD (files other than stack files changed)",
    ]);
  });

  it("GIVEN a program entry that is a symbolic link THEN only stack files changed still takes the fast path", async () => {
    const dir = gitProject(["dev"]);
    fs.renameSync(path.join(dir, "stacks", "index.js"), path.join(dir, "program.js"));
    fs.symlinkSync("../program.js", path.join(dir, "stacks", "index.js"));
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "linked program");
    fs.appendFileSync(stackPath(dir, "dev"), "# edited\n");
    const { seen, synth } = recorder(2);
    const lines: string[] = [];
    await plansAgainstRef(dir, "dev", "HEAD", { synth, log: (l) => lines.push(l) });
    expect(lines).toEqual([
      "diff: base synth runs the current program on the stack files at HEAD (only stack files changed)",
    ]);
    expect(seen[0].main).toBe(path.join(dir, "stacks", "index.js"));
  });

  it("GIVEN a stack that does not exist at the ref THEN there is no base plan and one synth", async () => {
    const dir = gitProject(["dev"]);
    fs.copyFileSync(stackPath(dir, "dev"), stackPath(dir, "fresh"));
    const { seen, synth } = recorder(1);
    const plans = await plansAgainstRef(dir, "fresh", "HEAD", { synth, log: () => {} });
    expect(plans.before).toBeUndefined();
    expect(seen.map((s) => s.request.projectDir)).toEqual([dir]);
  });
});

describe("diff's two synths as the command runs them", () => {
  it("GIVEN the defaults THEN the base runs in one synth child and the working tree's plan in the command's own process", () => {
    // A fresh process, as the CLI is (Pulumi's runtime is global to a process), on the build the tests keep fresh.
    const dir = gitProject(["dev"]);
    const committed = fs.readFileSync(stackPath(dir, "dev"), "utf8");
    fs.writeFileSync(stackPath(dir, "dev"), committed.replace("taskManagers: 2", "taskManagers: 4"));
    const script = `${recordSynthSpawns}const { plansAgainstRef } = require(${JSON.stringify(path.join(projectRoot, "dist", "lib", "plan", "base-plan.js"))});
plansAgainstRef(${JSON.stringify(dir)}, "dev", "HEAD").then(
  ({ before, after }) => {
    const replicas = (p) => p.resources.find((r) => r.name === "dev-pool-default:flink/default").inputs.spec.taskManager.replicas;
    console.log(JSON.stringify({ synths, replicas: [replicas(before), replicas(after)] }));
  },
  (err) => { console.error(err); process.exit(1); },
);`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ synths: ["synth dev --out --plan-only"], replicas: [2, 4] });
  });
});

describe("diff's own work alongside the synths", () => {
  const plan = (request: SynthRequest): Plan => ({ stack: request.stack, project: "p", resources: [] });

  it("GIVEN work alongside THEN it runs once the working tree's plan is in, without waiting for the base's", async () => {
    const dir = gitProject(["dev"]);
    fs.appendFileSync(stackPath(dir, "dev"), "# edited\n");
    const events: string[] = [];
    let alongsideRan: () => void = () => {};
    const ran = new Promise<void>((resolve) => (alongsideRan = resolve));
    const synth = async (request: SynthRequest) => {
      const which = request.projectDir === dir ? "head" : "base";
      events.push(`start ${which}`);
      // The base answers only after the work alongside ran: waiting for the base would never end.
      if (which === "base") await ran;
      events.push(`end ${which}`);
      return plan(request);
    };
    const alongside = () => {
      events.push("alongside");
      alongsideRan();
    };
    await plansAgainstRef(dir, "dev", "HEAD", { synth, log: () => {}, alongside });
    // The base's synth starts first; the working tree's, once it has, ends first, and the work alongside follows it.
    expect(events).toEqual(["start base", "start head", "end head", "alongside", "end base"]);
  });

  it("GIVEN work alongside that fails THEN its error comes after the synths' own", async () => {
    const dir = gitProject(["dev"]);
    fs.appendFileSync(stackPath(dir, "dev"), "# edited\n");
    const alongside = () => {
      throw new Error("alongside failed");
    };
    const failingBase = async (request: SynthRequest) => {
      if (request.projectDir !== dir) throw new Error("base failed");
      return plan(request);
    };
    await expect(
      plansAgainstRef(dir, "dev", "HEAD", { synth: failingBase, log: () => {}, alongside }),
    ).rejects.toThrow(new Error("base failed"));
    await expect(
      plansAgainstRef(dir, "dev", "HEAD", { synth: async (r) => plan(r), log: () => {}, alongside }),
    ).rejects.toThrow(new Error("alongside failed"));
  });
});

describe("diff's base synth that never exits", () => {
  it(
    "GIVEN a program whose own child keeps the synth's output pipes open THEN the time limit still ends the synth",
    { timeout: 60_000 },
    async () => {
      // A killed synth child whose grandchild inherited its stdout and stderr: "close" waits for
      // every holder of the pipes, so the synth used to wait on the grandchild (review finding).
      const dir = tempDir("flink-platform-base-");
      const pidFile = path.join(dir, "grandchild.pid");
      fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: hang\nruntime: nodejs\nmain: index.js\n");
      fs.writeFileSync(path.join(dir, "Pulumi.hang.yaml"), "config: {}\n");
      fs.writeFileSync(
        path.join(dir, "index.js"),
        [
          'const { spawn } = require("node:child_process");',
          'const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 600000)"], { stdio: "inherit" });',
          `require("node:fs").writeFileSync(${JSON.stringify(pidFile)}, String(child.pid));`,
          "setTimeout(() => {}, 600000);",
          "module.exports = new Promise(() => {});",
          "",
        ].join("\n"),
      );
      try {
        await expect(synthInChild({ projectDir: dir, stack: "hang", timeoutMs: 2_000 })).rejects.toThrow(
          SynthTimeoutError,
        );
      } finally {
        if (fs.existsSync(pidFile)) process.kill(Number(fs.readFileSync(pidFile, "utf8")), "SIGKILL");
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it("GIVEN a synth child that dies leaving a folder beside its --out (writePlan's staging, killed mid-write) THEN nothing of it stays behind", async () => {
    const dir = tempDir("flink-platform-base-");
    const record = path.join(dir, "left.txt");
    // A stand-in CLI: makes the sibling a killed synth leaves, says where, and fails.
    const bin = path.join(dir, "bin.js");
    fs.writeFileSync(
      bin,
      [
        'const fs = require("node:fs");',
        'const out = process.argv[process.argv.indexOf("--out") + 1];',
        "const staging = `${out}.synth-new-killed`;",
        "fs.mkdirSync(staging);",
        `fs.writeFileSync(${JSON.stringify(record)}, staging);`,
        "process.exit(1);",
        "",
      ].join("\n"),
    );
    try {
      await expect(synthInChild({ projectDir: dir, stack: "dev", bin })).rejects.toThrow(/failed/);
      const staging = fs.readFileSync(record, "utf8");
      expect(staging.startsWith(os.tmpdir())).toBe(true);
      expect(fs.existsSync(staging)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("GIVEN a base program that never settles THEN diff stops it at the timeout with one error naming the ref and the timeout", async () => {
    const dir = gitProject(["dev"]);
    const program = path.join(dir, "stacks", "index.js");
    const working = fs.readFileSync(program, "utf8");
    // Keeps its process alive (for ten minutes, so a regression leaves no process behind for good) and never settles.
    fs.writeFileSync(program, "setTimeout(() => {}, 600000);\nmodule.exports = new Promise(() => {});\n");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "hanging program");
    fs.writeFileSync(program, working);
    const head: Plan = { stack: "dev", project: "flink-platform", resources: [] };
    const requests: SynthRequest[] = [];
    // The working tree's synth answers at once; the base's runs for real, in its child process.
    const synth = (request: SynthRequest) => {
      requests.push(request);
      return request.projectDir === dir ? Promise.resolve(head) : synthInChild(request);
    };
    await expect(
      plansAgainstRef(dir, "dev", "HEAD", { synth, log: () => {}, baseTimeoutMs: 300 }),
    ).rejects.toThrow(
      new Error(
        "the base synth of stack dev at HEAD did not finish within 0.3 s and was stopped: its program may never exit (a promise that never settles, a timer or connection left open). FLINK_PLATFORM_BASE_SYNTH_TIMEOUT sets the limit in seconds (default 600).",
      ),
    );
    expect(requests.map((r) => r.timeoutMs)).toEqual([undefined, 300]);
    // The worktree at the ref is removed all the same.
    expect(git(dir, "worktree", "list").trim().split("\n")).toHaveLength(1);
  });

  it("GIVEN FLINK_PLATFORM_BASE_SYNTH_TIMEOUT THEN its seconds are the limit; anything but 0 < seconds <= one day is one error naming it", () => {
    expect(baseSynthTimeoutMs({})).toBe(600_000);
    expect(baseSynthTimeoutMs({ FLINK_PLATFORM_BASE_SYNTH_TIMEOUT: "" })).toBe(600_000);
    expect(baseSynthTimeoutMs({ FLINK_PLATFORM_BASE_SYNTH_TIMEOUT: "2.5" })).toBe(2500);
    expect(baseSynthTimeoutMs({ FLINK_PLATFORM_BASE_SYNTH_TIMEOUT: "86400" })).toBe(86_400_000);
    // Over 2^31 - 1 ms Node's setTimeout fires after 1 ms: "no limit, really" stopped every base synth at once.
    for (const got of ["soon", "0", "-1", "Infinity", "10s", "86401", "3000000"]) {
      const err = configErrorOf(() => baseSynthTimeoutMs({ FLINK_PLATFORM_BASE_SYNTH_TIMEOUT: got }));
      expect([err.message.split("\n")[0], err.problems]).toEqual([
        "Invalid environment variable (1 problem):",
        [
          {
            path: "FLINK_PLATFORM_BASE_SYNTH_TIMEOUT",
            got,
            allowed: "a number of seconds greater than 0 and at most 86400 (one day)",
          },
        ],
      ]);
    }
  });
});
