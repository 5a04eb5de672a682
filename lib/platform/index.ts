export * from "./args";
export * from "./bridge";
export * from "./cert-manager";
export * from "./oss";
export * from "./kubernetes";
export * from "./cp";
