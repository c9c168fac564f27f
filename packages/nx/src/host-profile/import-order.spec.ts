import {
    FLOWMAESTRO_IMPORT_ORDER,
    importOrderFromEslintConfig,
    orderImports,
    renderImports,
    type ImportSpec
} from "./import-order";

const order = (imports: ImportSpec[]) =>
    orderImports(imports, FLOWMAESTRO_IMPORT_ORDER).map((spec) => spec.from);

describe("import order (eslint-plugin-import's import/order, FlowMaestro settings)", () => {
    it("orders groups builtin, external, internal, parent, sibling, then type imports last", () => {
        expect(
            order([
                { from: "../../core/types", named: ["MCPTool"], typeOnly: true },
                { from: "./client/AcmeClient", named: ["AcmeClient"] },
                { from: "../../core/BaseProvider", named: ["BaseProvider"] },
                { from: "@flowmaestro/shared", named: ["x"] },
                { from: "zod", named: ["z"] },
                { from: "crypto", named: ["createHmac"] }
            ])
        ).toEqual([
            "crypto",
            "zod",
            "@flowmaestro/shared",
            "../../core/BaseProvider",
            "./client/AcmeClient",
            "../../core/types"
        ]);
    });

    it("alphabetizes by path segment, case-insensitively, as the plugin compares", () => {
        // A real provider's order: ../../../core/config before ../../core/BaseProvider (".." < "core").
        expect(
            order([
                { from: "../../core/BaseProvider", named: ["BaseProvider"] },
                { from: "../../../core/config", named: ["config"] }
            ])
        ).toEqual(["../../../core/config", "../../core/BaseProvider"]);
        // Type imports: ../../../core/types sorts before ../operations and ../client/X.
        expect(
            order([
                { from: "../operations", named: ["A"], typeOnly: true },
                { from: "../client/AcmeClient", named: ["AcmeClient"], typeOnly: true },
                { from: "../../../core/types", named: ["OperationError"], typeOnly: true }
            ])
        ).toEqual(["../../../core/types", "../client/AcmeClient", "../operations"]);
        expect(
            order([
                { from: "./operations", named: ["a"] },
                { from: "./mcp/AcmeMCPAdapter", named: ["b"] },
                { from: "./client/AcmeClient", named: ["c"] }
            ])
        ).toEqual(["./client/AcmeClient", "./mcp/AcmeMCPAdapter", "./operations"]);
    });

    it("reads the rule's options from an ESLint config, or nothing when the rule is off or absent", () => {
        const style = importOrderFromEslintConfig(
            {
                rules: {
                    "import/order": [
                        "error",
                        {
                            groups: [["builtin", "external"], "parent"],
                            alphabetize: { order: "desc" }
                        }
                    ]
                }
            },
            ".eslintrc.json"
        );
        expect(style?.groups).toEqual([["builtin", "external"], ["parent"]]);
        expect(style?.alphabetize).toEqual({ order: "desc", caseInsensitive: false });
        expect(
            orderImports(
                [
                    { from: "../a", named: ["a"] },
                    { from: "zod", named: ["z"] },
                    { from: "../b", named: ["b"] }
                ],
                style!
            ).map((spec) => spec.from)
        ).toEqual(["zod", "../b", "../a"]);
        expect(
            importOrderFromEslintConfig({ rules: { "import/order": "off" } }, "x")
        ).toBeUndefined();
        expect(importOrderFromEslintConfig({ rules: {} }, "x")).toBeUndefined();
    });

    it("renders statements laid out as Prettier prints them, skipping empty imports", () => {
        expect(
            renderImports(
                [
                    { from: "../operations", named: [] },
                    { from: "zod", named: ["z"] },
                    {
                        from: "../../core/types",
                        named: [
                            "AuthConfig",
                            "ExecutionContext",
                            "MCPTool",
                            "OperationResult",
                            "OAuthConfig"
                        ],
                        typeOnly: true
                    }
                ],
                FLOWMAESTRO_IMPORT_ORDER
            )
        ).toBe(
            [
                'import { z } from "zod";',
                "import type {",
                "    AuthConfig,",
                "    ExecutionContext,",
                "    MCPTool,",
                "    OperationResult,",
                "    OAuthConfig",
                '} from "../../core/types";'
            ].join("\n")
        );
    });
});
