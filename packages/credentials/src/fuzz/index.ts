export * from "./hostile-inputs.ts";
