export * from "./types";
export * from "./sendMessage";
export * from "./listChannels";
