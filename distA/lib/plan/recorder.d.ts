import { secretPlaceholder } from "../core/secrets";
/**
 * Runs a Pulumi program in-process under the SDK's mock monitor and records
 * every resource registration exactly as the engine would receive it:
 * parent, dependencies, protect flags and the serialized inputs, with secret
 * values still marked (so they can be redacted instead of printed).
 */
export declare const unknownPlaceholder = "[unknown]";
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
     * and the golden plans stay as they are; tests read it.
     */
    readonly provider?: string;
    /** Its inputs, secret values as `"[secret]"`. */
    inputs: Record<string, unknown>;
}
/** Converts wire-format property values to plain JSON with secrets redacted. */
export declare function redactWireValue(value: unknown): unknown;
/** Deterministic fake outputs for what a real provider would compute. */
export type ResourceFake = (name: string, inputs: Record<string, unknown>) => Record<string, unknown>;
export type InvokeFake = (inputs: Record<string, unknown>) => Record<string, unknown>;
/**
 * The engine's message for a second registration of a URN, diag 2001
 * `GetDuplicateResourceURNError` in pulumi/pulumi
 * sdk/go/common/diag/errors.go: "Duplicate resource URN '%v'; try giving it
 * a unique name". The SDK reports the failed registration as
 * `failed to register new resource <name> [<type>]: <this message>`.
 */
export declare function duplicateUrnMessage(urn: string): string;
export interface RecordOptions {
    readonly project: string;
    readonly stack: string;
    readonly resourceFakes?: Readonly<Record<string, ResourceFake>>;
    readonly invokeFakes?: Readonly<Record<string, InvokeFake>>;
}
/**
 * Installs the recording mocks. Returns the live list of recorded resources;
 * call `pulumi.runtime.disconnect()` after loading the program to wait for
 * every registration.
 */
export declare function installRecordingMocks(options: RecordOptions): PlanResource[];
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
export declare function applyOrder(resources: readonly PlanResource[]): PlanResource[];
export { secretPlaceholder };
