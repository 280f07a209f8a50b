import { randomInt } from 'node:crypto';
import type { PlatformOptions, TestPlatform } from '@tjxf/test-kit';
import { graphqlFrom } from './from-address.js';

/** Identity and gateway as in development: codes go to the development channel and /dev/messages. */
export const DEVELOPMENT: PlatformOptions = {
  serviceEnv: { identity: { APP_ENV: 'development' } },
  gatewayEnv: { APP_ENV: 'development' },
};

export const REQUEST_CODE = 'mutation Code($phone: String!) { requestVerificationCode(phone: $phone) }';
export const REGISTER = `mutation Register($input: RegisterCitizenInput!) {
  registerCitizen(input: $input) { accessToken passwordChangeRequired account { id username phone displayName roles } }
}`;
export const RESET = 'mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) }';

export interface RegisterPayload {
  registerCitizen: {
    accessToken: string;
    passwordChangeRequired: boolean;
    account: { id: string; username: string; phone: string; displayName: string; roles: string[] };
  };
}

/** A mobile number no other test uses (199 and 8 random digits). */
export const uniquePhone = () => `199${String(randomInt(10 ** 8)).padStart(8, '0')}`;

let lastAddress = randomInt(1, 200) * 250;
/** A loopback address no other request of this file used: each caller is a client of its own. */
export const freshAddress = () => {
  lastAddress += 1;
  return `127.${50 + Math.floor(lastAddress / 62_500)}.${Math.floor(lastAddress / 250) % 250}.${(lastAddress % 250) + 1}`;
};

/** Asks for a code from an address of its own (so the per-address allowance is not shared). */
export const requestCode = (platform: TestPlatform, phone: string, address = freshAddress()) =>
  graphqlFrom<{ requestVerificationCode: boolean }>(platform, address, REQUEST_CODE, { phone });

export interface DevMessage {
  to: string;
  text: string;
  sentAt: string;
}

/** `GET /dev/messages?to=` on the gateway at `base` (the platform's by default). */
export async function devMessages(platform: TestPlatform, phone: string, base?: string): Promise<Response> {
  return fetch(`${base ?? new URL(platform.gatewayUrl).origin}/dev/messages?to=${encodeURIComponent(phone)}`);
}

/** The code of the newest message to the phone. */
export async function latestCode(platform: TestPlatform, phone: string): Promise<string> {
  const messages = (await (await devMessages(platform, phone)).json()) as DevMessage[];
  const code = /验证码是(\d{6})/.exec(messages[0]?.text ?? '')?.[1];
  if (!code) throw new Error(`no code was sent to ${phone}: ${JSON.stringify(messages)}`);
  return code;
}

/** Sends a code to a new phone and returns both. */
export async function codeFor(platform: TestPlatform, phone = uniquePhone()) {
  const sent = await requestCode(platform, phone);
  if (sent.errors) throw new Error(JSON.stringify(sent.errors));
  return { phone, code: await latestCode(platform, phone) };
}

/** A registered citizen, signed in. */
export async function registerCitizen(platform: TestPlatform, name = '市民甲') {
  const { phone, code } = await codeFor(platform);
  const password = `Citizen#${randomInt(10 ** 9)}`;
  const result = await platform.graphql<RegisterPayload>(REGISTER, { input: { phone, code, password, name } });
  if (!result.data?.registerCitizen) throw new Error(JSON.stringify(result.errors));
  const { accessToken: token, account } = result.data.registerCitizen;
  return { phone, password, token, id: account.id };
}
