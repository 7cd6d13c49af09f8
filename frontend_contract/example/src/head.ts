// What a page puts in <head> from the API's `seo`: the title, meta description and robots,
// the canonical URL and hreflang alternates, Open Graph with the share image, its alt text and
// its credit, and the JSON-LD. Every call replaces what the previous page set, so a client
// side navigation never leaves another page's tags behind.
import type { PageSeoFragment } from "../../generated/graphql";

const OWNED = "data-seo";

function add(tag: "meta" | "link" | "script", attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute(OWNED, "");
  document.head.append(element);
  return element;
}

function meta(key: "name" | "property", name: string, content: string): void {
  if (content) add("meta", { [key]: name, content });
}

export function applySeo(seo: PageSeoFragment, type: "article" | "website"): void {
  for (const element of document.head.querySelectorAll(`[${OWNED}]`)) element.remove();
  document.title = seo.title;
  meta("name", "description", seo.description);
  meta("name", "robots", seo.robots);
  add("link", { rel: "canonical", href: seo.canonicalUrl });
  for (const alternate of seo.alternates) {
    add("link", { rel: "alternate", hreflang: alternate.locale, href: alternate.url });
  }
  meta("property", "og:type", type);
  meta("property", "og:title", seo.title);
  meta("property", "og:description", seo.description);
  meta("property", "og:url", seo.canonicalUrl);
  meta("name", "twitter:card", seo.ogImage ? "summary_large_image" : "summary");
  if (seo.ogImage) {
    const image = seo.ogImage;
    meta("property", "og:image", image.url);
    meta("property", "og:image:width", String(image.width));
    meta("property", "og:image:height", String(image.height));
    meta("property", "og:image:alt", image.alt);
    // Not an Open Graph property: the photographer's credit, kept beside the image so that
    // whoever shows the image can show the credit (it is also the JSON-LD's creditText).
    meta("property", "og:image:credit", image.credit);
    meta("name", "twitter:image:alt", image.alt);
  }
  // `jsonLd` is JSON text; `<` is escaped so that the script can never be closed early when
  // the document is serialised (a title may contain "</script>").
  const script = add("script", { type: "application/ld+json" });
  script.textContent = String(seo.jsonLd).replace(/</g, "\\u003c");
}
