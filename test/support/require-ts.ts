/**
 * lib/ loads some modules on first use with `require` (the CLI's commands,
 * ComputePool's faces), so that a process loads only what it runs. Vitest
 * runs the sources as ES modules and leaves `require` to Node, which cannot
 * load TypeScript: register tsx's CommonJS hook, as `pulumi up` registers
 * ts-node, so those requires load the sources. (npm run build turns them into
 * plain requires of dist/ files; the bundle inlines them.)
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
(require("tsx/cjs/api") as { register(): void }).register();

// As in a synth process (lib/plan/synth.ts): the libraries only the SDK's closure serializer uses load on first use.
import "../../lib/plan/lazy-sdk";
