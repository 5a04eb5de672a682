import * as z from "zod";
/**
 * Flink SQL on Confluent Platform: the keys of `flink-platform:cmf` that
 * declare CMF secrets, environment secret mappings, Kafka catalogs (with
 * their databases) and statements, and their cross-field rules. Statements
 * have the same shape as Confluent Cloud's (core/statements.ts).
 */
export { cmfSqlSecretsKey } from "../core/secrets";
export declare const cmfSqlSecretSchema: z.ZodObject<{
    name: z.ZodString;
    kubernetesSecret: z.ZodOptional<z.ZodObject<{
        name: z.ZodString;
        namespace: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const cmfSecretMappingSchema: z.ZodObject<{
    name: z.ZodString;
    secretName: z.ZodString;
}, z.core.$strict>;
export declare const cmfKafkaDatabaseSchema: z.ZodObject<{
    name: z.ZodString;
    bootstrapServers: z.ZodString;
    config: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    connectionSecretId: z.ZodString;
}, z.core.$strict>;
export declare const cmfKafkaCatalogSchema: z.ZodObject<{
    name: z.ZodString;
    schemaRegistry: z.ZodObject<{
        url: z.ZodURL;
        config: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        connectionSecretId: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    databases: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        bootstrapServers: z.ZodString;
        config: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        connectionSecretId: z.ZodString;
    }, z.core.$strict>>>;
}, z.core.$strict>;
/** CP statements: the shared statement shape with the platform's pool names (`flink-platform:pools`). */
export declare const cpStatements: {
    fields: {
        name: z.ZodString;
        pool: z.ZodString;
        properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stopped: z.ZodOptional<z.ZodBoolean>;
        carryOffsetsFrom: z.ZodOptional<z.ZodString>;
    };
    config: z.ZodObject<{
        pool: z.ZodString;
        properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stopped: z.ZodOptional<z.ZodBoolean>;
        carryOffsetsFrom: z.ZodOptional<z.ZodString>;
        name: z.ZodString;
        file: z.ZodString;
    }, z.core.$strict>;
    args: z.ZodObject<{
        pool: z.ZodString;
        properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stopped: z.ZodOptional<z.ZodBoolean>;
        carryOffsetsFrom: z.ZodOptional<z.ZodString>;
        name: z.ZodString;
        sql: z.ZodString;
    }, z.core.$strict>;
};
/** The SQL keys of `flink-platform:cmf`; statements name their `file`. */
export declare const cmfSqlShape: {
    secrets: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        kubernetesSecret: z.ZodOptional<z.ZodObject<{
            name: z.ZodString;
            namespace: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>;
    secretMappings: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        secretName: z.ZodString;
    }, z.core.$strict>>>;
    catalogs: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        schemaRegistry: z.ZodObject<{
            url: z.ZodURL;
            config: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
            connectionSecretId: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>;
        databases: z.ZodDefault<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            bootstrapServers: z.ZodString;
            config: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
            connectionSecretId: z.ZodString;
        }, z.core.$strict>>>;
    }, z.core.$strict>>>;
    statements: z.ZodDefault<z.ZodArray<z.ZodObject<{
        pool: z.ZodString;
        properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stopped: z.ZodOptional<z.ZodBoolean>;
        carryOffsetsFrom: z.ZodOptional<z.ZodString>;
        name: z.ZodString;
        file: z.ZodString;
    }, z.core.$strict>>>;
};
/** The same keys as FlinkPlatformCP args take them: statements carry their `sql`. */
export declare const cmfSqlArgsShape: {
    statements: z.ZodDefault<z.ZodArray<z.ZodObject<{
        pool: z.ZodString;
        properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        stopped: z.ZodOptional<z.ZodBoolean>;
        carryOffsetsFrom: z.ZodOptional<z.ZodString>;
        name: z.ZodString;
        sql: z.ZodString;
    }, z.core.$strict>>>;
    secrets: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        kubernetesSecret: z.ZodOptional<z.ZodObject<{
            name: z.ZodString;
            namespace: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>;
    secretMappings: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        secretName: z.ZodString;
    }, z.core.$strict>>>;
    catalogs: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        schemaRegistry: z.ZodObject<{
            url: z.ZodURL;
            config: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
            connectionSecretId: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>;
        databases: z.ZodDefault<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            bootstrapServers: z.ZodString;
            config: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
            connectionSecretId: z.ZodString;
        }, z.core.$strict>>>;
    }, z.core.$strict>>>;
};
type Named = {
    readonly name?: unknown;
};
type SqlInput = {
    readonly secrets?: readonly (Named & {
        kubernetesSecret?: unknown;
    })[];
    readonly secretMappings?: readonly (Named & {
        secretName?: unknown;
    })[];
    readonly catalogs?: readonly (Named & {
        schemaRegistry?: {
            connectionSecretId?: unknown;
        };
        databases?: readonly (Named & {
            connectionSecretId?: unknown;
        })[];
    })[];
    readonly statements?: readonly (Named & {
        pool?: unknown;
        properties?: Record<string, string>;
        carryOffsetsFrom?: unknown;
    })[];
};
/**
 * Cross-field rules of the SQL keys: every reference names something
 * declared. A mapping names a secret; a catalog's or database's
 * `connectionSecretId` names a mapping (a database without one cannot authenticate); a
 * statement names a pool of `pools`, and its catalog and database (the
 * `sql.current-catalog` / `sql.current-database` properties, or the only
 * catalog and its only database). Defensive reads: runs on invalid input too.
 */
export declare function cmfSqlRules(cmf: SqlInput | undefined, pools: readonly {
    readonly name?: unknown;
}[] | undefined, ctx: z.RefinementCtx): void;
/** The catalog and database a valid statement runs against: its properties, or the only ones declared. */
export declare function statementCatalogDatabase(cmf: {
    readonly catalogs: readonly {
        readonly name: string;
        readonly databases: readonly {
            readonly name: string;
        }[];
    }[];
}, properties: Readonly<Record<string, string>> | undefined): {
    catalog: string;
    database: string;
};
/** Config-sourced secrets (no `kubernetesSecret`) need `flink-platform:cmfSqlSecrets`; the problem, if any. */
export declare function cmfSqlSecretsNeeded(cmf: SqlInput | undefined): string[];
/** The SQL keys of a validated `cmf` section as component args give them (statements with `sql`). */
export type CmfSqlConfig = z.output<z.ZodObject<typeof cmfSqlArgsShape>>;
/** The SQL keys of a validated section. */
export declare function cmfSqlConfig(cmf: CmfSqlConfig): CmfSqlConfig;
/**
 * Reads the value of `flink-platform:cmfSqlSecrets`: a JSON object of secret
 * name to a map of key to string value. A value that is not one is a
 * ConfigError naming the key, never showing the value. Offline synth's
 * placeholder (`[secret]`, never decrypted) reads as no data.
 */
export declare function parseCmfSqlSecrets(text: string): Record<string, Record<string, string>>;
