module.exports = {
    displayName: "nx-e2e",
    preset: "../../jest.preset.js",
    rootDir: __dirname,
    testMatch: ["<rootDir>/tests/**/*.spec.ts"],
    testTimeout: 300000,
    globalSetup: "<rootDir>/src/global-setup.js"
};
