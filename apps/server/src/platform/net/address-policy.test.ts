// The address table: what a user-supplied host may resolve to. Public unicast passes; loopback,
// private, link-local, CGNAT, multicast, unspecified, broadcast, reserved and metadata addresses are
// refused in both families, and IPv6 forms that wrap an IPv4 address are judged by that address.
import { describe, expect, it } from 'vitest';
import { isIpLiteral, judgeAddress } from './address-policy.js';

const allowed = [
  '93.184.216.34',
  '1.1.1.1',
  '8.8.8.8',
  '100.63.255.255', // just below CGNAT
  '100.128.0.0', // just above CGNAT
  '172.15.255.255', // just below 172.16/12
  '172.32.0.0', // just above it
  '2606:4700:4700::1111',
  '2a00:1450:4001:80b::200e',
  '::ffff:93.184.216.34', // IPv4-mapped public
  '64:ff9b::5db8:d822', // NAT64 of 93.184.216.34
];

const refused: [string, RegExp][] = [
  ['127.0.0.1', /loopback/],
  ['127.255.255.254', /loopback/],
  ['10.0.0.1', /private/],
  ['172.16.0.1', /private/],
  ['172.31.255.255', /private/],
  ['192.168.1.1', /private/],
  ['169.254.169.254', /metadata/],
  ['169.254.1.1', /link-local/],
  ['100.64.0.1', /carrier-grade NAT/],
  ['100.127.255.255', /carrier-grade NAT/],
  ['100.100.100.200', /metadata/],
  ['168.63.129.16', /metadata/],
  ['192.0.0.192', /metadata/],
  ['0.0.0.0', /unspecified/],
  ['0.1.2.3', /unspecified/],
  ['255.255.255.255', /broadcast/],
  ['224.0.0.1', /multicast/],
  ['239.255.255.250', /multicast/],
  ['192.0.2.1', /reserved/],
  ['198.18.0.1', /reserved/],
  ['240.0.0.1', /reserved/],
  ['::1', /loopback/],
  ['::', /unspecified/],
  ['fe80::1', /link-local/],
  ['febf:ffff::1', /link-local/],
  ['fc00::1', /unique-local/],
  ['fd12:3456::1', /unique-local/],
  ['fd00:ec2::254', /metadata/],
  ['ff02::1', /multicast/],
  ['2001:db8::1', /reserved/],
  ['::ffff:127.0.0.1', /IPv4-mapped: a loopback/],
  ['::ffff:7f00:1', /IPv4-mapped: a loopback/],
  ['::ffff:10.1.2.3', /IPv4-mapped: a private/],
  ['::ffff:169.254.169.254', /IPv4-mapped: a cloud metadata/],
  // ipaddr.js reads the dotted form as mapped; URLs and DNS give ::7f00:1, the compatible form.
  ['::127.0.0.1', /loopback/],
  ['::7f00:1', /IPv4-compatible/],
  ['::a00:1', /IPv4-compatible/],
  ['64:ff9b::7f00:1', /NAT64: a loopback/],
  ['64:ff9b::a9fe:a9fe', /NAT64: a cloud metadata/],
  ['64:ff9b:1::a00:1', /NAT64/],
  ['2002:7f00:1::1', /6to4/],
  ['2001:0:4136:e378::1', /Teredo/],
  ['::ffff:0:7f00:1', /IPv4-translated/],
  ['4000::1', /unassigned/],
  ['fe80::1%eth0', /not an IP/],
  ['localhost', /not an IP/],
  ['', /not an IP/],
];

describe('judgeAddress', () => {
  it.each(allowed)('allows %s', (address) => {
    expect(judgeAddress(address)).toEqual({ allowed: true });
  });

  it.each(refused)('refuses %s', (address, reason) => {
    const verdict = judgeAddress(address);
    expect(verdict.allowed).toBe(false);
    expect(verdict.allowed ? '' : verdict.reason).toMatch(reason);
  });

  it('reads bracketed IPv6 as URLs write it', () => {
    expect(judgeAddress('[::1]').allowed).toBe(false);
    expect(judgeAddress('[2606:4700:4700::1111]').allowed).toBe(true);
  });
});

describe('isIpLiteral', () => {
  it('tells IP literals (as URL parsing leaves them) from names', () => {
    expect(isIpLiteral(new URL('http://2130706433/').hostname)).toBe(true);
    expect(isIpLiteral(new URL('http://0x7f.1/').hostname)).toBe(true);
    expect(isIpLiteral(new URL('http://[::ffff:127.0.0.1]/').hostname)).toBe(true);
    expect(isIpLiteral('mastodon.social')).toBe(false);
    expect(isIpLiteral('1.2.3.4.example')).toBe(false);
  });
});
