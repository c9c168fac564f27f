import type { Tree } from "@nx/devkit";
import type { ResolvedPluginOptions } from "../config/plugin-options";
import type { RegistrationModel } from "../model/registration";
import { WritableHostSession } from "../registration/host-session";
import { registerProvider } from "../registration/registrar";

/** For specs: `registerProvider` in a writable session of its own, under the lock, released after. */
export async function registerUnderLock(
    tree: Tree,
    registration: RegistrationModel,
    options: ResolvedPluginOptions
): Promise<ReturnType<typeof registerProvider>> {
    const session = await WritableHostSession.open(tree, options);
    try {
        return registerProvider(session, registration);
    } finally {
        session.lock.release();
    }
}
