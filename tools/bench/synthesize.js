// Deterministic, varied provider specs for the benchmark: both auth types, 5–30 operations each,
// every parameter type, some webhooks. Same seed, same workspace.
const VERBS = ["get", "list", "search", "create", "update", "delete", "send", "archive"];
const NOUNS = ["Ticket", "User", "Channel", "Message", "Invoice", "Order", "Contact", "Deal", "File", "Event", "Comment", "Task", "Project", "Report", "Webhook"];
const PARAMETER_TYPES = ["string", "number", "integer", "boolean", "enum", "array", "object"];
const SIGNATURES = ["hmac_sha256", "hmac_sha1", "bearer_token", "timestamp_signature", "none"];
const CATEGORIES = ["communication", "productivity", "crm", "project_management", "developer_tools", "file_storage", "marketing", "customer_support", "payments", "analytics"];

function mulberry32(seed) {
    return function next() {
        seed |= 0;
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

function parameter(random, name, required) {
    const type = PARAMETER_TYPES[Math.floor(random() * PARAMETER_TYPES.length)];
    const spec = { name, type, required, description: `The ${name}` };
    if (type === "enum") spec.values = ["low", "normal", "high"];
    if (type === "array") spec.items = "string";
    return spec;
}

function operations(random, count) {
    const result = [];
    const used = new Set();
    for (let index = 0; result.length < count; index++) {
        const verb = VERBS[index % VERBS.length];
        const noun = NOUNS[Math.floor(index / VERBS.length) % NOUNS.length];
        const id = `${verb}${noun}${index >= VERBS.length * NOUNS.length ? index : ""}`;
        if (used.has(id)) continue;
        used.add(id);
        const withPath = random() < 0.5;
        const parameters = withPath ? [{ name: "itemId", type: "string", required: true }] : [];
        const extra = 1 + Math.floor(random() * 5);
        for (let p = 0; p < extra; p++) parameters.push(parameter(random, `field${p}`, random() < 0.4));
        result.push({
            id,
            description: `${verb} ${noun.toLowerCase()}s`,
            path: withPath ? `/${noun.toLowerCase()}s/{itemId}` : `/${noun.toLowerCase()}s`,
            parameters
        });
    }
    return result;
}

function providerSpec(index, random, operationCount) {
    const id = `bench-provider-${index}`;
    const oauth = index % 2 === 0;
    const spec = {
        id,
        displayName: `Bench Provider ${index}`,
        description: `Synthetic provider ${index} for the benchmark`,
        category: CATEGORIES[index % CATEGORIES.length],
        baseUrl: `https://api.bench${index}.example/v1`,
        logoDomain: `bench${index}.example`,
        auth: oauth
            ? {
                  type: "oauth2",
                  authUrl: `https://bench${index}.example/oauth/authorize`,
                  tokenUrl: `https://bench${index}.example/oauth/token`,
                  scopes: ["read", "write"]
              }
            : { type: "api_key", headerName: "X-Api-Key", headerTemplate: "{{api_key}}" },
        rateLimit: { tokensPerMinute: 120 },
        operations: operations(random, operationCount ?? 5 + Math.floor(random() * 26))
    };
    if (index % 3 === 0) {
        const signatureType = SIGNATURES[index % SIGNATURES.length];
        spec.webhooks = {
            signatureType,
            ...(signatureType === "none" ? {} : { signatureHeader: "X-Bench-Signature" }),
            ...(signatureType === "timestamp_signature" ? { timestampHeader: "X-Bench-Timestamp" } : {}),
            triggers: [{ id: "item_created", name: "Item Created", description: "An item was created" }]
        };
    }
    return spec;
}

function benchmarkSpecs(count, seed = 42) {
    const random = mulberry32(seed);
    return Array.from({ length: count }, (_, index) => providerSpec(index, random));
}

module.exports = { benchmarkSpecs, providerSpec, mulberry32 };
