"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.planOssPlatform = planOssPlatform;
const schema_1 = require("../core/schema");
const platform_schema_1 = require("../core/platform-schema");
const load_1 = require("../core/load");
const derive_1 = require("../core/derive");
/**
 * Validates OSS platform args with the stack-config schema (the same rules as
 * `FlinkPlatformOSS` and `pulumi up`) and resolves sizes and defaults into the
 * plan the charts are built from. No Pulumi: for GitOps with
 * {@link buildOssCharts} or {@link synthOssPlatformYaml}.
 *
 * @param args The same args `FlinkPlatformOSS` takes.
 * @returns The resolved plan; its `warnings` are the guardrail warnings.
 * @throws ConfigError listing every problem, with paths prefixed `args.`.
 */
function planOssPlatform(args) {
    return (0, derive_1.planPlatform)((0, load_1.parseOrThrow)(platform_schema_1.platformSchema, args, {
        prefix: "args.",
        title: `Invalid arguments for the OSS platform "${args?.environment?.name}"`,
    }), schema_1.OperatorDistribution.Apache);
}
