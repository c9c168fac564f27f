// A minimal server for Nx's self-hosted remote cache protocol (the OpenAPI contract Nx publishes
// for NX_SELF_HOSTED_REMOTE_CACHE_SERVER; Nx 23's client is native code, nx/src/native/cache/
// http_remote_cache.rs): `PUT /v1/cache/{hash}` stores a task's tar.gz (200; 409 when the hash
// is already stored), `GET /v1/cache/{hash}` returns it (200, application/octet-stream; 404 when
// unknown); both require `Authorization: Bearer <token>` (401 otherwise). Blobs live in memory.
// Used by the remote-cache e2e test and tools/scripts/check-portable-hashes.js.
const http = require("http");

/**
 * @typedef {object} RemoteCacheServer
 * @property {string} url
 * @property {Map<string, Buffer>} blobs stored task results by hash
 * @property {{ method: string | undefined, hash: string | undefined, status: number }[]} requests
 * @property {Record<string, string>} env what points Nx at this server
 * @property {() => Promise<void>} close
 */

/**
 * Starts the server on a free local port.
 * @param {string} [token]
 * @returns {Promise<RemoteCacheServer>}
 */
function startRemoteCacheServer(token = "fm-e2e-token") {
    /** @type {Map<string, Buffer>} */
    const blobs = new Map();
    /** @type {{ method: string | undefined, hash: string | undefined, status: number }[]} */
    const requests = [];
    const server = http.createServer((request, response) => {
        const match = /^\/v1\/cache\/([^/?]+)$/.exec(request.url ?? "");
        const chunks = [];
        request.on("data", (chunk) => chunks.push(chunk));
        request.on("end", () => {
            const reply = (status, body) => {
                requests.push({ method: request.method, hash: match?.[1], status });
                response.writeHead(
                    status,
                    body ? { "Content-Type": "application/octet-stream" } : {}
                );
                response.end(body);
            };
            if (request.headers.authorization !== `Bearer ${token}`) return reply(401);
            if (!match) return reply(404);
            const hash = match[1];
            if (request.method === "PUT") {
                if (blobs.has(hash)) return reply(409);
                blobs.set(hash, Buffer.concat(chunks));
                return reply(200);
            }
            if (request.method === "GET") {
                return blobs.has(hash) ? reply(200, blobs.get(hash)) : reply(404);
            }
            reply(405);
        });
    });
    return new Promise((resolve) => {
        server.listen(0, "127.0.0.1", () => {
            const { port } = server.address();
            resolve({
                url: `http://127.0.0.1:${port}`,
                blobs,
                requests,
                env: {
                    NX_SELF_HOSTED_REMOTE_CACHE_SERVER: `http://127.0.0.1:${port}`,
                    NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN: token
                },
                close: () => new Promise((done) => server.close(done))
            });
        });
    });
}

module.exports = { startRemoteCacheServer };
