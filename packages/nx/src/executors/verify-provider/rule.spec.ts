import { parseRegistryFile } from "../../host-files/registry-file";
import { checkHostFile } from "./rule";
import type { HostFile } from "./registration-slice";

const REGISTRY = "backend/src/integrations/registry.ts";

function hostFile<T>(source: string, parse: (source: string, file: string) => T): HostFile<T> {
    try {
        return { file: REGISTRY, model: parse(source, REGISTRY) };
    } catch (error) {
        return { file: REGISTRY, error: (error as Error).message };
    }
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
                    /^Cannot check .*registry\.ts: .*not valid TypeScript/
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
