/**
 * The command's standard output, kept apart from what a program run in the
 * same process prints. `diff`, `scale`, `estimate --apply` and `advise
 * --apply` synthesize a plan in their own process (lib/plan/synth-here.ts),
 * and their stdout is read by machines (`diff --format json`, the markdown a
 * workflow posts): a line the program prints from a timer after its synth
 * must not land in it. So for the rest of a CLI command that ran a program
 * here, the program's writes to `process.stdout` (and its `console.log`) go
 * to stderr, and the command prints through {@link printOut}, which writes to
 * the stream itself. Only under the CLI ({@link guardCommandStdout}): a
 * library caller of the plan API keeps its stdout as it is. A program writing
 * to file descriptor 1 directly (`fs.writeSync(1, …)`) is not seen.
 */

/** Whether the CLI is running a command (set by {@link guardCommandStdout}). */
let guarded = false;
/** The stream's own write, while a program's writes are kept off it. */
let ownWrite: typeof process.stdout.write | undefined;

/** Prints `text` and a newline to the command's stdout, as `console.log` prints a string. */
export function printOut(text: string): void {
  (ownWrite ?? process.stdout.write).call(process.stdout, `${text}\n`);
}

/**
 * For the length of a CLI command (the CLI's `main`): lets
 * {@link keepProgramsOffStdout} act. Returns the function that ends it,
 * giving `process.stdout` its own write back.
 */
export function guardCommandStdout(): () => void {
  guarded = true;
  return () => {
    guarded = false;
    if (ownWrite) process.stdout.write = ownWrite;
    ownWrite = undefined;
  };
}

/**
 * Under a CLI command, from now on until it ends: writes to `process.stdout`
 * (the program's) go to stderr, and {@link printOut} writes to stdout itself.
 * Called once a program has run in this process; does nothing outside a
 * command, or when already in force.
 */
export function keepProgramsOffStdout(): void {
  if (!guarded || ownWrite) return;
  const { stdout, stderr } = process;
  ownWrite = stdout.write;
  stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
    (stderr.write as (c: string | Uint8Array, ...r: unknown[]) => boolean).call(
      stderr,
      chunk,
      ...rest,
    )) as typeof stdout.write;
}
