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
exports.Provider = exports.ConfigGroup = exports.Release = exports.CustomResource = exports.rbacV1 = exports.policyV1 = exports.networkingV1 = exports.coreV1 = exports.batchV1 = exports.appsV1 = void 0;
/**
 * The parts of `@pulumi/kubernetes` the platform registers, imported from
 * their own modules. The package root eagerly loads the v3 Helm `Chart` and
 * the v1 YAML machinery (glob, js-yaml and about a hundred files) that this
 * library never uses: about 0.14 s of CPU of every synth and `pulumi up`
 * (measured 2026-11-30, see README "Performance devices"). The Confluent
 * Cloud provider's root only defines lazy getters, so lib/cloud imports it whole.
 */
exports.appsV1 = __importStar(require("@pulumi/kubernetes/apps/v1"));
exports.batchV1 = __importStar(require("@pulumi/kubernetes/batch/v1"));
exports.coreV1 = __importStar(require("@pulumi/kubernetes/core/v1"));
exports.networkingV1 = __importStar(require("@pulumi/kubernetes/networking/v1"));
exports.policyV1 = __importStar(require("@pulumi/kubernetes/policy/v1"));
exports.rbacV1 = __importStar(require("@pulumi/kubernetes/rbac/v1"));
var customResource_1 = require("@pulumi/kubernetes/apiextensions/customResource");
Object.defineProperty(exports, "CustomResource", { enumerable: true, get: function () { return customResource_1.CustomResource; } });
var release_1 = require("@pulumi/kubernetes/helm/v3/release");
Object.defineProperty(exports, "Release", { enumerable: true, get: function () { return release_1.Release; } });
var v2_1 = require("@pulumi/kubernetes/yaml/v2");
Object.defineProperty(exports, "ConfigGroup", { enumerable: true, get: function () { return v2_1.ConfigGroup; } });
var provider_1 = require("@pulumi/kubernetes/provider");
Object.defineProperty(exports, "Provider", { enumerable: true, get: function () { return provider_1.Provider; } });
