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
exports.helmRepositoryUrl = exports.httpUrl = void 0;
exports.isHttpUrl = isHttpUrl;
exports.isLoopbackUrl = isLoopbackUrl;
exports.oauthSettingUrlRule = oauthSettingUrlRule;
exports.flinkDeploymentNameProblem = flinkDeploymentNameProblem;
exports.kubernetesNameRules = kubernetesNameRules;
exports.optionMap = optionMap;
const z = __importStar(require("zod"));
const secrets_1 = require("./secrets");
/**
 * URL and name rules shared by the config schemas: which URLs a key may hold,
 * and how long a config name may be when Kubernetes names are derived from it.
 */
function parseUrl(value) {
    if (/\s/.test(value))
        return undefined;
    try {
        return new URL(value);
    }
    catch {
        return undefined;
    }
}
/** An absolute http:// or https:// URL with a host and no `user:password@`. */
function isHttpUrl(value, options = {}) {
    const url = parseUrl(value);
    if (!url || url.hostname === "" || url.username !== "" || url.password !== "")
        return false;
    return url.protocol === "https:" || (!options.httpsOnly && url.protocol === "http:");
}
/**
 * An http(s) URL without credentials. `file:`, `javascript:`, `ftp:` and
 * other schemes are refused: Helm and the S3 client would follow them from
 * the machine running `pulumi up`. Credentials in a URL would be printed in
 * the plan and stored in the state.
 */
const httpUrl = (allowed) => z.string({ error: allowed }).refine((v) => isHttpUrl(v), { error: allowed });
exports.httpUrl = httpUrl;
/** `operator.chartRepository`, `cmf.chartRepository`. */
exports.helmRepositoryUrl = (0, exports.httpUrl)("an http(s) URL of a Helm repository without credentials, such as https://charts.example.com");
/** True when the URL's host is the machine itself (a port-forward): `localhost`, 127.0.0.0/8 or `[::1]`. */
function isLoopbackUrl(value) {
    const host = parseUrl(value)?.hostname;
    return host === "localhost" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host ?? "");
}
/**
 * `cmf.authentication.config`: every `*.url` setting (the OAuth JWKS
 * endpoint `oauthbearer.jwks.endpoint.url`, ...) is https, and so is the
 * expected issuer when it is a URL: over http anyone on the path could swap
 * the keys CMF validates tokens with.
 */
function oauthSettingUrlRule(config, ctx) {
    if (config === null || typeof config !== "object")
        return;
    for (const [key, value] of Object.entries(config)) {
        if (typeof value !== "string")
            continue;
        if (/(^|[.\-_])url$/i.test(key) && !isHttpUrl(value, { httpsOnly: true })) {
            ctx.addIssue({
                code: "custom",
                path: [key],
                input: value,
                message: "an https:// URL: CMF validates every token with what it fetches from it",
            });
        }
        else if (/issuer$/i.test(key) &&
            /^[a-z][a-z0-9+.-]*:/i.test(value) &&
            !isHttpUrl(value, { httpsOnly: true })) {
            ctx.addIssue({
                code: "custom",
                path: [key],
                input: value,
                message: "an https:// issuer URL (or an issuer name that is not a URL)",
            });
        }
    }
}
/**
 * FlinkDeployment names. The operator's validator (DefaultValidator,
 * DEPLOYMENT_NAME_PATTERN `[a-z]([-a-z\d]{0,43}[a-z\d])?`) refuses other
 * names: at most 45 characters, Flink's limit for a cluster-id
 * (flink-kubernetes Constants.MAXIMUM_CHARACTERS_OF_CLUSTER_ID), from which
 * Flink names the cluster's Services (`<name>`, `<name>-rest`, DNS-1035
 * labels, hence the leading letter) and ConfigMaps.
 */
const flinkDeploymentName = /^[a-z]([-a-z0-9]{0,43}[a-z0-9])?$/;
/** Why a name is not a FlinkDeployment name, when it is not (`what` says what the deployment is). */
function flinkDeploymentNameProblem(name, what) {
    if (typeof name !== "string" || flinkDeploymentName.test(name))
        return undefined;
    return `a name of at most 45 characters starting with a letter: ${what} is a FlinkDeployment of this name, from which the operator derives the Service <name>-rest (Flink's cluster-id limit is 45 characters)`;
}
const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/**
 * Each item of `list` (pools, applications) that `applies` to is named as a
 * FlinkDeployment may be. Names that are not DNS-1123 labels at all are left
 * to the label rule, so one key gets one message.
 */
function flinkDeploymentNames(ctx, list, listKey, what, applies = () => true) {
    (Array.isArray(list) ? list : []).forEach((item, i) => {
        if (item === null || typeof item !== "object" || !applies(item))
            return;
        const name = item.name;
        if (typeof name !== "string" || name.length > 63 || !dnsLabel.test(name))
            return;
        const message = flinkDeploymentNameProblem(name, what);
        if (message)
            ctx.addIssue({ code: "custom", path: [listKey, i, "name"], input: name, message });
    });
}
/**
 * Cross-field name rules of a Kubernetes platform (OSS and CP), part of its
 * schema's refinement: the operator's namespace is not a Flink namespace
 * (default-deny NetworkPolicies, the quota and the Pod Security level of
 * Flink namespaces would cover it), and names Kubernetes names are derived
 * from fit. `poolsAreClusters`: on the OSS target a pool is a session
 * cluster (a FlinkDeployment); CMF runs each application as its own cluster
 * on both targets. Reads defensively: it also runs on invalid input.
 */
function kubernetesNameRules(ctx, cfg, poolsAreClusters) {
    const operator = cfg?.namespaces?.operator;
    const flink = cfg?.namespaces?.flink;
    (Array.isArray(flink) ? flink : []).forEach((ns, i) => {
        if (typeof operator !== "string" || ns !== operator)
            return;
        ctx.addIssue({
            code: "custom",
            path: ["namespaces", "flink", i],
            input: ns,
            message: `a namespace other than namespaces.operator ("${operator}"): Flink namespaces get default-deny NetworkPolicies, a ResourceQuota and their Pod Security level, which must not cover the operator`,
        });
    });
    if (poolsAreClusters)
        flinkDeploymentNames(ctx, cfg?.pools, "pools", "the pool's session cluster");
    flinkDeploymentNames(ctx, cfg?.applications, "applications", "an application without a pool", (app) => app.pool === undefined);
}
/**
 * A free-form map of option to string value that refuses secret values
 * ({@link isSecretFlinkOption}); `pointer(option)` is the "allowed" text
 * saying where the secret goes instead. The seen value is never shown.
 */
function optionMap(what, pointer) {
    return z.record(z.string(), z.string(), { error: `a map of ${what} to string value` }).superRefine((map, ctx) => {
        if (map === null || typeof map !== "object")
            return;
        for (const option of Object.keys(map)) {
            if ((0, secrets_1.isSecretFlinkOption)(option)) {
                ctx.addIssue({ code: "custom", path: [option], input: secrets_1.hiddenSecret, message: pointer(option) });
            }
        }
    }, { when: () => true });
}
