// The unit layer: every spec of src/ but the integration ones (jest.layers.js).
const { INTEGRATION_SPECS } = require("./jest.layers");

module.exports = {
    displayName: "nx",
    preset: "../../jest.preset.js",
    rootDir: __dirname,
    testMatch: ["<rootDir>/src/**/*.spec.ts"],
    testPathIgnorePatterns: [
        "/node_modules/",
        ...INTEGRATION_SPECS.map((spec) => `<rootDir>/${spec}$`)
    ],
    setupFilesAfterEnv: ["<rootDir>/jest.setup.js"],
    restoreMocks: true
};
