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
exports.sessionCluster = sessionCluster;
const pulumi = __importStar(require("@pulumi/pulumi"));
const cdk8s_1 = require("cdk8s");
const flink_charts_1 = require("../kubernetes/flink-charts");
const bridge_1 = require("../kubernetes/bridge");
/** The OSS face: a session-mode FlinkDeployment, created after `dependsOn` (operator, CRDs). */
function sessionCluster(pool, name, oss, dependsOn) {
    const poolName = oss.poolName ?? name;
    const chart = new flink_charts_1.SessionClusterChart(new cdk8s_1.App(), poolName, {
        environment: oss.environment ?? name,
        namespace: oss.namespace,
        name: poolName,
        image: oss.image,
        flinkVersion: oss.flinkVersion,
        serviceAccount: oss.serviceAccount,
        taskManagers: oss.taskManagers,
        slots: oss.slots,
        taskManager: oss.taskManager,
        jobManager: oss.jobManager,
        timeoutSeconds: oss.timeoutSeconds ?? 600,
    });
    (0, bridge_1.registerCharts)([chart], {
        parent: pool,
        prefix: name,
        namespaces: new Map(),
        customResourceDependsOn: dependsOn,
    });
    return { id: pulumi.output(poolName), slotCapacity: oss.taskManagers * oss.slots };
}
