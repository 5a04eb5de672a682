/** Levenshtein distance of two strings (insertions, deletions, substitutions). */
export declare function editDistance(a: string, b: string): number;
/** Closest known key for a typo, if it is close enough to be a likely typo. */
export declare function closest(key: string, known: readonly string[]): string | undefined;
