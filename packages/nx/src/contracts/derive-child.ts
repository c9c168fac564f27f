import * as fs from "fs";
import * as path from "path";
import { installHostLoader } from "../executors/test-provider/probe/loader";
import type { HostLoader, ProbeTarget } from "../executors/test-provider/probe/observations";
import { describeError, loadProvider } from "../executors/test-provider/probe/observe-provider";
import type { ActionType, DerivedContract, JsonSchema, TriggerContract } from "./contract-file";

/**
 * The derivation process: loads each provider with the host's own loader (as test-provider does)
 * and reads its contract from the loaded objects: operations with their action type and input
 * schema converted by the host's own converter, triggers, MCP tool names.
 */

export interface DeriveJob {
    loader: HostLoader;
    tsconfig: string;
    /** Absolute path of the host's core folder (`inferActionType` lives there, where the host has it). */
    coreDir: string;
    /** The folder the host's packages (zod-to-json-schema, zod) resolve from. */
    backendDir: string;
    /** The providers to load (what loading a provider class needs, no connection). */
    providers: Array<Pick<ProbeTarget, "id" | "providerFile" | "className">>;
}

export type DeriveMessage =
    | { type: "contract"; id: string; contract: DerivedContract }
    | { type: "failed"; id: string; error: string }
    | { type: "done" };

type ToJsonSchema = (schema: unknown) => JsonSchema;

/**
 * The host's converter: `zod-to-json-schema` with the options the host's `toJSONSchema` passes
 * (draft 7, schemas inlined), else zod's own `toJSONSchema` (zod 4).
 */
function hostJsonSchemaConverter(backendDir: string): ToJsonSchema {
    const fromHost = (request: string) =>
        require(require.resolve(request, { paths: [backendDir] }));
    let convert: (schema: unknown) => Record<string, unknown>;
    try {
        const { zodToJsonSchema } = fromHost("zod-to-json-schema") as {
            zodToJsonSchema(schema: unknown, options: object): Record<string, unknown>;
        };
        convert = (schema) =>
            zodToJsonSchema(schema, {
                target: "jsonSchema7",
                $refStrategy: "none",
                strictUnions: false
            });
    } catch {
        const { toJSONSchema } = fromHost("zod") as {
            toJSONSchema?(schema: unknown, options: object): Record<string, unknown>;
        };
        if (!toJSONSchema) {
            throw new Error(
                `neither zod-to-json-schema nor zod's toJSONSchema resolves from ${backendDir}`
            );
        }
        convert = (schema) => toJSONSchema(schema, { target: "draft-7" });
    }
    return (schema) => {
        const { $schema: _ignored, ...rest } = convert(schema);
        return rest;
    };
}

/** The host's `inferActionType` (what it assumes for an operation without one), where it has it. */
function hostActionTypeInference(coreDir: string): ((id: string) => ActionType) | undefined {
    const types = path.join(coreDir, "types.ts");
    if (!fs.existsSync(types)) return undefined;
    const { inferActionType } = require(types) as { inferActionType?: (id: string) => ActionType };
    return typeof inferActionType === "function" ? inferActionType : undefined;
}

interface OperationWithAction {
    id: string;
    actionType?: ActionType;
    inputSchema?: unknown;
}

function deriveContract(
    target: DeriveJob["providers"][number],
    toJsonSchema: ToJsonSchema,
    inferActionType: ((id: string) => ActionType) | undefined
): DerivedContract {
    const provider = loadProvider(target);
    const operations = Object.fromEntries(
        (provider.getOperations() as OperationWithAction[]).map((operation) => [
            operation.id,
            {
                // What the host's router does: the declared type, else its inference.
                actionType: operation.actionType ?? inferActionType?.(operation.id) ?? "read",
                input: operation.inputSchema ? toJsonSchema(operation.inputSchema) : {}
            }
        ])
    );
    const triggers = Object.fromEntries(
        ((provider.getTriggers?.() ?? []) as { id: string; payloadSchema?: JsonSchema }[]).map(
            (trigger): [string, TriggerContract] => [
                trigger.id,
                trigger.payloadSchema ? { payload: trigger.payloadSchema } : {}
            ]
        )
    );
    const mcpTools = provider.getMCPTools().map((tool) => tool.name);
    // Plain data: what survives the trip to the parent and into JSON.
    return JSON.parse(
        JSON.stringify({ provider: target.id, operations, triggers, mcpTools })
    ) as DerivedContract;
}

function send(message: DeriveMessage): Promise<void> {
    return new Promise((resolve, reject) =>
        process.send!(message, (error: Error | null) => (error ? reject(error) : resolve()))
    );
}

async function runJob(job: DeriveJob): Promise<void> {
    installHostLoader(job.loader, job.tsconfig);
    const toJsonSchema = hostJsonSchemaConverter(job.backendDir);
    const inferActionType = hostActionTypeInference(job.coreDir);
    for (const target of job.providers) {
        try {
            const contract = deriveContract(target, toJsonSchema, inferActionType);
            await send({ type: "contract", id: target.id, contract });
        } catch (error) {
            await send({ type: "failed", id: target.id, error: describeError(error) });
        }
    }
    await send({ type: "done" });
    // Host modules may hold timers or pools open.
    process.exit(0);
}

process.on("unhandledRejection", () => undefined);
process.once("message", (job: DeriveJob) =>
    runJob(job).catch((error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
        process.exit(1);
    })
);
