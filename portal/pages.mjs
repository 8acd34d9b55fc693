/**
 * The portal's pages: plain HTML, as a council CMS would serve, with nothing but the CDN loader
 * and plain posted forms. Every value written into the page goes through `escape`; record text
 * only ever reaches the page inside a `value` attribute, which the element reads as data.
 */
import { TOOLS, wordsFor } from './words.mjs';

export function escape(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** A link within the portal that keeps the page's language. */
export function href(path, lang) {
  return lang === 'cy' ? `${path}${path.includes('?') ? '&' : '?'}lang=cy` : path;
}

function layout({ lang, title, path, body }) {
  const w = wordsFor(lang);
  const other = lang === 'cy' ? path : href(path, 'cy');
  return `<!doctype html>
<html lang="${w.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} – ${escape(w.council)}</title>
<link rel="stylesheet" href="/assets/portal.css">
<script type="module" src="/assets/msp/msp-elements.js"></script>
</head>
<body>
<header class="header"><div class="width">
<a class="header__council" href="${href('/', lang)}">${escape(w.council)}</a>
<span class="header__service">${escape(w.service)}</span>
<a class="header__lang" href="${escape(other)}" lang="${lang === 'cy' ? 'en' : 'cy'}">${escape(w.switchTo)}</a>
</div></header>
<div class="width">
<p class="banner"><strong>${escape(w.fictional)}</strong></p>
<main id="main">
${body}
</main>
</div>
</body>
</html>`;
}

/** A date and time as people read it, in the page's language. */
function when(iso, lang) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(lang === 'cy' ? 'cy-GB' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });
}

export function homePage({ lang, cases, unlisted }) {
  const w = wordsFor(lang);
  const rows = cases
    .map((entry) => `<tr><td><a href="${href(`/cases/${encodeURIComponent(entry.case_ref)}`, lang)}">${escape(entry.case_ref)}</a></td><td>${escape(entry.person)}</td><td>${escape(lang === 'cy' ? entry.story_cy : entry.story_en)}</td></tr>`)
    .join('\n');
  return layout({
    lang,
    title: w.cases,
    path: '/',
    body: `<h1>${escape(w.cases)}</h1>
<table class="table"><thead><tr><th scope="col">${escape(w.caseRef)}</th><th scope="col">${escape(w.person)}</th><th scope="col"></th></tr></thead>
<tbody>${rows}</tbody></table>
<p>${escape(w.moreConcluded(unlisted))}.</p>
<p><a href="${href('/board', lang)}">${escape(w.board)}</a></p>`,
  });
}

/** One line in words about a tool's latest record: what a practitioner scanning the case needs. */
function summary(tool, record) {
  switch (tool) {
    case 'outcome-capture':
      return (record.outcomes ?? []).filter((outcome) => !outcome.withdrawn).map((outcome) => `“${outcome.words}”`).join(' ');
    case 'risk-heat-map':
      return (record.items ?? []).map((item) => item.activity).join(' ');
    case 'one-page-profile':
      return record.preferredName ?? record.name ?? '';
    case 'review-close':
      return record.stage === 'closure' ? 'Closure' : 'Review';
    default:
      return '';
  }
}

export function casePage({ lang, entry, latest }) {
  const w = wordsFor(lang);
  const base = `/cases/${encodeURIComponent(entry.case_ref)}`;
  const items = TOOLS.map((tool) => {
    const stored = latest[tool];
    const detail = stored
      ? `<p class="hint">${escape(w.recorded(when(stored.stored_at, lang)))}</p><p>${escape(summary(tool, stored.record))}</p>`
      : `<p class="hint">${escape(w.notYet)}</p>`;
    return `<li><h2><a href="${href(`${base}/${tool}`, lang)}">${escape(w.tool[tool])}</a></h2>${detail}</li>`;
  }).join('\n');
  return layout({
    lang,
    title: entry.case_ref,
    path: base,
    body: `<p><a href="${href('/', lang)}">${escape(w.home)}</a></p>
<h1>${escape(entry.person)} <span class="hint">${escape(entry.case_ref)}</span></h1>
<p>${escape(lang === 'cy' ? entry.story_cy : entry.story_en)}</p>
<h2 class="small">${escape(w.tools)}</h2>
<ol class="tools">${items}</ol>
<p><a href="${href(`${base}/export`, lang)}">${escape(w.export)}</a></p>
<p><a href="${href(`${base}/delete`, lang)}">${escape(w.delete)}</a></p>`,
  });
}

/**
 * A tool's page: the element inside a plain form. `value` is the JSON text to give the element
 * (the latest record, or exactly what was posted when it could not be saved).
 */
export function toolPage({ lang, entry, tool, value, outcomesRecord, closureId, csrf, problem }) {
  const w = wordsFor(lang);
  const base = `/cases/${encodeURIComponent(entry.case_ref)}`;
  const attributes = [`name="record"`, 'required', `case-ref="${escape(entry.case_ref)}"`];
  if (value != null) attributes.push(`value="${escape(value)}"`);
  if (outcomesRecord != null) attributes.push(`outcomes-record="${escape(outcomesRecord)}"`);
  if (closureId != null) attributes.push(`closure-id="${escape(closureId)}"`);
  if (tool === 'experience-questionnaire' && entry.easy_read) attributes.push('easy-read');
  return layout({
    lang,
    title: w.tool[tool],
    path: `${base}/${tool}`,
    body: `<p><a href="${href(base, lang)}">${escape(w.back)}</a></p>
<h1>${escape(w.tool[tool])} <span class="hint">${escape(entry.person)}, ${escape(entry.case_ref)}</span></h1>
${problem ? `<p class="problem">${escape(problem)}</p>` : ''}
<form method="post" action="${escape(href(`${base}/${tool}`, lang))}">
<input type="hidden" name="csrf" value="${escape(csrf)}">
<msp-${tool} ${attributes.join(' ')}></msp-${tool}>
</form>`,
  });
}

export function confirmPage({ lang, entry, action, csrf }) {
  const w = wordsFor(lang);
  const base = `/cases/${encodeURIComponent(entry.case_ref)}`;
  const [question, button, cls] =
    action === 'delete' ? [w.deleteConfirm, w.deleteButton, 'button button--warning'] : [w.exportConfirm, w.exportButton, 'button'];
  return layout({
    lang,
    title: action === 'delete' ? w.delete : w.export,
    path: `${base}/${action}`,
    body: `<h1>${escape(action === 'delete' ? w.delete : w.export)}</h1>
<p>${escape(entry.person)}, ${escape(entry.case_ref)}</p>
<form method="post" action="${escape(href(`${base}/${action}`, lang))}">
<input type="hidden" name="csrf" value="${escape(csrf)}">
<p>${escape(question)}</p>
<button class="${cls}" type="submit">${escape(button)}</button>
<a class="cancel" href="${href(base, lang)}">${escape(w.cancel)}</a>
</form>`,
  });
}

export function messagePage({ lang, title, message }) {
  const w = wordsFor(lang);
  return layout({
    lang,
    title,
    path: '/',
    body: `<h1>${escape(title)}</h1><p>${escape(message)}</p><p><a href="${href('/', lang)}">${escape(w.home)}</a></p>`,
  });
}

/** A calendar date (YYYY-MM-DD) as people read it, in the page's language. */
function day(date, lang) {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(lang === 'cy' ? 'cy-GB' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
}

/**
 * The Board page: the Board report element, and inside it, for a browser without script, the
 * headline counts and the SAC tables of the disclosed report.
 */
export function boardPage({ lang, report, tables }) {
  const w = wordsFor(lang);
  const table = ({ title, rows }) => `<table class="table"><caption>${escape(title)}</caption>
<thead><tr><th scope="col">${escape(w.answer)}</th><th scope="col" class="numeric">${escape(w.count)}</th></tr></thead>
<tbody>${rows.map(([label, count]) => `<tr><th scope="row">${escape(label)}</th><td class="numeric">${escape(count)}</td></tr>`).join('')}</tbody></table>`;
  const { from, to, concluded, measure } = report;
  return layout({
    lang,
    title: w.board,
    path: '/board',
    body: `<p><a href="${href('/', lang)}">${escape(w.home)}</a></p>
<h1>${escape(w.board)}</h1>
<msp-outcomes-report src="/board/records.json" from="${escape(from)}" to="${escape(to)}">
<p>${escape(w.boardIntro)}</p>
<p>${escape(w.period(day(from, lang), day(to, lang)))}</p>
<p>${escape(w.section42)}: <strong>${escape(concluded)}</strong></p>
<p>${escape(w.expressed)}: <strong>${escape(measure.expressed.count)}</strong></p>
<p>${escape(w.achieved)}: <strong>${escape(measure.achieved.count)}</strong></p>
${tables.map(table).join('\n')}
</msp-outcomes-report>
<p><a href="/board.csv" download>${escape(w.csv)}</a></p>
<p><a href="/board/sac.csv" download>${escape(w.sacCsv)}</a></p>`,
  });
}
