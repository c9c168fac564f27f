import type { ConnectionWithData } from "../../storage/models/Connection";
import type {
    AuthConfig,
    ConnectionMethod,
    ExecutionContext,
    IProvider,
    MCPTool,
    OperationDefinition,
    OperationResult,
    ProviderCapabilities,
    TriggerDefinition,
    WebhookConfig,
    WebhookRequestData,
    WebhookVerificationResult
} from "./types";
import {
    verifyBearerToken,
    verifyHmacSha1,
    verifyHmacSha256,
    verifyTimestampSignature
} from "./webhook-signatures";

const DEFAULT_TIMESTAMP_TOLERANCE_SECONDS = 300;

function headerValue(request: WebhookRequestData, name: string | undefined): string | undefined {
    if (!name) {
        return undefined;
    }
    const wanted = name.toLowerCase();
    for (const [key, value] of Object.entries(request.headers)) {
        if (key.toLowerCase() === wanted) {
            return Array.isArray(value) ? value[0] : value;
        }
    }
    return undefined;
}

export abstract class BaseProvider implements IProvider {
    abstract readonly name: string;
    abstract readonly displayName: string;
    abstract readonly authMethod: ConnectionMethod;
    abstract readonly capabilities: ProviderCapabilities;

    protected operations: Map<string, OperationDefinition> = new Map();
    protected triggers: Map<string, TriggerDefinition> = new Map();
    protected webhookConfig?: WebhookConfig;

    abstract getAuthConfig(): AuthConfig;

    abstract executeOperation(
        operationId: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData,
        context: ExecutionContext
    ): Promise<OperationResult>;

    abstract getMCPTools(): MCPTool[];

    abstract executeMCPTool(
        toolName: string,
        params: Record<string, unknown>,
        connection: ConnectionWithData
    ): Promise<unknown>;

    protected registerOperation(operation: OperationDefinition): void {
        this.operations.set(operation.id, operation);
    }

    getOperations(): OperationDefinition[] {
        return Array.from(this.operations.values());
    }

    getOperation(operationId: string): OperationDefinition | undefined {
        return this.operations.get(operationId);
    }

    /** Validates params with the operation's zod schema; throws with every issue when invalid. */
    protected validateParams<T = Record<string, unknown>>(
        operationId: string,
        params: Record<string, unknown>
    ): T {
        const operation = this.operations.get(operationId);
        if (!operation) {
            throw new Error(`Unknown operation: ${operationId}`);
        }
        const parsed = operation.inputSchema.safeParse(params);
        if (!parsed.success) {
            const issues = parsed.error.issues
                .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
                .join("; ");
            throw new Error(`Invalid parameters for ${operationId}: ${issues}`);
        }
        return parsed.data as T;
    }

    protected registerTrigger(trigger: TriggerDefinition): void {
        this.triggers.set(trigger.id, trigger);
    }

    getTriggers(): TriggerDefinition[] {
        return Array.from(this.triggers.values());
    }

    protected setWebhookConfig(config: WebhookConfig): void {
        this.webhookConfig = config;
    }

    getWebhookConfig(): WebhookConfig | undefined {
        return this.webhookConfig;
    }

    /** Verifies an incoming webhook with the configured signature scheme, in constant time. */
    verifyWebhookSignature(secret: string, request: WebhookRequestData): WebhookVerificationResult {
        const webhook = this.webhookConfig;
        if (!webhook || webhook.signatureType === "none") {
            return { valid: true };
        }
        const signature = headerValue(request, webhook.signatureHeader);
        if (!signature) {
            return { valid: false, error: `Missing signature header ${webhook.signatureHeader}` };
        }
        const payload = request.rawBody ?? JSON.stringify(request.body);
        let valid: boolean;
        switch (webhook.signatureType) {
            case "hmac_sha256":
                valid = verifyHmacSha256(secret, payload, signature);
                break;
            case "hmac_sha1":
                valid = verifyHmacSha1(secret, payload, signature);
                break;
            case "bearer_token":
                valid = verifyBearerToken(secret, signature);
                break;
            case "timestamp_signature": {
                const timestamp = headerValue(request, webhook.timestampHeader);
                valid =
                    timestamp !== undefined &&
                    verifyTimestampSignature(
                        secret,
                        payload,
                        signature,
                        timestamp,
                        webhook.timestampToleranceSeconds ?? DEFAULT_TIMESTAMP_TOLERANCE_SECONDS
                    );
                break;
            }
        }
        return valid ? { valid } : { valid, error: "Invalid webhook signature" };
    }
}
