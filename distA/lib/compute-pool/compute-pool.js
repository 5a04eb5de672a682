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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ComputePool = void 0;
exports.registerPools = registerPools;
const pulumi = __importStar(require("@pulumi/pulumi"));
const load_1 = require("../core/load");
const args_1 = require("./args");
const validate_1 = require("./validate");
/**
 * ComputePool: Flink capacity that statements and jobs run in, on any of the
 * three targets. One construct, one face per target, each in its own file:
 * `cfu.ts` (a Confluent Cloud `FlinkComputePool`), `cmf-sql.ts` (a CMF SQL
 * compute pool) and `session.ts` (an OSS session cluster). The table below
 * names them; each is loaded when a pool of its target is created, so a
 * Confluent Cloud stack never loads cdk8s, cdk8s-plus or the Kubernetes
 * provider (about 80 ms of each synth and `pulumi up`).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const faces = {
    cloud: () => require("./cfu").cfuPool,
    cp: () => require("./cmf-sql").cmfSqlPool,
    oss: () => require("./session").sessionCluster,
};
/* eslint-enable @typescript-eslint/no-require-imports */
/**
 * A Flink compute pool: one capacity concept with three faces.
 * - `cloud`: a Confluent Cloud `FlinkComputePool` measured in CFU (the
 *   provider is inherited from the parent or passed with the `provider` option);
 * - `cp`: a CMF SQL compute pool (DEDICATED or SHARED);
 * - `oss`: a session-mode FlinkDeployment whose capacity is
 *   taskManagers x slots, for FlinkSessionJobs. Pass the operator release in
 *   `dependsOn` so the cluster is created after the operator and its CRDs
 *   (for `cp`, pass the CMF release and environment the same way).
 */
class ComputePool extends pulumi.ComponentResource {
    /** Pool id (Cloud: `lfcp-...`; CP and OSS: the pool name). */
    id;
    /** The pool's CFU ceiling (Cloud only). */
    maxCfu;
    /** Task slots the pool offers: taskManagers x slots (Kubernetes faces only). */
    slotCapacity;
    constructor(name, args, opts) {
        // Validated before anything is registered, so bad args leave nothing behind.
        (0, validate_1.parseComputePoolArgs)(name, args);
        super("flink-platform:index:ComputePool", name, {}, opts);
        // Resource dependencies given to the component, handed to the face's resources.
        const deps = [].concat(opts?.dependsOn ?? []).filter(pulumi.Resource.isInstance);
        const face = args.target === args_1.ComputePoolTarget.Cloud
            ? faces.cloud()(this, name, args.cloud, deps)
            : args.target === args_1.ComputePoolTarget.Oss
                ? faces.oss()(this, name, args.oss, deps)
                : faces.cp()(this, name, args.cp, deps);
        this.id = face.id;
        this.maxCfu = face.maxCfu ?? pulumi.output(undefined);
        this.slotCapacity = pulumi.output(face.slotCapacity);
        this.registerOutputs({ id: this.id, maxCfu: this.maxCfu, slotCapacity: this.slotCapacity });
    }
}
exports.ComputePool = ComputePool;
/**
 * One {@link ComputePool} per planned pool of a Kubernetes platform, named
 * `<name>-pool-<pool>`; `args` gives the target's pool args and `dependsOn`
 * what each must wait for.
 */
function registerPools(parent, name, pools, args, dependsOn) {
    return pools.map((pool) => 
    // Planned pools are built from the parsed config: they are not validated again.
    new ComputePool(`${name}-pool-${pool.name}`, (0, load_1.fromParsed)(validate_1.computePoolArgsSchema, args(pool)), {
        parent,
        dependsOn: dependsOn(pool),
    }));
}
__exportStar(require("./args"), exports);
