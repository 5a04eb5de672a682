import * as z from "zod";
import { isLoopbackUrl } from "../core/formats";
import { effectiveTier, platformRules, platformShape, withOperatorDefaults } from "../core/platform-schema";
import { OperatorDistribution, Tier } from "../core/schema";
import {
  cmfConfigKey,
  CmfDatabaseType,
  CmfAuthenticationType,
  CmfExposureType,
  minimumJdbcCmfVersion,
  requiredOAuthSettings,
  versionBefore,
  cmfConfigSchema,
  type CmfConfig,
} from "./config";
import { cmfSqlRules } from "./config-sql";

/**
 * The Confluent Platform target's whole config: the shared Kubernetes
 * platform keys plus `cmf` (./config), and the cross-field rules that run
 * across them.
 */

/** CMF environment name for a Flink namespace: `<environment>-<namespace>`. */
export function cmfEnvironmentName(environment: string, namespace: string): string {
  return `${environment}-${namespace}`;
}

type Issue = { path: PropertyKey[]; input: unknown; message: string };

/** The CMF environments a config creates: one per Flink namespace, or one for the first. */
export function cmfEnvironmentNamespaces(
  flinkNamespaces: readonly string[],
  perNamespace: boolean,
): string[] {
  const unique = [...new Set(flinkNamespaces)];
  return perNamespace ? unique : unique.slice(0, 1);
}

type CpShapeOutput = z.output<z.ZodObject<typeof cpShape>>;

/** `list` when it is an array, else none (the rules run on invalid input too). */
const listOf = (list: unknown): unknown[] => (Array.isArray(list) ? list : []);

/**
 * A declared savepoint that `alreadyExists` is registered as a CMF detached
 * savepoint under its own name, and CMF keeps those in one namespace
 * (cmf-2.3.1/openapi.yaml: `/cmf/api/v1/detached-savepoints/{detachedSavepointName}`,
 * no environment or owner in the path): two such names across the
 * applications and statements would meet at `up`, the second refused. Each
 * owner's own list is unique already (declaredSavepointsSchema).
 */
function uniqueDetachedSavepoints(
  ctx: z.RefinementCtx,
  owners: readonly { at: PropertyKey[]; owner: unknown }[],
): void {
  const seen = new Set<string>();
  for (const { at, owner } of owners) {
    listOf((owner as { savepoints?: unknown } | null)?.savepoints).forEach((sp, j) => {
      const { name, alreadyExists } = (sp ?? {}) as { name?: unknown; alreadyExists?: unknown };
      if (alreadyExists !== true || typeof name !== "string") return;
      if (seen.has(name)) {
        ctx.addIssue({
          code: "custom",
          path: [...at, "savepoints", j, "name"],
          input: name,
          message:
            "a detached savepoint name (alreadyExists) not used by another: CMF keeps detached savepoints in one namespace (/cmf/api/v1/detached-savepoints)",
        });
      }
      seen.add(name);
    });
  }
}

/**
 * Cross-field rules of the CP target, on top of the platform rules (with the
 * Confluent operator versions). Like those, they run on invalid input too,
 * so every read is defensive and values the field checks report are skipped.
 */
export function cpRules(
  cfg: Omit<CpShapeOutput, "cmf"> & { readonly cmf?: CmfConfig },
  ctx: z.RefinementCtx,
): void {
  platformRules(cfg, ctx, OperatorDistribution.Confluent);
  // CMF compute pools run SQL statements; JAR applications get their own cluster.
  (listOf(cfg?.applications) as { pool?: unknown }[]).forEach((app, i) => {
    if (app?.pool === undefined) return;
    ctx.addIssue({
      code: "custom",
      path: ["applications", i, "pool"],
      input: app.pool,
      message:
        "not set on the cp target (CMF pools run SQL statements; applications run in their own cluster)",
    });
  });
  const cmf = cfg?.cmf as Partial<CmfConfig> | undefined;
  uniqueDetachedSavepoints(ctx, [
    ...listOf(cfg?.applications).map((app, i) => ({ at: ["applications", i], owner: app })),
    ...listOf((cmf as { statements?: unknown } | undefined)?.statements).map((st, i) => ({
      at: ["cmf", "statements", i],
      owner: st,
    })),
  ]);
  if (!cmf || typeof cmf !== "object") return;
  const issues: Issue[] = [];
  const add = (path: PropertyKey[], input: unknown, message: string) =>
    issues.push({ path: ["cmf", ...path], input, message });
  const tier =
    cfg.environment && typeof cfg.environment.name === "string" ? effectiveTier(cfg.environment) : undefined;
  const prod = tier === Tier.Prod;

  const sql = cmf.sql;
  if (sql?.production === true && sql.encryptionKeySecret === undefined) {
    add(
      ["sql", "encryptionKeySecret"],
      undefined,
      "required when cmf.sql.production is true: an existing Secret {name, key} in the CMF namespace holding the database encryption key",
    );
  }
  if (sql?.production === false && sql.encryptionKeySecret !== undefined) {
    add(
      ["sql", "encryptionKeySecret"],
      sql.encryptionKeySecret,
      "not set when cmf.sql.production is false (encryption is off); set production: true to encrypt",
    );
  }

  const db = cmf.database;
  if (db?.type === CmfDatabaseType.Jdbc) {
    if (db.jdbc === undefined) {
      add(
        ["database", "jdbc"],
        undefined,
        "required when cmf.database.type is jdbc: {url, user, passwordSecret: {name, key}}",
      );
    }
    for (const key of ["volumeSize", "storageClassName"] as const) {
      if (db[key] !== undefined) {
        add(
          ["database", key],
          db[key],
          "not set when cmf.database.type is jdbc (the PVC holds the local database)",
        );
      }
    }
    if (typeof cmf.version === "string" && versionBefore(cmf.version, minimumJdbcCmfVersion)) {
      add(["version"], cmf.version, `${minimumJdbcCmfVersion} or later when cmf.database.type is jdbc`);
    }
  } else if (db?.type === CmfDatabaseType.Local && db.jdbc !== undefined) {
    add(["database", "jdbc"], db.jdbc, "not set when cmf.database.type is local");
  }

  const auth = cmf.authentication;
  if (auth?.type === CmfAuthenticationType.Mtls && cmf.tls === undefined) {
    add(
      ["tls"],
      undefined,
      "required when cmf.authentication.type is mtls: {secretName, keystoreKey, truststoreKey} of the Secret with CMF's keystore and truststore",
    );
  }
  if (auth?.type === CmfAuthenticationType.OAuth) {
    const missing = requiredOAuthSettings.filter((k) => typeof auth.config?.[k] !== "string");
    if (missing.length > 0) {
      add(
        ["authentication", "config"],
        auth.config,
        `a map with ${requiredOAuthSettings.join(" and ")} when cmf.authentication.type is oauth (missing: ${missing.join(", ")})`,
      );
    }
  }
  if (auth?.type === CmfAuthenticationType.None && auth.config !== undefined) {
    add(["authentication", "config"], auth.config, "not set when cmf.authentication.type is none");
  }

  const exposure = cmf.exposure;
  const exposed =
    exposure?.type === CmfExposureType.Ingress || exposure?.type === CmfExposureType.LoadBalancer;
  if (exposure?.type === CmfExposureType.Ingress && exposure.ingress === undefined) {
    add(
      ["exposure", "ingress"],
      undefined,
      "required when cmf.exposure.type is ingress: {host, className, tlsSecret, controllerNamespace}",
    );
  }
  if (exposure !== undefined && exposure.type !== CmfExposureType.Ingress && exposure.ingress !== undefined) {
    add(
      ["exposure", "ingress"],
      exposure.ingress,
      `not set when cmf.exposure.type is ${String(exposure.type)}`,
    );
  }
  if (
    exposure?.type === CmfExposureType.LoadBalancer &&
    Array.isArray(exposure.allowedCidrs) &&
    exposure.allowedCidrs.length === 0
  ) {
    add(
      ["exposure", "allowedCidrs"],
      exposure.allowedCidrs,
      "a non-empty list of client CIDRs when cmf.exposure.type is loadBalancer",
    );
  }
  if (exposure?.type === CmfExposureType.None) {
    for (const key of ["allowedCidrs", "allowedNamespaces"] as const) {
      const list = exposure[key];
      if (Array.isArray(list) && list.length > 0) {
        add(["exposure", key], list, "an empty list when cmf.exposure.type is none (nothing is exposed)");
      }
    }
  }
  if (prod && exposed && auth?.type === CmfAuthenticationType.None) {
    add(
      ["authentication", "type"],
      auth.type,
      `mtls or oauth when the tier is prod and CMF is exposed (cmf.exposure.type ${String(exposure?.type)})`,
    );
  }
  if (
    prod &&
    exposure?.type === CmfExposureType.Ingress &&
    exposure.ingress !== undefined &&
    exposure.ingress.tlsSecret === undefined &&
    cmf.tls === undefined
  ) {
    add(
      ["exposure", "ingress", "tlsSecret"],
      undefined,
      "required when the tier is prod and CMF serves plain HTTP (no cmf.tls): a TLS Secret for the ingress host",
    );
  }
  if (prod && cmf.license === undefined) {
    add(
      ["license"],
      undefined,
      "required when the tier is prod: {secretRef: <Secret created from license.txt>}",
    );
  }
  if (
    auth?.type === CmfAuthenticationType.Mtls &&
    typeof cmf.endpoint === "string" &&
    cmf.endpoint.startsWith("http:")
  ) {
    add(["endpoint"], cmf.endpoint, "an https:// URL when cmf.authentication.type is mtls");
  }
  if (
    auth?.type === CmfAuthenticationType.OAuth &&
    typeof cmf.endpoint === "string" &&
    cmf.endpoint.startsWith("http:") &&
    !isLoopbackUrl(cmf.endpoint)
  ) {
    add(
      ["endpoint"],
      cmf.endpoint,
      "an https:// URL when cmf.authentication.type is oauth (the bearer token goes with every request), or http:// to a loopback host (localhost, 127.0.0.1, [::1]) such as a port-forward",
    );
  }
  if (cmf.serviceAccount?.create === false && cmf.serviceAccount.name === undefined) {
    add(["serviceAccount", "name"], undefined, "required when cmf.serviceAccount.create is false");
  }

  // Environments and the pools that live in them.
  const flink = Array.isArray(cfg.namespaces?.flink) ? cfg.namespaces.flink : [];
  const envNamespaces = cmfEnvironmentNamespaces(flink, cmf.environmentPerNamespace === true);
  if (cfg.environment && typeof cfg.environment.name === "string") {
    for (const ns of envNamespaces) {
      const name = cmfEnvironmentName(cfg.environment.name, ns);
      if (name.length < 4) {
        issues.push({
          path: ["environment", "name"],
          input: cfg.environment.name,
          message: `a name that makes CMF environment names of at least 4 characters (got ${name})`,
        });
      }
    }
  }
  if (envNamespaces.length > 0) {
    (Array.isArray(cfg.pools) ? cfg.pools : []).forEach((pool, i) => {
      const ns = pool?.namespace;
      if (typeof ns === "string" && flink.includes(ns) && !envNamespaces.includes(ns)) {
        issues.push({
          path: ["pools", i, "namespace"],
          input: ns,
          message: `${envNamespaces.join(", ")} (the namespace with a CMF environment), or set cmf.environmentPerNamespace: true`,
        });
      }
    });
  }
  for (const issue of issues) ctx.addIssue({ code: "custom", ...issue });
  cmfSqlRules(cmf, cfg.pools, ctx);
}

/** The CP target's settings: the Kubernetes platform keys plus `cmf`. */
export const cpShape = {
  ...platformShape,
  [cmfConfigKey]: cmfConfigSchema.prefault({}),
};

/** CP settings as component args take them (no `target`, no secrets). */
export const cpPlatformSchema = z
  .strictObject(cpShape)
  .superRefine(cpRules, { when: () => true })
  .transform((cfg: CpShapeOutput) => withOperatorDefaults(cfg, OperatorDistribution.Confluent));

export type CpPlatformConfigInput = z.input<typeof cpPlatformSchema>;
export type CpPlatformConfig = z.output<typeof cpPlatformSchema>;
