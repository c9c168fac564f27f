import { changedFiles, createTestWorkspace, generateProvider, TestWorkspace } from "../src/harness";

/**
 * The OpenAPI import and --writeSpec through the real `nx` CLI: what they refuse leaves the
 * workspace byte-identical.
 */

const DOCUMENT = (summary: string) =>
    [
        "openapi: 3.0.3",
        "info: { title: Acme API, version: '1' }",
        "servers: [{ url: https://api.acme.example }]",
        "components:",
        "  securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key } }",
        "security: [{ key: [] }]",
        "paths:",
        "  /things:",
        "    get:",
        "      operationId: listThings",
        `      summary: ${summary}`,
        "      responses: { '200': { description: ok } }",
        ""
    ].join("\n");

describe("OpenAPI import and --writeSpec refusals", () => {
    let workspace: TestWorkspace;

    beforeAll(() => {
        workspace = createTestWorkspace();
        workspace.write("outside-secret.txt", "the secret text");
        workspace.write("specs/acme.yaml", DOCUMENT("List things"));
        workspace.write("specs/leaky.yaml", DOCUMENT("{ $ref: '../outside-secret.txt' }"));
        workspace.git(["add", "-A"]);
        workspace.git(["commit", "-qm", "documents"]);
    });
    afterAll(() => workspace.cleanup());

    const generate = (args: string[]) => generateProvider(workspace, args);

    it("refuses a $ref to a file outside the document's folder, naming it and where it is", () => {
        const result = generate(["--openapi", "specs/leaky.yaml", "--writeSpec", "specs/out.yaml"]);
        const output = result.stdout + result.stderr;
        expect(result.code).not.toBe(0);
        expect(output).toContain(
            'specs/leaky.yaml: #/paths/~1things/get/summary/$ref: $ref "../outside-secret.txt" is not followed: it is outside the document\'s folder'
        );
        expect(output).not.toContain("the secret text");
        expect(changedFiles(workspace)).toEqual([]);
    });

    it.each(["nx.json", "package.json", "infra/pulumi/Pulumi.production.yaml"])(
        "--writeSpec refuses to replace %s, which it did not write, unless --force",
        (file) => {
            const before = workspace.read(file);
            const result = generate(["--openapi", "specs/acme.yaml", "--writeSpec", file]);
            expect(result.code).not.toBe(0);
            expect(result.stdout + result.stderr).toContain(
                `--writeSpec ${file}: the file exists and is not a spec written by --writeSpec; name a new file, or add --force to replace it; nothing was written.`
            );
            expect(workspace.read(file)).toBe(before);
            expect(changedFiles(workspace)).toEqual([]);
        }
    );

    it("--writeSpec replaces a spec it wrote, and anything with --force", () => {
        for (const file of ["specs/acme-spec.yaml", "specs/acme-spec.json"]) {
            expect(generate(["--openapi", "specs/acme.yaml", "--writeSpec", file]).code).toBe(0);
            workspace.write("specs/acme.yaml", DOCUMENT("List all things"));
            expect(generate(["--openapi", "specs/acme.yaml", "--writeSpec", file]).code).toBe(0);
            expect(workspace.read(file)).toContain("List all things");
            workspace.write("specs/acme.yaml", DOCUMENT("List things"));
        }
        const forced = generate([
            "--openapi",
            "specs/acme.yaml",
            "--writeSpec",
            "nx.json",
            "--force"
        ]);
        expect(forced.code).toBe(0);
        expect(JSON.parse(workspace.read("nx.json"))).toMatchObject({ id: "acme" });
        workspace.git(["checkout", "--", "nx.json"]);
    });
});
