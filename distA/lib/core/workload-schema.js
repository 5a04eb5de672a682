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
exports.smokeTestSchema = exports.applicationSchema = exports.ApplicationJobState = exports.ApplicationUpgradeMode = exports.poolSchema = exports.CmfPoolType = void 0;
const z = __importStar(require("zod"));
const formats_1 = require("./formats");
const secrets_1 = require("./secrets");
const rules_1 = require("./rules");
const schema_1 = require("./schema");
/**
 * The workload sections of the Kubernetes platforms: compute pools,
 * applications and the smoke test (schema.ts holds the platform's own
 * sections). Each field's rule lives here, once.
 */
exports.CmfPoolType = {
    /** A Flink cluster per statement. */
    Dedicated: "DEDICATED",
    /** One Flink cluster shared by the pool's statements. */
    Shared: "SHARED",
};
/**
 * A compute pool on a Kubernetes target: a session cluster (OSS) or a CMF
 * SQL compute pool (CP). Its capacity is taskManagers x slots; scaling is a
 * change to these numbers.
 */
exports.poolSchema = z.strictObject({
    name: schema_1.dnsLabel,
    /** Namespace of the pool. Defaults to the first Flink namespace. */
    namespace: schema_1.dnsLabel.optional(),
    /** TaskManagers (session cluster replicas). Defaults to the size's. */
    taskManagers: (0, schema_1.positiveInt)("task managers").optional(),
    /** `taskmanager.numberOfTaskSlots`; a change restarts TaskManagers. Defaults to resources.taskManager.slots. */
    slots: (0, schema_1.positiveInt)("task slots").optional(),
    /** TaskManager CPU and memory. Defaults to resources.taskManager. */
    taskManager: schema_1.podResourcesOverride.optional(),
    /** CMF pool type (CP target). */
    type: z.enum([exports.CmfPoolType.Dedicated, exports.CmfPoolType.Shared], { error: "one of DEDICATED, SHARED" }).optional(),
    /**
     * Accept fewer CPUs than slots (the cookbook: at least one core per busy
     * slot). An error in prod, a warning elsewhere, unless this is true.
     */
    allowCpuBelowSlots: z.boolean({ error: "true or false" }).optional(),
});
/**
 * Flink applications a Kubernetes platform runs. Without `pool` an
 * application is its own cluster (application mode); with `pool` it is a
 * session job on that pool's session cluster and must fit its capacity.
 */
exports.ApplicationUpgradeMode = {
    /** No state carried over: upgrades start from scratch. */
    Stateless: "stateless",
    /** A savepoint before the upgrade, restored after it. */
    Savepoint: "savepoint",
    /** The last checkpoint (needs Kubernetes HA metadata). */
    LastState: "last-state",
};
const upgradeModes = (0, rules_1.enumValues)(exports.ApplicationUpgradeMode);
/** Desired state of an application's job. */
exports.ApplicationJobState = {
    /** The job runs. */
    Running: "running",
    /** The job is stopped with its state kept. */
    Suspended: "suspended",
};
const applicationJobStates = (0, rules_1.enumValues)(exports.ApplicationJobState);
exports.applicationSchema = z.strictObject({
    name: schema_1.dnsLabel,
    /** Namespace; defaults to the pool's, or the first Flink namespace. */
    namespace: schema_1.dnsLabel.optional(),
    /** Run as a session job on this pool instead of its own cluster. */
    pool: schema_1.dnsLabel.optional(),
    jarURI: z
        .string({ error: "a jar URI such as local:///opt/flink/usrlib/job.jar or s3://bucket/job.jar" })
        .regex(/^[a-z][a-z0-9+.-]*:\/\/\S+\.jar$/, {
        error: "a jar URI such as local:///opt/flink/usrlib/job.jar or s3://bucket/job.jar",
    }),
    entryClass: z.string().min(1).optional(),
    args: z.array(z.string(), { error: "a list of strings" }).optional(),
    parallelism: (0, schema_1.positiveInt)("parallelism"),
    /**
     * How the operator carries state across upgrades. Stateful jobs need
     * savepoint or last-state; stateless drops state.
     */
    upgradeMode: z.enum(upgradeModes, { error: `one of ${upgradeModes.join(", ")}` }).default("savepoint"),
    /** Whether the job keeps state worth keeping (joins, windows, aggregations). */
    stateful: z.boolean({ error: "true or false" }).default(true),
    /** Desired job state; `suspended` takes a savepoint (or last state) and stops. */
    state: z
        .enum(applicationJobStates, { error: `one of ${applicationJobStates.join(", ")}` })
        .default("running"),
    /** Image of the application's own cluster; defaults to the platform's Flink image. */
    image: z.string().min(1).optional(),
    /** Extra Flink options for this application. */
    configuration: (0, formats_1.optionMap)("Flink option", secrets_1.flinkSecretPointer).optional(),
});
exports.smokeTestSchema = z.strictObject({
    enabled: z.boolean({ error: "true or false" }).default(false),
    parallelism: (0, schema_1.positiveInt)("smoke test parallelism").default(2),
    /** How long `pulumi up` waits for the job to become STABLE. */
    timeoutSeconds: (0, schema_1.positiveInt)("timeout in seconds").default(600),
});
