import type { HttpRecorder } from "./http-recorder";
import type {
    CaseKind,
    ObservedCase,
    ObservedRun,
    ProbeTarget,
    ProviderObservations
} from "./observations";
import * as fs from "fs";
import { sitesIn } from "./sites";
import { observeWebhook } from "./observe-webhook";
import type { WebhookProviderLike } from "./observe-webhook";
import { TEST_EXECUTION_CONTEXT, testConnection } from "./test-connection";

/** The parts of the host's zod schemas, operations and providers the probe calls. */
interface SchemaLike {
    safeParse(input: unknown): {
        success: boolean;
        error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
}
export interface OperationLike {
    id: string;
    inputSchema?: SchemaLike;
}
type ResultLike =
    | { success?: boolean; data?: unknown; error?: { type?: string; message?: string } }
    | undefined;

/** A link the operation signed itself (S3 `X-Amz-Signature`, Azure SAS `sig`, GCS `Signature`). */
const SIGNED_URL = /^https?:\/\/[^\s?]+\?\S*\b(x-amz-signature|x-goog-signature|signature|sig)=/i;

/** Whether returned data holds a signed link (depth-first over plain values). */
export function holdsSignedUrl(value: unknown, depth = 0): boolean {
    if (typeof value === "string") return SIGNED_URL.test(value);
    if (!value || typeof value !== "object" || depth > 4) return false;
    return Object.values(value).some((item) => holdsSignedUrl(item, depth + 1));
}
export interface ProviderLike extends WebhookProviderLike {
    authMethod?: unknown;
    getOperations(): OperationLike[];
    executeOperation(
        id: string,
        params: unknown,
        connection: unknown,
        context: unknown
    ): Promise<ResultLike>;
    getMCPTools(): { name: string }[];
    executeMCPTool(name: string, params: unknown, connection: unknown): Promise<unknown>;
}
interface FixtureLike {
    operationId?: unknown;
    validCases?: CaseLike[];
    errorCases?: CaseLike[];
    edgeCases?: CaseLike[];
}
interface CaseLike {
    name?: unknown;
    input?: unknown;
    expectedOutput?: unknown;
    expectedError?: { type?: unknown };
}

export function describeError(error: unknown): string {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Data that survives the trip to the executor (no functions, no cycles, no bigints). */
function plain(value: unknown): unknown {
    try {
        const json = JSON.stringify(value, (_key, item: unknown) =>
            typeof item === "bigint" ? item.toString() : item
        );
        return json === undefined ? undefined : JSON.parse(json);
    } catch {
        return String(value);
    }
}

const PARSE_METHODS = ["parse", "safeParse", "parseAsync", "safeParseAsync"];

/**
 * Watches a schema until `stop()`: whether any of its parse methods refused an input (threw, or
 * answered `success: false`). Known by behaviour, not by the words of an error message.
 */
export function watchRefusals(schema: object): { stop(): boolean } {
    const target = schema as Record<string, unknown>;
    let refused = false;
    const noteResult = (result: unknown) => {
        if ((result as { success?: unknown } | undefined)?.success === false) refused = true;
        return result;
    };
    // zod binds its parse methods to each schema (own properties): put back exactly what was there.
    const patched = PARSE_METHODS.filter((name) => typeof target[name] === "function").map(
        (name) => ({ name, own: Object.getOwnPropertyDescriptor(target, name) })
    );
    for (const { name } of patched) {
        const original = target[name] as (...args: unknown[]) => unknown;
        target[name] = function (this: unknown, ...args: unknown[]) {
            let result: unknown;
            try {
                result = original.apply(this, args);
            } catch (error) {
                refused = true;
                throw error;
            }
            if (!(result instanceof Promise)) return noteResult(result);
            return result.then(noteResult, (error: unknown) => {
                refused = true;
                throw error;
            });
        };
    }
    return {
        stop() {
            for (const { name, own } of patched) {
                if (own) Object.defineProperty(target, name, own);
                else delete target[name];
            }
            return refused;
        }
    };
}

/**
 * The domains written in the host's own modules the provider file loads (not packages, not its
 * fixtures): where its API hosts are written, in the folder or in a shared client it imports.
 */
function codeSites(target: ProbeTarget): string[] {
    const sites = new Set<string>();
    const seen = new Set<string>();
    const visit = (module: NodeModule | undefined) => {
        if (!module || seen.has(module.filename)) return;
        seen.add(module.filename);
        if (/[\\/]node_modules[\\/]/.test(module.filename)) return;
        if (module.filename !== target.fixturesFile) {
            for (const site of sitesIn(fs.readFileSync(module.filename, "utf8"))) sites.add(site);
        }
        module.children.forEach(visit);
    };
    visit(require.cache[require.resolve(target.providerFile)]);
    return [...sites];
}

/** Instantiates the provider class of `target` (the host's loader must be installed). */
export function loadProvider(
    target: Pick<ProbeTarget, "id" | "providerFile" | "className">
): ProviderLike {
    const exports = require(target.providerFile) as Record<string, unknown>;
    const candidates = Object.values(exports).filter(
        (value): value is new () => ProviderLike =>
            typeof value === "function" && /Provider$/.test(value.name)
    );
    const ProviderClass =
        (target.className
            ? candidates.find((value) => value.name === target.className)
            : undefined) ?? candidates[0];
    if (!ProviderClass) {
        throw new Error(`the module exports no class named ${target.className ?? "*Provider"}`);
    }
    const provider = new ProviderClass();
    if (typeof provider.getOperations !== "function") {
        throw new Error(
            `${ProviderClass.name} has no getOperations(): does it extend BaseProvider?`
        );
    }
    return provider;
}

function parseIssues(schema: SchemaLike | undefined, input: unknown): string[] | undefined {
    if (!schema) return undefined;
    const result = schema.safeParse(input);
    if (result.success) return undefined;
    return (result.error?.issues ?? []).map(
        (issue) => `${issue.path.map(String).join(".") || "(input)"}: ${issue.message}`
    );
}

/** Every case of every TestFixture array the fixture module exports, checked against its schema. */
function observeFixtures(file: string, operations: Map<string, OperationLike>): ObservedCase[] {
    const exports = require(file) as Record<string, unknown>;
    const fixtures = Object.values(exports)
        .filter(Array.isArray)
        .flat()
        .filter(
            (item): item is FixtureLike =>
                !!item && typeof item === "object" && "operationId" in item
        );
    const cases: ObservedCase[] = [];
    fixtures.forEach((fixture, fixtureIndex) => {
        const operationId = String(fixture.operationId);
        const schema = operations.get(operationId)?.inputSchema;
        const kinds: [CaseKind, CaseLike[] | undefined][] = [
            ["valid", fixture.validCases],
            ["error", fixture.errorCases],
            ["edge", fixture.edgeCases]
        ];
        for (const [kind, list] of kinds) {
            (Array.isArray(list) ? list : []).forEach((item, index) => {
                cases.push({
                    operationId,
                    fixtureIndex,
                    kind,
                    index,
                    name: typeof item?.name === "string" ? item.name : undefined,
                    input: plain(item?.input),
                    expectedOutput: plain(item?.expectedOutput),
                    expectedErrorType:
                        typeof item?.expectedError?.type === "string"
                            ? item.expectedError.type
                            : undefined,
                    parseIssues: parseIssues(schema, item?.input)
                });
            });
        }
    });
    return cases;
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
            () => reject(new Error(`did not finish within ${milliseconds} ms`)),
            milliseconds
        );
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs the host's provider code and reports what it observed. Never throws: what fails to load or
 * run is part of the observations.
 */
export async function observeProvider(
    target: ProbeTarget,
    recorder: HttpRecorder,
    operationTimeout: number
): Promise<ProviderObservations> {
    const observations: ProviderObservations = { id: target.id, operations: [], runs: [] };
    let provider: ProviderLike;
    let operations: OperationLike[];
    try {
        provider = loadProvider(target);
        operations = provider.getOperations();
    } catch (error) {
        return { ...observations, loadError: describeError(error) };
    }
    const byId = new Map(operations.map((operation) => [operation.id, operation]));
    observations.codeSites = codeSites(target);
    observations.operations = operations.map((operation) => ({
        id: operation.id,
        acceptsEmptyInput: parseIssues(operation.inputSchema, {}) === undefined
    }));

    if (target.fixturesFile) {
        try {
            observations.fixtures = { cases: observeFixtures(target.fixturesFile, byId) };
        } catch (error) {
            observations.fixtures = { loadError: describeError(error), cases: [] };
        }
    }

    const { connection, takePlaceholderReads } = testConnection(
        target.id,
        provider.authMethod,
        target.declaredConnection
    );
    const run = async (
        shape: Omit<
            ObservedRun,
            "requests" | "result" | "thrown" | "inputRefused" | "connectionPlaceholders"
        >,
        call: () => Promise<unknown>,
        watchedSchema?: object
    ) => {
        const watch = watchedSchema && watchRefusals(watchedSchema);
        takePlaceholderReads();
        const { value, requests } = await recorder.record(async () => {
            try {
                return { returned: await withTimeout(call(), operationTimeout) };
            } catch (error) {
                return { thrown: describeError(error) };
            }
        });
        const observed: ObservedRun = { ...shape, requests };
        const placeholders = takePlaceholderReads();
        if (placeholders.length) observed.connectionPlaceholders = placeholders;
        if (watch) observed.inputRefused = watch.stop();
        if ("thrown" in value) observed.thrown = value.thrown;
        else if (shape.mode !== "mcp") {
            const result = value.returned as ResultLike;
            observed.result = {
                success: result?.success === true,
                errorType: result?.error?.type,
                message: result?.error?.message
            };
            if (result?.success && holdsSignedUrl(result.data)) observed.result.signedUrl = true;
        }
        observations.runs.push(observed);
    };

    // Each operation once, with its first valid fixture input that parses.
    const fixtureInputs = new Map<string, { input: unknown; caseName?: string }>();
    for (const item of observations.fixtures?.cases ?? []) {
        if (item.kind === "valid" && !item.parseIssues && !fixtureInputs.has(item.operationId)) {
            fixtureInputs.set(item.operationId, { input: item.input, caseName: item.name });
        }
    }
    for (const operation of operations) {
        const fixture = fixtureInputs.get(operation.id);
        if (!fixture) continue;
        await run({ operationId: operation.id, mode: "fixture", ...fixture }, () =>
            provider.executeOperation(
                operation.id,
                structuredClone(fixture.input),
                connection,
                TEST_EXECUTION_CONTEXT
            )
        );
    }
    // Required inputs missing: the provider must refuse before sending anything.
    for (const operation of observations.operations.filter((item) => !item.acceptsEmptyInput)) {
        await run(
            { operationId: operation.id, mode: "empty", input: {} },
            () => provider.executeOperation(operation.id, {}, connection, TEST_EXECUTION_CONTEXT),
            byId.get(operation.id)?.inputSchema
        );
    }
    // Each MCP tool with the input of the operation it names.
    try {
        observations.mcpTools = provider.getMCPTools().map((tool) => ({
            name: tool.name,
            operationId: toolOperation(tool.name, operations)
        }));
    } catch (error) {
        observations.mcpError = describeError(error);
    }
    for (const { name: toolName, operationId } of observations.mcpTools ?? []) {
        const fixture = operationId === undefined ? undefined : fixtureInputs.get(operationId);
        if (operationId === undefined || !fixture) continue;
        await run({ operationId, mode: "mcp", toolName, ...fixture }, () =>
            provider.executeMCPTool(toolName, structuredClone(fixture.input), connection)
        );
    }
    // What the connection held by the end, placeholders included: per-connection hosts.
    observations.connectionValues = JSON.stringify(connection);
    try {
        observations.webhook = await observeWebhook(provider);
    } catch (error) {
        observations.webhookError = describeError(error);
    }
    return observations;
}

/** The operation a tool name ends with (`<provider>_<operationId>`); the longest id wins. */
function toolOperation(toolName: string, operations: { id: string }[]): string | undefined {
    return operations
        .map((operation) => operation.id)
        .filter((id) => toolName === id || toolName.endsWith(`_${id}`))
        .sort((a, b) => b.length - a.length)[0];
}
