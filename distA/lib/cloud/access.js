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
exports.defaultSubjects = defaultSubjects;
exports.createRunner = createRunner;
exports.flinkApiKey = flinkApiKey;
exports.createDeployer = createDeployer;
const pulumi = __importStar(require("@pulumi/pulumi"));
const confluentcloud = __importStar(require("@pulumi/confluentcloud"));
/** Subjects the runner gets when none are configured: key and value subjects of each topic. */
function defaultSubjects(topics) {
    return [...new Set(topics.map((t) => (t.endsWith("*") ? t : `${t}-*`)))];
}
/** Service account `<name>-<role>-sa`, shown as `<name>-flink-<role>`. */
function serviceAccount(ctx, role, does) {
    return new confluentcloud.ServiceAccount(`${ctx.name}-${role}-sa`, { displayName: `${ctx.name}-flink-${role}`, description: `${does} (managed by flink-platform)` }, ctx.childOpts);
}
function binder(ctx) {
    return (resourceName, principalId, roleName, crnPattern) => new confluentcloud.RoleBinding(resourceName, { principal: pulumi.interpolate `User:${principalId}`, roleName, crnPattern }, ctx.childOpts);
}
/** The statement runner and its bindings: Flink role, topics, Flink transactional ids, subjects. */
function createRunner(ctx, access) {
    const { name } = ctx;
    const bind = binder(ctx);
    const runner = serviceAccount(ctx, "runner", "Runs Flink SQL statements");
    const bindings = [bind(`${name}-runner-flink-role`, runner.id, access.flinkRole, ctx.environmentCrn)];
    /** DeveloperRead and DeveloperWrite on `crn`, named `<name>-runner-<kind>-read<suffix>` and `-write`. */
    const readWrite = (kind, suffix, crn) => bindings.push(bind(`${name}-runner-${kind}-read${suffix}`, runner.id, "DeveloperRead", crn), bind(`${name}-runner-${kind}-write${suffix}`, runner.id, "DeveloperWrite", crn));
    const { cluster } = access;
    if (cluster && access.topics.length > 0) {
        const kafkaCrn = pulumi.interpolate `${cluster.rbacCrn}/kafka=${cluster.id}`;
        for (const topic of access.topics)
            readWrite("topic", `-${topic}`, pulumi.interpolate `${kafkaCrn}/topic=${topic}`);
        // Flink's exactly-once sinks write with transactional ids under this prefix.
        readWrite("txn", "", pulumi.interpolate `${kafkaCrn}/transactional-id=_confluent-flink_*`);
    }
    if (access.subjects.length > 0) {
        const registry = confluentcloud.getSchemaRegistryClusterOutput({ environment: { id: ctx.environmentId } }, ctx.childOpts);
        for (const subject of access.subjects) {
            readWrite("subject", `-${subject}`, pulumi.interpolate `${registry.resourceName}/subject=${subject}`);
        }
    }
    return { runner, bindings };
}
/** A Flink API key owned by `owner`, valid for this environment's Flink region. */
function flinkApiKey(ctx, keyName, owner, region, whose) {
    return new confluentcloud.ApiKey(keyName, {
        displayName: keyName,
        description: `Flink API key of the ${whose} (managed by flink-platform)`,
        owner: { id: owner.id, apiVersion: owner.apiVersion, kind: owner.kind },
        managedResource: {
            id: region.id,
            apiVersion: region.apiVersion,
            kind: region.kind,
            environment: { id: ctx.environmentId },
        },
    }, { ...ctx.childOpts, additionalSecretOutputs: ["secret"] });
}
/**
 * The deployer: Assigner on the runner, the runner's Flink role on the
 * environment, and a Flink API key of its own.
 */
function createDeployer(ctx, runner, flinkRole, region) {
    const { name } = ctx;
    const bind = binder(ctx);
    const deployer = serviceAccount(ctx, "deployer", "Deploys Flink SQL statements that run as the runner");
    bind(`${name}-deployer-assigner`, deployer.id, "Assigner", pulumi.interpolate `${ctx.organization().resourceName}/service-account=${runner.id}`);
    bind(`${name}-deployer-flink-role`, deployer.id, flinkRole, ctx.environmentCrn);
    // A service account authenticates only with API keys: without one, the
    // deployer's roles are unusable. It submits statements through the Flink
    // REST API, so a Flink key of the region; it needs no Kafka key (data
    // access is checked against the runner the statements run as).
    const key = flinkApiKey(ctx, `${name}-deployer-flink-api-key`, deployer, region, "deployer");
    return { id: deployer.id, key };
}
