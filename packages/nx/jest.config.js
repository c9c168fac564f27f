module.exports = {
    displayName: "nx",
    preset: "../../jest.preset.js",
    rootDir: __dirname,
    testMatch: ["<rootDir>/src/**/*.spec.ts"],
    setupFilesAfterEnv: ["<rootDir>/jest.setup.js"],
    restoreMocks: true
};
