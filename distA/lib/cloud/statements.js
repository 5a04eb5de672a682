"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.flinkStatementType = exports.versionedStatementName = exports.statementReplaceOnChanges = exports.statementHashLength = exports.statementContentHash = exports.normalizeStatementSql = exports.offsetCarryOverProperty = exports.databaseProperty = exports.catalogProperty = void 0;
exports.planStatement = planStatement;
const statements_1 = require("../core/statements");
const config_1 = require("./config");
var config_2 = require("./config");
Object.defineProperty(exports, "catalogProperty", { enumerable: true, get: function () { return config_2.catalogProperty; } });
Object.defineProperty(exports, "databaseProperty", { enumerable: true, get: function () { return config_2.databaseProperty; } });
Object.defineProperty(exports, "offsetCarryOverProperty", { enumerable: true, get: function () { return config_2.offsetCarryOverProperty; } });
var statements_2 = require("../core/statements");
Object.defineProperty(exports, "normalizeStatementSql", { enumerable: true, get: function () { return statements_2.normalizeStatementSql; } });
Object.defineProperty(exports, "statementContentHash", { enumerable: true, get: function () { return statements_2.statementContentHash; } });
Object.defineProperty(exports, "statementHashLength", { enumerable: true, get: function () { return statements_2.statementHashLength; } });
Object.defineProperty(exports, "statementReplaceOnChanges", { enumerable: true, get: function () { return statements_2.statementReplaceOnChanges; } });
Object.defineProperty(exports, "versionedStatementName", { enumerable: true, get: function () { return statements_2.versionedStatementName; } });
/**
 * The deployable form of a spec. The hash covers the normalized SQL and the
 * user's properties; not `stopped` (toggles in place), not the carry-over (only
 * meaningful at creation) and not catalog/database defaults (resolved from the
 * environment and cluster).
 */
function planStatement(spec) {
    const versioned = (0, statements_1.versionStatement)(spec);
    if (spec.carryOffsetsFrom === undefined)
        return versioned;
    return {
        ...versioned,
        properties: { ...versioned.properties, [config_1.offsetCarryOverProperty]: spec.carryOffsetsFrom },
    };
}
/** Type of the statement resource, as plans and diffs show it. */
exports.flinkStatementType = "confluentcloud:index/flinkStatement:FlinkStatement";
