// Get Current User
export { getCurrentUserOperation, executeGetCurrentUser } from "./getCurrentUser";
export type { GetCurrentUserParams } from "./getCurrentUser";
