// Word lists the attributor reasons with. Kept in one place so the rules stay readable and the
// lists can grow without touching the logic. All entries are lower case.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Reporting verbs, every inflected form that introduces speech or writing. */
const SPEECH_VERB_LEMMAS: Record<string, string> = {
  say: 'say says said saying',
  tell: 'tell tells told telling',
  add: 'add adds added adding',
  state: 'states stated stating',
  write: 'write writes wrote written writing',
  continue: 'continue continues continued continuing',
  ask: 'ask asks asked asking',
  warn: 'warn warns warned warning',
  insist: 'insist insists insisted insisting',
  explain: 'explain explains explained explaining',
  note: 'note notes noted noting',
  argue: 'argue argues argued arguing',
  claim: 'claim claims claimed claiming',
  declare: 'declare declares declared declaring',
  tweet: 'tweet tweets tweeted tweeting',
  post: 'posted',
  announce: 'announce announces announced announcing',
  respond: 'respond responds responded responding',
  reply: 'reply replies replied replying',
  answer: 'answered',
  remark: 'remarked remarking',
  comment: 'commented',
  observe: 'observe observes observed observing',
  acknowledge: 'acknowledge acknowledges acknowledged acknowledging',
  admit: 'admit admits admitted admitting',
  concede: 'concede concedes conceded conceding',
  recall: 'recall recalls recalled recalling',
  suggest: 'suggest suggests suggested suggesting',
  predict: 'predict predicts predicted predicting',
  promise: 'promise promises promised promising',
  vow: 'vow vows vowed vowing',
  pledge: 'pledge pledges pledged pledging',
  urge: 'urge urges urged urging',
  deny: 'deny denies denied denying',
  complain: 'complain complains complained complaining',
  boast: 'boast boasts boasted boasting',
  brag: 'brag brags bragged bragging',
  joke: 'joke jokes joked joking',
  quip: 'quip quips quipped quipping',
  shout: 'shout shouts shouted shouting',
  yell: 'yell yells yelled yelling',
  scream: 'screamed',
  exclaim: 'exclaim exclaims exclaimed exclaiming',
  whisper: 'whispered',
  mutter: 'muttered',
  testify: 'testify testifies testified testifying',
  report: 'report reports reported reporting',
  confirm: 'confirm confirms confirmed confirming',
  emphasize: 'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised',
  stress: 'stress stresses stressed stressing',
  conclude: 'conclude concludes concluded concluding',
  retort: 'retorted',
  counter: 'countered countering',
  contend: 'contend contends contended contending',
  assert: 'assert asserts asserted asserting',
  maintain: 'maintain maintains maintained maintaining',
  allege: 'allege alleges alleged alleging',
  charge: 'charged',
  lament: 'lament laments lamented lamenting',
  wonder: 'wondered',
  muse: 'mused',
  proclaim: 'proclaim proclaims proclaimed proclaiming',
  thunder: 'thundered',
  fume: 'fumed',
  snap: 'snapped',
  scoff: 'scoffed',
  sigh: 'sighed',
  caution: 'caution cautions cautioned cautioning',
  advise: 'advised',
  reason: 'reasoned',
  recount: 'recount recounts recounted recounting',
  read: 'reads',
  chant: 'chant chants chanted chanting',
  sing: 'sings sang',
  demand: 'demand demands demanded demanding',
  threaten: 'threatened',
  mock: 'mocked',
  begin: 'began',
  reiterate: 'reiterate reiterates reiterated reiterating',
  repeat: 'repeated',
  describe: 'describe describes described describing',
  call: 'call calls called calling',
  accuse: 'accuse accuses accused accusing',
  blast: 'blast blasts blasted blasting',
  criticize: 'criticized criticizes',
  praise: 'praised praises',
  estimate: 'estimate estimates estimated',
  indicate: 'indicate indicates indicated',
  signal: 'signaled signalled',
  hint: 'hinted',
  disclose: 'disclosed',
  reveal: 'revealed reveals',
  inform: 'informed',
  text: 'texted',
  email: 'emailed',
  blog: 'blogged',
  instruct: 'instructed',
  order: 'ordered',
  propose: 'proposed proposes',
  recommend: 'recommended recommends',
  say_on: 'quoted',
  encourage: 'encourage encourages encouraged encouraging',
  blame: 'blame blames blamed blaming',
  label: 'label labels labeled labelled labeling',
  brand: 'branded brands',
  dub: 'dubbed dubs',
  term: 'termed',
  dismiss: 'dismissed dismisses dismissing',
  defend: 'defended defends defending',
  question: 'questioned questions questioning',
  reject: 'rejected rejects rejecting',
  condemn: 'condemn condemns condemned condemning',
  denounce: 'denounce denounces denounced denouncing',
  cite: 'cite cites cited citing',
  mention: 'mentioned mentions mentioning',
  tout: 'tout touts touted touting',
  hail: 'hailed hails',
  slam: 'slammed slams slamming',
  attack: 'attacked attacks attacking',
  deride: 'derided derides',
  decry: 'decried decries',
  chide: 'chided chides',
  scold: 'scolded scolds',
  applaud: 'applauded applauds',
  invoke: 'invoked invokes invoking',
  praise2: 'praising',
  criticize2: 'criticize criticizing criticised criticises',
  liken: 'likened likens',
  compare: 'compared compares comparing',
  refer: 'referred refers referring',
  rate: 'rated rates',
  rule: 'ruled',
  find: 'found finds',
  portray: 'portrayed portrays',
  characterize: 'characterized characterizes',
  laud: 'lauded lauds',
  exhort: 'exhorted exhorts',
  echo: 'echoed echoes',
  beam: 'beamed',
  gush: 'gushed',
  rave: 'raved',
  marvel: 'marveled marvelled',
  laugh: 'laughed',
  chuckle: 'chuckled',
  sob: 'sobbed',
  gasp: 'gasped',
  bellow: 'bellowed',
  roar: 'roared',
  growl: 'growled',
  plead: 'pleaded pleads',
  beg: 'begged',
  interject: 'interjected interjecting',
  confide: 'confided',
  tease: 'teased',
  taunt: 'taunted',
  concur: 'concurred',
  agree: 'agreed agrees',
  lash: 'lashed',
  rip: 'ripped',
  press: 'pressed',
  muse2: 'mused',
  opine: 'opined opines',
  welcome: 'welcomed welcomes',
  remember: 'remembered',
  bark: 'barked',
  snarl: 'snarled',
  grumble: 'grumbled',
  sneer: 'sneered',
  rant: 'ranted',
  assure: 'assure assures assured assuring',
  remind: 'remind reminds reminded reminding',
  react: 'reacted',
  interrupt: 'interrupted',
  speculate: 'speculate speculates speculated speculating',
  clarify: 'clarified',
  elaborate: 'elaborated',
  reflect: 'reflected',
  riff: 'riffed',
};

/** Every form of every reporting verb, to its lemma. */
export const SPEECH_VERBS: Map<string, string> = new Map();
for (const [lemma, forms] of Object.entries(SPEECH_VERB_LEMMAS))
  for (const f of forms.split(' ')) SPEECH_VERBS.set(f, lemma.replace(/_.*/, ''));

/** Verbs that report speech but also have common non-speech uses; they need a clause or a quote next to them. */
export const WEAK_SPEECH_LEMMAS = words(
  'call describe accuse blast criticize praise estimate indicate signal hint disclose reveal inform order ' +
    'propose recommend believe think post read report note state charge maintain counter reason sing begin ' +
    'continue demand threaten mock text email blog instruct add answer comment observe repeat encourage blame ' +
    'label brand dub term dismiss defend question reject condemn denounce cite mention tout hail slam attack ' +
    'deride decry chide scold applaud invoke praise criticize liken compare refer rate rule find portray characterize laud exhort ' +
    'echo beam gush rave marvel laugh chuckle sob gasp bellow roar growl plead beg interject confide tease taunt concur agree lash rip press ' +
    'welcome remember react interrupt reflect riff remind',
);

/** Lemmas that take the addressee as object before the reported clause ("told reporters that…"). */
export const ADDRESSEE_LEMMAS = words('tell warn urge caution advise inform assure remind ask instruct');

/** Auxiliaries and adverbs that may stand between a subject and its reporting verb. */
export const AUXILIARIES = words(
  'has have had is was are were be been being will would could can may might should shall must did does do ' +
    "also later then further once again previously earlier repeatedly recently often frequently never " +
    'still even only just first now initially subsequently separately similarly privately publicly ' +
    'reportedly allegedly quickly promptly immediately simply flatly openly bluntly tersely angrily calmly ' +
    "not n't ’t 's ’s 're ’re 've ’ve 'd ’d 'll ’ll",
);

/** Personal pronouns that can be speakers, with the gender or number they carry. */
export const PRONOUNS: Map<string, 'male' | 'female' | 'plural' | 'neuter' | 'first'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['it', 'neuter'],
  ['i', 'first'],
  ['we', 'first'],
]);

/** Possessive / object pronouns that reveal a referent's gender in surrounding text. */
export const MALE_WORDS = words('he him his himself mr. mr');
export const FEMALE_WORDS = words('she her hers herself mrs. ms. mrs ms miss');

/**
 * Titles and descriptors that precede a name and are not part of it ("Sen.", "Defense Secretary",
 * "Republican presidential nominee"). Compared lower case, without a trailing period.
 */
export const TITLE_WORDS = words(
  'mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father sister brother rabbi imam bishop ' +
    'cardinal pope king queen prince princess sheikh president vice sen sens senator senators rep reps representative congressman ' +
    'congresswoman del delegate gov govs governor lt lieut mayor gen general col colonel maj major capt captain cmdr ' +
    'commander adm admiral sgt sergeant cpl corporal pvt private officer detective det insp inspector sheriff ' +
    'deputy chief chairman chairwoman chair chairperson ceo cfo coo founder director secretary minister premier ' +
    'chancellor judge justice attorney atty prosecutor solicitor ambassador amb envoy commissioner superintendent ' +
    'supt speaker leader whip spokesman spokeswoman spokesperson press candidate nominee nominees democratic democrat ' +
    'republican gop independent libertarian presidential former late acting interim assistant associate executive ' +
    'senior junior lead chief-of-staff staff coach manager head editor publisher anchor host correspondent reporter ' +
    'analyst economist strategist adviser advisor aide counsel lawyer defense state foreign interior treasury ' +
    'homeland security health education energy justice labor commerce agriculture transportation housing ' +
    'majority minority house senate council city county state federal national u.s us u.k uk white ' +
    'democrats republicans pollster pastor businessman businesswoman billionaire activist author actor actress ' +
    'singer rapper comedian star dean provost principal mrs professor emeritus',
);

/** Nouns that name a speaking role ("the spokesperson", "a senior official"): heads of nominal speakers. */
export const ROLE_NOUNS = words(
  'spokesman spokeswoman spokesperson spokespeople official officials source sources aide aides adviser advisers ' +
    'advisor advisors president senator congressman congresswoman governor mayor secretary minister chairman ' +
    'chairwoman chair director chief leader leaders lawmaker lawmakers legislator legislators candidate nominee ' +
    'campaign administration agency department ministry government police authorities authority officer officers ' +
    'investigators prosecutors prosecutor lawyer lawyers attorney attorneys judge court report statement newspaper ' +
    'paper magazine network outlet website site post times journal study survey poll analysis memo letter ' +
    'experts expert analysts analyst economist economists critics critic supporters supporter opponents opponent ' +
    'residents resident witnesses witness voters voter people members member democrats republicans group ' +
    'organization company firm office team committee panel commission council board union party white house ' +
    'pentagon military army spokesperson representative representatives man woman men women father mother son ' +
    'daughter wife husband friend family doctor doctors researchers researcher scientists scientist author authors ' +
    'writer host anchor reporter reporters correspondent editor editors ad clip video tweet post release filing ' +
    'complaint lawsuit ruling decision order document documents records memo email emails owner ceo founder ' +
    'executive executives manager employees employee worker workers student students teacher teachers activist ' +
    'activists protesters protester organizers organizer observers observer diplomats diplomat negotiators ' +
    'commander commanders soldier soldiers troops general generals governor governors counsel veteran veterans ' +
    'insiders insider pollster pollsters strategist strategists operative operatives allies ally rival rivals ' +
    'aide staffer staffers staff surrogate surrogates mom dad parents parent victim victims survivor survivors ' +
    'neighbor neighbors relatives relative brother sister consultant consultants donor donors biographer loyalist ' +
    'confidant appointee fundraiser historian historians lobbyist lobbyists pundit pundits commentator commentators ' +
    'columnist columnists blogger bloggers contributor',
);

/** Determiners and quantifiers that open a nominal speaker ("the", "a", "one of", "many"). */
export const DETERMINERS = words(
  'the a an this that these those his her their its our my your one some many several most few two three four ' +
    'five other another each every both all no any',
);

/** Closed-class words that are never names even when capitalised at a sentence start. */
export const FUNCTION_WORDS = words(
  'the a an this that these those it its he she they we i you his her their our my your there here but and so ' +
    'yet or if when while after before since as in on at for from by with to of what who why how which where ' +
    'however meanwhile still also later earlier now then some many most one all no not asked speaking writing ' +
    'according said says told added last though although because despite during unless until whether even ' +
    'about above across against along amid among around behind below beneath beside besides between beyond ' +
    'into like near off onto out outside over past per through throughout toward towards under underneath ' +
    'unlike upon via within without instead indeed perhaps maybe yes no well oh only just both either neither ' +
    'each every other another such nor than once again already soon yet ever never always sometimes often ' +
    'like unlike asked speaking reporting adding noting citing following ahead amid',
);

/** Words that, capitalised, are months/days/etc. and are not speaker names. */
export const NOT_NAMES = words(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today yesterday tomorrow tonight god hours days weeks months years minutes ' +
    'moments decades later earlier',
);

/** Nouns of works: a quoted title follows them ("the film “13th”"). */
export const WORK_NOUNS = words(
  'book books film films movie movies song songs album albums show shows series episode episodes play plays ' +
    'novel novels poem poems article articles essay essays column columns op-ed editorial headline headlines ' +
    'documentary documentaries program programme podcast report painting opera musical hymn anthem titled ' +
    'entitled called dubbed named nicknamed slogan hashtag campaign segment chapter section memoir bill act ' +
    'exhibit exhibition magazine newspaper blog site website app game commentary piece broadcast radio tv ' +
    'television channel network',
);

/** A noun that can head a nominal speaker. */
export function isRoleHead(w: string): boolean {
  if (ROLE_NOUNS.has(w) || TITLE_WORDS.has(w)) return true;
  return w.endsWith('s') && (ROLE_NOUNS.has(w.slice(0, -1)) || TITLE_WORDS.has(w.slice(0, -1)));
}
