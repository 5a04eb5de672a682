/** The CMF emulator (see ./server): one import for tests. */
export * from "./server";
export { createTestPki, type TestPki } from "./pki";
export { OpenApiValidator, type Operation } from "./openapi";
export type { JobStateScript, StatementScript, StatementPhase } from "./state";
