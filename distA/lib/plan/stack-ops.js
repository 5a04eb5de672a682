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
exports.checkStackText = checkStackText;
exports.scaleEdits = scaleEdits;
exports.estimateEdits = estimateEdits;
exports.editedStackText = editedStackText;
exports.writeStackText = writeStackText;
exports.scalePlans = scalePlans;
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const errors_1 = require("../core/errors");
const schema_1 = require("../core/schema");
const stack_config_1 = require("../stack-config");
const stack_validate_1 = require("../stack-validate");
const config_1 = require("../cloud/config");
const sizes_1 = require("../core/sizes");
const edit_1 = require("../core/edit");
const derive_1 = require("../core/derive");
const project_1 = require("./project");
const scale_edit_1 = require("./scale-edit");
const stack_file_1 = require("./stack-file");
const synth_child_1 = require("./synth-child");
/**
 * Operations on a stack's config file shared by the commands: validation
 * with the same schema and guardrails as the program, and the two plans of
 * `scale` (synth at a git ref, for `diff`, is in base-plan.ts).
 */
/**
 * Validates a stack file's text as `pulumi up` and offline synth would,
 * without running the program; returns the guardrail warnings. The same
 * reader and merge with the project defaults as synth
 * ({@link stackConfigFromText}), the program's own checks
 * ({@link validateStack}: schema, namespace typos, secret keys given in
 * plain text, i.e. not `secure:` in the file, and the statement files), then
 * the guardrails the platform components apply (`planPlatform`, with the
 * target's operator distribution). Not checked: what only registering the
 * resources finds (e.g. two platforms claiming one cluster-wide object).
 */
function checkStackText(project, text, file) {
    const { values, secretKeys } = (0, project_1.stackConfigFromText)(project, text, file);
    const { config } = (0, stack_validate_1.validateStack)(values, {
        isSecret: (key) => secretKeys.includes(key),
        projectRoot: project.dir,
    });
    if (config.target === stack_config_1.Target.Cloud)
        return [];
    const { target: _t, cloud: _c, ...rest } = config;
    const platform = Object.fromEntries(Object.entries(rest).filter(([k]) => !/Api(Key|Secret)$/.test(k)));
    const distribution = config.target === stack_config_1.Target.CP ? schema_1.OperatorDistribution.Confluent : schema_1.OperatorDistribution.Apache;
    return [...(0, derive_1.planPlatform)(platform, distribution).warnings];
}
function flagProblem(flag, got, allowed) {
    return { path: flag, got, allowed };
}
function wholeNumber(flag, raw, problems) {
    if (raw === undefined)
        return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) {
        problems.push(flagProblem(flag, raw, "a whole number of at least 1"));
        return undefined;
    }
    return n;
}
/**
 * The edits a `scale` invocation makes to a stack file. Flag values are
 * checked here (names the flag); the resulting config is checked by the
 * schema and guardrails afterwards.
 */
function scaleEdits(project, text, opts, file) {
    const problems = [];
    const target = (0, stack_config_1.parseStackConfig)((0, project_1.stackConfigFromText)(project, text, file).values).target;
    const cloud = target === stack_config_1.Target.Cloud;
    const tm = wholeNumber("--task-managers", opts.taskManagers, problems);
    const slots = wholeNumber("--slots", opts.slots, problems);
    const maxCfu = opts.maxCfu === undefined ? undefined : Number(opts.maxCfu);
    // The schema's rule, named by the flag (and before the editor would write NaN).
    if (cloud && opts.maxCfu !== undefined && !(0, config_1.isMaxCfu)(maxCfu)) {
        problems.push(flagProblem("--max-cfu", opts.maxCfu, config_1.cloudRules.maxCfu.allowed));
    }
    let cpu;
    if (opts.tmCpu !== undefined) {
        cpu = Number(opts.tmCpu);
        if (!(cpu > 0))
            problems.push(flagProblem("--tm-cpu", opts.tmCpu, "a number of CPU cores greater than 0"));
    }
    if (opts.tmMemory !== undefined && !/^[1-9][0-9]*(Mi|Gi)$/.test(opts.tmMemory)) {
        problems.push(flagProblem("--tm-memory", opts.tmMemory, "a memory quantity such as 2048Mi or 4Gi"));
    }
    if (opts.size !== undefined && !sizes_1.sizes.includes(opts.size)) {
        problems.push(flagProblem("--size", opts.size, `one of ${sizes_1.sizes.join(", ")}`));
    }
    const k8sFlags = [
        ["--task-managers", opts.taskManagers],
        ["--slots", opts.slots],
        ["--tm-cpu", opts.tmCpu],
        ["--tm-memory", opts.tmMemory],
        ["--size", opts.size],
    ];
    for (const [flag, value] of cloud ? k8sFlags : [["--max-cfu", opts.maxCfu]]) {
        if (value !== undefined) {
            problems.push(flagProblem(flag, value, cloud ? "not for a cloud stack (use --max-cfu)" : "only for cloud stacks"));
        }
    }
    if ([...k8sFlags, ["--max-cfu", opts.maxCfu]].every(([, v]) => v === undefined)) {
        problems.push(flagProblem("<flags>", undefined, "at least one of --task-managers, --slots, --tm-cpu, --tm-memory, --size, --max-cfu"));
    }
    if (problems.length > 0)
        throw new errors_1.ConfigError(problems, "Invalid scale flags");
    const edits = [];
    if (opts.size !== undefined)
        edits.push({ path: ["flink-platform:size"], value: opts.size });
    const poolFields = [
        [["taskManagers"], tm],
        [["slots"], slots],
        [["taskManager", "cpu"], cpu],
        [["taskManager", "memory"], opts.tmMemory],
        [["maxCfu"], maxCfu],
    ];
    if (poolFields.some(([, v]) => v !== undefined)) {
        const poolsPath = cloud ? ["flink-platform:cloud", "pools"] : ["flink-platform:pools"];
        const index = (0, edit_1.findPoolIndex)(text, opts.pool, poolsPath);
        for (const [field, value] of poolFields) {
            if (value !== undefined)
                edits.push({ path: [...poolsPath, index, ...field], value });
        }
    }
    return edits;
}
/** Edits to apply an estimate to one pool (created when missing) and the JobManager. */
function estimateEdits(text, pool, e, jobManager) {
    const pools = (0, edit_1.getStackValue)(text, ["flink-platform:pools"]);
    const list = Array.isArray(pools) ? pools : [];
    const index = list.findIndex((p) => p?.name === pool);
    const at = index >= 0 ? index : list.length;
    const base = ["flink-platform:pools", at];
    return [
        ...(index < 0 ? [{ path: [...base, "name"], value: pool }] : []),
        { path: [...base, "taskManagers"], value: e.taskManagers },
        { path: [...base, "slots"], value: e.slotsPerTaskManager },
        { path: [...base, "taskManager"], value: { ...e.taskManager } },
        { path: ["flink-platform:resources", "jobManager"], value: { ...jobManager } },
    ];
}
/**
 * The stack file after `edits`, checked with the schema and guardrails; the
 * file itself is not written (see {@link writeStackText}).
 */
function editedStackText(project, stack, edits) {
    const file = (0, project_1.stackFile)(project, stack);
    const before = (0, project_1.readStackText)(project, stack);
    const after = (0, edit_1.editStackFile)(before, edits);
    return { before, after, warnings: checkStackText(project, after, path.basename(file)) };
}
/** Replaces the stack file atomically (temporary file and rename), so a crash never leaves half of it. */
function writeStackText(project, stack, text) {
    (0, stack_file_1.writeFileAtomic)((0, project_1.stackFile)(project, stack), text);
}
/**
 * The plans of `scale`: the stack as its file is (`before`) and with `edited`
 * as its config (`after`), synthesized concurrently; the edited text is read
 * from a temporary file (synth's `--stack-config`), so the stack file is
 * untouched until both succeed. Errors as if run one after the other: the
 * plan before first.
 */
async function scalePlans(projectDir, stack, edited, synth = synth_child_1.synthInChild) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), scale_edit_1.scaleEditPrefix));
    try {
        const stackConfig = path.join(dir, scale_edit_1.scaleEditFile);
        fs.writeFileSync(stackConfig, edited);
        const [before, after] = await (0, synth_child_1.settledInOrder)([
            synth({ projectDir, stack }),
            synth({ projectDir, stack, stackConfig }),
        ]);
        return { before, after };
    }
    finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
