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
exports.certManagerChart = void 0;
exports.certManagerRelease = certManagerRelease;
exports.webhookEnabled = webhookEnabled;
const k8s = __importStar(require("./k8s-sdk"));
const schema_1 = require("../core/schema");
exports.certManagerChart = { chart: "cert-manager", repo: "https://charts.jetstack.io" };
/**
 * cert-manager for the operator's webhook certificates, shared by the OSS and
 * CP platforms. Returns the release when installed; `existing` and `none`
 * install nothing (with `none` the callers disable the webhook).
 */
function certManagerRelease(name, settings, opts) {
    if (settings.mode !== schema_1.CertManagerMode.Install)
        return undefined;
    return new k8s.Release(`${name}-cert-manager`, {
        name: "cert-manager",
        chart: exports.certManagerChart.chart,
        version: settings.version,
        repositoryOpts: { repo: exports.certManagerChart.repo },
        namespace: settings.namespace,
        createNamespace: false,
        values: { crds: { enabled: true } },
        cleanupOnFail: true,
        timeout: 600,
    }, opts);
}
/** Whether the operator's admission webhook can run (it needs cert-manager). */
function webhookEnabled(settings) {
    return settings.mode !== schema_1.CertManagerMode.None;
}
