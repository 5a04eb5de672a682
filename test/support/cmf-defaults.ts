/**
 * What CMF does with an environment's `flinkApplicationDefaults`: the field is
 * a FlinkApplication fragment (`{metadata?, spec?}`, every example in the CMF
 * 2.3.1 OpenAPI's `createOrUpdateEnvironment`), deep-merged into each
 * application of the environment. Environment settings take precedence over
 * the application's ("Flink configuration at the environment level has
 * precedence over Flink configuration for individual Flink applications",
 * docs.confluent.io/cp-flink/current/configure/environments.html).
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Deep merge of JSON objects; `over` wins on conflicts, arrays are replaced. */
export function deepMerge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(over)) {
    out[key] = isObject(value) && isObject(out[key]) ? deepMerge(out[key] as Json, value) : value;
  }
  return out;
}

/** Top-level keys of `flinkApplicationDefaults` that CMF merges into a FlinkApplication. */
export const applicationDefaultsKeys = ["metadata", "spec"] as const;

/**
 * The FlinkApplication CMF runs: `{metadata, spec}` of the application with
 * the environment's defaults merged over it. Throws on a defaults key outside
 * {@link applicationDefaultsKeys}: CMF would not apply it to the application.
 */
export function applyApplicationDefaults(
  defaults: Json | undefined,
  application: { metadata: Json; spec: Json },
): { metadata: Json; spec: Json } {
  const fragment = defaults ?? {};
  const stray = Object.keys(fragment).filter(
    (k) => !(applicationDefaultsKeys as readonly string[]).includes(k),
  );
  if (stray.length > 0) {
    throw new Error(
      `flinkApplicationDefaults has keys outside {metadata, spec} that CMF never merges into an application: ${stray.join(", ")}`,
    );
  }
  return deepMerge(application, fragment) as { metadata: Json; spec: Json };
}
