import * as z from "zod";
import { ConfigError, ConfigProblem } from "./errors";
import { configNamespace, hintFor } from "./schema";
import { hiddenSecret, redactProblem, secretConfigKeys } from "./secrets";
import { closest, editDistance } from "./similar";

export { closest } from "./similar";

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

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

/**
 * The near key of `objectSchema` that `value` would fit, for a key whose own
 * value does not fit (or which is unknown): close to `key` by edit distance
 * ({@link closest}'s rule), not set already in `siblings`, and whose schema
 * accepts the value. Needed where a typo is itself a valid key: a pool's
 * `taskManager` (an object) for `taskManagers` (a number).
 */
function nearKeyFitting(
  objectSchema: z.ZodType | undefined,
  key: string,
  value: unknown,
  siblings: unknown,
): string | undefined {
  if (!(objectSchema instanceof z.ZodObject) || value === undefined) return undefined;
  const set = siblings !== null && typeof siblings === "object" ? siblings : {};
  const candidates = Object.keys(objectSchema.shape).filter(
    (k) =>
      k !== key &&
      !Object.hasOwn(set, k) &&
      closest(key, [k]) !== undefined &&
      (objectSchema.shape[k] as z.ZodType).safeParse(value, { jitless: true }).success,
  );
  return candidates.sort((a, b) => editDistance(key, a) - editDistance(key, b))[0];
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
  hint: (path: string) => string | undefined = hintFor,
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      const objectSchema = schemaAt(schema, issue.path);
      const known = objectSchema instanceof z.ZodObject ? Object.keys(objectSchema.shape) : [];
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const suggestion =
          nearKeyFitting(objectSchema, key, valueAt(input, path), valueAt(input, issue.path)) ??
          closest(key, known);
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
    const key = issue.path.at(-1);
    const parentPath = issue.path.slice(0, -1);
    const near =
      typeof key === "string"
        ? nearKeyFitting(schemaAt(schema, parentPath), key, got, valueAt(input, parentPath))
        : undefined;
    problems.push({
      path: prefix + dotted,
      got,
      allowed:
        got === undefined && issue.code === "invalid_type" ? `required: ${issue.message}` : issue.message,
      // A rule that knows better says why itself (a statement file's refusal: what was found).
      hint:
        near !== undefined
          ? `did you mean "${near}"? the value fits ${near}`
          : ((issue.code === "custom" ? (issue.params?.hint as string | undefined) : undefined) ??
            hint(dotted)),
    });
  }
  return problems.map(redactProblem);
}

/**
 * What {@link parseOrThrow} (or {@link fromParsed}) returned, by the schema:
 * each object itself, and each object-valued key of it pointing back at it,
 * so that a shallow copy (`{ ...parsed, extra }` minus `extra`) is told too.
 */
const parsedBy = new WeakMap<object, z.ZodType>();
const parsedParts = new WeakMap<object, { schema: z.ZodType; output: object }[]>();

const isPlain = (v: unknown): v is object =>
  typeof v === "object" &&
  v !== null &&
  (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** Freezes plain objects and arrays all the way down (not class instances such as Pulumi outputs). */
function deepFreeze(value: unknown): void {
  if (!isPlain(value) || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

/**
 * Records `value` as `schema`'s output, frozen so that it stays what the
 * schema accepted. Besides {@link parseOrThrow}, only code that builds the
 * value from other parsed values calls it (a platform handing its planned
 * pools to ComputePool), so a rule does not run twice on one value.
 */
export function fromParsed<T>(schema: z.ZodType, value: T): T {
  if (!isPlain(value)) return value;
  deepFreeze(value);
  parsedBy.set(value, schema);
  for (const part of Object.values(value)) {
    if (isPlain(part)) parsedParts.set(part, [...(parsedParts.get(part) ?? []), { schema, output: value }]);
  }
  return value;
}

/** The recorded output of `schema` that `input` is, or is a shallow copy of; undefined otherwise. */
function parsedBefore(schema: z.ZodType, input: unknown): object | undefined {
  if (!isPlain(input)) return undefined;
  if (parsedBy.get(input) === schema) return input;
  const keys = Object.keys(input);
  const record = input as Record<string, unknown>;
  for (const part of Object.values(input)) {
    if (!isPlain(part)) continue;
    for (const seen of parsedParts.get(part) ?? []) {
      const output = seen.output as Record<string, unknown>;
      if (
        seen.schema === schema &&
        keys.length === Object.keys(output).length &&
        keys.every((k) => Object.hasOwn(output, k) && Object.is(record[k], output[k]))
      ) {
        return output;
      }
    }
  }
  return undefined;
}

/**
 * Validates `input` against `schema`, collecting every problem into one
 * ConfigError. Used for stack config and for component args alike. Input
 * that is already this schema's output (the stack program hands the
 * components the sections it parsed) is returned as it is: each rule runs
 * once on a value.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: {
    prefix?: string;
    title?: string;
    /** Why-hints by key path (`cmf.license.secretRef`); a target adds its own. @default the shared sections' */
    hint?: (path: string) => string | undefined;
  } = {},
): z.output<S> {
  const parsed = parsedBefore(schema, input);
  if (parsed !== undefined) return parsed as z.output<S>;
  // jitless: zod would compile an eval'd fast path for every object schema on
  // its first parse. Config and component args are each validated once per
  // process, so that compilation costs more than it could save (about half of
  // a stack config's validation).
  const result = schema.safeParse(input, { reportInput: true, error: allowedFor, jitless: true });
  if (result.success) return fromParsed(schema, result.data);
  throw new ConfigError(
    problemsFromZod(schema, input, result.error.issues as Issue[], options.prefix, options.hint),
    options.title,
  );
}

/**
 * Turns Pulumi's flat config map (`"flink-platform:storage" -> JSON string`)
 * into the object the schema validates. Keys of other namespaces (providers'
 * own settings such as `kubernetes:context`) are left alone. A secret key
 * keeps its text as set (`123456` stays a string), unless it is JSON
 * structure, which the schema then refuses.
 */
export function projectConfigObject(all: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const prefix = `${configNamespace}:`;
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    out[name] = secretConfigKeys.includes(name) && !/^\s*[[{]/.test(raw) ? raw : parseConfigValue(raw);
  }
  return out;
}

/** How Pulumi tells which config keys hold secrets (full keys, `flink-platform:cmfToken`). */
export interface ConfigMapOptions {
  /**
   * True when the key's value was set with `--secret`. Without it, plain-text
   * secret keys cannot be told apart and are not checked (the stack program
   * always passes it).
   */
  readonly isSecret?: (key: string) => boolean;
}

/** Whether a namespace is a near-miss of the project's (`flink-platfrom`, `flink_platform`, ...). */
function nearConfigNamespace(namespace: string): boolean {
  // Pulumi's namespaces are case-sensitive: `Flink-Platform:` is another namespace, so it is ignored too.
  const ns = namespace.toLowerCase();
  return (
    namespace !== configNamespace &&
    (ns.replace(/[-_.\s]/g, "") === configNamespace.replace(/-/g, "") ||
      editDistance(ns, configNamespace) <= 3)
  );
}

/**
 * Problems of Pulumi's flat config map as a whole, before the schema sees
 * the project's keys: a near-miss of the namespace (its keys would be
 * silently ignored), and secret keys given in plain text.
 */
export function configMapProblems(
  all: Readonly<Record<string, string>>,
  options: ConfigMapOptions = {},
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const [key, raw] of Object.entries(all)) {
    const colon = key.indexOf(":");
    if (colon > 0 && nearConfigNamespace(key.slice(0, colon))) {
      problems.push({
        path: key,
        got: parseConfigValue(raw),
        allowed: `a key of the ${configNamespace} namespace, or of another package's namespace (pulumi:, kubernetes:, confluentcloud:, aws:, ...)`,
        hint: `unknown namespace (typo?): did you mean "${configNamespace}:${key.slice(colon + 1)}"?`,
      });
    }
  }
  for (const name of secretConfigKeys) {
    const key = `${configNamespace}:${name}`;
    if (all[key] === undefined || !options.isSecret || options.isSecret(key)) continue;
    problems.push({
      path: key,
      got: hiddenSecret,
      allowed: "a secret set with --secret (encrypted in the stack file), not plain text",
      hint: `set it with: pulumi config set --secret ${key} <value> (and rotate it if the plain text was ever committed)`,
    });
  }
  return problems.map(redactProblem);
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
