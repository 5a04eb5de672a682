export * from "./flink";
export * from "./labels";
export * from "./charts";
export * from "./oss";
export * from "./cp";
