/**
 * What the probe (a child process running the host's own code) observes of a provider, as plain
 * data sent back to the executor. The runtime rules read only this and the provider's source facts,
 * so each rule is a pure function that a spec can feed with hand-written observations.
 */

/** What one probe run is asked to do (sent to the child process). */
export interface ProbeJob {
    /** The host's TypeScript loader, found from the host (loader.ts). */
    loader: HostLoader;
    /** Absolute path of the backend tsconfig (compiler options for the loader). */
    tsconfig: string;
    providers: ProbeTarget[];
    /** Milliseconds one operation may run before it is abandoned. */
    operationTimeout: number;
}

export type HostLoader =
    | { kind: "tsx"; api: string; esmApi?: string }
    | { kind: "typescript"; module: string };

export interface ProbeTarget {
    id: string;
    /** Absolute path of the `*Provider.ts` file. */
    providerFile: string;
    /** The class to instantiate (from the source facts); the file's `*Provider` export otherwise. */
    className?: string;
    /** Absolute path of the provider's fixture module, where the host has one. */
    fixturesFile?: string;
    /** What the host declares about its connection (nothing declared: empty fields). */
    declaredConnection: DeclaredConnection;
}

/**
 * What the host declares about a provider's connection in its shared provider list
 * (`shared/src/providers.ts`): the pre-auth fields the connection dialog collects
 * (`oauthSettings`) and the examples its API key form shows (`apiKeySettings`). The test
 * connection is filled from these, so that an executor reads values of the shape users enter.
 */
export interface DeclaredConnection {
    /** Pre-auth field name → an example value (a select's first option, a text field's placeholder). */
    fields: Record<string, string>;
    /** The API key form's examples (`keyPlaceholder`, `secretPlaceholder`). */
    apiKey?: string;
    apiSecret?: string;
    /** Every field of the host's connection data types (`connection_string`, `edam_shard`, ...). */
    dataFields: string[];
}

export type CaseKind = "valid" | "error" | "edge";

/** One fixture case as the fixture module holds it, with its input checked against its schema. */
export interface ObservedCase {
    operationId: string;
    /** Index of its TestFixture in the module's exported array. */
    fixtureIndex: number;
    kind: CaseKind;
    /** Index in its `validCases` / `errorCases` / `edgeCases`. */
    index: number;
    name?: string;
    input: unknown;
    expectedOutput?: unknown;
    /** `expectedError.type` of an error case. */
    expectedErrorType?: string;
    /** Why the input does not parse with the operation's `inputSchema` (absent when it parses or the operation is unknown). */
    parseIssues?: string[];
}

export interface ObservedRequest {
    method: string;
    url: string;
    headers: Record<string, string>;
    body: string;
}

/** An operation executed once, through executeOperation or an MCP tool. */
export interface ObservedRun {
    operationId: string;
    /** `fixture`: its first valid fixture input; `empty`: `{}`; `mcp`: the tool through executeMCPTool. */
    mode: "fixture" | "empty" | "mcp";
    input: unknown;
    /** The fixture case whose input was used. */
    caseName?: string;
    /** The MCP tool, for mode `mcp`. */
    toolName?: string;
    /** What executeOperation returned (`success`, `error.type`, `error.message`). */
    result?: {
        success: boolean;
        errorType?: string;
        message?: string;
        /** The data returned holds a link the operation signed itself (a presigned URL). */
        signedUrl?: boolean;
    };
    /** What it threw, or why it was abandoned (time-out). */
    thrown?: string;
    /**
     * For mode `empty`: whether the operation's own inputSchema was asked to parse during the run
     * and refused (how the host's validateParams, and executors parsing their input, refuse it).
     */
    inputRefused?: boolean;
    /**
     * Connection fields the run read that held a placeholder (`data.connection_string`,
     * `metadata.instanceUrl`), and whether the host declares each: a failure may be the connection's.
     */
    connectionPlaceholders?: { field: string; declared: boolean }[];
    requests: ObservedRequest[];
}

export interface ObservedOperation {
    id: string;
    /** Whether `{}` parses with its inputSchema (false: it has required inputs). */
    acceptsEmptyInput: boolean;
}

export interface ProviderObservations {
    id: string;
    /** Why the provider class could not be loaded or instantiated; nothing else is observed then. */
    loadError?: string;
    operations: ObservedOperation[];
    /** Absent where the host has no fixture module for the provider. */
    fixtures?: { loadError?: string; cases: ObservedCase[] };
    runs: ObservedRun[];
    /** The test connection as JSON after the runs (its values name per-connection hosts). */
    connectionValues?: string;
    /** The domains host names in the provider's code name (its folder and the host modules it imports). */
    codeSites?: string[];
    /** The tools `getMCPTools()` returned, each with the operation its name ends with (undefined when it threw: see mcpError). */
    mcpTools?: { name: string; operationId?: string }[];
    mcpError?: string;
    /** Absent where the provider has no webhook config. */
    webhook?: ObservedWebhook;
    /** Why the webhook could not be examined (getWebhookConfig, getTriggers or an extractor threw). */
    webhookError?: string;
}

/** A forged webhook request, by what is wrong with it. */
export type WebhookForgery =
    | "tampered body"
    | "wrong secret"
    | "no signature header"
    | "expired timestamp";

/** What the provider's own verifier and event extractor made of requests built from its webhook config. */
export interface ObservedWebhook {
    /** `polling`: the host polls the service, no webhook request ever arrives. */
    setupType: string;
    signatureType: string;
    /** The provider overrides verifyWebhookSignature or verifyTimestampSignature (BaseProvider's otherwise). */
    customVerifier: boolean;
    /** How the accepted, correctly signed request carried its signature (`hex`, `sha256=hex`, `slack v0`, ...). */
    acceptedSignature?: string;
    /** Why the correctly signed requests were all rejected (the verifier's answer to the first). */
    rejection?: string;
    /** Forged requests the verifier accepted. */
    acceptedForgeries: WebhookForgery[];
    triggerIds: string[];
    /** The provider overrides extractEventType. */
    customEventExtractor: boolean;
    eventHeader?: string;
    /** The distinct event types extractEventType returned for sample events of the triggers. */
    extractedEventTypes: string[];
}
