import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError } from "../core/errors";
import { parseYamlFile, readYamlFile, readYamlText } from "../core/yaml";
import { secretPlaceholder } from "../core/secrets";
import { containedStackFile } from "./stack-file";
import { checkStackName, isStackName } from "./stack-name";

/** What offline synth needs from `Pulumi.yaml`. */
export interface PulumiProject {
  readonly dir: string;
  readonly name: string;
  /** Program entry (file), resolved against `dir`. */
  readonly main: string;
  readonly stackConfigDir: string;
  /** Project-level config: `default`/`value` of each key. */
  readonly config: Readonly<Record<string, unknown>>;
}

/** Config of one stack as the Pulumi engine hands it to a program. */
export interface StackConfigFile {
  /** Flat map `namespace:key` -> string (JSON for structured values). */
  readonly values: Record<string, string>;
  /** Keys holding a `secure:` value, never decrypted offline. */
  readonly secretKeys: string[];
}

export function loadProject(dir: string): PulumiProject {
  const file = path.join(dir, "Pulumi.yaml");
  if (!fs.existsSync(file)) {
    throw new ConfigError(
      [{ path: "Pulumi.yaml", got: undefined, allowed: `a Pulumi project file in ${dir}` }],
      "No Pulumi project",
    );
  }
  const doc = (readYamlFile(file, "Pulumi.yaml") ?? {}) as Record<string, unknown>;
  const main = typeof doc.main === "string" ? doc.main : ".";
  let entry = path.resolve(dir, main);
  if (fs.existsSync(entry) && fs.statSync(entry).isDirectory()) {
    entry = ["index.ts", "index.js"].map((f) => path.join(entry, f)).find((f) => fs.existsSync(f)) ?? entry;
  }
  return {
    dir,
    name: String(doc.name),
    main: entry,
    stackConfigDir: path.resolve(dir, typeof doc.stackConfigDir === "string" ? doc.stackConfigDir : "."),
    config: (doc.config ?? {}) as Record<string, unknown>,
  };
}

/**
 * The path of `Pulumi.<stack>.yaml`, checked before anything reads or writes
 * it: `stack` follows Pulumi's rule (`checkStackName`), the stack folder
 * is inside the project, and the file (symbolic links resolved) is inside the
 * stack folder. Errors name `flag`. Returns the path as the project names it
 * (links kept).
 */
export function stackFile(project: PulumiProject, stack: string, flag = "<stack>"): string {
  return containedStackFile(project, checkStackName(stack, flag), flag);
}

/** Stacks that have a `Pulumi.<stack>.yaml` and a valid name, sorted. */
export function listStacks(project: PulumiProject): string[] {
  if (!fs.existsSync(project.stackConfigDir)) return [];
  return fs
    .readdirSync(project.stackConfigDir)
    .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined && isStackName(s))
    .sort();
}

function qualify(project: string, key: string): string {
  return key.includes(":") ? key : `${project}:${key}`;
}

function isSecure(v: unknown): boolean {
  return v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).join() === "secure";
}

/** Replaces `secure:` leaves with the placeholder; reports whether any was found. */
function redactSecure(v: unknown): { value: unknown; secret: boolean } {
  if (isSecure(v)) return { value: secretPlaceholder, secret: true };
  if (Array.isArray(v)) {
    const items = v.map(redactSecure);
    return { value: items.map((i) => i.value), secret: items.some((i) => i.secret) };
  }
  if (v !== null && typeof v === "object") {
    let secret = false;
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) {
      const r = redactSecure(val);
      out[k] = r.value;
      secret ||= r.secret;
    }
    return { value: out, secret };
  }
  return { value: v, secret: false };
}

function toConfigString(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v);
}

/**
 * {@link stackFile}, which must exist: otherwise one "Unknown stack"
 * ConfigError naming `flag` and listing the stacks there are. Every command
 * that reads a stack checks this first, so `scale nope` says what
 * `synth nope` says (and `estimate --apply nope` prints no patch first).
 */
export function existingStackFile(project: PulumiProject, stack: string, flag = "<stack>"): string {
  const file = stackFile(project, stack, flag);
  if (!fs.existsSync(file)) {
    const known = listStacks(project);
    throw new ConfigError(
      [
        {
          path: flag,
          got: stack,
          allowed: known.length ? `one of ${known.join(", ")}` : "a stack with a Pulumi.<stack>.yaml file",
          hint: `no file ${stackFileLabel(project, file)}`,
        },
      ],
      "Unknown stack",
    );
  }
  return file;
}

/**
 * How messages name a stack file: its path from the project folder, with `/`
 * separators (`stacks/Pulumi.dev.yaml`), so a YAML error's `file:line:column`
 * opens from the project, wherever its `stackConfigDir` is.
 */
export function stackFileLabel(project: PulumiProject, file: string): string {
  return path.relative(project.dir, file).split(path.sep).join("/");
}

/**
 * Project defaults (Pulumi.yaml `config:`) overlaid by the stack file, the
 * way the Pulumi CLI merges them. `secure:` values are never decrypted: they
 * become "[secret]" and their keys are reported as secret.
 */
export function loadStackConfig(project: PulumiProject, stack: string): StackConfigFile {
  const file = existingStackFile(project, stack);
  const label = stackFileLabel(project, file);
  return stackConfigFromText(project, readYamlText(file, label), label);
}

/**
 * The text of `Pulumi.<stack>.yaml` as every command reads it: an existing
 * ({@link existingStackFile}) regular file of at most 256 KiB, with a
 * bounded read (config/yaml.ts).
 */
export function readStackText(project: PulumiProject, stack: string, flag = "<stack>"): string {
  const file = existingStackFile(project, stack, flag);
  return readYamlText(file, stackFileLabel(project, file));
}

/** Like {@link loadStackConfig}, for the text of a stack file (e.g. an edit not yet written). */
export function stackConfigFromText(
  project: PulumiProject,
  text: string,
  file = "stack file",
): StackConfigFile {
  const values: Record<string, string> = {};
  const secretKeys = new Set<string>();
  for (const [key, decl] of Object.entries(project.config)) {
    const d = decl as Record<string, unknown> | null;
    const v = d && typeof d === "object" && !Array.isArray(d) ? (d.value ?? d.default) : decl;
    if (v !== undefined) values[qualify(project.name, key)] = toConfigString(v);
  }
  const doc = (parseYamlFile(text, file) ?? {}) as { config?: Record<string, unknown> };
  for (const [key, raw] of Object.entries(doc.config ?? {})) {
    const full = qualify(project.name, key);
    const { value, secret } = redactSecure(raw);
    values[full] = toConfigString(value);
    if (secret) secretKeys.add(full);
  }
  return { values, secretKeys: [...secretKeys].sort() };
}
