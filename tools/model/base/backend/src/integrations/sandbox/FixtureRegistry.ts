import type { TestFixture, TestCase } from "./types";

const keyOf = (provider: string, operationId: string): string => `${provider}:${operationId}`;

/** Fixtures by provider and operation id; registering the same pair again replaces it. */
export class FixtureRegistry {
    private fixtures: Map<string, TestFixture<unknown, unknown>> = new Map();

    register<TInput, TOutput>(fixture: TestFixture<TInput, TOutput>): void {
        this.fixtures.set(
            keyOf(fixture.provider, fixture.operationId),
            fixture as TestFixture<unknown, unknown>
        );
    }

    registerAll(fixtures: TestFixture<unknown, unknown>[]): void {
        fixtures.forEach((fixture) => this.register(fixture));
    }

    get(provider: string, operationId: string): TestFixture<unknown, unknown> | undefined {
        return this.fixtures.get(keyOf(provider, operationId));
    }

    has(provider: string, operationId: string): boolean {
        return this.get(provider, operationId) !== undefined;
    }

    /** A valid or error case by name (edge cases are not looked up). */
    getTestCase(
        provider: string,
        operationId: string,
        caseName: string
    ): TestCase<unknown, unknown> | undefined {
        const found = this.get(provider, operationId);
        const cases: TestCase<unknown, unknown>[] = found
            ? [...found.validCases, ...found.errorCases]
            : [];
        return cases.find(({ name }) => name === caseName);
    }

    getProviders(): string[] {
        return [...new Set([...this.fixtures.values()].map(({ provider }) => provider))];
    }

    clear(): void {
        this.fixtures.clear();
    }
}

export const fixtureRegistry = new FixtureRegistry();
