// @brandwright/emulator: faithful local stand-ins for the vendors Brandwright talks to.
export { type AiProvider, FAULT_KINDS, type FaultKind, type LoggedRequest } from './control.js';
export { createEmulator, type Emulator, type EmulatorOptions } from './server.js';
export * from './social/index.js';
export { VENDORS, type Vendor, type VendorOrigin, type VendorOrigins } from './vendors.js';
