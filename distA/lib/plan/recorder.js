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
exports.secretPlaceholder = exports.unknownPlaceholder = void 0;
exports.redactWireValue = redactWireValue;
exports.duplicateUrnMessage = duplicateUrnMessage;
exports.installRecordingMocks = installRecordingMocks;
exports.applyOrder = applyOrder;
const pulumi = __importStar(require("@pulumi/pulumi"));
const secrets_1 = require("../core/secrets");
Object.defineProperty(exports, "secretPlaceholder", { enumerable: true, get: function () { return secrets_1.secretPlaceholder; } });
const mocks_1 = require("@pulumi/pulumi/runtime/mocks");
const sdk_state_1 = require("./sdk-state");
/**
 * Runs a Pulumi program in-process under the SDK's mock monitor and records
 * every resource registration exactly as the engine would receive it:
 * parent, dependencies, protect flags and the serialized inputs, with secret
 * values still marked (so they can be redacted instead of printed).
 */
exports.unknownPlaceholder = "[unknown]";
// Signatures of the Pulumi wire format (sdk/go/common/resource/sig).
const sigKey = "4dabf18193072939515e22adb298388d";
const secretSig = "1b47061264138c4ac30d75fd1eb44270";
const resourceSig = "5cf8f73096256a8f31e491e813e4eb8e";
const unknownValue = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
/** Converts wire-format property values to plain JSON with secrets redacted. */
function redactWireValue(value) {
    if (value === unknownValue)
        return exports.unknownPlaceholder;
    if (Array.isArray(value))
        return value.map(redactWireValue);
    if (value !== null && typeof value === "object") {
        const obj = value;
        if (obj[sigKey] === secretSig)
            return secrets_1.secretPlaceholder;
        if (obj[sigKey] === resourceSig)
            return obj.urn;
        const out = {};
        for (const key of Object.keys(obj).sort())
            out[key] = redactWireValue(obj[key]);
        return out;
    }
    return value;
}
/**
 * The engine's message for a second registration of a URN, diag 2001
 * `GetDuplicateResourceURNError` in pulumi/pulumi
 * sdk/go/common/diag/errors.go: "Duplicate resource URN '%v'; try giving it
 * a unique name". The SDK reports the failed registration as
 * `failed to register new resource <name> [<type>]: <this message>`.
 */
function duplicateUrnMessage(urn) {
    return `Duplicate resource URN '${urn}'; try giving it a unique name`;
}
/** URNs as the engine makes them: the qualified type carries every ancestor (`Parent$Child$Type`). */
function engineUrn(parent, type, name) {
    const qualified = parent ? `${parent.split("::")[2]}$${type}` : type;
    return `urn:pulumi:${pulumi.getStack()}::${pulumi.getProject()}::${qualified}::${name}`;
}
class RecordingMonitor extends mocks_1.MockMonitor {
    onRegister;
    constructor(mocks, onRegister) {
        super(mocks);
        this.onRegister = onRegister;
        // The SDK's mock keeps only the last type of the qualified type. Its
        // newUrn is private in the typings, hence the cast.
        this.newUrn = engineUrn;
    }
    async registerResource(req, callback) {
        // The mock monitor and the recorder both read the inputs as plain values:
        // convert the protobuf Struct once (a tenth of a millisecond per resource).
        const struct = req.getObject();
        if (struct) {
            const plain = struct.toJavaScript();
            struct.toJavaScript = () => plain;
        }
        await super.registerResource(req, (err, resp) => {
            if (!err && resp)
                this.onRegister(req, resp.getUrn());
            callback(err, resp);
        });
    }
}
/** Input keys that hold SDK internals rather than user intent. */
const internalInputs = { __provider: "[dynamic provider]" };
/**
 * Installs the recording mocks. Returns the live list of recorded resources;
 * call `pulumi.runtime.disconnect()` after loading the program to wait for
 * every registration.
 */
function installRecordingMocks(options) {
    const recorded = [];
    const mocks = {
        newResource(args) {
            const fake = options.resourceFakes?.[args.type]?.(args.name, args.inputs) ?? {};
            const id = typeof fake.id === "string" ? fake.id : `${args.name}-id`;
            return { id, state: { ...args.inputs, ...fake } };
        },
        call(args) {
            const fake = options.invokeFakes?.[args.token];
            if (!fake) {
                throw new Error(`offline synth has no fake for invoke ${args.token}; add one in lib/plan/fakes`);
            }
            return fake(args.inputs);
        },
    };
    const monitor = new RecordingMonitor(mocks, (req, urn) => {
        const raw = req.getObject()?.toJavaScript() ?? {};
        const inputs = redactWireValue(raw);
        for (const [key, placeholder] of Object.entries(internalInputs)) {
            if (key in inputs)
                inputs[key] = placeholder;
        }
        const resource = {
            urn,
            type: req.getType(),
            name: req.getName(),
            parent: req.getParent() || null,
            dependsOn: [...new Set(req.getDependenciesList())].sort(),
            protect: req.getProtect() === true,
            retainOnDelete: req.getRetainondelete() === true,
            inputs,
        };
        // A provider reference is `<urn>::<id>`; only explicit ones are sent.
        const provider = req.getProvider();
        if (provider) {
            Object.defineProperty(resource, "provider", {
                value: provider.split("::").slice(0, -1).join("::"),
                enumerable: false,
            });
        }
        recorded.push(resource);
    });
    pulumi.runtime.setMockOptions(monitor, options.project, options.stack, false);
    // The same feature flags setMocks() enables: secrets and resource references on the wire.
    const store = (0, sdk_state_1.sdkStore)();
    store.supportsSecrets = true;
    store.supportsResourceReferences = true;
    store.supportsOutputValues = false;
    store.supportsDeletedWith = true;
    store.supportsAliasSpecs = true;
    return recorded;
}
/**
 * Orders resources so that everything comes after its parent and its
 * dependencies; ties keep registration order. Deterministic for a program.
 *
 * Throws the engine's error when two registrations share a URN: the mock
 * monitor accepts both (and a plan keyed by URN would silently keep one),
 * where `pulumi preview` and `up` refuse the program. The check is here,
 * after the program ran, rather than a failed registration: the SDK reports
 * a failed registration as an unhandled rejection after `disconnect()` has
 * already resolved, too late for synth to see it.
 */
function applyOrder(resources) {
    const byUrn = new Map();
    for (const r of resources) {
        if (byUrn.has(r.urn))
            throw new Error(duplicateUrnMessage(r.urn));
        byUrn.set(r.urn, r);
    }
    const out = [];
    const done = new Set();
    const visit = (r, stack) => {
        if (done.has(r.urn) || stack.has(r.urn))
            return;
        stack.add(r.urn);
        for (const dep of [r.parent, ...r.dependsOn]) {
            const d = dep ? byUrn.get(dep) : undefined;
            if (d)
                visit(d, stack);
        }
        done.add(r.urn);
        out.push(r);
    };
    [...resources].sort((a, b) => a.urn.localeCompare(b.urn)).forEach((r) => visit(r, new Set()));
    return out;
}
