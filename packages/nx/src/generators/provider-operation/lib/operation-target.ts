import {
    mcpToolName,
    mcpToolNameProblem,
    operationNames,
    type OperationNames
} from "../../../model/names";
import { operationModel, type OperationModel } from "../../../model/provider-model";
import { groupIdPrefix, type ProviderFolderFacts } from "../../../provider-source";
import { FlowmaestroError } from "../../../utils/errors";
import { classChain, clientMemberClash } from "../../../codegen/client-class-chain";
import type { NewOperation } from "./normalize-options";
import { clientCallOf, readProviderFromTree, type ClientCall } from "./read-provider";
import type { RunContext } from "./run-context";

/** One operation to add, resolved against the provider as the tree holds it now. */
export interface OperationTarget {
    provider: ProviderFolderFacts;
    /** The operation id, with the provider's group prefix where its ids carry one. */
    id: string;
    group: string[];
    /** File, schema, definition and executor names come from the id without the group prefix. */
    fileBase: string;
    names: OperationNames;
    /** The new operation file, relative to the provider folder and as a workspace path. */
    relativeFile: string;
    file: string;
    model: OperationModel;
    client: ClientCall;
    /** The client's file, as a workspace path. */
    clientFile: string;
}

/**
 * Reads the provider (with this run's earlier operations) and resolves where the operation goes
 * and what it is named; refuses what the provider already has or cannot take, before any write.
 */
export function resolveOperation(context: RunContext, spec: NewOperation): OperationTarget {
    const { tree, profile, dir } = context;
    const provider = readProviderFromTree(tree, dir, profile.fixtures?.fixtureModule);
    const { group } = spec;
    const base = spec.operation.id;
    let id = base;
    if (group.length > 0 && provider.conventions.ids.nested === "group-prefixed") {
        const prefix = groupIdPrefix(provider.conventions.ids, group);
        id = base.startsWith(`${prefix}_`) ? base : `${prefix}_${base}`;
    }
    const fileBase = id === base ? base : base.replace(/^[^_]+_/, "");
    const names = operationNames(fileBase);
    const relativeFile = ["operations", ...group, `${fileBase}.ts`].join("/");
    const file = `${dir}/${relativeFile}`;
    const existing = provider.operations.files
        .flatMap((entry) => entry.definitions)
        .find((definition) => definition.id === id || definition.variable === names.definition);
    if (existing) {
        throw new FlowmaestroError(
            `"${provider.sources.id}" already has operation ${existing.id === id ? `"${id}"` : names.definition} (${dir}/${existing.file}:${existing.idPosition.line}); nothing was written.`
        );
    }
    if (tree.exists(file)) {
        throw new FlowmaestroError(`${file} already exists; nothing was written.`);
    }
    const toolNameProblem = mcpToolNameProblem(provider.sources.id, id);
    if (toolNameProblem) {
        throw new FlowmaestroError(`operation "${id}": ${toolNameProblem}; nothing was written.`);
    }
    const client = clientCallOf(tree, provider);
    const clientFile = provider.sources.workspacePath(client.clientFile);
    const clash =
        client.kind === "generated" &&
        clientMemberClash(
            classChain(tree, clientFile, client.clientClass),
            clientFile,
            id,
            names.clientMethod
        );
    if (clash) throw new FlowmaestroError(clash);
    const model: OperationModel = {
        ...operationModel({ ...spec.operation, id: fileBase }, provider.sources.id),
        id,
        mcpToolName: mcpToolName(provider.sources.id, id)
    };
    return { provider, id, group, fileBase, names, relativeFile, file, model, client, clientFile };
}
