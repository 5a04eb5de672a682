import { CORE_SCHEMA, DEFAULT_SCHEMA, dump, load, Type, types, YAMLException } from "js-yaml";
import { ConfigError } from "./errors";

/**
 * YAML text read and written the way the tools on the other side read it.
 *
 * Written documents (manifests, Helm values, config patches) end up in
 * kubectl, Helm and GitOps controllers, which read YAML 1.1 (go-yaml via
 * sigs.k8s.io/yaml): there a plain `on`, `yes`, `12:30` or `1_000` is a
 * boolean or a number, not the string that was meant. Such strings are
 * quoted. js-yaml is the YAML library the Pulumi SDK itself loads, so reading
 * and writing here adds no module to a synth.
 *
 * Comment-preserving edits of stack files use the `yaml` Document API
 * instead (`config/edit.ts`); only the `scale` and `estimate --apply`
 * commands load it.
 */

// Remove once @types/js-yaml (pinned at 4.0.9) declares `types` itself.
declare module "js-yaml" {
  /** js-yaml's built-in types (exported since 4.0; missing from @types/js-yaml 4.0.9). */
  export const types: { readonly merge: Type };
}

// js-yaml already quotes YAML 1.1 booleans, base-60 numbers and its own
// number forms. go-yaml v2 reads more strings as numbers: it deletes every
// `_` first, then accepts Go's number syntax (0x/0X, 0o/0O, 0b/0B prefixes,
// signed leading-dot floats). A type that resolves those strings (and is
// never chosen for a value, since it is matched only against strings) makes
// the writer quote them. Quoting a string never changes what it reads as.
const yaml11Number =
  /^[-+]?(?:0b[01]+|0x[0-9a-f]+|0o?[0-7]+|[0-9]+(?:\.[0-9]*)?(?:e[-+]?[0-9]+)?|\.[0-9]+(?:e[-+]?[0-9]+)?)$/i;
const yaml11NumberString = new Type("tag:flink-platform,2026:yaml-1.1-number", {
  kind: "scalar",
  resolve: (text: string | null) => text !== null && yaml11Number.test(text.replace(/_/g, "")),
  construct: (text: string) => text,
});

// No anchors, no line folding, double quotes where quoting is needed, and
// undefined fields left out (as JSON would).
const dumpOptions = {
  schema: DEFAULT_SCHEMA.extend({ implicit: [yaml11NumberString] }),
  noRefs: true,
  lineWidth: -1,
  quotingType: '"',
  skipInvalid: true,
} as const;

/** One YAML document, safe for YAML 1.1 and 1.2 readers. */
export function toYaml(value: unknown): string {
  return dump(value, dumpOptions);
}

// The YAML 1.2 core schema (dates stay strings) plus merge keys (`<<: *base`),
// which the Pulumi CLI applies when it reads a stack file.
const pulumiFileSchema = CORE_SCHEMA.extend({ implicit: [types.merge] });

/**
 * Parses a Pulumi project or stack file as the Pulumi CLI reads it. A syntax
 * error, a duplicate key or a second document is a {@link ConfigError} that
 * names the file (and the line and column where js-yaml knows them).
 */
export function parseYamlFile(text: string, file: string): unknown {
  try {
    return load(text, { schema: pulumiFileSchema, filename: file });
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    const mark = err.mark as YAMLException["mark"] | undefined;
    throw new ConfigError(
      [
        {
          path: mark ? `${file}:${mark.line + 1}:${mark.column + 1}` : file,
          got: err.reason,
          allowed: "valid YAML with one document",
        },
      ],
      "Cannot read a YAML file",
    );
  }
}
