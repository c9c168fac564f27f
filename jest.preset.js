// Shared Jest settings for every project in this workspace (Nx convention).
module.exports = {
    testEnvironment: "node",
    transform: {
        "^.+\\.[tj]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" } }]
    },
    moduleFileExtensions: ["ts", "js", "json"],
    testMatch: ["**/?(*.)+(spec|test).ts"]
};
