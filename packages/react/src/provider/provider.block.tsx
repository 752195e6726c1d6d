'use client';
import type { CSSProperties, ReactNode } from 'react';
import type { LuoshiContextValue } from './provider.js';
import { blockStyles } from './provider.styles.js';

/**
 * The root props of a block: inside a provider a class name; outside one (or when the block overrides
 * the provider's theme) also the theme's variables, `lang` and the stylesheet, so that a block dropped
 * into any page is styled and themed on its own.
 */
export function blockFrame(
  luoshi: LuoshiContextValue,
  className: string,
): { rootProps: { className: string; style?: CSSProperties; lang?: string }; styles: ReactNode } {
  const cls = `luoshi-block ${className}`;
  if (luoshi.inProvider) return { rootProps: { className: cls }, styles: null };
  return {
    rootProps: { className: cls, style: luoshi.variables as CSSProperties, lang: luoshi.locale },
    styles: <style>{blockStyles}</style>,
  };
}
