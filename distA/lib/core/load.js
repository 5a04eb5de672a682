"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.closest = void 0;
exports.renderPath = renderPath;
exports.problemsFromZod = problemsFromZod;
exports.fromParsed = fromParsed;
exports.parseOrThrow = parseOrThrow;
exports.projectConfigObject = projectConfigObject;
exports.configMapProblems = configMapProblems;
exports.parseConfigValue = parseConfigValue;
const z = __importStar(require("zod"));
const errors_1 = require("./errors");
const schema_1 = require("./schema");
const secrets_1 = require("./secrets");
const similar_1 = require("./similar");
var similar_2 = require("./similar");
Object.defineProperty(exports, "closest", { enumerable: true, get: function () { return similar_2.closest; } });
/** Renders a zod path as `a.b[2].c`. */
function renderPath(path) {
    let out = "";
    for (const seg of path) {
        if (typeof seg === "number")
            out += `[${seg}]`;
        else
            out += out === "" ? String(seg) : `.${String(seg)}`;
    }
    return out;
}
/** Finds the object schema at a path (through defaults, optionals, pipes and arrays). */
function schemaAt(schema, path) {
    let current = schema;
    const unwrap = (s) => {
        let cur = s;
        for (let i = 0; i < 10; i++) {
            const def = cur._zod.def;
            if (def.innerType)
                cur = def.innerType;
            else if (def.type === "pipe")
                cur = def.in;
            else
                break;
        }
        return cur;
    };
    for (const seg of path) {
        if (!current)
            return undefined;
        current = unwrap(current);
        if (current instanceof z.ZodObject)
            current = current.shape[String(seg)];
        else if (current instanceof z.ZodArray)
            current = current.element;
        else if (current instanceof z.ZodRecord)
            current = current.valueType;
        else
            return undefined;
    }
    return current ? unwrap(current) : undefined;
}
function valueAt(root, path) {
    let cur = root;
    for (const seg of path) {
        if (cur === null || typeof cur !== "object")
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
/** Message to use for built-in zod checks that carry no schema-level message. */
function allowedFor(issue) {
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
function problemsFromZod(schema, input, issues, prefix = "", hint = schema_1.hintFor) {
    const problems = [];
    for (const issue of issues) {
        if (issue.code === "unrecognized_keys") {
            const objectSchema = schemaAt(schema, issue.path);
            const known = objectSchema instanceof z.ZodObject ? Object.keys(objectSchema.shape) : [];
            for (const key of issue.keys) {
                const path = [...issue.path, key];
                const suggestion = (0, similar_1.closest)(key, known);
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
            allowed: got === undefined && issue.code === "invalid_type" ? `required: ${issue.message}` : issue.message,
            hint: hint(dotted),
        });
    }
    return problems.map(secrets_1.redactProblem);
}
/**
 * What {@link parseOrThrow} (or {@link fromParsed}) returned, by the schema:
 * each object itself, and each object-valued key of it pointing back at it,
 * so that a shallow copy (`{ ...parsed, extra }` minus `extra`) is told too.
 */
const parsedBy = new WeakMap();
const parsedParts = new WeakMap();
const isPlain = (v) => typeof v === "object" &&
    v !== null &&
    (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
/** Freezes plain objects and arrays all the way down (not class instances such as Pulumi outputs). */
function deepFreeze(value) {
    if (!isPlain(value) || Object.isFrozen(value))
        return;
    Object.freeze(value);
    for (const v of Object.values(value))
        deepFreeze(v);
}
/**
 * Records `value` as `schema`'s output, frozen so that it stays what the
 * schema accepted. Besides {@link parseOrThrow}, only code that builds the
 * value from other parsed values calls it (a platform handing its planned
 * pools to ComputePool), so a rule does not run twice on one value.
 */
function fromParsed(schema, value) {
    if (!isPlain(value))
        return value;
    deepFreeze(value);
    parsedBy.set(value, schema);
    for (const part of Object.values(value)) {
        if (isPlain(part))
            parsedParts.set(part, [...(parsedParts.get(part) ?? []), { schema, output: value }]);
    }
    return value;
}
/** The recorded output of `schema` that `input` is, or is a shallow copy of; undefined otherwise. */
function parsedBefore(schema, input) {
    if (!isPlain(input))
        return undefined;
    if (parsedBy.get(input) === schema)
        return input;
    const keys = Object.keys(input);
    const record = input;
    for (const part of Object.values(input)) {
        if (!isPlain(part))
            continue;
        for (const seen of parsedParts.get(part) ?? []) {
            const output = seen.output;
            if (seen.schema === schema &&
                keys.length === Object.keys(output).length &&
                keys.every((k) => Object.hasOwn(output, k) && Object.is(record[k], output[k]))) {
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
function parseOrThrow(schema, input, options = {}) {
    const parsed = parsedBefore(schema, input);
    if (parsed !== undefined)
        return parsed;
    // jitless: zod would compile an eval'd fast path for every object schema on
    // its first parse. Config and component args are each validated once per
    // process, so that compilation costs more than it could save (about half of
    // a stack config's validation).
    const result = schema.safeParse(input, { reportInput: true, error: allowedFor, jitless: true });
    if (result.success)
        return fromParsed(schema, result.data);
    throw new errors_1.ConfigError(problemsFromZod(schema, input, result.error.issues, options.prefix, options.hint), options.title);
}
/**
 * Turns Pulumi's flat config map (`"flink-platform:storage" -> JSON string`)
 * into the object the schema validates. Keys of other namespaces (providers'
 * own settings such as `kubernetes:context`) are left alone. A secret key
 * keeps its text as set (`123456` stays a string), unless it is JSON
 * structure, which the schema then refuses.
 */
function projectConfigObject(all) {
    const out = {};
    const prefix = `${schema_1.configNamespace}:`;
    for (const [key, raw] of Object.entries(all)) {
        if (!key.startsWith(prefix))
            continue;
        const name = key.slice(prefix.length);
        out[name] = secrets_1.secretConfigKeys.includes(name) && !/^\s*[[{]/.test(raw) ? raw : parseConfigValue(raw);
    }
    return out;
}
/** Whether a namespace is a near-miss of the project's (`flink-platfrom`, `flink_platform`, ...). */
function nearConfigNamespace(namespace) {
    // Pulumi's namespaces are case-sensitive: `Flink-Platform:` is another namespace, so it is ignored too.
    const ns = namespace.toLowerCase();
    return (namespace !== schema_1.configNamespace &&
        (ns.replace(/[-_.\s]/g, "") === schema_1.configNamespace.replace(/-/g, "") ||
            (0, similar_1.editDistance)(ns, schema_1.configNamespace) <= 3));
}
/**
 * Problems of Pulumi's flat config map as a whole, before the schema sees
 * the project's keys: a near-miss of the namespace (its keys would be
 * silently ignored), and secret keys given in plain text.
 */
function configMapProblems(all, options = {}) {
    const problems = [];
    for (const [key, raw] of Object.entries(all)) {
        const colon = key.indexOf(":");
        if (colon > 0 && nearConfigNamespace(key.slice(0, colon))) {
            problems.push({
                path: key,
                got: parseConfigValue(raw),
                allowed: `a key of the ${schema_1.configNamespace} namespace, or of another package's namespace (pulumi:, kubernetes:, confluentcloud:, aws:, ...)`,
                hint: `unknown namespace (typo?): did you mean "${schema_1.configNamespace}:${key.slice(colon + 1)}"?`,
            });
        }
    }
    for (const name of secrets_1.secretConfigKeys) {
        const key = `${schema_1.configNamespace}:${name}`;
        if (all[key] === undefined || !options.isSecret || options.isSecret(key))
            continue;
        problems.push({
            path: key,
            got: secrets_1.hiddenSecret,
            allowed: "a secret set with --secret (encrypted in the stack file), not plain text",
            hint: `set it with: pulumi config set --secret ${key} <value> (and rotate it if the plain text was ever committed)`,
        });
    }
    return problems.map(secrets_1.redactProblem);
}
/** Pulumi passes structured values as JSON text and scalars as plain text. */
function parseConfigValue(raw) {
    const trimmed = raw.trim();
    if (/^[[{]/.test(trimmed) || trimmed === "true" || trimmed === "false" || /^-?\d+(\.\d+)?$/.test(trimmed)) {
        try {
            return JSON.parse(trimmed);
        }
        catch {
            return raw;
        }
    }
    return raw;
}
