// Outbound requests to hosts users choose: the address policy and the fetch that enforces it.
export { type AddressVerdict, isIpLiteral, judgeAddress } from './address-policy.js';
export {
  BlockedAddressError,
  createGuardedFetch,
  type GuardOptions,
  isBlockedAddress,
  type Resolver,
} from './guarded-fetch.js';
