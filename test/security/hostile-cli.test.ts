import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../lib/cli";
import { runCli, snapshot, type CliRun as Run } from "../support/cli";
import { plainSecretRefusal } from "../support/messages";
import { scratchProject, shippedStack } from "../support/project";
import { cliBin, projectRoot } from "../support/synth";
import { tempDir } from "../support/temp-dirs";

/**
 * Issue 13's corpus: hostile input through the CLI entry `main(argv)`, in
 * this process (no child process but the one test that compares `check`
 * with a real synth). Every case must exit 1 with ONE message that names
 * the key or flag (one ConfigError block, or one `error:` line followed by
 * the command's usage), no stack trace, stdout empty, no secret value
 * printed, and the scratch project's files exactly as they were (no out
 * folder either).
 */

const shipped = shippedStack;

/**
 * `<root>/proj`: this repo's Pulumi.yaml, stacks/sql and the given stack
 * files (`stacks/Pulumi.<name>.yaml`). No program: nothing here runs one.
 */
function scratch(stacks: Record<string, string>): { root: string; proj: string } {
  const root = tempDir("flink-platform-hostile-cli-");
  const proj = scratchProject(path.join(root, "proj"), stacks, { program: false, sql: true });
  return { root, proj };
}

/** The CLI in this process with the given cwd (test/support/cli.ts). */
const run = (cwd: string, ...args: string[]) => runCli(args, cwd);

describe("check, scale and estimate --apply validate as synth does", () => {
  const token = "CANARY-token-7f3a9c";
  const staging = shipped("staging").replace(
    "  flink-platform:cmfToken:\n    secure: v1:REPLACE-WITH-pulumi-config-set-secret\n",
    `  flink-platform:cmfToken: ${token}\n`,
  );
  const { root, proj } = scratch({ dev: shipped("dev"), staging, "staging-ok": shipped("staging") });
  const plainToken = plainSecretRefusal("cmfToken");

  it("estimate --apply refuses a stack with a plain-text secret and writes nothing", async () => {
    const before = snapshot(root);
    const r = await run(
      proj,
      "estimate",
      "--records-per-second",
      "100",
      "--record-bytes",
      "100",
      "--pool",
      "sql",
      "--apply",
      "staging",
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(plainToken);
    expect(snapshot(root)).toEqual(before);
  });

  it("scale refuses a stack with a plain-text secret before any synth, writing nothing", async () => {
    const before = snapshot(root);
    const r = await run(proj, "scale", "staging", "--pool", "sql", "--task-managers", "2");
    expect(r).toEqual({ code: 1, stdout: "", stderr: plainToken });
    expect(snapshot(root)).toEqual(before);
  });

  const unknown = (flag: string) =>
    [
      "Unknown stack (1 problem):",
      `  - ${flag}`,
      '      got:     "nope"',
      "      allowed: one of dev, staging, staging-ok",
      "      hint:    no file stacks/Pulumi.nope.yaml",
      "",
    ].join("\n");

  it("scale and estimate --apply on a missing stack say Unknown stack, as synth does", async () => {
    const before = snapshot(root);
    expect(await run(proj, "synth", "nope")).toEqual({ code: 1, stdout: "", stderr: unknown("<stack>") });
    expect(await run(proj, "scale", "nope", "--task-managers", "2")).toEqual({
      code: 1,
      stdout: "",
      stderr: unknown("<stack>"),
    });
    expect(
      await run(proj, "estimate", "--records-per-second", "100", "--record-bytes", "100", "--apply", "nope"),
    ).toEqual({ code: 1, stdout: "", stderr: unknown("--apply") });
    expect(snapshot(root)).toEqual(before);
  });
});

// ---------------------------------------------------------------------------
// The corpus

/** A hostile invocation and the keys or flags its one message names, in order. */
interface Case {
  /** Test title. */
  readonly title: string;
  readonly args: readonly string[];
  /** Problem paths of the ConfigError block (`  - <path>` lines), or the flag an `error:` line names. */
  readonly names: readonly string[];
  /** A secret value given in the case: it must appear nowhere in the output. */
  readonly canary?: string;
  /** A line the message must hold (e.g. the value seen, as shown). */
  readonly shows?: string;
}

type Config = Record<string, unknown>;

/** A stack file: `base`'s config (a shipped stack), changed by `edit`, written back as YAML. */
function variant(base: string, edit: (config: Config) => void): string {
  const doc = parse(shipped(base)) as { config: Config };
  edit(doc.config);
  return stringify(doc);
}

const key = (k: string) => `flink-platform:${k}`;

/** Asserts the refusal shape every case shares (see the file comment). */
function expectOneRefusal(r: Run, c: Case): void {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
  if (c.canary !== undefined) expect(`${r.stdout}${r.stderr}`).not.toContain(c.canary);
  if (c.shows !== undefined) expect(r.stderr.split("\n")).toContain(c.shows);
  const lines = r.stderr.split("\n");
  expect(lines.at(-1)).toBe("");
  if (lines[0].startsWith("error: ")) {
    // commander's one-line error, then the usage of the command (showHelpAfterError).
    expect(lines.filter((l) => l.startsWith("error:"))).toEqual([lines[0]]);
    expect(c.names).toHaveLength(1);
    expect(lines[0]).toContain(c.names[0]);
    if (lines.length > 2) {
      const command = buildProgram().commands.find((cmd) => cmd.name() === c.args[0])!;
      expect(r.stderr).toBe(`${lines[0]}\n\n${command.helpInformation({ error: true })}`);
    }
    return;
  }
  const count = c.names.length;
  expect(lines[0]).toMatch(new RegExp(`^[A-Z][^\\n]* \\(${count} problems?\\):$`));
  expect(lines.filter((l) => l.startsWith("  - "))).toEqual(c.names.map((n) => `  - ${n}`));
  // Nothing but the header, the problem lines and their indented details: one block.
  expect(lines.slice(1, -1).every((l) => l.startsWith("  - ") || l.startsWith("      "))).toBe(true);
}

type Fixture = { root: string; proj: string };

/** Runs every case with the project as cwd, each against an unchanged snapshot of the fixture's root. */
function corpus(title: string, fixture: () => Fixture, cases: (f: Fixture) => readonly Case[]): void {
  describe(title, () => {
    const f = fixture();
    const { root, proj } = f;
    const before = snapshot(root);
    it.each(cases(f).map((c) => [c.title, c] as const))("%s", async (_title, c) => {
      const r = await run(proj, ...c.args);
      expectOneRefusal(r, c);
      expect(snapshot(root)).toEqual(before);
    });
  });
}

// CLI flags: numbers, choices, missing values and output folders.

const estimateArgs = (...extra: string[]) => [
  "estimate",
  "--records-per-second",
  "1000",
  "--record-bytes",
  "100",
  ...extra,
];

/** The project for flag cases: shipped stacks, and folders an `--out` must not touch. */
function flagProject(): Fixture {
  const f = scratch({ dev: shipped("dev"), "cloud-dev": shipped("cloud-dev") });
  fs.writeFileSync(path.join(f.root, "notes.txt"), "mine\n");
  fs.mkdirSync(path.join(f.root, "full"));
  fs.writeFileSync(path.join(f.root, "full", "KEEP"), "x\n");
  fs.mkdirSync(path.join(f.root, "forged"));
  fs.writeFileSync(path.join(f.root, "forged", ".flink-platform-synth"), '{"tool":"flink-platform"}');
  fs.writeFileSync(path.join(f.root, "forged", "Pulumi.yaml"), "name: x\n");
  fs.mkdirSync(path.join(f.root, "elsewhere"));
  fs.symlinkSync(path.join(f.root, "elsewhere"), path.join(f.root, "link"));
  return f;
}

const flagCases = ({ root }: Fixture): Case[] => [
  ...[
    ["0", "--task-managers"],
    ["1.5", "--task-managers"],
    ["many", "--task-managers"],
  ].map(([v, flag]): Case => ({
    title: `scale ${flag} ${v}`,
    args: ["scale", "dev", flag, v],
    names: [flag],
  })),
  { title: "scale --slots -1", args: ["scale", "dev", "--slots=-1"], names: ["--slots"] },
  { title: "scale --tm-cpu 0", args: ["scale", "dev", "--tm-cpu", "0"], names: ["--tm-cpu"] },
  { title: "scale --tm-cpu NaN", args: ["scale", "dev", "--tm-cpu", "NaN"], names: ["--tm-cpu"] },
  { title: "scale --tm-memory 4G", args: ["scale", "dev", "--tm-memory", "4G"], names: ["--tm-memory"] },
  { title: "scale --size XL", args: ["scale", "dev", "--size", "XL"], names: ["--size"] },
  {
    title: "scale --max-cfu on an oss stack",
    args: ["scale", "dev", "--max-cfu", "10"],
    names: ["--max-cfu"],
  },
  {
    title: "scale --task-managers on a cloud stack",
    args: ["scale", "cloud-dev", "--task-managers", "2"],
    names: ["--task-managers"],
  },
  { title: "scale --max-cfu abc", args: ["scale", "cloud-dev", "--max-cfu", "abc"], names: ["--max-cfu"] },
  { title: "scale --max-cfu 7", args: ["scale", "cloud-dev", "--max-cfu", "7"], names: ["--max-cfu"] },
  { title: "scale with no change", args: ["scale", "dev"], names: ["<flags>"] },
  {
    title: "scale --pool unknown",
    args: ["scale", "dev", "--pool", "nope", "--slots", "2"],
    names: ["--pool"],
  },
  { title: "scale --bogus (unknown option)", args: ["scale", "dev", "--bogus", "1"], names: ["--bogus"] },
  {
    title: "estimate --records-per-second abc",
    args: ["estimate", "--records-per-second", "abc", "--record-bytes", "1"],
    names: ["--records-per-second"],
  },
  {
    title: "estimate --records-per-second Infinity",
    args: ["estimate", "--records-per-second", "Infinity", "--record-bytes", "1"],
    names: ["--records-per-second"],
    shows: '      got:     "Infinity"',
  },
  {
    title: "estimate --records-per-second -5",
    args: ["estimate", "--records-per-second=-5", "--record-bytes", "1"],
    names: ["--records-per-second"],
  },
  {
    title: "estimate --record-bytes 0",
    args: ["estimate", "--records-per-second", "1", "--record-bytes", "0"],
    names: ["--record-bytes"],
  },
  {
    title: "estimate --record-bytes 1e12",
    args: ["estimate", "--records-per-second", "1", "--record-bytes", "1e12"],
    names: ["--record-bytes"],
  },
  { title: "estimate --jobs 0", args: estimateArgs("--jobs", "0"), names: ["--jobs"] },
  { title: "estimate --jobs 1.5", args: estimateArgs("--jobs", "1.5"), names: ["--jobs"] },
  { title: "estimate --latency-ms -1", args: estimateArgs("--latency-ms=-1"), names: ["--latency-ms"] },
  {
    title: "estimate --latency-ms soon",
    args: estimateArgs("--latency-ms", "soon"),
    names: ["--latency-ms"],
  },
  { title: "estimate --mix simple=x", args: estimateArgs("--mix", "simple=x"), names: ["--mix"] },
  { title: "estimate --mix bogus=1", args: estimateArgs("--mix", "bogus=1"), names: ["--mix"] },
  { title: "estimate --mix simple=0", args: estimateArgs("--mix", "simple=0"), names: ["--mix"] },
  {
    title: "estimate without --record-bytes",
    args: ["estimate", "--records-per-second", "1"],
    names: ["--record-bytes"],
  },
  { title: "diff --format xml", args: ["diff", "dev", "--format", "xml"], names: ["--format"] },
  { title: "synth --out without a value", args: ["synth", "dev", "--out"], names: ["--out"] },
  ...[
    ["a file", path.join(root, "notes.txt")],
    ["a folder under a file", path.join(root, "notes.txt", "out")],
    ["a non-empty folder", path.join(root, "full")],
    ["a folder with a forged marker and Pulumi.yaml", path.join(root, "forged")],
    ["a symbolic link", path.join(root, "link")],
    ["the project folder (.)", "."],
    ["the project folder (absolute)", path.join(root, "proj")],
    ["the folder above the project", ".."],
    ["the filesystem root", "/"],
    ["the stacks folder", "stacks"],
    ["an empty value", ""],
  ].map(([what, out]): Case => ({
    title: `synth --out ${what}`,
    args: ["synth", "dev", "--out", out],
    names: ["--out"],
  })),
];

corpus("hostile CLI flags", flagProject, flagCases);

// Stack names, for every command that takes one.

const badStackNames: readonly [string, string][] = [
  ["a traversal", "../../somewhere/x"],
  ["a slash", "a/b"],
  ["a backslash", "a\\b"],
  ["empty", ""],
  ["101 characters", "s".repeat(101)],
  ["unicode", "dév"],
  ["a dot", "."],
  ["two dots", ".."],
  ["an absolute path", "/etc/passwd"],
  ["a trailing newline", "dev\n"],
  ["a space", "dev prod"],
];

const stackCommands: readonly [string, (stack: string) => string[], string][] = [
  ["check", (s) => ["check", s], "<stack>"],
  ["synth", (s) => ["synth", s], "<stack>"],
  ["scale", (s) => ["scale", s, "--task-managers", "2"], "<stack>"],
  ["diff", (s) => ["diff", s], "<stack>"],
  ["graph", (s) => ["graph", s], "<stack>"],
  ["settings", (s) => ["settings", s], "<stack>"],
  ["estimate --apply", (s) => estimateArgs("--apply", s), "--apply"],
  ["advise", (s) => ["advise", s, "--prometheus", "http://127.0.0.1:1"], "<stack>"],
];

corpus(
  "hostile stack names, in every command",
  () => scratch({ dev: shipped("dev") }),
  () =>
    stackCommands.flatMap(([command, args, flag]) => [
      ...badStackNames.map(([what, name]): Case => ({
        title: `${command}: ${what}`,
        args: args(name),
        names: [flag],
      })),
      { title: `${command}: a stack that does not exist`, args: args("nope"), names: [flag] },
    ]),
);

// Stack files, through `check` (what synth, scale, diff and estimate --apply read the same way).

/** A stack config case: the stack file it writes and the keys its message names. */
interface ConfigCase {
  readonly title: string;
  readonly text: string;
  readonly names: readonly string[];
  readonly canary?: string;
  readonly shows?: string;
}

const canary = (label: string) => `CANARY-${label}-9b1e4d`;

const statementCases: ConfigCase[] = [
  ["an absolute path", "/etc/passwd"],
  ["a path out of the project", "../../../etc/passwd"],
  ["/dev/zero", "/dev/zero"],
  ["/proc/self/environ", "/proc/self/environ"],
  ["a link to /etc/passwd", "stacks/sql/passwd.sql"],
  ["a folder", "stacks/sql/dir.sql"],
  ["a missing file", "stacks/sql/missing.sql"],
  ["another extension", "stacks/sql/notes.txt"],
].map(([what, file]) => ({
  title: `statement file: ${what}`,
  text: variant("cloud-dev", (c) => {
    (c[key("cloud")] as { statements: { file: string }[] }).statements[0].file = file;
  }),
  names: [key("cloud.statements[0].file")],
  canary: "CANARY-sql-content",
}));

const bomb = [
  "config:",
  "  flink-platform:environment:",
  "    name: dev",
  '  other:a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...["b", "c", "d", "e", "f", "g", "h", "i"].map(
    (n, i) => `  other:${n}: &${n} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(",")}]`,
  ),
  "",
].join("\n");

const yamlCases: ConfigCase[] = [
  {
    title: "YAML: an alias bomb under another namespace",
    text: bomb,
    names: ["stacks/Pulumi.y-bomb.yaml:9:19"],
  },
  {
    title: "YAML: a duplicate key",
    text: `${shipped("dev")}  flink-platform:size: M\n`,
    names: ["stacks/Pulumi.y-dup.yaml:26:3"],
  },
  {
    title: "YAML: an unknown tag",
    text: shipped("dev").replace("flink-platform:size: S", 'flink-platform:size: !js/function "S"'),
    names: ["stacks/Pulumi.y-tag.yaml:6:24"],
  },
  {
    title: "YAML: a raw control character",
    text: shipped("dev").replace("name: dev", "name: dev\u001b[2J"),
    names: ["stacks/Pulumi.y-ctrl.yaml:5:14"],
  },
  {
    title: "YAML: a second document",
    text: `${shipped("dev")}---\nconfig:\n  flink-platform:size: L\n`,
    names: ["stacks/Pulumi.y-doc2.yaml:26:1"],
  },
  {
    title: "YAML: a syntax error",
    text: shipped("dev").replace("flink:\n      - flink", "flink: [flink"),
    names: ["stacks/Pulumi.y-syntax.yaml:10:3"],
  },
];

type Pools = { name: string; slots?: number }[];
const app = (name: string) => ({ name, jarURI: "local:///opt/flink/usrlib/job.jar", parallelism: 1 });

const nameCases: ConfigCase[] = [
  {
    title: "names: a pool name of 63 characters",
    text: variant("dev", (c) => void ((c[key("pools")] as Pools)[0].name = "p".repeat(63))),
    names: [key("pools[0].name")],
  },
  {
    title: "names: a pool name with capitals",
    text: variant("dev", (c) => void ((c[key("pools")] as Pools)[0].name = "Default")),
    names: [key("pools[0].name")],
  },
  {
    title: "names: two pools with one name",
    text: variant("dev", (c) => void (c[key("pools")] as Pools).push({ name: "default" })),
    // The pool rule and the identity rule both refuse it (one block, one key).
    names: [key("pools[1].name"), key("pools[1].name")],
  },
  {
    title: "names: an application name of 64 characters",
    text: variant("dev", (c) => void (c[key("applications")] = [app("a".repeat(64))])),
    names: [key("applications[0].name")],
  },
  {
    title: "names: an application named like the smoke test",
    text: variant("dev", (c) => void (c[key("applications")] = [app("flink-smoke-test")])),
    names: [key("applications[0].name")],
  },
  {
    title: "names: an application named like a pool",
    text: variant("dev", (c) => void (c[key("applications")] = [app("default")])),
    names: [key("applications[0].name")],
  },
  {
    title: "names: two applications with one name",
    text: variant("dev", (c) => void (c[key("applications")] = [app("etl"), app("etl")])),
    names: [key("applications[1].name")],
  },
  {
    title: "names: the operator namespace is a Flink namespace",
    text: variant("dev", (c) => void ((c[key("namespaces")] as Config).operator = "flink")),
    names: [key("namespaces.flink[0]")],
  },
  {
    title: "names: a Flink namespace with an underscore",
    text: variant("dev", (c) => void ((c[key("namespaces")] as Config).flink = ["flink_jobs"])),
    names: [key("namespaces.flink[0]")],
  },
  {
    title: "names: an environment name of 64 characters",
    text: variant("dev", (c) => void (c[key("environment")] = { name: "e".repeat(64), tier: "dev" })),
    names: [key("environment.name")],
  },
  {
    title: "names: an environment name with an underscore",
    text: variant("dev", (c) => void (c[key("environment")] = { name: "dev_1", tier: "dev" })),
    names: [key("environment.name")],
  },
];

/** `base` with `secretKey` in plain text (replacing its `secure:` value, or added). */
const plainSecret = (base: string, secretKey: string, value: unknown, edit?: (c: Config) => void) =>
  variant(base, (c) => {
    c[key(secretKey)] = value;
    edit?.(c);
  });

const kafkaPartner: Record<string, string | undefined> = {
  kafkaApiKey: "kafkaApiSecret",
  kafkaApiSecret: "kafkaApiKey",
};

const secretCases: ConfigCase[] = [
  ...[
    ["staging", "cmfToken"],
    ["prod", "cmfClientCert"],
    ["prod", "cmfClientKey"],
    ["prod", "cmfKeystorePassword"],
    ["prod", "cmfTruststorePassword"],
    ["cloud-dev", "confluentCloudApiKey"],
    ["cloud-dev", "confluentCloudApiSecret"],
    ["cloud-dev", "kafkaApiKey"],
    ["cloud-dev", "kafkaApiSecret"],
  ].map(([base, secretKey]) => ({
    title: `secrets: ${secretKey} in plain text`,
    // The Kafka key and secret come as a pair (the pair's own rule): the partner stays a proper secret.
    text: plainSecret(base, secretKey, canary(secretKey), (c) => {
      const partner = kafkaPartner[secretKey];
      if (partner !== undefined) c[key(partner)] = { secure: "v1:AAAA" };
    }),
    names: [key(secretKey)],
    canary: canary(secretKey),
    shows: "      got:     (secret, not shown)",
  })),
  {
    title: "secrets: a secret value under a typo of cmfToken",
    text: plainSecret("staging", "cmfTokn", canary("typo")),
    names: [key("cmfTokn")],
    canary: canary("typo"),
  },
  {
    title: "secrets: a secret value under a typo of confluentCloudApiSecret",
    text: plainSecret("cloud-dev", "confluentCloudApiScret", canary("typo2")),
    names: [key("confluentCloudApiScret")],
    canary: canary("typo2"),
  },
  {
    title: "secrets: cmfToken as a map",
    text: plainSecret("staging", "cmfToken", { value: canary("map") }),
    names: [key("cmfToken"), key("cmfToken")],
    canary: canary("map"),
  },
  {
    title: "secrets: confluentCloudApiSecret as a list",
    text: plainSecret("cloud-dev", "confluentCloudApiSecret", [canary("list")]),
    names: [key("confluentCloudApiSecret"), key("confluentCloudApiSecret")],
    canary: canary("list"),
  },
  ...["s3.secret-key", "fs.s3a.secret.key", "security.ssl.keystore-password", "rest.auth.token"].map(
    (option) => ({
      title: `secrets: ${option} in flink.configuration`,
      text: variant("dev", (c) => void (c[key("flink")] = { configuration: { [option]: canary(option) } })),
      names: [key(`flink.configuration.${option}`)],
      canary: canary(option),
    }),
  ),
  {
    title: "secrets: s3.secret-key in an application's configuration",
    text: variant(
      "dev",
      (c) =>
        void (c[key("applications")] = [
          { ...app("etl"), configuration: { "s3.secret-key": canary("app-conf") } },
        ]),
    ),
    names: [key("applications[0].configuration.s3.secret-key")],
    canary: canary("app-conf"),
  },
];

type Cmf = { chartRepository?: string; endpoint?: string; authentication: { config: Config } };
const cmf = (c: Config) => c[key("cmf")] as Cmf;

const urlCases: ConfigCase[] = [
  ...[
    "file:///etc/helm",
    "javascript:alert(1)",
    "ftp://mirror.example.com/charts",
    `https://u:${canary("url")}@charts.example.com`,
  ].map((url) => ({
    title: `URLs: operator.chartRepository ${url.replace(canary("url"), "<password>")}`,
    text: variant("dev", (c) => void ((c[key("operator")] as Config).chartRepository = url)),
    names: [key("operator.chartRepository")],
    canary: canary("url"),
  })),
  ...["file:///tmp/charts", "ftp://mirror.example.com/cmf"].map((url) => ({
    title: `URLs: cmf.chartRepository ${url}`,
    text: variant("staging", (c) => void (cmf(c).chartRepository = url)),
    names: [key("cmf.chartRepository")],
  })),
  {
    title: "URLs: a JWKS URL over http",
    text: variant(
      "staging",
      (c) =>
        void (cmf(c).authentication.config["oauthbearer.jwks.endpoint.url"] =
          "http://idp.example.com/realms/flink/protocol/openid-connect/certs"),
    ),
    names: [key("cmf.authentication.config.oauthbearer.jwks.endpoint.url")],
  },
  {
    title: "URLs: an issuer URL over http",
    text: variant(
      "staging",
      (c) =>
        void (cmf(c).authentication.config["oauthbearer.expected.issuer"] =
          "http://idp.example.com/realms/flink"),
    ),
    names: [key("cmf.authentication.config.oauthbearer.expected.issuer")],
  },
  {
    title: "URLs: oauth with an http cmf.endpoint on a remote host",
    text: variant("staging", (c) => void (cmf(c).endpoint = "http://cmf.staging.example.com")),
    names: [key("cmf.endpoint")],
  },
  {
    title: "URLs: mtls with an http cmf.endpoint",
    text: variant("prod", (c) => void (cmf(c).endpoint = "http://cmf.prod.example.com")),
    names: [key("cmf.endpoint")],
  },
  {
    title: "URLs: a javascript: cmf.endpoint",
    text: variant("staging", (c) => void (cmf(c).endpoint = "javascript:alert(1)")),
    names: [key("cmf.endpoint")],
  },
  {
    title: "URLs: a file: S3 endpoint",
    text: variant(
      "oss-prod",
      (c) => void (((c[key("storage")] as Config).s3 as Config).endpoint = "file:///var/run/secrets"),
    ),
    names: [key("storage.s3.endpoint")],
  },
];

const namespaceCases: ConfigCase[] = [
  "flink-platfrom",
  "flink_platform",
  "flinkplatform",
  "Flink-Platform",
  "FLINK-PLATFORM",
  "flink-platforms",
  "flink-platfor",
  "fink-platform",
  "flink.platform",
  "flnk-platform",
  "flink-pltform",
].map((ns) => ({
  title: `namespace typo: ${ns}:smokeTest`,
  text: variant("dev", (c) => void (c[`${ns}:smokeTest`] = { enabled: false })),
  names: [`${ns}:smokeTest`],
}));

const configCases: readonly [string, ConfigCase[]][] = [
  ["st", statementCases],
  ["y", yamlCases],
  ["n", nameCases],
  ["s", secretCases],
  ["u", urlCases],
  ["ns", namespaceCases],
];

/** Stack name of each config case: `<group>-<n>`, except YAML cases, whose message names their file. */
const stackOf = (group: string, i: number, c: ConfigCase) =>
  /^stacks\/Pulumi\.(.+)\.yaml:\d+:\d+$/.exec(c.names[0])?.[1] ?? `${group}-${i}`;

function configProject(): Fixture {
  const stacks: Record<string, string> = {};
  for (const [group, cases] of configCases) {
    cases.forEach((c, i) => (stacks[stackOf(group, i, c)] = c.text));
  }
  const f = scratch(stacks);
  const sql = path.join(f.proj, "stacks", "sql");
  fs.symlinkSync("/etc/passwd", path.join(sql, "passwd.sql"));
  fs.mkdirSync(path.join(sql, "dir.sql"));
  fs.writeFileSync(path.join(sql, "notes.txt"), "CANARY-sql-content\n");
  return f;
}

corpus("hostile stack files, through check", configProject, () =>
  configCases.flatMap(([group, cases]) =>
    cases.map((c, i): Case => ({
      title: c.title,
      args: ["check", stackOf(group, i, c)],
      names: c.names,
      canary: c.canary,
      shows: c.shows,
    })),
  ),
);

describe("check accepts what synth accepts, and prints its guardrail warnings", () => {
  const { root, proj } = scratch({
    dev: shipped("dev"),
    "cloud-dev": shipped("cloud-dev"),
    prod: shipped("prod"),
    "dev-warn": variant("dev", (c) => void ((c[key("pools")] as Pools)[0] = { name: "default", slots: 2 })),
  });
  const before = snapshot(root);

  it("says ok for valid oss, cp and cloud stacks, writing nothing", async () => {
    for (const stack of ["dev", "prod", "cloud-dev"]) {
      expect(await run(proj, "check", stack)).toEqual({ code: 0, stdout: `ok: ${stack}\n`, stderr: "" });
    }
    expect(snapshot(root)).toEqual(before);
  });

  it("prints a guardrail warning on stderr and still exits 0", async () => {
    expect(await run(proj, "check", "dev-warn")).toEqual({
      code: 0,
      stdout: "ok: dev-warn\n",
      stderr:
        "warning: pool default: 1 CPU for 2 slots per TaskManager (at least one CPU per busy slot is recommended; set allowCpuBelowSlots to silence)\n",
    });
    expect(snapshot(root)).toEqual(before);
  });
});

/**
 * Makes `proj` run this repo's stack program: the bundle `npm run build`
 * writes (kept fresh by the tests' global setup, as synth itself picks it),
 * from a plain .js entry so the child loads no TypeScript hook.
 */
function useRepoProgram(proj: string): void {
  const stacks = path.join(proj, "stacks");
  const bundle = JSON.stringify(path.join(projectRoot, "dist", "stacks", "index.js"));
  fs.writeFileSync(path.join(stacks, "index.js"), `module.exports = require(${bundle});\n`);
  const pulumiYaml = path.join(proj, "Pulumi.yaml");
  const text = fs.readFileSync(pulumiYaml, "utf8");
  if (!text.includes("main: stacks/index.ts\n"))
    throw new Error("Pulumi.yaml: expected main: stacks/index.ts");
  fs.writeFileSync(pulumiYaml, text.replace("main: stacks/index.ts\n", "main: stacks/index.js\n"));
}

function spawnCli(cwd: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliBin, ...args], { cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe("check and the real synth refuse with the same message", () => {
  const stacks = {
    "plain-secret": plainSecret("staging", "cmfToken", canary("agree")),
    "namespace-typo": variant("dev", (c) => void (c["flink-platfrom:smokeTest"] = { enabled: false })),
    collision: variant("dev", (c) => void (c[key("applications")] = [app("flink-smoke-test")])),
    "statement-link": variant("cloud-dev", (c) => {
      (c[key("cloud")] as { statements: { file: string }[] }).statements[0].file = "stacks/sql/passwd.sql";
    }),
  };
  const { root, proj } = scratch(stacks);
  fs.symlinkSync("/etc/passwd", path.join(proj, "stacks", "sql", "passwd.sql"));
  useRepoProgram(proj);
  const before = snapshot(root);

  it("for a plain-text secret, a namespace typo, a name collision and a statement file link", async () => {
    const names = Object.keys(stacks);
    const synths = await Promise.all(names.map((stack) => spawnCli(proj, "synth", stack)));
    for (const [i, stack] of names.entries()) {
      const checked = await run(proj, "check", stack);
      expect(checked.code).toBe(1);
      expect(checked.stderr).toMatch(/^Invalid flink-platform stack configuration \(1 problem\):\n/);
      expect(synths[i]).toEqual({ code: 1, stdout: "", stderr: checked.stderr });
      expect(synths[i].stderr).not.toContain(canary("agree"));
    }
    expect(snapshot(root)).toEqual(before);
  });
});
