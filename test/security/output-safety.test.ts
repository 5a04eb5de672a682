import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { checkOutDir, installOutput, OUT_MARKER } from "../../lib/plan/out-dir";
import { listStacks, loadProject } from "../../lib/plan/project";
import { writeStackText } from "../../lib/plan/stack-ops";
import { checkStackName, STACK_NAME_RULE } from "../../lib/plan/stack-name";
import { writePlan } from "../../lib/plan/write";
import { runCli, snapshot } from "../support/cli";
import { scratchProject, shippedStack } from "../support/project";
import { cliBin, goldenPlan, projectRoot } from "../support/synth";
import { tmpRoots } from "../support/temp-dirs";

/**
 * Issue 13 (1, 2, 5, part of 6): commands never delete, overwrite or read
 * what they were not given. Refusals run `main()` in-process (the CLI loads
 * its commands with `require`: test/support/require-ts.ts registers tsx's hook); only
 * the runs that need a real synth spawn the CLI.
 */
const tmpRoot = tmpRoots("flink-platform-safety-");

/** `<root>/proj`: this repo's program and dev stack; `<root>/somewhere/x.yaml`: a stack file outside it. */
function fixture(): { root: string; proj: string } {
  const root = tmpRoot();
  const dev = shippedStack("dev");
  const proj = scratchProject(path.join(root, "proj"), { dev });
  fs.mkdirSync(path.join(root, "somewhere"));
  fs.writeFileSync(path.join(root, "somewhere", "x.yaml"), dev);
  return { root, proj };
}

/** The CLI in this process (test/support/cli.ts). */
const run = (...args: string[]) => runCli(args);

const OUT_ALLOWED =
  `a new or empty folder, or the output of an earlier synth (marked by ${OUT_MARKER}); ` +
  "never a file, a symbolic link, the project folder, a folder above it or the filesystem root";

/** What the CLI prints for a refusal: its message and a newline. */
const printed = (message: string) => `${message}\n`;

function outRefusal(given: string, hint: string): string {
  return [
    "Unsafe output folder (1 problem):",
    "  - --out",
    `      got:     ${JSON.stringify(given)}`,
    `      allowed: ${OUT_ALLOWED}`,
    `      hint:    ${hint}; nothing was written`,
  ].join("\n");
}

describe("synth --out refuses what it did not write (nothing deleted, nothing written)", () => {
  const { root, proj } = fixture();

  it("keeps a non-empty folder that is not a synth output (the KEEP file survives)", async () => {
    const d = path.join(root, "d");
    fs.mkdirSync(d);
    fs.writeFileSync(path.join(d, "KEEP"), "x\n");
    const before = snapshot(root);
    const r = await run("-C", proj, "synth", "dev", "--out", d);
    expect(r).toEqual({
      code: 1,
      stdout: "",
      stderr: printed(outRefusal(d, `${d} is not empty and holds no ${OUT_MARKER}`)),
    });
    expect(snapshot(root)).toEqual(before);
  });

  it("refuses a file and leaves it unchanged", async () => {
    const f = path.join(root, "notes.txt");
    fs.writeFileSync(f, "mine\n");
    const before = snapshot(root);
    const r = await run("-C", proj, "synth", "dev", "--out", f);
    expect(r).toEqual({ code: 1, stdout: "", stderr: printed(outRefusal(f, `${f} is a file`)) });
    expect(snapshot(root)).toEqual(before);
  });

  it("refuses a folder under a file", async () => {
    const f = path.join(root, "plain");
    fs.writeFileSync(f, "mine\n");
    const before = snapshot(root);
    const r = await run("-C", proj, "synth", "dev", "--out", path.join(f, "out"));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(printed(outRefusal(path.join(f, "out"), `${f} is a file`)));
    expect(snapshot(root)).toEqual(before);
  });

  it("refuses `--out .` in the project, the project folder and a folder above it", async () => {
    const before = snapshot(root);
    const cwd = process.cwd();
    process.chdir(proj);
    try {
      const dot = await run("synth", "dev", "--out", ".");
      expect(dot).toEqual({
        code: 1,
        stdout: "",
        stderr: printed(outRefusal(".", `${proj} is the project or current folder, or a folder above it`)),
      });
    } finally {
      process.chdir(cwd);
    }
    for (const out of [proj, root, path.join(proj, "stacks", "..")]) {
      const r = await run("-C", proj, "synth", "dev", "--out", out);
      expect(r.stderr).toBe(
        printed(
          outRefusal(out, `${path.resolve(out)} is the project or current folder, or a folder above it`),
        ),
      );
      expect(r.code).toBe(1);
    }
    expect(snapshot(root)).toEqual(before);
  });

  it("refuses the filesystem root and the current folder (checked without writing anything)", () => {
    const refusal = (dir: string) => {
      try {
        checkOutDir(dir, { flag: "--out" });
        return "accepted";
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(refusal("/")).toBe(outRefusal("/", "/ is the project or current folder, or a folder above it"));
    expect(refusal(process.cwd())).toBe(
      outRefusal(process.cwd(), `${process.cwd()} is the project or current folder, or a folder above it`),
    );
  });

  it("refuses a marked folder that holds Pulumi.yaml or .git (a forged marker)", async () => {
    for (const extra of ["Pulumi.yaml", ".git"]) {
      const d = path.join(root, `forged-${extra}`);
      fs.mkdirSync(d);
      fs.writeFileSync(path.join(d, OUT_MARKER), '{"tool":"flink-platform","stack":"dev"}\n');
      fs.writeFileSync(path.join(d, extra), "x\n");
      const before = snapshot(root);
      const r = await run("-C", proj, "synth", "dev", "--out", d);
      expect(r.stderr).toBe(printed(outRefusal(d, `${d} holds ${extra}`)));
      expect(r.code).toBe(1);
      expect(snapshot(root)).toEqual(before);
    }
  });

  it("refuses an earlier output to which a file was added, and keeps that file", async () => {
    const d = path.join(root, "earlier");
    fs.mkdirSync(path.join(d, "manifests"), { recursive: true });
    fs.mkdirSync(path.join(d, "helm"));
    fs.writeFileSync(path.join(d, "plan.json"), "{}\n");
    fs.writeFileSync(path.join(d, OUT_MARKER), '{"tool":"flink-platform","stack":"dev"}\n');
    fs.writeFileSync(path.join(d, "manifests", "README.md"), "my notes\n");
    // A cluster's folder (one level, .yaml files) is synth's; anything else in it is not.
    fs.mkdirSync(path.join(d, "manifests", "spoke", "deeper"), { recursive: true });
    fs.writeFileSync(path.join(d, "manifests", "spoke", "01-Namespace-x.yaml"), "kind: Namespace\n");
    fs.writeFileSync(path.join(d, "manifests", "spoke", "notes.md"), "mine\n");
    const before = snapshot(root);
    const r = await run("-C", proj, "synth", "dev", "--out", d);
    expect(r.stderr).toBe(
      printed(
        outRefusal(
          d,
          `${d} holds files synth does not write: manifests/README.md, manifests/spoke/deeper, manifests/spoke/notes.md`,
        ),
      ),
    );
    expect(r.code).toBe(1);
    expect(snapshot(root)).toEqual(before);
  });

  it("refuses a symbolic link", async () => {
    const target = path.join(root, "target");
    fs.mkdirSync(target);
    const link = path.join(root, "link");
    fs.symlinkSync(target, link, "dir");
    const before = snapshot(root);
    const r = await run("-C", proj, "synth", "dev", "--out", link);
    expect(r.stderr).toBe(printed(outRefusal(link, `${link} is a symbolic link`)));
    expect(r.code).toBe(1);
    expect(snapshot(root)).toEqual(before);
  });
});

const TRAVERSAL = "q/../../../somewhere/x";

function nameRefusal(flag: string, got: string): string {
  return [
    "Invalid stack name (1 problem):",
    `  - ${flag}`,
    `      got:     ${JSON.stringify(got)}`,
    `      allowed: ${STACK_NAME_RULE}`,
    "",
  ].join("\n");
}

describe("stack names follow Pulumi's rule, checked before any file is touched", () => {
  const { root, proj } = fixture();
  const commands: [string, string, (stack: string) => string[]][] = [
    ["synth", "<stack>", (s) => ["synth", s]],
    ["scale", "<stack>", (s) => ["scale", s, "--task-managers", "3"]],
    ["diff", "<stack>", (s) => ["diff", s]],
    [
      "estimate --apply",
      "--apply",
      (s) => ["estimate", "--records-per-second", "1000", "--record-bytes", "100", "--apply", s],
    ],
    ["graph", "<stack>", (s) => ["graph", s]],
  ];
  const hostile = [
    TRAVERSAL,
    "..",
    ".",
    "",
    "a/b",
    "a\\b",
    "dev\n",
    " dev",
    "dev;rm",
    "x".repeat(101),
    "ünï",
  ];

  it.each(commands)(
    "%s refuses a path-traversal name and reads or writes nothing outside",
    async (_, flag, argv) => {
      const before = snapshot(root);
      const r = await run("-C", proj, ...argv(TRAVERSAL));
      expect(r).toEqual({ code: 1, stdout: "", stderr: nameRefusal(flag, TRAVERSAL) });
      expect(snapshot(root)).toEqual(before);
    },
  );

  it.each(commands)("%s refuses every hostile name with one message", async (_, flag, argv) => {
    const before = snapshot(root);
    for (const name of hostile) {
      const r = await run("-C", proj, ...argv(name));
      expect(r, JSON.stringify(name)).toEqual({ code: 1, stdout: "", stderr: nameRefusal(flag, name) });
    }
    expect(snapshot(root)).toEqual(before);
  });

  it("accepts what Pulumi accepts (up to 100 letters, digits, -, _ and .)", () => {
    for (const ok of ["dev", "oss-prod", "cloud_dev.2", "x".repeat(100), "-x", "1", ".hidden"]) {
      expect(checkStackName(ok)).toBe(ok);
    }
  });

  it("lists only stack files whose name is a valid stack name", () => {
    fs.writeFileSync(path.join(proj, "stacks", "Pulumi.a b.yaml"), "config: {}\n");
    expect(listStacks(loadProject(proj))).toEqual(["dev"]);
    fs.rmSync(path.join(proj, "stacks", "Pulumi.a b.yaml"));
  });
});

describe("stack files resolve inside the stack folder (symbolic links included)", () => {
  const { root, proj } = fixture();
  fs.symlinkSync(path.join(root, "somewhere", "x.yaml"), path.join(proj, "stacks", "Pulumi.evil.yaml"));
  const refusal = (flag: string) =>
    [
      "Stack file outside the stack folder (1 problem):",
      `  - ${flag}`,
      '      got:     "evil"',
      `      allowed: a stack whose Pulumi.<stack>.yaml is inside ${path.join(proj, "stacks")}`,
      `      hint:    ${path.join(proj, "stacks", "Pulumi.evil.yaml")} resolves to ${path.join(root, "somewhere", "x.yaml")}`,
      "",
    ].join("\n");

  it.each([
    ["scale", "<stack>", ["scale", "evil", "--task-managers", "3"]],
    [
      "estimate --apply",
      "--apply",
      ["estimate", "--records-per-second", "1000", "--record-bytes", "100", "--apply", "evil"],
    ],
    ["synth", "<stack>", ["synth", "evil"]],
    ["diff", "<stack>", ["diff", "evil"]],
    ["graph", "<stack>", ["graph", "evil"]],
  ])("%s refuses a stack file linked to a file outside and leaves it unchanged", async (_, flag, argv) => {
    const before = snapshot(root);
    const r = await run("-C", proj, ...(argv as string[]));
    expect(r).toEqual({ code: 1, stdout: "", stderr: refusal(flag as string) });
    expect(snapshot(root)).toEqual(before);
  });

  it("refuses a stackConfigDir outside the project (Pulumi.yaml pointing elsewhere)", async () => {
    const other = path.join(root, "other");
    fs.mkdirSync(other);
    fs.writeFileSync(
      path.join(other, "Pulumi.yaml"),
      "name: other\nruntime: nodejs\nstackConfigDir: ../somewhere\n",
    );
    fs.cpSync(path.join(root, "somewhere", "x.yaml"), path.join(root, "somewhere", "Pulumi.x.yaml"));
    const before = snapshot(root);
    for (const argv of [
      ["scale", "x", "--task-managers", "3"],
      ["synth", "x"],
      ["diff", "x"],
    ]) {
      const r = await run("-C", other, ...argv);
      expect(r).toEqual({
        code: 1,
        stdout: "",
        stderr: [
          "Stack folder outside the project (1 problem):",
          "  - Pulumi.yaml stackConfigDir",
          '      got:     "../somewhere"',
          "      allowed: a folder inside the project, relative to Pulumi.yaml",
          "",
        ].join("\n"),
      });
    }
    expect(snapshot(root)).toEqual(before);
    fs.rmSync(other, { recursive: true });
    fs.rmSync(path.join(root, "somewhere", "Pulumi.x.yaml"));
  });

  it("scale writes the stack file through a temporary file renamed into place", () => {
    const file = path.join(proj, "stacks", "Pulumi.dev.yaml");
    fs.chmodSync(file, 0o640);
    const inode = fs.statSync(file).ino;
    writeStackText(loadProject(proj), "dev", "config: {}\n");
    expect(fs.readFileSync(file, "utf8")).toBe("config: {}\n");
    expect(fs.statSync(file).ino).not.toBe(inode);
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(path.join(proj, "stacks")).sort()).toEqual([
      "Pulumi.dev.yaml",
      "Pulumi.evil.yaml",
      "index.js",
    ]);
  });
});

describe("the last-moment check before replacing", () => {
  it("puts back what it finds in the way if synth did not write it", () => {
    const root = tmpRoot();
    const target = path.join(root, "out");
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, "KEEP"), "x\n");
    const staging = path.join(root, ".staging");
    fs.mkdirSync(staging);
    fs.writeFileSync(path.join(staging, "plan.json"), "{}\n");
    expect(() => installOutput(staging, target, { flag: "--out", given: "out" })).toThrow(
      outRefusal("out", `${target} is not empty and holds no ${OUT_MARKER}`),
    );
    expect(snapshot(root)).toEqual({
      out: "<dir>",
      "out/KEEP": "x\n",
      ".staging": "<dir>",
      ".staging/plan.json": "{}\n",
    });
  });
});

describe("helm/ never overwrites a file written in the same run", () => {
  it("refuses two releases with one name, naming both, and writes nothing", async () => {
    const plan = goldenPlan("dev");
    const release = plan.resources.find((r) => r.name === "dev-cert-manager")!;
    const twin = {
      ...release,
      urn: release.urn.replace("::dev-cert-manager", "::other-cert-manager"),
      name: "other-cert-manager",
    };
    plan.resources.push(twin);
    const root = tmpRoot();
    const out = path.join(root, "out");
    await expect(writePlan(plan, out, { flag: "--out" })).rejects.toThrow(
      [
        "Two Helm releases would write one file (1 problem):",
        "  - helm/cert-manager.yaml",
        '      got:     "cert-manager"',
        "      allowed: one Helm release per file name",
        `      hint:    written for ${release.urn} and for ${twin.urn}`,
      ].join("\n"),
    );
    expect(fs.readdirSync(root)).toEqual([]);
  });
});

/** What one synth of the stack's reviewed golden plan writes (the plan synth produces, per test/plan). */
async function reference(stack: string): Promise<Record<string, string>> {
  const dir = path.join(tmpRoot(), stack);
  await writePlan(goldenPlan(stack), dir);
  return snapshot(dir);
}

function spawnAsync(args: string[], cwd = projectRoot): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

const stacks = ["dev", "oss-prod", "staging", "cloud-dev"];

describe("concurrent synths into one folder never mix", () => {
  it("four writers started together leave exactly one stack's whole output and no temporary folders", async () => {
    const refs = Object.fromEntries(await Promise.all(stacks.map(async (s) => [s, await reference(s)])));
    const root = tmpRoot();
    const out = path.join(root, "shared");
    const sync = tmpRoot();
    const go = path.join(sync, "go");
    // Each writer is the CLI's last step (writePlan of a synthesized plan), bundled so the four start in
    // milliseconds and wait at a barrier: their writes overlap, as four synths finishing together do.
    const writer = path.join(sync, "write-plan.js");
    buildSync({
      entryPoints: [path.join(projectRoot, "lib", "plan", "write.ts")],
      bundle: true,
      platform: "node",
      format: "cjs",
      outfile: writer,
      logLevel: "silent",
    });
    const script = path.join(sync, "writer.js");
    fs.writeFileSync(
      script,
      `const fs = require("node:fs");
const path = require("node:path");
const { writePlan } = require(${JSON.stringify(writer)});
const [plan, out, go] = process.argv.slice(2);
const p = JSON.parse(fs.readFileSync(plan, "utf8"));
fs.writeFileSync(path.join(path.dirname(go), "ready-" + process.pid), "");
const nap = new Int32Array(new SharedArrayBuffer(4));
while (!fs.existsSync(go)) Atomics.wait(nap, 0, 0, 1);
writePlan(p, out, { flag: "--out" }).then(
  () => process.exit(0),
  (e) => { console.error(e.message); process.exit(1); },
);
`,
    );
    const ready = () => fs.readdirSync(sync).filter((f) => f.startsWith("ready-"));
    for (let round = 0; round < 3; round++) {
      const runs = stacks.map((s) =>
        spawnAsync([script, path.join(projectRoot, "test", "plan", "golden", `${s}.plan.json`), out, go]),
      );
      while (ready().length < stacks.length) await new Promise((r) => setTimeout(r, 5));
      fs.writeFileSync(go, "");
      const results = await Promise.all(runs);
      fs.rmSync(go);
      for (const f of ready()) fs.rmSync(path.join(sync, f));
      for (const r of results) {
        if (r.status !== 0) expect(r.stderr).toMatch(/^another synth kept replacing /);
      }
      expect(results.some((r) => r.status === 0)).toBe(true);
      const marker = JSON.parse(fs.readFileSync(path.join(out, OUT_MARKER), "utf8")) as { stack: string };
      expect(snapshot(out)).toEqual(refs[marker.stack]);
      expect(fs.readdirSync(root)).toEqual(["shared"]);
    }
  });

  it("the CLI replaces an earlier synth output whole (no stale file, no temporary folder)", async () => {
    const root = tmpRoot();
    const out = path.join(root, "shared");
    await writePlan(goldenPlan("oss-prod"), out);
    const again = spawnSync(process.execPath, [cliBin, "synth", "dev", "--out", out], {
      cwd: projectRoot,
      encoding: "utf8",
    });
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    expect(snapshot(out)).toEqual(await reference("dev"));
    expect(fs.readdirSync(root)).toEqual(["shared"]);
  });
});
