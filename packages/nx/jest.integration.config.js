// The integration layer: the specs jest.layers.js names (real tsc/ESLint/Prettier, whole-program
// type checks of the model), with the unit project's settings.
const { INTEGRATION_SPECS } = require("./jest.layers");
const unit = require("./jest.config");

module.exports = {
    ...unit,
    displayName: "nx-integration",
    testMatch: INTEGRATION_SPECS.map((spec) => `<rootDir>/${spec}`),
    testPathIgnorePatterns: ["/node_modules/"]
};
