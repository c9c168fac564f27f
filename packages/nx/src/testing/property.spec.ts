import * as fs from "fs";
import fc from "fast-check";
import * as ts from "typescript";
import { parse as parseYaml } from "yaml";
import { logger } from "@nx/devkit";
import { FsTree } from "@nx/devkit/internal";
import { DEFAULT_PLUGIN_OPTIONS as OPTIONS, providerDir } from "../config/plugin-options";
import { verifyProviders } from "../executors/verify-provider/verify";
import { integrationProviderGenerator } from "../generators/integration-provider/generator";
import { registerProviderGenerator } from "../generators/register-provider/generator";
import { registerUnderLock } from "./register-under-lock";
import { buildProviderModel, type ProviderModel } from "../model/provider-model";
import { parseProviderSpec, type ProviderSpecInput } from "../model/provider-spec";
import { registrationFromModel } from "../model/registration";
import { copySandbox, typeCheckSandbox, writeTreeChanges } from "./sandbox-copy";
import { providerSpecArbitrary } from "./spec-arbitrary";

/**
 * Issue 7's property test: many random valid specs, hostile text in every free-text field, all
 * generated AND registered into one copy of the sandbox, then checked together:
 *   (a) every free-text string of each spec is a string-literal value in the generated TypeScript,
 *       in the provider's entries of the edited host files and in the Pulumi secrets, and no
 *       generated or edited file calls process.exit (text stays text) or holds a raw control or
 *       bidi character;
 *   (b) registering again (from the model, and from the provider's files) changes nothing;
 *   (c) the verifier's rules report no error on any provider (type-check off per provider);
 *   (d) ONE strict TypeScript program over the sandbox backend has zero diagnostics.
 * The specs are sampled with a fixed seed (override: FM_PROPERTY_SEED, FM_PROPERTY_RUNS); every
 * failure names the seed and the spec as JSON, which reproduces it.
 */

/** Control, format (bidi, zero-width, BOM) and separator characters; line breaks excepted. */
const RAW_INVISIBLE = /(?![\n\r])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\uFFFE\uFFFF]/u;

const SEED = Number(process.env.FM_PROPERTY_SEED ?? 7_2024);
const RUNS = Number(process.env.FM_PROPERTY_RUNS ?? 200);

interface Case {
    index: number;
    input: ProviderSpecInput;
    model: ProviderModel;
    dir: string;
    specFile: string;
}

function reproduction(testCase: Case): string {
    return `seed ${SEED}, spec #${testCase.index} (FM_PROPERTY_SEED=${SEED} FM_PROPERTY_RUNS=${RUNS}):\n${JSON.stringify(testCase.input, null, 2)}`;
}

/** Ids must not collide across samples: `-p<index>` keeps them kebab-case and every derived name distinct. */
function withUniqueId(spec: ProviderSpecInput, index: number): ProviderSpecInput {
    return { ...spec, id: `${spec.id}-p${index}` };
}

interface Literals {
    /** Values of string literals and no-substitution template literals. */
    values: Set<string>;
    /** Identifier property names (`{ access_type: ... }`). */
    identifierKeys: Set<string>;
    /** `process.exit(...)` / `process["exit"](...)` calls, as `file:line`. */
    exitCalls: string[];
}

function emptyLiterals(): Literals {
    return { values: new Set(), identifierKeys: new Set(), exitCalls: [] };
}

function isProcessExit(call: ts.CallExpression): boolean {
    const callee = call.expression;
    const object =
        ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)
            ? callee.expression
            : undefined;
    if (!object || !ts.isIdentifier(object) || object.text !== "process") return false;
    if (ts.isPropertyAccessExpression(callee)) return callee.name.text === "exit";
    const argument = (callee as ts.ElementAccessExpression).argumentExpression;
    return ts.isStringLiteralLike(argument) && argument.text === "exit";
}

function parseTs(fileName: string, text: string): ts.SourceFile {
    return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** Collects the literals under `node` (and records any process.exit call). */
function collectLiterals(node: ts.Node, into: Literals = emptyLiterals()): Literals {
    const visit = (current: ts.Node) => {
        if (ts.isStringLiteral(current) || ts.isNoSubstitutionTemplateLiteral(current)) {
            into.values.add(current.text);
        } else if (
            (ts.isPropertyAssignment(current) || ts.isPropertyDeclaration(current)) &&
            ts.isIdentifier(current.name)
        ) {
            into.identifierKeys.add(current.name.text);
        } else if (ts.isCallExpression(current) && isProcessExit(current)) {
            const sourceFile = current.getSourceFile();
            const { line } = sourceFile.getLineAndCharacterOfPosition(current.getStart());
            into.exitCalls.push(`${sourceFile.fileName}:${line + 1}`);
        }
        ts.forEachChild(current, visit);
    };
    visit(node);
    return into;
}

function propertyName(name: ts.PropertyName): string | undefined {
    return ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)
        ? name.text
        : undefined;
}

/** The initializer of the top-level `const <name> = ...` of a file. */
function constInitializer(sourceFile: ts.SourceFile, name: string): ts.Expression {
    for (const statement of sourceFile.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
            if (ts.isIdentifier(declaration.name) && declaration.name.text === name) {
                return declaration.initializer!;
            }
        }
    }
    throw new Error(`${sourceFile.fileName}: no const ${name}`);
}

/** The value of property `key` of an object literal. */
function propertyValue(object: ts.Expression, key: string): ts.Expression | undefined {
    if (!ts.isObjectLiteralExpression(object)) return undefined;
    for (const property of object.properties) {
        if (ts.isPropertyAssignment(property) && propertyName(property.name) === key) {
            return property.initializer;
        }
    }
    return undefined;
}

/** In `ALL_PROVIDERS = [ {...}, ... ]`: the element whose `provider` is `id`. */
function sharedProviderEntry(sourceFile: ts.SourceFile, id: string): ts.Node | undefined {
    const array = constInitializer(sourceFile, "ALL_PROVIDERS");
    if (!ts.isArrayLiteralExpression(array)) throw new Error("ALL_PROVIDERS is not an array");
    return array.elements.find((element) => {
        const provider = propertyValue(element, "provider");
        return provider !== undefined && ts.isStringLiteralLike(provider) && provider.text === id;
    });
}

/** Every free-text string of a spec, by where it must land. */
function expectedStrings(model: ProviderModel): {
    providerFiles: string[];
    sharedEntry: string[];
    oauthEntry: string[];
} {
    const providerFiles = [model.id, model.displayName, `${model.names.toolPrefix}_`];
    for (const operation of model.operations) {
        providerFiles.push(operation.id, operation.name, operation.description);
        for (const parameter of operation.parameters) {
            if (parameter.description !== undefined) providerFiles.push(parameter.description);
            providerFiles.push(...(parameter.values ?? []));
            if (typeof parameter.default === "string") providerFiles.push(parameter.default);
        }
    }
    const sharedEntry = [model.id, model.displayName, model.description];
    const oauthEntry: string[] = [];
    if (model.auth.type === "oauth2") {
        const auth = model.auth;
        const urls = [auth.authUrl, auth.tokenUrl];
        providerFiles.push(...urls, ...auth.scopes);
        oauthEntry.push(model.id, model.displayName, ...urls, ...auth.scopes);
        if (auth.userInfoUrl) oauthEntry.push(auth.userInfoUrl);
        // Extra auth-URL parameters belong to the OAuth registry entry: the host's OAuthConfig
        // (what the provider class returns) has no field for them.
        for (const value of Object.values(auth.authParams ?? {})) oauthEntry.push(value);
        for (const field of auth.preAuthFields) {
            sharedEntry.push(field.name, field.label);
            for (const text of [
                field.placeholder,
                field.helpText,
                field.pattern,
                field.patternError
            ]) {
                if (text !== undefined) sharedEntry.push(text);
            }
        }
    } else {
        providerFiles.push(model.auth.headerName, model.auth.headerTemplate);
        for (const [name, value] of Object.entries(model.auth.additionalHeaders ?? {})) {
            providerFiles.push(name, value);
        }
    }
    if (model.webhooks) {
        const hooks = model.webhooks;
        for (const header of [hooks.signatureHeader, hooks.eventHeader, hooks.timestampHeader]) {
            if (header !== undefined) providerFiles.push(header);
        }
        for (const trigger of hooks.triggers) {
            providerFiles.push(trigger.id, trigger.name, trigger.description);
        }
    }
    return { providerFiles, sharedEntry, oauthEntry };
}

function missing(expected: string[], literals: Literals, keys: string[] = []): string[] {
    return [
        ...expected.filter((text) => !literals.values.has(text)),
        ...keys.filter((key) => !literals.values.has(key) && !literals.identifierKeys.has(key))
    ].map((text) => JSON.stringify(text));
}

describe(`property: ${RUNS} random hostile specs generate, register, verify and type-check together (seed ${SEED})`, () => {
    let root: string;
    let tree: FsTree;
    let cases: Case[];
    const failures: string[] = [];

    beforeAll(async () => {
        jest.spyOn(logger, "info").mockImplementation(() => undefined);
        jest.spyOn(logger, "warn").mockImplementation(() => undefined);
        root = copySandbox("fm-property-");
        tree = new FsTree(root, false);
        const inputs = fc
            .sample(providerSpecArbitrary, { seed: SEED, numRuns: RUNS })
            .map(withUniqueId);
        cases = [];
        for (const [index, input] of inputs.entries()) {
            const model = buildProviderModel(parseProviderSpec(input));
            const specFile = `specs/${model.id}.json`;
            const testCase = { index, input, model, dir: providerDir(OPTIONS, model.id), specFile };
            cases.push(testCase);
            tree.write(specFile, JSON.stringify(input, null, 2));
            try {
                await integrationProviderGenerator(tree, { spec: specFile, skipFormat: true });
            } catch (error) {
                failures.push(
                    `generation failed: ${(error as Error).message}\n${reproduction(testCase)}`
                );
            }
        }
    }, 300_000);

    afterAll(() => {
        jest.restoreAllMocks();
        if (root) fs.rmSync(root, { recursive: true, force: true });
    });

    it("generates and registers every spec into one shared set of host files", () => {
        expect(failures).toEqual([]);
        expect(cases).toHaveLength(RUNS);
    });

    it("(a) round-trips every free-text string as a literal, and never calls process.exit", () => {
        const problems: string[] = [];
        const hostFile = (file: string) => parseTs(file, tree.read(file, "utf-8")!);
        const shared = hostFile(OPTIONS.sharedProvidersFile);
        const oauthRegistry = hostFile(OPTIONS.oauthRegistryFile);
        const oauthProviders = constInitializer(oauthRegistry, "OAUTH_PROVIDERS");
        const pulumi = parseYaml(tree.read(OPTIONS.pulumiFile, "utf-8")!) as {
            config: Record<string, unknown>;
        };
        const secrets = JSON.parse(
            pulumi.config["flowmaestro-infrastructure:secrets"] as string
        ) as Array<{ name: string; envVar: string; description: string }>;

        // Every file the run wrote or edited: no raw control or bidi character (a NUL makes git
        // call the file binary; U+202E reorders what a reviewer sees), and no process.exit call.
        const literalsByFile = new Map<string, Literals>();
        for (const change of tree.listChanges()) {
            if (change.type === "DELETE" || change.path.startsWith("specs/")) continue;
            const raw = RAW_INVISIBLE.exec(change.content!.toString());
            if (raw) {
                problems.push(
                    `${change.path} holds the raw character U+${raw[0].codePointAt(0)!.toString(16).toUpperCase()} at offset ${raw.index}`
                );
            }
            if (!change.path.endsWith(".ts")) continue;
            const literals = collectLiterals(parseTs(change.path, change.content!.toString()));
            literalsByFile.set(change.path, literals);
            if (literals.exitCalls.length > 0) {
                problems.push(`process.exit called in ${literals.exitCalls.join(", ")}`);
            }
        }

        for (const testCase of cases) {
            const { model } = testCase;
            const expected = expectedStrings(model);
            const caseProblems: string[] = [];
            const literals = emptyLiterals();
            for (const [file, fileLiterals] of literalsByFile) {
                if (!file.startsWith(`${testCase.dir}/`)) continue;
                fileLiterals.values.forEach((value) => literals.values.add(value));
                fileLiterals.identifierKeys.forEach((key) => literals.identifierKeys.add(key));
            }
            const lost = missing(expected.providerFiles, literals);
            if (lost.length > 0)
                caseProblems.push(`provider files lack literals ${lost.join(", ")}`);

            const sharedEntry = sharedProviderEntry(shared, model.id);
            if (!sharedEntry) caseProblems.push("no ALL_PROVIDERS entry");
            else {
                const lostShared = missing(expected.sharedEntry, collectLiterals(sharedEntry));
                if (lostShared.length > 0) {
                    caseProblems.push(
                        `${OPTIONS.sharedProvidersFile} entry lacks ${lostShared.join(", ")}`
                    );
                }
            }

            if (model.oauthApp) {
                const entry = propertyValue(oauthProviders, model.id);
                if (!entry) caseProblems.push("no OAUTH_PROVIDERS entry");
                else {
                    const lostOAuth = missing(
                        expected.oauthEntry,
                        collectLiterals(entry),
                        Object.keys(
                            model.auth.type === "oauth2" ? (model.auth.authParams ?? {}) : {}
                        )
                    );
                    if (lostOAuth.length > 0) {
                        caseProblems.push(
                            `${OPTIONS.oauthRegistryFile} entry lacks ${lostOAuth.join(", ")}`
                        );
                    }
                }
                const app = model.oauthApp;
                const mine = secrets.filter((secret) => secret.name.startsWith(`${model.id}-`));
                const wanted = app.shared
                    ? []
                    : [
                          {
                              name: app.clientIdSecretName,
                              envVar: app.clientIdEnvVar,
                              description: `${model.displayName} OAuth client ID`
                          },
                          {
                              name: app.clientSecretSecretName,
                              envVar: app.clientSecretEnvVar,
                              description: `${model.displayName} OAuth client secret`
                          }
                      ];
                const got = mine.map(({ name, envVar, description }) => ({
                    name,
                    envVar,
                    description
                }));
                if (JSON.stringify(got) !== JSON.stringify(wanted)) {
                    caseProblems.push(
                        `Pulumi secrets ${JSON.stringify(got)}, expected ${JSON.stringify(wanted)}`
                    );
                }
            }
            if (caseProblems.length > 0) {
                problems.push(`${caseProblems.join("\n")}\n${reproduction(testCase)}`);
            }
        }
        expect(problems).toEqual([]);
    });

    it("(b) registering again changes nothing", async () => {
        const problems: string[] = [];
        const snapshot = () =>
            new Map(tree.listChanges().map((change) => [change.path, change.content?.toString()]));
        const before = snapshot();
        for (const testCase of cases) {
            const { changed } = await registerUnderLock(
                tree,
                registrationFromModel(testCase.model),
                OPTIONS
            );
            if (changed.length > 0) {
                problems.push(
                    `registerProvider changed ${changed.join(", ")}\n${reproduction(testCase)}`
                );
            }
            // Through the generator too, reading what it needs back from the provider's own files.
            try {
                await registerProviderGenerator(tree, { name: testCase.model.id });
            } catch (error) {
                problems.push(
                    `register-provider ${testCase.model.id} failed: ${(error as Error).message}\n${reproduction(testCase)}`
                );
            }
        }
        const after = snapshot();
        const differing = [...new Set([...before.keys(), ...after.keys()])].filter(
            (file) => before.get(file) !== after.get(file)
        );
        expect(problems).toEqual([]);
        expect(differing).toEqual([]);
    }, 120_000);

    describe("on disk", () => {
        beforeAll(() => writeTreeChanges(root, tree));

        it("(c) verify passes on every generated provider (rules, type-check off)", () => {
            const reports = verifyProviders(
                root,
                OPTIONS,
                cases.map((testCase) => testCase.dir),
                { typecheck: false, compiler: "tsc" }
            );
            const problems = reports.flatMap((report, index) =>
                report.diagnostics
                    .filter((diagnostic) => diagnostic.severity === "error")
                    .map(
                        (diagnostic) =>
                            `${diagnostic.ruleId} ${diagnostic.file}:${diagnostic.line}: ${diagnostic.message}\n${reproduction(cases[index])}`
                    )
            );
            expect(problems).toEqual([]);
        }, 120_000);

        it("(d) all generated providers and the edited host files type-check in ONE strict program", () => {
            expect(typeCheckSandbox(root)).toEqual([]);
        }, 180_000);
    });
});
