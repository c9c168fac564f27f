/**
 * The seed's operation template imports `toJSONSchema` as `../../../core/schema-utils` from
 * `providers/<id>/operations/`, which resolves here; the implementation lives in
 * `backend/src/core/schema-utils.ts` (the provider-folder-relative `../../../core/schema-utils`).
 * Both import paths are valid in this workspace.
 */
export { toJSONSchema } from "../../core/schema-utils";
