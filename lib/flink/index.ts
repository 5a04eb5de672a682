export * from "./units";
export * from "./versions";
export * from "./derive";
export * from "./operator-values";
export * from "./guardrails";
export * from "./cmf";
