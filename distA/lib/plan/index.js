"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderGraph = exports.renderMarkdown = exports.renderJson = exports.renderText = exports.changeKinds = exports.countKinds = exports.exitCode = exports.diffPlans = exports.summarize = exports.writePlan = exports.secretPlaceholder = exports.synthStack = void 0;
/**
 * Offline synth and plan tooling: run a Pulumi program under recording mocks
 * ({@link synthStack}), write the plan, manifests and Helm values
 * ({@link writePlan}), compare two plans ({@link diffPlans}) and draw the
 * layer graph ({@link renderGraph}).
 *
 * @module flink-platform/plan
 */
// The public surface, named: the recorder, project loader and diff internals
// the CLI uses stay out of the package's API.
var synth_1 = require("./synth");
Object.defineProperty(exports, "synthStack", { enumerable: true, get: function () { return synth_1.synthStack; } });
var recorder_1 = require("./recorder");
Object.defineProperty(exports, "secretPlaceholder", { enumerable: true, get: function () { return recorder_1.secretPlaceholder; } });
var write_1 = require("./write");
Object.defineProperty(exports, "writePlan", { enumerable: true, get: function () { return write_1.writePlan; } });
Object.defineProperty(exports, "summarize", { enumerable: true, get: function () { return write_1.summarize; } });
var diff_1 = require("./diff");
Object.defineProperty(exports, "diffPlans", { enumerable: true, get: function () { return diff_1.diffPlans; } });
Object.defineProperty(exports, "exitCode", { enumerable: true, get: function () { return diff_1.exitCode; } });
Object.defineProperty(exports, "countKinds", { enumerable: true, get: function () { return diff_1.countKinds; } });
Object.defineProperty(exports, "changeKinds", { enumerable: true, get: function () { return diff_1.changeKinds; } });
var diff_render_1 = require("./diff-render");
Object.defineProperty(exports, "renderText", { enumerable: true, get: function () { return diff_render_1.renderText; } });
Object.defineProperty(exports, "renderJson", { enumerable: true, get: function () { return diff_render_1.renderJson; } });
Object.defineProperty(exports, "renderMarkdown", { enumerable: true, get: function () { return diff_render_1.renderMarkdown; } });
var graph_1 = require("./graph");
Object.defineProperty(exports, "renderGraph", { enumerable: true, get: function () { return graph_1.renderGraph; } });
