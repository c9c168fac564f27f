import { randomBytes, createHash } from "crypto";

/**
 * PKCE (Proof Key for Code Exchange) Utilities
 *
 * @see https://datatracker.ietf.org/doc/html/rfc7636
 */

export function generateCodeVerifier(): string {
    return base64UrlEncode(randomBytes(64));
}

export function generateCodeChallenge(codeVerifier: string): string {
    return base64UrlEncode(createHash("sha256").update(codeVerifier).digest());
}

export function generatePKCEPair(): { codeVerifier: string; codeChallenge: string } {
    const codeVerifier = generateCodeVerifier();
    return { codeVerifier, codeChallenge: generateCodeChallenge(codeVerifier) };
}

function base64UrlEncode(buffer: Buffer): string {
    return buffer.toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
