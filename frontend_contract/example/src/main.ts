// The reference frontend: a listing with filters and cursor pages, and articles, in four
// languages, each through one committed operation.
import {
  ArticleDocument,
  FilteredNewsListingDocument,
  NewsroomFiltersDocument,
  type ArticleQuery,
  type NewsCardFragment,
  type NewsKind,
  type NoticeKind,
  type NewsroomFiltersQuery,
} from "../../generated/graphql";
import { run } from "./api";
import { creditedFigure, renderBlock } from "./body";
import { applySeo } from "./head";
import { escape, html } from "./html";

const PAGE_SIZE = 5;
const KINDS: Record<NewsKind, string> = {
  PRESS_RELEASE: "Press release",
  REPORT: "Report",
  CAMPAIGN_VICTORY: "Campaign victory",
};
const NOTICE_KINDS: Record<NoticeKind, string> = {
  CORRECTION: "Correction",
  CLARIFICATION: "Clarification",
  UPDATE: "Update",
  EDITORS_NOTE: "Editor's note",
};
type Locale = NewsroomFiltersQuery["locales"][number];

const app = document.querySelector<HTMLElement>("#app")!;
const switcher = document.querySelector<HTMLElement>(".locales")!;

function route(pathname: string): { locale: string | null; slug: string | null } {
  const parts = pathname.split("/").filter(Boolean);
  const locale = parts[0] && parts[0].length === 2 ? parts.shift()! : null;
  return { locale, slug: parts[0] === "newsroom" && parts[1] ? parts[1] : null };
}

function setLanguage(code: string, locales: Locale[]): void {
  const locale = locales.find((l) => l.code === code);
  document.documentElement.lang = code;
  document.documentElement.dir = locale?.direction === "RTL" ? "rtl" : "ltr";
  document.documentElement.removeAttribute("data-language-pending");
}

function homeOf(code: string, locales: Locale[]): string {
  return locales.find((l) => l.code === code)?.isDefault ? "/" : `/${code}/`;
}

function showSwitcher(links: { code: string; name: string; href: string; current: boolean }[]): void {
  switcher.innerHTML = links
    .map((link) => link.current
      ? html`<strong lang="${link.code}">${escape(link.name)}</strong>`
      : html`<a href="${escape(link.href)}" hreflang="${link.code}" lang="${link.code}">${escape(link.name)}</a>`)
    .join(" ");
}

function card(item: NewsCardFragment): string {
  const image = item.heroImage;
  const figure = image
    ? creditedFigure(
        { ...image, src: image.card?.url ?? "", srcSet: image.card ? `${image.card.url} ${image.card.width}w` : "", width: image.card?.width ?? image.width, height: image.card?.height ?? image.height },
        "",
        "(max-width: 800px) 100vw, 400px",
      )
    : "";
  return html`<article class="card">
    ${figure}
    <p class="meta">${escape(KINDS[item.kind])} · <time datetime="${item.publicationDate}">${item.publicationDate}</time></p>
    <h2 class="card-title"><a href="${escape(item.urlPath)}">${escape(item.title)}</a></h2>
    <p>${escape(item.summary)}</p>
  </article>`;
}

function options(values: { value: string; label: string }[], selected: string | null): string {
  return values
    .map((o) => html`<option value="${escape(o.value)}"${o.value === selected ? " selected" : ""}>${escape(o.label)}</option>`)
    .join("");
}

function newsroomPath(code: string, locales: Locale[]): string {
  return `${homeOf(code, locales)}newsroom/`;
}

async function listing(code: string, params: URLSearchParams): Promise<void> {
  const filters = await run(NewsroomFiltersDocument, { locale: code });
  setLanguage(code, filters.locales);
  // The listing is the newsroom page: its title is the heading, its `seo` the <head>.
  const { page: newsroom } = await run(ArticleDocument, {
    urlPath: newsroomPath(code, filters.locales),
    fallback: true,
  });
  if (newsroom) applySeo(newsroom.seo, "website");
  showSwitcher(filters.locales.map((l) => ({ code: l.code, name: l.name, href: homeOf(l.code, filters.locales), current: l.code === code })));
  const kind = (params.get("kind") || null) as NewsKind | null;
  const topic = params.get("topic") || null;
  const country = params.get("country") || null;
  const after = params.get("after") || null;
  const data = await run(FilteredNewsListingDocument, {
    locale: code, first: PAGE_SIZE, after, kind, topic, country,
  });
  const { totalCount, pageInfo, edges } = data.newsItems;
  const next = new URLSearchParams(params);
  next.set("after", pageInfo.endCursor ?? "");
  const first = new URLSearchParams(params);
  first.delete("after");
  const intro = newsroom && newsroom.__typename === "NewsroomIndexPage" ? newsroom.intro : "";
  app.innerHTML = html`
    <h1>${escape(newsroom?.title ?? "Newsroom")}</h1>
    <div class="intro">${intro}</div>
    <form class="filters" method="get">
      <label>Kind <select name="kind"><option value="">All</option>${options(Object.entries(KINDS).map(([value, label]) => ({ value, label })), kind)}</select></label>
      <label>Topic <select name="topic"><option value="">All</option>${options(filters.topics.map((t) => ({ value: t.slug, label: t.name })), topic)}</select></label>
      <label>Country <select name="country"><option value="">All</option>${options(filters.countries.map((c) => ({ value: c.isoCode, label: c.name })), country)}</select></label>
      <button type="submit">Filter</button>
    </form>
    <p class="count">${totalCount} items</p>
    <div class="cards">${edges.map((edge) => card(edge.node)).join("")}</div>
    <nav class="pager">
      ${after ? html`<a href="?${escape(first.toString())}" rel="first">First page</a>` : ""}
      ${pageInfo.hasNextPage ? html`<a href="?${escape(next.toString())}" rel="next">Next page</a>` : ""}
    </nav>`;
}

type Page = NonNullable<ArticleQuery["page"]>;

function articleHtml(page: Page): string {
  if (!("body" in page)) return html`<h1>${escape(page.title)}</h1>`;
  const hero = page.heroImage
    ? creditedFigure(
        { ...page.heroImage, src: page.heroImage.hero?.url ?? "", srcSet: page.heroImage.heroSrcSet ?? "", width: page.heroImage.hero?.width ?? page.heroImage.width, height: page.heroImage.hero?.height ?? page.heroImage.height },
        page.heroImage.caption,
        "(max-width: 800px) 100vw, 760px",
      )
    : "";
  const report = page.__typename === "ReportPage"
    ? html`<p class="index-number">${escape(page.indexNumber)}</p>`
    : "";
  // Notices are the API's sanitised rich text, newest first: shown above the story, dated.
  const notices = page.notices.length
    ? html`<aside class="item-notices">${page.notices.map((notice) => html`<div class="item-notice" data-kind="${notice.kind}"><p><strong>${escape(NOTICE_KINDS[notice.kind])}</strong> · <time datetime="${escape(notice.publishedAt)}">${escape(notice.publishedAt.slice(0, 10))}</time></p>${notice.text}</div>`).join("")}</aside>`
    : "";
  return html`<article class="article">
    <p class="meta">${escape(KINDS[page.kind])} · <time datetime="${page.publicationDate}">${page.publicationDate}</time></p>
    <h1>${escape(page.title)}</h1>
    ${report}
    <p class="summary">${escape(page.summary)}</p>
    ${notices}
    ${hero}
    <div class="body">${page.body.map((block) => html`<div class="block" data-block="${block.__typename}">${renderBlock(block)}</div>`).join("")}</div>
    ${page.relatedItems.length ? html`<section class="related"><h2>Related</h2><div class="cards">${page.relatedItems.map(card).join("")}</div></section>` : ""}
  </article>`;
}

async function article(code: string | null, slug: string): Promise<void> {
  const urlPath = `${code ? `/${code}` : ""}/newsroom/${slug}/`;
  const [{ page }, filters] = await Promise.all([
    run(ArticleDocument, { urlPath, fallback: true }),
    run(NewsroomFiltersDocument, { locale: code }),
  ]);
  const locales = filters.locales;
  if (!page) {
    app.innerHTML = html`<h1>Not found</h1><p><a href="/">Newsroom</a></p>`;
    return;
  }
  setLanguage(page.locale, locales);
  const wanted = code ?? locales.find((l) => l.isDefault)!.code;
  const translated = new Map(page.translations.map((t) => [t.locale, t.urlPath]));
  translated.set(page.locale, page.urlPath);
  showSwitcher(locales.map((l) => ({
    code: l.code,
    name: l.name,
    href: translated.get(l.code) ?? `${homeOf(l.code, locales)}newsroom/${slug}/`.replace("//", "/"),
    current: l.code === wanted,
  })));
  const notice = page.locale !== wanted
    ? html`<p class="notice" lang="en">Not available in ${escape(locales.find((l) => l.code === wanted)?.name ?? wanted)}: shown in ${escape(locales.find((l) => l.code === page.locale)?.name ?? page.locale)}.</p>`
    : "";
  applySeo(page.seo, "body" in page ? "article" : "website");
  app.innerHTML = notice + articleHtml(page);
}

async function render(): Promise<void> {
  const { locale, slug } = route(location.pathname);
  document.querySelector<HTMLAnchorElement>("[data-home]")!.href = locale ? `/${locale}/` : "/";
  try {
    if (slug) await article(locale, slug);
    else await listing(locale ?? "en", new URLSearchParams(location.search));
  } catch (error) {
    app.innerHTML = html`<p class="error" role="alert">${escape(String(error))}</p>`;
  }
  document.documentElement.removeAttribute("data-language-pending");
  app.dataset.ready = "true";
}

render();
