"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CmfEnvironment = exports.cmfEnvironmentProvider = void 0;
const bodies_1 = require("./bodies");
const resource_1 = require("./resource");
const replace_on_change_1 = require("./replace-on-change");
const validate_1 = require("./validate");
/** Spec fields refreshed from CMF (the name is the identity). */
const REFRESHED = [
    "kubernetesNamespace",
    "kubernetesClusterName",
    "flinkApplicationDefaults",
    "computePoolDefaults",
    "statementDefaults",
];
/** Dynamic provider behind {@link CmfEnvironment}; exported for tests and reuse. */
exports.cmfEnvironmentProvider = (0, resource_1.cmfProvider)({
    kind: "CmfEnvironment",
    fields: ["connection", "name", ...REFRESHED],
    replaceOnChange: replace_on_change_1.cmfReplaceOnChange.CmfEnvironment,
    problems: (inputs) => (0, validate_1.environmentProblems)(inputs),
    id: (inputs) => inputs.name,
    // POST /environments is an upsert: create and update are the same call.
    create: (client, inputs) => client.upsertEnvironment((0, bodies_1.buildEnvironmentBody)(inputs)),
    update: (client, inputs) => client.upsertEnvironment((0, bodies_1.buildEnvironmentBody)(inputs)),
    get: (client, props, id) => client.getEnvironment(props.name ?? id),
    observed: (live) => ({ createdTime: live.created_time, updatedTime: live.updated_time }),
    drift: (props, live) => {
        const state = {};
        for (const key of REFRESHED)
            state[key] = (0, resource_1.reconcile)(props[key], live[key]);
        return state;
    },
    remove: (client, props, id) => client.deleteEnvironment(props.name ?? id),
});
/**
 * A CMF environment (`POST /cmf/api/v1/environments`, an upsert). Changing
 * `name` or `kubernetesNamespace` replaces it; a refresh that finds it gone
 * drops it from the state.
 */
class CmfEnvironment extends resource_1.CmfResource {
    constructor(name, args, opts) {
        const inputs = { ...(0, resource_1.pickInputs)(args, REFRESHED), createdTime: undefined, updatedTime: undefined };
        super(exports.cmfEnvironmentProvider, "CmfEnvironment", name, { connection: args.connection, name: args.name ?? name, ...inputs }, opts);
    }
}
exports.CmfEnvironment = CmfEnvironment;
