import * as z from "zod";
import { kubernetesNameRules } from "./formats";
import { identityRules } from "./identities";
import { uniqueNames } from "./rules";
import {
  CertManagerMode,
  certManagerSchema,
  defaultOperatorVersions,
  durableSchemes,
  environmentSchema,
  flinkSchema,
  isKnownOperatorVersion,
  allowedOperatorVersions,
  namespacesSchema,
  OperatorDistribution,
  operatorSchema,
  resourcesSchema,
  storageSchema,
  Tier,
  tiers,
} from "./schema";
import { applicationSchema, poolSchema, smokeTestSchema } from "./workload-schema";
import { observabilityRules, observabilitySchema } from "./observability-schema";
import { sizes } from "./sizes";
import { smokeTestRules } from "./smoke-test-schema";
import { rollbackRules } from "./rollback";
import { rollbackSchema } from "./rollback-schema";

/**
 * The Kubernetes platform's config: the shared sections of `./schema`
 * put together, with the cross-field rules every Kubernetes target (OSS, CP)
 * runs on them and the OSS target's schema.
 */

/** The Kubernetes platform's settings (OSS today), before cross-field rules. */
export const platformShape = {
  environment: environmentSchema,
  size: z.enum(sizes, { error: `one of ${sizes.join(", ")}` }).default("S"),
  namespaces: namespacesSchema.default({ operator: "flink-operator", flink: ["flink"] }),
  certManager: certManagerSchema.default({
    mode: CertManagerMode.Install,
    version: "v1.18.2",
    namespace: "cert-manager",
  }),
  operator: operatorSchema.default({ replicas: 1 }),
  flink: flinkSchema.default({ version: "1.20.1", serviceAccount: "flink" }),
  resources: resourcesSchema.default({}),
  storage: storageSchema.default({ checkpointInterval: "60s" }),
  smokeTest: smokeTestSchema.default({ enabled: false, parallelism: 2, timeoutSeconds: 600 }),
  pools: z.array(poolSchema, { error: "a list of pools" }).default([]),
  applications: z.array(applicationSchema, { error: "a list of applications" }).default([]),
  rollback: rollbackSchema.optional(),
  networkPolicies: z
    .strictObject({
      /** Default-deny NetworkPolicies in Flink namespaces, with the flows Flink needs. */
      enabled: z.boolean({ error: "true or false" }).default(true),
      /** Extra egress of Flink pods (Kafka brokers, databases): CIDR and TCP ports. */
      extraEgress: z
        .array(
          z.strictObject({
            cidr: z.cidrv4({ error: "an IPv4 CIDR such as 10.0.0.0/8" }),
            ports: z.array(z.number().int().min(1).max(65535), { error: "a list of TCP ports" }).min(1),
          }),
          { error: "a list of { cidr, ports }" },
        )
        .default([]),
    })
    .default({ enabled: true, extraEgress: [] }),
  observability: observabilitySchema.prefault({}),
};

export function effectiveTier(env: { name: string; tier?: Tier }): Tier | undefined {
  if (env.tier) return env.tier;
  return (tiers as readonly string[]).includes(env.name) ? (env.name as Tier) : undefined;
}

/**
 * Cross-field rules. They run even when other keys are invalid (`when`), so
 * the user sees every problem in one message; hence the defensive reads.
 */
export function tierRule(
  cfg: { environment?: { name: string; tier?: Tier } },
  ctx: z.RefinementCtx,
): Tier | undefined {
  if (!cfg?.environment || typeof cfg.environment.name !== "string") return undefined;
  const tier = effectiveTier(cfg.environment);
  if (!tier) {
    ctx.addIssue({
      code: "custom",
      path: ["environment", "tier"],
      input: undefined,
      message: `required because environment.name "${cfg.environment.name}" is not one of ${tiers.join(", ")}: one of ${tiers.join(", ")}`,
    });
  }
  return tier;
}

export function platformRules(
  cfg: z.output<z.ZodObject<typeof platformShape>>,
  ctx: z.RefinementCtx,
  distribution: OperatorDistribution = OperatorDistribution.Apache,
): void {
  const version: unknown = cfg?.operator?.version;
  if (typeof version === "string" && !isKnownOperatorVersion(distribution, version)) {
    ctx.addIssue({
      code: "custom",
      path: ["operator", "version"],
      input: version,
      message: allowedOperatorVersions(distribution),
    });
  }
  kubernetesNameRules(ctx, cfg, distribution === OperatorDistribution.Apache);
  if (!cfg?.environment || typeof cfg.environment.name !== "string") return;
  const tier = tierRule(cfg, ctx);
  const storage = (cfg.storage ?? {}) as Partial<typeof cfg.storage>;
  const minio = storage.minio?.enabled === true;
  for (const key of ["checkpoints", "savepoints", "haStorageDir"] as const) {
    const uri = storage[key];
    if (uri === undefined) {
      if (tier === Tier.Prod) {
        ctx.addIssue({
          code: "custom",
          path: ["storage", key],
          input: undefined,
          message: `required when the tier is prod: a durable URI such as s3://bucket/${key}`,
        });
      }
      continue;
    }
    if (typeof uri !== "string") continue; // the field's own check reports it
    const scheme = uri.split("://")[0];
    const durable = (durableSchemes as readonly string[]).includes(scheme);
    if (
      typeof uri === "string" &&
      /^[a-z][a-z0-9+.-]*:\/\//.test(uri) &&
      !durable &&
      !(scheme === "file" && tier === Tier.Dev)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["storage", key],
        input: uri,
        message: `a durable URI (schemes: ${durableSchemes.join(", ")}${tier === Tier.Dev ? "; file:// in dev" : ""})`,
      });
    }
  }
  const flinkNamespaces = Array.isArray(cfg.namespaces?.flink) ? cfg.namespaces.flink : [];
  uniqueNames(ctx, cfg.pools, "pools", "pool");
  /** A pool or application namespace must be watched by the operator; reports it when not. */
  const watched = (listKey: string, i: number, ns: string | undefined): boolean => {
    if (ns === undefined || flinkNamespaces.length === 0 || flinkNamespaces.includes(ns)) return true;
    ctx.addIssue({
      code: "custom",
      path: [listKey, i, "namespace"],
      input: ns,
      message: `one of the Flink namespaces: ${flinkNamespaces.join(", ")}`,
    });
    return false;
  };
  (Array.isArray(cfg.pools) ? cfg.pools : []).forEach(
    (pool, i) => pool && watched("pools", i, pool.namespace),
  );
  const poolsByName = new Map(
    (Array.isArray(cfg.pools) ? cfg.pools : []).filter(Boolean).map((p) => [p.name, p] as const),
  );
  const appKeys = new Set<string>();
  // Session jobs on pools are an OSS feature; the CP rules refuse an application's `pool` instead.
  const sessionJobs = distribution === OperatorDistribution.Apache;
  rollbackRules(cfg, ctx, sessionJobs);
  (Array.isArray(cfg.applications) ? cfg.applications : []).forEach((app, i) => {
    if (!app) return;
    const pool = sessionJobs && app.pool !== undefined ? poolsByName.get(app.pool) : undefined;
    if (sessionJobs && app.pool !== undefined && !pool) {
      ctx.addIssue({
        code: "custom",
        path: ["applications", i, "pool"],
        input: app.pool,
        message: poolsByName.size
          ? `one of the pools: ${[...poolsByName.keys()].join(", ")}`
          : "a pool declared under pools",
      });
    }
    const ns = app.namespace ?? pool?.namespace ?? flinkNamespaces[0];
    // A session job runs beside its pool's cluster (checked once the namespace itself is valid).
    if (
      watched("applications", i, app.namespace) &&
      pool &&
      app.namespace !== undefined &&
      app.namespace !== (pool.namespace ?? flinkNamespaces[0])
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["applications", i, "namespace"],
        input: app.namespace,
        message: `the namespace of pool ${pool.name} (${pool.namespace ?? flinkNamespaces[0]}): session jobs run beside their cluster`,
      });
    }
    if (appKeys.has(`${ns}/${app.name}`)) {
      ctx.addIssue({
        code: "custom",
        path: ["applications", i, "name"],
        input: app.name,
        message: "an application name not used by another application in the same namespace",
      });
    }
    appKeys.add(`${ns}/${app.name}`);
  });
  if (minio && tier === Tier.Prod) {
    ctx.addIssue({
      code: "custom",
      path: ["storage", "minio", "enabled"],
      input: true,
      message: "false when the tier is prod",
    });
  }
  identityRules(cfg, ctx, distribution === OperatorDistribution.Confluent ? "cp" : "oss");
  smokeTestRules(cfg, ctx);
  observabilityRules(cfg, ctx, tier);
}

type PlatformShapeOutput = z.output<z.ZodObject<typeof platformShape>>;

/** The parsed settings with the distribution's operator version filled in when unset. */
export type WithOperatorVersion<T extends { operator: { version?: string } }> = Omit<T, "operator"> & {
  operator: T["operator"] & { version: string };
};

/** Fills in the distribution's default `operator.version` (the schema leaves it unset). */
export function withOperatorDefaults<T extends { operator: { version?: string } }>(
  cfg: T,
  distribution: OperatorDistribution,
): WithOperatorVersion<T> {
  return {
    ...cfg,
    operator: { ...cfg.operator, version: cfg.operator.version ?? defaultOperatorVersions[distribution] },
  };
}

/** Platform settings as component args take them (no `target`); the OSS target's rules. */
export const platformSchema = z
  .strictObject(platformShape)
  .superRefine((cfg, ctx) => platformRules(cfg, ctx, OperatorDistribution.Apache), { when: () => true })
  .transform((cfg: PlatformShapeOutput) => withOperatorDefaults(cfg, OperatorDistribution.Apache));

export type PlatformConfigInput = z.input<typeof platformSchema>;
export type PlatformConfig = z.output<typeof platformSchema>;
