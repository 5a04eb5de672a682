"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CmfComputePool = exports.cmfComputePoolProvider = void 0;
const bodies_1 = require("./bodies");
const resource_1 = require("./resource");
const replace_on_change_1 = require("./replace-on-change");
const scoped_1 = require("./scoped");
const validate_1 = require("./validate");
/** Dynamic provider behind {@link CmfComputePool}; exported for tests and reuse. */
exports.cmfComputePoolProvider = (0, resource_1.cmfProvider)({
    kind: "CmfComputePool",
    fields: (0, scoped_1.scopedFields)(["type", "state", "clusterSpec"]),
    replaceOnChange: replace_on_change_1.cmfReplaceOnChange.CmfComputePool,
    problems: (0, scoped_1.scopedProblems)(validate_1.computePoolProblems),
    id: scoped_1.scopedId,
    // Compute pools have no upsert: POST, and PUT on 409 (a pool left behind by an interrupted run is adopted).
    create: (client, inputs) => client.createComputePool(inputs.environment, (0, bodies_1.buildComputePoolBody)(inputs)),
    adoptOnConflict: true,
    update: (client, inputs) => client.updateComputePool(inputs.environment, (0, bodies_1.buildComputePoolBody)(inputs)),
    get: (client, props) => client.getComputePool(props.environment, props.name),
    observed: (live) => ({ phase: live.status?.phase }),
    drift: (props, live) => ({
        type: live.spec.type,
        state: (0, resource_1.reconcile)(props.state, live.spec.state),
        clusterSpec: (0, resource_1.reconcile)(props.clusterSpec, live.spec.clusterSpec),
        ...(0, resource_1.metadataDrift)(props, live),
    }),
    remove: (client, props) => client.deleteComputePool(props.environment, props.name),
});
/**
 * A CMF compute pool for Flink SQL. Created with POST (falling back to PUT
 * when it already exists), updated with PUT; changing `environment` or `name`
 * replaces it.
 */
class CmfComputePool extends resource_1.CmfScopedResource {
    constructor(name, args, opts) {
        const own = ["type", "state", "clusterSpec"];
        super(exports.cmfComputePoolProvider, "CmfComputePool", name, args, own, { phase: undefined }, opts);
    }
}
exports.CmfComputePool = CmfComputePool;
