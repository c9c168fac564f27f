// Runs every project's tests (unit, integration, e2e: see CONTRIBUTING.md "Test layers"); the
// summary reporter prints the "N passed, N failed" line CI reads.
module.exports = {
    projects: [
        "<rootDir>/packages/nx/jest.config.js",
        "<rootDir>/packages/nx/jest.integration.config.js",
        "<rootDir>/packages/nx-e2e"
    ],
    reporters: ["default", "<rootDir>/tools/scripts/summary-reporter.js"]
};
