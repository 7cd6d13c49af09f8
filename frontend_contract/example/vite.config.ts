// The reference frontend: `npm run example` (dev) or `npm run example:build` then
// `npm run example:preview`. VITE_NEWSROOM_API is the CMS's /graphql/ on its own origin: the
// browser calls it through CORS and loads media from the URLs the API returns. The documents
// crawlers ask the website for (robots.txt, sitemaps, feeds) are the CMS's, proxied from it as
// the CMS's README asks of a public website; nothing else is.
import { defineConfig } from "vite";

const api = process.env.VITE_NEWSROOM_API ?? "http://127.0.0.1:8000/graphql/";
const cms = new URL(api).origin;
const crawlerDocuments = Object.fromEntries(
  ["/robots.txt", "/sitemap.xml", "/sitemap-news.xml", "/sitemaps", "/feeds"].map((path) => [
    path,
    { target: cms, changeOrigin: true },
  ]),
);

export default defineConfig({
  root: import.meta.dirname,
  server: { host: "127.0.0.1", port: 5174, strictPort: true, proxy: crawlerDocuments },
  preview: { host: "127.0.0.1", port: 4174, strictPort: true, proxy: crawlerDocuments },
  build: { outDir: "dist", emptyOutDir: true },
});
