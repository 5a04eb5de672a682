import * as k8s from "./k8s-sdk";
import * as pulumi from "@pulumi/pulumi";
import { CertManagerMode } from "../core/schema";
export declare const certManagerChart: {
    readonly chart: "cert-manager";
    readonly repo: "https://charts.jetstack.io";
};
export interface CertManagerSettings {
    readonly mode: CertManagerMode;
    readonly version: string;
    readonly namespace: string;
}
/**
 * cert-manager for the operator's webhook certificates, shared by the OSS and
 * CP platforms. Returns the release when installed; `existing` and `none`
 * install nothing (with `none` the callers disable the webhook).
 */
export declare function certManagerRelease(name: string, settings: CertManagerSettings, opts: {
    parent: pulumi.Resource;
    dependsOn: pulumi.Resource[];
}): k8s.Release | undefined;
/** Whether the operator's admission webhook can run (it needs cert-manager). */
export declare function webhookEnabled(settings: CertManagerSettings): boolean;
