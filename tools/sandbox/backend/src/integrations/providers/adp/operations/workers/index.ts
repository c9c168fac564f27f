export { listWorkersSchema, listWorkersOperation, executeListWorkers } from "./listWorkers";
export type { ListWorkersParams } from "./listWorkers";

export { getWorkerSchema, getWorkerOperation, executeGetWorker } from "./getWorker";
export type { GetWorkerParams } from "./getWorker";
