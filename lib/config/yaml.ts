import { CORE_SCHEMA, dump, load, YAMLException } from "js-yaml";
import { ConfigError } from "./errors";

/**
 * YAML text read and written the way the tools on the other side read it.
 *
 * Written documents (manifests, Helm values, config patches) end up in
 * kubectl, Helm and GitOps controllers, which read YAML 1.1 (go-yaml via
 * sigs.k8s.io/yaml): there a plain `on`, `yes`, `no`, `y` or `12:30` is a
 * boolean or a number, not the string that was meant. js-yaml's writer quotes
 * every such string, and it is the YAML library the Pulumi SDK itself loads,
 * so reading and writing here adds no module to a synth.
 *
 * Comment-preserving edits of stack files use the `yaml` Document API
 * instead (`config/edit.ts`); only the `scale` and `estimate --apply`
 * commands load it.
 */

// No anchors, no line folding, double quotes where quoting is needed, and
// undefined fields left out (as JSON would).
const dumpOptions = { noRefs: true, lineWidth: -1, quotingType: '"', skipInvalid: true } as const;

/** One YAML document, safe for YAML 1.1 and 1.2 readers. */
export function toYaml(value: unknown): string {
  return dump(value, dumpOptions);
}

/**
 * Parses a Pulumi project or stack file with the YAML 1.2 core schema (dates
 * stay strings, as the Pulumi CLI reads them). A syntax error or a duplicate
 * key is a {@link ConfigError} that names the file, line and column.
 */
export function parseYamlFile(text: string, file: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, filename: file });
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    throw new ConfigError(
      [
        {
          path: `${file}:${err.mark.line + 1}:${err.mark.column + 1}`,
          got: err.reason,
          allowed: "valid YAML",
        },
      ],
      "Cannot read a YAML file",
    );
  }
}
