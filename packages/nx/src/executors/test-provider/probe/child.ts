import { HttpRecorder } from "./http-recorder";
import { installHostLoader } from "./loader";
import type { ProbeJob, ProviderObservations } from "./observations";
import { observeProvider } from "./observe-provider";

/**
 * The probe process: receives one ProbeJob, runs each provider's own code with HTTP intercepted,
 * and sends back one message per provider (so a crash loses only the provider it happened in).
 */

export type ProbeMessage =
    | { type: "provider"; observations: ProviderObservations }
    | { type: "done" };

function send(message: ProbeMessage): Promise<void> {
    return new Promise((resolve, reject) =>
        process.send!(message, (error: Error | null) => (error ? reject(error) : resolve()))
    );
}

async function runJob(job: ProbeJob): Promise<void> {
    const recorder = new HttpRecorder();
    recorder.start();
    installHostLoader(job.loader, job.tsconfig);
    for (const target of job.providers) {
        await send({
            type: "provider",
            observations: await observeProvider(target, recorder, job.operationTimeout)
        });
    }
    recorder.stop();
    await send({ type: "done" });
    // Host modules may hold timers or pools open.
    process.exit(0);
}

// Host code that fails after its operation was abandoned must not end the probe.
process.on("unhandledRejection", () => undefined);
process.on("uncaughtException", () => undefined);
process.once("message", (job: ProbeJob) =>
    runJob(job).catch((error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
        process.exit(1);
    })
);
