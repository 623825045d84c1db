// Which IP addresses the server may connect to on a user's behalf: public unicast only. Parsing and
// the special-purpose ranges come from ipaddr.js (IANA's registries); this file decides what each
// range means for us and unwraps IPv6 forms that carry an IPv4 address (mapped, NAT64), so
// ::ffff:127.0.0.1 is judged as 127.0.0.1. Allow-listing "unicast" rather than deny-listing the
// known-bad ranges means a range we did not think of is refused, not reached.
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

/** Cloud metadata and host-agent endpoints that sit in otherwise public or unlisted space. */
const METADATA = new Set([
  '169.254.169.254', // AWS, GCP, Azure, OpenStack (also link-local)
  '168.63.129.16', // Azure WireServer (a public address)
  '100.100.100.200', // Alibaba Cloud (also CGNAT)
  '192.0.0.192', // Oracle Cloud (also IETF-reserved)
  'fd00:ec2::254', // AWS over IPv6 (also unique-local)
]);

const WORDS: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10)',
  private: 'a private address',
  reserved: 'a reserved address',
  uniqueLocal: 'a unique-local address (fc00::/7)',
  ipv4Mapped: 'an IPv4-mapped address',
  rfc6145: 'an IPv4-translated address',
  rfc6052: 'a NAT64 address',
  '6to4': 'a 6to4 address',
  teredo: 'a Teredo address',
};

const refuse = (reason: string): AddressVerdict => ({ allowed: false, reason });

function judgeV4(address: ipaddr.IPv4, via = ''): AddressVerdict {
  if (METADATA.has(address.toString())) return refuse(`${via}a cloud metadata address`);
  const range = address.range();
  if (range === 'unicast') return { allowed: true };
  return refuse(`${via}${WORDS[range] ?? `a special-purpose address (${range})`}`);
}

/** 64:ff9b::/96 carries an IPv4 address in its last 32 bits (RFC 6052); judged by that address. */
function nat64Embedded(address: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const [a, b, c, d, e, f] = address.parts;
  if (a !== 0x64 || b !== 0xff9b || c !== 0 || d !== 0 || e !== 0 || f !== 0) return undefined;
  return new ipaddr.IPv4(address.toByteArray().slice(12));
}

function judgeV6(address: ipaddr.IPv6): AddressVerdict {
  if (METADATA.has(address.toString())) return refuse('a cloud metadata address');
  if (address.isIPv4MappedAddress()) return judgeV4(address.toIPv4Address(), 'IPv4-mapped: ');
  const nat64 = nat64Embedded(address);
  if (nat64) return judgeV4(nat64, 'NAT64: ');
  const range = address.range();
  // ::a.b.c.d (IPv4-compatible, deprecated since 2006) is "unicast" to ipaddr.js; nothing legitimate uses it.
  if (address.parts.slice(0, 6).every((part) => part === 0))
    return refuse(range === 'unicast' ? 'an IPv4-compatible address' : (WORDS[range] ?? range));
  // Global unicast is 2000::/3; anything else left over is unassigned space.
  if (range === 'unicast' && (address.parts[0] ?? 0) >> 13 === 1) return { allowed: true };
  return refuse(
    WORDS[range] ?? (range === 'unicast' ? 'an unassigned address' : `a special-purpose address (${range})`),
  );
}

/** The verdict on one textual IP address (as DNS or a URL gives it; zone ids are refused). */
export function judgeAddress(text: string): AddressVerdict {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (!ipaddr.isValid(bare) || bare.includes('%')) return refuse('not an IP address');
  const address = ipaddr.parse(bare);
  return address.kind() === 'ipv4' ? judgeV4(address as ipaddr.IPv4) : judgeV6(address as ipaddr.IPv6);
}

/** Whether `host` (a URL's hostname, which WHATWG parsing has normalised) is an IP literal. */
export function isIpLiteral(host: string): boolean {
  return isIP(host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host) !== 0;
}
