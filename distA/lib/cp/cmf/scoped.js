"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WAIT_FIELDS = void 0;
exports.scopedId = scopedId;
exports.scopedFields = scopedFields;
exports.scopedProblems = scopedProblems;
exports.waitProblems = waitProblems;
const validate_1 = require("./validate");
/** The wait bounds of the kinds that poll CMF after create/update. */
exports.WAIT_FIELDS = ["waitTimeoutMs", "pollIntervalMs"];
/** Pulumi id of an object inside an environment, `<environment>/<name>`: CMF's identity of it. */
function scopedId(inputs) {
    return `${inputs.environment}/${inputs.name}`;
}
/** The `fields` of an object inside an environment: connection, environment, name, `own`, metadata, `after`. */
function scopedFields(own, after = []) {
    return ["connection", "environment", "name", ...own, "labels", "annotations", ...after];
}
/** The `problems` of an object inside an environment: the environment name's, then each of `checks`'. */
function scopedProblems(...checks) {
    return (inputs) => [
        ...(0, validate_1.cmfNameProblems)(inputs.environment, "environment", 4),
        ...checks.flatMap((check) => check(inputs)),
    ];
}
/** Wait bounds that are set but not a whole number of milliseconds in 1..86400000 (one day). */
function waitProblems(inputs) {
    return ["waitTimeoutMs", "pollIntervalMs"]
        .filter((key) => {
        const v = inputs[key];
        return v !== undefined && !(Number.isInteger(v) && v >= 1 && v <= 86_400_000);
    })
        .map((key) => ({ path: key, got: inputs[key], allowed: "a whole number of milliseconds, 1..86400000" }));
}
