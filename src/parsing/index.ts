export * from "./cell";
export * from "./day-numbers";
export * from "./field-parsers";
export * from "./map-headers";
export * from "./output-columns";
export * from "./parse-row";
export * from "./number-format";
