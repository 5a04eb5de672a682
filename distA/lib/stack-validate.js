"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateStack = validateStack;
exports.readStatementSql = readStatementSql;
const config_1 = require("./cloud/config");
const config_2 = require("./cp/config");
const files_1 = require("./core/files");
const schema_1 = require("./core/schema");
const stack_config_1 = require("./stack-config");
/**
 * Validates Pulumi's flat config map of a stack (`parseStackConfig`: schema,
 * namespace typos, plain-text secrets through `options.isSecret`) and, on
 * the cloud and cp targets, reads the statement files it references (contained,
 * regular `.sql` files under a size cap, config/files.ts). Throws one
 * ConfigError; the statement files are read only once the config is valid.
 */
function validateStack(all, options) {
    const config = (0, stack_config_1.parseStackConfig)(all, { isSecret: options.isSecret });
    if (config.target === stack_config_1.Target.Cloud) {
        return { config, statementSql: readStatementSql(options.projectRoot, config.cloud) };
    }
    if (config.target === stack_config_1.Target.CP && config.cmf !== undefined) {
        return { config, statementSql: readStatementSql(options.projectRoot, config.cmf, config_2.cmfConfigKey) };
    }
    return { config };
}
/**
 * Reads the SQL file of every statement, keyed by `file`, as the stack
 * program passes them on. Each file must be a regular `.sql` file of at most
 * 1 MiB inside the project (see core/files.ts); otherwise one ConfigError
 * names each `flink-platform:<section>.statements[i].file` that breaks a rule
 * (`cloud` or `cmf`: the same statement shape and file rules on both targets).
 */
function readStatementSql(projectRoot, section, sectionKey = config_1.cloudConfigKey) {
    const refs = section.statements.map((s, i) => ({
        key: `${schema_1.configNamespace}:${sectionKey}.statements[${i}].file`,
        relPath: s.file,
    }));
    return (0, files_1.readProjectFiles)(projectRoot, refs, files_1.sqlFileRule);
}
