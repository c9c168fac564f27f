import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FsTree } from "@nx/devkit/internal";
import { loadOpenApiDocument } from "./load";

/** Documents read from disk as the generators read them: `$ref`s, YAML, and misshapen values. */

let root: string;
beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "fm-openapi-load-"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function write(relative: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    fs.writeFileSync(path.join(root, relative), text);
}

/** A one-operation OpenAPI 3 document whose GET /things operation is `operation` (YAML lines). */
function documentWith(operation: string[]): string {
    return [
        "openapi: 3.0.3",
        "info: { title: Acme API, version: '1' }",
        "servers: [{ url: https://api.acme.example }]",
        "paths:",
        "  /things:",
        "    get:",
        "      operationId: listThings",
        ...operation.map((line) => `      ${line}`),
        "      responses: { '200': { description: ok } }",
        ""
    ].join("\n");
}

function load(documentPath = "specs/api.yaml") {
    return loadOpenApiDocument(new FsTree(root, false), documentPath);
}

describe("external $refs stay in the document's folder tree inside the workspace", () => {
    beforeEach(() => write("outside-secret.txt", "the secret text"));

    it.each([
        [
            "a file outside the document's folder",
            "summary: { $ref: '../outside-secret.txt' }",
            "#/paths/~1things/get/summary/$ref",
            /"\.\.\/outside-secret\.txt" is not followed: it is outside the document's folder/
        ],
        [
            "an absolute path",
            "description: { $ref: /etc/passwd }",
            "#/paths/~1things/get/description/$ref",
            /"\/etc\/passwd" is not followed: only relative files are read, not absolute paths/
        ],
        [
            "a file: URL",
            "parameters: [{ name: q, in: query, description: { $ref: 'file:///etc/hostname' } }]",
            "#/paths/~1things/get/parameters/0/description/$ref",
            /"file:\/\/\/etc\/hostname" is not followed: .*never URLs or file: URLs/
        ]
    ])("refuses %s, naming the reference and where it is", async (_title, line, pointer, why) => {
        write("specs/api.yaml", documentWith([line]));
        const error = await load().catch((caught: Error) => caught);
        expect((error as Error).message).toContain(`specs/api.yaml: ${pointer}: $ref `);
        expect((error as Error).message).toMatch(why);
        expect((error as Error).message).not.toContain("the secret text");
    });

    it("refuses a file that a referred file refers to outside the folder, and a symbolic link out of it", async () => {
        write("specs/parts/summary.yaml", "$ref: '../../outside-secret.txt'\n");
        write("specs/api.yaml", documentWith(["summary: { $ref: 'parts/summary.yaml' }"]));
        await expect(load()).rejects.toThrow(
            /specs\/api\.yaml is not a usable OpenAPI document: .*outside-secret\.txt is not followed: it is outside the document's folder/
        );

        fs.symlinkSync(path.join(root, "outside-secret.txt"), path.join(root, "specs/link.txt"));
        write("specs/api.yaml", documentWith(["summary: { $ref: 'link.txt' }"]));
        await expect(load()).rejects.toThrow(/"link\.txt" is not followed: it is outside/);
    });

    it("reads pointers and relative files below the document's folder", async () => {
        write("specs/parts/summary.txt", "List the things");
        write("specs/parts/schemas.yaml", "Limit: { type: integer, description: How many }\n");
        write(
            "specs/api.yaml",
            documentWith([
                "summary: { $ref: 'parts/summary.txt' }",
                "parameters: [{ name: limit, in: query, schema: { $ref: './parts/schemas.yaml#/Limit' } }]"
            ])
        );
        const api = await load();
        expect(api.operations[0].summary).toBe("List the things");
        expect(api.operations[0].parameters[0].schema).toEqual({
            type: "integer",
            description: "How many"
        });
    });
});

describe("YAML", () => {
    it("merges `<<` merge keys, as OpenAPI tooling does", async () => {
        write(
            "specs/api.yaml",
            [
                "x-page: &page { in: query, schema: { type: integer } }",
                documentWith([
                    "parameters:",
                    "  - { <<: *page, name: page }",
                    "  - <<: *page",
                    "    name: per_page"
                ])
            ].join("\n")
        );
        const api = await load();
        expect(
            api.operations[0].parameters.map(({ name, in: location }) => [name, location])
        ).toEqual([
            ["page", "query"],
            ["per_page", "query"]
        ]);
    });
});

describe("values of the wrong kind: one message naming the JSON pointer", () => {
    it.each([
        [
            "a schema description that is not a string",
            ["parameters: [{ name: q, in: query, schema: { type: string, description: 5 } }]"],
            "#/paths/~1things/get/parameters/0/schema/description: must be a string"
        ],
        [
            "a title that is an object",
            [
                "requestBody:",
                "  content:",
                "    application/json:",
                "      schema: { type: object, properties: { name: { type: string, title: { a: 1 } } } }"
            ],
            "#/paths/~1things/get/requestBody/content/application~1json/schema/properties/name/title: must be a string"
        ],
        [
            "an allOf that is not a list",
            ["parameters: [{ name: q, in: query, schema: { allOf: { type: string } } }]"],
            "#/paths/~1things/get/parameters/0/schema/allOf: must be a list of schemas"
        ]
    ])("refuses %s", async (_title, operation, message) => {
        write("specs/api.yaml", documentWith(operation));
        await expect(load()).rejects.toThrow(`specs/api.yaml: ${message}; nothing was written.`);
    });

    it("refuses Swagger 2.0 media types that are not strings", async () => {
        write(
            "specs/api.json",
            JSON.stringify({
                swagger: "2.0",
                info: { title: "Acme", version: "1" },
                host: "api.acme.example",
                paths: {
                    "/things": {
                        post: {
                            consumes: [1, 2],
                            parameters: [{ name: "body", in: "body", schema: { type: "object" } }],
                            responses: { 200: { description: "ok" } }
                        }
                    }
                }
            })
        );
        await expect(load("specs/api.json")).rejects.toThrow(
            "specs/api.json: #/paths/~1things/post/consumes/0: must be a string; nothing was written."
        );
    });
});
