/**
 * Offline synth runs the program without capturing stack traces, unless they
 * are wanted (FLINK_PLATFORM_DEBUG prints a crash's stack;
 * PULUMI_DEBUG_PROMISE_LEAKS prints each leaked promise's).
 *
 * The SDK captures one for every promise it makes (`debuggablePromise` in
 * `@pulumi/pulumi/runtime/debuggable.js` stores `new Error().stack`, read
 * only by that leak report), several per resource: formatting them was 5 to
 * 8% of a shipped stack's synth and a fifth of one with 1000 applications.
 * The SDK's own resource call sites (`Resource.callsites`, the source
 * position sent with a registration) raise the limit themselves, and offline
 * nothing reads them; nor does this library, its bundled dependencies or the
 * CLI (which prints an error's message, its stack only under
 * FLINK_PLATFORM_DEBUG), so the shipped program's plan is the same either
 * way. A few SDK messages that quote an error's stack (a property it could
 * not set, an invoke it could not serialize) keep the message without frames,
 * and a program of one's own that finds its caller by parsing a stack
 * without raising the limit would see none.
 */

/** Runs `body` with `Error.stackTraceLimit` at 0 (see above), then gives the caller its own limit back. */
export async function withoutPromiseStackTraces<T>(body: () => Promise<T>): Promise<T> {
  if (process.env.FLINK_PLATFORM_DEBUG || process.env.PULUMI_DEBUG_PROMISE_LEAKS) return body();
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return await body();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
