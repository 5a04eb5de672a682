import * as z from "zod";
import { ConfigError, ConfigProblem } from "./errors";
import { cpHintFor } from "./cp";
import { configNamespace, hintFor } from "./schema";

type Issue = z.core.$ZodIssue & { input?: unknown };

/** Renders a zod path as `a.b[2].c`. */
export function renderPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

/** Finds the object schema at a path (through defaults, optionals, pipes and arrays). */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  const unwrap = (s: z.ZodType): z.ZodType => {
    let cur = s;
    for (let i = 0; i < 10; i++) {
      const def = (cur as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
      if (def.innerType) cur = def.innerType as z.ZodType;
      else if (def.type === "pipe") cur = def.in as z.ZodType;
      else break;
    }
    return cur;
  };
  for (const seg of path) {
    if (!current) return undefined;
    current = unwrap(current);
    if (current instanceof z.ZodObject) current = current.shape[String(seg)] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return undefined;
  }
  return current ? unwrap(current) : undefined;
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/** Closest known key for a typo, if it is close enough to be a likely typo. */
export function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestScore) [best, bestScore] = [k, d];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

/** Message to use for built-in zod checks that carry no schema-level message. */
function allowedFor(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `a value of type ${issue.expected}`;
    case "invalid_value":
      return `one of ${issue.values.map((v) => String(v)).join(", ")}`;
    case "too_small":
      return `at least ${String(issue.minimum)}`;
    case "too_big":
      return `at most ${String(issue.maximum)}`;
    default:
      return "a valid value";
  }
}

/**
 * Converts zod issues to problems with full key paths, seen values, allowed
 * values and hints. `prefix` is prepended to paths (e.g. `flink-platform:`).
 */
export function problemsFromZod(
  schema: z.ZodType,
  input: unknown,
  issues: readonly Issue[],
  prefix = "",
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      const objectSchema = schemaAt(schema, issue.path);
      const known = objectSchema instanceof z.ZodObject ? Object.keys(objectSchema.shape) : [];
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const suggestion = closest(key, known);
        problems.push({
          path: prefix + renderPath(path),
          got: valueAt(input, path),
          allowed: known.length > 0 ? `a known key: ${known.join(", ")}` : "no extra keys",
          hint: suggestion
            ? `unknown key (typo?): did you mean "${suggestion}"?`
            : "unknown keys are rejected so that typos are not silently ignored.",
        });
      }
      continue;
    }
    const got = "input" in issue ? issue.input : valueAt(input, issue.path);
    const dotted = renderPath(issue.path);
    problems.push({
      path: prefix + dotted,
      got,
      allowed:
        got === undefined && issue.code === "invalid_type" ? `required: ${issue.message}` : issue.message,
      hint: hintFor(dotted) ?? cpHintFor(dotted),
    });
  }
  return problems;
}

/**
 * Validates `input` against `schema`, collecting every problem into one
 * ConfigError. Used for stack config and for component args alike.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: { prefix?: string; title?: string } = {},
): z.output<S> {
  // jitless: zod would compile an eval'd fast path for every object schema on
  // its first parse. Config and component args are each validated once per
  // process, so that compilation costs more than it could save (about half of
  // a stack config's validation).
  const result = schema.safeParse(input, { reportInput: true, error: allowedFor, jitless: true });
  if (result.success) return result.data;
  throw new ConfigError(
    problemsFromZod(schema, input, result.error.issues as Issue[], options.prefix),
    options.title,
  );
}

/**
 * Turns Pulumi's flat config map (`"flink-platform:storage" -> JSON string`)
 * into the object the schema validates. Keys of other namespaces (providers'
 * own settings such as `kubernetes:context`) are left alone.
 */
export function projectConfigObject(all: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const prefix = `${configNamespace}:`;
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(prefix)) continue;
    out[key.slice(prefix.length)] = parseConfigValue(raw);
  }
  return out;
}

/** Pulumi passes structured values as JSON text and scalars as plain text. */
export function parseConfigValue(raw: string): unknown {
  const trimmed = raw.trim();
  if (/^[[{]/.test(trimmed) || trimmed === "true" || trimmed === "false" || /^-?\d+(\.\d+)?$/.test(trimmed)) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return raw;
    }
  }
  return raw;
}
