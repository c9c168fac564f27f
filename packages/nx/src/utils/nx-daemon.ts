/**
 * The Nx daemon plans sync generators on every file change and writes a plan only when `nx sync`
 * asks, maybe never: a lock held there until the write would block every generator run.
 */
export function onNxDaemon(): boolean {
    return (globalThis as { NX_DAEMON?: boolean }).NX_DAEMON === true;
}
