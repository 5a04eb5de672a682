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
exports.synthInChild = synthInChild;
exports.settledInOrder = settledInOrder;
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const stack_name_1 = require("./stack-name");
/** The `bin/flink-platform.js` of this installation (source checkout or package). */
function cliBin() {
    for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
        const candidate = path.join(dir, "bin", "flink-platform.js");
        if (fs.existsSync(candidate))
            return candidate;
    }
    throw new Error("cannot find bin/flink-platform.js");
}
function run(args) {
    return new Promise((resolve, reject) => {
        const child = (0, node_child_process_1.spawn)(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
        const stdout = [];
        const stderr = [];
        child.stdout.on("data", (b) => stdout.push(b));
        child.stderr.on("data", (b) => stderr.push(b));
        child.on("error", reject);
        child.on("close", (status) => resolve({
            status,
            stdout: Buffer.concat(stdout).toString("utf8"),
            stderr: Buffer.concat(stderr).toString("utf8"),
        }));
    });
}
/** Runs `synth` in a child process and returns its plan. */
async function synthInChild(request) {
    const { projectDir, stack } = request;
    (0, stack_name_1.checkStackName)(stack);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "flink-platform-plan-"));
    try {
        const config = request.stackConfig === undefined ? [] : ["--stack-config", request.stackConfig];
        const result = await run([
            request.bin ?? cliBin(),
            "--project-dir",
            projectDir,
            "synth",
            stack,
            "--out",
            out,
            ...config,
        ]);
        if (result.status !== 0) {
            throw new Error(`synth ${stack} in ${projectDir} failed:\n${result.stderr.trim() || result.stdout.trim()}`);
        }
        return JSON.parse(fs.readFileSync(path.join(out, "plan.json"), "utf8"));
    }
    finally {
        fs.rmSync(out, { recursive: true, force: true });
    }
}
/**
 * Awaits every promise (none is left running, so no child outlives the
 * command and every temporary folder is removed), then returns their values
 * or throws the error of the first that failed, in the order given: the
 * error a serial run would have stopped at.
 */
async function settledInOrder(promises) {
    const results = await Promise.allSettled(promises);
    const failed = results.find((r) => r.status === "rejected");
    if (failed)
        throw failed.reason;
    return results.map((r) => r.value);
}
