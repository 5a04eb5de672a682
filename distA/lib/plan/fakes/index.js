"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.invokeFakes = exports.resourceFakes = void 0;
const cloud_1 = require("./cloud");
/**
 * What real providers would compute, faked deterministically for offline
 * synth: ids and generated values derive from the resource name, never from
 * randomness or time, so two runs write identical plans.
 */
const generated = (name) => ({ result: `offline-${name}` });
exports.resourceFakes = {
    "random:index/randomString:RandomString": generated,
    "random:index/randomPassword:RandomPassword": generated,
    ...cloud_1.cloudResourceFakes,
};
exports.invokeFakes = { ...cloud_1.cloudInvokeFakes };
