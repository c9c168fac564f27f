/**
 * Centralized Logging Module
 *
 * The host's module wraps pino (Cloud Logging, PII redaction). The sandbox keeps its entry points,
 * `getLogger()` and `createServiceLogger(serviceName)`, and pino's call shape:
 * `logger.error({ component, err }, "message")` or `logger.info("message")`.
 */

type LogLevel = "trace" | "debug" | "info" | "warn" | "error" | "fatal";

type LogFn = (objOrMessage: object | string, message?: string) => void;

/** The host's logger is pino's: `trace` and `fatal` too. */
export interface Logger {
    trace: LogFn;
    debug: LogFn;
    info: LogFn;
    warn: LogFn;
    error: LogFn;
    fatal: LogFn;
    child(bindings: Record<string, unknown>): Logger;
}

const LEVELS: LogLevel[] = ["trace", "debug", "info", "warn", "error", "fatal"];

function createLogger(bindings: Record<string, unknown>): Logger {
    const threshold = LEVELS.indexOf((process.env.LOG_LEVEL as LogLevel) || "info");
    const log =
        (level: LogLevel): LogFn =>
        (objOrMessage, message) => {
            if (LEVELS.indexOf(level) < threshold) {
                return;
            }
            const fields = typeof objOrMessage === "string" ? {} : objOrMessage;
            const msg = typeof objOrMessage === "string" ? objOrMessage : message;
            process.stdout.write(JSON.stringify({ level, ...bindings, ...fields, msg }) + "\n");
        };
    return {
        trace: log("trace"),
        debug: log("debug"),
        info: log("info"),
        warn: log("warn"),
        error: log("error"),
        fatal: log("fatal"),
        child: (childBindings) => createLogger({ ...bindings, ...childBindings })
    };
}

const rootLogger = createLogger({});

/**
 * Get the application logger
 */
export function getLogger(): Logger {
    return rootLogger;
}

/**
 * Create a logger bound to a service name
 */
export function createServiceLogger(serviceName: string): Logger {
    return rootLogger.child({ service: serviceName });
}
