/**
 * Pulumi dynamic resources for CMF objects: {@link CmfEnvironment},
 * {@link CmfFlinkApplication} and {@link CmfComputePool}.
 *
 * Pulumi serializes each dynamic provider into the stack state and runs that
 * copy later (also for `destroy`, long after this program changed). So the
 * provider objects below only reference the client module and the plain
 * helpers in this file, never `@pulumi/pulumi` or other module objects; the
 * serialization test in test/cmf/resources.test.ts guards this.
 */
import * as pulumi from "@pulumi/pulumi";
import { renderValue, type ConfigProblem } from "../../core/errors";
import {
  applicationProblems,
  buildApplicationBody,
  buildComputePoolBody,
  buildEnvironmentBody,
  cmfNameProblems,
  CmfClient,
  computePoolProblems,
  connectionProblems,
  environmentProblems,
  type CmfApplicationSpec,
  type CmfAuthType,
  type CmfComputePoolSpec,
  type CmfComputePoolState,
  type CmfComputePoolType,
  type CmfConnection,
  type CmfEnvironmentSpec,
  type CmfFlinkApplicationDocument,
  type JsonObject,
} from "./client";

// ---------------------------------------------------------------------------
// Plain helpers used by the providers (serialized with them)
// ---------------------------------------------------------------------------

/** Pulumi's marker for a value not known during preview. */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

function containsUnknown(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (typeof value === "object" && value !== null) return Object.values(value).some(containsUnknown);
  return false;
}

/** JSON with sorted keys and without `undefined`, so equal data compares equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? "null" : canonical(v))).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return value === undefined ? "undefined" : JSON.stringify(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/**
 * True when everything declared is present in `live` with the same value.
 * Extra fields CMF adds (defaults, server-side metadata) are not drift.
 */
function isSubset(declared: unknown, live: unknown): boolean {
  if (declared === undefined) return true;
  if (Array.isArray(declared)) {
    return (
      Array.isArray(live) && live.length === declared.length && declared.every((d, i) => isSubset(d, live[i]))
    );
  }
  if (typeof declared === "object" && declared !== null) {
    if (typeof live !== "object" || live === null || Array.isArray(live)) return false;
    return Object.entries(declared).every(([k, v]) => isSubset(v, (live as Record<string, unknown>)[k]));
  }
  return declared === live;
}

/** The declared value while live still matches it; otherwise the live value, so `pulumi refresh` shows drift. */
function reconcile(declared: unknown, live: unknown): unknown {
  return isSubset(declared, live) ? declared : live;
}

function toFailures(problems: readonly ConfigProblem[]): pulumi.dynamic.CheckFailure[] {
  return problems.map((p) => ({
    property: p.path.split(".")[0],
    reason: `${p.path}: got ${renderValue(p.got)}; allowed: ${p.allowed}${p.hint ? ` (${p.hint})` : ""}`,
  }));
}

function timingProblems(inputs: { waitTimeoutMs?: number; pollIntervalMs?: number }): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const key of ["waitTimeoutMs", "pollIntervalMs"] as const) {
    const value = inputs[key];
    if (value !== undefined && !(Number.isInteger(value) && value >= 1 && value <= 86_400_000)) {
      problems.push({ path: key, got: value, allowed: "a whole number of milliseconds, 1..86400000" });
    }
  }
  return problems;
}

function diffResult(
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
  compared: readonly string[],
  replaceOn: readonly string[],
  sameIdentity: boolean,
): pulumi.dynamic.DiffResult {
  const changed = compared.filter((k) => !sameValue(olds[k], news[k]));
  const replaces = replaceOn.filter((k) => changed.includes(k));
  return {
    changes: changed.length > 0,
    replaces,
    // CMF names are the identity: a replacement that keeps the name must delete
    // first, or the create (an upsert) would hit the old object and the delete
    // would then remove it.
    deleteBeforeReplace: replaces.length > 0 && sameIdentity,
  };
}

function missingConnection(kind: string, id: string): Error {
  return new Error(
    `${kind} ${id}: the CMF connection is not in the state, so it cannot be read; ` +
      "import by declaring the resource with its connection and running `pulumi up` instead",
  );
}

/**
 * A create/update that reached CMF but did not become healthy. Pulumi's
 * dynamic provider host turns `id` + `properties` into an "initialization
 * failed" result, so the object stays in the state (and gets deleted by
 * `destroy`) instead of being orphaned in CMF.
 */
export class CmfResourceInitError extends Error {
  constructor(
    message: string,
    readonly id: string,
    readonly properties: Record<string, unknown>,
    readonly reasons: string[],
  ) {
    super(message);
    this.name = "CmfResourceInitError";
  }
}

/** Keeps the serialized provider in init-failure properties; the host adds it only to successful results. */
function withProviderKey(outs: object, inputs: object): Record<string, unknown> {
  return { ...outs, __provider: (inputs as Record<string, unknown>).__provider };
}

// ---------------------------------------------------------------------------
// Environment
// ---------------------------------------------------------------------------

/** Resolved inputs of {@link cmfEnvironmentProvider}. */
export interface CmfEnvironmentInputs extends CmfEnvironmentSpec {
  readonly connection: CmfConnection;
}

/** Outputs (state) of {@link cmfEnvironmentProvider}. */
export interface CmfEnvironmentOutputs extends CmfEnvironmentInputs {
  readonly createdTime?: string;
  readonly updatedTime?: string;
}

const ENVIRONMENT_FIELDS = [
  "name",
  "kubernetesNamespace",
  "kubernetesClusterName",
  "flinkApplicationDefaults",
  "computePoolDefaults",
  "statementDefaults",
] as const;

function environmentOuts(
  inputs: CmfEnvironmentInputs,
  live: { created_time?: string; updated_time?: string },
): CmfEnvironmentOutputs {
  return {
    connection: inputs.connection,
    name: inputs.name,
    kubernetesNamespace: inputs.kubernetesNamespace,
    kubernetesClusterName: inputs.kubernetesClusterName,
    flinkApplicationDefaults: inputs.flinkApplicationDefaults,
    computePoolDefaults: inputs.computePoolDefaults,
    statementDefaults: inputs.statementDefaults,
    createdTime: live.created_time,
    updatedTime: live.updated_time,
  };
}

/** Dynamic provider behind {@link CmfEnvironment}; exported for tests and reuse. */
export const cmfEnvironmentProvider: pulumi.dynamic.ResourceProvider<
  CmfEnvironmentInputs,
  CmfEnvironmentOutputs
> = {
  async check(_olds, news) {
    if (containsUnknown(news)) return { inputs: news };
    return {
      inputs: news,
      failures: toFailures([...connectionProblems(news.connection), ...environmentProblems(news)]),
    };
  },

  async diff(_id, olds, news) {
    return diffResult(
      olds as unknown as Record<string, unknown>,
      news as unknown as Record<string, unknown>,
      [...ENVIRONMENT_FIELDS, "connection"],
      ["name", "kubernetesNamespace"],
      olds.name === news.name,
    );
  },

  async create(inputs) {
    const live = await new CmfClient(inputs.connection).upsertEnvironment(buildEnvironmentBody(inputs));
    return { id: inputs.name, outs: environmentOuts(inputs, live) };
  },

  async read(id, props) {
    if (props?.connection === undefined) throw missingConnection("CmfEnvironment", id);
    const live = await new CmfClient(props.connection).getEnvironment(props.name ?? id);
    if (live === undefined) return { id: "" };
    const state: Record<string, unknown> = {
      ...props,
      createdTime: live.created_time,
      updatedTime: live.updated_time,
    };
    for (const key of ENVIRONMENT_FIELDS) {
      if (key === "name") continue;
      state[key] = reconcile(props[key], live[key]);
    }
    return { id, props: state as unknown as CmfEnvironmentOutputs };
  },

  async update(_id, _olds, news) {
    const live = await new CmfClient(news.connection).upsertEnvironment(buildEnvironmentBody(news));
    return { outs: environmentOuts(news, live) };
  },

  async delete(id, props) {
    await new CmfClient(props.connection).deleteEnvironment(props.name ?? id);
  },
};

// ---------------------------------------------------------------------------
// Flink application
// ---------------------------------------------------------------------------

/** Resolved inputs of {@link cmfFlinkApplicationProvider}. */
export interface CmfFlinkApplicationInputs extends CmfApplicationSpec {
  readonly connection: CmfConnection;
  readonly environment: string;
  readonly waitForRunning?: boolean;
  readonly waitTimeoutMs?: number;
  readonly pollIntervalMs?: number;
}

/** Outputs (state) of {@link cmfFlinkApplicationProvider}. */
export interface CmfFlinkApplicationOutputs extends CmfFlinkApplicationInputs {
  /** `status.jobStatus.state` as last seen by create/update/refresh. */
  readonly jobState?: string;
}

const APPLICATION_FIELDS = ["environment", "name", "spec", "labels", "annotations"] as const;
const APPLICATION_SETTINGS = ["connection", "waitForRunning", "waitTimeoutMs", "pollIntervalMs"] as const;

function applicationOuts(
  inputs: CmfFlinkApplicationInputs,
  live: CmfFlinkApplicationDocument,
): CmfFlinkApplicationOutputs {
  return {
    connection: inputs.connection,
    environment: inputs.environment,
    name: inputs.name,
    spec: inputs.spec,
    labels: inputs.labels,
    annotations: inputs.annotations,
    waitForRunning: inputs.waitForRunning,
    waitTimeoutMs: inputs.waitTimeoutMs,
    pollIntervalMs: inputs.pollIntervalMs,
    jobState: live.status?.jobStatus?.state,
  };
}

/** POSTs the application and, when asked, waits for RUNNING; init-fails (keeping state) otherwise. */
async function applyApplication(inputs: CmfFlinkApplicationInputs): Promise<CmfFlinkApplicationOutputs> {
  const client = new CmfClient(inputs.connection);
  const live = await client.upsertApplication(inputs.environment, buildApplicationBody(inputs));
  const job = inputs.spec.job as { state?: unknown } | undefined;
  // A suspended job never reports RUNNING; waiting would only time out.
  if (!inputs.waitForRunning || job?.state === "suspended") return applicationOuts(inputs, live);
  try {
    const running = await client.waitForApplicationRunning(inputs.environment, inputs.name, {
      timeoutMs: inputs.waitTimeoutMs,
      pollIntervalMs: inputs.pollIntervalMs,
    });
    return applicationOuts(inputs, running);
  } catch (err) {
    const message = (err as Error).message;
    const outs = applicationOuts(inputs, live);
    throw new CmfResourceInitError(
      message,
      `${inputs.environment}/${inputs.name}`,
      withProviderKey(outs, inputs),
      [message],
    );
  }
}

/** Dynamic provider behind {@link CmfFlinkApplication}; exported for tests and reuse. */
export const cmfFlinkApplicationProvider: pulumi.dynamic.ResourceProvider<
  CmfFlinkApplicationInputs,
  CmfFlinkApplicationOutputs
> = {
  async check(_olds, news) {
    if (containsUnknown(news)) return { inputs: news };
    return {
      inputs: news,
      failures: toFailures([
        ...connectionProblems(news.connection),
        ...cmfNameProblems(news.environment, "environment", 4),
        ...applicationProblems(news),
        ...timingProblems(news),
      ]),
    };
  },

  async diff(_id, olds, news) {
    return diffResult(
      olds as unknown as Record<string, unknown>,
      news as unknown as Record<string, unknown>,
      [...APPLICATION_FIELDS, ...APPLICATION_SETTINGS],
      ["environment", "name"],
      olds.environment === news.environment && olds.name === news.name,
    );
  },

  async create(inputs) {
    return { id: `${inputs.environment}/${inputs.name}`, outs: await applyApplication(inputs) };
  },

  async read(id, props) {
    if (props?.connection === undefined) throw missingConnection("CmfFlinkApplication", id);
    const live = await new CmfClient(props.connection).getApplication(props.environment, props.name);
    if (live === undefined) return { id: "" };
    const state: Record<string, unknown> = { ...props, jobState: live.status?.jobStatus?.state };
    state.spec = reconcile(props.spec, live.spec);
    state.labels = reconcile(props.labels, live.metadata.labels);
    state.annotations = reconcile(props.annotations, live.metadata.annotations);
    return { id, props: state as unknown as CmfFlinkApplicationOutputs };
  },

  async update(_id, _olds, news) {
    return { outs: await applyApplication(news) };
  },

  async delete(_id, props) {
    await new CmfClient(props.connection).deleteApplication(props.environment, props.name);
  },
};

// ---------------------------------------------------------------------------
// Compute pool
// ---------------------------------------------------------------------------

/** Resolved inputs of {@link cmfComputePoolProvider}. */
export interface CmfComputePoolInputs extends CmfComputePoolSpec {
  readonly connection: CmfConnection;
  readonly environment: string;
}

/** Outputs (state) of {@link cmfComputePoolProvider}. */
export interface CmfComputePoolOutputs extends CmfComputePoolInputs {
  /** `status.phase` as last seen by create/update/refresh. */
  readonly phase?: string;
}

const COMPUTE_POOL_FIELDS = [
  "environment",
  "name",
  "type",
  "state",
  "clusterSpec",
  "labels",
  "annotations",
] as const;

function computePoolOuts(inputs: CmfComputePoolInputs, phase: string | undefined): CmfComputePoolOutputs {
  return {
    connection: inputs.connection,
    environment: inputs.environment,
    name: inputs.name,
    type: inputs.type,
    state: inputs.state,
    clusterSpec: inputs.clusterSpec,
    labels: inputs.labels,
    annotations: inputs.annotations,
    phase,
  };
}

/** Dynamic provider behind {@link CmfComputePool}; exported for tests and reuse. */
export const cmfComputePoolProvider: pulumi.dynamic.ResourceProvider<
  CmfComputePoolInputs,
  CmfComputePoolOutputs
> = {
  async check(_olds, news) {
    if (containsUnknown(news)) return { inputs: news };
    return {
      inputs: news,
      failures: toFailures([
        ...connectionProblems(news.connection),
        ...cmfNameProblems(news.environment, "environment", 4),
        ...computePoolProblems(news),
      ]),
    };
  },

  async diff(_id, olds, news) {
    return diffResult(
      olds as unknown as Record<string, unknown>,
      news as unknown as Record<string, unknown>,
      [...COMPUTE_POOL_FIELDS, "connection"],
      ["environment", "name"],
      olds.environment === news.environment && olds.name === news.name,
    );
  },

  async create(inputs) {
    // POST, and PUT on 409: a pool left behind by an interrupted run is adopted rather than failing.
    const live = await new CmfClient(inputs.connection).upsertComputePool(
      inputs.environment,
      buildComputePoolBody(inputs),
    );
    return { id: `${inputs.environment}/${inputs.name}`, outs: computePoolOuts(inputs, live.status?.phase) };
  },

  async read(id, props) {
    if (props?.connection === undefined) throw missingConnection("CmfComputePool", id);
    const live = await new CmfClient(props.connection).getComputePool(props.environment, props.name);
    if (live === undefined) return { id: "" };
    const state: Record<string, unknown> = { ...props, phase: live.status?.phase };
    state.type = live.spec.type;
    state.state = reconcile(props.state, live.spec.state);
    state.clusterSpec = reconcile(props.clusterSpec, live.spec.clusterSpec);
    state.labels = reconcile(props.labels, live.metadata.labels);
    state.annotations = reconcile(props.annotations, live.metadata.annotations);
    return { id, props: state as unknown as CmfComputePoolOutputs };
  },

  async update(_id, _olds, news) {
    const live = await new CmfClient(news.connection).updateComputePool(
      news.environment,
      buildComputePoolBody(news),
    );
    return { outs: computePoolOuts(news, live.status?.phase) };
  },

  async delete(_id, props) {
    await new CmfClient(props.connection).deleteComputePool(props.environment, props.name);
  },
};

// ---------------------------------------------------------------------------
// Resource classes
// ---------------------------------------------------------------------------

/** Authentication inputs; `token`, `clientCertPem` and `clientKeyPem` are always stored as secrets. */
export interface CmfAuthArgs {
  /** `none`, `bearer` (OAuth access token) or `mtls` (client certificate). */
  readonly type: pulumi.Input<CmfAuthType>;
  /** OAuth access token for `bearer`; wrapped with `pulumi.secret`. @default none */
  readonly token?: pulumi.Input<string>;
  /** PEM client certificate for `mtls`; wrapped with `pulumi.secret`. @default none */
  readonly clientCertPem?: pulumi.Input<string>;
  /** PEM client key for `mtls`; wrapped with `pulumi.secret`. @default none */
  readonly clientKeyPem?: pulumi.Input<string>;
  /** PEM CA bundle that signed CMF's server certificate. @default Node's CA store */
  readonly caPem?: pulumi.Input<string>;
}

/**
 * Where CMF is and how to reach it. It is stored with each resource because
 * Pulumi needs it to refresh and delete, possibly from a later program.
 */
export interface CmfConnectionArgs {
  /** CMF base URL, e.g. `https://cmf.example.com` or `http://localhost:8080` (port-forward). */
  readonly endpoint: pulumi.Input<string>;
  /** How the client authenticates. @default { type: "none" } */
  readonly auth?: CmfAuthArgs;
  /** Per-attempt request timeout in ms. @default 30000 */
  readonly timeoutMs?: pulumi.Input<number>;
  /** Retries for connection failures and 5xx answers. @default 4 */
  readonly retries?: pulumi.Input<number>;
  /** First retry delay in ms, doubled per retry. @default 500 */
  readonly retryDelayMs?: pulumi.Input<number>;
  /** Cap of one retry delay in ms. @default 8000 */
  readonly maxRetryDelayMs?: pulumi.Input<number>;
}

function secretOrUndefined(value: pulumi.Input<string> | undefined): pulumi.Output<string> | undefined {
  return value === undefined ? undefined : pulumi.secret(value);
}

/** Connection inputs with every credential wrapped in `pulumi.secret`. */
export function secretConnectionInputs(connection: CmfConnectionArgs): pulumi.Inputs {
  const auth = connection.auth;
  return {
    endpoint: connection.endpoint,
    auth:
      auth === undefined
        ? undefined
        : {
            type: auth.type,
            token: secretOrUndefined(auth.token),
            clientCertPem: secretOrUndefined(auth.clientCertPem),
            clientKeyPem: secretOrUndefined(auth.clientKeyPem),
            caPem: auth.caPem,
          },
    timeoutMs: connection.timeoutMs,
    retries: connection.retries,
    retryDelayMs: connection.retryDelayMs,
    maxRetryDelayMs: connection.maxRetryDelayMs,
  };
}

function withSecretConnection(opts: pulumi.CustomResourceOptions | undefined): pulumi.CustomResourceOptions {
  // Belt and braces: the engine already keeps nested secrets secret, this also
  // covers the outputs the provider echoes back.
  return { ...opts, additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), "connection"] };
}

const MODULE = "cmf";

/** Arguments of {@link CmfEnvironment}. */
export interface CmfEnvironmentArgs {
  /** How to reach CMF. */
  readonly connection: CmfConnectionArgs;
  /** CMF environment name (lowercase DNS name, at least 4 characters). Changing it replaces the environment. @default the resource name */
  readonly name?: pulumi.Input<string>;
  /** Kubernetes namespace for the environment's Flink clusters. Changing it replaces the environment. */
  readonly kubernetesNamespace: pulumi.Input<string>;
  /** Kubernetes cluster registered in CMF. @default CMF's own cluster */
  readonly kubernetesClusterName?: pulumi.Input<string>;
  /** Defaults merged into every FlinkApplication spec. @default none */
  readonly flinkApplicationDefaults?: pulumi.Input<JsonObject>;
  /** Defaults merged into every compute pool. @default none */
  readonly computePoolDefaults?: pulumi.Input<JsonObject>;
  /** Flink configuration defaults for detached and interactive SQL statements. @default none */
  readonly statementDefaults?: pulumi.Input<CmfEnvironmentSpec["statementDefaults"]>;
}

/**
 * A CMF environment (`POST /cmf/api/v1/environments`, an upsert). Changing
 * `name` or `kubernetesNamespace` replaces it; a refresh that finds it gone
 * drops it from the state.
 */
export class CmfEnvironment extends pulumi.dynamic.Resource {
  /** Connection used for later refreshes and deletes (secret). */
  declare readonly connection: pulumi.Output<CmfConnection>;
  declare readonly name: pulumi.Output<string>;
  declare readonly kubernetesNamespace: pulumi.Output<string>;
  declare readonly kubernetesClusterName: pulumi.Output<string | undefined>;
  /** `created_time` reported by CMF. */
  declare readonly createdTime: pulumi.Output<string | undefined>;
  /** `updated_time` reported by CMF. */
  declare readonly updatedTime: pulumi.Output<string | undefined>;

  constructor(name: string, args: CmfEnvironmentArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      cmfEnvironmentProvider,
      name,
      {
        connection: secretConnectionInputs(args.connection),
        name: args.name ?? name,
        kubernetesNamespace: args.kubernetesNamespace,
        kubernetesClusterName: args.kubernetesClusterName,
        flinkApplicationDefaults: args.flinkApplicationDefaults,
        computePoolDefaults: args.computePoolDefaults,
        statementDefaults: args.statementDefaults,
        createdTime: undefined,
        updatedTime: undefined,
      },
      withSecretConnection(opts),
      MODULE,
      "CmfEnvironment",
    );
  }
}

/** Arguments of {@link CmfFlinkApplication}. */
export interface CmfFlinkApplicationArgs {
  /** How to reach CMF. */
  readonly connection: CmfConnectionArgs;
  /** CMF environment the application lives in. Changing it replaces the application. */
  readonly environment: pulumi.Input<string>;
  /** Application name. Changing it replaces the application. @default the resource name */
  readonly name?: pulumi.Input<string>;
  /** FlinkDeployment spec: image, flinkVersion, flinkConfiguration, jobManager, taskManager, job, ... */
  readonly spec: pulumi.Input<JsonObject>;
  /** @default none */
  readonly labels?: pulumi.Input<Record<string, string>>;
  /** @default none */
  readonly annotations?: pulumi.Input<Record<string, string>>;
  /**
   * After create/update, poll until `status.jobStatus.state` is `RUNNING`; fail
   * with CMF's reported status on a terminal state or timeout. Skipped when
   * `spec.job.state` is `suspended`.
   * @default false
   */
  readonly waitForRunning?: pulumi.Input<boolean>;
  /** Bound of the wait in ms. @default 600000 */
  readonly waitTimeoutMs?: pulumi.Input<number>;
  /** Time between two status polls in ms. @default 5000 */
  readonly pollIntervalMs?: pulumi.Input<number>;
}

/**
 * A Flink application managed by CMF
 * (`POST /cmf/api/v1/environments/{env}/applications`, an upsert).
 * Changing `environment` or `name` replaces it.
 */
export class CmfFlinkApplication extends pulumi.dynamic.Resource {
  /** Connection used for later refreshes and deletes (secret). */
  declare readonly connection: pulumi.Output<CmfConnection>;
  declare readonly environment: pulumi.Output<string>;
  declare readonly name: pulumi.Output<string>;
  declare readonly spec: pulumi.Output<JsonObject>;
  /** `status.jobStatus.state` as last seen by Pulumi. */
  declare readonly jobState: pulumi.Output<string | undefined>;

  constructor(name: string, args: CmfFlinkApplicationArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      cmfFlinkApplicationProvider,
      name,
      {
        connection: secretConnectionInputs(args.connection),
        environment: args.environment,
        name: args.name ?? name,
        spec: args.spec,
        labels: args.labels,
        annotations: args.annotations,
        waitForRunning: args.waitForRunning,
        waitTimeoutMs: args.waitTimeoutMs,
        pollIntervalMs: args.pollIntervalMs,
        jobState: undefined,
      },
      withSecretConnection(opts),
      MODULE,
      "CmfFlinkApplication",
    );
  }
}

/** Arguments of {@link CmfComputePool}. */
export interface CmfComputePoolArgs {
  /** How to reach CMF. */
  readonly connection: CmfConnectionArgs;
  /** CMF environment of the pool. Changing it replaces the pool. */
  readonly environment: pulumi.Input<string>;
  /** Pool name. Changing it replaces the pool. @default the resource name */
  readonly name?: pulumi.Input<string>;
  /** `DEDICATED` or `SHARED`. */
  readonly type: pulumi.Input<CmfComputePoolType>;
  /** Desired state, SHARED pools only. @default RUNNING (CMF's default) */
  readonly state?: pulumi.Input<CmfComputePoolState>;
  /** flinkVersion, image (`confluentinc/cp-flink-sql:<tag>`), flinkConfiguration, jobManager, taskManager. */
  readonly clusterSpec: pulumi.Input<JsonObject>;
  /** @default none */
  readonly labels?: pulumi.Input<Record<string, string>>;
  /** @default none */
  readonly annotations?: pulumi.Input<Record<string, string>>;
}

/**
 * A CMF compute pool for Flink SQL. Created with POST (falling back to PUT
 * when it already exists), updated with PUT; changing `environment` or `name`
 * replaces it.
 */
export class CmfComputePool extends pulumi.dynamic.Resource {
  /** Connection used for later refreshes and deletes (secret). */
  declare readonly connection: pulumi.Output<CmfConnection>;
  declare readonly environment: pulumi.Output<string>;
  declare readonly name: pulumi.Output<string>;
  declare readonly type: pulumi.Output<CmfComputePoolType>;
  declare readonly clusterSpec: pulumi.Output<JsonObject>;
  /** `status.phase` as last seen by Pulumi. */
  declare readonly phase: pulumi.Output<string | undefined>;

  constructor(name: string, args: CmfComputePoolArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      cmfComputePoolProvider,
      name,
      {
        connection: secretConnectionInputs(args.connection),
        environment: args.environment,
        name: args.name ?? name,
        type: args.type,
        state: args.state,
        clusterSpec: args.clusterSpec,
        labels: args.labels,
        annotations: args.annotations,
        phase: undefined,
      },
      withSecretConnection(opts),
      MODULE,
      "CmfComputePool",
    );
  }
}
