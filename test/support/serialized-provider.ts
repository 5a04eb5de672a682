import { createRequire } from "node:module";
import * as pulumi from "@pulumi/pulumi";

const serializedTexts = new Map<object, Promise<string>>();

/**
 * What `pulumi.dynamic.Resource` stores as `__provider`: the provider
 * serialized as a module. Once per provider and file: the text depends only on
 * the provider, and each serialization walks its closure (about 0.5-1 s CPU).
 */
export function serializedText(provider: object): Promise<string> {
  if (!serializedTexts.has(provider)) {
    serializedTexts.set(
      provider,
      pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true }).then((s) => s.text),
    );
  }
  return serializedTexts.get(provider)!;
}

/** Mirrors the dynamic provider host: `requireFromString(text).handler()`. */
export function loadSerialized<T>(text: string): T {
  const module: { exports: { handler?: () => T } } = { exports: {} };
  new Function("module", "exports", "require", text)(module, module.exports, createRequire(__filename));
  if (module.exports.handler === undefined) throw new Error("serialized provider has no handler");
  return module.exports.handler();
}
