/**
 * DNS operations
 */

export { listDnsRecordsOperation, executeListDnsRecords } from "./listDnsRecords";
export type { ListDnsRecordsParams } from "./listDnsRecords";

export { getDnsRecordOperation, executeGetDnsRecord } from "./getDnsRecord";
export type { GetDnsRecordParams } from "./getDnsRecord";
