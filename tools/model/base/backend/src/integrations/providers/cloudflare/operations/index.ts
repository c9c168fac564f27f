// Each group is re-exported as a namespace; the provider imports the group folders directly.
export * as Zones from "./zones";
export * as DNS from "./dns";
