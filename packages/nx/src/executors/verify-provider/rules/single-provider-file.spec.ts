import { check } from "../__fixtures__/sandbox";
import { singleProviderFile } from "./single-provider-file";

describe(singleProviderFile.id, () => {
    it("passes on a folder with one *Provider.ts", () => {
        expect(check(singleProviderFile, "slack")).toEqual([]);
    });

    it("fails on a second provider class file", () => {
        const diagnostics = check(singleProviderFile, "slack", {
            files: { "SlackLegacyProvider.ts": "export class SlackLegacyProvider {}\n" }
        });
        expect(diagnostics).toEqual([
            expect.objectContaining({
                ruleId: "structure/single-provider-file",
                severity: "error",
                file: "backend/src/integrations/providers/slack/SlackProvider.ts"
            })
        ]);
        expect(diagnostics[0].message).toContain("SlackLegacyProvider.ts, SlackProvider.ts");
    });

    it("fails when there is none", () => {
        expect(check(singleProviderFile, "slack", { files: { "SlackProvider.ts": null } })).toEqual(
            [expect.objectContaining({ file: "backend/src/integrations/providers/slack" })]
        );
    });
});
