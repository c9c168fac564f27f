/**
 * Zone operations
 */

export { listZonesOperation, executeListZones } from "./listZones";
export type { ListZonesParams } from "./listZones";

export { getZoneOperation, executeGetZone } from "./getZone";
export type { GetZoneParams } from "./getZone";
