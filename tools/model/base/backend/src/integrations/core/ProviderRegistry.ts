import { getLogger } from "../../core/logging";
import type { IProvider, ProviderRegistryEntry } from "./types";

const logger = getLogger();

/** Entries by name, each provider loaded on first use. A second `register` of a name wins. */
export class ProviderRegistry {
    private providers: Map<string, IProvider> = new Map();
    private registry: Map<string, ProviderRegistryEntry> = new Map();

    register(entry: ProviderRegistryEntry): void {
        this.registry.set(entry.name, entry);
    }

    async loadProvider(name: string): Promise<IProvider> {
        const loaded = this.providers.get(name);
        if (loaded) return loaded;
        const registered = this.registry.get(name);
        if (!registered) throw new Error(`no provider named "${name}" is registered`);
        let instance: IProvider;
        try {
            instance = await registered.loader();
        } catch (err) {
            logger.error({ component: "ProviderRegistry", provider: name, err }, "loader threw");
            throw new Error(`provider "${name}" could not be loaded: ${String(err)}`);
        }
        this.providers.set(name, instance);
        return instance;
    }

    getProvider(name: string): IProvider {
        const loaded = this.providers.get(name);
        if (loaded === undefined) throw new Error(`provider "${name}" is not loaded yet`);
        return loaded;
    }

    isLoaded(name: string): boolean {
        return this.providers.has(name);
    }

    getRegisteredProviders(): string[] {
        return [...this.registry.keys()];
    }
}

export const providerRegistry = new ProviderRegistry();
