import * as net from "net";
import type { ObservedRequest } from "./observations";

/**
 * Every HTTP request of this process (http, https, fetch) is intercepted by msw, recorded, and
 * answered with a plausible JSON body; nothing reaches the network. Raw sockets (database drivers)
 * are refused outright, so a provider that does not speak HTTP fails fast instead of dialling out.
 */

/** A body most clients can map without throwing: an object with the usual collection keys empty. */
const PLAUSIBLE_BODY = {
    id: "test-id",
    data: [],
    items: [],
    results: [],
    result: [],
    records: [],
    value: []
};

export class HttpRecorder {
    private recording: ObservedRequest[] = [];
    private server?: { close(): void };

    /** Starts intercepting; call before any host module is loaded (some capture `fetch`). */
    start(): void {
        // Loaded here, not at the top: the executor's own process never needs msw.
        const { setupServer } = require("msw/node") as typeof import("msw/node");
        const { http, HttpResponse } = require("msw") as typeof import("msw");
        const server = setupServer(
            http.all("*", async ({ request }) => {
                this.recording.push({
                    method: request.method,
                    url: request.url,
                    headers: Object.fromEntries(request.headers.entries()),
                    body: await request.text()
                });
                return HttpResponse.json(PLAUSIBLE_BODY);
            })
        );
        server.listen({ onUnhandledRequest: "error" });
        this.server = server;
        net.Socket.prototype.connect = function refuseConnection(this: net.Socket): net.Socket {
            throw new Error(
                "test-provider: network connections are disabled (only HTTP is intercepted)"
            );
        } as typeof net.Socket.prototype.connect;
    }

    /** The requests made while `run` is awaited (which must not throw). */
    async record<T>(run: () => Promise<T>): Promise<{ value: T; requests: ObservedRequest[] }> {
        const requests: ObservedRequest[] = [];
        this.recording = requests;
        try {
            return { value: await run(), requests };
        } finally {
            // Requests of an abandoned run that come later are not this run's.
            this.recording = [];
        }
    }

    stop(): void {
        this.server?.close();
    }
}
