import * as ts from "typescript";
import { tsPropertyKey } from "../codegen/literals";
import { conventionalCallbackPath } from "../model/provider-model";
import type { RegistrationModel } from "../model/registration";
import {
    findConstInitializer,
    endPositionOf,
    findConstObjectLiteral,
    findDescendants,
    positionOf,
    unwrapExpression
} from "../utils/ast";
import { FlowmaestroError } from "../utils/errors";
import {
    BlockWriter,
    commentText,
    editHostFile,
    hostString,
    insertIntoList,
    mapEntries,
    memberIndentation,
    objectProperty,
    parseHostTypeScript,
    unexpectedShape,
    verifyTypeScript,
    textEdit
} from "./edit-support";
import type { Addition, HostFileEdit, HostFilePlanContext, MapEntryNode } from "./edit-support";
import { objectMembers, type ObjectMember } from "./literal-members";
import type { ConfigFileModel, OAuthConfigKeyFacts } from "./types";

/**
 * core/config/index.ts: `config.oauth.<key>` credentials, `callbackPaths` in getOAuthRedirectUri and
 * `providerMap` in getOAuthCredentials.
 */

interface MapNode {
    object: ts.ObjectLiteralExpression;
    entries: MapEntryNode[];
}

/** config/index.ts read for planning: the objects edits go into and what they hold. */
export interface ConfigSource {
    oauth: ts.ObjectLiteralExpression;
    oauthKeys: OAuthConfigKeyFacts[];
    callbackPaths: MapNode;
    callbackFallback: ConfigFileModel["callbackFallback"];
    providerMap: MapNode;
}

function functionNamed(
    sourceFile: ts.SourceFile,
    name: string
): ts.FunctionDeclaration | undefined {
    return sourceFile.statements.find(
        (statement): statement is ts.FunctionDeclaration =>
            ts.isFunctionDeclaration(statement) && statement.name?.text === name
    );
}

/** The value of `const <name> = ...` inside a function body (without `as`/`satisfies`). */
function localInitializer(
    fn: ts.FunctionDeclaration | undefined,
    name: string
): ts.Expression | undefined {
    if (!fn?.body) return undefined;
    for (const declaration of findDescendants(fn.body, ts.isVariableDeclaration)) {
        if (
            ts.isIdentifier(declaration.name) &&
            declaration.name.text === name &&
            declaration.initializer
        ) {
            return unwrapExpression(declaration.initializer);
        }
    }
    return undefined;
}

/**
 * The object literal of `const <name> = { ... }` inside a function; refused at the value (or the
 * function) when it is something else or missing.
 */
function localObject(
    fn: ts.FunctionDeclaration | undefined,
    name: string,
    fileName: string,
    expected: string
): ts.ObjectLiteralExpression {
    const value = localInitializer(fn, name);
    if (value && ts.isObjectLiteralExpression(value)) return value;
    throw unexpectedShape(fileName, expected, value ?? fn);
}

/** `process.env.X` read by a credential field. */
function envVarOf(expression: ts.Expression | undefined): string | undefined {
    if (!expression) return undefined;
    const node = unwrapExpression(expression);
    const reads = ts.isPropertyAccessExpression(node)
        ? [node]
        : findDescendants(node, ts.isPropertyAccessExpression);
    const read = reads.find(
        (access) =>
            ts.isPropertyAccessExpression(access.expression) &&
            access.expression.name.text === "env" &&
            ts.isIdentifier(access.expression.expression) &&
            access.expression.expression.text === "process"
    );
    return read?.name.text;
}

function oauthKeyFacts(member: ObjectMember, sourceFile: ts.SourceFile): OAuthConfigKeyFacts {
    const fields = new Map<string, ts.Expression>();
    if (member.value && ts.isObjectLiteralExpression(member.value)) {
        for (const field of objectMembers(member.value)) {
            if (field.value) fields.set(field.key, field.value);
        }
    }
    const credentialFields = fields.has("clientId")
        ? { id: "clientId", secret: "clientSecret" }
        : fields.has("appId")
          ? { id: "appId", secret: "appSecret" }
          : undefined;
    return {
        key: member.key,
        clientIdEnvVar: credentialFields && envVarOf(fields.get(credentialFields.id)),
        clientSecretEnvVar: credentialFields && envVarOf(fields.get(credentialFields.secret)),
        credentialFields,
        position: positionOf(member.node, sourceFile)
    };
}

/** Whether the function builds the conventional callback path from a provider: `/oauth/${x}/callback`. */
function hasProviderPathFallback(fn: ts.FunctionDeclaration | undefined): boolean {
    if (!fn?.body) return false;
    const [head, tail] = conventionalCallbackPath("\0").split("\0");
    return findDescendants(fn.body, ts.isTemplateExpression).some(
        (template) =>
            template.head.text === head &&
            template.templateSpans.length === 1 &&
            template.templateSpans[0].literal.text === tail
    );
}

export function readConfigFile(source: string, fileName: string): ConfigSource {
    const sourceFile = parseHostTypeScript(source, fileName);
    const config = findConstObjectLiteral(sourceFile, "config");
    const oauth = config && objectProperty(config, "oauth");
    if (!oauth) {
        throw unexpectedShape(
            fileName,
            "expected `export const config = { ..., oauth: { ... } }` with an object literal for oauth",
            findConstInitializer(sourceFile, "config")
        );
    }
    const redirectFunction = functionNamed(sourceFile, "getOAuthRedirectUri");
    const callbackPaths = localObject(
        redirectFunction,
        "callbackPaths",
        fileName,
        "expected `const callbackPaths: Record<string, string> = { ... }` (an object literal) in function getOAuthRedirectUri"
    );
    const providerMap = localObject(
        functionNamed(sourceFile, "getOAuthCredentials"),
        "providerMap",
        fileName,
        "expected `const providerMap: Record<string, keyof typeof config.oauth> = { ... }` (an object literal) in function getOAuthCredentials"
    );
    return {
        oauth,
        oauthKeys: objectMembers(oauth).map((member) => oauthKeyFacts(member, sourceFile)),
        callbackPaths: { object: callbackPaths, entries: mapEntries(callbackPaths, sourceFile) },
        callbackFallback: hasProviderPathFallback(redirectFunction) ? "provider-path" : "none",
        providerMap: { object: providerMap, entries: mapEntries(providerMap, sourceFile) }
    };
}

export function configFileModel(config: ConfigSource): ConfigFileModel {
    const facts = (map: MapNode) =>
        map.entries.map(({ node: _node, spread: _spread, ...entry }) => entry);
    return {
        oauthKeys: config.oauthKeys,
        callbackPaths: facts(config.callbackPaths),
        callbackFallback: config.callbackFallback,
        providerMap: facts(config.providerMap),
        ends: {
            oauth: endPositionOf(config.oauth),
            callbackPaths: endPositionOf(config.callbackPaths.object),
            providerMap: endPositionOf(config.providerMap.object)
        }
    };
}

export function parseConfigFile(source: string, fileName: string): ConfigFileModel {
    return configFileModel(readConfigFile(source, fileName));
}

/** Checks that `config.oauth.<key>` can serve this provider; false when it must be added. */
function oauthKeyPresent(
    config: ConfigSource,
    registration: RegistrationModel,
    fileName: string
): boolean {
    const app = registration.oauth!.app;
    const existing = config.oauthKeys.find((facts) => facts.key === app.configKey);
    if (app.shared) {
        if (!existing) {
            throw new FlowmaestroError(
                `${fileName}: config.oauth has no "${app.configKey}" key, the shared OAuth app "${registration.id}" should use (--oauthKey). Add the app's credentials first or choose an existing key (${config.oauthKeys.map((facts) => facts.key).join(", ")}); nothing was written.`
            );
        }
        return true;
    }
    if (!existing) return false;
    const mappedHere = config.providerMap.entries.some(
        (entry) => entry.key === registration.id && entry.value === app.configKey
    );
    if (mappedHere || existing.clientIdEnvVar === app.clientIdEnvVar) return true;
    const owners = config.providerMap.entries
        .filter((entry) => entry.value === app.configKey)
        .map((entry) => entry.key);
    throw new FlowmaestroError(
        `${fileName}:${existing.position.line}: config.oauth.${app.configKey} already exists for ${owners.length > 0 ? `provider ${owners.join(", ")}` : "another app"} (reads ${existing.clientIdEnvVar ?? "other variables"}); "${registration.id}" would need its own key reading ${app.clientIdEnvVar}. Ids that differ only in punctuation get the same key: rename the provider, or pass --oauthKey ${app.configKey} if it really shares that app. Nothing was written.`
    );
}

/** Adds `"<id>": "<value>"` to a map, after the last entry of its group when `groupValue` is given. */
function mapAddition(
    source: string,
    map: MapNode,
    mapName: string,
    registration: RegistrationModel,
    value: string,
    fileName: string,
    groupValue?: string
): Addition[] {
    const existing = map.entries.find((entry) => entry.key === registration.id);
    if (existing) {
        if (existing.value !== value) {
            throw new FlowmaestroError(
                `${fileName}:${existing.position.line}: ${mapName} already maps "${registration.id}" to ${JSON.stringify(existing.value)}, but its OAuth app needs ${JSON.stringify(value)}. Fix the entry (or pass the right --oauthKey); nothing was written.`
            );
        }
        return [];
    }
    // A family member joins its family's group: the first run of entries with the family's value.
    const inFamily = (entry: (typeof map.entries)[number] | undefined): boolean =>
        Boolean(groupValue) && entry?.value === groupValue && !entry?.spread;
    const group: typeof map.entries = [];
    for (
        let index = map.entries.findIndex(inFamily);
        index >= 0 && inFamily(map.entries[index]);
        index++
    ) {
        group.push(map.entries[index]);
    }
    const { indent, unit } = memberIndentation(source, map.object);
    const text = new BlockWriter(indent, unit)
        .property(0, tsPropertyKey(registration.id), hostString(value), "")
        .toString();
    return [
        insertIntoList(source, map.object, `${mapName} entry "${registration.id}"`, text, {
            after: group[group.length - 1]?.node
        })
    ];
}

function configAdditions(
    source: string,
    registration: RegistrationModel,
    fileName: string,
    read: typeof readConfigFile
): Addition[] {
    const oauth = registration.oauth;
    if (!oauth) return [];
    const app = oauth.app;
    const config = read(source, fileName);
    const additions: Addition[] = [];
    if (!oauthKeyPresent(config, registration, fileName)) {
        const { indent, unit } = memberIndentation(source, config.oauth);
        const text = new BlockWriter(indent, unit)
            .line(0, `// ${commentText(app.displayName)}`)
            .line(0, `${tsPropertyKey(app.configKey)}: {`)
            .property(1, "clientId", `process.env.${app.clientIdEnvVar} || ""`, ",")
            .property(1, "clientSecret", `process.env.${app.clientSecretEnvVar} || ""`, "")
            .line(0, "}")
            .toString();
        additions.push(
            insertIntoList(source, config.oauth, `config.oauth.${app.configKey}`, text, {
                blankLineBefore: true
            })
        );
    }
    const family = app.shared ? app : undefined;
    additions.push(
        ...mapAddition(
            source,
            config.callbackPaths,
            "callbackPaths",
            registration,
            app.callbackPath,
            fileName,
            family?.callbackPath
        ),
        ...mapAddition(
            source,
            config.providerMap,
            "providerMap",
            registration,
            app.configKey,
            fileName,
            family?.configKey
        )
    );
    return additions;
}

/** Adds the provider's OAuth config key, callback path and credentials mapping when missing. */
export function planConfigFile(
    source: string,
    registration: RegistrationModel,
    context: HostFilePlanContext<ConfigSource> = {}
): HostFileEdit {
    const fileName = context.fileName ?? "config/index.ts";
    return editHostFile(
        source,
        fileName,
        (lfSource) =>
            configAdditions(lfSource, registration, fileName, context.read ?? readConfigFile),
        verifyTypeScript(fileName)
    );
}

export const editConfigFile = textEdit(planConfigFile);
