import { z } from "zod";

// Fields that more than one Slack operation accepts.

export const SlackChannelSchema = z.string().min(1).describe("Target room: its id or #name");

export const SlackTextSchema = z
    .string()
    .min(1)
    .max(4000)
    .describe("Message body (mrkdwn allowed)");

export const SlackThreadTsSchema = z
    .string()
    .optional()
    .describe("Parent message stamp; the message becomes a threaded reply");

export const SlackBlocksSchema = z
    .array(z.record(z.unknown()))
    .optional()
    .describe("Layout blocks rendered below the text");
