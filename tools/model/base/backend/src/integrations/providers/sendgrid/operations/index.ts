/**
 * SendGrid Operations Index
 * Exports all operations for SendGrid provider
 */

// Email Operations
export * from "./sendEmail";

// Contact Operations
export * from "./getContacts";

// Template Operations
export * from "./getTemplates";

// Types
export * from "./types";
