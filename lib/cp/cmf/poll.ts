/**
 * The one wait loop of the CMF resources (applications, statements,
 * Kubernetes clusters): look, decide, sleep, until done or out of time.
 * Plain functions, for the serialization constraint of `./client`.
 */
import { sleep } from "./http";

/** How long a wait lasts and how often it looks. */
export interface CmfPoll {
  /** Give up after this long, in ms. @default 600000 */
  readonly timeoutMs?: number;
  /** Time between two looks, in ms. @default 5000 */
  readonly pollIntervalMs?: number;
}

/** The wait bounds of a CMF resource that polls after create/update, as its provider gets them. */
export interface CmfWaitInputs {
  readonly waitTimeoutMs?: number;
  readonly pollIntervalMs?: number;
}

/** A resource's wait bounds as {@link pollUntil} takes them; `timeoutMs` is the resource's default bound. */
export function waitPoll(inputs: CmfWaitInputs, timeoutMs?: number): CmfPoll {
  return { timeoutMs: inputs.waitTimeoutMs ?? timeoutMs, pollIntervalMs: inputs.pollIntervalMs };
}

/**
 * Calls `look` every `pollIntervalMs` until `done(seen)` is true and returns
 * what it saw. `look` or `done` throw to stop at once (a vanished object, a
 * failed state); when the next look would be past `timeoutMs`, fails with
 * `timedOut(last seen, timeoutMs)`.
 */
export async function pollUntil<S>(
  wait: CmfPoll,
  look: () => Promise<S>,
  done: (seen: S) => boolean | Promise<boolean>,
  timedOut: (last: S, timeoutMs: number) => string,
): Promise<S> {
  const timeoutMs = wait.timeoutMs ?? 600_000;
  const pollIntervalMs = wait.pollIntervalMs ?? 5_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await look();
    if (await done(seen)) return seen;
    if (Date.now() + pollIntervalMs > deadline) throw new Error(timedOut(seen, timeoutMs));
    await sleep(pollIntervalMs);
  }
}
