import { workspaceRoot } from "@nx/devkit";
import type { CustomHasher, HasherContext, Task } from "@nx/devkit";
import { hashVerifyTask } from "./cache-keys/verify-task-hash";

/** The Nx custom hasher of verify-provider (executors.json); the key is made in cache-keys/. */
export const verifyProviderHasher: CustomHasher = async (task: Task, context: HasherContext) =>
    hashVerifyTask(workspaceRoot, task, context);

export default verifyProviderHasher;
