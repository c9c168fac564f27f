import crypto from "crypto";
import type {
    IProvider,
    OperationDefinition,
    OperationResult,
    MCPTool,
    AuthConfig,
    ProviderCapabilities,
    ExecutionContext,
    TriggerDefinition,
    WebhookConfig,
    WebhookRequestData,
    WebhookVerificationResult
} from "./types";
import type { ConnectionWithData, ConnectionMethod } from "../../storage/models/Connection";
import type { z } from "zod";

type HeaderBag = Record<string, string | string[] | undefined>;

/**
 * What every provider inherits: its operation table, triggers and webhook settings. Webhook
 * checks for the HMAC kinds, bearer tokens and "none" live here; timestamped schemes are left to
 * the provider (the hook below turns every request down until it is overridden).
 */
export abstract class BaseProvider implements IProvider {
    abstract readonly name: string;
    abstract readonly displayName: string;
    abstract readonly authMethod: ConnectionMethod;
    abstract readonly capabilities: ProviderCapabilities;

    protected operations: Map<string, OperationDefinition> = new Map();
    protected triggers: TriggerDefinition[] = [];
    protected webhookConfig: WebhookConfig | null = null;

    abstract getAuthConfig(): AuthConfig;

    refreshCredentials?(connection: ConnectionWithData): Promise<unknown>;

    abstract executeOperation(
        operation: string,
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
        return [...this.operations.values()];
    }

    getOperationSchema(operationId: string): z.ZodSchema | null {
        return this.getOperation(operationId)?.inputSchema ?? null;
    }

    getTriggers(): TriggerDefinition[] {
        return this.triggers;
    }

    getWebhookConfig(): WebhookConfig | null {
        return this.webhookConfig;
    }

    protected getOperation(operationId: string): OperationDefinition | null {
        return this.operations.get(operationId) ?? null;
    }

    protected validateParams<T = Record<string, unknown>>(
        operationId: string,
        params: Record<string, unknown>
    ): T {
        const definition = this.getOperation(operationId);
        if (definition === null) {
            throw new Error(`${this.name} has no operation "${operationId}"`);
        }
        const parsed = definition.inputSchema.safeParse(params);
        if (!parsed.success) {
            throw new Error(`${operationId} rejected its input: ${parsed.error.message}`);
        }
        return parsed.data as T;
    }

    protected registerTrigger(trigger: TriggerDefinition): void {
        this.triggers.push(trigger);
    }

    protected setWebhookConfig(config: WebhookConfig): void {
        this.webhookConfig = config;
    }

    /** Providers with their own scheme override this; a config without a header is not checked. */
    verifyWebhookSignature(secret: string, request: WebhookRequestData): WebhookVerificationResult {
        const settings = this.webhookConfig;
        if (settings === null) return { valid: true };
        if (settings.signatureType === "none") {
            return { valid: true };
        }
        if (!settings.signatureHeader) return { valid: true };
        const provided = this.getHeader(request.headers, settings.signatureHeader);
        if (provided === undefined) {
            return { valid: false, error: `${settings.signatureHeader} header is absent` };
        }
        const payload = this.getBodyString(request);
        switch (settings.signatureType) {
            case "hmac_sha256":
                return this.verifyHmacSha256(provided, payload, secret);
            case "hmac_sha1":
                return this.verifyHmacSha1(provided, payload, secret);
            case "bearer_token":
                return this.verifyBearerToken(provided, secret);
            case "timestamp_signature":
                return this.verifyTimestampSignature(request, payload, secret);
            default:
                return {
                    valid: false,
                    error: `cannot check "${settings.signatureType}" signatures`
                };
        }
    }

    extractEventType(request: WebhookRequestData): string | undefined {
        const header = this.webhookConfig?.eventHeader;
        return header ? this.getHeader(request.headers, header) : undefined;
    }

    /** Header lookup ignoring case; a repeated header yields its first value. */
    protected getHeader(headers: HeaderBag, name: string): string | undefined {
        const wanted = name.toLowerCase();
        const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === wanted);
        const value = key === undefined ? undefined : headers[key];
        return typeof value === "string" ? value : value?.[0];
    }

    protected getBodyString(request: WebhookRequestData): string {
        const raw = request.rawBody ?? request.body;
        return typeof raw === "string" ? raw : raw.toString("utf8");
    }

    protected timingSafeEqual(a: string, b: string): boolean {
        const left = Buffer.from(a);
        const right = Buffer.from(b);
        return left.length === right.length && crypto.timingSafeEqual(left, right);
    }

    protected verifyHmacSha256(
        signature: string,
        body: string,
        secret: string
    ): WebhookVerificationResult {
        return this.compareHexDigest("sha256", signature, body, secret);
    }

    protected verifyHmacSha1(
        signature: string,
        body: string,
        secret: string
    ): WebhookVerificationResult {
        return this.compareHexDigest("sha1", signature, body, secret);
    }

    protected verifyBearerToken(token: string, secret: string): WebhookVerificationResult {
        return { valid: this.timingSafeEqual(token.replace(/^Bearer /, ""), secret) };
    }

    /** The hook for timestamped schemes (Slack's v0, Stripe's t=...,v1=...). */
    protected verifyTimestampSignature(
        _request: WebhookRequestData,
        _body: string,
        _secret: string
    ): WebhookVerificationResult {
        return { valid: false, error: "this provider does not check timestamped signatures" };
    }

    /** `<algorithm>=` may prefix the hex digest (GitHub style); hex case does not matter. */
    private compareHexDigest(
        algorithm: "sha256" | "sha1",
        signature: string,
        body: string,
        secret: string
    ): WebhookVerificationResult {
        const hex = signature.startsWith(`${algorithm}=`)
            ? signature.slice(algorithm.length + 1)
            : signature;
        const expected = crypto.createHmac(algorithm, secret).update(body, "utf8").digest("hex");
        return { valid: this.timingSafeEqual(hex.toLowerCase(), expected) };
    }
}
