import { createHmac, timingSafeEqual } from "crypto";

/** Constant-time comparison that never throws on length mismatch. */
export function safeEqual(expected: string, received: string): boolean {
    const a = Buffer.from(expected, "utf8");
    const b = Buffer.from(received, "utf8");
    if (a.length !== b.length) {
        return false;
    }
    return timingSafeEqual(a, b);
}

function stripPrefix(signature: string, prefix: string): string {
    return signature.startsWith(prefix) ? signature.slice(prefix.length) : signature;
}

export function verifyHmacSha256(
    secret: string,
    payload: string | Buffer,
    signature: string
): boolean {
    const digest = createHmac("sha256", secret).update(payload).digest("hex");
    return safeEqual(digest, stripPrefix(signature, "sha256="));
}

export function verifyHmacSha1(
    secret: string,
    payload: string | Buffer,
    signature: string
): boolean {
    const digest = createHmac("sha1", secret).update(payload).digest("hex");
    return safeEqual(digest, stripPrefix(signature, "sha1="));
}

export function verifyBearerToken(secret: string, authorizationHeader: string): boolean {
    return safeEqual(secret, stripPrefix(authorizationHeader, "Bearer "));
}

/**
 * Signature over `${timestamp}.${payload}` (HMAC-SHA256, hex). Rejects timestamps older or newer
 * than the tolerance so that a captured request cannot be replayed later.
 */
export function verifyTimestampSignature(
    secret: string,
    payload: string | Buffer,
    signature: string,
    timestamp: string,
    toleranceSeconds: number,
    nowSeconds: number = Math.floor(Date.now() / 1000)
): boolean {
    const issuedAt = Number(timestamp);
    if (!Number.isFinite(issuedAt) || Math.abs(nowSeconds - issuedAt) > toleranceSeconds) {
        return false;
    }
    const digest = createHmac("sha256", secret)
        .update(`${timestamp}.`)
        .update(payload)
        .digest("hex");
    return safeEqual(digest, stripPrefix(signature, "v1="));
}
