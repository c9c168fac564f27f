import { parseRegistryFile } from "../../host-files/registry-file";
import { parseHostFile } from "./host-models";
import { checkHostFile } from "./rule";
import type { HostFile } from "./registration-slice";

const REGISTRY = "backend/src/integrations/registry.ts";

function hostFile<T>(source: string, parse: (source: string, file: string) => T): HostFile<T> {
    return parseHostFile(REGISTRY, Buffer.from(source), parse);
}

describe("checkHostFile", () => {
    it("points a file with a syntax error at the error", () => {
        const broken = hostFile(
            'import { providerRegistry } from "./core/ProviderRegistry";\nconst slackEntry = {\n    name: "slack",,\n};\n',
            parseRegistryFile
        );
        expect(checkHostFile(broken, () => [])).toEqual([
            expect.objectContaining({
                file: REGISTRY,
                position: { line: 3, column: 19 },
                message: expect.stringMatching(
                    /^Cannot check this registration: not valid TypeScript \(Property assignment expected\.\); fix the file first\.$/
                )
            })
        ]);
    });

    it("points a missing or misshapen file at its first line", () => {
        const missing: HostFile<unknown> = { file: REGISTRY, error: `${REGISTRY} does not exist` };
        expect(checkHostFile(missing, () => [])).toEqual([
            expect.objectContaining({ position: { line: 1, column: 1 } })
        ]);
    });
});
