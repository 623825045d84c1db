// Cryptographic helpers shared by modules: the key ring that encrypts stored secrets.
export { FieldEncryption, keyIdOf } from './field-encryption.js';
