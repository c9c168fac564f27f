// Which specs of packages/nx/src form the integration layer: those that run tsc, ESLint or
// Prettier over the model workspace or what is generated into it, copy the model to disk to run
// or hash generated code, or import the real OpenAPI documents. Every other spec is a unit spec
// (jest.config.js); these run in the nx-integration project (jest.integration.config.js).
// src/testing/test-layers.spec.ts keeps a spec that calls the type-check/lint/format helpers out
// of the unit layer.
const INTEGRATION_SPECS = [
    // generated code under tsc --strict and the host's ESLint/Prettier, every era
    "src/generators/integration-provider/compile-matrix.spec.ts",
    "src/generators/integration-provider/openapi-compile.spec.ts",
    "src/testing/property.spec.ts",
    // the OpenAPI import over 30 real documents (22 MB of JSON parsed and dereferenced)
    "src/openapi/real-documents.spec.ts",
    // generated code run against Stripe's signatures in a copy of the model
    "src/generators/integration-provider/generated-runtime.spec.ts",
    // provider-operation's edits type-checked in a copy of the model
    "src/generators/provider-operation/generator.spec.ts",
    // the model itself: strict type check and ESLint
    "src/testing/sandbox-copy.spec.ts",
    // verify-provider's whole-program type checks and the hasher over copies of the model
    "src/executors/verify-provider/verify.spec.ts",
    "src/executors/verify-provider/hasher.spec.ts",
    // host-file edits checked against the host's Prettier (one Prettier process per check)
    "src/host-files/config-file.spec.ts",
    "src/host-files/oauth-registry-file.spec.ts",
    "src/host-files/registry-file.spec.ts",
    "src/host-files/shared-providers-file.spec.ts"
];

module.exports = { INTEGRATION_SPECS };
