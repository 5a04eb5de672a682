/**
 * The Flink SQL args of FlinkPlatformCP: `flink-platform:cmf.secrets`,
 * `secretMappings`, `catalogs` and `statements` one to one (./config-sql.ts).
 */

/** A CMF secret (`cmf.secrets[]`). */
export interface CmfSqlSecretArgs {
  /** CMF secret name. */
  readonly name: string;
  /**
   * Read the data from this Kubernetes Secret at deploy time.
   * @default the data is `cmfCredentials.sqlSecrets[name]`
   */
  readonly kubernetesSecret?: {
    /** Name of the Kubernetes Secret; its keys become the CMF secret's data keys. */
    readonly name: string;
    /** Namespace of the Kubernetes Secret. @default the CMF namespace */
    readonly namespace?: string;
  };
}

/** A connection secret id mapped into every CMF environment (`cmf.secretMappings[]`). */
export interface CmfSecretMappingArgs {
  /** The id catalogs and databases name as `connectionSecretId`. */
  readonly name: string;
  /** A secret of `cmf.secrets`. */
  readonly secretName: string;
}

/** A Kafka cluster of a catalog (`cmf.catalogs[].databases[]`). */
export interface CmfKafkaDatabaseArgs {
  /** Database name: the `sql.current-database` statements use. */
  readonly name: string;
  /** `bootstrap.servers`. */
  readonly bootstrapServers: string;
  /** More Kafka client options, no credentials. @default none */
  readonly config?: Record<string, string>;
  /** Connection secret id (a `cmf.secretMappings` name) with the Kafka credentials. */
  readonly connectionSecretId: string;
}

/** A Kafka catalog (`cmf.catalogs[]`). */
export interface CmfKafkaCatalogArgs {
  /** Catalog name: the `sql.current-catalog` statements use. */
  readonly name: string;
  /** The Schema Registry the catalog reads table schemas from. */
  readonly schemaRegistry: {
    /** `schema.registry.url`. */
    readonly url: string;
    /** More Schema Registry options, no credentials. @default none */
    readonly config?: Record<string, string>;
    /** Connection secret id with the Schema Registry credentials. @default none */
    readonly connectionSecretId?: string;
  };
  /** Kafka clusters of the catalog, one database each. @default [] */
  readonly databases?: CmfKafkaDatabaseArgs[];
}

/** A statement (`cmf.statements[]`), the same shape as Confluent Cloud's. */
export interface CmfStatementArgs {
  /** Base name; the deployed statement is `<name>-<8 hex of the content hash>`. */
  readonly name: string;
  /**
   * SQL file, relative to the project (a `.sql` file inside it, at most 1 MiB); read when the
   * args are parsed. Set it or `sql`.
   * @default none: `sql` holds the SQL
   */
  readonly file?: string;
  /**
   * SQL text. Set it or `file`.
   * @default none: the SQL is read from `file`
   */
  readonly sql?: string;
  /** A pool of `pools`; the statement runs in that pool's CMF environment. */
  readonly pool: string;
  /**
   * Session properties; `sql.current-catalog` and `sql.current-database`
   * default to the only catalog and its only database.
   * @default {}
   */
  readonly properties?: Record<string, string>;
  /** Stop (true) or resume (false) in place. @default false */
  readonly stopped?: boolean;
}

/** The SQL keys of `CmfArgs`. */
export interface CmfSqlResourcesArgs {
  /** CMF secrets holding connection credentials (`cmf.secrets`). @default [] */
  readonly secrets?: CmfSqlSecretArgs[];
  /** Secrets mapped into every CMF environment (`cmf.secretMappings`). @default [] */
  readonly secretMappings?: CmfSecretMappingArgs[];
  /** Kafka catalogs with their databases (`cmf.catalogs`). @default [] */
  readonly catalogs?: CmfKafkaCatalogArgs[];
  /** Flink SQL statements on the CMF compute pools (`cmf.statements`). @default [] */
  readonly statements?: CmfStatementArgs[];
}
