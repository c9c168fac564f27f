import * as fs from "fs";
import { parse } from "yaml";
import { FsTree } from "@nx/devkit/internal";
import {
    copySandbox,
    formatSandboxFiles,
    lintSandboxFiles,
    typeCheckSandbox,
    writeTreeChanges
} from "../../testing/sandbox-copy";
import type { SandboxName } from "../../testing/sandbox-copy";
import { DESIGN_EXAMPLE_YAML } from "../../model/__fixtures__/design-example";
import { integrationProviderGenerator } from "./generator";
import type { IntegrationProviderGeneratorSchema } from "./schema";
import { apiKeySpec, oauthSpec, toYaml, type SpecInput } from "./__fixtures__/specs";

const PROVIDERS = "backend/src/integrations/providers";

function withWebhooks(spec: SpecInput, webhooks: SpecInput): SpecInput {
    return { ...spec, webhooks };
}

/** Specs covering both auth types, every parameter type, each signature type and odd ids. */
function matrix(): Array<[string, SpecInput, IntegrationProviderGeneratorSchema?]> {
    const hostile = '"); process.exit(1); ("` ${x} */ \\ \n\u2028 é 🚀';
    const hostileSpec = apiKeySpec("hostile-text");
    hostileSpec.displayName = hostile;
    hostileSpec.description = hostile;
    // Header values are what fetch sends: Latin-1, no line breaks (refused in the spec).
    const hostileHeader = '"); process.exit(1); ("` ${x} */ \\ é';
    hostileSpec.auth.headerTemplate = `${hostileHeader} {{api_key}}`;
    hostileSpec.auth.additionalHeaders = { "X-Note": hostileHeader };
    hostileSpec.operations[0].description = hostile;
    hostileSpec.operations[0].parameters[2].values = ["normal", hostile];
    hostileSpec.operations[0].parameters[9].default = {
        [hostile]: [hostile, { "*/": null }],
        __proto__x: 1
    };
    hostileSpec.webhooks = {
        signatureType: "hmac_sha256",
        signatureHeader: "X-Sig",
        triggers: [{ id: "thing_done", name: hostile, description: hostile }]
    };

    const pathParams = apiKeySpec("acme-360");
    pathParams.operations = [
        {
            id: "updateRecord",
            method: "PATCH",
            path: "/tables/{tableId}/records/{recordId}",
            parameters: [
                { name: "tableId", type: "integer" },
                { name: "recordId", type: "string", required: true },
                { name: "fields", type: "object", required: true }
            ]
        },
        {
            id: "deleteRecord",
            method: "DELETE",
            path: "/records/{id}",
            parameters: [{ name: "id", type: "number", required: true }]
        },
        {
            id: "replaceRecord",
            method: "put",
            path: "/records/{id}",
            parameters: [{ name: "id", type: "string", required: true }]
        },
        {
            id: "getRecord",
            path: "/records/{id}",
            parameters: [
                { name: "id", type: "string", required: true },
                { name: "expand", type: "array", items: "boolean" }
            ]
        }
    ];
    pathParams.webhooks = {
        signatureType: "hmac_sha1",
        signatureHeader: "X-Hub-Signature",
        triggers: [{ id: "record_updated", name: "Record Updated" }]
    };

    return [
        ["oauth2, every parameter type, hmac_sha256, pre-auth fields", oauthSpec("acme-chat")],
        ["api_key with additional headers", apiKeySpec("acme-notes")],
        ["digits and path parameters, hmac_sha1", pathParams],
        [
            "several dashes, bearer_token",
            withWebhooks(oauthSpec("bill-com"), {
                signatureType: "bearer_token",
                signatureHeader: "Authorization"
            })
        ],
        [
            "timestamp_signature",
            withWebhooks(apiKeySpec("stamp-hooks"), {
                signatureType: "timestamp_signature",
                signatureHeader: "X-Signature",
                timestampHeader: "X-Timestamp",
                triggers: [{ id: "event_sent", name: "Event Sent" }]
            })
        ],
        ["no signature", withWebhooks(apiKeySpec("open-hooks"), { signatureType: "none" })],
        [
            "a family OAuth app",
            { ...oauthSpec("google-tasks"), webhooks: undefined },
            { oauthKey: "google" }
        ],
        ["a brand-cased class prefix", apiKeySpec("ad-p"), { classPrefix: "ADP" }],
        ["hostile text everywhere", hostileSpec],
        [
            "the contract's example spec (timestamp settings on an HMAC signature are ignored)",
            { ...parse(DESIGN_EXAMPLE_YAML), id: "design-example" }
        ],
        [
            "flags only",
            {},
            {
                name: "flag-only",
                authUrl: "https://flag.example/auth",
                tokenUrl: "https://flag.example/token",
                baseUrl: "https://api.flag.example",
                operations: ["listThings", "createThing", "archiveThing:write"],
                signatureType: "hmac_sha256",
                signatureHeader: "X-Sig",
                triggers: ["thing_created"]
            }
        ]
    ];
}

/**
 * Writes the tree's changes into the sandbox copy and expects zero type errors and, once the
 * generated files are formatted with the workspace's Prettier as a real run does (the host files
 * are not: the registrar's insertions must already be in the host's style), no problem from the
 * host's own lint (import/order, prettier/prettier, @typescript-eslint/recommended) in any changed
 * file. Returns the changed TypeScript files.
 */
async function expectCompilesAndLints(root: string, tree: FsTree): Promise<string[]> {
    const changed = tree
        .listChanges()
        .map((change) => change.path)
        .filter((file) => file.endsWith(".ts"));
    writeTreeChanges(root, tree);
    expect(typeCheckSandbox(root)).toEqual([]);
    formatSandboxFiles(
        root,
        changed.filter((file) => file.includes("/providers/"))
    );
    expect(await lintSandboxFiles(root, changed)).toEqual([]);
    return changed;
}

describe.each<SandboxName>(["current", "seed"])(
    "generated providers type-check (tsc --strict) and pass the host's ESLint in the %s sandbox",
    (which) => {
        let root: string;
        beforeAll(() => {
            root = copySandbox("fm-compile-matrix-", which);
        });
        afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

        it("has zero diagnostics for the whole matrix, registered", async () => {
            const tree = new FsTree(root, false);
            for (const [, spec, flags] of matrix()) {
                const specFile = `specs/${(flags?.name ?? spec.id) as string}.yaml`;
                if (spec.id) tree.write(specFile, toYaml(spec));
                await integrationProviderGenerator(tree, {
                    ...(spec.id ? { spec: specFile } : {}),
                    skipFormat: true,
                    ...flags
                });
            }
            // A host without BaseAPIClient gets clients that call fetch themselves: the same checks.
            const baseClient = "backend/src/integrations/core/BaseAPIClient.ts";
            const baseClientSource = tree.read(baseClient)!;
            tree.delete(baseClient);
            const keyInQuery = apiKeySpec("fetch-query");
            keyInQuery.auth = { type: "api_key", in: "query", queryParam: "key" };
            for (const spec of [keyInQuery, oauthSpec("fetch-chat")]) {
                tree.write(`specs/${spec.id}.yaml`, toYaml(spec));
                await integrationProviderGenerator(tree, {
                    spec: `specs/${spec.id}.yaml`,
                    skipFormat: true
                });
                const [clientFile] = tree.children(`${PROVIDERS}/${spec.id}/client`);
                expect(
                    tree.read(`${PROVIDERS}/${spec.id}/client/${clientFile}`, "utf-8")
                ).toContain("await fetch(");
            }
            tree.write(baseClient, baseClientSource);
            const changed = await expectCompilesAndLints(root, tree);
            expect(changed.length).toBeGreaterThan(matrix().length * 5);
        }, 240000);
    }
);

describe("in the tests-fixtures sandbox (fixture modules under each provider's __tests__/)", () => {
    let root: string;
    beforeAll(() => {
        root = copySandbox("fm-compile-tests-fixtures-", "tests-fixtures");
    });
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it("writes the fixture module there, importing TestFixture from its depth; it type-checks and lints", async () => {
        const tree = new FsTree(root, false);
        const spec = { ...parse(DESIGN_EXAMPLE_YAML), id: "design-example" };
        tree.write("specs/design-example.yaml", toYaml(spec));
        await integrationProviderGenerator(tree, {
            spec: "specs/design-example.yaml",
            skipFormat: true
        });
        const dir = `${PROVIDERS}/design-example`;
        expect(tree.exists(`${dir}/fixtures.ts`)).toBe(false);
        expect(tree.read(`${dir}/__tests__/fixtures.ts`, "utf-8")).toMatch(
            /^import type \{ TestFixture \} from "\.\.\/\.\.\/\.\.\/sandbox";\n/
        );
        expect(tree.read("backend/src/integrations/sandbox/fixtureLoader.ts", "utf-8")).toContain(
            '"design-example"'
        );
        await expectCompilesAndLints(root, tree);
    }, 120000);
});
