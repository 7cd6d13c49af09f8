// The reference frontend: `npm run example` (dev) or `npm run example:build` then
// `npm run example:preview`. VITE_NEWSROOM_API points it at the CMS's /graphql/ (another origin,
// through CORS); NEWSROOM_CMS_URL proxies /graphql/ and /media/ to the CMS instead.
import { defineConfig } from "vite";

const cms = process.env.NEWSROOM_CMS_URL;
const proxy = cms ? { "/graphql/": cms, "/media/": cms } : undefined;

export default defineConfig({
  root: import.meta.dirname,
  server: { host: "127.0.0.1", port: 5174, strictPort: true, proxy },
  preview: { host: "127.0.0.1", port: 4174, strictPort: true, proxy },
  build: { outDir: "dist", emptyOutDir: true },
});
