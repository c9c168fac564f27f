import * as ts from "typescript";
import { tsPropertyKey } from "../codegen/literals";
import type { RegistrationModel } from "../model/registration";
import {
    findConstInitializer,
    endPositionOf,
    findConstObjectLiteral,
    findProperty,
    literalValue,
    positionOf,
    stringLiteralValue,
    unwrapExpression
} from "../utils/ast";
import { oauthConfigKey } from "../provider-source/provider-class";
import { FlowmaestroError } from "../utils/errors";
import {
    BlockWriter,
    editHostFile,
    hostString,
    insertIntoList,
    memberIndentation,
    parseHostTypeScript,
    unexpectedShape,
    verifyTypeScript,
    textEdit
} from "./edit-support";
import type { Addition, HostFileEdit, HostFilePlanContext } from "./edit-support";
import { objectMembers, type ObjectMember } from "./literal-members";
import type { OAuthRegistryEntryFacts, OAuthRegistryFileModel } from "./types";

/** OAuthProviderRegistry.ts: `export const OAUTH_PROVIDERS: Record<string, OAuthProvider> = {...}`. */

const OBJECT_NAME = "OAUTH_PROVIDERS";

/** OAuthProviderRegistry.ts read for planning: OAUTH_PROVIDERS and its entries. */
export interface OAuthRegistrySource {
    sourceFile: ts.SourceFile;
    object: ts.ObjectLiteralExpression;
    entries: OAuthRegistryEntryFacts[];
    /** Local name of the imported `config` (`config`, or an alias). */
    configName: string;
}

/**
 * What an OAUTH_PROVIDERS member says. Its key is what the OAuth service looks up; a value that is
 * not an object literal (`zeta: makeZetaProvider()`) still holds the key, with no other facts.
 */
function entryFacts(member: ObjectMember, sourceFile: ts.SourceFile): OAuthRegistryEntryFacts {
    const position = positionOf(member.node, sourceFile);
    const value = member.value;
    if (!value || !ts.isObjectLiteralExpression(value)) return { key: member.key, position };
    const text = (name: string) => stringLiteralValue(findProperty(value, name)?.initializer);
    const scopes = findProperty(value, "scopes");
    const redirect = findProperty(value, "redirectUri")?.initializer;
    const clientId = findProperty(value, "clientId")?.initializer;
    const redirectCall = redirect && unwrapExpression(redirect);
    const urlPosition = (name: string) => {
        const url = findProperty(value, name);
        return url && positionOf(url.initializer, sourceFile);
    };
    return {
        key: member.key,
        name: text("name"),
        displayName: text("displayName"),
        authUrl: text("authUrl"),
        tokenUrl: text("tokenUrl"),
        scopes: scopes ? (literalValue(scopes.initializer) as string[] | undefined) : undefined,
        configKey: clientId && oauthConfigKey(clientId),
        redirectProvider:
            redirectCall && ts.isCallExpression(redirectCall)
                ? stringLiteralValue(redirectCall.arguments[0])
                : undefined,
        position,
        authUrlPosition: urlPosition("authUrl"),
        tokenUrlPosition: urlPosition("tokenUrl")
    };
}

function importedConfigName(sourceFile: ts.SourceFile): string {
    for (const statement of sourceFile.statements) {
        const bindings = ts.isImportDeclaration(statement)
            ? statement.importClause?.namedBindings
            : undefined;
        if (!bindings || !ts.isNamedImports(bindings)) continue;
        const element = bindings.elements.find(
            (candidate) => (candidate.propertyName ?? candidate.name).text === "config"
        );
        if (element) return element.name.text;
    }
    return "config";
}

export function readOAuthRegistryFile(source: string, fileName: string): OAuthRegistrySource {
    const sourceFile = parseHostTypeScript(source, fileName);
    const object = findConstObjectLiteral(sourceFile, OBJECT_NAME);
    if (!object) {
        throw unexpectedShape(
            fileName,
            `expected \`export const ${OBJECT_NAME}: Record<string, OAuthProvider> = { ... }\` (an object literal)`,
            findConstInitializer(sourceFile, OBJECT_NAME)
        );
    }
    const entries = objectMembers(object).map((member) => entryFacts(member, sourceFile));
    return { sourceFile, object, entries, configName: importedConfigName(sourceFile) };
}

export function oauthRegistryFileModel(registry: OAuthRegistrySource): OAuthRegistryFileModel {
    return { entries: registry.entries, newEntryPosition: endPositionOf(registry.object) };
}

export function parseOAuthRegistryFile(source: string, fileName: string): OAuthRegistryFileModel {
    return oauthRegistryFileModel(readOAuthRegistryFile(source, fileName));
}

export interface OAuthRegistryEditContext extends HostFilePlanContext<OAuthRegistrySource> {
    /** Field names of the app's credentials in `config.oauth.<key>` (a Meta-style app has appId). */
    credentialFields?: { id: string; secret: string };
}

/** A small `getUserInfo` that reads the common id/email/name fields of a JSON user endpoint. */
function writeGetUserInfo(writer: BlockWriter, userInfoUrl: string): void {
    const url = hostString(userInfoUrl);
    writer.line(1, "getUserInfo: async (accessToken) => {");
    if (writer.fits(2, `const response = await fetch(${url}, {`)) {
        writer
            .line(2, `const response = await fetch(${url}, {`)
            .line(3, "headers: { Authorization: `Bearer ${accessToken}` }")
            .line(2, "});");
    } else {
        writer
            .line(2, "const response = await fetch(")
            .line(3, `${url},`)
            .line(3, "{")
            .line(4, "headers: { Authorization: `Bearer ${accessToken}` }")
            .line(3, "}")
            .line(2, ");");
    }
    writer
        .line(2, "if (!response.ok) {")
        .line(3, "throw new Error(`User info request failed: HTTP ${response.status}`);")
        .line(2, "}")
        .line(2, "const data = (await response.json()) as Record<string, unknown>;")
        .line(2, "return {")
        .line(3, "userId: data.id === undefined ? undefined : String(data.id),")
        .line(3, 'email: typeof data.email === "string" ? data.email : undefined,')
        .line(3, 'name: typeof data.name === "string" ? data.name : undefined')
        .line(2, "};")
        .line(1, "},");
}

function oauthRegistryAdditions(
    source: string,
    registration: RegistrationModel,
    fileName: string,
    credentialFields: { id: string; secret: string },
    read: typeof readOAuthRegistryFile
): Addition[] {
    const oauth = registration.oauth;
    if (!oauth) return [];
    const registry = read(source, fileName);
    const existing = registry.entries.find((entry) => entry.key === registration.id);
    if (existing) {
        if (
            existing.displayName !== undefined &&
            existing.displayName !== registration.displayName
        ) {
            throw new FlowmaestroError(
                `${fileName}:${existing.position.line}: ${OBJECT_NAME} already has "${registration.id}" with displayName ${JSON.stringify(existing.displayName)}, but the provider says ${JSON.stringify(registration.displayName)}. Fix one of them; nothing was written.`
            );
        }
        return [];
    }
    const { indent, unit } = memberIndentation(source, registry.object);
    const credentials = `${registry.configName}.oauth.${oauth.app.configKey}`;
    const writer = new BlockWriter(indent, unit)
        .line(0, `${tsPropertyKey(registration.id)}: {`)
        .property(1, "name", hostString(registration.id), ",")
        .property(1, "displayName", hostString(registration.displayName), ",")
        .property(1, "authUrl", hostString(oauth.authUrl), ",")
        .property(1, "tokenUrl", hostString(oauth.tokenUrl), ",")
        .stringArray(1, "scopes", oauth.scopes, ",");
    const authParams = Object.entries(oauth.authParams ?? {});
    if (authParams.length > 0) {
        writer.line(1, "authParams: {");
        authParams.forEach(([key, value], index) =>
            writer.property(
                2,
                tsPropertyKey(key),
                hostString(value),
                index < authParams.length - 1 ? "," : ""
            )
        );
        writer.line(1, "},");
    }
    writer
        .property(1, "clientId", `${credentials}.${credentialFields.id}`, ",")
        .property(1, "clientSecret", `${credentials}.${credentialFields.secret}`, ",")
        .line(1, `redirectUri: getOAuthRedirectUri(${hostString(registration.id)}),`);
    if (oauth.userInfoUrl) writeGetUserInfo(writer, oauth.userInfoUrl);
    const text = writer
        .line(1, `refreshable: ${oauth.refreshable},`)
        .line(1, `pkceEnabled: ${oauth.pkce}`)
        .line(0, "}")
        .toString();
    return [
        insertIntoList(source, registry.object, `${OBJECT_NAME} entry "${registration.id}"`, text, {
            blankLineBefore: true
        })
    ];
}

/** Adds the provider's OAUTH_PROVIDERS entry when missing (oauth2 providers only). */
export function planOAuthRegistryFile(
    source: string,
    registration: RegistrationModel,
    context: OAuthRegistryEditContext = {}
): HostFileEdit {
    const fileName = context.fileName ?? "OAuthProviderRegistry.ts";
    return editHostFile(
        source,
        fileName,
        (lfSource) =>
            oauthRegistryAdditions(
                lfSource,
                registration,
                fileName,
                context.credentialFields ?? { id: "clientId", secret: "clientSecret" },
                context.read ?? readOAuthRegistryFile
            ),
        verifyTypeScript(fileName)
    );
}

export const editOAuthRegistryFile = textEdit(planOAuthRegistryFile);
