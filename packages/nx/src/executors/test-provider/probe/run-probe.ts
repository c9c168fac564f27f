import { fork } from "child_process";
import type { ProbeMessage } from "./child";
import type { ProbeJob, ProviderObservations } from "./observations";

/** The last characters of the probe's output kept to explain a crash. */
const OUTPUT_TAIL = 2000;

/**
 * A child process's entry module (`require.resolve`d): compiled JavaScript when installed; this
 * package's TypeScript source in its own unit tests, run through the swc loader the repository
 * tests with.
 */
export function childEntry(entry: string): { entry: string; execArgv: string[] } {
    return entry.endsWith(".ts")
        ? { entry, execArgv: ["--require", require.resolve("@swc-node/register")] }
        : { entry, execArgv: [] };
}

/**
 * Runs a job in one child process (the host's modules, loader and interceptors stay out of Nx's
 * process) and returns the observations in the job's order. A provider the probe did not get to
 * because the process died is reported as not loadable, with the process's last output.
 */
export function runProbe(job: ProbeJob, cwd: string): Promise<ProviderObservations[]> {
    const { entry, execArgv } = childEntry(require.resolve("./child"));
    const child = fork(entry, [], {
        cwd,
        execArgv,
        stdio: ["ignore", "pipe", "pipe", "ipc"],
        serialization: "advanced"
    });
    let output = "";
    const keep = (chunk: Buffer) => {
        output = (output + chunk.toString("utf8")).slice(-OUTPUT_TAIL);
    };
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    const received = new Map<string, ProviderObservations>();
    child.on("message", (message: ProbeMessage) => {
        if (message.type === "provider")
            received.set(message.observations.id, message.observations);
    });
    child.send(job);
    return new Promise((resolve) => {
        child.on("exit", (code, signal) => {
            resolve(
                job.providers.map(
                    ({ id }) =>
                        received.get(id) ?? {
                            id,
                            loadError: `the test process ended (${signal ?? `exit code ${code}`}) before reporting on this provider. Its last output:\n${output.trim()}`,
                            operations: [],
                            runs: []
                        }
                )
            );
        });
    });
}
