// Cryptographic helpers shared by modules.
export { FieldEncryption } from './field-encryption.js';
