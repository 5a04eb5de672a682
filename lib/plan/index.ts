export * from "./recorder";
export * from "./project";
export * from "./synth";
export * from "./write";
