"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sdkStore = sdkStore;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const state = require("@pulumi/pulumi/runtime/state");
/** The SDK's store for this process. */
function sdkStore() {
    return state.getStore();
}
