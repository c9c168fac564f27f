// Runs every project's tests (unit, integration, e2e: see CONTRIBUTING.md "Test layers"); the
// summary reporter prints the "N passed, N failed" line CI reads.
const os = require("os");

module.exports = {
    // Jest's default is one worker per core but one (one worker on two cores). Most spec time is
    // spent waiting on child processes (nx, tsc, git), so run at least two specs at a time.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
        "<rootDir>/packages/nx/jest.config.js",
        "<rootDir>/packages/nx/jest.integration.config.js",
        "<rootDir>/packages/nx-e2e"
    ],
    reporters: ["default", "<rootDir>/tools/scripts/summary-reporter.js"]
};
