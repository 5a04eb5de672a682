import * as pulumi from "@pulumi/pulumi";
import { secretPlaceholder } from "../core/secrets";
import { MockMonitor } from "@pulumi/pulumi/runtime/mocks";
import { sdkStore } from "./sdk-state";

/**
 * Runs a Pulumi program in-process under the SDK's mock monitor and records
 * every resource registration exactly as the engine would receive it:
 * parent, dependencies, protect flags and the serialized inputs, with secret
 * values still marked (so they can be redacted instead of printed).
 */

export const unknownPlaceholder = "[unknown]";

// Signatures of the Pulumi wire format (sdk/go/common/resource/sig).
const sigKey = "4dabf18193072939515e22adb298388d";
const secretSig = "1b47061264138c4ac30d75fd1eb44270";
const resourceSig = "5cf8f73096256a8f31e491e813e4eb8e";
const unknownValue = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** One resource of a {@link Plan}, as the program registered it. */
export interface PlanResource {
  /** Pulumi URN. */
  urn: string;
  /** Resource type token, e.g. `kubernetes:core/v1:Namespace`. */
  type: string;
  /** Logical name. */
  name: string;
  /** URN of its parent component; `null` at the top of the stack. */
  parent: string | null;
  /** URNs it depends on explicitly. */
  dependsOn: string[];
  /** Whether Pulumi refuses to delete it. */
  protect: boolean;
  /** Whether deleting it leaves the cloud object in place. */
  retainOnDelete: boolean;
  /**
   * URN of an explicit provider (a spoke cluster's Kubernetes provider, the
   * Cloud provider); absent for the default one. Not enumerable, so plan.json
   * and the golden plans stay as they are; synth's writer (a spoke's objects
   * go to a folder of their own) and tests read it.
   */
  readonly provider?: string;
  /** Its inputs, secret values as `"[secret]"`. */
  inputs: Record<string, unknown>;
}

/** Converts wire-format property values to plain JSON with secrets redacted. */
export function redactWireValue(value: unknown): unknown {
  if (value === unknownValue) return unknownPlaceholder;
  if (Array.isArray(value)) return value.map(redactWireValue);
  if (value !== null && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    if (obj[sigKey] === secretSig) return secretPlaceholder;
    if (obj[sigKey] === resourceSig) return obj.urn;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(obj).sort()) out[key] = redactWireValue(obj[key]);
    return out;
  }
  return value;
}

/** Deterministic fake outputs for what a real provider would compute. */
export type ResourceFake = (name: string, inputs: Record<string, unknown>) => Record<string, unknown>;
export type InvokeFake = (inputs: Record<string, unknown>) => Record<string, unknown>;

interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getDependenciesList(): string[];
  getProtect(): boolean | undefined;
  getRetainondelete(): boolean | undefined;
  getProvider(): string;
  getObject(): { toJavaScript(): Record<string, unknown> } | undefined;
  getCustom(): boolean;
  getImportid(): string;
}

/** What the SDK reads of a registration's response (runtime/resource.js). */
interface RegisterResponse {
  getUrn(): string;
  getId(): string;
  getObject(): { toJavaScript(): Record<string, unknown> };
  getPropertydependenciesMap(): undefined;
  getResult(): number;
}

/**
 * The engine's message for a second registration of a URN, diag 2001
 * `GetDuplicateResourceURNError` in pulumi/pulumi
 * sdk/go/common/diag/errors.go: "Duplicate resource URN '%v'; try giving it
 * a unique name". The SDK reports the failed registration as
 * `failed to register new resource <name> [<type>]: <this message>`.
 */
export function duplicateUrnMessage(urn: string): string {
  return `Duplicate resource URN '${urn}'; try giving it a unique name`;
}

/** URNs as the engine makes them: the qualified type carries every ancestor (`Parent$Child$Type`). */
function engineUrn(parent: string, type: string, name: string): string {
  const qualified = parent ? `${parent.split("::")[2]}$${type}` : type;
  return `urn:pulumi:${pulumi.getStack()}::${pulumi.getProject()}::${qualified}::${name}`;
}

/**
 * The SDK's wire conversion of the state a mock returns (runtime/rpc), typed
 * here: the recorder builds its own response from it.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const rpc = require("@pulumi/pulumi/runtime/rpc") as {
  serializeProperties(label: string, props: Record<string, unknown>): Promise<Record<string, unknown>>;
  deserializeProperties(struct: unknown): Record<string, unknown>;
};

/**
 * What `Struct.fromJavaScript(value).toJavaScript()` returns, without building
 * the protobuf messages: a fresh copy whose keys come in sorted order (the
 * protobuf map iterates its keys sorted). Undefined for a value the protobuf
 * Struct refuses (undefined, a function, a bigint), so the caller takes the
 * SDK's own path and its error.
 */
export function structRoundTrip(value: unknown): unknown {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const copy = structRoundTrip(item);
      if (copy === undefined) return undefined;
      out.push(copy);
    }
    return out;
  }
  if (typeof value !== "object") return undefined;
  const out: Record<string, unknown> = {};
  // for...in, as Struct.fromJavaScript reads an object.
  const keys: string[] = [];
  for (const key in value) keys.push(key);
  for (const key of keys.sort()) {
    const copy = structRoundTrip((value as Record<string, unknown>)[key]);
    if (copy === undefined) return undefined;
    out[key] = copy;
  }
  return out;
}

class RecordingMonitor extends MockMonitor {
  constructor(
    mocks: pulumi.runtime.Mocks,
    private readonly onRegister: (req: RegisterRequest, urn: string) => void,
  ) {
    super(mocks);
    // The SDK's mock keeps only the last type of the qualified type. Its
    // newUrn is private in the typings, hence the cast.
    (this as unknown as { newUrn: typeof engineUrn }).newUrn = engineUrn;
  }

  /**
   * The SDK's MockMonitor.registerResource (runtime/mocks.js), step for step,
   * except that its response carries the serialized state as is: the SDK
   * reads the response's object only through `toJavaScript()`, so the
   * protobuf Struct built from the state and read back at once (about a
   * tenth of a millisecond per resource, and garbage) is replaced by the
   * same plain copy. A state the Struct would refuse fails as it does there.
   * test/plan/recorder.test.ts fails when an SDK release changes that method.
   */
  override async registerResource(req: RegisterRequest, callback: (err: unknown, resp: unknown) => void) {
    // The mock monitor and the recorder both read the inputs as plain values:
    // convert the protobuf Struct once.
    const struct = req.getObject();
    if (struct) {
      const plain = struct.toJavaScript();
      struct.toJavaScript = () => plain;
    }
    try {
      const result = await this.mocks.newResource({
        type: req.getType(),
        name: req.getName(),
        inputs: rpc.deserializeProperties(req.getObject()),
        provider: req.getProvider(),
        custom: req.getCustom(),
        id: req.getImportid(),
      });
      const urn = engineUrn(req.getParent(), req.getType(), req.getName());
      const state = await rpc.serializeProperties("", result.state);
      this.resources.set(urn, { urn, id: result.id ?? null, state });
      const plain = structRoundTrip(state) as Record<string, unknown> | undefined;
      // The error Struct.fromJavaScript throws at this step of the SDK's mock.
      if (plain === undefined) throw new Error("Unexpected struct type.");
      const id = result.id || "";
      const response: RegisterResponse = {
        getUrn: () => urn,
        getId: () => id,
        getObject: () => ({ toJavaScript: () => plain }),
        getPropertydependenciesMap: () => undefined,
        // resproto.Result.SUCCESS, the default of a response the mock builds.
        getResult: () => 0,
      };
      this.onRegister(req, urn);
      callback(null, response);
    } catch (err) {
      callback(err, undefined);
    }
  }
}

export interface RecordOptions {
  readonly project: string;
  readonly stack: string;
  readonly resourceFakes?: Readonly<Record<string, ResourceFake>>;
  readonly invokeFakes?: Readonly<Record<string, InvokeFake>>;
}

/** Input keys that hold SDK internals rather than user intent. */
const internalInputs: Record<string, string> = { __provider: "[dynamic provider]" };

/**
 * Installs the recording mocks. Returns the live list of recorded resources;
 * call `pulumi.runtime.disconnect()` after loading the program to wait for
 * every registration.
 */
export function installRecordingMocks(options: RecordOptions): PlanResource[] {
  const recorded: PlanResource[] = [];
  const mocks: pulumi.runtime.Mocks = {
    newResource(args) {
      const fake = options.resourceFakes?.[args.type]?.(args.name, args.inputs) ?? {};
      const id = typeof fake.id === "string" ? fake.id : `${args.name}-id`;
      return { id, state: { ...args.inputs, ...fake } };
    },
    call(args) {
      const fake = options.invokeFakes?.[args.token];
      if (!fake) {
        throw new Error(`offline synth has no fake for invoke ${args.token}; add one in lib/plan/fakes`);
      }
      return fake(args.inputs);
    },
  };
  const monitor = new RecordingMonitor(mocks, (req, urn) => {
    const raw = req.getObject()?.toJavaScript() ?? {};
    const inputs = redactWireValue(raw) as Record<string, unknown>;
    for (const [key, placeholder] of Object.entries(internalInputs)) {
      if (key in inputs) inputs[key] = placeholder;
    }
    const resource: PlanResource = {
      urn,
      type: req.getType(),
      name: req.getName(),
      parent: req.getParent() || null,
      dependsOn: [...new Set(req.getDependenciesList())].sort(),
      protect: req.getProtect() === true,
      retainOnDelete: req.getRetainondelete() === true,
      inputs,
    };
    // A provider reference is `<urn>::<id>`; only explicit ones are sent.
    const provider = req.getProvider();
    if (provider) {
      Object.defineProperty(resource, "provider", {
        value: provider.split("::").slice(0, -1).join("::"),
        enumerable: false,
      });
    }
    recorded.push(resource);
  });
  pulumi.runtime.setMockOptions(monitor, options.project, options.stack, false);
  // The same feature flags setMocks() enables: secrets and resource references on the wire.
  const store = sdkStore();
  store.supportsSecrets = true;
  store.supportsResourceReferences = true;
  store.supportsOutputValues = false;
  store.supportsDeletedWith = true;
  store.supportsAliasSpecs = true;
  return recorded;
}

/**
 * Orders resources so that everything comes after its parent and its
 * dependencies; ties keep registration order. Deterministic for a program.
 *
 * Throws the engine's error when two registrations share a URN: the mock
 * monitor accepts both (and a plan keyed by URN would silently keep one),
 * where `pulumi preview` and `up` refuse the program. The check is here,
 * after the program ran, rather than a failed registration: the SDK reports
 * a failed registration as an unhandled rejection after `disconnect()` has
 * already resolved, too late for synth to see it.
 */
export function applyOrder(resources: readonly PlanResource[]): PlanResource[] {
  const byUrn = new Map<string, PlanResource>();
  for (const r of resources) {
    if (byUrn.has(r.urn)) throw new Error(duplicateUrnMessage(r.urn));
    byUrn.set(r.urn, r);
  }
  const out: PlanResource[] = [];
  const done = new Set<string>();
  const visit = (r: PlanResource, stack: Set<string>) => {
    if (done.has(r.urn) || stack.has(r.urn)) return;
    stack.add(r.urn);
    for (const dep of [r.parent, ...r.dependsOn]) {
      const d = dep ? byUrn.get(dep) : undefined;
      if (d) visit(d, stack);
    }
    done.add(r.urn);
    out.push(r);
  };
  // One collator for the sort: what `a.localeCompare(b)` builds per call
  // (ECMA-402, String.prototype.localeCompare), so the order is the same.
  const { compare } = new Intl.Collator();
  [...resources].sort((a, b) => compare(a.urn, b.urn)).forEach((r) => visit(r, new Set()));
  return out;
}

export { secretPlaceholder };
