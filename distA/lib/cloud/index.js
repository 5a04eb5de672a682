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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.streamGovernancePackages = exports.maxCfuValues = exports.flinkRoles = exports.cloudProviders = exports.StreamGovernancePackage = exports.kafkaClusterTypes = exports.KafkaClusterType = exports.FlinkRole = exports.CloudProvider = void 0;
__exportStar(require("../compute-pool/compute-pool"), exports);
__exportStar(require("./platform"), exports);
__exportStar(require("./statements"), exports);
var config_1 = require("./config");
Object.defineProperty(exports, "CloudProvider", { enumerable: true, get: function () { return config_1.CloudProvider; } });
Object.defineProperty(exports, "FlinkRole", { enumerable: true, get: function () { return config_1.FlinkRole; } });
Object.defineProperty(exports, "KafkaClusterType", { enumerable: true, get: function () { return config_1.KafkaClusterType; } });
Object.defineProperty(exports, "kafkaClusterTypes", { enumerable: true, get: function () { return config_1.kafkaClusterTypes; } });
Object.defineProperty(exports, "StreamGovernancePackage", { enumerable: true, get: function () { return config_1.StreamGovernancePackage; } });
Object.defineProperty(exports, "cloudProviders", { enumerable: true, get: function () { return config_1.cloudProviders; } });
Object.defineProperty(exports, "flinkRoles", { enumerable: true, get: function () { return config_1.flinkRoles; } });
Object.defineProperty(exports, "maxCfuValues", { enumerable: true, get: function () { return config_1.maxCfuValues; } });
Object.defineProperty(exports, "streamGovernancePackages", { enumerable: true, get: function () { return config_1.streamGovernancePackages; } });
