"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.computePoolTargets = exports.ComputePoolTarget = void 0;
const rules_1 = require("../core/rules");
/**
 * The args of {@link ComputePool}, one section per face, and what a face
 * returns. Plain data: the component and each face import them from here.
 */
/** Where the pool lives. */
exports.ComputePoolTarget = {
    /** Confluent Cloud for Apache Flink: a compute pool measured in CFUs. */
    Cloud: "cloud",
    /** Confluent Platform for Apache Flink (CMF). */
    ConfluentPlatform: "cp",
    /** Open-source Flink Kubernetes operator. */
    Oss: "oss",
};
exports.computePoolTargets = (0, rules_1.enumValues)(exports.ComputePoolTarget);
