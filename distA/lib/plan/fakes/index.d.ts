import { InvokeFake, ResourceFake } from "../recorder";
export declare const resourceFakes: Readonly<Record<string, ResourceFake>>;
export declare const invokeFakes: Readonly<Record<string, InvokeFake>>;
