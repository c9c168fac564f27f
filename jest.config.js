// Runs every project's tests (unit, integration, e2e: see CONTRIBUTING.md "Test layers"); the
// summary reporter prints the "N passed, N failed" line CI reads.
const os = require("os");

module.exports = {
    // Jest's default is one worker per core but one. Most spec time is spent waiting on child
    // processes (nx, tsc, git), so even a two-core machine runs two specs at a time.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
        "<rootDir>/packages/nx/jest.config.js",
        "<rootDir>/packages/nx/jest.integration.config.js",
        "<rootDir>/packages/nx-e2e"
    ],
    reporters: ["default", "<rootDir>/tools/scripts/summary-reporter.js"]
};
