"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CmfFlinkApplication = exports.cmfFlinkApplicationProvider = void 0;
const bodies_1 = require("./bodies");
const resource_1 = require("./resource");
const replace_on_change_1 = require("./replace-on-change");
const scoped_1 = require("./scoped");
const validate_1 = require("./validate");
/** Dynamic provider behind {@link CmfFlinkApplication}; exported for tests and reuse. */
exports.cmfFlinkApplicationProvider = (0, resource_1.cmfProvider)({
    kind: "CmfFlinkApplication",
    fields: (0, scoped_1.scopedFields)(["spec"], ["waitForRunning", ...scoped_1.WAIT_FIELDS]),
    replaceOnChange: replace_on_change_1.cmfReplaceOnChange.CmfFlinkApplication,
    problems: (0, scoped_1.scopedProblems)(validate_1.applicationProblems, scoped_1.waitProblems),
    id: scoped_1.scopedId,
    // POST .../applications is an upsert: create and update are the same call.
    create: (client, inputs) => client.upsertApplication(inputs.environment, (0, bodies_1.buildApplicationBody)(inputs)),
    update: (client, inputs) => client.upsertApplication(inputs.environment, (0, bodies_1.buildApplicationBody)(inputs)),
    settle: async (client, inputs, live) => {
        const job = inputs.spec.job;
        // A suspended job never reports RUNNING; waiting would only time out.
        if (!inputs.waitForRunning || job?.state === "suspended")
            return live;
        return client.waitForApplicationRunning(inputs.environment, inputs.name, {
            timeoutMs: inputs.waitTimeoutMs,
            pollIntervalMs: inputs.pollIntervalMs,
        });
    },
    get: (client, props) => client.getApplication(props.environment, props.name),
    observed: (live) => ({ jobState: live.status?.jobStatus?.state }),
    drift: (props, live) => ({
        spec: (0, resource_1.reconcile)(props.spec, live.spec),
        ...(0, resource_1.metadataDrift)(props, live),
    }),
    remove: (client, props) => client.deleteApplication(props.environment, props.name),
});
/**
 * A Flink application managed by CMF
 * (`POST /cmf/api/v1/environments/{env}/applications`, an upsert).
 * Changing `environment` or `name` replaces it.
 */
class CmfFlinkApplication extends resource_1.CmfScopedResource {
    constructor(name, args, opts) {
        const own = ["spec", "waitForRunning", ...scoped_1.WAIT_FIELDS];
        super(exports.cmfFlinkApplicationProvider, "CmfFlinkApplication", name, args, own, { jobState: undefined }, opts);
    }
}
exports.CmfFlinkApplication = CmfFlinkApplication;
