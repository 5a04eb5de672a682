/** Raw HTTP calls to an emulator, for the emulator's own tests (the CMF client hides status and body). */
import type { CmfEmulator } from "./server";

export interface RawAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** `METHOD /cmf/api/v1<path>` with an optional JSON body; `path` may carry a query. */
export async function call(
  emulator: CmfEmulator,
  method: string,
  path: string,
  body?: unknown,
): Promise<RawAnswer> {
  const response = await fetch(`${emulator.url}/cmf/api/v1${path}`, {
    method,
    ...(body !== undefined
      ? { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } }
      : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text === "" ? undefined : (JSON.parse(text) as unknown) };
}

/** A CMF document `{apiVersion, kind, metadata: {name}, spec}`. */
export function doc(kind: string, name: string, spec: Record<string, unknown>): Record<string, unknown> {
  return { apiVersion: "cmf.confluent.io/v1", kind, metadata: { name }, spec };
}

/** A Savepoint request body. */
export function savepointDoc(name: string, spec: Record<string, unknown> = {}): Record<string, unknown> {
  return { apiVersion: "cmf.confluent.io/v1", kind: "Savepoint", metadata: { name }, spec };
}
