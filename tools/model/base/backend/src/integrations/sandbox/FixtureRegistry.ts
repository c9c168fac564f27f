/**
 * Fixture Registry
 *
 * Central registry for test fixtures, keyed by `<provider>:<operationId>`.
 */

import type { TestFixture, TestCase } from "./types";

export class FixtureRegistry {
    private fixtures: Map<string, TestFixture<unknown, unknown>> = new Map();

    register<TInput, TOutput>(fixture: TestFixture<TInput, TOutput>): void {
        const key = `${fixture.provider}:${fixture.operationId}`;
        this.fixtures.set(key, fixture as TestFixture<unknown, unknown>);
    }

    registerAll(fixtures: TestFixture<unknown, unknown>[]): void {
        for (const fixture of fixtures) {
            this.register(fixture);
        }
    }

    get(provider: string, operationId: string): TestFixture<unknown, unknown> | undefined {
        return this.fixtures.get(`${provider}:${operationId}`);
    }

    has(provider: string, operationId: string): boolean {
        return this.fixtures.has(`${provider}:${operationId}`);
    }

    getTestCase(
        provider: string,
        operationId: string,
        caseName: string
    ): TestCase<unknown, unknown> | undefined {
        const fixture = this.get(provider, operationId);
        if (!fixture) return undefined;

        return [...fixture.validCases, ...fixture.errorCases].find((c) => c.name === caseName);
    }

    getProviders(): string[] {
        return Array.from(new Set(Array.from(this.fixtures.keys(), (key) => key.split(":")[0])));
    }

    clear(): void {
        this.fixtures.clear();
    }
}

export const fixtureRegistry = new FixtureRegistry();
