export { sendMessageSchema, sendMessageOperation, executeSendMessage } from "./sendMessage";
export type { SendMessageParams } from "./sendMessage";

export { listChannelsSchema, listChannelsOperation, executeListChannels } from "./listChannels";
export type { ListChannelsParams } from "./listChannels";

export { getUserSchema, getUserOperation, executeGetUser } from "./getUser";
export type { GetUserParams } from "./getUser";
