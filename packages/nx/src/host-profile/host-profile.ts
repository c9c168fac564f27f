import * as path from "path";
import * as ts from "typescript";
import type { ResolvedPluginOptions } from "../config/plugin-options";
import { parseFixtureLoaderFile } from "../host-files/fixture-loader-file";
import type { FixtureLoaderFileModel } from "../host-files/types";
import {
    findDescendants,
    findProperty,
    parseTypeScript,
    propertyNameText,
    stringLiteralValue,
    unwrapExpression
} from "../utils/ast";
import { FlowmaestroError } from "../utils/errors";
import type { HostReader } from "./host-reader";
import {
    FLOWMAESTRO_IMPORT_ORDER,
    importOrderFromEslintConfig,
    type ImportOrderStyle
} from "./import-order";

/**
 * The facts about the host's own source that generated code depends on, read once per run with the
 * TypeScript parser (no type-check): which fields the core interfaces have, which error types an
 * OperationResult allows, where the JSON-schema helper lives, which webhook signatures the base
 * class verifies itself, whether the fixture system exists, and the import order the host lints
 * for. The generator, the registrar and the verifier use the same profile, so the seed-era layout
 * and the current one both get native code without a version switch.
 */
export interface HostProfile {
    /** Workspace module paths (no extension) generated code imports. */
    modules: {
        coreTypes: string;
        baseProvider: string;
        config: string;
        connection: string;
        /** `createServiceLogger`, when the host has it. */
        logging?: string;
    };
    /**
     * The host's base HTTP client (`BaseAPIClient`: a protected FetchClient with request
     * interceptors, retries, an overridable `handleError`) and the guard for its errors
     * (`isFetchError`), when the host has both; generated clients then extend it like the host's own.
     */
    baseApiClient?: { module: string; fetchErrorGuard: { module: string; name: string } };
    /** `toJSONSchema(zodSchema)`: the module that declares it, when the host has one. */
    jsonSchema?: { module: string; name: string };
    /** Field name -> optional, per core interface. */
    fields: {
        operationDefinition: FieldMap;
        oauthConfig: FieldMap;
        webhookConfig: FieldMap;
        providerCapabilities: FieldMap;
        mcpTool: FieldMap;
    };
    /** `OperationError["type"]`, e.g. validation | permission | not_found | rate_limit | server_error. */
    operationErrorTypes: string[];
    /** Signature types `BaseProvider.verifyWebhookSignature` checks itself. */
    baseVerifiedSignatures: string[];
    /**
     * Signature types the base class hands to an overridable method it does not implement itself
     * (`timestamp_signature` -> verifyTimestampSignature), with that method's parameter list.
     */
    signatureHooks: Record<string, { method: string; parameters: HookParameter[] }>;
    /** Present when the host has the sandbox fixture system. */
    fixtures?: {
        /** Module providers import `TestFixture` from (`backend/src/integrations/sandbox`). */
        module: string;
        /** The hard-coded provider list of the loader. */
        loaderFile: string;
        /**
         * Each provider's fixture module relative to its folder, where the loader imports it
         * (`fixtures.ts`, `__tests__/fixtures.ts`).
         */
        fixtureModule: string;
    };
    importOrder: ImportOrderStyle;
}

export type FieldMap = ReadonlyMap<string, { optional: boolean }>;

export interface HookParameter {
    name: string;
    type: string;
}

type ParsedFile = { file: string; sourceFile: ts.SourceFile };

/**
 * The host as one reading of the profile sees it: each file parsed once for that reading (the
 * core folder is scanned, then followed through its re-exports).
 */
interface ProfileReader extends HostReader {
    /** The file's syntax tree; the file must exist. */
    parse(workspacePath: string): ts.SourceFile;
}

function profileReader(reader: HostReader | ProfileReader): ProfileReader {
    if ("parse" in reader) return reader;
    const parsed = new Map<string, ts.SourceFile>();
    return {
        read: (file) => reader.read(file),
        children: (dir) => reader.children(dir),
        parse: (file) => {
            const known = parsed.get(file);
            if (known) return known;
            const sourceFile = parseTypeScript(reader.read(file)!, file);
            parsed.set(file, sourceFile);
            return sourceFile;
        }
    };
}

const MODULE_SUFFIXES = [".ts", "/index.ts"];

function moduleFile(reader: HostReader, module: string): string | undefined {
    return MODULE_SUFFIXES.map((suffix) => module + suffix).find(
        (file) => reader.read(file) !== undefined
    );
}

/** Top-level `.ts` files of a folder (no tests, no declarations), parsed. */
function parseFolder(reader: ProfileReader, dir: string): ParsedFile[] {
    return reader
        .children(dir)
        .filter((name) => name.endsWith(".ts") && !/\.(d|spec|test)\.ts$/.test(name))
        .sort()
        .flatMap((name) => {
            const file = `${dir}/${name}`;
            return reader.read(file) === undefined
                ? []
                : [{ file, sourceFile: reader.parse(file) }];
        });
}

function findDeclaration<T extends ts.Statement>(
    files: ParsedFile[],
    test: (statement: ts.Statement) => statement is T,
    name: string
): { file: string; node: T } | undefined {
    for (const { file, sourceFile } of files) {
        const node = sourceFile.statements.find(
            (statement): statement is T =>
                test(statement) &&
                (statement as unknown as { name?: ts.Identifier }).name?.text === name
        );
        if (node) return { file, node };
    }
    return undefined;
}

function typeMembers(files: ParsedFile[], name: string): ts.NodeArray<ts.TypeElement> | undefined {
    const found =
        findDeclaration(files, ts.isInterfaceDeclaration, name) ??
        findDeclaration(files, ts.isTypeAliasDeclaration, name);
    if (!found) return undefined;
    const node = found.node;
    if (ts.isInterfaceDeclaration(node)) return node.members;
    return ts.isTypeLiteralNode(node.type) ? node.type.members : undefined;
}

function fieldsOf(files: ParsedFile[], name: string, where: string): FieldMap {
    const members = typeMembers(files, name);
    if (!members) {
        throw new FlowmaestroError(
            `Cannot read the host's \`${name}\` type: no interface ${name} in ${where}/*.ts. Set the "coreDir" plugin option in nx.json to the folder of the core integration types. Nothing was written.`
        );
    }
    const fields = new Map<string, { optional: boolean }>();
    for (const member of members) {
        const key = member.name && propertyNameText(member.name);
        if (key && ts.isPropertySignature(member)) {
            fields.set(key, { optional: member.questionToken !== undefined });
        }
    }
    return fields;
}

/** The string literals of a union type, following type aliases declared in `files`. */
function stringLiteralUnion(
    files: ParsedFile[],
    type: ts.TypeNode | undefined,
    depth = 0
): string[] {
    if (!type || depth > 4) return [];
    const parts = ts.isUnionTypeNode(type) ? type.types : [type];
    return parts.flatMap((part) => {
        if (ts.isLiteralTypeNode(part) && ts.isStringLiteral(part.literal))
            return [part.literal.text];
        if (ts.isTypeReferenceNode(part) && ts.isIdentifier(part.typeName)) {
            const alias = findDeclaration(files, ts.isTypeAliasDeclaration, part.typeName.text);
            return alias ? stringLiteralUnion(files, alias.node.type, depth + 1) : [];
        }
        return [];
    });
}

function operationErrorTypes(files: ParsedFile[]): string[] {
    const member = typeMembers(files, "OperationError")?.find(
        (element) => element.name && propertyNameText(element.name) === "type"
    );
    return member && ts.isPropertySignature(member) ? stringLiteralUnion(files, member.type) : [];
}

/** `valid: false` in every object a method returns: the method never accepts a signature. */
function alwaysRejects(body: ts.Block): boolean {
    const returns = findDescendants(body, ts.isReturnStatement);
    return (
        returns.length > 0 &&
        returns.every((statement) => {
            const value = statement.expression && unwrapExpression(statement.expression);
            if (!value || !ts.isObjectLiteralExpression(value)) return false;
            return findProperty(value, "valid")?.initializer.kind === ts.SyntaxKind.FalseKeyword;
        })
    );
}

/**
 * Reads `BaseProvider.verifyWebhookSignature`: the `switch` on the signature type and the method
 * each case delegates to. A case whose method only ever returns `{ valid: false }` is a hook the
 * provider must override; the others the base class verifies itself.
 */
function readSignatureHandling(files: ParsedFile[]): {
    verified: string[];
    hooks: HostProfile["signatureHooks"];
} {
    const found = findDeclaration(files, ts.isClassDeclaration, "BaseProvider");
    const methods = new Map<string, ts.MethodDeclaration>();
    for (const member of found?.node.members ?? []) {
        if (ts.isMethodDeclaration(member))
            methods.set(propertyNameText(member.name) ?? "", member);
    }
    const verify = methods.get("verifyWebhookSignature");
    const verified: string[] = [];
    const hooks: HostProfile["signatureHooks"] = {};
    if (!verify?.body) return { verified, hooks };
    const sourceFile = verify.getSourceFile();
    // `if (config.signatureType === "none") return { valid: true }` before the switch.
    for (const statement of findDescendants(verify.body, ts.isIfStatement)) {
        const condition = statement.expression;
        if (
            ts.isBinaryExpression(condition) &&
            condition.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken &&
            /signatureType$/.test(condition.left.getText(sourceFile))
        ) {
            const literal = stringLiteralValue(condition.right);
            if (literal) verified.push(literal);
        }
    }
    for (const statement of findDescendants(verify.body, ts.isSwitchStatement)) {
        if (!/signatureType$/.test(statement.expression.getText(sourceFile))) continue;
        for (const clause of statement.caseBlock.clauses) {
            if (!ts.isCaseClause(clause)) continue;
            const type = stringLiteralValue(clause.expression);
            const returned = clause.statements.find(ts.isReturnStatement)?.expression;
            const call = returned && unwrapExpression(returned);
            if (!type || !call || !ts.isCallExpression(call)) continue;
            const callee = call.expression;
            const name =
                ts.isPropertyAccessExpression(callee) &&
                callee.expression.kind === ts.SyntaxKind.ThisKeyword
                    ? callee.name.text
                    : undefined;
            const method = name ? methods.get(name) : undefined;
            if (!name || !method?.body) continue;
            if (alwaysRejects(method.body)) {
                hooks[type] = {
                    method: name,
                    parameters: method.parameters.map((parameter) => ({
                        name: parameter.name.getText(sourceFile).replace(/^_+/, ""),
                        type: parameter.type?.getText(sourceFile) ?? "unknown"
                    }))
                };
            } else {
                verified.push(type);
            }
        }
    }
    return { verified: [...new Set(verified)], hooks };
}

function resolveRelative(fromFile: string, specifier: string): string {
    return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
}

function declaresExport(sourceFile: ts.SourceFile, name: string): boolean {
    return sourceFile.statements.some((statement) => {
        const exported = (ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : [])?.some(
            (modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword
        );
        if (!exported) return false;
        if (ts.isFunctionDeclaration(statement)) return statement.name?.text === name;
        if (ts.isVariableStatement(statement)) {
            return statement.declarationList.declarations.some(
                (declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === name
            );
        }
        return false;
    });
}

/**
 * Follows `export { name } from "..."` and `export * from "..."` from `module` to the module that
 * declares `name` (what providers import directly). Relative specifiers only; a few hops at most.
 */
function declaringModule(
    reader: ProfileReader,
    module: string,
    name: string,
    hops = 4
): string | undefined {
    const file = moduleFile(reader, module);
    if (!file || hops === 0) return undefined;
    const sourceFile = reader.parse(file);
    if (declaresExport(sourceFile, name)) return module;
    for (const statement of sourceFile.statements) {
        if (!ts.isExportDeclaration(statement) || statement.isTypeOnly) continue;
        const specifier = stringLiteralValue(statement.moduleSpecifier);
        if (!specifier?.startsWith(".")) continue;
        const clause = statement.exportClause;
        const reExports =
            !clause ||
            (ts.isNamedExports(clause) &&
                clause.elements.some((element) => element.name.text === name));
        if (!reExports) continue;
        const target = declaringModule(reader, resolveRelative(file, specifier), name, hops - 1);
        if (target) return target;
    }
    return undefined;
}

const JSON_SCHEMA_HELPER = "toJSONSchema";

function findJsonSchemaHelper(
    reader: ProfileReader,
    coreFiles: ParsedFile[],
    override: string | undefined
): HostProfile["jsonSchema"] {
    if (override) {
        const module = declaringModule(
            reader,
            override.replace(/(\/index)?\.ts$/, ""),
            JSON_SCHEMA_HELPER
        );
        if (!module) {
            throw new FlowmaestroError(
                `nx.json: plugin option "jsonSchemaModule" is ${override}, which does not export ${JSON_SCHEMA_HELPER}. Nothing was written.`
            );
        }
        return { module, name: JSON_SCHEMA_HELPER };
    }
    for (const { file } of coreFiles) {
        const module = declaringModule(reader, file.replace(/\.ts$/, ""), JSON_SCHEMA_HELPER);
        if (module) return { module, name: JSON_SCHEMA_HELPER };
    }
    return undefined;
}

const BASE_API_CLIENT = "BaseAPIClient";
const FETCH_ERROR_GUARD = "isFetchError";

/**
 * `BaseAPIClient` in the core folder, when it offers what a generated client uses: `request(config)`,
 * a protected `client` (for `addRequestInterceptor`), `handleError`, and an import of `isFetchError`.
 */
function findBaseApiClient(coreFiles: ParsedFile[]): HostProfile["baseApiClient"] {
    const found = findDeclaration(coreFiles, ts.isClassDeclaration, BASE_API_CLIENT);
    if (!found) return undefined;
    const members = new Set(
        found.node.members.flatMap((member) => (member.name ? [propertyNameText(member.name)] : []))
    );
    if (!["request", "client", "handleError"].every((name) => members.has(name))) return undefined;
    const sourceFile = found.node.getSourceFile();
    const guardImport = sourceFile.statements.find(
        (statement): statement is ts.ImportDeclaration =>
            ts.isImportDeclaration(statement) &&
            statement.importClause?.namedBindings !== undefined &&
            ts.isNamedImports(statement.importClause.namedBindings) &&
            statement.importClause.namedBindings.elements.some(
                (element) => element.name.text === FETCH_ERROR_GUARD
            )
    );
    const specifier = guardImport && stringLiteralValue(guardImport.moduleSpecifier);
    if (!specifier?.startsWith(".")) return undefined;
    return {
        module: found.file.replace(/\.ts$/, ""),
        fetchErrorGuard: { module: resolveRelative(found.file, specifier), name: FETCH_ERROR_GUARD }
    };
}

/** The TestFixture declaration and the loader's text, when the host has the fixture system. */
function fixtureSystemSources(reader: HostReader, options: ResolvedPluginOptions) {
    const declared = findDeclaration(
        parseFolder(profileReader(reader), options.fixturesDir),
        ts.isInterfaceDeclaration,
        "TestFixture"
    );
    const loader = reader.read(options.fixtureLoaderFile);
    return declared && loader !== undefined ? { declared, loader } : undefined;
}

/**
 * The fixture loader's path, when the host has the fixture system: for readers that parse the
 * loader themselves and report what is wrong with it instead of failing.
 */
export function findFixtureLoader(
    reader: HostReader,
    options: ResolvedPluginOptions
): string | undefined {
    return fixtureSystemSources(reader, options) && options.fixtureLoaderFile;
}

/**
 * The fixture system, when the host has one (the TestFixture type, the loader, and where the
 * loader imports each provider's fixture module from). A run that already models the loader
 * (HostSession) passes its model so the loader is not parsed again.
 */
export function findFixtureSystem(
    reader: HostReader,
    options: ResolvedPluginOptions,
    loaderModel: (text: string) => FixtureLoaderFileModel = (text) =>
        parseFixtureLoaderFile(text, options.fixtureLoaderFile)
): HostProfile["fixtures"] {
    const sources = fixtureSystemSources(reader, options);
    if (!sources) return undefined;
    // Providers import the folder (`../../sandbox`) when its index re-exports the type.
    const index = `${options.fixturesDir}/index.ts`;
    const indexText = reader.read(index);
    const viaIndex =
        indexText !== undefined &&
        /\bTestFixture\b|export\s+\*\s+from\s+["']\.\/types["']/.test(indexText);
    return {
        module: viaIndex ? options.fixturesDir : sources.declared.file.replace(/\.ts$/, ""),
        loaderFile: options.fixtureLoaderFile,
        fixtureModule: loaderModel(sources.loader).fixtureModule
    };
}

const ESLINT_CONFIG_NAMES = [".eslintrc.json", ".eslintrc"];

/** The nearest ESLint config above the providers folder that sets `import/order`. */
function findImportOrder(reader: HostReader, providersDir: string): ImportOrderStyle {
    let dir = providersDir;
    for (;;) {
        for (const name of ESLINT_CONFIG_NAMES) {
            const file = dir === "." ? name : `${dir}/${name}`;
            const text = reader.read(file);
            if (text === undefined) continue;
            const { config } = ts.parseConfigFileTextToJson(file, text);
            const style = importOrderFromEslintConfig(config, file);
            if (style) return style;
        }
        if (dir === ".") return FLOWMAESTRO_IMPORT_ORDER;
        const parent = path.posix.dirname(dir);
        dir = parent === dir ? "." : parent;
    }
}

/** Reads the host profile. Fails with a clear message only where generated code cannot be built. */
export function readHostProfile(host: HostReader, options: ResolvedPluginOptions): HostProfile {
    const reader = profileReader(host);
    const coreFiles = parseFolder(reader, options.coreDir);
    if (coreFiles.length === 0) {
        throw new FlowmaestroError(
            `Cannot read the host's core integration types: ${options.coreDir} has no TypeScript files. Set the "coreDir" plugin option in nx.json. Nothing was written.`
        );
    }
    const backendSrc = path.posix.dirname(path.posix.dirname(options.coreDir));
    const logging = `${backendSrc}/core/logging`;
    const loggingFile = moduleFile(reader, logging);
    const signatures = readSignatureHandling(coreFiles);
    return {
        modules: {
            coreTypes: `${options.coreDir}/types`,
            baseProvider: `${options.coreDir}/BaseProvider`,
            config: options.configFile.replace(/(\/index)?\.ts$/, ""),
            connection: `${backendSrc}/storage/models/Connection`,
            logging:
                loggingFile && /\bcreateServiceLogger\b/.test(reader.read(loggingFile)!)
                    ? logging
                    : undefined
        },
        baseApiClient: findBaseApiClient(coreFiles),
        jsonSchema: findJsonSchemaHelper(reader, coreFiles, options.jsonSchemaModule),
        fields: {
            operationDefinition: fieldsOf(coreFiles, "OperationDefinition", options.coreDir),
            oauthConfig: fieldsOf(coreFiles, "OAuthConfig", options.coreDir),
            webhookConfig: fieldsOf(coreFiles, "WebhookConfig", options.coreDir),
            providerCapabilities: fieldsOf(coreFiles, "ProviderCapabilities", options.coreDir),
            mcpTool: fieldsOf(coreFiles, "MCPTool", options.coreDir)
        },
        operationErrorTypes: operationErrorTypes(coreFiles),
        baseVerifiedSignatures: signatures.verified,
        signatureHooks: signatures.hooks,
        fixtures: findFixtureSystem(reader, options),
        importOrder: findImportOrder(reader, options.providersDir)
    };
}

/** The profile as a few readable lines (`--verbose` and dry runs print it). */
export function describeHostProfile(profile: HostProfile): string {
    const fields = (map: FieldMap) =>
        [...map].map(([name, { optional }]) => (optional ? `${name}?` : name)).join(", ");
    const hooks = Object.entries(profile.signatureHooks)
        .map(([type, hook]) => `${type} -> ${hook.method}()`)
        .join(", ");
    return [
        "Host profile (read from the workspace's own source):",
        `  base HTTP client:        ${profile.baseApiClient ? `BaseAPIClient from ${profile.baseApiClient.module}` : "none (generated clients call fetch)"}`,
        `  JSON schema helper:      ${profile.jsonSchema ? `${profile.jsonSchema.name} from ${profile.jsonSchema.module}` : "none"}`,
        `  OperationDefinition:     ${fields(profile.fields.operationDefinition)}`,
        `  OAuthConfig:             ${fields(profile.fields.oauthConfig)}`,
        `  WebhookConfig:           ${fields(profile.fields.webhookConfig)}`,
        `  OperationError types:    ${profile.operationErrorTypes.join(", ")}`,
        `  base class verifies:     ${profile.baseVerifiedSignatures.join(", ") || "nothing"}`,
        `  provider must verify:    ${hooks || "nothing"}`,
        `  fixture system:          ${profile.fixtures ? `TestFixture from ${profile.fixtures.module}, loader ${profile.fixtures.loaderFile}, <provider>/${profile.fixtures.fixtureModule}` : "none"}`,
        `  logger:                  ${profile.modules.logging ? `createServiceLogger from ${profile.modules.logging}` : "none"}`,
        `  import order:            ${profile.importOrder.source}`
    ].join("\n");
}
