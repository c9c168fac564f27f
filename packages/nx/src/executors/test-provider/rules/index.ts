import type { RuntimeRule } from "../rule";
import { connectionFields } from "./connection-fields";
import { fixtureInputParses } from "./fixture-input-parses";
import { fixtureNoSecrets } from "./fixture-no-secrets";
import { fixtureOperationRegistered } from "./fixture-operation-registered";
import { fixtureUnambiguous } from "./fixture-unambiguous";
import { mcpReachesOperation } from "./mcp-reaches-operation";
import { providerLoads } from "./provider-loads";
import { requestHost } from "./request-host";
import { requestIdentifiers } from "./request-identifiers";
import { requestSent } from "./request-sent";
import { requestUrl } from "./request-url";
import { validatesInput } from "./validates-input";
import { webhookEventType } from "./webhook-event-type";
import { webhookSignature } from "./webhook-signature";

/** The runtime rules, in the order a provider is exercised: load, fixtures, connection, requests, validation, MCP, webhooks. */
export const RUNTIME_RULES: readonly RuntimeRule[] = [
    providerLoads,
    fixtureOperationRegistered,
    fixtureInputParses,
    fixtureUnambiguous,
    fixtureNoSecrets,
    connectionFields,
    requestSent,
    requestUrl,
    requestHost,
    requestIdentifiers,
    validatesInput,
    mcpReachesOperation,
    webhookSignature,
    webhookEventType
];
