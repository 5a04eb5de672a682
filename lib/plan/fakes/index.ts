import { InvokeFake, ResourceFake } from "../recorder";
import { cloudInvokeFakes, cloudResourceFakes } from "./cloud";

/**
 * What real providers would compute, faked deterministically for offline
 * synth: ids and generated values derive from the resource name, never from
 * randomness or time, so two runs write identical plans.
 */
const generated: ResourceFake = (name) => ({ result: `offline-${name}` });

export const resourceFakes: Readonly<Record<string, ResourceFake>> = {
  "random:index/randomString:RandomString": generated,
  "random:index/randomPassword:RandomPassword": generated,
  ...cloudResourceFakes,
};

export const invokeFakes: Readonly<Record<string, InvokeFake>> = { ...cloudInvokeFakes };
