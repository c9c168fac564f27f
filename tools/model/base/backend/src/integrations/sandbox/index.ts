export type { TestFixture, TestCase, ExpectedError, SandboxScenario } from "./types";

export { FixtureRegistry, fixtureRegistry } from "./FixtureRegistry";

export { loadAllFixtures, areFixturesLoaded } from "./fixtureLoader";
