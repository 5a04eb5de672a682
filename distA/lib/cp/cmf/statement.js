"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CmfStatement = exports.cmfStatementProvider = void 0;
const client_sql_1 = require("./client-sql");
const replace_on_change_1 = require("./replace-on-change");
const resource_1 = require("./resource");
const sql_bodies_1 = require("./sql-bodies");
const scoped_1 = require("./scoped");
const object = (inputs) => (0, client_sql_1.cmfStatementObject)(inputs.environment, inputs.name);
/** Phases in which a statement no longer runs: nothing to stop before deleting it. */
const NOT_RUNNING = ["STOPPED", "FAILED", "COMPLETED"];
/**
 * Stops a running statement (PUT with `stopped: true`, waiting for STOPPED),
 * then deletes it: a replaced version is stopped and deleted only after its
 * successor runs (Pulumi creates the replacement first, as its name differs).
 */
async function stopAndDelete(client, props) {
    const live = await (0, client_sql_1.getSqlObject)(client, object(props));
    if (live === undefined)
        return false;
    const phase = (live.status?.phase ?? "").toUpperCase();
    if (live.spec.stopped !== true && !NOT_RUNNING.includes(phase)) {
        await (0, client_sql_1.updateSqlObject)(client, object(props), (0, sql_bodies_1.buildStatementBody)({ ...props, stopped: true }));
        await (0, client_sql_1.waitForStatement)(client, props.environment, props.name, {
            timeoutMs: props.waitTimeoutMs,
            pollIntervalMs: props.pollIntervalMs,
        });
    }
    return (0, client_sql_1.deleteSqlObject)(client, object(props));
}
/** The statement's own input fields, between the scoped ones and the wait bounds. */
const OWN_FIELDS = [
    "statement",
    "computePoolName",
    "properties",
    "flinkConfiguration",
    "parallelism",
    "stopped",
];
/** Dynamic provider behind {@link CmfStatement}; exported for tests and reuse. */
exports.cmfStatementProvider = (0, resource_1.cmfProvider)({
    kind: "CmfStatement",
    fields: (0, scoped_1.scopedFields)(OWN_FIELDS, scoped_1.WAIT_FIELDS),
    replaceOnChange: replace_on_change_1.cmfReplaceOnChange.CmfStatement,
    problems: (0, scoped_1.scopedProblems)(sql_bodies_1.statementProblems, scoped_1.waitProblems),
    id: scoped_1.scopedId,
    // Create adopts on 409: the name carries the content hash, so a statement under it from an
    // interrupted run has this SQL. Update gets only what may change in place (stopped, parallelism,
    // configuration, metadata); remove stops the statement first.
    ...(0, client_sql_1.sqlObjectCrud)(object, sql_bodies_1.buildStatementBody),
    // `up` waits for RUNNING (COMPLETED when bounded, STOPPED when stopped); FAILED quotes its exceptions.
    settle: (client, inputs) => (0, client_sql_1.waitForStatement)(client, inputs.environment, inputs.name, {
        timeoutMs: inputs.waitTimeoutMs,
        pollIntervalMs: inputs.pollIntervalMs,
    }),
    observed: (live) => ({ phase: live.status?.phase }),
    drift: (props, live) => ({
        statement: live.spec.statement,
        computePoolName: live.spec.computePoolName,
        properties: (0, resource_1.reconcile)(props.properties, live.spec.properties),
        flinkConfiguration: (0, resource_1.reconcile)(props.flinkConfiguration, live.spec.flinkConfiguration),
        parallelism: (0, resource_1.reconcile)(props.parallelism, live.spec.parallelism),
        stopped: (0, resource_1.reconcile)(props.stopped ?? false, live.spec.stopped ?? false),
        ...(0, resource_1.metadataDrift)(props, live),
    }),
    remove: (client, props) => stopAndDelete(client, props),
});
/**
 * A Flink SQL statement (`POST /cmf/api/v1/environments/{env}/statements`;
 * PUT for `stopped`, `parallelism` and configuration). Changing
 * `environment`, `name`, `statement` or `computePoolName` replaces it; a
 * replaced statement is stopped, then deleted.
 */
class CmfStatement extends resource_1.CmfScopedResource {
    constructor(name, args, opts) {
        const own = [...OWN_FIELDS, ...scoped_1.WAIT_FIELDS];
        super(exports.cmfStatementProvider, "CmfStatement", name, args, own, { phase: undefined }, opts);
    }
}
exports.CmfStatement = CmfStatement;
