/**
 * lib/ loads some modules on first use with `require` (the CLI's commands,
 * ComputePool's faces), so that a process loads only what it runs. Vitest
 * runs the sources as ES modules and leaves `require` to Node, which cannot
 * load TypeScript: register tsx's CommonJS hook, as `pulumi up` registers
 * ts-node, so those requires load the sources. (npm run build turns them into
 * plain requires of dist/ files; the bundle inlines them.)
 *
 * Once per process: vitest runs this setup file before every test file, and
 * the files share their worker. Each `register()` wraps Node's resolver once
 * more, and a resolve walks every layer: after a few dozen files one
 * `require` spun a CI worker for minutes.
 */
// As in a synth process (lib/plan/synth.ts): what the SDK and zod load eagerly and never use offline loads on first use.
import "../../lib/plan/lazy-sdk";

const REGISTERED = Symbol.for("flink-platform.test.tsxRegistered");

/** Registers tsx's CommonJS hook unless this process already has it; returns whether it did now. */
export function registerTsOnce(): boolean {
  const state = globalThis as { [REGISTERED]?: true };
  if (state[REGISTERED]) return false;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require("tsx/cjs/api") as { register(): void }).register();
  state[REGISTERED] = true;
  return true;
}

registerTsOnce();
