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
exports.scaleEditFile = exports.scaleEditPrefix = void 0;
exports.checkScaleEdit = checkScaleEdit;
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const errors_1 = require("../core/errors");
/**
 * Where `scale` puts its edited stack file for the "after" synth (synth's
 * hidden `--stack-config`), and the one check synth makes of that flag: the
 * file must be such an edit, so a path a user types there can never make synth
 * read, and echo in a parse error, another file of the machine.
 */
/** Prefix of the temporary folder `scale` writes its edit into. */
exports.scaleEditPrefix = "flink-platform-scale-";
/** Name of the edited stack file in that folder. */
exports.scaleEditFile = "edited.yaml";
/** Refuses a `--stack-config` value that is not a regular `edited.yaml` in a folder `scale` made. */
function checkScaleEdit(file) {
    let real;
    try {
        const stat = fs.lstatSync(file);
        if (stat.isFile())
            real = fs.realpathSync(file);
    }
    catch {
        real = undefined;
    }
    const folder = real === undefined ? undefined : path.dirname(real);
    const ok = real !== undefined &&
        folder !== undefined &&
        path.basename(real) === exports.scaleEditFile &&
        path.dirname(folder) === fs.realpathSync(os.tmpdir()) &&
        path.basename(folder).startsWith(exports.scaleEditPrefix);
    if (!ok) {
        throw new errors_1.ConfigError([
            {
                path: "--stack-config",
                got: file,
                allowed: `an edited stack file that flink-platform scale wrote (${exports.scaleEditPrefix}*/${exports.scaleEditFile} in the temporary folder); an internal flag, not for stack files`,
            },
        ], "Invalid flag");
    }
}
