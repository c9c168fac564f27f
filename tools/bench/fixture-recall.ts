/**
 * An independent count of the fixture cases whose input fails its operation's schema, for the
 * test-provider recall benchmark (BENCHMARKS.md). It goes the host's own way instead of the
 * probe's: the sandbox's fixture loader registers every provider's fixtures, the provider
 * registry loads each provider, and each case is parsed with its operation's inputSchema.
 *
 *   cd <host>/backend && <host>/node_modules/.bin/tsx <this file> <host> <out.json>
 *
 * Writes one JSON document (the host's logger owns stdout): the failing cases by provider and the total.
 */
import * as fs from "fs";
import * as path from "path";

interface Case {
    name?: string;
    input?: unknown;
    expectedError?: { type?: string };
}
interface Fixture {
    operationId: string;
    provider: string;
    validCases?: Case[];
    errorCases?: Case[];
    edgeCases?: Case[];
}
interface Schema {
    safeParse(input: unknown): { success: boolean };
}

async function main(host: string, outFile: string): Promise<void> {
    const integrations = path.join(host, "backend/src/integrations");
    const sandbox = await import(path.join(integrations, "sandbox"));
    const { providerRegistry } = await import(path.join(integrations, "registry"));
    // Every fixture the loader registers, duplicates of one operation included.
    const fixtures: Fixture[] = [];
    const registerAll = sandbox.fixtureRegistry.registerAll.bind(sandbox.fixtureRegistry);
    sandbox.fixtureRegistry.registerAll = (list: Fixture[]) => {
        fixtures.push(...list);
        registerAll(list);
    };
    await sandbox.loadAllFixtures();
    const failing: Record<string, string[]> = {};
    let cases = 0;
    for (const fixture of fixtures) {
        let schema: Schema | undefined;
        try {
            const provider = await providerRegistry.loadProvider(fixture.provider);
            schema = provider
                .getOperations()
                .find(
                    (operation: { id: string }) => operation.id === fixture.operationId
                )?.inputSchema;
        } catch {
            schema = undefined;
        }
        const kinds: [string, Case[] | undefined][] = [
            ["valid", fixture.validCases],
            ["error", fixture.errorCases],
            ["edge", fixture.edgeCases]
        ];
        for (const [kind, list] of kinds) {
            for (const item of list ?? []) {
                cases++;
                if (!schema || schema.safeParse(item.input).success) continue;
                if (kind === "error" && item.expectedError?.type === "validation") continue;
                (failing[fixture.provider] ??= []).push(
                    `${fixture.operationId} ${kind} ${item.name}`
                );
            }
        }
    }
    const total = Object.values(failing).reduce((sum, list) => sum + list.length, 0);
    fs.writeFileSync(
        outFile,
        `${JSON.stringify({ fixtures: fixtures.length, cases, failingCases: total, failing }, null, 1)}\n`
    );
    process.exit(0);
}

void main(
    path.resolve(process.argv[2] ?? "."),
    path.resolve(process.argv[3] ?? "fixture-recall.json")
);
