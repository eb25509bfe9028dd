import { readFileSync } from 'node:fs';

/** A listening TCP socket from the kernel's table: its local address and port. */
export interface ListenSocket {
  address: string;
  port: number;
}

/** `st` 0A in /proc/net/tcp* is TCP_LISTEN. */
const LISTEN = '0A';
const WHITESPACE = /\s+/;
const WORD = /.{8}/g;
const BYTE = /.{2}/g;

/** The kernel prints each 32-bit word of an address in host (little-endian) order. */
const wordBytes = (word: string): number[] =>
  (word.match(BYTE) ?? []).map((pair) => Number.parseInt(pair, 16)).reverse();

const ipv4Of = (hex: string): string => wordBytes(hex).join('.');

const ipv6Of = (hex: string): string => {
  const bytes = (hex.match(WORD) ?? []).flatMap(wordBytes);
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 255 && bytes[11] === 255;
  if (mapped) return `::ffff:${bytes.slice(12).join('.')}`;
  const groups = [];
  for (let i = 0; i < 16; i += 2)
    groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  return groups.join(':');
};

const socketsIn = (file: string, addressOf: (hex: string) => string): ListenSocket[] => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return []; // no IPv6 on this machine
  }
  return text
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(WHITESPACE))
    .filter((fields) => fields[3] === LISTEN)
    .map((fields) => {
      const [hex = '', port = '0'] = (fields[1] ?? '').split(':');
      return { address: addressOf(hex), port: Number.parseInt(port, 16) };
    });
};

/** Every listening TCP socket of the machine (IPv4 and IPv6), from /proc/net/tcp*. */
export const listenSockets = (): ListenSocket[] => [
  ...socketsIn('/proc/net/tcp', ipv4Of),
  ...socketsIn('/proc/net/tcp6', ipv6Of),
];

/** 127.0.0.0/8, ::1, or 127.x mapped into IPv6. */
export const isLoopback = (address: string): boolean =>
  address.startsWith('127.') || address.startsWith('::ffff:127.') || address === '0:0:0:0:0:0:0:1';
