import type { IProvider, ProviderRegistryEntry } from "./types";

/**
 * Lazy provider registry: entries are cheap metadata plus a loader; a provider module is only
 * imported the first time it is used.
 *
 * `register` is a plain `Map.set`, exactly like the real FlowMaestro registry: registering a name
 * twice silently replaces the first entry. Uniqueness has to be checked by tooling.
 */
export class ProviderRegistry {
    private entries: Map<string, ProviderRegistryEntry> = new Map();
    private instances: Map<string, IProvider> = new Map();
    private pending: Map<string, Promise<IProvider>> = new Map();

    register(entry: ProviderRegistryEntry): void {
        this.entries.set(entry.name, entry);
    }

    has(name: string): boolean {
        return this.entries.has(name);
    }

    getEntry(name: string): ProviderRegistryEntry | undefined {
        return this.entries.get(name);
    }

    list(): ProviderRegistryEntry[] {
        return Array.from(this.entries.values());
    }

    async loadProvider(name: string): Promise<IProvider> {
        const cached = this.instances.get(name);
        if (cached) {
            return cached;
        }

        const inFlight = this.pending.get(name);
        if (inFlight) {
            return inFlight;
        }

        const entry = this.entries.get(name);
        if (!entry) {
            throw new Error(`Unknown provider: ${name}`);
        }

        const loading = entry
            .loader()
            .then((provider) => {
                this.instances.set(name, provider);
                return provider;
            })
            .finally(() => {
                this.pending.delete(name);
            });
        this.pending.set(name, loading);
        return loading;
    }
}

export const providerRegistry = new ProviderRegistry();
