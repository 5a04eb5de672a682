/**
 * The parts of `@pulumi/kubernetes` the platform registers, imported from
 * their own modules. The package root eagerly loads the v3 Helm `Chart` and
 * the v1 YAML machinery (glob, js-yaml and about a hundred files) that this
 * library never uses: about 0.14 s of CPU of every synth and `pulumi up`
 * (measured 2026-11-30, see README "Performance devices"). The Confluent
 * Cloud provider's root only defines lazy getters, so lib/cloud imports it whole.
 */
export * as appsV1 from "@pulumi/kubernetes/apps/v1";
export * as batchV1 from "@pulumi/kubernetes/batch/v1";
export * as coreV1 from "@pulumi/kubernetes/core/v1";
export * as networkingV1 from "@pulumi/kubernetes/networking/v1";
export * as policyV1 from "@pulumi/kubernetes/policy/v1";
export * as rbacV1 from "@pulumi/kubernetes/rbac/v1";
export { CustomResource, type CustomResourceArgs } from "@pulumi/kubernetes/apiextensions/customResource";
export { Release } from "@pulumi/kubernetes/helm/v3/release";
export { ConfigGroup } from "@pulumi/kubernetes/yaml/v2";
export { Provider } from "@pulumi/kubernetes/provider";
