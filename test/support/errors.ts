import { ConfigError } from "../../lib/core/errors";

/** The ConfigError `fn` throws; fails if it returns or throws anything else. */
export function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (ConfigError.isConfigError(err)) return err;
    throw err;
  }
  throw new Error("expected a ConfigError");
}
