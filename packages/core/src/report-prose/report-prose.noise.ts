/**
 * Lines that are not the report: web page chrome (navigation, share buttons, view counters),
 * footers (ICP numbers, 主办/承办), reposting sites' disclaimers and advertising, PDF page numbers.
 * Each rule is a pattern and the reason reported for the lines it catches.
 */
interface NoiseRule {
  pattern: RegExp;
  reason: string;
}

const RULES: readonly NoiseRule[] = [
  { pattern: /^(您当前所在的?位置|您的位置|当前位置)\s*[:：]/, reason: 'navigation' },
  { pattern: /^首页\s*[>＞»›]/, reason: 'navigation' },
  { pattern: /^([^\s|｜]{1,8}\s*[|｜]\s*){2,}[^\s|｜]{1,8}$/, reason: 'navigation' },
  { pattern: /^分享到\s*[:：]?/, reason: 'share-links' },
  {
    pattern: /^(浏览量|浏览次数|阅读量|阅读数|点击数|点击量|访问量|访问总数)\s*[:：]/,
    reason: 'page-counter',
  },
  { pattern: /^【?\s*字体\s*[:：]/, reason: 'page-controls' },
  {
    pattern:
      /^[【[]?\s*(打印|关闭|打印本页|关闭窗口|返回顶部|收藏|纠错)\s*[】\]]?(\s*[|｜/]?\s*[【[]?\s*(打印|关闭|打印本页|关闭窗口|返回顶部|收藏|纠错)\s*[】\]]?)*$/,
    reason: 'page-controls',
  },
  {
    pattern: /^(发布日期|发布时间|发文日期|来源|信息来源|文章来源|作者|编辑|责任编辑)\s*[:：]/,
    reason: 'page-metadata',
  },
  { pattern: /(ICP备|ICP证|公网安备|网站标识码|版权所有|Copyright|©)/i, reason: 'footer' },
  { pattern: /^(主办|承办|协办|技术支持|主办单位|承办单位)\s*[:：]/, reason: 'footer' },
  { pattern: /^(联系我们|友情链接|站点地图|网站地图|网站声明|隐私声明)/, reason: 'footer' },
  { pattern: /^(相关文章|相关链接|相关阅读|相关新闻|相关文件|推荐阅读)\s*[:：]?/, reason: 'related-links' },
  { pattern: /^(上一篇|下一篇)\s*[:：]/, reason: 'related-links' },
  { pattern: /^(本文地址|原文地址|原文链接|本文链接)\s*[:：]/, reason: 'page-metadata' },
  { pattern: /^(留言与评论|发表评论|网友评论|我要评论|验证码)/, reason: 'comments' },
  {
    pattern: /(本站|本网站|不代表.{0,6}立场|未经许可.{0,8}转载|侵权|免责声明)/,
    reason: 'advertising-or-disclaimer',
  },
  { pattern: /^[-—–_]+\s*\d{1,4}\s*[-—–_]+$/, reason: 'page-number' },
  { pattern: /^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$/, reason: 'page-number' },
  { pattern: /^\d{1,4}\s*\/\s*\d{1,4}$/, reason: 'page-number' },
];

/** Why a line is not report content, or `undefined` when it is content. */
export function noiseReason(line: string): string | undefined {
  const text = line.trim();
  if (text === '') return undefined;
  for (const rule of RULES) if (rule.pattern.test(text)) return rule.reason;
  return undefined;
}

/** A line that is a bare number: a PDF page number, or a figure cut from its unit by a break. */
export function isBareNumber(line: string): boolean {
  return /^\s*\d{1,4}\s*$/.test(line);
}
