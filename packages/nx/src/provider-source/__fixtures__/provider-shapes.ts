import { analyzeProviderFolder } from "../provider-folder";
import type { ProviderFolderFacts } from "../provider-folder";
import { ProviderSources } from "../provider-sources";

/**
 * Provider folders in the forms the FlowMaestro monorepo uses, written for these tests (the
 * shapes follow the real repository; the code is not taken from it). Each is a map of
 * provider-relative paths to sources; `edit` variants derive failing examples from them.
 */

export type ProviderFiles = Record<string, string>;

const PROVIDERS_DIR = "backend/src/integrations/providers";

/** Reads a fixture as the verifier reads a provider folder. */
export function providerFolder(id: string, files: ProviderFiles): ProviderFolderFacts {
    return analyzeProviderFolder(
        new ProviderSources(id, `${PROVIDERS_DIR}/${id}`, new Map(Object.entries(files)))
    );
}

/** Replaces `from` (which must occur) in one file of a fixture. */
export function editFile(
    files: ProviderFiles,
    file: string,
    from: string | RegExp,
    to: string
): ProviderFiles {
    const text = files[file];
    if (text === undefined) throw new Error(`fixture: no file ${file}`);
    const edited = text.replace(from, to);
    if (edited === text) throw new Error(`fixture: ${String(from)} not found in ${file}`);
    return { ...files, [file]: edited };
}

export function withoutFile(files: ProviderFiles, file: string): ProviderFiles {
    if (!(file in files)) throw new Error(`fixture: no file ${file}`);
    const { [file]: _removed, ...rest } = files;
    return rest;
}

const PROVIDER_IMPORTS = `import type { ConnectionWithData, OAuth2TokenData } from "../../../storage/models/Connection";
import type {
    AuthConfig,
    ExecutionContext,
    MCPTool,
    OperationResult,
    ProviderCapabilities
} from "../../core/types";`;

/** getMCPTools() built from this.operations and executeMCPTool() through executeOperation. */
function inlineMcpMethods(toolPrefix: string): string {
    return `    getMCPTools(): MCPTool[] {
        return this.getOperations().map((op) => ({
            name: \`${toolPrefix}\${op.id}\`,
            description: op.description,
            inputSchema: toJSONSchema(op.inputSchema)
        }));
    }

    async executeMCPTool(
        toolName: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData
    ): Promise<unknown> {
        const operationId = toolName.replace("${toolPrefix}", "");
        const result = await this.executeOperation(operationId, params, connection, {
            mode: "agent",
            conversationId: "unknown",
            toolCallId: "unknown"
        });
        if (result.success) return result.data;
        throw new Error(result.error?.message || "MCP tool execution failed");
    }
`;
}

/** 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
    return text.split("\n").findIndex((line) => line.includes(needle)) + 1;
}

function plainOperation(id: string, name: string, call: string): string {
    const pascal = id[0].toUpperCase() + id.slice(1);
    return `import { z } from "zod";
import type { TaskBoardClient } from "../client/TaskBoardClient";
import type { OperationDefinition, OperationResult } from "../../../core/types";

export const ${id}Schema = z.object({
    boardId: z.string().describe("Board that holds the tasks")
});

export type ${pascal}Params = z.infer<typeof ${id}Schema>;

export const ${id}Operation: OperationDefinition = {
    id: "${id}",
    name: "${name}",
    description: "${name} on a board",
    category: "tasks",
    inputSchema: ${id}Schema,
    retryable: true,
    timeout: 30000
};

export async function execute${pascal}(
    client: TaskBoardClient,
    params: ${pascal}Params
): Promise<OperationResult> {
    try {
        const data = await client.${call}(params.boardId);
        return { success: true, data };
    } catch (error) {
        return {
            success: false,
            error: {
                type: "server_error",
                message: error instanceof Error ? error.message : "${name} failed",
                retryable: true
            }
        };
    }
}
`;
}

/**
 * "task-board": the seed layout. Plain definitions with their schemas, an adapter in mcp/ that
 * lists tools from this.operations and dispatches with a switch, a client extending BaseAPIClient,
 * executeOperation validating params first.
 */
export function plainProvider(): ProviderFiles {
    return {
        "TaskBoardProvider.ts": `import { BaseProvider } from "../../core/BaseProvider";
import { TaskBoardClient } from "./client/TaskBoardClient";
import { TaskBoardMCPAdapter } from "./mcp/TaskBoardMCPAdapter";
import {
    listTasksOperation,
    executeListTasks,
    createTaskOperation,
    executeCreateTask
} from "./operations";
${PROVIDER_IMPORTS}

export class TaskBoardProvider extends BaseProvider {
    readonly name = "task-board";
    readonly displayName = "Task Board";
    readonly authMethod = "oauth2" as const;
    readonly capabilities: ProviderCapabilities = {
        supportsWebhooks: false,
        rateLimit: { tokensPerMinute: 120 }
    };

    private mcpAdapter: TaskBoardMCPAdapter;
    private clientPool: Map<string, TaskBoardClient> = new Map();

    constructor() {
        super();
        this.registerOperation(listTasksOperation);
        this.registerOperation(createTaskOperation);
        this.mcpAdapter = new TaskBoardMCPAdapter(this.operations);
    }

    getAuthConfig(): AuthConfig {
        return {
            authUrl: "https://taskboard.example.com/oauth/authorize",
            tokenUrl: "https://taskboard.example.com/oauth/token",
            scopes: ["tasks:read", "tasks:write"],
            clientId: appConfig.oauth.taskBoard.clientId,
            clientSecret: appConfig.oauth.taskBoard.clientSecret,
            redirectUri: getOAuthRedirectUri("task-board"),
            refreshable: true
        };
    }

    async executeOperation(
        operationId: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        _context: ExecutionContext
    ): Promise<OperationResult> {
        const validatedParams = this.validateParams(operationId, params);
        const client = this.getOrCreateClient(connection);

        switch (operationId) {
            case "listTasks":
                return await executeListTasks(client, validatedParams as never);
            case "createTask":
                return await executeCreateTask(client, validatedParams as never);
            default:
                return {
                    success: false,
                    error: {
                        type: "validation",
                        message: \`Unknown operation: \${operationId}\`,
                        retryable: false
                    }
                };
        }
    }

    getMCPTools(): MCPTool[] {
        return this.mcpAdapter.getTools();
    }

    async executeMCPTool(
        toolName: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData
    ): Promise<unknown> {
        const client = this.getOrCreateClient(connection);
        return this.mcpAdapter.executeTool(toolName, params, client);
    }

    private getOrCreateClient(connection: ConnectionWithData): TaskBoardClient {
        const cached = this.clientPool.get(connection.id);
        if (cached) return cached;
        const data = connection.data as OAuth2TokenData;
        const client = new TaskBoardClient({ accessToken: data.access_token });
        this.clientPool.set(connection.id, client);
        return client;
    }
}
`,
        "client/TaskBoardClient.ts": `import { BaseAPIClient } from "../../../core/BaseAPIClient";

export class TaskBoardClient extends BaseAPIClient {
    constructor(config: { accessToken: string }) {
        super({ baseURL: "https://api.taskboard.example.com/v2", timeout: 30000 });
        this.client.addRequestInterceptor((request) => {
            request.headers = { ...request.headers, Authorization: \`Bearer \${config.accessToken}\` };
            return request;
        });
    }

    async listTasks(boardId: string): Promise<unknown> {
        return this.get(\`/boards/\${boardId}/tasks\`);
    }

    async createTask(boardId: string): Promise<unknown> {
        return this.post(\`/boards/\${boardId}/tasks\`, {});
    }
}
`,
        "mcp/TaskBoardMCPAdapter.ts": `import { toJSONSchema } from "../../../../core/utils/zod-to-json-schema";
import { executeCreateTask, executeListTasks } from "../operations";
import type { TaskBoardClient } from "../client/TaskBoardClient";
import type { MCPTool, OperationDefinition } from "../../../core/types";

export class TaskBoardMCPAdapter {
    constructor(private operations: Map<string, OperationDefinition>) {}

    getTools(): MCPTool[] {
        return Array.from(this.operations.values()).map((op) => ({
            name: \`task_board_\${op.id}\`,
            description: op.description,
            inputSchema: toJSONSchema(op.inputSchema),
            executeRef: op.id
        }));
    }

    async executeTool(
        toolName: string,
        params: Record<string, unknown>,
        client: TaskBoardClient
    ): Promise<unknown> {
        const operationId = toolName.replace(/^task_board_/, "");
        switch (operationId) {
            case "listTasks":
                return await executeListTasks(client, params as never);
            case "createTask":
                return await executeCreateTask(client, params as never);
            default:
                throw new Error(\`Unknown Task Board tool: \${toolName}\`);
        }
    }
}
`,
        "operations/listTasks.ts": plainOperation("listTasks", "List Tasks", "listTasks"),
        "operations/createTask.ts": plainOperation("createTask", "Create Task", "createTask"),
        "operations/types.ts": `export interface TaskBoardTask {
    id: string;
    title: string;
}
`,
        "operations/index.ts": `export * from "./listTasks";
export * from "./createTask";
export * from "./types";
`
    };
}

function iifeOperation(id: string, name: string): string {
    const pascal = id[0].toUpperCase() + id.slice(1);
    return `import { getLogger } from "../../../../core/logging";
import { ${pascal}Schema, type ${pascal}Params } from "../schemas";
import type { ShopLineClient } from "../client/ShopLineClient";
import type { OperationDefinition, OperationResult } from "../../../core/types";

const logger = getLogger();

export const ${id}Operation: OperationDefinition = (() => {
    try {
        return {
            id: "${id}",
            name: "${name}",
            description: "${name} in the store",
            category: "orders",
            inputSchema: ${pascal}Schema,
            retryable: true,
            timeout: 30000
        };
    } catch (error) {
        logger.error({ component: "ShopLine", err: error }, "Failed to create ${id}Operation");
        throw new Error(
            \`Failed to create ${id} operation: \${error instanceof Error ? error.message : "Unknown error"}\`
        );
    }
})();

export async function execute${pascal}(
    client: ShopLineClient,
    params: ${pascal}Params
): Promise<OperationResult> {
    const data = await client.request(params);
    return { success: true, data };
}
`;
}

/**
 * "shop-line": IIFE definitions, schemas in a shared schemas.ts, MCP tools built inline from
 * this.operations and run through executeOperation, a client on a platform base client
 * (core/google), api_key auth.
 */
export function iifeProvider(): ProviderFiles {
    return {
        "ShopLineProvider.ts": `import { toJSONSchema } from "../../../core/utils/zod-to-json-schema";
import { BaseProvider } from "../../core/BaseProvider";
import { ShopLineClient } from "./client/ShopLineClient";
import {
    listOrdersOperation,
    executeListOrders,
    getOrderOperation,
    executeGetOrder
} from "./operations";
import type { ConnectionMethod } from "../../core/types";
${PROVIDER_IMPORTS}

export class ShopLineProvider extends BaseProvider {
    readonly name = "shop-line";
    readonly displayName = "ShopLine";
    readonly authMethod: ConnectionMethod = "api_key";
    readonly capabilities: ProviderCapabilities = { supportsWebhooks: false };

    constructor() {
        super();
        this.registerOperation(listOrdersOperation);
        this.registerOperation(getOrderOperation);
    }

    getAuthConfig(): AuthConfig {
        return { headerName: "X-ShopLine-Key", headerTemplate: "{{api_key}}" };
    }

    async executeOperation(
        operation: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        _context: ExecutionContext
    ): Promise<OperationResult> {
        const client = new ShopLineClient(connection);
        switch (operation) {
            case "listOrders":
                return executeListOrders(client, params as never);
            case "getOrder":
                return executeGetOrder(client, params as never);
            default:
                throw new Error(\`Unknown operation: \${operation}\`);
        }
    }

${inlineMcpMethods("shop_line_")}}
`,
        "client/ShopLineClient.ts": `import { GoogleBaseClient } from "../../../core/google";
import type { ConnectionWithData } from "../../../../storage/models/Connection";

export class ShopLineClient extends GoogleBaseClient {
    constructor(connection: ConnectionWithData) {
        super({ baseURL: "https://api.shopline.example.com", connection });
    }

    async request(params: unknown): Promise<unknown> {
        return this.post("/query", params);
    }
}
`,
        "schemas.ts": `import { z } from "zod";

export const ListOrdersSchema = z.object({ status: z.string().optional() });
export type ListOrdersParams = z.infer<typeof ListOrdersSchema>;

export const GetOrderSchema = z.object({ orderId: z.string() });
export type GetOrderParams = z.infer<typeof GetOrderSchema>;
`,
        "operations/listOrders.ts": iifeOperation("listOrders", "List Orders"),
        "operations/getOrder.ts": iifeOperation("getOrder", "Get Order"),
        "operations/index.ts": `export { listOrdersOperation, executeListOrders } from "./listOrders";
export { getOrderOperation, executeGetOrder } from "./getOrder";
`
    };
}

function groupedOperation(group: string, file: string, id: string): string {
    const pascal = file[0].toUpperCase() + file.slice(1);
    return `import { z } from "zod";
import type { CloudOpsClient } from "../../client/CloudOpsClient";
import type { OperationDefinition, OperationResult } from "../../../../core/types";

export const ${file}Schema = z.object({ zoneId: z.string() });

export const ${file}Operation: OperationDefinition = {
    id: "${id}",
    name: "${pascal}",
    description: "${pascal} (${group})",
    category: "${group}",
    inputSchema: ${file}Schema,
    retryable: false
};

export async function execute${pascal}(
    client: CloudOpsClient,
    params: z.infer<typeof ${file}Schema>
): Promise<OperationResult> {
    return { success: true, data: await client.call("${id}", params) };
}
`;
}

/**
 * "cloud-ops": operations nested in group folders with group-prefixed ids (`dns_createRecord` in
 * `operations/dns/createDnsRecord.ts`, `loadBalancers_list` in `operations/load-balancers/`),
 * registered through namespace imports, a client that calls fetch without a base class.
 */
export function groupedProvider(): ProviderFiles {
    return {
        "CloudOpsProvider.ts": `import { toJSONSchema } from "../../../core/utils/zod-to-json-schema";
import { BaseProvider } from "../../core/BaseProvider";
import { CloudOpsClient } from "./client/CloudOpsClient";
import * as Dns from "./operations/dns";
import * as LoadBalancers from "./operations/load-balancers";
${PROVIDER_IMPORTS}

export class CloudOpsProvider extends BaseProvider {
    readonly name = "cloud-ops";
    readonly displayName = "Cloud Ops";
    readonly authMethod = "api_key" as const;
    readonly capabilities: ProviderCapabilities = { supportsWebhooks: false };

    constructor() {
        super();
        this.registerOperation(Dns.createDnsRecordOperation);
        this.registerOperation(Dns.listDnsRecordsOperation);
        this.registerOperation(LoadBalancers.listLoadBalancersOperation);
    }

    getAuthConfig(): AuthConfig {
        return { headerName: "Authorization", headerTemplate: "Bearer {{api_key}}" };
    }

    async executeOperation(
        operationId: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        _context: ExecutionContext
    ): Promise<OperationResult> {
        const validatedParams = this.validateParams(operationId, params);
        const client = new CloudOpsClient(connection);
        switch (operationId) {
            case "dns_createRecord":
                return await Dns.executeCreateDnsRecord(client, validatedParams as never);
            case "dns_listRecords":
                return await Dns.executeListDnsRecords(client, validatedParams as never);
            case "loadBalancers_list":
                return await LoadBalancers.executeListLoadBalancers(client, validatedParams as never);
            default:
                throw new Error(\`Unknown operation: \${operationId}\`);
        }
    }

${inlineMcpMethods("cloud_ops_")}}
`,
        "client/CloudOpsClient.ts": `import type { ConnectionWithData } from "../../../../storage/models/Connection";

export class CloudOpsClient {
    constructor(private readonly connection: ConnectionWithData) {}

    async call(operation: string, params: unknown): Promise<unknown> {
        const response = await fetch(\`https://api.cloudops.example.com/\${operation}\`, {
            method: "POST",
            body: JSON.stringify(params)
        });
        return response.json();
    }
}
`,
        "operations/dns/createDnsRecord.ts": groupedOperation(
            "dns",
            "createDnsRecord",
            "dns_createRecord"
        ),
        "operations/dns/listDnsRecords.ts": groupedOperation(
            "dns",
            "listDnsRecords",
            "dns_listRecords"
        ),
        "operations/dns/index.ts": `export * from "./createDnsRecord";
export * from "./listDnsRecords";
`,
        "operations/load-balancers/listLoadBalancers.ts": groupedOperation(
            "load-balancers",
            "listLoadBalancers",
            "loadBalancers_list"
        ),
        "operations/load-balancers/index.ts": `export {
    listLoadBalancersOperation,
    listLoadBalancersSchema,
    executeListLoadBalancers
} from "./listLoadBalancers";
`,
        "operations/index.ts": `// DNS (2 operations)
export * from "./dns";

// Load balancers (1 operation)
export * from "./load-balancers";
`
    };
}

/**
 * "pg-store": a database provider talking through a driver (`pg`), without client/, that offers
 * no MCP tools on purpose (`getMCPTools()` returns `[]`, `executeMCPTool` throws).
 */
export function databaseProvider(): ProviderFiles {
    return {
        "PgStoreProvider.ts": `import { Pool } from "pg";
import { BaseProvider } from "../../core/BaseProvider";
import { queryOperation, executeQuery, listTablesOperation, executeListTables } from "./operations";
import type { APIKeyConfig } from "../../core/types";
${PROVIDER_IMPORTS}

export class PgStoreProvider extends BaseProvider {
    readonly name = "pg-store";
    readonly displayName = "PG Store";
    readonly authMethod = "api_key" as const;
    readonly capabilities: ProviderCapabilities = { supportsWebhooks: false };

    private pools = new Map<string, Pool>();

    constructor() {
        super();
        this.registerOperation(queryOperation);
        this.registerOperation(listTablesOperation);
    }

    getAuthConfig(): AuthConfig {
        const config: APIKeyConfig = {
            headerName: "X-Database-Connection",
            headerTemplate: "{{connection_id}}"
        };
        return config;
    }

    async executeOperation(
        operation: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        _context: ExecutionContext
    ): Promise<OperationResult> {
        const pool = this.poolFor(connection);
        switch (operation) {
            case "query":
                return executeQuery(pool, this.validateParams(operation, params));
            case "listTables":
                return executeListTables(pool, this.validateParams(operation, params));
            default:
                throw new Error(\`Unknown operation: \${operation}\`);
        }
    }

    /**
     * MCP tools are not offered for databases: agents use the query operation through workflows.
     */
    getMCPTools(): MCPTool[] {
        return [];
    }

    async executeMCPTool(
        _toolName: string,
        _params: Record<string, unknown>,
        _connection: ConnectionWithData
    ): Promise<unknown> {
        throw new Error("MCP tools are not supported for database providers");
    }

    private poolFor(connection: ConnectionWithData): Pool {
        let pool = this.pools.get(connection.id);
        if (!pool) {
            pool = new Pool({ connectionString: String(connection.data) });
            this.pools.set(connection.id, pool);
        }
        return pool;
    }
}
`,
        "operations/query.ts": `import { z } from "zod";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { Pool } from "pg";

export const querySchema = z.object({ sql: z.string().min(1) });

export const queryOperation: OperationDefinition = {
    id: "query",
    name: "Execute Query",
    description: "Run a SELECT statement",
    category: "database",
    inputSchema: querySchema,
    retryable: false
};

export async function executeQuery(
    pool: Pool,
    params: z.infer<typeof querySchema>
): Promise<OperationResult> {
    const result = await pool.query(params.sql);
    return { success: true, data: result.rows };
}
`,
        "operations/listTables.ts": `import { z } from "zod";
import type { OperationDefinition, OperationResult } from "../../../core/types";
import type { Pool } from "pg";

export const listTablesSchema = z.object({ schema: z.string().default("public") });

export const listTablesOperation: OperationDefinition = {
    id: "listTables",
    name: "List Tables",
    description: "List the tables of a schema",
    category: "database",
    inputSchema: listTablesSchema,
    retryable: true
};

export async function executeListTables(
    pool: Pool,
    params: z.infer<typeof listTablesSchema>
): Promise<OperationResult> {
    const result = await pool.query("SELECT table_name FROM information_schema.tables WHERE table_schema = $1", [params.schema]);
    return { success: true, data: result.rows };
}
`,
        "operations/index.ts": `export * from "./query";
export * from "./listTables";
`
    };
}

/**
 * "help-hub": several operations per file (`operations/tickets.ts`), a two-level group
 * (`operations/engagements/notes/createNote.ts`), an adapter whose tool executor is not
 * implemented (it ends in a throw).
 */
export function multiOperationProvider(): ProviderFiles {
    const ticket = (id: string, name: string) => `
export const ${id}Operation: OperationDefinition = {
    id: "${id}",
    name: "${name}",
    description: "${name}",
    category: "tickets",
    inputSchema: ${id}Schema,
    retryable: true
};

export async function execute${id[0].toUpperCase()}${id.slice(1)}(
    client: HelpHubClient,
    params: z.infer<typeof ${id}Schema>
): Promise<OperationResult> {
    return { success: true, data: await client.send("${id}", params) };
}
`;
    return {
        "HelpHubProvider.ts": `import { BaseProvider } from "../../core/BaseProvider";
import { HelpHubClient } from "./client/HelpHubClient";
import { HelpHubMCPAdapter } from "./mcp/HelpHubMCPAdapter";
import {
    createTicketOperation,
    executeCreateTicket,
    getTicketOperation,
    executeGetTicket,
    createNoteOperation,
    executeCreateNote
} from "./operations";
${PROVIDER_IMPORTS}

export class HelpHubProvider extends BaseProvider {
    readonly name = "help-hub";
    readonly displayName = "Help Hub";
    readonly authMethod = "api_key" as const;
    readonly capabilities: ProviderCapabilities = { supportsWebhooks: false };
    private mcpAdapter: HelpHubMCPAdapter;

    constructor() {
        super();
        this.registerOperation(createTicketOperation);
        this.registerOperation(getTicketOperation);
        this.registerOperation(createNoteOperation);
        this.mcpAdapter = new HelpHubMCPAdapter(this.operations);
    }

    getAuthConfig(): AuthConfig {
        return { headerName: "Authorization", headerTemplate: "Basic {{api_key}}" };
    }

    async executeOperation(
        operationId: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        _context: ExecutionContext
    ): Promise<OperationResult> {
        const client = new HelpHubClient(connection);
        switch (operationId) {
            case "createTicket":
            case "getTicket":
                return operationId === "createTicket"
                    ? executeCreateTicket(client, params as never)
                    : executeGetTicket(client, params as never);
            case "createNote":
                return executeCreateNote(client, params as never);
            default:
                throw new Error(\`Unknown operation: \${operationId}\`);
        }
    }

    getMCPTools(): MCPTool[] {
        return this.mcpAdapter.getTools();
    }

    async executeMCPTool(
        toolName: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData
    ): Promise<unknown> {
        return this.mcpAdapter.executeTool(toolName, params, new HelpHubClient(connection));
    }
}
`,
        "client/HelpHubClient.ts": `import { BaseAPIClient } from "../../../core/BaseAPIClient";
import type { ConnectionWithData } from "../../../../storage/models/Connection";

export class HelpHubClient extends BaseAPIClient {
    constructor(_connection: ConnectionWithData) {
        super({ baseURL: "https://helphub.example.com/api/v2" });
    }

    async send(operation: string, params: unknown): Promise<unknown> {
        return this.post(\`/\${operation}\`, params);
    }
}
`,
        "mcp/HelpHubMCPAdapter.ts": `import { toJSONSchema } from "../../../../core/utils/zod-to-json-schema";
import type { HelpHubClient } from "../client/HelpHubClient";
import type { MCPTool, OperationDefinition } from "../../../core/types";

export class HelpHubMCPAdapter {
    constructor(private operations: Map<string, OperationDefinition>) {}

    getTools(): MCPTool[] {
        return Array.from(this.operations.values()).map((op) => ({
            name: \`help_hub_\${op.id}\`,
            description: op.description,
            inputSchema: toJSONSchema(op.inputSchema)
        }));
    }

    async executeTool(
        toolName: string,
        params: Record<string, unknown>,
        _client: HelpHubClient
    ): Promise<unknown> {
        const operationId = toolName.replace("help_hub_", "");
        const operation = this.operations.get(operationId);
        if (!operation) {
            throw new Error(\`Unknown MCP tool: \${toolName}\`);
        }
        operation.inputSchema.parse(params);
        throw new Error(\`MCP tool execution not yet implemented for \${toolName}.\`);
    }
}
`,
        "operations/tickets.ts": `import { z } from "zod";
import type { HelpHubClient } from "../client/HelpHubClient";
import type { OperationDefinition, OperationResult } from "../../../core/types";

export const createTicketSchema = z.object({ subject: z.string() });
export const getTicketSchema = z.object({ ticketId: z.number() });
${ticket("createTicket", "Create Ticket")}${ticket("getTicket", "Get Ticket")}`,
        "operations/engagements/notes/createNote.ts": `import { z } from "zod";
import type { HelpHubClient } from "../../../client/HelpHubClient";
import type { OperationDefinition, OperationResult } from "../../../../../core/types";

export const createNoteSchema = z.object({ body: z.string() });

export const createNoteOperation: OperationDefinition = {
    id: "createNote",
    name: "Create Note",
    description: "Add a note to a ticket",
    category: "engagements",
    inputSchema: createNoteSchema,
    retryable: false
};

export async function executeCreateNote(
    client: HelpHubClient,
    params: z.infer<typeof createNoteSchema>
): Promise<OperationResult> {
    return { success: true, data: await client.send("createNote", params) };
}
`,
        "operations/engagements/notes/index.ts": `export * from "./createNote";
`,
        "operations/engagements/index.ts": `export * from "./notes";
`,
        "operations/index.ts": `export * from "./tickets";
export * from "./engagements";
`
    };
}

/** "search-box": no client/, operations call fetch themselves; no MCP tools (opt-out). */
export function fetchProvider(): ProviderFiles {
    const database = databaseProvider();
    return {
        "SearchBoxProvider.ts": database["PgStoreProvider.ts"]
            .replace('import { Pool } from "pg";\n', "")
            .replace(/PgStore/g, "SearchBox")
            .replace('"pg-store"', '"search-box"')
            .replace('"PG Store"', '"Search Box"')
            .replace("private pools = new Map<string, Pool>();", "")
            .replace(
                /private poolFor[\s\S]*?\n    }\n}/,
                "private poolFor(connection: ConnectionWithData): string {\n        return String(connection.data);\n    }\n}"
            ),
        "operations/query.ts": `import { z } from "zod";
import type { OperationDefinition, OperationResult } from "../../../core/types";

export const querySchema = z.object({ q: z.string() });

export const queryOperation: OperationDefinition = {
    id: "query",
    name: "Search",
    description: "Full-text search",
    category: "search",
    inputSchema: querySchema,
    retryable: true
};

export async function executeQuery(
    endpoint: string,
    params: z.infer<typeof querySchema>
): Promise<OperationResult> {
    const response = await fetch(\`\${endpoint}/_search?q=\${encodeURIComponent(params.q)}\`);
    return { success: response.ok, data: await response.json() };
}
`,
        "operations/listTables.ts": `import { z } from "zod";
import type { OperationDefinition, OperationResult } from "../../../core/types";

export const listTablesSchema = z.object({});

export const listTablesOperation: OperationDefinition = {
    id: "listTables",
    name: "List Indices",
    description: "List the indices",
    category: "search",
    inputSchema: listTablesSchema,
    retryable: true
};

export async function executeListTables(endpoint: string): Promise<OperationResult> {
    const response = await fetch(\`\${endpoint}/_cat/indices?format=json\`);
    return { success: response.ok, data: await response.json() };
}
`,
        "operations/index.ts": database["operations/index.ts"]
    };
}
