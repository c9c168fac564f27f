import type { HasherContext, Task } from "@nx/devkit";
import { pluginOptionsFromNxJson } from "../../../config/plugin-options";
import { HashRun } from "./hash-run";

/**
 * The sessions of the runs being hashed, by the run's task graph: Nx calls a custom hasher once
 * per task with no handle on the run, and the task graph is the one object a run's calls share.
 */
const runs = new WeakMap<object, HashRun>();

/** The hashing session of the run a hasher call belongs to (a new one for each task graph). */
export function hashRun(root: string, context: HasherContext): HashRun {
    const key = context.taskGraph as object | undefined;
    const known = key ? runs.get(key) : undefined;
    if (known) return known;
    const run = new HashRun(root, pluginOptionsFromNxJson(context.nxJsonConfiguration));
    if (key) runs.set(key, run);
    return run;
}

/** A task's options as the executor receives them: target options, configuration, overrides. */
export function taskOptions(task: Task, context: HasherContext): Record<string, unknown> {
    const project = context.projectsConfigurations.projects[task.target.project];
    const target = project?.targets?.[task.target.target];
    return {
        ...(target?.options ?? {}),
        ...(task.target.configuration
            ? (target?.configurations?.[task.target.configuration] ?? {})
            : {}),
        ...task.overrides
    };
}
