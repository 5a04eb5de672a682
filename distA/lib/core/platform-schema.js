"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.platformSchema = exports.platformShape = void 0;
exports.effectiveTier = effectiveTier;
exports.tierRule = tierRule;
exports.platformRules = platformRules;
exports.withOperatorDefaults = withOperatorDefaults;
const z = __importStar(require("zod"));
const formats_1 = require("./formats");
const identities_1 = require("./identities");
const rules_1 = require("./rules");
const schema_1 = require("./schema");
const workload_schema_1 = require("./workload-schema");
const sizes_1 = require("./sizes");
/**
 * The Kubernetes platform's config: the shared sections of `./schema`
 * put together, with the cross-field rules every Kubernetes target (OSS, CP)
 * runs on them and the OSS target's schema.
 */
/** The Kubernetes platform's settings (OSS today), before cross-field rules. */
exports.platformShape = {
    environment: schema_1.environmentSchema,
    size: z.enum(sizes_1.sizes, { error: `one of ${sizes_1.sizes.join(", ")}` }).default("S"),
    namespaces: schema_1.namespacesSchema.default({ operator: "flink-operator", flink: ["flink"] }),
    certManager: schema_1.certManagerSchema.default({
        mode: schema_1.CertManagerMode.Install,
        version: "v1.18.2",
        namespace: "cert-manager",
    }),
    operator: schema_1.operatorSchema.default({ replicas: 1 }),
    flink: schema_1.flinkSchema.default({ version: "1.20.1", serviceAccount: "flink" }),
    resources: schema_1.resourcesSchema.default({}),
    storage: schema_1.storageSchema.default({ checkpointInterval: "60s" }),
    smokeTest: workload_schema_1.smokeTestSchema.default({ enabled: false, parallelism: 2, timeoutSeconds: 600 }),
    pools: z.array(workload_schema_1.poolSchema, { error: "a list of pools" }).default([]),
    applications: z.array(workload_schema_1.applicationSchema, { error: "a list of applications" }).default([]),
    networkPolicies: z
        .strictObject({
        /** Default-deny NetworkPolicies in Flink namespaces, with the flows Flink needs. */
        enabled: z.boolean({ error: "true or false" }).default(true),
        /** Extra egress of Flink pods (Kafka brokers, databases): CIDR and TCP ports. */
        extraEgress: z
            .array(z.strictObject({
            cidr: z.cidrv4({ error: "an IPv4 CIDR such as 10.0.0.0/8" }),
            ports: z.array(z.number().int().min(1).max(65535), { error: "a list of TCP ports" }).min(1),
        }), { error: "a list of { cidr, ports }" })
            .default([]),
    })
        .default({ enabled: true, extraEgress: [] }),
};
function effectiveTier(env) {
    if (env.tier)
        return env.tier;
    return schema_1.tiers.includes(env.name) ? env.name : undefined;
}
/**
 * Cross-field rules. They run even when other keys are invalid (`when`), so
 * the user sees every problem in one message; hence the defensive reads.
 */
function tierRule(cfg, ctx) {
    if (!cfg?.environment || typeof cfg.environment.name !== "string")
        return undefined;
    const tier = effectiveTier(cfg.environment);
    if (!tier) {
        ctx.addIssue({
            code: "custom",
            path: ["environment", "tier"],
            input: undefined,
            message: `required because environment.name "${cfg.environment.name}" is not one of ${schema_1.tiers.join(", ")}: one of ${schema_1.tiers.join(", ")}`,
        });
    }
    return tier;
}
function platformRules(cfg, ctx, distribution = schema_1.OperatorDistribution.Apache) {
    const version = cfg?.operator?.version;
    if (typeof version === "string" && !(0, schema_1.isKnownOperatorVersion)(distribution, version)) {
        ctx.addIssue({
            code: "custom",
            path: ["operator", "version"],
            input: version,
            message: (0, schema_1.allowedOperatorVersions)(distribution),
        });
    }
    (0, formats_1.kubernetesNameRules)(ctx, cfg, distribution === schema_1.OperatorDistribution.Apache);
    if (!cfg?.environment || typeof cfg.environment.name !== "string")
        return;
    const tier = tierRule(cfg, ctx);
    const storage = (cfg.storage ?? {});
    const minio = storage.minio?.enabled === true;
    for (const key of ["checkpoints", "savepoints", "haStorageDir"]) {
        const uri = storage[key];
        if (uri === undefined) {
            if (tier === schema_1.Tier.Prod) {
                ctx.addIssue({
                    code: "custom",
                    path: ["storage", key],
                    input: undefined,
                    message: `required when the tier is prod: a durable URI such as s3://bucket/${key}`,
                });
            }
            continue;
        }
        if (typeof uri !== "string")
            continue; // the field's own check reports it
        const scheme = uri.split("://")[0];
        const durable = schema_1.durableSchemes.includes(scheme);
        if (typeof uri === "string" &&
            /^[a-z][a-z0-9+.-]*:\/\//.test(uri) &&
            !durable &&
            !(scheme === "file" && tier === schema_1.Tier.Dev)) {
            ctx.addIssue({
                code: "custom",
                path: ["storage", key],
                input: uri,
                message: `a durable URI (schemes: ${schema_1.durableSchemes.join(", ")}${tier === schema_1.Tier.Dev ? "; file:// in dev" : ""})`,
            });
        }
    }
    const flinkNamespaces = Array.isArray(cfg.namespaces?.flink) ? cfg.namespaces.flink : [];
    (0, rules_1.uniqueNames)(ctx, cfg.pools, "pools", "pool");
    /** A pool or application namespace must be watched by the operator; reports it when not. */
    const watched = (listKey, i, ns) => {
        if (ns === undefined || flinkNamespaces.length === 0 || flinkNamespaces.includes(ns))
            return true;
        ctx.addIssue({
            code: "custom",
            path: [listKey, i, "namespace"],
            input: ns,
            message: `one of the Flink namespaces: ${flinkNamespaces.join(", ")}`,
        });
        return false;
    };
    (Array.isArray(cfg.pools) ? cfg.pools : []).forEach((pool, i) => pool && watched("pools", i, pool.namespace));
    const poolsByName = new Map((Array.isArray(cfg.pools) ? cfg.pools : []).filter(Boolean).map((p) => [p.name, p]));
    const appKeys = new Set();
    // Session jobs on pools are an OSS feature; the CP rules refuse an application's `pool` instead.
    const sessionJobs = distribution === schema_1.OperatorDistribution.Apache;
    (Array.isArray(cfg.applications) ? cfg.applications : []).forEach((app, i) => {
        if (!app)
            return;
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
        if (watched("applications", i, app.namespace) &&
            pool &&
            app.namespace !== undefined &&
            app.namespace !== (pool.namespace ?? flinkNamespaces[0])) {
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
    if (minio && tier === schema_1.Tier.Prod) {
        ctx.addIssue({
            code: "custom",
            path: ["storage", "minio", "enabled"],
            input: true,
            message: "false when the tier is prod",
        });
    }
    (0, identities_1.identityRules)(cfg, ctx, distribution === schema_1.OperatorDistribution.Confluent ? "cp" : "oss");
}
/** Fills in the distribution's default `operator.version` (the schema leaves it unset). */
function withOperatorDefaults(cfg, distribution) {
    return {
        ...cfg,
        operator: { ...cfg.operator, version: cfg.operator.version ?? schema_1.defaultOperatorVersions[distribution] },
    };
}
/** Platform settings as component args take them (no `target`); the OSS target's rules. */
exports.platformSchema = z
    .strictObject(exports.platformShape)
    .superRefine((cfg, ctx) => platformRules(cfg, ctx, schema_1.OperatorDistribution.Apache), { when: () => true })
    .transform((cfg) => withOperatorDefaults(cfg, schema_1.OperatorDistribution.Apache));
