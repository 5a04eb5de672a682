export * from "./errors";
export * from "./sizes";
export * from "./schema";
export { parseOrThrow, projectConfigObject, parseConfigValue, renderPath } from "./load";
import { parseOrThrow, projectConfigObject } from "./load";
import { configNamespace, StackConfig, stackConfigSchema } from "./schema";

/**
 * Validates the project's keys of a Pulumi config map (as returned by
 * `pulumi.runtime.allConfig()`) and returns the typed stack config.
 * Throws one ConfigError listing every problem.
 */
export function parseStackConfig(all: Readonly<Record<string, string>>): StackConfig {
  return parseOrThrow(stackConfigSchema, projectConfigObject(all), {
    prefix: `${configNamespace}:`,
    title: "Invalid flink-platform stack configuration",
  });
}
