import {
    editFile,
    iifeProvider,
    lineOf,
    plainProvider,
    providerFolder
} from "../../../provider-source/__fixtures__/provider-shapes";
import { check, checkFolder, replace } from "../__fixtures__/sandbox";
import { authMethod } from "./auth-method";

describe(authMethod.id, () => {
    it('accepts `readonly authMethod: ConnectionMethod = "api_key"`, `as const` and methods beyond oauth2/api_key', () => {
        expect(check(authMethod, "sendgrid")).toEqual([]);
        expect(check(authMethod, "slack")).toEqual([]);
        expect(checkFolder(authMethod, providerFolder("shop-line", iifeProvider()))).toEqual([]);
        // An OAuth 1.0a provider: its config is neither shape, and the type check owns the union.
        const oauth1 = editFile(
            editFile(
                plainProvider(),
                "TaskBoardProvider.ts",
                '"oauth2" as const',
                '"oauth1" as const'
            ),
            "TaskBoardProvider.ts",
            /return \{\n\s*authUrl[\s\S]*?refreshable: true\n\s*\};/,
            'return { type: "oauth1", requestTokenUrl: "https://taskboard.example.com/oauth/request" } as AuthConfig;'
        );
        expect(checkFolder(authMethod, providerFolder("task-board", oauth1))).toEqual([]);
    });

    it("warns at the returned config when getAuthConfig() has the other method's shape", () => {
        const files = editFile(
            plainProvider(),
            "TaskBoardProvider.ts",
            /return \{\n\s*authUrl[\s\S]*?refreshable: true\n\s*\};/,
            'return {\n            headerName: "Authorization",\n            headerTemplate: "Bearer {{access_token}}"\n        };'
        );
        // The `return {` line, just above `headerName`.
        const line = lineOf(files["TaskBoardProvider.ts"], "headerName") - 1;
        expect(checkFolder(authMethod, providerFolder("task-board", files))).toEqual([
            expect.objectContaining({
                severity: "warning",
                line,
                message: expect.stringContaining(
                    'authMethod is "oauth2" but getAuthConfig() returns an API key config'
                )
            })
        ]);
    });

    it("warns when authMethod is not a literal", () => {
        expect(
            check(authMethod, "sendgrid", {
                files: { "SendGridProvider.ts": replace('= "api_key"', "= methodFromEnv()") }
            })
        ).toEqual([
            expect.objectContaining({
                severity: "warning",
                message: expect.stringContaining("has no literal `authMethod`")
            })
        ]);
    });
});
