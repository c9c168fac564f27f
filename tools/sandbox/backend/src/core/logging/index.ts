export interface ServiceLogger {
    debug(context: Record<string, unknown>, message: string): void;
    info(context: Record<string, unknown>, message: string): void;
    warn(context: Record<string, unknown>, message: string): void;
    error(context: Record<string, unknown>, message: string): void;
}

type Level = keyof ServiceLogger;

export function createServiceLogger(service: string): ServiceLogger {
    const log =
        (level: Level) =>
        (context: Record<string, unknown>, message: string): void => {
            const line = JSON.stringify({ level, service, message, ...context });
            if (level === "error" || level === "warn") {
                console.error(line);
            } else if (process.env.LOG_LEVEL === "debug" || level === "info") {
                console.log(line);
            }
        };
    return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}
