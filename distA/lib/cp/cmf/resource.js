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
exports.CmfScopedResource = exports.CmfNamedResource = exports.CmfResource = exports.CmfResourceInitError = void 0;
exports.reconcile = reconcile;
exports.cmfProvider = cmfProvider;
exports.pickInputs = pickInputs;
exports.metadataDrift = metadataDrift;
exports.secretOrUndefined = secretOrUndefined;
exports.secretConnectionInputs = secretConnectionInputs;
/**
 * The one skeleton of every CMF dynamic resource: {@link cmfProvider} turns a
 * {@link CmfObjectType} (how to check, create, read, update and delete one
 * kind of CMF object) into a `pulumi.dynamic.ResourceProvider`, and
 * {@link CmfResource} is the resource class base each kind extends.
 *
 * Pulumi serializes each dynamic provider, with everything its functions
 * capture, into the stack state and runs that copy later (also for
 * `destroy`, long after this program changed). So the provider below and the
 * object types only capture plain functions and data and the client module,
 * never `@pulumi/pulumi` (imported here for types and the class base only) nor
 * module-level Sets or Maps; errors set `message` explicitly (see
 * `CmfApiError`). The serialization tests in test/cmf guard this.
 */
const pulumi = __importStar(require("@pulumi/pulumi"));
const errors_1 = require("../../core/errors");
const client_1 = require("./client");
const validate_1 = require("./validate");
/** Pulumi's marker for a value not known during preview. */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
function containsUnknown(value) {
    if (value === UNKNOWN)
        return true;
    if (Array.isArray(value))
        return value.some(containsUnknown);
    if (typeof value === "object" && value !== null)
        return Object.values(value).some(containsUnknown);
    return false;
}
/** JSON with sorted keys and without `undefined`, so equal data compares equal. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined ? "null" : canonical(v))).join(",")}]`;
    if (typeof value === "object" && value !== null) {
        const entries = Object.keys(value)
            .sort()
            .filter((k) => value[k] !== undefined)
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`);
        return `{${entries.join(",")}}`;
    }
    return value === undefined ? "undefined" : JSON.stringify(value);
}
/**
 * True when everything declared is present in `live` with the same value.
 * Extra fields CMF adds (defaults, server-side metadata) are not drift.
 */
function isSubset(declared, live) {
    if (declared === undefined)
        return true;
    if (Array.isArray(declared)) {
        return (Array.isArray(live) && live.length === declared.length && declared.every((d, i) => isSubset(d, live[i])));
    }
    if (typeof declared === "object" && declared !== null) {
        if (typeof live !== "object" || live === null || Array.isArray(live))
            return false;
        return Object.entries(declared).every(([k, v]) => isSubset(v, live[k]));
    }
    return declared === live;
}
/** The declared value while live still matches it; otherwise the live value, so `pulumi refresh` shows drift. */
function reconcile(declared, live) {
    return isSubset(declared, live) ? declared : live;
}
function toFailures(problems) {
    return problems.map((p) => ({
        property: p.path.split(".")[0],
        reason: `${p.path}: got ${(0, errors_1.renderValue)(p.got)}; allowed: ${p.allowed}${p.hint ? ` (${p.hint})` : ""}`,
    }));
}
/**
 * A create/update that reached CMF but did not become healthy. Pulumi's
 * dynamic provider host turns `id` + `properties` into an "initialization
 * failed" result, so the object stays in the state (and gets deleted by
 * `destroy`) instead of being orphaned in CMF.
 */
class CmfResourceInitError extends Error {
    id;
    properties;
    reasons;
    constructor(message, id, properties, reasons) {
        super(message);
        this.id = id;
        this.properties = properties;
        this.reasons = reasons;
        // Set again: serialized, `super(message)` becomes `Error.call`, which drops it.
        this.message = message;
        this.name = "CmfResourceInitError";
    }
}
exports.CmfResourceInitError = CmfResourceInitError;
/**
 * The dynamic provider of one CMF object type: `check` (connection and
 * type problems, skipped while inputs are unknown), `diff` (replace-on-change
 * keys, delete first when the identity stays), create-or-adopt, read with
 * drift (a 404 drops the object from the state), update and delete.
 */
function cmfProvider(type) {
    const outputs = (inputs, live) => {
        const outs = {};
        for (const key of type.fields)
            outs[key] = inputs[key];
        return { ...outs, ...type.observed(live) };
    };
    const apply = async (client, inputs, live) => {
        if (type.settle === undefined)
            return outputs(inputs, live);
        try {
            return outputs(inputs, await type.settle(client, inputs, live));
        }
        catch (err) {
            const message = err.message;
            // Keeps the serialized provider in the init-failure properties; the host adds it only to successes.
            const props = {
                ...outputs(inputs, live),
                __provider: inputs.__provider,
            };
            throw new CmfResourceInitError(message, type.id(inputs), props, [message]);
        }
    };
    return {
        async check(_olds, news) {
            if (containsUnknown(news))
                return { inputs: news };
            return {
                inputs: news,
                failures: toFailures([...(0, validate_1.connectionProblems)(news.connection), ...type.problems(news)]),
            };
        },
        async diff(_id, olds, news) {
            const before = olds;
            const after = news;
            const changed = type.fields.filter((k) => canonical(before[k]) !== canonical(after[k]));
            const replaces = type.replaceOnChange.filter((k) => changed.includes(k));
            return {
                changes: changed.length > 0,
                replaces,
                // CMF names are the identity: a replacement that keeps the name must delete
                // first, or the create (an upsert) would hit the old object and the delete
                // would then remove it.
                deleteBeforeReplace: replaces.length > 0 && type.id(olds) === type.id(news),
            };
        },
        async create(inputs) {
            const client = new client_1.CmfClient(inputs.connection);
            let live;
            try {
                live = await type.create(client, inputs);
            }
            catch (err) {
                if (!type.adoptOnConflict || err.status !== 409)
                    throw err;
                live = await type.update(client, inputs);
            }
            return { id: type.id(inputs), outs: await apply(client, inputs, live) };
        },
        async read(id, props) {
            if (props?.connection === undefined) {
                throw new Error(`${type.kind} ${id}: the CMF connection is not in the state, so it cannot be read; ` +
                    "import by declaring the resource with its connection and running `pulumi up` instead");
            }
            const live = await type.get(new client_1.CmfClient(props.connection), props, id);
            if (live === undefined)
                return { id: "" };
            return { id, props: { ...props, ...type.observed(live), ...type.drift(props, live) } };
        },
        async update(_id, _olds, news) {
            const client = new client_1.CmfClient(news.connection);
            return { outs: await apply(client, news, await type.update(client, news)) };
        },
        async delete(id, props) {
            await type.remove(new client_1.CmfClient(props.connection), props, id);
        },
    };
}
/** The inputs of {@link CmfNamedArgs}, `name` defaulting to the resource name. */
function namedInputs(resourceName, args) {
    return {
        connection: args.connection,
        name: args.name ?? resourceName,
        labels: args.labels,
        annotations: args.annotations,
    };
}
/**
 * The `keys` of a resource's args as its own inputs, in that order; an absent
 * one stays present as `undefined` (a resource class helper: not serialized).
 */
function pickInputs(args, keys) {
    const picked = {};
    for (const key of keys)
        picked[key] = args[key];
    return picked;
}
/** Declared labels and annotations as a refresh sees them (objects with Kubernetes-style metadata). */
function metadataDrift(props, live) {
    return {
        labels: reconcile(props.labels, live.metadata.labels),
        annotations: reconcile(props.annotations, live.metadata.annotations),
    };
}
/** `value` as a Pulumi secret (`undefined` stays undefined). */
function secretOrUndefined(value) {
    return value === undefined ? undefined : pulumi.secret(value);
}
/** Connection inputs with every credential wrapped in `pulumi.secret`. */
function secretConnectionInputs(connection) {
    const auth = connection.auth;
    return {
        endpoint: connection.endpoint,
        auth: auth === undefined
            ? undefined
            : {
                type: auth.type,
                token: secretOrUndefined(auth.token),
                clientCertPem: secretOrUndefined(auth.clientCertPem),
                clientKeyPem: secretOrUndefined(auth.clientKeyPem),
                caPem: auth.caPem,
            },
        timeoutMs: connection.timeoutMs,
        retries: connection.retries,
        retryDelayMs: connection.retryDelayMs,
        maxRetryDelayMs: connection.maxRetryDelayMs,
    };
}
/**
 * Base of every CMF resource class: registers `pulumi-nodejs:dynamic/cmf:<kind>`
 * with the connection's credentials wrapped as secrets and `connection` a
 * secret output (belt and braces: the engine already keeps nested secrets
 * secret, this also covers the outputs the provider echoes back).
 */
class CmfResource extends pulumi.dynamic.Resource {
    constructor(provider, kind, name, inputs, opts) {
        super(provider, name, { ...inputs, connection: secretConnectionInputs(inputs.connection) }, { ...opts, additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), "connection"] }, "cmf", kind);
    }
}
exports.CmfResource = CmfResource;
/**
 * Base of the resource classes of named CMF objects: their `name`, labels and
 * annotations ({@link namedInputs}), then the kind's own inputs, then `extra`.
 */
class CmfNamedResource extends CmfResource {
    constructor(...[provider, kind, name, args, own, extra, opts]) {
        super(provider, kind, name, { ...namedInputs(name, args), ...pickInputs(args, own), ...extra }, opts);
    }
}
exports.CmfNamedResource = CmfNamedResource;
/** Base of the resource classes of objects inside a CMF environment (`environment` first of its own inputs). */
class CmfScopedResource extends CmfNamedResource {
    constructor(...[provider, kind, name, args, own, extra, opts]) {
        super(provider, kind, name, args, ["environment", ...own], extra, opts);
    }
}
exports.CmfScopedResource = CmfScopedResource;
