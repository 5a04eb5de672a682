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
exports.changedFiles = changedFiles;
exports.planAtRef = planAtRef;
exports.plansAgainstRef = plansAgainstRef;
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const files_1 = require("../core/files");
const yaml_1 = require("../core/yaml");
const bundle_1 = require("./bundle");
const project_1 = require("./project");
const stack_name_1 = require("./stack-name");
const synth_child_1 = require("./synth-child");
const debugLog = (line) => {
    if (process.env.FLINK_PLATFORM_DEBUG)
        console.error(line);
};
function gitRaw(cwd, args, maxBuffer) {
    const run = (0, node_child_process_1.spawnSync)("git", args, { cwd, maxBuffer });
    if (run.status !== 0)
        throw new Error(`git ${args.join(" ")}: ${String(run.stderr).trim()}`);
    return run.stdout;
}
const git = (cwd, args) => gitRaw(cwd, args).toString("utf8").trim();
/** NUL-separated git output, empty entries dropped. */
const zList = (out) => out
    .toString("utf8")
    .split("\0")
    .filter((p) => p !== "");
const posix = (p) => p.split(path.sep).join("/");
/** Inside `dir` (repository-relative, posix, "" for the top): the path below it, else undefined. */
function below(dir, file) {
    if (dir === "")
        return file;
    return file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : undefined;
}
function stackAssets(top, project) {
    return {
        projectRel: posix(path.relative(top, project.dir)),
        stackDirRel: posix(path.relative(project.dir, project.stackConfigDir)),
    };
}
/** A stack file: `Pulumi.<name>.yaml` in the stack folder, or a `.sql` statement file in the project. */
function isStackAsset(assets, file) {
    const rel = below(assets.projectRel, file);
    if (rel === undefined)
        return false;
    if (rel.endsWith(".sql"))
        return true;
    const inStackDir = assets.stackDirRel === "" ? rel : below(assets.stackDirRel, rel);
    return inStackDir !== undefined && /^Pulumi\.[^/]+\.yaml$/.test(inStackDir);
}
/** Files that differ between `ref` and the working tree: tracked changes and untracked files. */
function changedFiles(top, ref) {
    return [
        ...zList(gitRaw(top, ["diff", "--name-only", "--no-renames", "-z", ref, "--"])),
        ...zList(gitRaw(top, ["ls-files", "--others", "--exclude-standard", "-z"])),
    ];
}
function treeAt(top, ref, dir) {
    return zList(gitRaw(top, ["ls-tree", "-r", "-l", "-z", ref, "--", dir === "" ? "." : dir])).map((line) => {
        const tab = line.indexOf("\t");
        const [mode, , object, size] = line.slice(0, tab).split(/ +/);
        return { mode, object, size: Number(size), file: line.slice(tab + 1) };
    });
}
/**
 * The base project as the `stack-files` path builds it in `dir`: the ref's
 * stack file and `.sql` files, and `Pulumi.yaml` running `program`.
 * Undefined when the fast path cannot stand in for a checkout (see
 * {@link BaseSynthPath}); `"absent"` when the stack has no file at the ref.
 */
function writeStackFilesProject(top, ref, project, stack, dir) {
    const assets = stackAssets(top, project);
    const entries = treeAt(top, ref, assets.projectRel);
    // A link or submodule in the project (it may hide a stack or statement file): only a checkout
    // resolves it as synth would. The program's entry may be one: the current program runs anyway.
    const mainRel = posix(path.relative(project.dir, project.main));
    const special = (e) => e.mode !== "100644" && e.mode !== "100755";
    if (entries.some((e) => special(e) && below(assets.projectRel, e.file) !== mainRel))
        return undefined;
    const stackRel = posix(path.join(assets.stackDirRel, `Pulumi.${stack}.yaml`));
    const wanted = entries.filter((e) => {
        const rel = below(assets.projectRel, e.file);
        return rel === stackRel || rel.endsWith(".sql");
    });
    if (!wanted.some((e) => below(assets.projectRel, e.file) === stackRel))
        return "absent";
    const limit = (rel) => (rel === stackRel ? yaml_1.maxYamlFileBytes : files_1.sqlFileRule.maxBytes);
    if (wanted.some((e) => e.size > limit(below(assets.projectRel, e.file))))
        return undefined;
    for (const e of wanted) {
        const target = path.join(dir, below(assets.projectRel, e.file));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, gitRaw(top, ["cat-file", "blob", e.object], e.size + 1));
    }
    writeProjectFile(project, dir, project.main);
    return "written";
}
/** `Pulumi.yaml` of `project` (read as synth reads it) into `dir`, running the program `main`. */
function writeProjectFile(project, dir, main) {
    const doc = ((0, yaml_1.readYamlFile)(path.join(project.dir, "Pulumi.yaml"), "Pulumi.yaml") ?? {});
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), (0, yaml_1.toYaml)({ ...doc, main }));
}
/** The base plan from a worktree at `ref` (the `bundle` and `source` paths). */
async function planFromWorktree(top, projectDir, stack, ref, synth, log) {
    const tree = fs.mkdtempSync(path.join(os.tmpdir(), "flink-platform-base-"));
    git(top, ["worktree", "add", "--detach", "--force", tree, ref]);
    try {
        const baseProject = path.join(tree, path.relative(top, projectDir));
        const project = (0, project_1.loadProject)(baseProject);
        if (!fs.existsSync((0, project_1.stackFile)(project, stack)))
            return undefined;
        const modules = path.join(top, "node_modules");
        if (fs.existsSync(modules) && !fs.existsSync(path.join(tree, "node_modules"))) {
            fs.symlinkSync(modules, path.join(tree, "node_modules"), "dir");
        }
        if ((0, bundle_1.bundlerAvailable)()) {
            log(`diff: base synth bundles the program at ${ref} (files other than stack files changed)`);
            // Next to the entry, so that its own relative requires and node_modules resolve as before.
            const bundle = path.join(path.dirname(project.main), ".flink-platform-base.js");
            await (0, bundle_1.bundleProgram)(project.main, bundle);
            writeProjectFile(project, baseProject, bundle);
            return await synth({ projectDir: baseProject, stack });
        }
        log(`diff: base synth runs the program at ${ref} from its sources (no esbuild)`);
        const baseBin = path.join(tree, "bin", "flink-platform.js");
        return await synth({ projectDir: baseProject, stack, bin: fs.existsSync(baseBin) ? baseBin : undefined });
    }
    finally {
        git(top, ["worktree", "remove", "--force", tree]);
    }
}
/**
 * The plan of `stack` as it was at git `ref` (see {@link BaseSynthPath}).
 * Undefined when the stack did not exist there (everything is a create).
 */
async function planAtRef(projectDir, stack, ref, options = {}) {
    (0, stack_name_1.checkStackName)(stack);
    const synth = options.synth ?? synth_child_1.synthInChild;
    const log = options.log ?? debugLog;
    const top = git(projectDir, ["rev-parse", "--show-toplevel"]);
    git(top, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    const project = (0, project_1.loadProject)(projectDir);
    const assets = stackAssets(top, project);
    if (changedFiles(top, ref).every((f) => isStackAsset(assets, f))) {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "flink-platform-base-"));
        try {
            const written = writeStackFilesProject(top, ref, project, stack, dir);
            if (written === "absent")
                return undefined;
            if (written === "written") {
                log(`diff: base synth runs the current program on the stack files at ${ref} (only stack files changed)`);
                return await synth({ projectDir: dir, stack });
            }
        }
        finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }
    return planFromWorktree(top, projectDir, stack, ref, synth, log);
}
/**
 * The working tree's plan (`after`) and the plan at `ref` (`before`),
 * synthesized concurrently. Errors as if run one after the other: the
 * working tree's first.
 */
async function plansAgainstRef(projectDir, stack, ref, options = {}) {
    (0, stack_name_1.checkStackName)(stack);
    const synth = options.synth ?? synth_child_1.synthInChild;
    const [after, before] = await (0, synth_child_1.settledInOrder)([
        synth({ projectDir, stack }),
        planAtRef(projectDir, stack, ref, options),
    ]);
    return { before, after };
}
