// The Medium adapter's public surface.
export { createMediumClient, type MediumSettings } from './client.js';
