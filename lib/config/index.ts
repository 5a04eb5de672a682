export * from "./errors";
export * from "./sizes";
export * from "./schema";
export * from "./cloud";
export * from "./cp";
export * from "./stack";
export { parseOrThrow, projectConfigObject, parseConfigValue, renderPath } from "./load";
export * from "./validate";
