// Paragraph-level boilerplate: text that sits inside the article container but is not the
// article (ad labels, share rows, "Read more:" links, newsletter prompts, photo credits, bylines,
// date lines, tag lists). Judged on the paragraph's text and how much of it is link text.
//
// Speed: a regular expression is compiled on its first use, on every page load (fresh renderer),
// and the long case-insensitive alternations here cost 0.1 to 1 ms each to compile. So each test
// runs behind a cheap gate on the lower-cased text (a word it cannot match without), and none
// combines /i with /u (\p{L} under /iu compiled ten times slower): most pages compile few of them.

const AD_LABEL =
  /^(?:advertisement|advertising|advert|ads?|report this ad|sponsored(?: content)?|paid (?:content|post)|promoted|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|реклама|广告|광고|スポンサーリンク)$/i;
/** Lead-ins of links to other pages: "READ MORE: …", "Watch: …", "Related: …". */
const LEAD_IN =
  /^(?:(?:read|see|watch|listen|view|click|tap)(?: (?:more|also|next|now|this|the full story|full story|full article|here))?|related(?: (?:articles?|stories|news|posts?|coverage|content|reading|video))?|also read|more(?: from| on| about)? [\w ]{0,30}|recommended|suggested|trending|don['’]t miss|must read|top stories|latest|up next|next|previous)\s*[:>»|–—-]/i;
const RELATED_TITLE =
  /^(?:related(?: (?:articles?|stories|news|posts?|coverage|content|links|topics|reading|videos?))?|recommended(?: (?:for you|stories|articles|reading))?|more (?:from|on|about|stories|news|like this|to read|coverage)\b.{0,40}|more [^\d.,;:!?()]{0,30} (?:stories|articles|news|reads)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|also read|read (?:more|next|also)|trending(?: now| stories| articles| news| posts)?|related searches|most (?:popular|read|viewed|shared)|top stories|latest (?:news|stories|videos)|don['’]t miss|editor['’]?s picks?|further reading|what to read next|share this(?: article| story| post)?!?|comments?|leave a (?:comment|reply)|tags|about the author|newsletter|sign up.{0,40}|follow us.{0,30})(?:[:.!]|\.\.\.|…)?$/i;
/** Words of a row of share buttons (lower-case); numbers (share counts) count too. */
const SOCIAL_WORDS = new Set(
  'share shares shared tweet email e-mail mail print pin it save copy link comment comments facebook twitter linkedin whatsapp reddit pinterest flipboard messenger telegram tumblr x sms gab vk line pocket more close this on via'.split(' '),
);
const isSocialWord = (w: string): boolean => SOCIAL_WORDS.has(w.toLowerCase()) || /^\d+$/.test(w);
const CTA =
  /\b(?:share (?:it|this(?: story| article| post)?) with (?:a friend|your friends)|sign up|signup|subscribe|subscription|newsletter|inbox|download (?:our|the) app|follow us|like us on|join us on|join our|get (?:our|the) (?:latest|best|free)|click here|tap here|stay (?:informed|updated|connected|in the know)|don['’]t miss (?:out|a story)|register (?:now|here|for free)|log ?in to|create (?:a|an|your) (?:free )?account)\b/i;
const CREDIT =
  /^(?:photo|photograph|image|picture|pictured|illustration|graphic|video|foto|bild|imagem|source|credit|courtesy|file photo)s?(?: (?:credit|courtesy|by|source))?\s*[:|©/]|^\(?(?:photo|image|file photo|credit)[^)]{0,100}\)$|^(?:©|\(c\))\s|^[^.!?]{0,60}(?:\/|\bvia |\(|\| )?(?:getty images?|ap photo|associated press photo|reuters|afp(?: via getty images)?|shutterstock|istock(?:photo)?|epa(?:-efe)?|alamy|dpa|sipa)\)?$/i;
/**
 * A caption ends with its credit in brackets: "… at the station. (AP Photo/Jane Roe)",
 * "… in June (Image: GETTY)", "… a space walk. (NASA via AP, File)".
 */
const CREDIT_TAIL =
  /\((?:(?:image|photo|picture|pic|foto|bild|credit|source)s?\s*:[^()]{1,80}|[^()]{0,60}\b(?:ap photo|ap|getty images?|reuters|afp|epa|shutterstock|istock|alamy|dpa)\b[^()]{0,30})\)$/i;
/** Media player and gallery furniture: "Media playback is unsupported on your device", "Image 2 of 5". */
const PLAYER =
  /^(?:(?:image|photo|picture|slide|foto|bild)s? \d+ (?:of|\/|von|de|di) \d+|media playback is (?:unsupported|not supported)\b.*|your video will (?:play|begin|start)\b.*|(?:this )?video (?:is )?(?:unavailable|not available)\b.*|play video|replay|now playing)$/i;
/** Wire credits: "(Reporting by Jane Roe; Editing by John Doe)", "AP writers … contributed to this report." */
const STAFF_CREDIT =
  /^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced|research) by\b|\bcontributed (?:reporting )?to this (?:report|story|article)\.?\)?$/i;
/** Comment rules: "Comments that are off-topic or disrespectful will not be approved." */
const COMMENT_POLICY =
  /\b(?:comments?|comentários?|comentarios?|kommentare?|commentaires?|commenti)\b.*\b(?:moderat\w*|approv\w*|aprovad\w*|publish\w*|respect\w*|rules|policy|guidelines|regras|reglas|richtlinien)|\b(?:leave|post|add|write) a (?:comment|reply)\b/i;
const COPYRIGHT = /^(?:©|copyright\b|\(c\) ?\d{4})|all rights reserved|may not be (?:published|reproduced|republished)|this material may not/i;
const TAG_LINE = /^(?:tags?|tagged|filed under|posted in|categories|category|topics?|keywords|sections?|more about)\s*:/i;
/** A post's meta line: "05/10/2018 - Posted by: Jane Roe - Category: Health - Tags: …". */
const META_LINE = /(?:^|\s[-|•·]\s)(?:tags?|categor(?:y|ies|ia|ias)|kategorie|etiquetas|(?:posted|published|publicado|publicada|publié) (?:by|por|par)|filed under)\s*:/i;
const CONTACT =
  /(?:(?:can|may) be reached at|contact (?:the )?(?:author|reporter|writer|us)|e-?mail (?:the )?(?:author|reporter|us)|follow (?:him|her|them|me|us|the author) on|have a (?:news )?tip\b|send (?:us )?(?:your )?(?:news )?tips?\b|got a (?:news )?tip\b|story tips?:|write to [^\s\d.,;:!?()]+ [^\s\d.,;:!?()]+ at)/i;
/** "By Jane Roe and John Doe, Reuters": a short line, no sentence; the name's initial is checked apart. */
const BYLINE_LINE = /^(?:by|von|par|por|door|di|av|af):?\s+(\S)[^.!?]{0,80}$/i;
const DATE_WORD =
  /^(?:\d{1,4}(?:st|nd|rd|th|h|am|pm)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*|a\.?m|p\.?m|at|on|of|the|updated?|posted|published|last|modified|created|ago|mins?|minutes?|hours?|hrs?|days?|read(?:ing)?|time|[ecmp][sd]t|gmt|utc|bst|cest?|ist|aest|today|yesterday|\d{1,2}:\d{2}(?::\d{2})?)$/i;

/**
 * The paragraph is only a date or time: "Updated Nov 19, 6:55 AM; Posted Nov 19", or in any
 * language a short line with a year and a clock time ("sexta-feira, 22 de outubro de 2010 às 20:13").
 */
function isDateLine(text: string): boolean {
  if (text.length > 120 || !/\d/.test(text)) return false;
  const words = text.toLowerCase().split(/[\s,.:;|/()–—•·-]+/).filter(Boolean);
  if (words.length >= 2 && words.every((w) => DATE_WORD.test(w))) return true;
  return text.length <= 60 && words.length <= 8 && /\b(?:19|20)\d{2}\b/.test(text) && /\b\d{1,2}[:h]\d{2}\b/.test(text);
}

const NAME_PARTICLES = new Set(['by', 'von', 'van', 'der', 'de', 'da', 'di', 'del', 'la', 'le', 'and', 'und', 'et', 'y']);
/** A letter with case: it changes under one of the two mappings. */
const isCased = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();
const isUpper = (c: string): boolean => c !== c.toLowerCase();
/** A capitalised word of letters (and apostrophes), or a particle of names: "Jane", "O’Neil", "van". */
function isNameWord(w: string): boolean {
  if (NAME_PARTICLES.has(w)) return true;
  if (!isUpper(w[0] ?? '')) return false;
  for (let i = 1; i < w.length; i++) {
    const c = w[i]!;
    if (c !== "'" && c !== '’' && !isCased(c)) return false;
  }
  return true;
}

/**
 * A name next to a date, the byline block of a page: "The Associated Press / Published Monday,
 * November 18, 2019 8:22AM EST", "Jane Roe 2019-11-20 17:27", "Jane Roe Monday, February 29, 2016 @ 11:10 PM".
 */
function isNameAndDate(text: string): boolean {
  // Starts with the name or the date (not "— Jane (@jane) May 2, 2020", a quoted post's signature),
  // and the date has a year: rows of a table are numbers too.
  if (text.length > 120 || !/^[\p{L}\d]/u.test(text) || !/\b(?:19|20)\d{2}\b/.test(text) || /[!?]/.test(text)) return false;
  const words = text.split(/[\s,.:;|/()–—•·@-]+/).filter(Boolean);
  const isName = (name: string[]): boolean => name.length >= 2 && name.length <= 5 && words.length - name.length >= 2 && name.every(isNameWord);
  let b = words.length;
  while (b > 0 && DATE_WORD.test(words[b - 1]!)) b--;
  if (isName(words.slice(0, b))) return true;
  let a = 0;
  while (a < words.length && DATE_WORD.test(words[a]!)) a++;
  return isName(words.slice(a));
}

/** Only the names of share buttons: "Share | Facebook | Twitter | Pin it | Copy link". */
function isSocialRow(text: string): boolean {
  const words = text.split(/[\s|·•,/:!]+/).filter(Boolean);
  return text.length < 160 && words.length > 0 && words.every(isSocialWord);
}

/** The first three letters of every RELATED_TITLE alternative. */
const RELATED_START = new Set('rel rec mor you als rea tre mos top lat don edi fur wha sha com lea tag abo new sig fol'.split(' '));
/** The first three letters of every PLAYER alternative. */
const PLAYER_START = new Set('ima pho pic sli fot bil med you thi vid pla rep now'.split(' '));
/** How CREDIT's alternatives can start: a credit word, "(Photo…", "©", "(c)". */
const CREDIT_START = new Set('pho ima pic ill gra vid fot bil sou cre cou fil (ph (im (fi (cr (c)'.split(' '));
/** How its last alternative can end ("… / Getty Images", "(AP Photo)", "Reuters"), a bracket aside. */
const CREDIT_END = ['image', 'images', 'photo', 'reuters', 'afp', 'shutterstock', 'istock', 'istockphoto', 'epa', 'epa-efe', 'alamy', 'dpa', 'sipa'];
const STAFF_WORDS = [' by', 'contributed'];
const CONTACT_WORDS = ['reach', 'contact', 'mail', 'follow', 'tip', 'write to'];
const COMMENT_WORDS = ['comment', 'coment', 'komment', ' reply'];
const COPYRIGHT_WORDS = ['©', 'copyright', '(c)', 'rights reserved', 'may not'];
const CTA_WORDS = ['share ', 'sign', 'subscri', 'newsletter', 'inbox', 'download', 'follow us', 'like us', 'join', 'get our', 'get the', 'click here', 'tap here', 'stay ', 'miss ', 'register', 'log', 'account'];
const BYLINE_WORDS = new Set(['by', 'von', 'par', 'por', 'door', 'di', 'av', 'af']);

const hasAny = (low: string, words: string[]): boolean => words.some((w) => low.includes(w));

function mayBeCredit(low: string): boolean {
  if (CREDIT_START.has(low.slice(0, 3)) || low.startsWith('©')) return true;
  if (low.length > 100) return false;
  const end = low.endsWith(')') ? low.slice(0, -1) : low;
  return CREDIT_END.some((w) => end.endsWith(w));
}

/** RELATED_TITLE behind its gate; `t` is trimmed. */
const relatedTitle = (t: string): boolean => RELATED_START.has(t.slice(0, 3).toLowerCase()) && RELATED_TITLE.test(t);

/** A header of related links, comments or tags ("More Great Stories", "Related"). */
export function isRelatedTitle(text: string): boolean {
  return text.length < 80 && relatedTitle(text.trim());
}

/** True when a paragraph of the body is furniture. `link` = characters inside links. */
export function isJunkParagraph(text: string, link: number, heading: boolean): boolean {
  const len = text.length;
  if (link > len * 0.7) return true;
  if (len > 400) return len < 600 && hasAny(text.toLowerCase(), COPYRIGHT_WORDS) && COPYRIGHT.test(text);
  const t = text.trim();
  const low = t.toLowerCase();
  const start = low.slice(0, 3);
  const colon = t.includes(':');
  if ((t.length <= 17 && AD_LABEL.test(t)) || isSocialRow(t) || relatedTitle(t) || (colon && TAG_LINE.test(t)) || isDateLine(t)) return true;
  if (len < 200 && ((colon && META_LINE.test(t)) || (PLAYER_START.has(start) && PLAYER.test(t)))) return true;
  if (heading) return false;
  if (link > 0 && LEAD_IN.test(t)) return true;
  if (len < 350 && t.endsWith(')') && CREDIT_TAIL.test(t)) return true;
  if (len < 400 && hasAny(low, STAFF_WORDS) && STAFF_CREDIT.test(t)) return true;
  if (
    len < 250 &&
    ((mayBeCredit(low) && CREDIT.test(t)) ||
      (hasAny(low, COPYRIGHT_WORDS) && COPYRIGHT.test(t)) ||
      (hasAny(low, CONTACT_WORDS) && CONTACT.test(t)) ||
      (hasAny(low, COMMENT_WORDS) && COMMENT_POLICY.test(t)))
  )
    return true;
  if (isNameAndDate(t)) return true;
  if (len < 100 && BYLINE_WORDS.has(/^[^\s:]*/.exec(low)![0])) {
    const m = BYLINE_LINE.exec(t);
    if (m && isUpper(m[1]!)) return true;
  }
  // A short call to action, usually with a link: newsletter, app, follow-us prompts.
  if (len < 300 && hasAny(low, CTA_WORDS) && CTA.test(t) && (link > 0 || len < 120 || /[!]/.test(t))) return true;
  return false;
}
