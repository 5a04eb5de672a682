import * as pulumi from "@pulumi/pulumi";
import { parseStackConfig } from "../lib/config";
import { FlinkPlatformOSS } from "../lib/platform";

/**
 * The stack program: validates the whole `flink-platform:` config first (one
 * error listing every problem, before any resource exists), then composes the
 * platform for the stack's target. Stack outputs are this module's exports.
 */
const { target: _target, ...platform } = parseStackConfig(pulumi.runtime.allConfig());
const oss = new FlinkPlatformOSS(platform.environment.name, platform);

export const namespaces = oss.namespaces;
export const operatorNamespace = oss.operatorNamespace;
export const flinkNamespaces = oss.flinkNamespaces;
export const operatorRelease = oss.operatorReleaseName;
export const operatorVersion = oss.operatorVersion;
export const smokeTest = oss.smokeTestName;
