"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CMF_NAME_PATTERN = void 0;
exports.cmfNameProblems = cmfNameProblems;
exports.environmentProblems = environmentProblems;
exports.applicationProblems = applicationProblems;
exports.computePoolProblems = computePoolProblems;
exports.connectionProblems = connectionProblems;
const http_1 = require("./http");
/**
 * Name rule CMF applies to environment names and namespaces
 * (`PostResourceBase.name`, `KubernetesNamespace.kubernetesNamespace`).
 */
exports.CMF_NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function isPlainObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** Problems with a CMF object name: lowercase DNS name of `minLength`..253 characters. */
function cmfNameProblems(value, path, minLength) {
    if (typeof value !== "string" ||
        value.length < minLength ||
        value.length > 253 ||
        !exports.CMF_NAME_PATTERN.test(value)) {
        return [
            {
                path,
                got: value,
                allowed: `a lowercase DNS name (a-z, 0-9, '-', '.'), ${minLength}..253 characters, starting and ending with a letter or digit`,
            },
        ];
    }
    return [];
}
function stringMapProblems(value, path) {
    if (value === undefined)
        return [];
    if (!isPlainObject(value) || Object.values(value).some((v) => typeof v !== "string")) {
        return [{ path, got: value, allowed: "a map of string to string" }];
    }
    return [];
}
function optionalObjectProblems(value, path) {
    return value === undefined || isPlainObject(value) ? [] : [{ path, got: value, allowed: "an object" }];
}
function join(prefix, key) {
    return prefix === "" ? key : `${prefix}.${key}`;
}
/** Problems in an environment spec; `prefix` is prepended to every path. */
function environmentProblems(spec, prefix = "") {
    const problems = [
        // PostResourceBase.name: minLength 4 plus the DNS pattern.
        ...cmfNameProblems(spec.name, join(prefix, "name"), 4),
        ...cmfNameProblems(spec.kubernetesNamespace, join(prefix, "kubernetesNamespace"), 1),
        ...optionalObjectProblems(spec.flinkApplicationDefaults, join(prefix, "flinkApplicationDefaults")),
        ...optionalObjectProblems(spec.computePoolDefaults, join(prefix, "computePoolDefaults")),
    ];
    if (spec.kubernetesClusterName !== undefined) {
        problems.push(...cmfNameProblems(spec.kubernetesClusterName, join(prefix, "kubernetesClusterName"), 1));
    }
    const statementDefaults = spec.statementDefaults;
    if (statementDefaults !== undefined) {
        if (!isPlainObject(statementDefaults)) {
            problems.push({
                path: join(prefix, "statementDefaults"),
                got: statementDefaults,
                allowed: "an object with optional detached and interactive",
            });
        }
        else {
            for (const key of ["detached", "interactive"]) {
                const entry = statementDefaults[key];
                const path = join(prefix, `statementDefaults.${key}`);
                if (entry === undefined)
                    continue;
                if (!isPlainObject(entry)) {
                    problems.push({ path, got: entry, allowed: "an object with flinkConfiguration" });
                }
                else {
                    problems.push(...stringMapProblems(entry.flinkConfiguration, `${path}.flinkConfiguration`));
                }
            }
        }
    }
    return problems;
}
/** Problems in an application spec; `prefix` is prepended to every path. */
function applicationProblems(app, prefix = "") {
    const problems = cmfNameProblems(app.name, join(prefix, "name"), 1);
    if (!isPlainObject(app.spec)) {
        problems.push({ path: join(prefix, "spec"), got: app.spec, allowed: "a FlinkDeployment spec object" });
    }
    else if (app.spec.job !== undefined && !isPlainObject(app.spec.job)) {
        problems.push({ path: join(prefix, "spec.job"), got: app.spec.job, allowed: "an object" });
    }
    problems.push(...stringMapProblems(app.labels, join(prefix, "labels")));
    problems.push(...stringMapProblems(app.annotations, join(prefix, "annotations")));
    return problems;
}
/** Problems in a compute pool spec; `prefix` is prepended to every path. */
function computePoolProblems(pool, prefix = "") {
    const problems = cmfNameProblems(pool.name, join(prefix, "name"), 1);
    if (pool.type !== "DEDICATED" && pool.type !== "SHARED") {
        problems.push({ path: join(prefix, "type"), got: pool.type, allowed: "one of DEDICATED, SHARED" });
    }
    if (pool.state !== undefined) {
        if (pool.state !== "RUNNING" && pool.state !== "SUSPENDED") {
            problems.push({ path: join(prefix, "state"), got: pool.state, allowed: "one of RUNNING, SUSPENDED" });
        }
        else if (pool.type === "DEDICATED") {
            problems.push({
                path: join(prefix, "state"),
                got: pool.state,
                allowed: "not set for DEDICATED pools",
                hint: "CMF accepts a desired state only for SHARED compute pools",
            });
        }
    }
    if (!isPlainObject(pool.clusterSpec)) {
        problems.push({
            path: join(prefix, "clusterSpec"),
            got: pool.clusterSpec,
            allowed: "an object with flinkVersion, image, flinkConfiguration, jobManager, taskManager",
        });
    }
    problems.push(...stringMapProblems(pool.labels, join(prefix, "labels")));
    problems.push(...stringMapProblems(pool.annotations, join(prefix, "annotations")));
    return problems;
}
function isWholeNumber(value, min, max) {
    return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}
/**
 * Problems with a connection, one entry per mistake. Secret values are never
 * echoed back (`got` is `"(redacted)"`).
 */
function connectionProblems(connection, path = "connection") {
    const problems = [];
    if (connection === undefined || connection === null || typeof connection !== "object") {
        return [{ path, got: connection, allowed: "an object with endpoint and optional auth" }];
    }
    let url;
    try {
        url = new URL(connection.endpoint);
    }
    catch {
        url = undefined;
    }
    const protocol = url?.protocol;
    if (protocol !== "http:" && protocol !== "https:") {
        problems.push({
            path: `${path}.endpoint`,
            got: connection.endpoint,
            allowed: "an http:// or https:// URL such as https://cmf.example.com or http://localhost:8080",
        });
    }
    const auth = connection.auth;
    if (auth !== undefined) {
        if (auth.type !== "none" && auth.type !== "bearer" && auth.type !== "mtls") {
            problems.push({ path: `${path}.auth.type`, got: auth.type, allowed: "one of none, bearer, mtls" });
        }
        if (auth.type === "bearer" && !auth.token) {
            problems.push({
                path: `${path}.auth.token`,
                got: undefined,
                allowed: "a non-empty OAuth access token",
                hint: "auth.type bearer sends `Authorization: Bearer <token>`",
            });
        }
        if (auth.type === "mtls") {
            for (const key of ["clientCertPem", "clientKeyPem"]) {
                const value = auth[key];
                if (typeof value !== "string" || !value.includes("-----BEGIN")) {
                    problems.push({
                        path: `${path}.auth.${key}`,
                        got: value === undefined ? undefined : "(redacted)",
                        allowed: "a PEM string (-----BEGIN ...)",
                    });
                }
            }
            if (protocol === "http:") {
                problems.push({
                    path: `${path}.endpoint`,
                    got: connection.endpoint,
                    allowed: "an https:// URL",
                    hint: "mTLS needs TLS; use https:// or auth.type none/bearer for a plain-http port-forward",
                });
            }
        }
        // A token over plain http is readable by anyone on the path; a port-forward
        // to a loopback address never leaves the machine.
        if (auth.type === "bearer" &&
            protocol === "http:" &&
            url !== undefined &&
            !(0, http_1.isLoopbackHost)(url.hostname)) {
            problems.push({
                path: `${path}.endpoint`,
                got: (0, http_1.displayEndpoint)(connection.endpoint),
                allowed: "an https:// URL when auth.type is bearer (plain http:// only to a loopback host: 127.0.0.0/8, ::1, localhost)",
                hint: "the token would cross the network in clear text; in a stack this URL is flink-platform:cmf.endpoint " +
                    "(use the https URL of the exposed CMF API, or a port-forward such as http://localhost:8080)",
            });
        }
        if (auth.caPem !== undefined && (typeof auth.caPem !== "string" || !auth.caPem.includes("-----BEGIN"))) {
            problems.push({ path: `${path}.auth.caPem`, got: "(redacted)", allowed: "a PEM CA bundle" });
        }
    }
    if (connection.timeoutMs !== undefined && !isWholeNumber(connection.timeoutMs, 1, 3_600_000)) {
        problems.push({
            path: `${path}.timeoutMs`,
            got: connection.timeoutMs,
            allowed: "a whole number of milliseconds, 1..3600000",
        });
    }
    if (connection.retries !== undefined && !isWholeNumber(connection.retries, 0, 20)) {
        problems.push({ path: `${path}.retries`, got: connection.retries, allowed: "a whole number, 0..20" });
    }
    for (const key of ["retryDelayMs", "maxRetryDelayMs"]) {
        if (connection[key] !== undefined && !isWholeNumber(connection[key], 0, 600_000)) {
            problems.push({
                path: `${path}.${key}`,
                got: connection[key],
                allowed: "a whole number of milliseconds, 0..600000",
            });
        }
    }
    return problems;
}
