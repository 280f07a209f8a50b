/** A text message to a phone (an SMS). */
export interface OutboundMessage {
  /** The mainland mobile number, 11 digits. */
  to: string;
  text: string;
}

/** A message as the development channel kept it. */
export interface SentMessage extends OutboundMessage {
  sentAt: Date;
}

/**
 * Where the platform's text messages go. A real SMS provider implements `send` (and throws
 * when the provider refuses, so the caller can answer the user); see docs/security.md.
 */
export interface MessageChannel {
  readonly name: string;
  send(message: OutboundMessage): Promise<void>;
}

/** Defaults of {@link DevelopmentMessageChannel}. */
export const DEVELOPMENT_CHANNEL_DEFAULTS = {
  /** Messages kept in memory, oldest dropped first. */
  keep: 500,
} as const;

/**
 * In development (`APP_ENV=development`) nothing is sent: each message is written to the log
 * and kept in memory, newest first, for `GET /dev/messages` on the gateway.
 */
export class DevelopmentMessageChannel implements MessageChannel {
  readonly name = 'development';
  private readonly messages: SentMessage[] = [];
  private log: (message: SentMessage) => void = () => {};

  constructor(private readonly keep: number = DEVELOPMENT_CHANNEL_DEFAULTS.keep) {}

  /** Where each message is logged (the service's logger, once it has one). */
  logTo(log: (message: SentMessage) => void): void {
    this.log = log;
  }

  async send(message: OutboundMessage): Promise<void> {
    const sent = { ...message, sentAt: new Date() };
    this.messages.unshift(sent);
    this.messages.splice(this.keep);
    this.log(sent);
  }

  /** The messages to one number, newest first. */
  sentTo(to: string): SentMessage[] {
    return this.messages.filter((m) => m.to === to);
  }
}

/**
 * Outside development, until an SMS provider is configured: nothing can be sent, and the
 * request that needed a message fails (logged) rather than pretending it went.
 */
export const unconfiguredMessageChannel: MessageChannel = {
  name: 'none',
  send: () => Promise.reject(new Error('no SMS provider is configured: text messages cannot be sent')),
};
