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
exports.cpPlatformSchema = exports.cpShape = void 0;
exports.cmfEnvironmentName = cmfEnvironmentName;
exports.cmfEnvironmentNamespaces = cmfEnvironmentNamespaces;
exports.cpRules = cpRules;
const z = __importStar(require("zod"));
const formats_1 = require("../core/formats");
const platform_schema_1 = require("../core/platform-schema");
const schema_1 = require("../core/schema");
const config_1 = require("./config");
const config_sql_1 = require("./config-sql");
/**
 * The Confluent Platform target's whole config: the shared Kubernetes
 * platform keys plus `cmf` (./config), and the cross-field rules that run
 * across them.
 */
/** CMF environment name for a Flink namespace: `<environment>-<namespace>`. */
function cmfEnvironmentName(environment, namespace) {
    return `${environment}-${namespace}`;
}
/** The CMF environments a config creates: one per Flink namespace, or one for the first. */
function cmfEnvironmentNamespaces(flinkNamespaces, perNamespace) {
    const unique = [...new Set(flinkNamespaces)];
    return perNamespace ? unique : unique.slice(0, 1);
}
/**
 * Cross-field rules of the CP target, on top of the platform rules (with the
 * Confluent operator versions). Like those, they run on invalid input too,
 * so every read is defensive and values the field checks report are skipped.
 */
function cpRules(cfg, ctx) {
    (0, platform_schema_1.platformRules)(cfg, ctx, schema_1.OperatorDistribution.Confluent);
    // CMF compute pools run SQL statements; JAR applications get their own cluster.
    (Array.isArray(cfg?.applications) ? cfg.applications : []).forEach((app, i) => {
        if (app?.pool === undefined)
            return;
        ctx.addIssue({
            code: "custom",
            path: ["applications", i, "pool"],
            input: app.pool,
            message: "not set on the cp target (CMF pools run SQL statements; applications run in their own cluster)",
        });
    });
    const cmf = cfg?.cmf;
    if (!cmf || typeof cmf !== "object")
        return;
    const issues = [];
    const add = (path, input, message) => issues.push({ path: ["cmf", ...path], input, message });
    const tier = cfg.environment && typeof cfg.environment.name === "string" ? (0, platform_schema_1.effectiveTier)(cfg.environment) : undefined;
    const prod = tier === schema_1.Tier.Prod;
    const sql = cmf.sql;
    if (sql?.production === true && sql.encryptionKeySecret === undefined) {
        add(["sql", "encryptionKeySecret"], undefined, "required when cmf.sql.production is true: an existing Secret {name, key} in the CMF namespace holding the database encryption key");
    }
    if (sql?.production === false && sql.encryptionKeySecret !== undefined) {
        add(["sql", "encryptionKeySecret"], sql.encryptionKeySecret, "not set when cmf.sql.production is false (encryption is off); set production: true to encrypt");
    }
    const db = cmf.database;
    if (db?.type === config_1.CmfDatabaseType.Jdbc) {
        if (db.jdbc === undefined) {
            add(["database", "jdbc"], undefined, "required when cmf.database.type is jdbc: {url, user, passwordSecret: {name, key}}");
        }
        for (const key of ["volumeSize", "storageClassName"]) {
            if (db[key] !== undefined) {
                add(["database", key], db[key], "not set when cmf.database.type is jdbc (the PVC holds the local database)");
            }
        }
        if (typeof cmf.version === "string" && (0, config_1.versionBefore)(cmf.version, config_1.minimumJdbcCmfVersion)) {
            add(["version"], cmf.version, `${config_1.minimumJdbcCmfVersion} or later when cmf.database.type is jdbc`);
        }
    }
    else if (db?.type === config_1.CmfDatabaseType.Local && db.jdbc !== undefined) {
        add(["database", "jdbc"], db.jdbc, "not set when cmf.database.type is local");
    }
    const auth = cmf.authentication;
    if (auth?.type === config_1.CmfAuthenticationType.Mtls && cmf.tls === undefined) {
        add(["tls"], undefined, "required when cmf.authentication.type is mtls: {secretName, keystoreKey, truststoreKey} of the Secret with CMF's keystore and truststore");
    }
    if (auth?.type === config_1.CmfAuthenticationType.OAuth) {
        const missing = config_1.requiredOAuthSettings.filter((k) => typeof auth.config?.[k] !== "string");
        if (missing.length > 0) {
            add(["authentication", "config"], auth.config, `a map with ${config_1.requiredOAuthSettings.join(" and ")} when cmf.authentication.type is oauth (missing: ${missing.join(", ")})`);
        }
    }
    if (auth?.type === config_1.CmfAuthenticationType.None && auth.config !== undefined) {
        add(["authentication", "config"], auth.config, "not set when cmf.authentication.type is none");
    }
    const exposure = cmf.exposure;
    const exposed = exposure?.type === config_1.CmfExposureType.Ingress || exposure?.type === config_1.CmfExposureType.LoadBalancer;
    if (exposure?.type === config_1.CmfExposureType.Ingress && exposure.ingress === undefined) {
        add(["exposure", "ingress"], undefined, "required when cmf.exposure.type is ingress: {host, className, tlsSecret, controllerNamespace}");
    }
    if (exposure !== undefined && exposure.type !== config_1.CmfExposureType.Ingress && exposure.ingress !== undefined) {
        add(["exposure", "ingress"], exposure.ingress, `not set when cmf.exposure.type is ${String(exposure.type)}`);
    }
    if (exposure?.type === config_1.CmfExposureType.LoadBalancer &&
        Array.isArray(exposure.allowedCidrs) &&
        exposure.allowedCidrs.length === 0) {
        add(["exposure", "allowedCidrs"], exposure.allowedCidrs, "a non-empty list of client CIDRs when cmf.exposure.type is loadBalancer");
    }
    if (exposure?.type === config_1.CmfExposureType.None) {
        for (const key of ["allowedCidrs", "allowedNamespaces"]) {
            const list = exposure[key];
            if (Array.isArray(list) && list.length > 0) {
                add(["exposure", key], list, "an empty list when cmf.exposure.type is none (nothing is exposed)");
            }
        }
    }
    if (prod && exposed && auth?.type === config_1.CmfAuthenticationType.None) {
        add(["authentication", "type"], auth.type, `mtls or oauth when the tier is prod and CMF is exposed (cmf.exposure.type ${String(exposure?.type)})`);
    }
    if (prod &&
        exposure?.type === config_1.CmfExposureType.Ingress &&
        exposure.ingress !== undefined &&
        exposure.ingress.tlsSecret === undefined &&
        cmf.tls === undefined) {
        add(["exposure", "ingress", "tlsSecret"], undefined, "required when the tier is prod and CMF serves plain HTTP (no cmf.tls): a TLS Secret for the ingress host");
    }
    if (prod && cmf.license === undefined) {
        add(["license"], undefined, "required when the tier is prod: {secretRef: <Secret created from license.txt>}");
    }
    if (auth?.type === config_1.CmfAuthenticationType.Mtls &&
        typeof cmf.endpoint === "string" &&
        cmf.endpoint.startsWith("http:")) {
        add(["endpoint"], cmf.endpoint, "an https:// URL when cmf.authentication.type is mtls");
    }
    if (auth?.type === config_1.CmfAuthenticationType.OAuth &&
        typeof cmf.endpoint === "string" &&
        cmf.endpoint.startsWith("http:") &&
        !(0, formats_1.isLoopbackUrl)(cmf.endpoint)) {
        add(["endpoint"], cmf.endpoint, "an https:// URL when cmf.authentication.type is oauth (the bearer token goes with every request), or http:// to a loopback host (localhost, 127.0.0.1, [::1]) such as a port-forward");
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
    for (const issue of issues)
        ctx.addIssue({ code: "custom", ...issue });
    (0, config_sql_1.cmfSqlRules)(cmf, cfg.pools, ctx);
}
/** The CP target's settings: the Kubernetes platform keys plus `cmf`. */
exports.cpShape = {
    ...platform_schema_1.platformShape,
    // Component args: statements carry their SQL text instead of a file.
    [config_1.cmfConfigKey]: config_1.cmfConfigSchema.extend(config_sql_1.cmfSqlArgsShape).prefault({}),
};
/** CP settings as component args take them (no `target`, no secrets). */
exports.cpPlatformSchema = z
    .strictObject(exports.cpShape)
    .superRefine(cpRules, { when: () => true })
    .transform((cfg) => (0, platform_schema_1.withOperatorDefaults)(cfg, schema_1.OperatorDistribution.Confluent));
