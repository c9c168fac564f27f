import * as fs from "fs";
import type * as ts from "typescript";
import { FlowmaestroError } from "../../../utils/errors";
import type { HostLoader } from "./observations";

/**
 * How the host's TypeScript is run, found from the host itself: the `tsx` its backend runs with
 * (FlowMaestro's `dev` and seeding scripts), else a require hook over the host's own TypeScript
 * (`transpileModule`, one file at a time: what `tsx` does minus its cache). Nothing to configure.
 */
export function findHostLoader(backendDir: string): HostLoader {
    const resolveFromHost = (request: string) => {
        try {
            return require.resolve(request, { paths: [backendDir] });
        } catch {
            return undefined;
        }
    };
    const tsxApi = resolveFromHost("tsx/cjs/api");
    if (tsxApi) return { kind: "tsx", api: tsxApi, esmApi: resolveFromHost("tsx/esm/api") };
    const typescript = resolveFromHost("typescript");
    if (typescript) return { kind: "typescript", module: typescript };
    throw new FlowmaestroError(
        `test-provider: cannot run the host's TypeScript: neither tsx nor typescript resolves from ${backendDir}. Install the host's dependencies (npm ci) first.`
    );
}

/** The host's compiler options (backend tsconfig) for emitting CommonJS, one file at a time. */
function transpileOptions(typescript: typeof ts, tsconfig: string): ts.CompilerOptions {
    const parsed = fs.existsSync(tsconfig)
        ? typescript.getParsedCommandLineOfConfigFile(
              tsconfig,
              {},
              {
                  ...typescript.sys,
                  onUnRecoverableConfigFileDiagnostic: () => undefined
              }
          )
        : undefined;
    return {
        ...parsed?.options,
        module: typescript.ModuleKind.CommonJS,
        esModuleInterop: true,
        noEmit: false,
        declaration: false,
        sourceMap: false,
        inlineSourceMap: true
    };
}

/** Makes `require` of the host's `.ts` files work in this process (the probe's). */
export function installHostLoader(loader: HostLoader, tsconfig: string): void {
    if (loader.kind === "tsx") {
        (require(loader.api) as { register(): unknown }).register();
        // `await import("./x")` in host code goes through Node's ESM loader, as under the tsx CLI.
        if (loader.esmApi) (require(loader.esmApi) as { register(): unknown }).register();
        return;
    }
    const typescript = require(loader.module) as typeof ts;
    const compilerOptions = transpileOptions(typescript, tsconfig);
    const extensions = (require("module") as { _extensions: Record<string, unknown> })._extensions;
    extensions[".ts"] = (module: { _compile(code: string, file: string): void }, file: string) => {
        const { outputText } = typescript.transpileModule(fs.readFileSync(file, "utf8"), {
            compilerOptions,
            fileName: file
        });
        module._compile(outputText, file);
    };
}
