export * from "./types";
export * from "./connections";
export * from "./providers";
