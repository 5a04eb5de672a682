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
exports.computePools = computePools;
exports.statements = statements;
const pulumi = __importStar(require("@pulumi/pulumi"));
const confluentcloud = __importStar(require("@pulumi/confluentcloud"));
const compute_pool_1 = require("../compute-pool/compute-pool");
const validate_1 = require("../compute-pool/validate");
const load_1 = require("../core/load");
const statements_1 = require("./statements");
/**
 * What runs on a ConfluentCloudFlink: its compute pools and its versioned
 * SQL statements.
 */
/** One ComputePool (cloud face) per entry of `pools`, keyed by pool name. */
function computePools(name, args, environmentId, childOpts) {
    const pools = new Map();
    for (const spec of args.pools) {
        pools.set(spec.name, 
        // Built from the parsed section (its pools, cloud and region rules): not validated again.
        new compute_pool_1.ComputePool(`${name}-pool-${spec.name}`, (0, load_1.fromParsed)(validate_1.computePoolArgsSchema, {
            target: compute_pool_1.ComputePoolTarget.Cloud,
            cloud: {
                environmentId,
                cloud: args.cloud,
                region: args.region,
                maxCfu: spec.maxCfu,
                displayName: spec.displayName ?? `${name}-${spec.name}`,
            },
        }), childOpts));
    }
    return pools;
}
/**
 * One FlinkStatement per spec. The name is versioned by content, so a SQL or
 * property change creates the new statement before the old one is deleted.
 * Returns the deployed name per statement name.
 */
function statements(ctx, specs, pools) {
    const names = {};
    for (const spec of specs) {
        const plan = (0, statements_1.planStatement)(spec);
        names[spec.name] = plan.statementName;
        const pool = pools.get(spec.pool);
        new confluentcloud.FlinkStatement(`${ctx.name}-stmt-${spec.name}`, {
            organization: { id: ctx.organization().id },
            environment: { id: ctx.environmentId },
            computePool: { id: pool.id },
            principal: { id: ctx.runnerId },
            statement: plan.statement,
            statementName: plan.statementName,
            properties: {
                [statements_1.catalogProperty]: ctx.catalog,
                ...(ctx.cluster ? { [statements_1.databaseProperty]: ctx.cluster.displayName } : {}),
                ...plan.properties,
            },
            restEndpoint: ctx.restEndpoint,
            credentials: { key: pulumi.secret(ctx.flinkKey.id), secret: pulumi.secret(ctx.flinkKey.secret) },
            stopped: plan.stopped,
        }, {
            ...ctx.childOpts,
            replaceOnChanges: [...statements_1.statementReplaceOnChanges],
            dependsOn: [...ctx.dependsOn, ctx.flinkKey],
        });
    }
    return names;
}
