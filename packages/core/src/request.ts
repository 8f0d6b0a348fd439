import { EdgeAIRequestError } from './errors.ts';
import { hasVisibleText } from './pii/normalize.ts';
import { createSlicer, heavyTurn, runSteps, runStepsSliced, type Steps } from './pii/yield.ts';

export type ChatRole = 'system' | 'user' | 'assistant';
export interface ChatMessage {
  role: ChatRole;
  text: string;
}
export interface ChatInput {
  /** Which body shape the client sent. */
  format: 'ui-messages' | 'openai' | 'prompt';
  /** Conversation id from the body (`id` of useChat, `conversation_id`) or the x-conversation-id header. */
  conversationId?: string;
  messages: ChatMessage[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a request body as UTF-8 JSON, never more than `maxBytes`. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get('content-type');
  if (type && !/\bjson\b/i.test(type)) {
    throw new EdgeAIRequestError(415, 'unsupported_media_type', `expected application/json, got ${type}`);
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readLimited(request, maxBytes);
  // Decoding and parsing a large body is one uninterruptible piece of work (~10 ms per MB): in a turn of its own, so
  // several large bodies arriving together are parsed one per event-loop turn.
  return bytes.byteLength > LARGE_BODY ? heavyTurn(async () => parseBody(bytes)) : parseBody(bytes);
}

const LARGE_BODY = 64 * 1024;

function parseBody(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new EdgeAIRequestError(400, 'invalid_utf8', 'the request body is not valid UTF-8');
  }
  if (text.trim() === '') throw new EdgeAIRequestError(400, 'empty_body', 'the request body is empty');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EdgeAIRequestError(
      400,
      'malformed_json',
      `the request body is not valid JSON: ${(error as Error).message}`,
    );
  }
}

function tooLarge(maxBytes: number): EdgeAIRequestError {
  return new EdgeAIRequestError(413, 'body_too_large', `the request body exceeds ${maxBytes} bytes`);
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Caps on what one request may ask the gate to inspect (options `maxMessages`, `maxMessageChars`). */
export interface ChatLimits {
  maxMessages: number;
  maxMessageChars: number;
}
const NO_LIMITS: ChatLimits = { maxMessages: Number.POSITIVE_INFINITY, maxMessageChars: Number.POSITIVE_INFINITY };

/** A lone UTF-16 surrogate (not representable in UTF-8, breaks URL encoding of KV keys). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Accepts AI SDK UI-message bodies (useChat), OpenAI-style `{ messages }` and `{ prompt }`. */
export function parseChatBody(
  body: unknown,
  headerConversationId?: string | null,
  limits: ChatLimits = NO_LIMITS,
): ChatInput {
  return runSteps(chatBodySteps(body, headerConversationId, limits));
}

/** `parseChatBody` in slices of the scheduler: validating 20,000 messages is milliseconds of work in one piece. */
export function parseChatBodySliced(
  body: unknown,
  headerConversationId?: string | null,
  limits: ChatLimits = NO_LIMITS,
  /** When the request came in (the scheduler's rank, see yield.ts). */
  since?: number,
): Promise<ChatInput> {
  return runStepsSliced(chatBodySteps(body, headerConversationId, limits), createSlicer(since));
}

/** Messages validated between two points where the sliced parse may pause. */
const STEP = 500;

function* chatBodySteps(
  body: unknown,
  headerConversationId: string | null | undefined,
  limits: ChatLimits,
): Steps<ChatInput> {
  if (!isRecord(body)) throw invalid('the body must be a JSON object with "messages" or "prompt"');
  const header = headerConversationId && headerConversationId.length <= 200 ? headerConversationId : undefined;
  const conversationId = pickConversationId(body) ?? header;
  if (conversationId !== undefined && LONE_SURROGATE.test(conversationId)) {
    throw new EdgeAIRequestError(400, 'invalid_conversation_id', 'the conversation id is not well-formed Unicode');
  }
  let input: ChatInput;
  if (Array.isArray(body.messages)) {
    const raw: unknown[] = body.messages;
    if (raw.length === 0) throw invalid('"messages" must not be empty');
    if (raw.length > limits.maxMessages) {
      throw new EdgeAIRequestError(
        413,
        'too_many_messages',
        `"messages" has ${raw.length} entries; at most ${limits.maxMessages} are accepted`,
      );
    }
    const ui = raw.some((m) => isRecord(m) && Array.isArray(m.parts));
    const messages: ChatMessage[] = [];
    for (let i = 0; i < raw.length; i++) {
      if (i > 0 && i % STEP === 0) yield;
      messages.push(parseMessage(raw[i], i));
    }
    input = { format: ui ? 'ui-messages' : 'openai', conversationId, messages };
  } else if (typeof body.prompt === 'string') {
    input = { format: 'prompt', conversationId, messages: [{ role: 'user', text: body.prompt }] };
  } else {
    throw invalid('the body must have "messages" (array) or "prompt" (string)');
  }
  input.messages.forEach((m, i) => {
    if (m.text.length > limits.maxMessageChars) {
      throw new EdgeAIRequestError(
        413,
        'message_too_large',
        `messages[${i}] has ${m.text.length} characters; at most ${limits.maxMessageChars} are accepted`,
      );
    }
  });
  const last = input.messages.findLast((m) => m.role === 'user');
  // Text made only of invisible characters (zero-width spaces, joiners, BOM …) counts as empty.
  if (!last || !hasVisibleText(last.text))
    throw new EdgeAIRequestError(400, 'empty_text', 'the last user message has no text');
  return input;
}

function parseMessage(message: unknown, index: number): ChatMessage {
  if (!isRecord(message)) throw invalid(`messages[${index}] must be an object`);
  const role = message.role === 'developer' ? 'system' : message.role;
  if (role !== 'system' && role !== 'user' && role !== 'assistant') {
    throw invalid(`messages[${index}].role must be "system", "user" or "assistant"`);
  }
  if (Array.isArray(message.parts)) return { role, text: textOfParts(message.parts, `messages[${index}].parts`) };
  const content = message.content;
  if (typeof content === 'string') return { role, text: content };
  if (content === null && role === 'assistant') return { role, text: '' };
  if (Array.isArray(content)) return { role, text: textOfParts(content, `messages[${index}].content`) };
  throw invalid(`messages[${index}] needs "parts" (UI message) or "content" (string or array)`);
}

function textOfParts(parts: unknown[], where: string): string {
  const texts: string[] = [];
  parts.forEach((part, i) => {
    if (!isRecord(part) || typeof part.type !== 'string')
      throw invalid(`${where}[${i}] must be an object with a "type"`);
    if (part.type === 'text') {
      if (typeof part.text !== 'string') throw invalid(`${where}[${i}].text must be a string`);
      texts.push(part.text);
    }
  });
  return texts.join('\n');
}

function pickConversationId(body: Record<string, unknown>): string | undefined {
  for (const key of ['id', 'conversationId', 'conversation_id']) {
    const value = body[key];
    if (typeof value === 'string' && value.length > 0 && value.length <= 200) return value;
  }
  return undefined;
}

function invalid(message: string): EdgeAIRequestError {
  return new EdgeAIRequestError(400, 'invalid_shape', message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
