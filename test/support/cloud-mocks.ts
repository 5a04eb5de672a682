import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach } from "vitest";
import * as settings from "@pulumi/pulumi/runtime/settings";
import { fakeCloudInvoke, fakeCloudResource } from "../../lib/plan/fakes/cloud";

/**
 * Pulumi mocks for the cloud tests: every registered resource and invoke is
 * recorded, Confluent Cloud outputs come from lib/plan/fakes/cloud.ts.
 * Call installCloudMocks() before importing any module that builds resources.
 */

/** Resource options as the monitor saw them (not visible to `newResource`). */
export interface RecordedOptions {
  readonly protect: boolean;
  readonly replaceOnChanges: readonly string[];
  readonly additionalSecretOutputs: readonly string[];
  readonly dependencies: readonly string[];
  readonly parent: string;
}

export interface RecordedResource {
  readonly type: string;
  readonly name: string;
  /** Inputs as the engine receives them: secrets stay wrapped (see isSecretValue). */
  readonly inputs: Record<string, unknown>;
  /** Provider reference (`<urn>::<id>`), empty for components and defaults. */
  readonly provider: string;
  readonly custom: boolean;
  options?: RecordedOptions;
}

export interface RecordedInvoke {
  readonly token: string;
  readonly inputs: Record<string, unknown>;
  readonly provider: string;
}

export interface CloudMocks {
  readonly resources: RecordedResource[];
  readonly invokes: RecordedInvoke[];
  /** Forgets everything recorded so far (between independent programs in one file). */
  clear(): void;
  /** Waits until every pending registration has reached the mocks. */
  settle(): Promise<void>;
  ofType(type: string): RecordedResource[];
  /** The one resource with this name (and type, when given); throws otherwise. */
  named(name: string, type?: string): RecordedResource;
}

/** True for a value Pulumi serialized as a secret. */
export function isSecretValue(value: unknown): boolean {
  return pulumi.runtime.isRpcSecret(value);
}

/** The inputs with every secret wrapper removed, for value assertions. */
export function plain(value: unknown): unknown {
  if (pulumi.runtime.isRpcSecret(value)) return plain(pulumi.runtime.unwrapRpcSecret(value));
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** Resolves an output's value (mocks resolve everything). */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => output.apply((v) => resolve(v)));
}

interface RegisterRequest {
  getType(): string;
  getName(): string;
  getProtect(): boolean;
  getReplaceonchangesList(): string[];
  getAdditionalsecretoutputsList(): string[];
  getDependenciesList(): string[];
  getParent(): string;
}

interface PatchableMonitor {
  registerResource(req: RegisterRequest, callback: unknown): unknown;
}

export async function installCloudMocks(): Promise<CloudMocks> {
  const resources: RecordedResource[] = [];
  const invokes: RecordedInvoke[] = [];
  const pendingOptions = new Map<string, RecordedOptions>();

  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        const key = `${args.type}::${args.name}`;
        resources.push({
          type: args.type,
          name: args.name,
          inputs: args.inputs as Record<string, unknown>,
          provider: args.provider ?? "",
          custom: args.custom ?? false,
          options: pendingOptions.get(key),
        });
        return (
          fakeCloudResource(args.type, args.name, args.inputs) ?? {
            id: `${args.name}-id`,
            state: args.inputs,
          }
        );
      },
      call(args) {
        invokes.push({ token: args.token, inputs: args.inputs, provider: args.provider ?? "" });
        const result = fakeCloudInvoke(args.token, args.inputs);
        if (!result) throw new Error(`no fake for invoke ${args.token}`);
        return result;
      },
    },
    "flink-platform",
    "test",
  );

  // The monitor sees resource options that `newResource` does not get.
  const monitor = settings.getMonitor() as unknown as PatchableMonitor;
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, callback) => {
    pendingOptions.set(`${req.getType()}::${req.getName()}`, {
      protect: req.getProtect(),
      replaceOnChanges: req.getReplaceonchangesList(),
      additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
      dependencies: req.getDependenciesList(),
      parent: req.getParent(),
    });
    return register(req, callback);
  };

  const waitForRPCs = (settings as unknown as { waitForRPCs(): Promise<void> }).waitForRPCs;
  return {
    resources,
    invokes,
    clear() {
      resources.length = 0;
      invokes.length = 0;
    },
    async settle() {
      // Registrations chain on outputs; loop until the RPC queue stays drained.
      for (let i = 0; i < 3; i++) {
        await waitForRPCs();
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    ofType(type) {
      return resources.filter((r) => r.type === type);
    },
    named(name, type) {
      const found = resources.filter((r) => r.name === name && (type === undefined || r.type === type));
      if (found.length !== 1) {
        throw new Error(
          `expected one resource named ${name}, found ${found.length}: ${resources.map((r) => r.name).join(", ")}`,
        );
      }
      return found[0];
    },
  };
}

/** Confluent Cloud resource types, as registered. */
export const T = {
  Provider: "pulumi:providers:confluentcloud",
  Environment: "confluentcloud:index/environment:Environment",
  ServiceAccount: "confluentcloud:index/serviceAccount:ServiceAccount",
  RoleBinding: "confluentcloud:index/roleBinding:RoleBinding",
  ApiKey: "confluentcloud:index/apiKey:ApiKey",
  KafkaCluster: "confluentcloud:index/kafkaCluster:KafkaCluster",
  FlinkComputePool: "confluentcloud:index/flinkComputePool:FlinkComputePool",
  FlinkStatement: "confluentcloud:index/flinkStatement:FlinkStatement",
  ComputePool: "flink-platform:index:ComputePool",
  ConfluentCloudFlink: "flink-platform:index:ConfluentCloudFlink",
} as const;

/**
 * Installs the mocks before the file's tests, then `load`s the module under
 * test (after the mocks, since it builds resources), and forgets what was
 * recorded before each test. Read `mocks` and `mod` inside tests.
 */
export function useCloudMocks<M>(load: () => Promise<M>): { readonly mocks: CloudMocks; readonly mod: M } {
  const suite = {} as { mocks: CloudMocks; mod: M };
  beforeAll(async () => {
    suite.mocks = await installCloudMocks();
    suite.mod = await load();
  });
  beforeEach(() => suite.mocks.clear());
  return suite;
}
