"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.smokeTestName = void 0;
exports.identityRules = identityRules;
/**
 * Names that become the same Kubernetes object, CMF object or Pulumi URN.
 *
 * Applications, pools and the smoke test each turn into named objects: a
 * FlinkDeployment (its own cluster, a pool's session cluster, the smoke
 * test), a FlinkSessionJob, a CMF application and the Pulumi resource that
 * manages it. Two config items that map to one object do not fail anywhere
 * downstream: Kubernetes keeps the last apply, and a second registration of a
 * URN silently replaced the first in offline plans. So this rule lists what
 * each item becomes and refuses a second owner, naming both keys.
 *
 * This layer stays free of lib/k8s and lib/flink (they import it), so the
 * smoke test's name is defined here and lib/k8s re-exports it.
 */
/** Name of the smoke-test application (its FlinkDeployment on OSS, its CMF application on CP). */
exports.smokeTestName = "flink-smoke-test";
const str = (v) => (typeof v === "string" ? v : undefined);
const list = (v) => (Array.isArray(v) ? v : []);
/**
 * CMF environments a CP config creates, by namespace: one per Flink namespace
 * or one for the first. The same choice as `cmfEnvironmentNamespaces` in
 * ./cp, which this file cannot import (./cp imports ./schema, which imports
 * this file).
 */
function cmfEnvironmentOf(flink, perNamespace) {
    const envs = perNamespace ? [...new Set(flink)] : flink.slice(0, 1);
    return (ns) => (envs.includes(ns) ? ns : envs[0]);
}
/**
 * Refuses config items that become the same object (see the file comment).
 * Runs on invalid input too (like the other cross-field rules), so every read
 * is defensive; items whose names are invalid are left to their own checks.
 *
 * @param cfg the parsed (possibly partial) platform settings; on CP with `cmf`
 * @param target `oss` (the Apache operator's objects) or `cp` (CMF's)
 */
function identityRules(cfg, ctx, target) {
    const c = (cfg ?? {});
    const flink = (Array.isArray(c.namespaces?.flink) ? c.namespaces.flink : []).filter((ns) => typeof ns === "string");
    if (flink.length === 0)
        return;
    const owners = new Map();
    /** Claims `object` for `owner`; reports the item at `path` when another owner has it. */
    const claim = (object, owner, path, got) => {
        const first = owners.get(object);
        if (!first) {
            owners.set(object, owner);
            return;
        }
        // Two applications in one namespace are the application rule's to report.
        if (first.application && first.application.namespace === owner.application?.namespace)
            return;
        ctx.addIssue({
            code: "custom",
            path,
            input: got,
            message: `a name no other object uses: it would be ${object}, already ${first.label}`,
        });
    };
    const pools = list(c.pools);
    const poolNamespace = (name) => str(pools.find((p) => p && p.name === name)?.namespace) ?? flink[0];
    const cmfEnvironment = target === "cp" ? cmfEnvironmentOf(flink, c.cmf?.environmentPerNamespace === true) : undefined;
    const envName = str(c.environment?.name) ?? "<environment>";
    /** What an application-mode job named `name` in `ns` becomes. */
    const deployment = (ns, name) => cmfEnvironment
        ? `CMF application ${name} in environment ${envName}-${cmfEnvironment(ns)}`
        : `FlinkDeployment ${ns}/${name}`;
    if (c.smokeTest?.enabled === true) {
        claim(deployment(flink[0], exports.smokeTestName), { label: "the smoke test (smokeTest.enabled)" }, [], "");
    }
    // On CP a pool is a CMF compute pool, not an object applications could take.
    if (!cmfEnvironment) {
        pools.forEach((p, i) => {
            const name = str(p?.name);
            if (name === undefined)
                return;
            const key = `pools[${i}].name`;
            claim(deployment(str(p?.namespace) ?? flink[0], name), { label: `the session cluster of ${key}` }, ["pools", i, "name"], name);
        });
    }
    list(c.applications).forEach((a, i) => {
        const name = str(a?.name);
        if (name === undefined)
            return;
        const key = `applications[${i}].name`;
        const pool = str(a?.pool);
        const ns = str(a?.namespace) ?? (pool !== undefined ? poolNamespace(pool) : flink[0]);
        const owner = { label: key, application: { namespace: ns } };
        const path = ["applications", i, "name"];
        claim(pool !== undefined && !cmfEnvironment ? `FlinkSessionJob ${ns}/${name}` : deployment(ns, name), owner, path, name);
        // FlinkPlatformCP names each application's resource `<platform>-app-<namespace>-<name>`:
        // namespace a-b with name c and namespace a with name b-c are one URN.
        if (cmfEnvironment) {
            claim(`Pulumi resource <platform>-app-${ns}-${name} (CmfFlinkApplication)`, owner, path, name);
        }
    });
}
