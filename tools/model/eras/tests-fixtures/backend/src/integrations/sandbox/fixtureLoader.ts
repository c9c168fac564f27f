import { createServiceLogger } from "../../core/logging";
import { fixtureRegistry } from "./FixtureRegistry";
import type { TestFixture } from "./types";

const logger = createServiceLogger("FixtureLoader");

let loaded = false;

/** The exported `...Fixtures` array of a provider's fixtures module, if it has one. */
function fixturesIn(module: Record<string, unknown>): TestFixture[] {
    const list = Object.entries(module).find(([name]) => name.endsWith("Fixtures"))?.[1];
    return Array.isArray(list) ? (list as TestFixture[]) : [];
}

/** Registers every listed provider's fixtures once; a provider without a module is skipped. */
export async function loadAllFixtures(): Promise<void> {
    if (loaded) return;

    const providers = [
        "adp",
        "cloudflare",
        "databricks",
        "google-sheets",
        "slack",
        "sendgrid",
        "zendesk"
    ];

    let total = 0;
    for (const provider of providers) {
        try {
            const fixtures = fixturesIn(
                await import(`../providers/${provider}/__tests__/fixtures`)
            );
            fixtureRegistry.registerAll(fixtures);
            total += fixtures.length;
        } catch (error) {
            logger.debug({ provider, error }, "no fixtures module");
        }
    }

    loaded = true;
    logger.info({ providers: providers.length, fixtures: total }, "fixtures registered");
}

export function areFixturesLoaded(): boolean {
    return loaded;
}
