import type { CreateNodesV2 } from "@nx/devkit";
import type { FlowmaestroPluginOptions } from "../config/plugin-options";

// Placeholder until the verify-provider issue lands: infers no projects yet.
export const createNodes: CreateNodesV2<FlowmaestroPluginOptions> = [
    "**/*Provider.ts",
    async () => []
];
export const createNodesV2 = createNodes;
