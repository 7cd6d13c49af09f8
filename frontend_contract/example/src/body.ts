// Body blocks rendered by switching on `__typename`: the `never` in `default` makes TypeScript
// refuse to compile when the schema gains a block type this renderer does not handle.
import type { BodyFragment, CreditedImageFragment } from "../../generated/graphql";
import { escape, html } from "./html";

export function creditedFigure(
  image: CreditedImageFragment & { src: string; srcSet: string; width: number; height: number },
  caption: string,
  sizes: string,
): string {
  return html`<figure class="photo">
    <img src="${escape(image.src)}" srcset="${escape(image.srcSet)}" sizes="${sizes}"
      width="${image.width}" height="${image.height}" alt="${escape(image.alt)}" loading="lazy" />
    <figcaption>${caption ? html`<span class="caption">${escape(caption)}</span> ` : ""}<span class="credit">${escape(image.credit)}</span></figcaption>
  </figure>`;
}

export function renderBlock(block: BodyFragment): string {
  switch (block.__typename) {
    case "ParagraphBlock":
      return html`<div class="paragraph">${block.html}</div>`;
    case "HeadingBlock": {
      const tag = `h${block.level}`;
      return html`<${tag}>${escape(block.text)}</${tag}>`;
    }
    case "ImageBlock": {
      const { image } = block;
      return creditedFigure(
        { ...image, alt: block.alt, credit: block.credit, src: image.inline?.url ?? "",
          srcSet: image.inlineSrcSet ?? "", width: image.inline?.width ?? image.width,
          height: image.inline?.height ?? image.height },
        block.caption,
        "(max-width: 800px) 100vw, 760px",
      );
    }
    case "QuoteBlock":
      return html`<blockquote><p>${escape(block.text)}</p><footer>${escape(block.speaker)}${block.role ? `, ${escape(block.role)}` : ""}</footer></blockquote>`;
    case "EmbedBlock":
      return block.html
        ? html`<div class="embed">${block.html}</div>`
        : html`<p class="embed"><a href="${escape(block.url)}">${escape(block.providerName ?? block.url)}</a></p>`;
    case "DocumentBlock":
      return html`<p class="document"><a href="${escape(block.document.url)}">${escape(block.label)}</a> <small>${escape(block.document.contentType)}</small></p>`;
    case "CallToActionBlock":
      return html`<p class="cta"><a href="${escape(block.url)}">${escape(block.text)}</a></p>`;
    case "KeyFactBlock":
      return html`<aside class="key-fact"><strong>${escape(block.figure)}</strong> <span>${escape(block.label)}</span>${block.source ? html` <small>${escape(block.source)}</small>` : ""}</aside>`;
    case "RelatedContentBlock":
      return html`<section class="related-content"><h2>${escape(block.heading)}</h2><ul>${block.items
        .map((item) => html`<li><a href="${escape(item.urlPath)}">${escape(item.title)}</a></li>`)
        .join("")}</ul></section>`;
    default: {
      const unhandled: never = block;
      throw new Error(`Unhandled body block ${(unhandled as { __typename: string }).__typename}`);
    }
  }
}
