/**
 * The Pulumi SDK's process-wide state, which offline synth adjusts the way
 * `pulumi.runtime.setMocks()` does: the parts of `runtime/state`'s store that
 * lib/plan touches (the SDK does not type them publicly).
 */
export interface SdkStore {
    supportsSecrets: boolean;
    supportsResourceReferences: boolean;
    supportsOutputValues: boolean;
    supportsDeletedWith: boolean;
    supportsAliasSpecs: boolean;
    settings: {
        options: {
            cacheDynamicProviders?: boolean;
        };
    };
}
/** The SDK's store for this process. */
export declare function sdkStore(): SdkStore;
