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
exports.OperatorDistribution = void 0;
/**
 * The platform's Kubernetes objects as cdk8s charts, with no Pulumi import:
 * synthesize them to plain YAML for GitOps tools (Argo CD, Flux). The Helm
 * releases (cert-manager, the operator) are left to the GitOps tool.
 *
 * @module flink-platform/k8s
 */
__exportStar(require("./kubernetes/flink"), exports);
__exportStar(require("./kubernetes/labels"), exports);
__exportStar(require("./kubernetes/charts"), exports);
__exportStar(require("./kubernetes/flink-charts"), exports);
__exportStar(require("./kubernetes/platform-charts"), exports);
__exportStar(require("./oss/charts"), exports);
__exportStar(require("./kubernetes/applications"), exports);
__exportStar(require("./kubernetes/network"), exports);
__exportStar(require("./cp/charts"), exports);
__exportStar(require("./kubernetes/platform-plan"), exports);
/** Whose operator chart a platform installs: Apache's (OSS) or Confluent's (CP). */
var schema_1 = require("./core/schema");
Object.defineProperty(exports, "OperatorDistribution", { enumerable: true, get: function () { return schema_1.OperatorDistribution; } });
