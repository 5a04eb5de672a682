import * as z from "zod";
import { optionMap } from "../core/formats";
import { uniqueNames } from "../core/rules";
import { ConfigError } from "../core/errors";
import { configNamespace, dnsLabel } from "../core/schema";
import { cmfSettingSecretPointer, cmfSqlSecretsKey, hiddenSecret, secretPlaceholder } from "../core/secrets";
import { statementRollbackShape } from "../core/rollback-schema";
import { catalogProperty, databaseProperty, statementSchema } from "../core/statements";

/**
 * Flink SQL on Confluent Platform: the keys of `flink-platform:cmf` that
 * declare CMF secrets, environment secret mappings, Kafka catalogs (with
 * their databases) and statements, and their cross-field rules. Statements
 * have the same shape as Confluent Cloud's (core/statements.ts).
 */

export { cmfSqlSecretsKey } from "../core/secrets";

const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** CMF object names (the DNS rule CMF applies, `PostResourceBase.name`). */
const cmfName = (what: string) =>
  z
    .string({ error: `a ${what} name: lowercase letters, digits, '-' and '.' (a DNS-1123 subdomain)` })
    .max(253, { error: `a ${what} name of at most 253 characters` })
    .regex(dns1123Subdomain, {
      error: `a ${what} name: lowercase letters, digits, '-' and '.' (a DNS-1123 subdomain)`,
    });

/** Client options of Kafka and Schema Registry; credentials come from a secret mapping, never from here. */
const clientOptions = (what: string) => optionMap(what, cmfSettingSecretPointer);

export const cmfSqlSecretSchema = z.strictObject({
  /** CMF secret name. */
  name: cmfName("secret"),
  /**
   * Take the data from this Kubernetes Secret (its keys and values, read at
   * deploy time). Without it, the data is `flink-platform:cmfSqlSecrets.<name>`.
   */
  kubernetesSecret: z
    .strictObject({
      name: cmfName("Kubernetes Secret"),
      /** @default the CMF namespace */
      namespace: dnsLabel.optional(),
    })
    .optional(),
});

export const cmfSecretMappingSchema = z.strictObject({
  /** The connection secret id catalogs and databases name; mapped into every CMF environment. */
  name: cmfName("connection secret id"),
  /** A secret under `cmf.secrets` (EnvironmentSecretMappingSpec.secretName). */
  secretName: cmfName("secret"),
});

export const cmfKafkaDatabaseSchema = z.strictObject({
  name: cmfName("database"),
  /** `bootstrap.servers` of the Kafka cluster. */
  bootstrapServers: z
    .string({ error: "a host:port list such as kafka.confluent.svc:9092" })
    .regex(/^[^\s,]+:\d+(,[^\s,]+:\d+)*$/, { error: "a host:port list such as kafka.confluent.svc:9092" }),
  /** More Kafka client options (security.protocol, sasl.mechanism, ...); no credentials. */
  config: clientOptions("Kafka client option").optional(),
  /** Connection secret id (a `cmf.secretMappings` name) holding the Kafka credentials. */
  connectionSecretId: cmfName("connection secret id"),
});

export const cmfKafkaCatalogSchema = z.strictObject({
  name: cmfName("catalog"),
  schemaRegistry: z.strictObject({
    /** `schema.registry.url`. */
    url: z.url({ protocol: /^https?$/, error: "an http(s) URL of Schema Registry" }),
    /** More Schema Registry client options; no credentials. */
    config: clientOptions("Schema Registry option").optional(),
    /** Connection secret id (a `cmf.secretMappings` name) holding the Schema Registry credentials. */
    connectionSecretId: cmfName("connection secret id").optional(),
  }),
  /** The Kafka clusters of the catalog. */
  databases: z.array(cmfKafkaDatabaseSchema, { error: "a list of databases" }).default([]),
});

/**
 * CP statements: the shared statement shape (a `file` or `sql`) with the platform's pool names
 * (`flink-platform:pools`), plus CMF's statement savepoints (core/rollback-schema.ts).
 */
export const cpStatementSchema = statementSchema(dnsLabel, statementRollbackShape);

/** The SQL keys of `flink-platform:cmf`, as the stack file and FlinkPlatformCP args give them. */
export const cmfSqlShape = {
  secrets: z.array(cmfSqlSecretSchema, { error: "a list of CMF secrets" }).default([]),
  secretMappings: z.array(cmfSecretMappingSchema, { error: "a list of secret mappings" }).default([]),
  catalogs: z.array(cmfKafkaCatalogSchema, { error: "a list of Kafka catalogs" }).default([]),
  statements: z.array(cpStatementSchema, { error: "a list of statements" }).default([]),
};

type Issue = { path: PropertyKey[]; input: unknown; message: string };
type Named = { readonly name?: unknown };
type SqlInput = {
  readonly secrets?: readonly (Named & { kubernetesSecret?: unknown })[];
  readonly secretMappings?: readonly (Named & { secretName?: unknown })[];
  readonly catalogs?: readonly (Named & {
    schemaRegistry?: { connectionSecretId?: unknown };
    databases?: readonly (Named & { connectionSecretId?: unknown })[];
  })[];
  readonly statements?: readonly (Named & {
    pool?: unknown;
    properties?: Record<string, string>;
    carryOffsetsFrom?: unknown;
  })[];
};

const list = <T>(value: readonly T[] | undefined): readonly T[] => (Array.isArray(value) ? value : []);
const oneOf = (names: Set<string>, what: string, where: string) =>
  names.size > 0
    ? `one of the ${what}: ${[...names].join(", ")}`
    : `a ${what.replace(/s$/, "")} declared under ${where}`;

/**
 * Cross-field rules of the SQL keys: every reference names something
 * declared. A mapping names a secret; a catalog's or database's
 * `connectionSecretId` names a mapping (a database without one cannot authenticate); a
 * statement names a pool of `pools`, and its catalog and database (the
 * `sql.current-catalog` / `sql.current-database` properties, or the only
 * catalog and its only database). Defensive reads: runs on invalid input too.
 */
export function cmfSqlRules(
  cmf: SqlInput | undefined,
  pools: readonly { readonly name?: unknown }[] | undefined,
  ctx: z.RefinementCtx,
): void {
  if (!cmf || typeof cmf !== "object") return;
  const issues: Issue[] = [];
  const add = (path: PropertyKey[], input: unknown, message: string) =>
    issues.push({ path: ["cmf", ...path], input, message });
  const secrets = uniqueNames(ctx, cmf.secrets, "cmf.secrets", "secret");
  const mappings = uniqueNames(ctx, cmf.secretMappings, "cmf.secretMappings", "secret mapping");
  const catalogs = uniqueNames(ctx, cmf.catalogs, "cmf.catalogs", "catalog");
  uniqueNames(ctx, cmf.statements, "cmf.statements", "statement");
  list(cmf.secretMappings).forEach((m, i) => {
    if (typeof m?.secretName === "string" && !secrets.has(m.secretName)) {
      add(["secretMappings", i, "secretName"], m.secretName, oneOf(secrets, "secrets", "cmf.secrets"));
    }
  });
  const mapped = (path: PropertyKey[], secret: unknown) => {
    if (typeof secret === "string" && !mappings.has(secret)) {
      add(path, secret, oneOf(mappings, "secret mappings", "cmf.secretMappings"));
    }
  };
  const databases = new Map<string, Set<string>>();
  list(cmf.catalogs).forEach((c, i) => {
    mapped(["catalogs", i, "schemaRegistry", "connectionSecretId"], c?.schemaRegistry?.connectionSecretId);
    const names = new Set<string>();
    list(c?.databases).forEach((d, j) => {
      mapped(["catalogs", i, "databases", j, "connectionSecretId"], d?.connectionSecretId);
      if (typeof d?.name !== "string") return;
      if (names.has(d.name))
        add(["catalogs", i, "databases", j, "name"], d.name, "each database name once per catalog");
      names.add(d.name);
    });
    if (typeof c?.name === "string") databases.set(c.name, names);
  });
  const poolNames = new Set(list(pools).flatMap((p) => (typeof p?.name === "string" ? [p.name] : [])));
  list(cmf.statements).forEach((s, i) => {
    if (!s) return;
    if (typeof s.pool === "string" && !poolNames.has(s.pool)) {
      add(["statements", i, "pool"], s.pool, oneOf(poolNames, "pools", "flink-platform:pools"));
    }
    if (s.carryOffsetsFrom !== undefined) {
      add(
        ["statements", i, "carryOffsetsFrom"],
        s.carryOffsetsFrom,
        "not set on the cp target (a Confluent Cloud offset carry-over; a CMF statement starts from its tables' offsets)",
      );
    }
    const props = s.properties ?? {};
    const catalog = props[catalogProperty] ?? (catalogs.size === 1 ? [...catalogs][0] : undefined);
    const catalogPath = ["statements", i, "properties", catalogProperty];
    if (catalog === undefined) {
      add(
        catalogPath,
        undefined,
        `${oneOf(catalogs, "catalogs", "cmf.catalogs")} (required when there is not exactly one catalog)`,
      );
      return;
    }
    if (!catalogs.has(catalog)) {
      add(catalogPath, catalog, oneOf(catalogs, "catalogs", "cmf.catalogs"));
      return;
    }
    const inCatalog = databases.get(catalog) ?? new Set<string>();
    const database = props[databaseProperty] ?? (inCatalog.size === 1 ? [...inCatalog][0] : undefined);
    if (database === undefined || !inCatalog.has(database)) {
      add(
        ["statements", i, "properties", databaseProperty],
        database,
        `${oneOf(inCatalog, `databases of catalog ${catalog}`, `cmf.catalogs[name=${catalog}].databases`)}${database === undefined ? " (required when the catalog has not exactly one database)" : ""}`,
      );
    }
  });
  for (const issue of issues) ctx.addIssue({ code: "custom", ...issue });
}

/** The catalog and database a valid statement runs against: its properties, or the only ones declared. */
export function statementCatalogDatabase(
  cmf: {
    readonly catalogs: readonly {
      readonly name: string;
      readonly databases: readonly { readonly name: string }[];
    }[];
  },
  properties: Readonly<Record<string, string>> | undefined,
): { catalog: string; database: string } {
  const catalog = properties?.[catalogProperty] ?? cmf.catalogs[0].name;
  const databases = cmf.catalogs.find((c) => c.name === catalog)!.databases;
  return { catalog, database: properties?.[databaseProperty] ?? databases[0].name };
}

/** Config-sourced secrets (no `kubernetesSecret`) need `flink-platform:cmfSqlSecrets`; the problem, if any. */
export function cmfSqlSecretsNeeded(cmf: SqlInput | undefined): string[] {
  return list(cmf?.secrets)
    .filter((s) => s && s.kubernetesSecret === undefined && typeof s.name === "string")
    .map((s) => s.name as string);
}

/** The SQL keys of a validated `cmf` section (statements with their `sql`). */
export type CmfSqlConfig = z.output<z.ZodObject<typeof cmfSqlShape>>;

/** The SQL keys of a validated section. */
export function cmfSqlConfig(cmf: CmfSqlConfig): CmfSqlConfig {
  return {
    secrets: cmf.secrets,
    secretMappings: cmf.secretMappings,
    catalogs: cmf.catalogs,
    statements: cmf.statements,
  };
}

/**
 * Reads the value of `flink-platform:cmfSqlSecrets`: a JSON object of secret
 * name to a map of key to string value. A value that is not one is a
 * ConfigError naming the key, never showing the value. Offline synth's
 * placeholder (`[secret]`, never decrypted) reads as no data.
 */
export function parseCmfSqlSecrets(text: string): Record<string, Record<string, string>> {
  if (text === secretPlaceholder) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const isMap = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  const ok =
    isMap(parsed) &&
    Object.values(parsed).every(
      (data) => isMap(data) && Object.values(data).every((v) => typeof v === "string"),
    );
  if (!ok) {
    throw new ConfigError(
      [
        {
          path: `${configNamespace}:${cmfSqlSecretsKey}`,
          got: hiddenSecret,
          allowed:
            'a JSON object of CMF secret name to a map of key to string value, such as {"kafka-credentials": {"sasl.jaas.config": "..."}}',
        },
      ],
      "Invalid flink-platform stack configuration",
    );
  }
  return parsed as Record<string, Record<string, string>>;
}
