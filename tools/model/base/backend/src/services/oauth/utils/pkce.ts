import { randomBytes, createHash } from "crypto";

/** RFC 7636 values: a random verifier and its S256 challenge, both base64url without padding. */

export function generateCodeVerifier(): string {
    return randomBytes(64).toString("base64url");
}

export function generateCodeChallenge(codeVerifier: string): string {
    return createHash("sha256").update(codeVerifier).digest("base64url");
}

export function generatePKCEPair(): { codeVerifier: string; codeChallenge: string } {
    const verifier = generateCodeVerifier();
    return { codeVerifier: verifier, codeChallenge: generateCodeChallenge(verifier) };
}
