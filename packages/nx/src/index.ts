export { createNodes, createNodesV2 } from "./plugin/create-nodes";
export type { FlowmaestroPluginOptions } from "./config/plugin-options";
