// Runs every project's tests; the summary reporter prints the "N passed, N failed" line CI reads.
module.exports = {
    projects: ["<rootDir>/packages/nx", "<rootDir>/packages/nx-e2e"],
    reporters: ["default", "<rootDir>/tools/scripts/summary-reporter.js"]
};
