'use client';
import type { CSSProperties, ReactNode } from 'react';
import { LuoshiScope, type LuoshiContextValue } from './provider.js';
import { blockStyles } from './provider.styles.js';

/** Props of {@link BlockRoot}. */
export interface BlockRootProps {
  luoshi: LuoshiContextValue;
  className: string;
  /** The element to render. Default `div`. */
  as?: 'div' | 'section' | 'span' | 'article';
  children?: ReactNode;
  style?: CSSProperties;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'data-testid'?: string;
}

/**
 * The root of a block: inside a provider a class name; outside one (or when the block overrides the
 * provider's theme) also the theme's variables, `lang` and the stylesheet, so that a block dropped
 * into any page is styled and themed on its own. Its children read the block's settings.
 */
export function BlockRoot({ luoshi, className, as: Tag = 'div', children, style, ...aria }: BlockRootProps) {
  const own = !luoshi.inProvider;
  return (
    <Tag
      {...aria}
      className={`luoshi-block ${className}`}
      // Its own background too: a block whose theme differs from the page's must not put dark-theme
      // text on a light page.
      style={
        own
          ? { ...(luoshi.variables as CSSProperties), background: 'var(--luoshi-background)', ...style }
          : style
      }
      lang={own ? luoshi.locale : undefined}
      data-luoshi-theme={own ? luoshi.theme : undefined}
    >
      {own ? <style>{blockStyles}</style> : null}
      <LuoshiScope value={luoshi}>{children}</LuoshiScope>
    </Tag>
  );
}
