import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generateFiles, joinPathFragments, type Tree } from "@nx/devkit";
import { buildFixtures } from "../../../codegen/fixtures";
import {
    arrayLiteral,
    assignment,
    bracedList,
    call,
    literalBlock,
    objectLines,
    objectProperty
} from "../../../codegen/layout";
import { tsString, tsValue } from "../../../codegen/literals";
import { zodObjectProperty } from "../../../codegen/zod-expression";
import type { FieldMap, HostProfile } from "../../../host-profile/host-profile";
import { renderImports, type ImportSpec } from "../../../host-profile/import-order";
import { commentText } from "../../../host-files/edit-support";
import type { OperationModel, ProviderModel } from "../../../model/provider-model";
import { parameterLocation } from "../../../model/provider-spec";
import { FlowmaestroError } from "../../../utils/errors";

/**
 * Built-in templates: `provider/` is rendered once, `operation/` once per operation, `fixtures/`
 * once where the host has the fixture system.
 */
export const BUILT_IN_TEMPLATES_DIR = path.join(__dirname, "..", "files");
/** What `fixtures/fixtures.ts.template` renders, before it moves to the host's fixture module path. */
const FIXTURES_TEMPLATE_OUTPUT = "fixtures.ts";

function listFiles(dir: string, prefix = ""): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
        return entry.isDirectory() ? listFiles(path.join(dir, entry.name), relative) : [relative];
    });
}

/** Relative paths of the built-in templates, which are also the names a workspace may override. */
export function builtInTemplateNames(): string[] {
    return listFiles(BUILT_IN_TEMPLATES_DIR).sort();
}

function listTreeFiles(tree: Tree, dir: string): string[] {
    return tree.children(dir).flatMap((child) => {
        const full = joinPathFragments(dir, child);
        return tree.isFile(full) ? [full] : listTreeFiles(tree, full);
    });
}

/**
 * The workspace's template overrides (relative name -> template text). Checked before anything
 * is written: a misspelt name would otherwise be ignored without a word.
 */
export function readTemplateOverrides(
    tree: Tree,
    templatesDir: string | undefined
): Map<string, string> {
    const overrides = new Map<string, string>();
    if (!templatesDir) return overrides;
    if (!tree.exists(templatesDir) || tree.isFile(templatesDir)) {
        throw new FlowmaestroError(
            `nx.json: plugin option "templatesDir" points to ${templatesDir}, which is not a folder in the workspace.`
        );
    }
    const known = new Set(builtInTemplateNames());
    for (const file of listTreeFiles(tree, templatesDir)) {
        const name = path.posix.relative(templatesDir, file);
        if (!name.endsWith(".template")) continue;
        if (!known.has(name)) {
            throw FlowmaestroError.fromProblems(
                `${file} does not override any built-in template of integration-provider. Overridable templates (relative to ${templatesDir}):`,
                [...known]
            );
        }
        overrides.set(name, tree.read(file, "utf-8") ?? "");
    }
    return overrides;
}

/** What the generator renders into: the model, the host it renders for, and where. */
export interface RenderInput {
    model: ProviderModel;
    profile: HostProfile;
    /** Workspace-relative provider folder. */
    providerDir: string;
    /** Credential field names under `config.oauth.<key>` (`clientId`/`clientSecret`, or Meta's `appId`/`appSecret`). */
    oauthCredentials: { id: string; secret: string };
}

/** Default webhook timestamp tolerance (seconds) when the spec sets none. */
export const DEFAULT_TIMESTAMP_MAX_AGE = 300;

/** Error types the templates want, and what each becomes where the host's OperationError lacks it. */
const ERROR_TYPE_FALLBACKS: Record<string, string[]> = {
    network: ["server_error"],
    rate_limit: ["server_error"],
    permission: ["validation"],
    not_found: ["validation"]
};

/** The host's error type for `wanted` (a string literal), following the fallbacks above. */
export function hostErrorType(profile: HostProfile, wanted: string): string {
    const candidates = [
        wanted,
        ...(ERROR_TYPE_FALLBACKS[wanted] ?? []),
        "server_error",
        "validation"
    ];
    const found = candidates.find((type) => profile.operationErrorTypes.includes(type));
    return tsString(found ?? profile.operationErrorTypes[0] ?? wanted);
}

/** The provider's own timestamp-signature check, when the host's base class leaves it to providers. */
export function webhookSignatureOverride(model: ProviderModel, profile: HostProfile) {
    const webhooks = model.webhooks;
    if (!webhooks) return undefined;
    const hook = profile.signatureHooks[webhooks.signatureType];
    if (!hook || webhooks.signatureType !== "timestamp_signature") return undefined;
    const [request, body, secret] = hook.parameters;
    return {
        type: webhooks.signatureType,
        method: hook.method,
        parameters: hook.parameters,
        request: request.name,
        body: body.name,
        secret: secret.name,
        signatureHeader: webhooks.signatureHeader!,
        timestampHeader: webhooks.timestampHeader,
        inSignatureHeader:
            !webhooks.timestampHeader ||
            webhooks.timestampHeader.toLowerCase() === webhooks.signatureHeader!.toLowerCase(),
        maxAge: webhooks.timestampMaxAge ?? DEFAULT_TIMESTAMP_MAX_AGE
    };
}

function fieldCheck(fields: FieldMap) {
    return (name: string) => fields.has(name);
}

/** `import ... from` specifier from a provider file to a workspace module. */
function moduleFrom(providerDir: string) {
    return (file: string, module: string) => {
        const relative = path.posix.relative(path.posix.dirname(`${providerDir}/${file}`), module);
        return relative.startsWith(".") ? relative : `./${relative}`;
    };
}

/** Helpers and values every template can use (documented in docs/templates.md). */
function templateContext({ model, profile, providerDir, oauthCredentials }: RenderInput) {
    return {
        model,
        profile,
        oauthCredentials,
        names: model.names,
        str: tsString,
        value: tsValue,
        literal: literalBlock,
        commentText,
        sorted: (items: string[]) => [...items].sort(),
        imports: (specs: Array<ImportSpec | undefined>) =>
            renderImports(
                specs.filter((spec): spec is ImportSpec => spec !== undefined),
                profile.importOrder
            ),
        moduleFrom: moduleFrom(providerDir),
        has: {
            operationField: fieldCheck(profile.fields.operationDefinition),
            oauthConfigField: fieldCheck(profile.fields.oauthConfig),
            webhookConfigField: fieldCheck(profile.fields.webhookConfig),
            capabilitiesField: fieldCheck(profile.fields.providerCapabilities),
            mcpToolField: fieldCheck(profile.fields.mcpTool)
        },
        errorType: (wanted: string) => hostErrorType(profile, wanted),
        parameterPlacement,
        bracedList,
        assignment,
        objectProperty,
        objectLines,
        arrayLiteral,
        call,
        zodObjectProperty,
        headers: clientHeaders(model),
        webhookConfig: webhookConfigEntries(model, profile),
        webhookSignature: webhookSignatureOverride(model, profile),
        fixtures: profile.fixtures ? buildFixtures(model, profile.operationErrorTypes) : [],
        // File-name segments: __providerClass__ and friends.
        providerClass: model.names.providerClass,
        clientClass: model.names.clientClass,
        mcpAdapterClass: model.names.mcpAdapterClass
    };
}

/** Headers the client sends: JSON, the spec's additional headers, then the auth header. */
function clientHeaders(model: ProviderModel): Array<[string, string]> {
    const headers: Array<[string, string]> = [["Content-Type", tsString("application/json")]];
    if (model.auth.type === "oauth2") {
        headers.push(["Authorization", "`Bearer ${config.accessToken}`"]);
        return headers;
    }
    for (const [name, value] of Object.entries(model.auth.additionalHeaders ?? {})) {
        const index = headers.findIndex(
            ([existing]) => existing.toLowerCase() === name.toLowerCase()
        );
        if (index >= 0) headers.splice(index, 1);
        headers.push([name, tsString(value)]);
    }
    // A key sent in the query string is added to each request's URL instead.
    if (model.auth.in === "query") return headers;
    const template = tsString(model.auth.headerTemplate);
    headers.push([
        model.auth.headerName,
        `${template}.split(${tsString("{{api_key}}")}).join(config.apiKey)`
    ]);
    return headers;
}

/** `setWebhookConfig({...})` entries, limited to the fields the host's WebhookConfig has. */
function webhookConfigEntries(model: ProviderModel, profile: HostProfile): Array<[string, string]> {
    const webhooks = model.webhooks;
    if (!webhooks) return [];
    const timestamped = webhooks.signatureType === "timestamp_signature";
    const entries: Array<[string, string | undefined]> = [
        ["setupType", tsString("manual")],
        ["signatureType", tsString(webhooks.signatureType)],
        ["signatureHeader", webhooks.signatureHeader && tsString(webhooks.signatureHeader)],
        ["eventHeader", webhooks.eventHeader && tsString(webhooks.eventHeader)],
        [
            "timestampHeader",
            timestamped && webhooks.timestampHeader ? tsString(webhooks.timestampHeader) : undefined
        ],
        [
            "timestampMaxAge",
            !timestamped
                ? undefined
                : webhookSignatureOverride(model, profile)
                  ? "WEBHOOK_TIMESTAMP_MAX_AGE_SECONDS"
                  : String(webhooks.timestampMaxAge ?? DEFAULT_TIMESTAMP_MAX_AGE)
        ]
    ];
    return entries.flatMap(([key, value]) =>
        value === undefined || !profile.fields.webhookConfig.has(key) ? [] : [[key, value]]
    );
}

/**
 * `[name, location, wireName]` for the parameters of an operation that say where they travel (`in`)
 * or under which name (`wireName`); empty when none does, and the client's defaults apply.
 */
export function parameterPlacement(
    operation: OperationModel
): Array<[string, "query" | "body", string]> {
    if (!operation.parameters.some((parameter) => parameter.in || parameter.wireName)) return [];
    return operation.parameters.flatMap((parameter) => {
        const location = parameterLocation(parameter, operation.method, operation.pathParameters);
        return location === "path" || location === undefined
            ? []
            : [[parameter.name, location, parameter.wireName ?? parameter.name]];
    });
}

/** Path parameters are always sent, so they are required whatever the spec says. */
function operationParameters(operation: OperationModel) {
    return operation.parameters.map((parameter) =>
        operation.pathParameters.includes(parameter.name) && parameter.default === undefined
            ? { ...parameter, required: true }
            : parameter
    );
}

/**
 * Renders the provider folder into the tree. Templates are staged in a temporary folder, built-in
 * ones with the workspace's overrides laid over them, because generateFiles reads from disk.
 */
export function renderProviderFiles(
    tree: Tree,
    input: RenderInput,
    overrides: Map<string, string>
): string[] {
    const { model, providerDir } = input;
    const { fixtures } = input.profile;
    const stage = fs.mkdtempSync(path.join(os.tmpdir(), "flowmaestro-templates-"));
    try {
        fs.cpSync(BUILT_IN_TEMPLATES_DIR, stage, { recursive: true });
        for (const [name, text] of overrides) {
            fs.writeFileSync(path.join(stage, name), text);
        }
        const context = templateContext(input);
        generateFiles(tree, path.join(stage, "provider"), providerDir, context);
        if (fixtures) {
            generateFiles(tree, path.join(stage, "fixtures"), providerDir, context);
            // The template renders fixtures.ts; the module goes where the host's loader imports it.
            if (fixtures.fixtureModule !== FIXTURES_TEMPLATE_OUTPUT) {
                tree.rename(
                    `${providerDir}/${FIXTURES_TEMPLATE_OUTPUT}`,
                    `${providerDir}/${fixtures.fixtureModule}`
                );
            }
        }
        for (const operation of model.operations) {
            generateFiles(tree, path.join(stage, "operation"), `${providerDir}/operations`, {
                ...context,
                operationId: operation.id,
                op: operation,
                parameters: operationParameters(operation)
            });
        }
    } finally {
        fs.rmSync(stage, { recursive: true, force: true });
    }
    const { names } = model;
    return [
        `${names.providerClass}.ts`,
        `client/${names.clientClass}.ts`,
        `mcp/${names.mcpAdapterClass}.ts`,
        "operations/index.ts",
        ...model.operations.map((operation) => `operations/${operation.id}.ts`),
        ...(fixtures ? [fixtures.fixtureModule] : [])
    ];
}
