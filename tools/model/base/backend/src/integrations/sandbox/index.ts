/**
 * Sandbox Module
 *
 * Sandbox/test connection support for integration operations: test connections return fixture
 * data instead of hitting real APIs. (The host also exports its SandboxDataService and
 * SandboxConfig from here; the miniature keeps the fixture side.)
 */

// Types
export type { TestFixture, TestCase, ExpectedError, SandboxScenario } from "./types";

// Fixture Registry
export { FixtureRegistry, fixtureRegistry } from "./FixtureRegistry";

// Fixture Loader
export { loadAllFixtures, areFixturesLoaded } from "./fixtureLoader";
