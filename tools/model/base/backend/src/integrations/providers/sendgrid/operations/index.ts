export * from "./sendEmail";
export * from "./getContacts";
export * from "./getTemplates";
export * from "./types";
