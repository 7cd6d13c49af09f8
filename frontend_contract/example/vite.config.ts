// The reference frontend: `npm run example` (dev) or `npm run example:build` then
// `npm run example:preview`. VITE_NEWSROOM_API is the CMS's /graphql/ on its own origin: the
// browser calls it through CORS and loads media from the URLs the API returns.
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  server: { host: "127.0.0.1", port: 5174, strictPort: true },
  preview: { host: "127.0.0.1", port: 4174, strictPort: true },
  build: { outDir: "dist", emptyOutDir: true },
});
