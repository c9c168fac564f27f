import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generateFiles, joinPathFragments, type Tree } from "@nx/devkit";
import {
    arrayLiteral,
    assignment,
    bracedList,
    call,
    objectLines,
    objectProperty
} from "../../../codegen/layout";
import { tsString, tsValue } from "../../../codegen/literals";
import { zodObjectProperty } from "../../../codegen/zod-expression";
import type { OperationModel, ProviderModel } from "../../../model/provider-model";
import { FlowmaestroError } from "../../../utils/errors";

/** Built-in templates: `provider/` is rendered once, `operation/` once per operation. */
export const BUILT_IN_TEMPLATES_DIR = path.join(__dirname, "..", "files");

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

/** Helpers and values every template can use (documented in the repository README, "Overriding templates"). */
function templateContext(model: ProviderModel, oauthCredentials: { id: string; secret: string }) {
    return {
        model,
        oauthCredentials,
        names: model.names,
        str: tsString,
        value: tsValue,
        sorted: (items: string[]) => [...items].sort(),
        bracedList,
        assignment,
        objectProperty,
        objectLines,
        arrayLiteral,
        call,
        zodObjectProperty,
        headers: clientHeaders(model),
        webhookConfig: webhookConfigEntries(model),
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
    const template = tsString(model.auth.headerTemplate);
    headers.push([
        model.auth.headerName,
        `${template}.split(${tsString("{{api_key}}")}).join(config.apiKey)`
    ]);
    return headers;
}

function webhookConfigEntries(model: ProviderModel): Array<[string, string]> {
    const webhooks = model.webhooks;
    if (!webhooks) return [];
    const entries: Array<[string, string | undefined]> = [
        ["setupType", "manual"],
        ["signatureType", webhooks.signatureType],
        ["signatureHeader", webhooks.signatureHeader],
        ["eventHeader", webhooks.eventHeader],
        ["timestampHeader", webhooks.timestampHeader]
    ];
    return entries.flatMap(([key, value]) => (value === undefined ? [] : [[key, tsString(value)]]));
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
    model: ProviderModel,
    providerDir: string,
    overrides: Map<string, string>,
    oauthCredentials = { id: "clientId", secret: "clientSecret" }
): void {
    const stage = fs.mkdtempSync(path.join(os.tmpdir(), "flowmaestro-templates-"));
    try {
        fs.cpSync(BUILT_IN_TEMPLATES_DIR, stage, { recursive: true });
        for (const [name, text] of overrides) {
            fs.writeFileSync(path.join(stage, name), text);
        }
        const context = templateContext(model, oauthCredentials);
        generateFiles(tree, path.join(stage, "provider"), providerDir, context);
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
}
