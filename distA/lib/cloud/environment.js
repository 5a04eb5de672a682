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
exports.environment = environment;
exports.kafkaCluster = kafkaCluster;
const confluentcloud = __importStar(require("@pulumi/confluentcloud"));
const config_1 = require("./config");
/** The environment: adopted by `existingId`, or created (protected when asked). */
function environment(name, env, childOpts) {
    if (env.existingId !== undefined)
        return confluentcloud.getEnvironmentOutput({ id: env.existingId }, childOpts);
    return new confluentcloud.Environment(`${name}-env`, { displayName: env.displayName ?? name, streamGovernance: { package: env.streamGovernance } }, { ...childOpts, ...(env.protect !== undefined ? { protect: env.protect } : {}) });
}
/** The Kafka cluster: referenced by `clusterId`, created (Basic or Standard, single zone), or none. */
function kafkaCluster(name, args, environmentId, childOpts) {
    const { clusterId, create } = args.kafka;
    if (clusterId !== undefined) {
        return confluentcloud.getKafkaClusterOutput({ id: clusterId, environment: { id: environmentId } }, childOpts);
    }
    if (create === undefined)
        return undefined;
    return new confluentcloud.KafkaCluster(`${name}-kafka`, {
        displayName: create.displayName ?? `${name}-kafka`,
        availability: "SINGLE_ZONE",
        cloud: args.cloud,
        region: args.region,
        ...(create.type === config_1.KafkaClusterType.Standard ? { standard: {} } : { basic: {} }),
        environment: { id: environmentId },
    }, childOpts);
}
