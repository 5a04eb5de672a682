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
exports.synthStack = synthStack;
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const pulumi = __importStar(require("@pulumi/pulumi"));
const closures_1 = require("./closures");
const fakes_1 = require("./fakes");
const yaml_1 = require("../core/yaml");
const project_1 = require("./project");
const recorder_1 = require("./recorder");
let synthesized = false;
/**
 * Runs the project's real program for `stack` under Pulumi's mocks and returns
 * the plan. No CLI, cluster or credentials. The Pulumi runtime is process-global,
 * so this runs once per process (the CLI is one process per command).
 */
async function synthStack(stack, options = {}) {
    if (synthesized)
        throw new Error("synthStack runs once per process: Pulumi's runtime state is global");
    synthesized = true;
    const project = (0, project_1.loadProject)(path.resolve(options.projectDir ?? process.cwd()));
    const config = options.stackConfig === undefined
        ? (0, project_1.loadStackConfig)(project, stack)
        : stackConfigOverride(project, stack, options.stackConfig);
    const recorded = (0, recorder_1.installRecordingMocks)({ project: project.name, stack, resourceFakes: fakes_1.resourceFakes, invokeFakes: fakes_1.invokeFakes });
    pulumi.runtime.setAllConfig(config.values, config.secretKeys);
    const failures = [];
    const onRejection = (err) => failures.push(err);
    process.on("unhandledRejection", onRejection);
    // Programs run with the project directory as cwd, as under `pulumi up`.
    const cwd = process.cwd();
    process.chdir(project.dir);
    try {
        await (0, closures_1.withOfflineClosures)(async () => {
            await runProgram(project);
            await pulumi.runtime.disconnect();
        });
    }
    finally {
        process.chdir(cwd);
        process.off("unhandledRejection", onRejection);
    }
    if (failures.length > 0)
        throw failures[0];
    return { stack, project: project.name, resources: (0, recorder_1.applyOrder)(recorded) };
}
/** The config of {@link SynthOptions.stackConfig}: read from `file`, named as the stack's own file. */
function stackConfigOverride(project, stack, file) {
    const name = path.basename((0, project_1.existingStackFile)(project, stack));
    return (0, project_1.stackConfigFromText)(project, (0, yaml_1.readYamlText)(file, name), name);
}
/** Helpers shipped in bin/ (plain JS, shared with the launcher). */
function binHelpers() {
    for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
        const file = path.join(dir, "bin", "freshness.js");
        if (!fs.existsSync(file))
            continue;
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const helpers = require(file);
        return { root: dir, compiledTwin: helpers.compiledTwin };
    }
    return undefined;
}
/**
 * Calls `fn` from a macrotask of its own. The SDK captures and parses the
 * whole call stack of every resource it registers (unlimited depth), so each
 * frame below the program is paid once per resource: the CLI's commander and
 * async frames, which V8 keeps in stack traces across `await`, made the
 * capture twice what a bare program pays.
 */
function onFreshStack(fn) {
    return new Promise((resolve, reject) => setImmediate(() => {
        try {
            resolve(fn());
        }
        catch (err) {
            reject(err);
        }
    }));
}
/**
 * Runs the program as the Node.js language host does: requires it, calls the
 * export if it is a function, and awaits the result (a program may export a
 * promise of its outputs, or an async function).
 */
async function runProgram(project) {
    let main = project.main;
    if (/\.[cm]?ts$/.test(main)) {
        // This package's own program runs compiled when the build is fresh (much
        // faster than transpiling); other TypeScript programs load through tsx, as
        // `pulumi up` loads them through ts-node.
        const helpers = binHelpers();
        const twin = helpers?.compiledTwin(helpers.root, main);
        if (twin)
            main = twin;
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        else
            require("tsx/cjs/api").register();
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = await onFreshStack(() => require(main));
    return await (typeof exported === "function" ? onFreshStack(exported) : exported);
}
