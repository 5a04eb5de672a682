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
exports.buildProgram = buildProgram;
exports.main = main;
const path = __importStar(require("node:path"));
const commander_1 = require("commander");
const errors_1 = require("./core/errors");
const scale_edit_1 = require("./plan/scale-edit");
/**
 * The `flink-platform` command. Each subcommand is one process: offline
 * synth installs Pulumi's mocks, which are process-global, so commands that
 * compare plans synthesize in child processes.
 *
 * A command loads only the modules it uses (`require` on first use): `synth`
 * never loads the diff, the config editor or the estimator, and a process
 * start is most of what a small synth costs.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const load = {
    basePlan: () => require("./plan/base-plan"),
    estimate: () => require("./core/estimate"),
    diff: () => require("./plan/diff"),
    diffRender: () => require("./plan/diff-render"),
    graph: () => require("./plan/graph"),
    outDir: () => require("./plan/out-dir"),
    project: () => require("./plan/project"),
    stackName: () => require("./plan/stack-name"),
    stackOps: () => require("./plan/stack-ops"),
    synth: () => require("./plan/synth"),
    write: () => require("./plan/write"),
};
/* eslint-enable @typescript-eslint/no-require-imports */
/** Exit code a command asks for (diff: 2 when there are replacements or state risks). */
let requestedExit = 0;
function projectDirOf(program) {
    return path.resolve(program.opts().projectDir);
}
/**
 * Checks a stack argument before any file is touched: the name follows
 * Pulumi's rule, its stack file resolves inside the project's stack folder
 * and exists ("Unknown stack" otherwise, as synth says). Returns the stack
 * file's path.
 */
function checkedStack(program, stack, flag = "<stack>") {
    load.stackName().checkStackName(stack, flag);
    const { existingStackFile, loadProject } = load.project();
    return existingStackFile(loadProject(projectDirOf(program)), stack, flag);
}
function printWarnings(warnings) {
    for (const w of warnings)
        console.error(`warning: ${w}`);
}
function parseMix(raw) {
    const mix = { simple: 0, medium: 0, complex: 0 };
    const problems = [];
    for (const part of raw.split(",")) {
        const [key, value] = part.split("=").map((s) => s.trim());
        if (!(key in mix) || !(Number(value) >= 0)) {
            problems.push({
                path: "--mix",
                got: part,
                allowed: "simple=<share>,medium=<share>,complex=<share> with non-negative numbers",
            });
        }
        else
            mix[key] = Number(value);
    }
    if (problems.length > 0)
        throw new errors_1.ConfigError(problems, "Invalid estimate flags");
    return mix;
}
function numberFlag(flag, raw) {
    if (raw === undefined)
        return undefined;
    const n = Number(raw);
    // Infinity too: it would be shown as `null` by the estimator's message.
    if (!Number.isFinite(n))
        throw new errors_1.ConfigError([{ path: flag, got: raw, allowed: "a number" }], "Invalid flags");
    return n;
}
function buildProgram() {
    const program = new commander_1.Command("flink-platform")
        .description("Bring up and scale Apache Flink platforms from reviewed stack config.")
        .option("-C, --project-dir <dir>", "directory of Pulumi.yaml", ".")
        .showHelpAfterError()
        .exitOverride();
    program
        .command("synth")
        .description("run the stack program offline under Pulumi's mocks and write plan.json, manifests/ and helm/")
        .argument("<stack>", "stack name (stacks/Pulumi.<stack>.yaml)")
        .option("-o, --out <dir>", "output directory (default: out/<stack>)")
        // Internal (scale's edit, synthesized before it is written): see SynthOptions.stackConfig.
        .addOption(new commander_1.Option("--stack-config <file>", "read the stack's config from this file").hideHelp())
        .action(async (stack, opts) => {
        const projectDir = projectDirOf(program);
        checkedStack(program, stack);
        if (opts.stackConfig !== undefined)
            (0, scale_edit_1.checkScaleEdit)(opts.stackConfig);
        const out = opts.out ?? path.join(projectDir, "out", stack);
        // Refused before the program runs: a wrong --out costs nothing and writes nothing.
        load.outDir().checkOutDir(out, { projectDir, flag: "--out" });
        const plan = await load.synth().synthStack(stack, { projectDir, stackConfig: opts.stackConfig });
        const { summarize, writePlan } = load.write();
        const written = await writePlan(plan, out, { projectDir, flag: "--out" });
        console.log(summarize(plan));
        console.log(`wrote ${path.relative(process.cwd(), path.resolve(out)) || "."}: plan.json, ${written.manifests} manifests, ${written.helmReleases} Helm releases`);
    });
    program
        .command("check")
        .description("validate stacks/Pulumi.<stack>.yaml as pulumi up and synth would (config, secrets, statement files, guardrails) without running the program; writes nothing")
        .argument("<stack>", "stack name")
        .action((stack) => {
        const file = checkedStack(program, stack);
        const { loadProject, readStackText } = load.project();
        const project = loadProject(projectDirOf(program));
        const text = readStackText(project, stack);
        printWarnings(load.stackOps().checkStackText(project, text, path.basename(file)));
        console.log(`ok: ${stack}`);
    });
    program
        .command("scale")
        .description("change a pool's capacity in stacks/Pulumi.<stack>.yaml (comments kept) and print the plan diff")
        .argument("<stack>", "stack name")
        .option("--pool <name>", "pool to scale (may be omitted when the stack has one pool)")
        .option("--task-managers <n>", "TaskManagers of the pool")
        .option("--slots <n>", "task slots per TaskManager (restarts TaskManagers)")
        .option("--tm-cpu <cores>", "CPU per TaskManager")
        .option("--tm-memory <quantity>", "memory per TaskManager, e.g. 4Gi")
        .option("--max-cfu <n>", "CFU ceiling of a Confluent Cloud pool")
        .option("--size <S|M|L>", "T-shirt size of the environment")
        .action(async (stack, opts) => {
        const projectDir = projectDirOf(program);
        const file = checkedStack(program, stack);
        const { loadProject, readStackText } = load.project();
        const project = loadProject(projectDir);
        const { editedStackText, scaleEdits, scalePlans, writeStackText } = load.stackOps();
        const { diffPlans } = load.diff();
        const { renderText } = load.diffRender();
        const text = readStackText(project, stack);
        // Validate first: an invalid result exits 1 with the file untouched.
        const edited = editedStackText(project, stack, scaleEdits(project, text, opts, path.basename(file)));
        printWarnings(edited.warnings);
        // Both plans first: a failed synth leaves the file untouched.
        const { before, after } = await scalePlans(projectDir, stack, edited.after);
        writeStackText(project, stack, edited.after);
        const diff = diffPlans(before, after, "before scale");
        console.log(renderText(diff));
        console.log(`\nedited stacks/Pulumi.${stack}.yaml; roll back with git checkout or git revert.`);
    });
    program
        .command("diff")
        .description("compare the stack's offline plan at a git ref with the working tree")
        .argument("<stack>", "stack name")
        .option("--base <ref>", "git ref to compare against", "HEAD")
        .addOption(new commander_1.Option("--format <format>", "output format").choices(["text", "markdown", "json"]).default("text"))
        .action(async (stack, opts) => {
        const projectDir = projectDirOf(program);
        checkedStack(program, stack);
        const { diffPlans, exitCode } = load.diff();
        const { renderJson, renderMarkdown, renderText } = load.diffRender();
        const { before, after } = await load.basePlan().plansAgainstRef(projectDir, stack, opts.base);
        const diff = diffPlans(before, after, opts.base);
        const render = {
            text: renderText,
            json: renderJson,
            markdown: (d) => renderMarkdown(d, load.graph().renderGraph(after)),
        };
        console.log(render[opts.format](diff));
        requestedExit = exitCode(diff);
    });
    program
        .command("estimate")
        .description("size a pool from throughput and statement complexity; print or apply a stack config patch")
        .requiredOption("--records-per-second <n>", "total records per second")
        .requiredOption("--record-bytes <n>", "average record size in bytes")
        .option("--mix <shares>", "complexity mix, e.g. simple=0.6,medium=0.3,complex=0.1", "simple=1")
        .option("--jobs <n>", "number of jobs sharing the load", "1")
        .option("--latency-ms <n>", "end-to-end latency target")
        .option("--pool <name>", "pool the patch sizes", "default")
        .option("--apply <stack>", "write the patch into stacks/Pulumi.<stack>.yaml (validated first)")
        .action((opts) => {
        // An empty --apply is a (bad) stack name too, not "no --apply".
        const applyFile = opts.apply === undefined ? undefined : checkedStack(program, opts.apply, "--apply");
        const { estimate, renderPatchYaml } = load.estimate();
        const e = estimate({
            recordsPerSecond: numberFlag("--records-per-second", opts.recordsPerSecond),
            avgRecordBytes: numberFlag("--record-bytes", opts.recordBytes),
            mix: parseMix(opts.mix),
            jobs: numberFlag("--jobs", opts.jobs),
            latencyTargetMs: numberFlag("--latency-ms", opts.latencyMs),
        });
        console.log(renderPatchYaml(e, opts.pool));
        if (opts.apply !== undefined && applyFile !== undefined) {
            const { loadProject, readStackText } = load.project();
            const project = loadProject(projectDirOf(program));
            const { editedStackText, estimateEdits, writeStackText } = load.stackOps();
            const text = readStackText(project, opts.apply, "--apply");
            const edited = editedStackText(project, opts.apply, estimateEdits(text, opts.pool, e, { cpu: e.jobManager.cpu, memory: e.jobManager.memory }));
            printWarnings(edited.warnings);
            writeStackText(project, opts.apply, edited.after);
            console.log(`applied to stacks/Pulumi.${opts.apply}.yaml`);
        }
    });
    program
        .command("graph")
        .description("print a Mermaid layer diagram of the stack's offline plan")
        .argument("<stack>", "stack name")
        .action(async (stack) => {
        checkedStack(program, stack);
        const plan = await load.synth().synthStack(stack, { projectDir: projectDirOf(program) });
        console.log(load.graph().renderGraph(plan));
    });
    return program;
}
/** Entry point; returns the exit code. User mistakes never print a stack trace. */
async function main(argv) {
    requestedExit = 0;
    // The stack trace of an unexpected error, through the program's bundle too
    // (npm run build writes its source map): read at load, so set before it.
    if (process.env.FLINK_PLATFORM_DEBUG)
        process.setSourceMapsEnabled(true);
    try {
        await buildProgram().parseAsync([...argv]);
        return requestedExit;
    }
    catch (err) {
        if (err instanceof commander_1.CommanderError)
            return err.exitCode;
        if (errors_1.ConfigError.isConfigError(err)) {
            console.error(err.message);
            return 1;
        }
        console.error(process.env.FLINK_PLATFORM_DEBUG ? err : `error: ${err?.message ?? String(err)}`);
        return 1;
    }
}
if (require.main === module) {
    void main(process.argv).then((code) => process.exit(code));
}
