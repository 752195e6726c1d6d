import { useEffect } from 'react';
import { Link, Outlet, useNavigate, useSearch } from '@tanstack/react-router';
import { DataProvider } from '../data/data.context.js';
import { t, type Lang, type MessageKey } from './i18n.js';
import type { AppSearch } from './search.js';
import { useScope } from './use-scope.js';

const SCREENS: { to: string; label: MessageKey }[] = [
  { to: '/', label: 'overview' },
  { to: '/tasks', label: 'tasks' },
  { to: '/follow-through', label: 'followThrough' },
  { to: '/units', label: 'units' },
  { to: '/compare', label: 'compare' },
  { to: '/import', label: 'import' },
];

/** The search parameters that follow the reader from screen to screen. */
export const keep = (s: AppSearch): AppSearch => ({
  ...(s.j ? { j: s.j } : {}),
  ...(s.y ? { y: s.y } : {}),
  ...(s.lang ? { lang: s.lang } : {}),
  ...(s.theme ? { theme: s.theme } : {}),
});

function Header() {
  const { search, lang, theme, jurisdictions, jurisdictionId, years, year } = useScope();
  const navigate = useNavigate();
  const set = (patch: Partial<AppSearch>) =>
    void navigate({ to: '.', search: (prev: AppSearch) => ({ ...prev, ...patch }) as never, replace: false });
  return (
    <header className="app">
      <a className="skip" href="#main">
        {t(lang, 'skip')}
      </a>
      <div className="top">
        <div>
          <h1>{t(lang, 'title')}</h1>
          <p className="sub">{t(lang, 'subtitle')}</p>
        </div>
        <div className="controls">
          <label>
            {t(lang, 'jurisdiction')}
            <select
              value={jurisdictionId}
              onChange={(e) => set({ j: e.target.value, y: undefined, unit: undefined })}
              data-testid="jurisdiction"
            >
              {jurisdictions.map((j) => (
                <option key={j.id} value={j.id}>
                  {lang === 'en' ? (j.nameEn ?? j.name) : j.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'year')}
            <select value={year} onChange={(e) => set({ y: e.target.value })} data-testid="year">
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => set({ lang: lang === 'zh' ? 'en' : 'zh' })}
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            data-testid="lang"
          >
            {lang === 'zh' ? 'English' : '中文'}
          </button>
          <button
            type="button"
            onClick={() => set({ theme: theme === 'dark' ? 'light' : 'dark' })}
            data-testid="theme"
          >
            {theme === 'dark' ? t(lang, 'light') : t(lang, 'dark')}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t(lang, 'print')}
          </button>
        </div>
      </div>
      <nav className="tabs" aria-label={t(lang, 'nav')}>
        {SCREENS.map((s) => (
          <Link
            key={s.to}
            to={s.to}
            search={keep(search) as never}
            activeOptions={{ exact: s.to === '/', includeSearch: false }}
          >
            {t(lang, s.label)}
          </Link>
        ))}
      </nav>
    </header>
  );
}

function Shell() {
  const { lang, theme } = useScope();
  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.documentElement.dataset['theme'] = theme;
    document.title = t(lang, 'title');
  }, [lang, theme]);
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app">
        {lang === 'en'
          ? 'Data: public work reports, plan reports and task lists of Haizhu and Yuexiu districts, Guangzhou. Parsed with luoshi.'
          : '数据：广州市海珠区、越秀区公开的政府工作报告、计划报告与任务分工。由 luoshi 解析。'}
      </footer>
    </>
  );
}

/** The frame of every screen: header, navigation, the screen, footer. */
export function Layout() {
  const search = useSearch({ strict: false }) as AppSearch;
  const lang: Lang = search.lang ?? 'zh';
  return (
    <DataProvider fallback={<p aria-busy="true">{t(lang, 'loading')}</p>}>
      <Shell />
    </DataProvider>
  );
}
