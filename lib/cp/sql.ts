import * as pulumi from "@pulumi/pulumi";
import * as k8s from "../kubernetes/k8s-sdk";
import { catalogProperty, databaseProperty, versionStatement } from "../core/statements";
import type { CmfEnvironment } from "./cmf/environment";
import { parseCmfSqlSecrets } from "./config-sql";
import { CmfKafkaCatalog } from "./cmf/kafka-catalog";
import { CmfKafkaDatabase } from "./cmf/kafka-database";
import type { CmfConnectionArgs } from "./cmf/connection-args";
import { CmfSecret } from "./cmf/secret";
import { CmfEnvironmentSecretMapping } from "./cmf/secret-mapping";
import { CmfStatement } from "./cmf/statement";
import { registerSavepoints } from "./savepoints";
import { statementCatalogDatabase, type CmfSqlConfig } from "./config-sql";

/**
 * Flink SQL on FlinkPlatformCP: the CMF secrets, their mapping into every
 * CMF environment, the Kafka catalogs and databases, and the statements of
 * `cmf.secrets` ... `cmf.statements`, in dependency order (secret ->
 * mapping -> catalog -> database -> statement; statements also after their
 * pool). Destroy runs the other way, so nothing is deleted while used.
 */

/** What {@link registerCmfSql} needs from the platform. */
export interface CmfSqlContext {
  readonly sql: CmfSqlConfig;
  readonly connection: CmfConnectionArgs;
  /** Namespace of CMF: the default namespace of a `kubernetesSecret`. */
  readonly cmfNamespace: string;
  /** Every CMF environment of the platform (its name and resource); secret mappings go into each. */
  readonly environments: readonly { readonly name: string; readonly resource: CmfEnvironment }[];
  /** The CMF environment and the compute pool resource of a pool name (of `pools`). */
  readonly pool: (name: string) => { environment: CmfEnvironment; resource: pulumi.Resource };
  /** What everything waits for (the CMF release and its exposure). */
  readonly dependsOn: readonly pulumi.Resource[];
  /** Data of the secrets without `kubernetesSecret` (`cmfCredentials.sqlSecrets`). */
  readonly sqlSecrets?: pulumi.Input<string>;
}

/** Base64 `data` of a Kubernetes Secret, decoded (the provider marks Secret data secret). */
function decoded(data: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(data ?? {}).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]),
  );
}

/** Registers the SQL objects under `parent`; returns the deployed (versioned) statement names by base name. */
export function registerCmfSql(
  parent: pulumi.ComponentResource,
  name: string,
  ctx: CmfSqlContext,
): Record<string, string> {
  const { sql, connection } = ctx;
  const opts = (dependsOn: readonly pulumi.Resource[]): pulumi.CustomResourceOptions => ({
    parent,
    dependsOn: [...ctx.dependsOn, ...dependsOn],
  });

  const secrets = new Map(
    sql.secrets.map((s) => {
      const source = s.kubernetesSecret;
      const data = source
        ? k8s.coreV1.Secret.get(
            `${name}-cmf-secret-source-${s.name}`,
            `${source.namespace ?? ctx.cmfNamespace}/${source.name}`,
            { parent },
          ).data.apply(decoded)
        : pulumi.output(ctx.sqlSecrets ?? "{}").apply((text) => parseCmfSqlSecrets(text)[s.name]);
      const secret = new CmfSecret(
        `${name}-cmf-secret-${s.name}`,
        { connection, name: s.name, data },
        opts([]),
      );
      return [s.name, secret] as const;
    }),
  );

  // A connection secret id is mapped in every environment, so any statement may use any database.
  const mappings = new Map<string, pulumi.Resource[]>(
    sql.secretMappings.map((m) => [
      m.name,
      ctx.environments.map(
        (env) =>
          new CmfEnvironmentSecretMapping(
            `${name}-cmf-secret-mapping-${m.name}-${env.name}`,
            { connection, environment: env.resource.name, name: m.name, secretName: m.secretName },
            opts([env.resource, secrets.get(m.secretName)!]),
          ),
      ),
    ]),
  );
  const mappingDeps = (secret: string | undefined) => (secret === undefined ? [] : mappings.get(secret)!);

  const databases = new Map<string, pulumi.Resource>();
  for (const c of sql.catalogs) {
    const catalog = new CmfKafkaCatalog(
      `${name}-cmf-catalog-${c.name}`,
      {
        connection,
        name: c.name,
        connectionConfig: { ...c.schemaRegistry.config, "schema.registry.url": c.schemaRegistry.url },
        connectionSecretId: c.schemaRegistry.connectionSecretId,
      },
      opts(mappingDeps(c.schemaRegistry.connectionSecretId)),
    );
    for (const d of c.databases) {
      databases.set(
        `${c.name}/${d.name}`,
        new CmfKafkaDatabase(
          `${name}-cmf-database-${c.name}-${d.name}`,
          {
            connection,
            catalog: c.name,
            name: d.name,
            connectionConfig: { ...d.config, "bootstrap.servers": d.bootstrapServers },
            connectionSecretId: d.connectionSecretId,
          },
          opts([catalog, ...mappingDeps(d.connectionSecretId)]),
        ),
      );
    }
  }

  const names: Record<string, string> = {};
  for (const s of sql.statements) {
    const versioned = versionStatement(s);
    const { catalog, database } = statementCatalogDatabase(sql, s.properties);
    const pool = ctx.pool(s.pool);
    names[s.name] = versioned.statementName;
    // The logical name stays the base name: a new version is a replacement of this resource
    // (created first, as its CMF name differs; the old one is stopped and deleted after).
    const statement = new CmfStatement(
      `${name}-cmf-statement-${s.name}`,
      {
        connection,
        environment: pool.environment.name,
        name: versioned.statementName,
        statement: versioned.statement,
        computePoolName: s.pool,
        properties: { [catalogProperty]: catalog, [databaseProperty]: database, ...versioned.properties },
        stopped: versioned.stopped,
        startFromSavepoint: s.startFromSavepoint,
      },
      opts([pool.environment, pool.resource, databases.get(`${catalog}/${database}`)!]),
    );
    // Taken from this version: a new version (SQL changed) takes them again under its own name.
    // The old version's savepoints go with it once it is deleted (README, "A SQL statement on CP"):
    // one kept as a rollback target is re-registered by its path with alreadyExists (detached).
    registerSavepoints(
      parent,
      `${name}-cmf-statement-${s.name}`,
      { statement: versioned.statementName },
      s.savepoints,
      statement,
      connection,
    );
  }
  return names;
}
