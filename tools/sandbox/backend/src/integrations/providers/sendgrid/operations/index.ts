export {
    sendEmailOperation,
    executeSendEmail,
    scheduleEmailOperation,
    executeScheduleEmail
} from "./mail";

export { listTemplatesOperation, executeListTemplates } from "./listTemplates";

export { sendEmailSchema, scheduleEmailSchema, listTemplatesSchema } from "../schemas";
