import { getLogger } from "../../core/logging";
import type { IProvider, ProviderRegistryEntry } from "./types";

const logger = getLogger();

/**
 * Provider Registry - manages provider instances and lazy loading
 *
 * `register` is a plain `Map.set`: registering a name twice silently replaces the first entry.
 */
export class ProviderRegistry {
    private providers: Map<string, IProvider> = new Map();
    private registry: Map<string, ProviderRegistryEntry> = new Map();

    register(entry: ProviderRegistryEntry): void {
        this.registry.set(entry.name, entry);
    }

    /**
     * Load provider (lazy loading, cached)
     */
    async loadProvider(name: string): Promise<IProvider> {
        const cached = this.providers.get(name);
        if (cached) {
            return cached;
        }

        const entry = this.registry.get(name);
        if (!entry) {
            throw new Error(`Provider ${name} not found in registry`);
        }

        try {
            const provider = await entry.loader();
            this.providers.set(name, provider);
            return provider;
        } catch (error) {
            logger.error(
                { component: "ProviderRegistry", providerName: name, err: error },
                "Failed to load provider"
            );
            throw new Error(
                `Failed to load provider ${name}: ${error instanceof Error ? error.message : "Unknown error"}`
            );
        }
    }

    getProvider(name: string): IProvider {
        const provider = this.providers.get(name);
        if (!provider) {
            throw new Error(`Provider ${name} not loaded. Call loadProvider() first.`);
        }
        return provider;
    }

    isLoaded(name: string): boolean {
        return this.providers.has(name);
    }

    getRegisteredProviders(): string[] {
        return Array.from(this.registry.keys());
    }
}

export const providerRegistry = new ProviderRegistry();
