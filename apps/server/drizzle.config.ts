// drizzle-kit: generates SQL migrations from every module's and platform part's *.schema.ts into ./drizzle.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './apps/server/src/modules/*/*.schema.ts',
    './apps/server/src/modules/*/*/*.schema.ts',
    './apps/server/src/platform/*/*.schema.ts',
  ],
  out: './apps/server/drizzle',
  casing: 'snake_case',
});
