// Cryptographic helpers shared by modules: the key ring that encrypts stored secrets.
export { FieldEncryption } from './field-encryption.js';
