import { isChrome, LABEL_START, SEQ_START } from './task-division.lines.js';
import { foldWidth } from './task-division.width.js';

/*
 * A list is often published inside the notice that issues it (关于印发…的通知): a title, the bodies
 * it is sent to (各镇人民政府、各街道办事处，区政府各部门：), a few paragraphs of instructions — which
 * are numbered 一、 1. like the list itself —, the issuing body and the date. Everything up to that
 * date is the notice, not the list.
 */

/** 各镇人民政府、各街道办事处，区政府各部门、各直属机构： */
const ADDRESSEES =
  /^\s*[^。!?]{0,60}(?:人民政府|政府|办事处|管委会|各部门|各单位|直属机构|直属单位|有关单位|各委|各局)[^。!?]{0,80}:\s*$/;
/** 2025年3月1日, 二〇二五年三月一日 */
const DATE_LINE =
  /^\s*(?:\d{4}|[二〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$/;
const NOTICE_TITLE = /关于.{0,80}的?通\s*知|印发.{0,80}通\s*知|^\s*通\s*知\s*$/;
/** How far into a document a notice may reach. */
const MAX_LINES = 120;

/**
 * The last line (1-based) of the covering notice a list is published in, or 0 when the text does
 * not start with one: there must be a notice title or an addressee line, then a date line, before
 * any line that names a task's units.
 */
export function noticeEnd(lines: readonly string[]): number {
  let opened = false;
  let end = 0;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < MAX_LINES; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    seen++;
    const norm = foldWidth(raw);
    if (LABEL_START.test(norm) || /^\s*序\s*号/.test(norm)) break;
    if (isChrome(norm)) continue;
    if (!opened) {
      if ((NOTICE_TITLE.test(norm) && norm.length <= 120) || ADDRESSEES.test(norm)) opened = true;
      else if (SEQ_START.test(norm) && seen > 3) break;
      continue;
    }
    if (DATE_LINE.test(norm)) {
      end = i + 1;
      break;
    }
  }
  if (end === 0) return 0;
  // The line right after the date may say the notice is public: (此件公开发布).
  for (let i = end; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    if (/^\s*[(（]\s*此件[^)）]{0,12}[)）]\s*$/.test(raw)) return i + 1;
    break;
  }
  return end;
}
