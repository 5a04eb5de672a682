import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv, { ValidateFunction } from "ajv";
import standaloneCode from "ajv/dist/standalone";
import { parse } from "yaml";
import { operatorReferenceDir } from "./reference";

/** kubernetes-models module for an apiVersion (`v1`, `apps/v1`, ...). */
function modelModule(apiVersion: string): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`kubernetes-models/${apiVersion}`) as Record<string, unknown>;
}

/**
 * Validates a built-in Kubernetes object against the Kubernetes OpenAPI
 * schemas shipped by kubernetes-models. Returns the error text, or undefined.
 */
export function validateBuiltIn(manifest: Record<string, unknown>): string | undefined {
  const { apiVersion, kind } = manifest as { apiVersion: string; kind: string };
  const Model = modelModule(apiVersion)[kind] as (new (o: unknown) => { validate(): void }) | undefined;
  if (!Model) return `kubernetes-models has no ${apiVersion} ${kind}`;
  try {
    new Model(manifest).validate();
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

const crdFiles: Record<string, string> = {
  FlinkDeployment: "flinkdeployments.flink.apache.org-v1.yml",
  FlinkSessionJob: "flinksessionjobs.flink.apache.org-v1.yml",
  FlinkStateSnapshot: "flinkstatesnapshots.flink.apache.org-v1.yml",
};

const validators = new Map<string, ValidateFunction>();

/** The `v1beta1` openAPIV3Schema of an operator CRD from ../shared/reference. */
export function crdSchema(kind: keyof typeof crdFiles | string): Record<string, unknown> {
  const file = path.join(operatorReferenceDir, "crds", crdFiles[kind]);
  const crd = parse(fs.readFileSync(file, "utf8")) as {
    spec: { versions: { name: string; schema: { openAPIV3Schema: Record<string, unknown> } }[] };
  };
  const version = crd.spec.versions.find((v) => v.name === "v1beta1");
  if (!version) throw new Error(`${file} has no v1beta1 version`);
  return version.schema.openAPIV3Schema;
}

const projectRoot = path.resolve(__dirname, "..", "..");
const ajvVersion = (
  JSON.parse(fs.readFileSync(require.resolve("ajv/package.json"), "utf8")) as { version: string }
).version;

/**
 * An ajv validator of (part of) an operator CRD. Compiling the
 * FlinkDeployment schema costs about 4 s of CPU, and test files run in
 * several workers, so the compiled code is kept as a standalone module under
 * node_modules/.cache, keyed by `what`, the CRD file's bytes and the ajv
 * version: it is compiled once per machine, not once per worker. `schemaOf`
 * (which parses the 0.5 MB CRD) runs only on a miss. Written to a temporary
 * name then renamed, so parallel workers never read half a file.
 */
function cachedCrdValidator(what: string, kind: string, schemaOf: () => object): ValidateFunction {
  const file = path.join(operatorReferenceDir, "crds", crdFiles[kind]);
  const key = createHash("sha256")
    .update(`ajv ${ajvVersion} allErrors${what === "" ? "" : ` ${what}`}\n`)
    .update(fs.readFileSync(file))
    .digest("hex");
  const cached = path.join(
    projectRoot,
    "node_modules",
    ".cache",
    "flink-platform-crd-validators",
    `${key}.cjs`,
  );
  if (!fs.existsSync(cached)) {
    const ajv = new Ajv({ strict: false, allErrors: true, code: { source: true } });
    for (const kw of ["x-kubernetes-preserve-unknown-fields", "x-kubernetes-int-or-string"])
      ajv.addKeyword(kw);
    const code = standaloneCode(ajv, ajv.compile(schemaOf()));
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, code);
    fs.renameSync(tmp, cached);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(cached) as ValidateFunction;
}

/** The whole CRD's validator (its key has no `what`, as before there were parts). */
const crdValidator = (kind: string) => cachedCrdValidator("", kind, () => crdSchema(kind));

const deploymentSpec = () =>
  (crdSchema("FlinkDeployment").properties as Record<string, Record<string, unknown>>).spec;

let closedSpecValidator: ValidateFunction | undefined;

/**
 * The FlinkDeployment `spec` schema closed at its top level
 * (`additionalProperties: false`), for checks that a key is not misplaced
 * (test/support/cmf-emulator/checks.ts).
 */
export function closedFlinkDeploymentSpecValidator(): ValidateFunction {
  closedSpecValidator ??= cachedCrdValidator("spec closed", "FlinkDeployment", () => ({
    ...deploymentSpec(),
    additionalProperties: false,
  }));
  return closedSpecValidator;
}

/** Validates a Flink custom resource against the operator 1.15.0 CRD schema. */
export function validateFlinkResource(manifest: Record<string, unknown>): string | undefined {
  const kind = manifest.kind as string;
  let validate = validators.get(kind);
  if (!validate) {
    validate = crdValidator(kind);
    validators.set(kind, validate);
  }
  return validate(manifest) ? undefined : JSON.stringify(validate.errors);
}

/** Validates the `spec` of a FlinkDeployment (CMF's FlinkApplication spec is the same). */
export function validateFlinkDeploymentSpec(spec: Record<string, unknown>): string | undefined {
  return validateFlinkResource({
    apiVersion: "flink.apache.org/v1beta1",
    kind: "FlinkDeployment",
    metadata: { name: "spec-check" },
    spec,
  });
}

let jobSpecValidator: ValidateFunction | undefined;

/**
 * Validates a `spec.job` against the JobSpec of the operator 1.15.0
 * FlinkDeployment CRD (FlinkSessionJob's is the same), without compiling the
 * whole 0.5 MB deployment schema.
 */
export function validateFlinkJobSpec(job: Record<string, unknown>): string | undefined {
  jobSpecValidator ??= cachedCrdValidator(
    "spec.job",
    "FlinkDeployment",
    () => (deploymentSpec().properties as Record<string, object>).job,
  );
  return jobSpecValidator(job) ? undefined : JSON.stringify(jobSpecValidator.errors);
}
