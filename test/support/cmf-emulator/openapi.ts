/**
 * The CMF 2.3.1 OpenAPI as the emulator reads it: every operation of the
 * document (path template, method, parameters, request and response schemas)
 * and an ajv validator for its schemas. Nothing here is CMF behaviour; it is
 * what the document says, so the emulator cannot drift from it.
 */
import * as fs from "node:fs";
import Ajv2019 from "ajv/dist/2019";
import type { ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import * as YAML from "yaml";

export type Json = { [key: string]: unknown };

const OPENAPI_ID = "https://cmf-emulator.test/openapi.json";
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

/** One parameter of an operation (components' `$ref`s resolved). */
export interface Parameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: Json;
}

/** One operation of the document. */
export interface Operation {
  readonly operationId: string;
  readonly method: string;
  /** Path template, e.g. `/cmf/api/v1/environments/{envName}`. */
  readonly template: string;
  readonly pattern: RegExp;
  /** Names of the path parameters in template order. */
  readonly pathParams: readonly string[];
  readonly parameters: readonly Parameter[];
  /** `application/json` request schema, when the operation takes a body. */
  readonly requestSchema?: Json;
  readonly requestRequired: boolean;
  /** Status code to response (`content` keyed by media type). */
  readonly responses: Readonly<Record<string, { content?: Record<string, { schema: Json }> }>>;
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (typeof value === "object" && value !== null) {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] =
        k === "$ref" && typeof v === "string" && v.startsWith("#/components/schemas/")
          ? `${OPENAPI_ID}#/$defs/${v.slice("#/components/schemas/".length)}`
          : rewriteRefs(v);
    }
    return out;
  }
  return value;
}

function compileTemplate(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split("/")
    .map((segment) => {
      const m = /^\{(.+)\}$/.exec(segment);
      if (m === null) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(m[1]);
      return "([^/]+)";
    })
    .join("/");
  return { pattern: new RegExp(`^${source}$`), names };
}

/** Loads openapi.yaml: its operations, and validators for its schemas. */
export class OpenApiValidator {
  readonly operations: readonly Operation[];
  private readonly ajv: Ajv2019;
  private readonly doc: Json;
  private readonly cache = new Map<string, ValidateFunction>();
  private static readonly loaded = new Map<string, OpenApiValidator>();

  /** One shared instance per file, so compiled validators are reused across emulators. */
  static for(openApiPath: string): OpenApiValidator {
    let validator = OpenApiValidator.loaded.get(openApiPath);
    if (validator === undefined) {
      validator = new OpenApiValidator(openApiPath);
      OpenApiValidator.loaded.set(openApiPath, validator);
    }
    return validator;
  }

  constructor(openApiPath: string) {
    this.doc = YAML.parse(fs.readFileSync(openApiPath, "utf8")) as Json;
    // strictTypes is off because the spec puts `format: yamlorjson` on objects,
    // which JSON Schema treats as an annotation; all other strict checks stay on.
    this.ajv = new Ajv2019({ allErrors: true, strict: true, strictTypes: false });
    addFormats(this.ajv);
    for (const format of ["yamlorjson", "sort", "pageable"]) this.ajv.addFormat(format, true);
    for (const keyword of ["example", "x-class-extra-annotation"]) this.ajv.addKeyword(keyword);
    const components = this.doc.components as { schemas: Json; parameters?: Json };
    this.ajv.addSchema({ $id: OPENAPI_ID, $defs: rewriteRefs(components.schemas) });
    this.operations = this.readOperations(components.parameters ?? {});
  }

  private readOperations(shared: Json): Operation[] {
    const resolve = (p: Json): Parameter => {
      const ref = p.$ref as string | undefined;
      const param = (ref ? shared[ref.slice("#/components/parameters/".length)] : p) as Json;
      return {
        name: param.name as string,
        in: param.in as Parameter["in"],
        required: param.required === true,
        schema: (param.schema as Json | undefined) ?? {},
      };
    };
    const out: Operation[] = [];
    for (const [template, item] of Object.entries(this.doc.paths as Record<string, Json>)) {
      const { pattern, names } = compileTemplate(template);
      const common = ((item.parameters as Json[] | undefined) ?? []).map(resolve);
      for (const method of METHODS) {
        const op = item[method] as Json | undefined;
        if (op === undefined) continue;
        const body = op.requestBody as
          { required?: boolean; content?: Record<string, { schema: Json }> } | undefined;
        out.push({
          operationId: op.operationId as string,
          method: method.toUpperCase(),
          template,
          pattern,
          pathParams: names,
          parameters: [...common, ...((op.parameters as Json[] | undefined) ?? []).map(resolve)],
          requestSchema: body?.content?.["application/json"]?.schema,
          requestRequired: body?.required === true,
          responses: op.responses as Operation["responses"],
        });
      }
    }
    return out;
  }

  /** The operation a request path and method hit, with its decoded path parameters. */
  match(method: string, path: string): { operation: Operation; params: Record<string, string> } | undefined {
    for (const operation of this.operations) {
      if (operation.method !== method) continue;
      const m = operation.pattern.exec(path);
      if (m === null) continue;
      const params: Record<string, string> = {};
      operation.pathParams.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
      return { operation, params };
    }
    return undefined;
  }

  /** The operation object for a path template and method, e.g. ("/cmf/api/v1/environments", "post"). */
  operation(template: string, method: string): Json | undefined {
    const paths = this.doc.paths as Record<string, Record<string, Json>>;
    return paths[template]?.[method.toLowerCase()];
  }

  /**
   * Validates `data` against a (possibly `$ref`) schema from the document.
   * `closed` additionally rejects top-level properties the schema does not
   * declare, so a misspelt field in a client request is caught.
   */
  validate(schema: Json, data: unknown, closed: boolean): string[] {
    const key = JSON.stringify(schema) + String(closed);
    let validator = this.cache.get(key);
    if (validator === undefined) {
      const rewritten = rewriteRefs(schema) as Json;
      validator = this.ajv.compile(
        closed ? { type: "object", allOf: [rewritten], unevaluatedProperties: false } : rewritten,
      );
      this.cache.set(key, validator);
    }
    if (validator(data)) return [];
    return (validator.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`);
  }

  schemaNamed(name: string): Json {
    return { $ref: `#/components/schemas/${name}` };
  }

  /**
   * Problems of a request's path and query parameters: each is converted from
   * its string form as the schema's type says, then validated; a query
   * parameter the operation does not declare is a problem too.
   */
  parameterProblems(operation: Operation, path: Record<string, string>, query: URLSearchParams): string[] {
    const problems: string[] = [];
    const declared = new Set(operation.parameters.filter((p) => p.in === "query").map((p) => p.name));
    for (const name of new Set(query.keys())) {
      if (!declared.has(name)) problems.push(`query parameter '${name}' is not declared`);
    }
    for (const param of operation.parameters) {
      if (param.in !== "path" && param.in !== "query") continue;
      const raw =
        param.in === "path"
          ? path[param.name] === undefined
            ? []
            : [path[param.name]]
          : query.getAll(param.name);
      if (raw.length === 0) {
        if (param.required) problems.push(`${param.in} parameter '${param.name}' is required`);
        continue;
      }
      const value =
        param.schema.type === "array"
          ? raw.map((r) => coerce(r, (param.schema.items as Json).type))
          : coerce(raw[0], param.schema.type);
      for (const error of this.validate(param.schema, value, false))
        problems.push(`${param.in} parameter '${param.name}' ${error.replace(/^\/ /, "")}`);
    }
    return problems;
  }
}

function coerce(raw: string, type: unknown): unknown {
  if (type === "integer" || type === "number")
    return raw.trim() === "" ? raw : Number.isNaN(Number(raw)) ? raw : Number(raw);
  if (type === "boolean") return raw === "true" ? true : raw === "false" ? false : raw;
  return raw;
}
