import * as fs from "fs";
import { logger } from "@nx/devkit";
import { FsTree } from "@nx/devkit/internal";
import { parse } from "yaml";
import { REAL_DOCUMENTS } from "../../openapi/__fixtures__/real-documents";
import { copySandbox, typeCheckSandbox, writeTreeChanges } from "../../testing/sandbox-copy";
import { FlowmaestroError } from "../../utils/errors";
import { integrationProviderGenerator } from "./generator";

/**
 * `integration-provider --openapi` end to end on real documents: generate each into one copy of
 * the sandbox, register them, and type-check everything with one strict program.
 */

function listFiles(tree: FsTree, dir: string): string[] {
    return tree.children(dir).flatMap((child) => {
        const full = `${dir}/${child}`;
        return tree.isFile(full) ? [full] : listFiles(tree, full);
    });
}

describe("integration-provider --openapi", () => {
    let root: string;
    beforeAll(() => {
        root = copySandbox("fm-openapi-");
        jest.spyOn(logger, "warn").mockImplementation(() => undefined);
    });
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it(`generates ${REAL_DOCUMENTS.length} real documents, one file per selected operation, that compile with tsc --strict`, async () => {
        const tree = new FsTree(root, false);
        for (const document of REAL_DOCUMENTS) {
            await integrationProviderGenerator(tree, {
                name: document.id,
                openapi: document.file,
                openapiTags: document.selection.tags,
                openapiOperations: document.selection.operationIds,
                skipFormat: true
            });
        }
        const trello = listFiles(tree, "backend/src/integrations/providers/trello/operations");
        expect(trello).toHaveLength(64 + 1);
        expect(trello).toContain(
            "backend/src/integrations/providers/trello/operations/addBoards.ts"
        );
        const registry = tree.read("backend/src/integrations/registry.ts", "utf-8")!;
        for (const document of REAL_DOCUMENTS) {
            expect(
                tree.exists(`backend/src/integrations/providers/${document.id}/operations/index.ts`)
            ).toBe(true);
        }
        expect(registry).toContain("providerRegistry.register(adyenCheckoutEntry)");
        writeTreeChanges(root, tree);
        expect(typeCheckSandbox(root)).toEqual([]);
    }, 300000);

    it("--writeSpec writes the derived spec and nothing else; --spec takes it back and generates what --openapi does", async () => {
        const document = REAL_DOCUMENTS.find((entry) => entry.id === "trello")!;
        const viaSpec = new FsTree(root, false);
        await integrationProviderGenerator(viaSpec, {
            name: "trello-boards",
            openapi: document.file,
            openapiTags: document.selection.tags,
            writeSpec: "specs/trello-boards.yaml",
            displayName: "Trello Boards",
            skipFormat: true
        });
        expect(viaSpec.listChanges().map((change) => change.path)).toEqual([
            "specs/trello-boards.yaml"
        ]);
        const written = viaSpec.read("specs/trello-boards.yaml", "utf-8")!;
        expect(written).toMatch(
            /^# Provider spec derived from .*trello\.com\.json\. Review it, then:\n/
        );
        expect(parse(written)).toMatchObject({
            id: "trello-boards",
            displayName: "Trello Boards",
            baseUrl: "https://trello.com/1",
            auth: { type: "api_key", in: "query", queryParam: "key" }
        });
        await integrationProviderGenerator(viaSpec, {
            spec: "specs/trello-boards.yaml",
            skipFormat: true
        });

        const direct = new FsTree(root, false);
        await integrationProviderGenerator(direct, {
            name: "trello-boards",
            openapi: document.file,
            openapiTags: document.selection.tags,
            displayName: "Trello Boards",
            skipFormat: true
        });
        const dir = "backend/src/integrations/providers/trello-boards";
        const files = listFiles(direct, dir);
        expect(files.length).toBeGreaterThan(10);
        expect(listFiles(viaSpec, dir)).toEqual(files);
        for (const file of files) {
            expect(viaSpec.read(file, "utf-8")).toBe(direct.read(file, "utf-8"));
        }
    });

    it("--writeSpec to a .json file prints each import warning (JSON holds no comments)", async () => {
        const document = REAL_DOCUMENTS.find((entry) => entry.id === "trello")!;
        const warn = jest.spyOn(logger, "warn").mockImplementation(() => undefined);
        warn.mockClear();
        const tree = new FsTree(root, false);
        await integrationProviderGenerator(tree, {
            name: "trello-review",
            openapi: document.file,
            openapiTags: document.selection.tags,
            writeSpec: "specs/trello-review.json",
            skipFormat: true
        });
        expect(tree.listChanges().map((change) => change.path)).toEqual([
            "specs/trello-review.json"
        ]);
        expect(JSON.parse(tree.read("specs/trello-review.json", "utf-8")!)).toMatchObject({
            id: "trello-review",
            auth: { type: "api_key", in: "query" }
        });
        const printed = warn.mock.calls.map(([message]) => String(message));
        expect(printed.length).toBeGreaterThan(0);
        expect(printed.join("\n")).not.toMatch(/they head/);
        expect(printed.join("\n")).toMatch(/operation /);
    });

    it("lets a spec file and flags override the document", async () => {
        const document = REAL_DOCUMENTS.find((entry) => entry.id === "uspto")!;
        const tree = new FsTree(root, false);
        tree.write(
            "specs/uspto.yaml",
            [
                "id: uspto-fields",
                "category: productivity",
                "operations:",
                "  - id: listSearchableFields",
                "    name: List Searchable Fields",
                ""
            ].join("\n")
        );
        await integrationProviderGenerator(tree, {
            openapi: document.file,
            spec: "specs/uspto.yaml",
            baseUrl: "https://developer.uspto.gov/ds-api/",
            writeSpec: "specs/uspto-merged.yaml"
        });
        const merged = parse(tree.read("specs/uspto-merged.yaml", "utf-8")!);
        expect(merged).toMatchObject({
            id: "uspto-fields",
            category: "productivity",
            baseUrl: "https://developer.uspto.gov/ds-api/"
        });
        // The spec names one of the document's three operations; the other two stay as imported.
        expect(merged.operations.map((op: { id: string }) => op.id)).toEqual([
            "listDataSets",
            "listSearchableFields",
            "performSearch"
        ]);
        expect(merged.operations[1]).toMatchObject({
            id: "listSearchableFields",
            name: "List Searchable Fields",
            method: "GET"
        });
        expect(merged.operations[1].parameters.map((p: { name: string }) => p.name)).toEqual([
            "dataset",
            "version"
        ]);
    });

    it("refuses, writing nothing, a large document without a selection and selection flags without a document", async () => {
        const github = REAL_DOCUMENTS.find((entry) => entry.id === "github")!;
        const tree = new FsTree(root, false);
        await expect(integrationProviderGenerator(tree, { openapi: github.file })).rejects.toThrow(
            /api\.github\.com\.json has 845 operations; choose some with --tags or --openapiOperations/
        );
        await expect(
            integrationProviderGenerator(tree, { name: "x", openapiTags: "issues" })
        ).rejects.toThrow(
            new FlowmaestroError(
                "--openapiTags and --openapiOperations select operations of an OpenAPI document: add --openapi <file>; nothing was written."
            )
        );
        await expect(
            integrationProviderGenerator(tree, { openapi: "missing.yaml" })
        ).rejects.toThrow(/^OpenAPI document missing\.yaml not found/);
        expect(tree.listChanges()).toEqual([]);
    });
});
