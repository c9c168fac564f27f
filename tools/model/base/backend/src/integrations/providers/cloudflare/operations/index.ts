/**
 * Cloudflare operations - exports all operation modules
 */

export * as Zones from "./zones";
export * as DNS from "./dns";
