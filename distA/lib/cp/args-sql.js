"use strict";
/**
 * The Flink SQL args of FlinkPlatformCP: `flink-platform:cmf.secrets`,
 * `secretMappings`, `catalogs` and `statements` one to one (./config-sql.ts),
 * statements carrying their `sql` text instead of a `file`.
 */
Object.defineProperty(exports, "__esModule", { value: true });
