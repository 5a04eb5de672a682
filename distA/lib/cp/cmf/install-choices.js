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
exports.CmfInstallChoices = exports.cmfInstallChoicesProvider = void 0;
exports.installChoiceFailures = installChoiceFailures;
/**
 * A guard for CMF's install-time choices. CMF fixes some settings when it
 * first creates its database: the database type (SQLite on a PVC or an
 * external JDBC database) and whether secrets in it are encrypted
 * (`cmf.sql.production`). CMF also cannot be downgraded. A `pulumi up` that
 * changes one of these on an existing stack would redeploy the chart and
 * lose or lock CMF's data, so the provider's `check` refuses it unless the
 * override flag is set. The CMF Helm release depends on this resource, so
 * the refusal stops the deployment before anything is changed.
 *
 * Like the CMF providers (`./resource`), the provider below is serialized into
 * the state: it only uses plain helpers from this file. It does not use their
 * skeleton (`cmfProvider`): it talks to no CMF API, has no connection, nothing
 * to read or delete, and its `check` compares the new inputs with the old state.
 */
const pulumi = __importStar(require("@pulumi/pulumi"));
/** Config key of each guarded choice, for messages. */
const GUARDED = {
    databaseType: "cmf.database.type",
    encryption: "cmf.sql.production",
};
function isVersion(v) {
    return typeof v === "string" && /^\d+\.\d+\.\d+$/.test(v);
}
function versionBefore(a, b) {
    const pa = a.split(".").map(Number);
    const pb = b.split(".").map(Number);
    for (let i = 0; i < 3; i++)
        if (pa[i] !== pb[i])
            return pa[i] < pb[i];
    return false;
}
/** True when `olds` is a previous deployment's state (empty on first install). */
function isDeployed(olds) {
    return olds !== undefined && olds !== null && olds.databaseType !== undefined;
}
/**
 * Why the change from `olds` to `news` loses data, one entry per guarded
 * property; empty when nothing guarded changed or the override is set.
 */
function installChoiceFailures(olds, news) {
    if (!isDeployed(olds) || news.allowInstallTimeChanges === true)
        return [];
    const previous = olds;
    const override = "set flink-platform:cmf.allowInstallTimeChanges: true to accept this";
    const failures = [];
    if (previous.databaseType !== news.databaseType) {
        failures.push({
            property: "databaseType",
            reason: `${GUARDED.databaseType} changed from ${JSON.stringify(previous.databaseType)} to ${JSON.stringify(news.databaseType)} ` +
                "on an installed CMF: the database type is fixed at install, and CMF does not migrate its data, " +
                `so its environments, applications and secrets would be lost. Migrate the data first, then ${override}.`,
        });
    }
    if (previous.encryption !== news.encryption) {
        failures.push({
            property: "encryption",
            reason: `${GUARDED.encryption} changed from ${String(previous.encryption)} to ${String(news.encryption)} ` +
                "on an installed CMF: the encryption mode is fixed when CMF creates its database, so CMF could no " +
                `longer read the secrets it stored (data loss). Recreate CMF's database deliberately, then ${override}.`,
        });
    }
    if (isVersion(previous.cmfVersion) &&
        isVersion(news.cmfVersion) &&
        versionBefore(news.cmfVersion, previous.cmfVersion)) {
        failures.push({
            property: "cmfVersion",
            reason: `cmf.version ${news.cmfVersion} is older than the installed ${previous.cmfVersion}: CMF cannot be ` +
                `downgraded (its database is migrated forward on upgrade). Restore a backup of that version, then ${override}.`,
        });
    }
    return failures;
}
const FIELDS = ["databaseType", "encryption", "cmfVersion", "allowInstallTimeChanges"];
function outsOf(inputs) {
    return {
        databaseType: inputs.databaseType,
        encryption: inputs.encryption,
        cmfVersion: inputs.cmfVersion,
        allowInstallTimeChanges: inputs.allowInstallTimeChanges,
    };
}
/** Dynamic provider behind {@link CmfInstallChoices}; exported for tests. It touches nothing outside the state. */
exports.cmfInstallChoicesProvider = {
    async check(olds, news) {
        return { inputs: news, failures: installChoiceFailures(olds, news) };
    },
    async diff(_id, olds, news) {
        const changed = FIELDS.filter((k) => olds[k] !== news[k]);
        return { changes: changed.length > 0, replaces: [], deleteBeforeReplace: false };
    },
    async create(inputs) {
        return { id: "cmf-install-choices", outs: outsOf(inputs) };
    },
    async read(id, props) {
        return { id, props };
    },
    async update(_id, _olds, news) {
        return { outs: outsOf(news) };
    },
    async delete() {
        // Nothing to delete: the choices live only in the stack's state.
    },
};
/**
 * Records CMF's install-time choices in the stack state and refuses (in
 * `check`, so in preview too) a change of them on an existing stack unless
 * `allowInstallTimeChanges` is true. Make the CMF Helm release depend on it,
 * and protect it wherever the release is protected (FlinkPlatformCP does in
 * prod): it is state, and deleting it forgets the choices it guards, so the
 * next install would not be checked.
 */
class CmfInstallChoices extends pulumi.dynamic.Resource {
    constructor(name, args, opts) {
        super(exports.cmfInstallChoicesProvider, name, {
            databaseType: args.databaseType,
            encryption: args.encryption,
            cmfVersion: args.cmfVersion,
            allowInstallTimeChanges: args.allowInstallTimeChanges ?? false,
        }, opts, "cmf", "CmfInstallChoices");
    }
}
exports.CmfInstallChoices = CmfInstallChoices;
