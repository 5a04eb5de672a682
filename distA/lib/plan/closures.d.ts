/**
 * Runs `body` with the closure serializer replaced by the offline stand-in.
 * The SDK caches each provider's serialization for the process, so caching is
 * off meanwhile: no stand-in text outlives the swap.
 */
export declare function withOfflineClosures<T>(body: () => Promise<T>): Promise<T>;
