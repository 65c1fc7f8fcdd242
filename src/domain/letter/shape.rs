//! Note shaping: turns one careless note into finished sentences for the letter.
//!
//! The "Write" step asks for short notes in fields framed as letter content ("In one
//! or two sentences to Ms Ortega: the point you meant to make"), but people type them
//! the way they type notes: fragments, lowercase starts, no final stop, a trailing
//! "…", questions, several sentences, "she asked about…" instead of "you asked
//! about…", "they" for the company, or a line about how the interview went wrong.
//! The letter must never contain a broken sentence, so [`shape`] rewrites a note into
//! sentences addressed to the interviewer, or leaves it out (`None`).
//!
//! Per sentence of the note, in order:
//! 1. tidy: whitespace, bullets, surrounding quotes, trailing marks, "i"/"im"/"dont";
//! 2. drop narration of the slip ("I rambled", "my mind went blank"), clause by
//!    clause, so content in the same sentence survives;
//! 3. address the reader: "she/he/her/his" (the interviewer) and "they/their" (the
//!    company) become "you/your", with the verb agreeing ("she is" -> "you are");
//! 4. drop a note-to-self verb ("say I led…" -> "I led…", "mention X" -> X);
//! 5. classify: a sentence stays; a "that …" clause gets [`Frame::that_lead`]; a
//!    question is kept only when [`Frame::questions`]; a fragment starting with a
//!    past-tense verb or an auxiliary ("would love to …") gets "I"; an instruction
//!    ("thank her …") or a "Because …" clause is left out; any other fragment goes
//!    into [`Frame::fragment`];
//! 6. check: every sentence built must pass [`has_subject_and_verb`].
//!
//! It is deliberately a small word-list heuristic, not a parser: the code ships in a
//! WebAssembly download, so there is no regex crate and no Unicode case table (case
//! changes go through [`upper_char`]/[`lower_char`]; the word lists are ASCII). Every
//! step is linear in the note's length, so a pasted megabyte costs tens of milliseconds, and
//! all slicing happens at char boundaries, so any input is safe.
//!
//! Size matters as much as speed: the word lists below are plain strings, folded at
//! compile time into one compact table, so looking a word up once gives all its kinds
//! as bits, and the steps test those bits instead of scanning lists.

use crate::domain::{lower_char, upper_char};

/// How a note is framed where the letter uses it.
#[derive(Clone, Copy, Debug)]
pub struct Frame<'a> {
    /// Wraps a bare noun phrase or other fragment into a sentence: contains "{}" where
    /// the fragment goes, e.g. "The example I had in mind is {}." ; None = fragments
    /// are left out.
    pub fragment: Option<&'a str>,
    /// Lead for a "that …" clause, e.g. "What I meant to say is" -> "What I meant to
    /// say is that I led the rollout."; None = use `fragment` for it.
    pub that_lead: Option<&'a str>,
    /// Whether a question is welcome as a question (true for "the question you would
    /// ask now"); false = questions are left out.
    pub questions: bool,
    /// The company's name as typed (may be empty): "they/their/them" meaning the
    /// company become "you/your/you" ("They opened a second clinic in Leeds" -> "You
    /// opened a second clinic in Leeds"); "{Company}'s" -> "your"; a sentence starting
    /// with "{Company} has/is/..." may stay (it reads fine).
    pub company: &'a str,
    /// The interviewer's name as typed (may be empty): "Mrs Hale said …" in a note
    /// about her becomes "You said …" where `address` is set.
    pub reader: &'a str,
    /// Most words kept; whole sentences are kept while the running total stays within
    /// it (a first sentence longer than this is left out, giving None). Use e.g. 45.
    pub max_words: usize,
    /// Whether "she", "they" and the like may mean the reader and be turned into
    /// "you": true for notes about the interviewer or the company (a moment from the
    /// conversation, what the user learned about them, a question for them); false
    /// for the user's own story, where "he was reviewed within 15 minutes" is a
    /// patient and "their own work" is someone else's.
    pub address: bool,
}

// ---------------------------------------------------------------------------------
// Word lists (lowercase keys, apostrophes as `'`). A list is one string: words
// separated by single spaces, or "|"-separated items (phrases, or "from to" pairs)
// of which the first word goes into the table.
// ---------------------------------------------------------------------------------

/// Subject pronouns: a content word right after one is taken as its verb.
const SUBJECTS: &str = "i we you they he she it";
/// A subject and a verb in one word.
const SUBJECT_VERB: &str = "i'm i've i'd i'll we're we've we'd we'll you're you've you'd \
    you'll they're they've they'd they'll he's he'd he'll she's she'd she'll it's it'd it'll \
    that's there's here's what's who's how's where's let's";
/// Finite auxiliaries and forms of "be"/"have"/"do" ("be" itself is not finite).
const FINITE: &str = "am is are was were have has had do does did can could will would \
    shall should may might must don't doesn't didn't isn't aren't wasn't weren't haven't \
    hasn't hadn't can't cannot couldn't won't wouldn't shouldn't mustn't";
/// Common irregular past forms (regular ones end in "-ed").
const IRREGULAR_PAST: &str = "led ran built cut made grew won wrote took set taught began \
    became brought bought caught chose came drove drew fell felt found gave got went heard \
    held kept knew left lost met paid rose said sent sold spent stood told thought understood \
    saw spoke sought oversaw rebuilt was were had did stuck struck meant sat shot threw wore \
    flew forgot hid learnt dealt fed fought hung laid lent rode rang shook slept spun swore \
    tore woke overcame underwent undertook withdrew forgave lit broke froze dug hit put";
/// Auxiliaries a note may start with when it drops its "I" ("would love to …", "can
/// start in May"); "is"/"does" are left out: they would need a third person.
const FIRST_PERSON_AUX: &str = "would could can will should might must may am have had was \
    don't didn't can't won't wouldn't couldn't haven't wasn't";
/// Verbs a note to self starts with ("thank her for …", "offer to …"): an instruction
/// has no subject and is no noun phrase, so it is left out rather than framed.
const IMPERATIVES: &str = "thank apologise apologize offer send attach include propose \
    suggest clarify correct admit acknowledge follow check remember note add show share \
    describe give use keep be get make do try avoid focus reply respond call email write ask \
    tell explain don't";
/// People other than the interviewer whom "she/he" may mean ("my manager … she").
const PEOPLE: &str = "manager boss colleague mum mom dad mother father wife husband partner \
    son daughter friend sister brother client customer teacher mentor supervisor director \
    recruiter referee rep engineer nurse driver member student patient trainee intern owner \
    agent analyst developer designer officer worker tenant guest person someone guy woman man \
    employee teammate coworker co-worker hire lead founder ceo head editor seller buyer landlord \
    parent pupil nan nana gran granny grandma grandmother grandad grandfather grandpa aunt \
    uncle cousin niece nephew boy girl lad lass kid child baby toddler teenager resident \
    caller passenger learner apprentice predecessor assistant technician operator estimator \
    chef porter volunteer coach player keeper cleaner carer clerk lady gentleman";
/// People a note means as the writer's own ("manager gave me" is "my manager").
const OWN_PEOPLE: &str = "manager boss colleague mum mom dad mother father wife husband \
    partner son daughter friend sister brother mentor supervisor teammate coworker co-worker \
    nan nana gran granny grandma grandmother grandad grandfather grandpa aunt uncle cousin";
/// Determiners and numerals that open a noun phrase.
const DETERMINERS: &str = "the a an my our your their his her its this that these those \
    each every some any no all both many most several few another such one two three four \
    five";
/// Prepositions.
const PREPOSITIONS: &str = "at in on of for to from with by about into onto over under \
    after before during since until without within through between among across against \
    around behind beyond per via towards toward upon despite except near inside outside along \
    versus unlike above below";
/// Conjunctions, object and other pronouns, wh-words and other words that are never a
/// noun or a verb.
const OTHER_FUNCTION: &str = "and or but nor yet so because if when while although though \
    unless whereas whether than as not me us him them myself yourself ourselves yourselves \
    themselves himself herself itself mine ours yours theirs what who whom which where why \
    how whose there here be been being very too please yes plus";
/// Object pronouns.
const OBJECTS: &str = "me us him them";
/// Words that open a relative clause.
const RELATIVES: &str = "that which who whom whose where";
/// Words that open a wh-question.
const WH: &str = "what how why where when who which whose";
/// Adverbs that may stand between a subject and its verb ("I also led").
const ADVERBS: &str = "also really just then still never always finally recently since \
    only actually already even later now often once soon usually sometimes first previously \
    originally eventually ultimately personally honestly simply certainly definitely mostly \
    basically totally completely literally quickly successfully directly ever again nearly \
    almost probably perhaps";
/// Words that open a dependent clause: a sentence starting with one needs a main
/// clause after a comma.
const SUBORDINATORS: &str =
    "because when whenever if unless although though while whilst whereas as once";
/// Prepositions that open a dependent clause when a pronoun follows ("after we met").
const PREP_SUBORDINATORS: &str = "after before since until till";
/// Words a note cannot end on without breaking off mid-phrase.
const DANGLING: &str = "the a an my our your their his its every each to";
/// Words that only join: dropped at either end of a sentence.
const JOINERS: &str = "and or but so plus yet then um uh erm";
/// The joiners dropped at the start of a sentence: "So …" and "Then …" read fine.
const LEADING_JOINERS: &str = "and or but plus yet um uh erm";
/// Words or phrases that narrate the slip itself rather than say what was meant. A
/// phrase matches with adverbs in between ("I just froze" matches "i froze").
const NARRATION: &str = "rambled|rambling|ramble|babbled|waffled|waffling|blanked|\
    panicked|flustered|tongue-tied|i froze|froze up|went blank|drew a blank|messed up|\
    messed it up|screwed up|screwed it up|blew it|botched it|went on for|went on and on|\
    went on about|and moved on|never got to the point|didn't get to the point|\
    did not get to the point|never got to my point|missed the point|lost my train|\
    lost my thread|lost track|just said|only said|all i said|i was nervous|got nervous|\
    so nervous|i choked|on a tangent|off topic|i stumbled|i fumbled|i mumbled|\
    talked too much|talked too long|said too little|went quiet|couldn't think|\
    could not think|couldn't remember|could not remember|didn't answer|did not answer|\
    couldn't answer|my mind went|i interrupted|i was late|arrived late";
/// What may precede a note-to-self verb ("remember to mention …"), in the order tried.
const SELF_PREFIXES: &str = "remember to|don't forget to|make sure to|make sure i|\
    i forgot to|forgot to|i didn't|i did not|i never|i need to|need to|i must|must|\
    i have to|have to";
/// Note-to-self verbs, longest first ("say I led …", "mention X").
const SELF_VERBS: &str = "tell you about|tell you|remind you|ask you|point out|bring up|\
    talk about|mention|say|explain|stress|emphasise|emphasize|highlight|ask";
/// Past forms of [`SELF_VERBS`], which only count after a prefix ("I never mentioned
/// X", while a bare "mentioned X" is "I mentioned X"); tried after them.
const SELF_VERBS_PAST: &str =
    "told you about|told you|pointed out|brought up|talked about|mentioned|said|explained";
/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &str = "mr ms mrs dr prof st e.g i.e vs inc ltd co jr sr no approx dept incl";
/// Informal spellings, fixed by an apostrophe before their last letter, or before
/// their last two when they end in "re", "ve" or "ll": "dont" -> "don't", "youre" ->
/// "you're", "im" -> "I'm" (the first letter's case is kept, "i" is capitalised).
const INFORMAL: &str = "im ive dont didnt doesnt cant wont isnt wasnt arent werent havent \
    hasnt hadnt couldnt wouldnt shouldnt mustnt youre theyre thats whats youve weve theyve \
    whove wouldve couldve shouldve \
    theres someones anyones everyones nobodys todays whos hes shes heres theyll youll itll \
    thatll hed youd";
/// Shorthand a note uses and a letter spells out, as "from to" pairs.
const SHORTHAND: &str = "foi FOI|gdpr GDPR|kpi KPI|kpis KPIs|cpd CPD|ppe PPE|crm CRM|seo SEO|\
    redis Redis|kafka Kafka|chromebook Chromebook|chromebooks Chromebooks|covid Covid|nhs NHS|sme SME|smes SMEs|comptia CompTIA|cemap CeMAP|cih CIH|niceic NICEIC|makaton Makaton|yoy year on year|devs developers|dev developer|uni university|mgr manager|\
    mgmt management|govt government|dept department|ppl people|thru through|tho though|\
    approx about|til until|exp experience|fav favourite|fave favourite|esp especially|info information|vs versus|yrs years|bc because|cos because|\
    creds credentials|convo conversation|appts appointments|appt appointment|\
    langs languages|lang language|jan January|feb February|apr April|aug August|\
    sept September|oct October|nov November|dec December|tbh honestly|accts accounts|\
    acct account|q question|qs questions|qn question|u you|w/ with|w/o without|b/c because|\
    pts patients|pt patient|\
    pls please|cld could|wld would|shld should|incl including|\
    abt about|yrs years|w with|with/ with|op operation|ops operations|\
    avg average|hrs hours|tiktok TikTok|linkedin LinkedIn|youtube YouTube|reddit Reddit|\
    instagram Instagram|github GitHub|aldi Aldi|tesco Tesco|discord Discord|primark Primark|\
    secs seconds|mins minutes|calcs calculations|calc calculation|xmas Christmas|costa Costa|\
    mag magazine|resi residential|wk week|asm ASM|hilton Hilton|marriott Marriott|greggs Greggs|asda Asda|lidl Lidl|argos Argos|ikea IKEA|deliveroo Deliveroo|txns transactions|txn transaction|b2b B2B|b2c B2C|assoc association|skus SKUs|sku SKU|etsy Etsy|ebay eBay|\
    amazon Amazon|shopify Shopify|phd PhD|msc MSc|bsc BSc|mba MBA|gcse GCSE|gcses GCSEs|\
    xero Xero|bev beverage|certs certificates|sups supervisors|std standard|google Google|tv TV|would've would have|\
    could've could have|should've should have|asst assistant|booking.com Booking.com|\
    shfit shift|shfits shifts|frist first|familys families|sesions sessions|sesion session|recieving receiving|\
    managment management|experiance experience|\
    buisness business|buisnesses businesses|acheived achieved|succesful successful|sucessful successful|\
    thier their|beleive believe|alot a lot|\
    seperate separate|seperately separately|definately definitely|recieve receive|\
    recieved received|accomodation accommodation|untill until|gp GP|gps GPs|\
    becuase because|valentines Valentine's|u3a U3A|asd ASD|adhd ADHD|sen SEN|senco SENCo|ehcp EHCP|\
    hgv HGV|cscs CSCS|dbs DBS|cqc CQC|nvq NVQ|btec BTEC|coshh COSHH|riddor RIDDOR|\
    ofsted Ofsted|oxfam Oxfam|asda Asda|lidl Lidl|sainsburys Sainsbury's|\
    argos Argos|ikea IKEA|nhs111 NHS 111|haccp HACCP|inr INR|ecg ECG|gcp GCP|\
    etco2 EtCO2|smsts SMSTS|sssts SSSTS|llb LLB|meng MEng|beng BEng|pgce PGCE|cipd CIPD|\
    acca ACCA|iosh IOSH|nebosh NEBOSH|insta Instagram|artstation ArtStation|\
    tripadvisor TripAdvisor|revit Revit|qgis QGIS|esri Esri|attendence attendance|\
    occured occurred|tommorow tomorrow|enviroment environment|goverment government|\
    independant independent|neccessary necessary|reccomend recommend|wierd weird|\
    responsability responsibility|truely truly|calender calendar|commited committed|\
    begining beginning|acheive achieve|liase liaise|relevent relevant|excellant excellent|\
    profesional professional|proffesional professional|oppertunity opportunity|\
    oppurtunity opportunity|sucess success|comunication communication|definetly definitely";
/// Past tenses a hurried note puts after "have" ("they've just took on"), with the
/// participle a letter needs there, as "from to" pairs.
const PARTICIPLES: &str = "took taken|went gone|did done|wrote written|gave given|saw seen|\
    began begun|ran run|came come|broke broken|chose chosen|drove driven|spoke spoken|\
    forgot forgotten|grew grown|knew known|threw thrown|flew flown|drew drawn|fell fallen|\
    shook shaken|ate eaten|rang rung|stole stolen|wore worn|froze frozen|rode ridden";
/// Units after a number ("6h", "50 min", "3 yrs"), spelled out, in the plural.
const UNITS: &str = "h hours|hr hours|hrs hours|min minutes|mins minutes|yr years|\
    wk weeks|wks weeks|sec seconds|mth months|mths months";
/// Places, countries, nationalities and languages a hurried note leaves lowercase
/// ("the leeds store", "north yorkshire and cumbria", "caring for my mother in
/// poland"): the nations, counties and larger cities of the UK and Ireland, and the
/// countries and cities most often named. Not the ones that are also common words
/// ("bath", "reading", "hull", "sale", "deal", "jersey", "turkey"). The periods named
/// after a monarch go with them ("a victorian nursing chair").
const PLACES: &str = "england scotland wales ireland britain cornwall devon dorset somerset \
    wiltshire hampshire sussex surrey kent essex suffolk norfolk cambridgeshire lincolnshire \
    yorkshire lancashire cumbria northumberland durham cheshire derbyshire nottinghamshire \
    leicestershire staffordshire shropshire herefordshire worcestershire warwickshire \
    gloucestershire oxfordshire buckinghamshire bedfordshire hertfordshire berkshire \
    northamptonshire merseyside tyneside teesside fife lothian ayrshire london manchester \
    birmingham liverpool leeds sheffield bristol newcastle nottingham leicester coventry \
    bradford cardiff swansea glasgow edinburgh aberdeen dundee inverness belfast dublin \
    cork galway limerick brighton southampton portsmouth plymouth exeter norwich ipswich \
    cambridge oxford york harrogate wakefield huddersfield doncaster rotherham barnsley \
    sunderland middlesbrough carlisle lancaster preston blackpool bolton wigan stockport \
    salford warrington chester wolverhampton walsall worcester gloucester cheltenham \
    swindon bournemouth southend luton peterborough northampton watford croydon guildford \
    maidstone canterbury colchester chelmsford lincoln grimsby telford shrewsbury hereford \
    taunton truro wrexham stirling naples paris berlin madrid amsterdam brussels lisbon rome \
    milan munich frankfurt warsaw krakow gdansk prague vienna zurich geneva stockholm oslo \
    copenhagen europe africa asia america canada australia india pakistan bangladesh \
    nigeria ghana kenya poland germany france spain italy portugal netherlands belgium \
    romania sweden norway denmark finland greece english scottish welsh irish british \
    european french german spanish italian polish portuguese dutch romanian american \
    canadian australian indian chinese japanese arabic urdu punjabi colombia colombian \
    brazil brazilian mexico mexican peru peruvian ethiopia ethiopian kenyan nigerian \
    ghanaian jamaican swedish norwegian danish finnish swiss austrian belgian korean \
    vietnamese thai victorian georgian edwardian ohio michigan texas california florida \
    arizona colorado oregon nevada utah idaho montana wyoming alaska hawaii iowa kansas \
    missouri nebraska oklahoma arkansas louisiana mississippi alabama tennessee kentucky \
    virginia carolina dakota pennsylvania maryland delaware connecticut massachusetts \
    vermont minnesota wisconsin illinois indiana russian ukrainian lithuanian latvian \
    bulgarian hungarian czech slovak turkish greek somali tamil gujarati bengali farsi \
    mandarin cantonese hindi";
/// Nouns that end in "-ly" like an adverb.
const LY_NOUNS: &str = "family assembly anomaly monopoly melancholy butterfly";

/// Words before a place that are part of its name ("north yorkshire", "greater
/// manchester", "new york").
const PLACE_PREFIXES: &str = "north south east west northern southern eastern western greater new";
/// Days, months and holidays, which a note typed in a hurry leaves lowercase ("on
/// saturdays", "31 christmas parties").
/// Not "may" and "march", which are more often a verb.
const CALENDAR: &str = "monday tuesday wednesday thursday friday saturday sunday january \
    february april june july august september october november december christmas easter";
/// Verbs after "she" or "he" that mark the interviewer at work (the composer reads it
/// too, to see how the notes speak of the interviewer).
pub(crate) const SPEECH: &str =
    "asked said told mentioned explained wanted talked showed described \
    interrupted wondered pointed noted seemed kept stopped cut pushed probed questioned \
    challenged liked spoke laughed frowned introduced walked gave shared says asks saying \
    asking";
/// Present-tense verbs a note starts with when it dropped its "I" ("want to work on
/// one product").
const FIRST_PERSON_VERBS: &str = "want love like enjoy need hope plan believe know think \
    feel prefer care thrive bring build manage run lead maintain oversee supervise";
/// Words for a stretch of time, after "last" or "this" ("last year").
const TIME_NOUNS: &str = "year week month quarter term season spring summer autumn winter night";
/// Words that open a time phrase before the subject ("last winter I …").
const TIME_LEADS: &str = "last this next earlier later recently then";
/// Words that end in "-ed" but are no past tense.
const NOT_PAST: &str = "hundred sacred naked wicked kindred";
/// Words that end in "-ing" but are no "-ing" form.
const NOT_ING: &str =
    "bring sting swing cling fling wring spring string during morning evening ceiling";
/// The interviewer's words and what they become when addressed to her or him.
const READER: &str = "her you|him you|his yours|herself yourself|himself yourself|\
    she'd you'd|he'd you'd|she'll you'll|he'll you'll";
/// The company's words and what they become when addressed to the reader.
const COMPANY: &str = "they you|them you|their your|theirs yours|themselves yourselves|\
    they're you're|they've you've|they'd you'd|they'll you'll";
/// Verbs that change after a new subject "you".
const AGREE: &str = "is are|was were|has have|does do|doesn't don't|isn't aren't|\
    wasn't weren't|hasn't haven't";

/// "this", "that" and the like, which may stand for a subject ("that was my best work").
const DEMONSTRATIVES: &str = "this that these those there";
/// Numbers spelled out, lowercase inside a frame ("… is twelve years' PQE").
const NUMBER_WORDS: &str = "zero two three four five six seven eight nine ten eleven twelve \
    fifteen twenty thirty forty fifty hundreds";
/// Adjectives that open a note with their infinitive ("rare to get that funded").
const EVALUATIVE: &str = "rare hard easy difficult unusual great good important possible \
    impossible exciting useful vital essential";
/// Nouns that label what follows a colon ("the short answer:", "the point:").
const LABELS: &str = "answer point truth reason version summary gist";
/// Particles after a verb ("check in", "go through", "follow up").
/// Not "in", "on" or "over", which follow nouns as often ("a PhD on bees").
const PARTICLES: &str = "out up back through off down";
/// Words that point back to what a sentence before said.
const POINTERS: &str = "this that these those it they them that's it's";
/// Subject pronouns a time or place phrase may stand before ("in 2023 we opened …").
const I_WE: &str = "i we";
/// Wh-words that may be the subject of a question ("who led …?").
const WH_SUBJECTS: &str = "who what which";
/// What may follow an auxiliary that opens a question ("is the …", "is there …").
const QUESTION_SUBJECTS: &str = "the your our there";
/// "Is she …" inverted: the verb before "she" agrees with the new "you".
const INVERTED: &str = "is was has does isn't wasn't hasn't doesn't";
/// Conjunctions that open a new clause for the narration check.
const CONTRASTS: &str = "but so yet although though whereas";
/// Conjunctions that go with a dropped clause they tied to ("… although …").
const THOUGH: &str = "although though whereas";
/// "The interviewer", the reader too.
const INTERVIEWER: &str = "interviewer interviewer's";

/// The lists a key is looked up in, one kind bit each: its index (see [`bit`]). The
/// first six bits are not looked up but derived (see [`kinds`]); the often tested
/// kinds come first, as smaller bits make smaller code.
#[rustfmt::skip]
const LISTS: [&str; 59] = [
    "", "", "", "", "", "", // FUNC ADVX PASTX NUM BRK INGX
    SUBJECTS, SUBJECT_VERB, FINITE, DETERMINERS, PREPOSITIONS, IRREGULAR_PAST,
    OTHER_FUNCTION, ADVERBS, "what", "there", OBJECTS, RELATIVES, WH, SUBORDINATORS,
    PREP_SUBORDINATORS, DEMONSTRATIVES, I_WE, "to", "and or", "it", WH_SUBJECTS,
    TIME_LEADS, FIRST_PERSON_AUX, IMPERATIVES, FIRST_PERSON_VERBS, "that",
    QUESTION_SUBJECTS, INVERTED, CONTRASTS, "and", JOINERS, LEADING_JOINERS, THOUGH,
    DANGLING, NARRATION, INFORMAL, CALENDAR, PEOPLE, SPEECH, INTERVIEWER, "the",
    "she he", "she's he's", "her his", "been", "forgot", ABBREVIATIONS, NOT_PAST, NOT_ING,
    SHORTHAND, UNITS, POINTERS, PLACES,
];

/// The kind bit of a list: 1 << its index in [`LISTS`] (fails to compile if missing).
const fn bit(list: &str) -> u64 {
    let (a, mut i) = (list.as_bytes(), 6);
    loop {
        let b = LISTS[i].as_bytes();
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return 1 << i;
            }
        }
        i += 1;
    }
}

// Derived kinds (see [`kinds`]).
/// A function word: determiner, preposition, subject or other function word.
const FUNC: u64 = 1 << 0;
/// An adverb: listed, or a word over five letters ending in "-ly" (not "-ply").
const ADVX: u64 = 1 << 1;
/// A past-tense verb: a common irregular form, or a plain word ending in "-ed" (not
/// "need", "hundred" and the like).
const PASTX: u64 = 1 << 2;
/// A number ("12%", "40").
const NUM: u64 = 1 << 3;
/// A new clause may start after the word (comma, semicolon, colon, dash); set by
/// [`words_of`] only.
const BRK: u64 = 1 << 4;
/// An "-ing" form ("going", "leading"), which cannot be the finite verb; "bring",
/// "swing" and the like only look like one.
const INGX: u64 = 1 << 5;
/// A word [`drop_narration`] leaves out; set there only.
const GONE: u64 = 1 << 63;

// Listed kinds.
const SUBJ: u64 = bit(SUBJECTS);
const SV: u64 = bit(SUBJECT_VERB);
const FIN: u64 = bit(FINITE);
const DET: u64 = bit(DETERMINERS);
const PREP: u64 = bit(PREPOSITIONS);
const PAST: u64 = bit(IRREGULAR_PAST);
const OTHER: u64 = bit(OTHER_FUNCTION);
const ADV: u64 = bit(ADVERBS);
const WHAT: u64 = bit("what");
const THERE: u64 = bit("there");
const OBJ: u64 = bit(OBJECTS);
const REL: u64 = bit(RELATIVES);
const WHW: u64 = bit(WH);
const SUB: u64 = bit(SUBORDINATORS);
const PSUB: u64 = bit(PREP_SUBORDINATORS);
const DEM: u64 = bit(DEMONSTRATIVES);
const BACK: u64 = bit(POINTERS);
const IWE: u64 = bit(I_WE);
const TO: u64 = bit("to");
const ANDOR: u64 = bit("and or");
const IT: u64 = bit("it");
const WWW: u64 = bit(WH_SUBJECTS);
const TIME: u64 = bit(TIME_LEADS);
const AUX1: u64 = bit(FIRST_PERSON_AUX);
const IMP: u64 = bit(IMPERATIVES);
const FPV: u64 = bit(FIRST_PERSON_VERBS);
const THAT: u64 = bit("that");
const QDET: u64 = bit(QUESTION_SUBJECTS);
const INV: u64 = bit(INVERTED);
const CONTR: u64 = bit(CONTRASTS);
const AND: u64 = bit("and");
const JOIN: u64 = bit(JOINERS);
const JLEAD: u64 = bit(LEADING_JOINERS);
const THO: u64 = bit(THOUGH);
const DANG: u64 = bit(DANGLING);
const NARR: u64 = bit(NARRATION);
const INF: u64 = bit(INFORMAL);
const CAL: u64 = bit(CALENDAR);
const PLACE: u64 = bit(PLACES);
const PERSON: u64 = bit(PEOPLE);
const SAID: u64 = bit(SPEECH);
const READER_NOUN: u64 = bit(INTERVIEWER);
const THE: u64 = bit("the");
const SHEHE: u64 = bit("she he");
const SHES: u64 = bit("she's he's");
const HERHIS: u64 = bit("her his");
const BEEN: u64 = bit("been");
const FORGOT: u64 = bit("forgot");
const ABBR: u64 = bit(ABBREVIATIONS);
const NOTPAST: u64 = bit(NOT_PAST);
const NOTING: u64 = bit(NOT_ING);
const SHORT: u64 = bit(SHORTHAND);
const UNIT: u64 = bit(UNITS);

/// Longest listed word.
const MAX_WORD: usize = 16;

/// Every listed word as (its list, start, end): a word list has words separated by
/// spaces, an item list ("|" in it) gives the first word of each item.
const fn listed<const N: usize>() -> [(usize, usize, usize); N] {
    let mut out = [(0, 0, 0); N];
    let mut n = 0;
    let mut l = 0;
    while l < LISTS.len() {
        let b = LISTS[l].as_bytes();
        let mut items = false;
        let mut i = 0;
        while i < b.len() {
            items |= b[i] == b'|';
            i += 1;
        }
        i = 0;
        while i < b.len() {
            let mut j = i;
            while j < b.len() && b[j] != b' ' && b[j] != b'|' {
                j += 1;
            }
            assert!(
                j > i && j - i <= MAX_WORD,
                "a listed word is empty or too long"
            );
            if n < N {
                out[n] = (l, i, j);
            }
            n += 1;
            while items && j < b.len() && b[j] != b'|' {
                j += 1;
            }
            i = j + 1;
        }
        l += 1;
    }
    if N == 1 {
        out[0].0 = n;
    }
    out
}

/// Every listed word (see [`listed`]); only read at compile time.
#[allow(clippy::large_const_arrays)]
const LISTED: [(usize, usize, usize); listed::<1>()[0].0] = listed();

/// Whether listed words `a` and `b` are the same word.
const fn same(a: usize, b: usize) -> bool {
    let (la, sa, ea) = LISTED[a];
    let (lb, sb, eb) = LISTED[b];
    if ea - sa != eb - sb {
        return false;
    }
    let (x, y) = (LISTS[la].as_bytes(), LISTS[lb].as_bytes());
    let mut i = 0;
    while i < ea - sa {
        if x[sa + i] != y[sb + i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether listed word `a` sorts before listed word `b`.
const fn before(a: usize, b: usize) -> bool {
    let (la, sa, ea) = LISTED[a];
    let (lb, sb, eb) = LISTED[b];
    let (x, y) = (LISTS[la].as_bytes(), LISTS[lb].as_bytes());
    let mut i = 0;
    while sa + i < ea && sb + i < eb {
        if x[sa + i] != y[sb + i] {
            return x[sa + i] < y[sb + i];
        }
        i += 1;
    }
    ea - sa < eb - sb
}

/// [`DICT`] and where its words of each first letter start; `N` = 0 just sizes it.
const fn dict<const N: usize>() -> ([u8; N], [u16; 27]) {
    let mut out = [0u8; N];
    let mut at = [0u16; 27];
    let mut n = 0;
    let mut letter = 0;
    while letter < 26 {
        at[letter] = n as u16;
        // The words with this first letter, once each, with their lists as bits.
        let mut words = [0usize; LISTED.len()];
        let mut bits = [0u64; LISTED.len()];
        let mut m = 0;
        let mut a = 0;
        while a < LISTED.len() {
            let (l, s, _) = LISTED[a];
            let c = LISTS[l].as_bytes()[s];
            assert!(
                c.is_ascii_lowercase(),
                "a listed word starts with no letter"
            );
            if c - b'a' == letter as u8 {
                let mut w = 0;
                while w < m && !same(words[w], a) {
                    w += 1;
                }
                if w == m {
                    // Sorted in: shift the later ones up.
                    while w > 0 && before(a, words[w - 1]) {
                        words[w] = words[w - 1];
                        bits[w] = bits[w - 1];
                        w -= 1;
                    }
                    words[w] = a;
                    bits[w] = 0;
                    m += 1;
                }
                bits[w] |= 1 << l;
            }
            a += 1;
        }
        // Each word: how many bytes it shares with the one before, the rest of it,
        // and a byte per kind.
        let mut w = 0;
        while w < m {
            let (l, s, e) = LISTED[words[w]];
            let x = LISTS[l].as_bytes();
            let mut p = 0;
            if w > 0 {
                let (lp, sp, ep) = LISTED[words[w - 1]];
                let y = LISTS[lp].as_bytes();
                while s + p < e && sp + p < ep && x[s + p] == y[sp + p] {
                    p += 1;
                }
            }
            if N > 0 {
                out[n] = p as u8;
            }
            n += 1;
            while s + p < e {
                if N > 0 {
                    out[n] = x[s + p];
                }
                n += 1;
                p += 1;
            }
            let mut bit = 0;
            while bit < 64 {
                if bits[w] & (1 << bit) != 0 {
                    if N > 0 {
                        out[n] = 0x80 | bit as u8;
                    }
                    n += 1;
                }
                bit += 1;
            }
            w += 1;
        }
        letter += 1;
    }
    at[26] = n as u16;
    (out, at)
}

/// Every listed word once, grouped by first letter and sorted, each as: how many
/// bytes it shares with the word before, the rest of its bytes, and a byte per list
/// it is in (0x80 + the list's index); and where each letter's group starts.
static DICT: ([u8; dict::<0>().1[26] as usize], [u16; 27]) = dict();

/// Slots of [`Seen`]: enough that the words of a letter's few notes rarely push
/// each other out (the composer ran about 3% faster than with 64).
const SEEN_SLOTS: usize = 256;

/// Keys looked up lately, with their kinds: a note repeats its words ("the", "I",
/// "and"), and the table is scanned word by word.
struct Seen([(u8, [u8; MAX_WORD], u64); SEEN_SLOTS]);

thread_local! {
    static SEEN: std::cell::RefCell<Seen> = const { std::cell::RefCell::new(Seen([(0, [0; MAX_WORD], 0); SEEN_SLOTS])) };
}

/// The kinds of a key as bits (see [`lookup`]), remembered for short keys.
fn kinds(k: &str) -> u64 {
    let b = k.as_bytes();
    if b.is_empty() || b.len() > MAX_WORD {
        return lookup(k);
    }
    let slot = b
        .iter()
        .fold(b.len(), |h, &c| h.wrapping_mul(31) ^ usize::from(c))
        % SEEN_SLOTS;
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        let (len, word, f) = &mut seen.0[slot];
        if usize::from(*len) == b.len() && &word[..b.len()] == b {
            return *f;
        }
        let found = lookup(k);
        *len = b.len() as u8;
        word[..b.len()].copy_from_slice(b);
        *f = found;
        found
    })
}

/// The kinds of a key as bits: the lists it is in, and the derived kinds.
#[inline(never)]
fn lookup(k: &str) -> u64 {
    let b = k.as_bytes();
    let n = b.len();
    let mut f = 0;
    if let Some(c @ b'a'..=b'z') = b.first() {
        let c = usize::from(c - b'a');
        let d = &DICT.0[DICT.1[c] as usize..DICT.1[c + 1] as usize];
        let mut word = [0u8; MAX_WORD];
        let mut a = 0;
        while a < d.len() {
            let mut len = usize::from(d[a]);
            a += 1;
            while a < d.len() && d[a] >= 0x20 && d[a] < 0x80 {
                word[len] = d[a];
                len += 1;
                a += 1;
            }
            // The words are sorted: past `b`, it is not in the table. Short words, so
            // a byte loop beats a call to memcmp.
            let mut i = 0;
            while i < len && i < n && word[i] == b[i] {
                i += 1;
            }
            if i < len && (i == n || word[i] > b[i]) {
                break;
            }
            let hit = i == len && len == n;
            while a < d.len() && d[a] >= 0x80 {
                if hit {
                    f |= 1 << (d[a] & 0x3f);
                }
                a += 1;
            }
            if hit {
                break;
            }
        }
    }
    if f & (DET | PREP | SUBJ | OTHER) != 0 {
        f |= FUNC;
    }
    // Not the nouns in "-ly" ("his family" was sent as "yours family": the sixth
    // garble hunt).
    let noun = word_in(LY_NOUNS, k);
    if f & ADV != 0 || (n > 5 && k.ends_with("ly") && !k.ends_with("ply") && !noun) {
        f |= ADVX;
    }
    // "rewrote", "rebuilt", "outgrew", "oversaw": a prefix on an irregular past.
    let prefixed = ["re", "out", "over", "under", "co-"].iter().any(|p| {
        k.strip_prefix(p)
            .is_some_and(|rest| rest.len() >= 3 && lookup(rest) & PAST != 0)
    });
    if f & PAST != 0
        || prefixed
        || (n >= 4
            && k.ends_with("ed")
            && b.iter().all(|&c| c.is_ascii_lowercase() || c == b'-')
            // "docs-related", "team-based" are adjectives; "co-monitored",
            // "re-tested" are verbs with a prefix.
            && k.rsplit_once('-').is_none_or(|(head, _)| {
                // ("retro-documented", "cross-trained": round 128; not "double-booked".)
                ["co", "re", "pre", "over", "under", "out", "self", "retro", "cross"]
                    .contains(&head)
            })
            && !(k.ends_with("eed") && n <= 5)
            && f & NOTPAST == 0)
    {
        f |= PASTX;
    }
    if n >= 5 && k.ends_with("ing") && f & NOTING == 0 {
        f |= INGX;
    }
    if b.first().is_some_and(u8::is_ascii_digit) {
        f |= NUM;
    }
    f
}

/// Whether `w` is one of the words of `list` (words parted by single spaces).
///
/// Finds `w` in the whole list and checks the spaces around it: it runs for most
/// words of every note, and `split(' ').any(..)` spent a tenth of the composer's
/// time stopping at each word of the list.
pub(super) fn word_in(list: &str, w: &str) -> bool {
    if w.is_empty() {
        return list.split(' ').any(str::is_empty);
    }
    // Most lookups miss: `contains` rejects them with the standard library's
    // vectorised search, cheaper than walking the matches.
    if !list.contains(w) {
        return false;
    }
    let b = list.as_bytes();
    list.match_indices(w).any(|(at, _)| {
        (at == 0 || b[at - 1] == b' ') && b.get(at + w.len()).is_none_or(|&c| c == b' ')
    })
}

/// The "from to" pair of `table` for `k`: its "to".
#[inline(never)]
fn pair<'a>(table: &'a str, k: &str) -> Option<&'a str> {
    if k.is_empty() {
        return None;
    }
    // Found in the whole table, then checked to be an entry's "from" (as in
    // [`word_in`]): faster than splitting the table at every entry.
    if !table.contains(k) {
        return None;
    }
    let b = table.as_bytes();
    table.match_indices(k).find_map(|(at, _)| {
        let from = at == 0 || b[at - 1] == b'|';
        let to = at + k.len();
        (from && b.get(to) == Some(&b' ')).then(|| {
            let rest = &table[to + 1..];
            rest.split('|').next().unwrap_or(rest)
        })
    })
}

fn is_upper(c: char) -> bool {
    lower_char(c) != c
}

fn is_lower(c: char) -> bool {
    upper_char(c) != c
}

/// Whether `c` is one of the chars of `set`.
#[inline(never)]
fn in_set(c: char, set: &str) -> bool {
    // An ASCII char is one of the set's bytes or none of them (UTF-8 never reuses an
    // ASCII byte inside a longer char): no need to decode the set for it.
    if c.is_ascii() {
        set.as_bytes().contains(&(c as u8))
    } else {
        set.chars().any(|x| x == c)
    }
}

/// How many chars of `s` are in `set`.
#[inline(never)]
fn count(s: &str, set: &str) -> usize {
    if s.is_ascii() {
        // Bytes are chars here (see [`in_set`]), and only the set's ASCII bytes can
        // match: none is no scan (a curly quote in ASCII text), one is a plain byte
        // count, which the compiler vectorises.
        let set = set.as_bytes();
        let mut ascii = set.iter().filter(|b| b.is_ascii());
        return match (ascii.next(), ascii.next()) {
            (None, _) => 0,
            (Some(&one), None) => s.bytes().filter(|&b| b == one).count(),
            _ => s.bytes().filter(|b| set.contains(b)).count(),
        };
    }
    s.chars().filter(|&c| in_set(c, set)).count()
}

/// Whether every char of `s` is in `set`.
fn all_in(s: &str, set: &str) -> bool {
    count(s, set) == s.chars().count()
}

/// `s` without whitespace and chars of `set` at its start.
#[inline(never)]
fn trim_start_set<'a>(s: &'a str, set: &str) -> &'a str {
    if s.is_ascii() {
        let b = s.as_bytes();
        let a = b
            .iter()
            .position(|c| !(c.is_ascii_whitespace() || set.as_bytes().contains(c)));
        return cut(s, a.unwrap_or(b.len()), s.len());
    }
    let mut a = 0;
    for c in s.chars() {
        if !(c.is_whitespace() || in_set(c, set)) {
            break;
        }
        a += c.len_utf8();
    }
    cut(s, a, s.len())
}

/// `s` without whitespace and chars of `set` at its end.
#[inline(never)]
fn trim_end_set<'a>(s: &'a str, set: &str) -> &'a str {
    if s.is_ascii() {
        let b = s.as_bytes();
        let e = b
            .iter()
            .rposition(|c| !(c.is_ascii_whitespace() || set.as_bytes().contains(c)));
        return cut(s, 0, e.map_or(0, |e| e + 1));
    }
    let mut e = s.len();
    for c in s.chars().rev() {
        if !(c.is_whitespace() || in_set(c, set)) {
            break;
        }
        e -= c.len_utf8();
    }
    cut(s, 0, e)
}

/// `s[a..b]` (one place for the bounds check).
#[inline(never)]
fn cut(s: &str, a: usize, b: usize) -> &str {
    &s[a..b]
}

/// Marks after which a new clause may start.
const CLAUSE_MARKS: &str = ",;:-–—";
/// Marks trimmed off the end of a sentence.
const END_MARKS: &str = ".,;:!?…-–—";

// ---------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------

/// Byte range of a token's core: from its first to its last letter or digit.
#[inline(never)]
fn core_range(w: &str) -> (usize, usize) {
    // Most words are ASCII: bytes, without decoding characters (the composer calls
    // this for nearly every word it looks at, several times).
    if w.is_ascii() {
        let b = w.as_bytes();
        return match b.iter().position(u8::is_ascii_alphanumeric) {
            Some(s) => (
                s,
                b.iter()
                    .rposition(u8::is_ascii_alphanumeric)
                    .map_or(s, |e| e + 1),
            ),
            None => (w.len(), w.len()),
        };
    }
    let mut r = (w.len(), w.len());
    let mut found = false;
    for (i, c) in w.char_indices() {
        if c.is_alphanumeric() {
            if !found {
                r.0 = i;
                found = true;
            }
            r.1 = i + c.len_utf8();
        }
    }
    r
}

/// The lowercase key of a token: its core, ASCII-lowercased, `’` read as `'`.
fn key(w: &str) -> String {
    let (s, e) = core_range(w);
    let core = cut(w, s, e);
    // Byte-wise: lowercasing ASCII keeps every other byte as it is.
    let k = core.to_ascii_lowercase();
    if !core.is_ascii() && core.contains('’') {
        k.replace('’', "'")
    } else {
        k
    }
}

/// The words of `s`, split at whitespace: byte by byte when `s` is ASCII, as nearly
/// every note is (the shaping step splits each sentence more than once).
pub(crate) fn split_words(s: &str) -> Words<'_> {
    Words {
        rest: s,
        ascii: s.is_ascii(),
    }
}

/// The iterator of [`split_words`]: one small loop rather than two chained splitters,
/// which cost the download a kilobyte.
pub(crate) struct Words<'a> {
    rest: &'a str,
    ascii: bool,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let space = |(_, c): &(usize, char)| c.is_whitespace();
        let (start, end) = if self.ascii {
            let b = self.rest.as_bytes();
            let start = b.iter().position(|c| !c.is_ascii_whitespace())?;
            let len = b[start..].iter().position(u8::is_ascii_whitespace);
            (start, len.map_or(b.len(), |n| start + n))
        } else {
            let start = self.rest.char_indices().find(|p| !space(p))?.0;
            let len = self.rest[start..]
                .char_indices()
                .find(space)
                .map(|(n, _)| n);
            (start, len.map_or(self.rest.len(), |n| start + n))
        };
        let word = &self.rest[start..end];
        self.rest = &self.rest[end..];
        Some(word)
    }
}

/// Whether the token ends a clause: a comma, semicolon, colon or dash follows its core.
fn ends_clause(w: &str) -> bool {
    count(cut(w, core_range(w).1, w.len()), CLAUSE_MARKS) > 0
}

/// "i" or "i'…", which keep their capital.
fn is_i(k: &str) -> bool {
    k == "i" || k.starts_with("i'")
}

/// A token: its text as typed, its key (see [`key`]) and the key's kinds (see
/// [`kinds`]).
#[derive(Clone)]
struct Tok {
    t: String,
    k: String,
    f: u64,
}

impl Tok {
    #[inline(never)]
    fn new(t: String) -> Tok {
        let k = key(&t);
        // "IT" typed in capitals is information technology, a noun, not the pronoun
        // ("15 years in schools IT, the last 6 running IT for …").
        let f = if k == "it" && t.contains("IT") {
            0
        } else {
            kinds(&k)
        };
        Tok { t, k, f }
    }
}

/// The kinds of the word at `i`, none past the end.
#[inline(never)]
fn fl(ws: &[Tok], i: usize) -> u64 {
    ws.get(i).map_or(0, |w| w.f)
}

/// Whether the word at `i` has one of the kinds in `bits`.
fn at(ws: &[Tok], i: usize, bits: u64) -> bool {
    fl(ws, i) & bits != 0
}

/// `ws[i]` (one place for the bounds check).
#[inline(never)]
fn tk(ws: &[Tok], i: usize) -> &Tok {
    &ws[i]
}

/// `ws[a..b]` (one place for the bounds check).
#[inline(never)]
fn part(ws: &[Tok], a: usize, b: usize) -> &[Tok] {
    &ws[a..b]
}

/// The first word from `i` on that is no adverb.
fn skip_adverbs(ws: &[Tok], mut i: usize) -> usize {
    while at(ws, i, ADVX) {
        i += 1;
    }
    i
}

/// The words joined by spaces, the first `decap` of them passed through [`push_decap`].
#[inline(never)]
fn join(ws: &[Tok], decap: usize) -> String {
    let mut s = String::new();
    for (i, w) in ws.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        if i < decap {
            push_decap(&mut s, w);
        } else {
            s.push_str(&w.t);
        }
    }
    s
}

/// Replaces the cores of the words `first..=last` by `new` in the first of them,
/// keeping the punctuation before the first and after the last, and with `cap` a
/// capital first letter.
#[inline(never)]
fn set_core(ws: &mut [Tok], first: usize, last: usize, new: &str, cap: bool) {
    let t = &ws[first].t;
    let (s, e) = core_range(t);
    let mut out = cut(t, 0, s).to_owned();
    let mut cs = new.chars();
    if let Some(c) = cs.next() {
        let cap = cap && cut(t, s, e).chars().next().is_some_and(is_upper);
        out.push(if cap { upper_char(c) } else { c });
    }
    out.push_str(cs.as_str());
    let t = &ws[last].t;
    out.push_str(cut(t, core_range(t).1, t.len()));
    ws[first] = Tok::new(out);
}

/// Pushes the token with its first letter lowercased unless it is "I" or an acronym
/// ("IT", "CRM").
fn push_decap(out: &mut String, w: &Tok) {
    let t = &w.t;
    let (s, _) = core_range(t);
    let mut cs = cut(t, s, t.len()).chars();
    if let (Some(c), next) = (cs.next(), cs.clone().next()) {
        // A capital inside the word ("DipPFS", "McAllister") marks a name.
        if is_upper(c) && !next.is_some_and(is_upper) && !cs.any(is_upper) && !is_i(&w.k) {
            out.push_str(cut(t, 0, s));
            out.push(lower_char(c));
            out.push_str(cut(t, s + c.len_utf8(), t.len()));
            return;
        }
    }
    out.push_str(t);
}

/// The words of a sentence as the subject-and-verb check sees them.
fn words_of(s: &str) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    for tok in split_words(s) {
        let mut w = Tok::new(tok.to_owned());
        if w.k.is_empty() {
            // A lone dash or mark separates clauses like a comma.
            if let Some(last) = out.last_mut() {
                if count(tok, CLAUSE_MARKS) > 0 {
                    last.f |= BRK;
                }
            }
            continue;
        }
        if ends_clause(tok) {
            w.f |= BRK;
        }
        out.push(w);
    }
    out
}

// ---------------------------------------------------------------------------------
// Subject and verb
// ---------------------------------------------------------------------------------

/// Whether `word` (any case) is one of the common words the note shaper knows (a
/// function word, a verb form, an adverb) or a past tense in "-ed": "LED" typed in one
/// note does not make "led" a name in another.
pub(crate) fn is_common_word(word: &str) -> bool {
    known_as(word, ADVX)
}

/// Whether `word` (any case) is a verb form or a function word the shaper knows:
/// two sentences that share one ("spent", "have") do not say the same thing twice.
pub(crate) fn is_verb_or_function(word: &str) -> bool {
    known_as(word, 0)
}

/// Whether `word` (any case) ends in "-ed" or is a verb form or function word the
/// shaper knows, or of the `extra` kinds.
fn known_as(word: &str, extra: u64) -> bool {
    let k = word.to_ascii_lowercase();
    k.ends_with("ed") || kinds(&k) & (FUNC | PASTX | FIN | SV | SUBJ | PREP | DET | extra) != 0
}

/// Whether `k` (lowercase) is the plain form of a verb the shaper knows as a step
/// ("tell", "check", "follow"): after "I'd" each step of a list opens on one ("I'd
/// call them, tell the client and …"). Not the words that also follow "I'd" without
/// being a step ("rather", "like", "care", "lead"), which a list of nouns or a
/// comparison has after its comma (the review of session 31).
pub(crate) fn is_plain_verb(k: &str) -> bool {
    const NOT_STEPS: &str = "rather like love care lead have be want need hope feel";
    // Steps of a plan that no other list has.
    const MORE_STEPS: &str = "track update agree discuss arrange chase remove replace restart \
        repeat retest quarantine";
    !word_in(ADVERBS, k)
        && !word_in(NOT_STEPS, k)
        && [
            I_D_VERBS,
            ANSWER_STEPS,
            ANSWER_VERBS,
            IMPERATIVES,
            MORE_STEPS,
        ]
        .iter()
        .any(|list| word_in(list, k))
}

/// Whether `word` (any case) is a common adjective that opens many names ("Good
/// Neighbours", "Small Business Unit"): alone it is no name.
pub(crate) fn is_plain_adjective(word: &str) -> bool {
    let k = word.to_ascii_lowercase();
    word_in(PLAIN_STARTS, &k) || word_in(SELF_ADJECTIVES, &k)
}

/// The bracket depth after `t`, from `depth` before it (byte scan; most words have no
/// bracket, and they cost one pass).
fn bracket_depth(depth: usize, t: &str) -> usize {
    let b = t.as_bytes();
    if !b.iter().any(|&c| c == b'(' || c == b')') {
        return depth;
    }
    let opens = b.iter().filter(|&&c| c == b'(').count();
    let closes = b.iter().filter(|&&c| c == b')').count();
    (depth + opens).saturating_sub(closes)
}

/// Whether `sentence` has a subject and a finite verb (the check every sentence built
/// from a note must pass; a heuristic, documented).
///
/// A clause passes when it starts (after adverbs such as "also", "then") with
/// - a subject-and-verb contraction ("I'm", "it's", "that's");
/// - a personal pronoun (I, we, you, they, he, she, it) followed, possibly after
///   adverbs, by a finite verb or by any word that is not a function word and not
///   non-finite ("be", "been", "-ing"): "I led", "we shipped", "you opened";
/// - "this/that/these/those/there" followed by a finite or past-tense verb;
/// - a noun phrase (determiner + nouns, a name, "the head of logistics", "what I
///   meant to say") followed by a finite verb, a past-tense verb, or a word followed
///   by an object ("The team leads the rollout"). A relative clause inside the noun
///   phrase is skipped ("The team I led shipped it"), so "The project that I led" is
///   still a fragment.
///
/// A clause opened by a subordinator ("because", "when", "if") or "to" does not count,
/// so "Since we met, I have read your annual report." passes on its main clause and
/// "Because I wanted to show my range." fails. A sentence ending in "?" also passes
/// when it starts with an auxiliary and a subject ("Would you …?") or with a wh-word
/// and a verb ("What would success look like?").
pub fn has_subject_and_verb(sentence: &str) -> bool {
    let ws = words_of(sentence);
    if ws.is_empty() {
        return false;
    }
    if trim_end_set(sentence, "").ends_with('?') && question_ok(&ws) {
        return true;
    }
    // The clause at the start, then the one after each comma: leading adverbials and
    // dependent clauses are skipped that way.
    let mut p = 0;
    // Brackets open before `p`: a clause in an aside ("(Edinburgh, viva passed in
    // October)") is not the sentence's own.
    let mut open = 0usize;
    // "A stroke patient who only cared about fishing, so we rebuilt the goals …": a
    // noun phrase first, then a clause joined on with "so" or "and", is a fragment
    // with a clause after it (round 62 sent it).
    let mut phrase_first = false;
    while p < ws.len() {
        // "Meridian's focus on rare disease trials, where the studies are small": a
        // relative clause after a comma belongs to the phrase before it.
        let relative = p > 0 && at(&ws, p, REL);
        if open == 0 && !relative && main_clause_ok(part(&ws, p, ws.len().min(p + SCAN))) {
            return !(phrase_first && at(&ws, p, JOIN));
        }
        if p == 0 && article_noun_verb(&ws) {
            return true;
        }
        // Only a phrase with a relative clause in it ("A stroke patient who …"): a
        // verb the word lists do not know ("My supervisor quit, so …") is no phrase.
        phrase_first |= p == 0
            && at(&ws, 0, DET)
            && !at(&ws, 0, DEM)
            && ws
                .iter()
                .take_while(|w| w.f & BRK == 0)
                .any(|w| w.f & REL != 0);
        while p < ws.len() && !at(&ws, p, BRK) {
            let t = &ws[p].t;
            open = bracket_depth(open, t);
            p += 1;
        }
        if let Some(t) = ws.get(p).map(|w| &w.t) {
            open = bracket_depth(open, t);
        }
        p += 1;
    }
    false
}

/// "A TZ test stains living tissue", "A germination test runs 7-14 days": an article,
/// one to three nouns, then a present tense in "-s" before an "-ing" word or a figure,
/// which the word lists cannot tell from a plural (round 118 framed the first as "My
/// answer now would be a TZ test stains …" and dropped the second whole).
fn article_noun_verb(ws: &[Tok]) -> bool {
    if !at(ws, 0, DET) || at(ws, 0, DEM | NUM) {
        return false;
    }
    (2..5).any(|v| {
        let Some(w) = ws.get(v) else {
            return false;
        };
        let nouns = ws[1..v]
            .iter()
            .all(|n| n.f & (FUNC | NUM | FIN | PASTX | INGX) == 0 && !ends_clause(&n.t));
        nouns
            && !ends_clause(&w.t)
            && w.f & FUNC == 0
            && w.k.ends_with('s')
            && !w.k.ends_with("ss")
            && !word_in(TIME_NOUNS, &w.k)
            && (ing_then_object(ws, v + 1) || at(ws, v + 1, NUM) && duration_at(ws, v + 2))
    })
}

/// Whether the "-ing" word at `i` is a verb's object in the making ("stains living
/// tissue to give …"): no noun made of "-ing" ("training"), with a word, then a
/// preposition, "to" or the end after it; not "the new starters training programme I
/// wrote" (the review of session 22).
fn ing_then_object(ws: &[Tok], i: usize) -> bool {
    at(ws, i, INGX)
        && !word_in(ING_NOUNS, &ws[i].k)
        && (i + 2 >= ws.len() || at(ws, i + 2, PREP | TO) || ends_clause(&ws[i + 1].t))
}

/// Whether a unit of time follows a figure at `i` ("7-14 days").
fn duration_at(ws: &[Tok], i: usize) -> bool {
    word_in("days weeks hours months years minutes", tk_k(ws, i))
}

/// How many words one clause check looks at: no subject is longer, and the bound keeps
/// the check linear however many commas a pasted text has.
const SCAN: usize = 64;

fn main_clause_ok(ws: &[Tok]) -> bool {
    let f = fl(ws, 0);
    if f & (TO | SUB) != 0 || (f & PSUB != 0 && at(ws, 1, SUBJ)) {
        return false;
    }
    if clause_ok(ws) {
        return true;
    }
    // A short time or place phrase before the subject, without a comma: "Last winter
    // I rerouted 30 vans", "In 2023 we opened a depot".
    // So may "Longer term" or "Short term" ("Longer term I'd move reporting …").
    // And "Two years ago we moved …", "A year ago I took over …".
    let ago = ws.iter().take(4).any(|w| w.k == "ago");
    if f & (TIME | PREP) != 0
        || ago
        || matches!(ws[0].k.as_str(), "longer" | "long" | "short" | "shorter")
    {
        for j in 1..7 {
            // "Next time I'd take the call …": a contraction carries its verb.
            let sv = at(ws, j, SV) && ws[j].t.starts_with(['I', 'W', 'w'])
                || at(ws, j, THERE) && word_in("is are was were", tk_k(ws, j + 1));
            // Or an article and its noun after a year or a date ("In 2024 a fly line
            // pin worked loose"); not after a topic ("For the question on a DO drop").
            let lead = ws.get(..j).unwrap_or(ws);
            let dated = lead.iter().any(|w| w.f & NUM != 0);
            let end = (j..ws.len())
                .find(|&e| ends_clause(&ws[e].t))
                .map_or(ws.len(), |e| e + 1);
            let share = at(ws, j, NUM) && tk_k(ws, j + 1) == "of";
            let noun = j <= 5
                && (dated && at(ws, j, DET) && !at(ws, j, DEM) || share)
                && !lead.iter().any(|w| ends_clause(&w.t))
                && clause_ok(ws.get(j..end).unwrap_or_default());
            if sv || noun || at(ws, j, IWE) && verb_after_pronoun(ws, j) {
                return !ws.iter().take(j).any(|w| w.f & (SUB | REL | TO) != 0);
            }
        }
    }
    false
}

fn clause_ok(ws: &[Tok]) -> bool {
    // "…, and it's payments": a clause joined on is a clause.
    let mut i = 0;
    while at(ws, i, JOIN) {
        i += 1;
    }
    let i = skip_adverbs(ws, i);
    let Some(w) = ws.get(i) else {
        return false;
    };
    let f = w.f;
    if f & SV != 0 {
        return true;
    }
    if f & SUBJ != 0 {
        return verb_after_pronoun(ws, i);
    }
    // "No one was hurt": a pronoun of two words (round 119 framed it as an example).
    // (Only then: "no one day is the same" is read as before.)
    if w.k == "no" && tk_k(ws, i + 1) == "one" {
        let next = i + 2 + usize::from(tk_k(ws, i + 2) == "else");
        if at(ws, skip_adverbs(ws, next), FIN | PASTX) {
            return true;
        }
    }
    if f & WHAT != 0 {
        // "What I meant to say is …": the free relative is the subject.
        return noun_phrase(ws, i + 1, 1, true, false);
    }
    if f & DEM != 0 {
        // "…, and that he starts everyone off …": "that" before a subject opens a
        // clause of what was said, not a subject of its own.
        if w.k == "that" && at(ws, i + 1, SUBJ) {
            return false;
        }
        let v = skip_adverbs(ws, i + 1);
        if at(ws, v, FIN | PASTX) {
            return true;
        }
        // "That matters to me because …": a verb in the present that no noun spells
        // (round 136 framed it as a thing).
        if f & THERE == 0 && word_in(PRESENT_S, tk_k(ws, v)) {
            return true;
        }
        return f & THERE == 0 && noun_phrase(ws, i + 1, 0, false, false);
    }
    // "each of my moves has taken me …", "most of my wins are education": a share of
    // a noun phrase is a subject, not a phrase after a preposition.
    // ("all of them" points back at something the note may not have said.)
    // "9 of 11 learners passed …" too (round 61 framed it as a thing).
    if tk_k(ws, i + 1) == "of"
        && !at(ws, i + 2, OBJ)
        && (word_in(QUANTIFIERS, &w.k) || f & NUM != 0 || word_in(NUMBER_WORDS, &w.k))
    {
        return noun_phrase(ws, i + 2, 1, true, false);
    }
    // "about 60% of my clients booked me again": a rough figure opens one too.
    let rough = matches!(w.k.as_str(), "about" | "around" | "nearly" | "almost");
    if rough && at(ws, i + 1, NUM) && counted_group(ws, i + 2) {
        let of = usize::from(tk_k(ws, i + 2) == "of");
        return noun_phrase(ws, i + 2 + of, of, of == 1, false);
    }
    // "the time a discharge summary said …": a time with the clause that says what
    // happened then is a phrase, with one verb only, its clause's (round 108 sent it
    // as a sentence); "the time I spent there taught me …" has its own.
    if w.k == "the"
        && word_in("time day week night moment", tk_k(ws, i + 1))
        && at(ws, i + 2, DET | SUBJ)
    {
        // A verb after a pronoun counts whatever its form ("it takes").
        let verbs = ws[i + 2..]
            .iter()
            .enumerate()
            .take_while(|(_, w)| w.f & BRK == 0)
            .filter(|&(j, w)| w.f & (FIN | PASTX | SV) != 0 || j > 0 && ws[i + 1 + j].f & SUBJ != 0)
            .count();
        if verbs <= 1 {
            return false;
        }
    }
    // "zero lost time injuries": a number, spelled or not, opens a noun phrase ("zero
    // lost" is no subject and verb; round 56 sent it as a sentence).
    if f & (DET | NUM) != 0 || word_in(NUMBER_WORDS, &w.k) {
        return noun_phrase(ws, i + 1, 0, false, false);
    }
    // "Running the inventory there taught me …": doing something as the subject.
    if w.k.ends_with("ing") && taught_at(ws).is_some() {
        return true;
    }
    if f & PREP != 0 {
        // "At Brightway I led …": the pronoun after the phrase is the subject.
        return noun_phrase(ws, i + 1, 0, false, true);
    }
    f & FUNC == 0 && noun_phrase(ws, i, 0, false, false)
}

/// Where the relative clause opening at `i` (after its "that", "who" or "where")
/// ends: past its own subject and verb ("the project that I led", "the team that
/// shipped it"), and a participle after its "was" ("whose prescription was stuck":
/// round 110 sent "The man at Boots whose prescription was stuck …" as a sentence).
fn past_relative(ws: &[Tok], mut i: usize) -> usize {
    if at(ws, i, SUBJ) {
        return skip_adverbs(ws, i + 1) + 1;
    }
    while i < ws.len() && !at(ws, i, FIN | PASTX | SV) {
        i += 1;
    }
    if at(ws, i, FIN) && at(ws, i + 1, PASTX) {
        i += 1;
    }
    i + 1
}

/// Whether the participle before `i` describes a noun rather than being the phrase's
/// verb: a credential's before its noun ("ISO 17025 accredited lab", round 67 sent the
/// phrase as a sentence), or one after a count after "with" ("with zero errors found
/// at verification").
fn describes(ws: &[Tok], i: usize) -> bool {
    let w = &ws[i - 1];
    let credential = word_in("accredited certified registered licensed chartered", &w.k)
        && !ends_clause(&w.t)
        && ws.get(i).is_some_and(|n| n.f & (FUNC | NUM | ADVX) == 0);
    // "a 43% hit rate": a verb before the measure it names is part of it.
    let measure = !ends_clause(&w.t) && word_in(MEASURES, tk_k(ws, i));
    credential || measure || w.f & PASTX != 0 && at(ws, i, PREP) && counted_with(ws, i - 1)
}

/// Whether the word at `v` follows a count after "with" in its clause ("with zero
/// errors found at verification"): a participle describing the count, not the phrase's
/// verb (round 109 sent "14 data changes … with zero errors found …" as a sentence).
fn counted_with(ws: &[Tok], v: usize) -> bool {
    (v.saturating_sub(5)..v)
        .rev()
        .take_while(|&d| !ends_clause(&ws[d].t))
        .any(|d| {
            word_in("with without", &ws[d].k)
                && (at(ws, d + 1, NUM)
                    || word_in("zero no", tk_k(ws, d + 1))
                    || word_in(NUMBER_WORDS, tk_k(ws, d + 1)))
        })
}

/// Words for a share of something, before "of" ("each of my moves").
const QUANTIFIERS: &str = "each all most some many both none one several few half any";

fn verb_after_pronoun(ws: &[Tok], i: usize) -> bool {
    let Some(w) = ws.get(skip_adverbs(ws, i + 1)) else {
        return false;
    };
    w.f & FIN != 0 || w.f & (NUM | FUNC | SV | INGX) == 0
}

/// Whether `w` (a content word after a subject's head) is a verb: past tense, or
/// followed by what only follows a verb (an object, a number, a new noun phrase).
/// Verbs in the present that no noun spells, found without an object after them.
const PRESENT_S: &str = "comes goes matters seems happens refers relates belongs applies depends \
    wants loves";

fn verb_like(w: &Tok, next: u64) -> bool {
    // Not across a comma: in "with the co-op, 3rd harvest now" the number starts a new
    // phrase. Nor a measure before its figure ("win rate 41%", "NVQ level 3").
    // Nor a name before a year ("Nat Energy 2025"), nor a time before a figure ("last
    // year 41 applications").
    // Nor "set" ending its phrase ("Commercial set, want to …"): a verb that must
    // take an object is a noun where none follows.
    (w.f & PASTX != 0 && !noun_past(w))
        // "Accuracy of the record comes first": verbs in the present that no noun
        // spells (round 61 framed it as a fragment).
        // "The 40% on my resume refers to …" (round 68 framed it as a thing).
        || w.k.ends_with('s') && word_in(PRESENT_S, &w.k)
        || (!ends_clause(&w.t)
            && ((next & NUM != 0
                && !word_in(MEASURES, &w.k)
                && !word_in(TIME_NOUNS, &w.k)
                && !w.t.starts_with(is_upper)
                // Nor a noun by its ending ("customer satisfaction 4 quarters
                // running": round 130 sent it as a sentence).
                && !nominal(&w.k))
                // "the day surgery means I'd see …": a verb before its clause.
                || (next & (SUBJ | SV) != 0 && word_in("means meant shows showed", &w.k))
                || (next & (DET | OBJ | IT) != 0 && w.k.ends_with('s'))))
}

/// Whether `k` is a noun by its ending ("satisfaction", "capacity", "readiness"), which
/// no verb but "mention" and "question" has.
fn nominal(k: &str) -> bool {
    ["tion", "ity", "ness"].iter().any(|e| k.ends_with(e)) && !word_in("mention question", k)
}

/// Whether `w` is a past form that must take an object ("set", "cut") ending its
/// phrase with none: a noun there ("a commercial set,").
fn noun_past(w: &Tok) -> bool {
    ends_clause(&w.t) && word_in("set cut put hit", &w.k)
}

/// Nouns that name a measure and come before its figure ("win rate 41%"): no verb.
const MEASURES: &str = "rate score ratio margin level total average rating grade band";

/// Scans a noun phrase from `i` for its verb. `pos` counts content words of the
/// current phrase (a verb needs one before it), `subj` says a subject head was seen,
/// `in_pp` that we are inside a leading prepositional phrase.
fn noun_phrase(ws: &[Tok], mut i: usize, mut pos: usize, mut subj: bool, mut in_pp: bool) -> bool {
    // Inside a relative clause: what an "and" joins on is more of that clause ("an ER
    // night where we switched every 20 minutes and the CDI caught a name" has no verb
    // of its own; round 56 sent it as a sentence).
    let mut relative = false;
    while let Some(w) = ws.get(i) {
        // A comma after the relative clause ends the phrase: "a 4-year-old … who hated
        // flashcards, turned them into a game" is no subject and its verb (the writer
        // turned them; round 109 sent it as a sentence).
        if relative && i > 0 && ends_clause(&ws[i - 1].t) {
            return false;
        }
        // An aside in brackets belongs to the phrase, and its verbs are not the
        // phrase's ("PhD (Edinburgh, viva passed in October), 3 papers").
        if w.t.starts_with('(') {
            while i < ws.len() && !ws[i].t.contains(')') {
                i += 1;
            }
            i += 1;
            continue;
        }
        let f = w.f;
        // "who didn't want to do kitchen assessments": "do" after "to" is no finite
        // verb of the phrase's own.
        let infinitive = || i > 0 && ws[i - 1].k == "to" && word_in("do be have", &w.k);
        if f & FIN != 0 && !infinitive() {
            return subj;
        }
        if f & (SUBJ | SV) != 0 {
            if !subj {
                return f & SV != 0 || verb_after_pronoun(ws, i);
            }
            // A relative clause without "that": "the team I led".
            i = skip_adverbs(ws, i + 1) + usize::from(f & SUBJ != 0);
            // Its preposition left at its end: "the bus I was on broke down".
            if f & SUBJ != 0 && at(ws, i, PREP) && at(ws, i + 1, FIN | PASTX | PAST) {
                i += 1;
            }
            continue;
        }
        // "in that job": "that" after a preposition points, it opens no clause.
        let pointing = w.k == "that" && i > 0 && at(ws, i - 1, PREP);
        if subj && f & REL != 0 && !pointing {
            // "the project that I led", "the team that shipped it", "trials, where the
            // studies are small": skip to the relative clause's own verb and past it.
            relative = true;
            i = past_relative(ws, i + 1);
            continue;
        }
        i += 1;
        if f & PREP != 0 {
            pos = 0;
            in_pp |= !subj;
            continue;
        }
        // "claim 3 covers …", "line 3 went …": a number right after a noun names it.
        // Not across a comma: "…applications, 39 granted" starts a new phrase.
        if f & NUM != 0 && f & DET == 0 && pos > 0 && !in_pp && !ends_clause(&ws[i - 2].t) {
            continue;
        }
        if f & (DET | NUM) != 0 {
            // "At the office the team …": a determiner after the object starts the subject.
            if pos > 0 {
                in_pp = false;
            }
            pos = 0;
            // "the 18% came mainly from …": a figure after "the" is the head itself,
            // so is one before a preposition ("the 40% on my resume refers to …").
            let head = || {
                at(ws, i, FIN | PASTX | PREP)
                    || ws.get(i).is_some_and(|n| verb_like(n, fl(ws, i + 1)))
            };
            if f & NUM != 0 && i >= 2 && at(ws, i - 2, DET) && !in_pp && head() {
                pos = 1;
                subj = true;
            }
            continue;
        }
        if relative && f & AND != 0 && !ends_clause(&ws[i - 2].t) {
            // "…where we switched and the CDI caught …": a subject of its own after
            // the "and" is more of the relative clause; "the team that I built and
            // trained won …": a second verb of it is skipped.
            if at(ws, i, DET | SUBJ) || ws.get(i).is_some_and(|w| w.t.starts_with(is_upper)) {
                return false;
            }
            i += 1;
            continue;
        }
        if f & (ANDOR | ADVX | OBJ) != 0 {
            continue;
        }
        if f & FUNC != 0 {
            return false;
        }
        // "OEE on line 3 went from …": a past tense right after a number is the verb.
        // So is one after a time phrase's last word ("a call the night before kept
        // me up").
        // Not one that ends its clause: "…, 39 granted" is a figure's label.
        let after_number = i >= 2
            && w.f & PASTX != 0
            && (at(ws, i - 2, NUM) && !ends_clause(&w.t) && i < ws.len()
                || matches!(ws[i - 2].k.as_str(), "before" | "ago" | "earlier"));
        if subj && (pos > 0 || after_number) && !describes(ws, i) && verb_like(w, fl(ws, i)) {
            return true;
        }
        pos += 1;
        subj |= !in_pp;
    }
    false
}

/// A question with its verb up front: "Would you …?", "What would …?", "Who led …?".
fn question_ok(ws: &[Tok]) -> bool {
    let f0 = fl(ws, 0);
    if f0 & SV != 0 {
        return true;
    }
    if f0 & FIN != 0 {
        return ws
            .get(1)
            .is_some_and(|w| w.f & FUNC == 0 || w.f & (SUBJ | DET | THERE) != 0);
    }
    if f0 & WHW == 0 {
        return false;
    }
    for n in 1..ws.len().min(10) {
        let w = tk(ws, n);
        let f = w.f;
        // Past a short phrase, the verb must come before its subject ("how many jobs a
        // week does the workshop …") or its adverb ("how much of the desk's output is
        // now automated").
        let inverted = n < 4 || at(ws, n + 1, DET | SUBJ | ADVX);
        if (f & FIN != 0 && inverted) || (n == 1 && f0 & WWW != 0 && verb_like(w, fl(ws, n + 1))) {
            return true;
        }
        // A preposition may be part of the phrase ("how much of the …").
        if f & (FUNC | DET) == FUNC && f & PREP == 0 {
            return false;
        }
    }
    false
}

// ---------------------------------------------------------------------------------
// Shaping
// ---------------------------------------------------------------------------------

/// The note as one or more finished sentences (joined by single spaces), addressed to
/// the interviewer, or None when nothing usable is left.
///
/// Sentences keep their order; each is kept whole or not at all, while the running
/// word count stays within [`Frame::max_words`]: the first one that does not fit ends
/// the note, even one that would have been left out anyway (so an overlong sentence
/// costs one pass, not a full analysis). A note is read up to its 256th sentence, and
/// a sentence with a "word" over 100 bytes (a pasted blob) is left out. See the module
/// docs for the steps.
pub fn shape(note: &str, frame: &Frame) -> Option<String> {
    let out = shaped(note, frame);
    (!out.is_empty()).then(|| out.join(" "))
}

/// The sentences [`shape`] joins, one by one (a caller with several word limits
/// shapes once and takes a prefix).
pub fn shape_sentences(note: &str, frame: &Frame) -> Vec<String> {
    shaped(note, frame)
}

/// Most sentences of one note looked at. A note is a few sentences; past this many it
/// is pasted text, and reading on for a keeper among left-out lines is not worth the
/// time a pasted megabyte of "a. a. a." would cost.
const MAX_SENTENCES: usize = 256;

/// Most words a sentence of a note may have before it is taken for pasted text; far
/// more than any frame's room (see [`Shaper::past_reading`]).
const MAX_SENTENCE_WORDS: usize = 200;

/// The sentences [`shape`] joins.
fn shaped(note: &str, frame: &Frame) -> Vec<String> {
    shaper(note, frame).out
}

/// The first sentence of `note` that the letter leaves out because it still reads as
/// notes (no subject and verb, or phrases without a verb), as the user typed it; None
/// when every sentence is used or was left out on purpose (narration of the slip, a
/// note to self). The Write step quotes it beside the field.
pub fn left_out(note: &str, frame: &Frame) -> Option<String> {
    shaper(note, frame).left_out
}

/// Runs the shaping steps over `note` and returns their state.
fn shaper<'a>(note: &str, frame: &'a Frame<'a>) -> Shaper<'a> {
    let mut sh = Shaper {
        frame,
        out: Vec::new(),
        used: 0,
        seen: 0,
        lost: false,
        framed: false,
        left_out: None,
        asked: false,
    };
    // The note's lines joined into chunks: a stray line break is a space, while a
    // bullet ("-", "•", "*", "1.") or a blank line starts a new chunk.
    let mut cur = String::new();
    for line in note.lines() {
        let t = line.trim();
        let (bullet, rest) = strip_bullet(t);
        if (t.is_empty() || bullet) && !sh.flush(&mut cur) {
            return sh;
        }
        if !rest.is_empty() {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(rest);
        }
    }
    sh.flush(&mut cur);
    // "You asked what I'd do in my first 90 days." alone, its answer left out as
    // notes: a question with no answer is no repair (round 96 sent it so).
    // Not a question that carries its answer ("You asked about the gap in my CV, and I
    // was caring …"), nor the moment, where the question is what is remembered (the
    // review of session 18).
    let moment = frame
        .fragment
        .is_some_and(|f| f.starts_with("Since we spoke"));
    let lone = sh.out.len() == 1
        && sh.out[0].starts_with("You asked ")
        && !sh.out[0].contains([',', ':', ';'])
        && !sh.out[0].contains(" and I ");
    if lone && !moment && sh.left_out.is_some() {
        sh.out.clear();
    }
    sh
}

/// A moment typed wholly in quotes, as what the interviewer said ("you said '…'");
/// garble hunt 21 sent "We don't do remakes here" as the writer's own words. None for
/// any other note or field.
fn said_quoted(cur: &str, frame: &Frame) -> Option<String> {
    let moment = frame.address
        && frame
            .fragment
            .is_some_and(|f| f.starts_with("Since we spoke"));
    let t = cur.trim();
    let inner = unquote(cur);
    let quoted = moment
        && t.starts_with(['"', '“'])
        && t.ends_with(['"', '”'])
        && inner.len() < t.len()
        && !inner.contains(['"', '“', '”', '\'', '‘', '’']);
    // (Not the writer's own words, "'I'm a perfectionist'", nor a report of what
    // someone said inside it: the review of session 29.)
    let low = inner.to_ascii_lowercase();
    let own = ["i ", "i'm ", "im ", "my ", "me "]
        .iter()
        .any(|p| low.starts_with(p))
        || low.contains(" said ")
        || low.contains(" asked ");
    let words = inner.split(' ').count() > 1;
    (quoted && !own && words).then(|| ["you said '", inner, "'"].concat())
}

/// The first of `prefixes` that `text` opens with, in any case ("I'd " or "i'd ").
fn opening<'p>(text: &str, prefixes: &[&'p str]) -> Option<&'p str> {
    prefixes.iter().copied().find(|p| {
        text.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    })
}

/// The note with its opening said the way a letter says it, by the first of the
/// rewrites below that applies; None when none does.
fn retyped(typed: &str, answers: bool) -> Option<String> {
    // "asked if id used eos family and i said 'a bit'": the interviewer asked, not
    // the writer (round 142 sent "I asked if id used …").
    // (Only in a field for the answer: in the questions field "asked if i could
    // bring my portfolio" is the writer's own: the review of session 29.)
    let asked = [
        "asked if i ",
        "asked if id ",
        "asked if i'd ",
        "asked whether i ",
        "asked me if ",
        "asked me what ",
        "asked me how ",
    ];
    if answers && opening(typed, &asked).is_some() {
        return Some(["you asked", &typed[5..]].concat());
    }
    answers
        .then(|| scenario_named(typed).or_else(|| question_labelled(typed)))
        .flatten()
        .or_else(|| asked_dash_answer(typed))
        .or_else(|| year_then_clause(typed))
        .or_else(|| since_found(typed))
        .or_else(|| time_then_clause(typed))
        .or_else(|| let_counted(typed))
}

/// "the question about a tight turnaround. i should of said i run the pushback …": the
/// question labelled in a sentence of its own, before the answer, is the answer's
/// clause of time ("when you asked about a tight turnaround, i should of said …");
/// garble hunt 21 sent "I should have told you about the question about …". None
/// unless the writer's own clause follows.
fn question_labelled(text: &str) -> Option<String> {
    let low = text.get(..19)?.to_ascii_lowercase();
    let from = if low.starts_with("the question about ") {
        19
    } else if low.starts_with("question about ") {
        15
    } else {
        return None;
    };
    let stop = text.find(". ")?;
    let topic = &text[from..stop];
    let rest = &text[stop + 2..];
    // (Only before what the writer would or should have said: "i froze" narrates,
    // "i was in prison" was then, not the answer: the review of session 29.)
    let own = opening(rest, &["i'd ", "i would ", "i should "]).is_some();
    (own && !topic.contains([',', ':']))
        .then(|| ["when you asked about ", topic, ", ", rest].concat())
}

/// "scenario: teenagers drinking in the park. i'd talk to them first …": the scenario
/// set in the room, labelled, before the answer to it, said as "the scenario was …"
/// (garble hunt 20 left the whole answer out). None unless a label opens the note and
/// a thing, not the writer's own clause, follows it.
fn scenario_named(text: &str) -> Option<String> {
    let head = text.get(..10)?;
    if !head.eq_ignore_ascii_case("scenario: ") && !head.eq_ignore_ascii_case("scenario -") {
        return None;
    }
    let rest = text[10..].trim_start();
    let first = rest.split([' ', ',', '.']).next()?.to_ascii_lowercase();
    let own = word_in("i i'd id i'm im i'll ill we my so", &first);
    let first_sentence = rest.split(['.', ',']).next().unwrap_or(rest);
    // A thing going on ("teenagers drinking in the park"), not a clause of its own
    // ("a customer shouts at you").
    let clause = !first_sentence
        .split(' ')
        .take(4)
        .any(|w| w.len() > 4 && w.ends_with("ing"))
        || has_subject_and_verb(first_sentence);
    (!own && !clause && !rest.is_empty()).then(|| ["the scenario was ", rest].concat())
}

/// "when he asked about spotting fraud - i'd check the timeline …": the answer after
/// the question and a dash is its main clause, after a comma (garble hunt 20 sent "You
/// asked about spotting fraud - I'd check …").
fn asked_dash_answer(text: &str) -> Option<String> {
    let head = text.get(..5)?;
    let dash = text.find(" - ")?;
    let asked = text[..dash].contains(" asked ") && !text[..dash].contains([',', '.', '?']);
    let rest = &text[dash + 3..];
    // (Only what the writer would do: "- i was caring for my mum" is told otherwise.)
    let own = opening(rest, &["i'd ", "i would "]).is_some();
    // ("i'd done no research" is what the writer had done.)
    let had = rest
        .split(' ')
        .nth(1)
        .is_some_and(|w| word_in("done been had gone never not already just", w));
    (head.eq_ignore_ascii_case("when ") && asked && own && !had)
        .then(|| [&text[..dash], ", ", rest].concat())
}

/// "valentines week last yr i made 340 bouquets in 3 days": a time named first, then
/// what the writer did in it with no comma between, is "valentines week last yr, i
/// made …" (garble hunt 21 sent "A result I would point to is Valentine's week last
/// year I made …"). None unless a word of time is among the few words before "i" and
/// a past verb follows it.
fn time_then_clause(text: &str) -> Option<String> {
    let at = text.find(" i ")?;
    let head = &text[..at];
    let words: Vec<&str> = head.split(' ').collect();
    let low = head.to_ascii_lowercase();
    let time = low
        .split(' ')
        .any(|w| word_in("week year yr month season summer winter christmas xmas", w));
    // (Words only: "spanish and english every day + i did …" is a list.)
    let plain = head
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'\'')
        && !head.contains(" and ")
        && (2..=6).contains(&words.len());
    let verb = text[at + 3..].split(' ').next().unwrap_or_default();
    let past = verb.ends_with("ed") || word_in(IRREGULAR_PAST, verb);
    let open = low
        .split(' ')
        .next()
        .is_some_and(|w| !word_in(" i we my when if as since so and but because ", w));
    // ("In" before it, unless it leads in itself: "last summer", "on the night".)
    let led = low
        .split(' ')
        .next()
        .is_some_and(|w| word_in("last this next in on during every each over at", w));
    let lead = if led { "" } else { "in " };
    let ok = time && plain && past && open && !word_in("was were had", verb);
    ok.then(|| [lead, head, ", i ", &text[at + 3..]].concat())
}

/// "since found out they spun out of TU Munich": what the writer has learned since, its
/// "I have" dropped, is "I have since found out that …" (garble hunt 20 sent "I since
/// found out").
fn since_found(text: &str) -> Option<String> {
    // "saw since that they launched …", "seen since that …" too (round 142).
    let at = opening(
        text,
        &["since found out ", "saw since that ", "seen since that "],
    )?
    .len();
    let rest = &text[at..];
    let they = [
        "they ", "they're ", "theyre ", "they've ", "theyve ", "they'd ", "their ",
    ];
    let clause = opening(rest, &they).is_some();
    let that = if clause { "that " } else { "" };
    Some(["I have since found out ", that, rest].concat())
}

/// "let 28 properties in my first 6 months": a letting agent's past "let" before a
/// count dropped its "I", like "sold" (garble hunt 20 left the result out; "let" is
/// otherwise "let me …", never a past).
fn let_counted(text: &str) -> Option<String> {
    let head = text.get(..4)?;
    let digit = text.as_bytes().get(4).is_some_and(u8::is_ascii_digit);
    (head.eq_ignore_ascii_case("let ") && digit).then(|| ["I let ", &text[4..]].concat())
}

/// "2024 - i did my GWO training and worked as a labourer …": a year, then what the
/// writer did in it, is "in 2024, I did …" (garble hunt 20 left out the explanation of
/// a gap whole). None unless a year from 1950 to 2039 opens the note before a dash or
/// colon, and the writer's own clause follows.
fn year_then_clause(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let year = b.len() > 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && matches!(&text[..2], "19" | "20")
        && (text[..4] >= *"1950" && text[..4] < *"2040");
    let rest = text.get(4..)?;
    let rest = rest
        .strip_prefix(" - ")
        .or_else(|| rest.strip_prefix(": "))
        .or_else(|| rest.strip_prefix(" – "))?;
    let first = rest.split([' ', ',']).next()?.to_ascii_lowercase();
    // (Not what the writer wants then: "2030 - i want to be …", "i'd like …".)
    let second = rest
        .split(' ')
        .nth(1)
        .unwrap_or_default()
        .to_ascii_lowercase();
    let wish = first == "i'd" || word_in("want would will hope plan wish", &second);
    // (Only what was done then: "2022 - i'm now doing a masters" is now.)
    let past = second.ends_with("ed") || word_in(IRREGULAR_PAST, &second);
    (year && !wish && past && word_in("i we", &first))
        .then(|| ["in ", &text[..4], ", ", rest].concat())
}

/// What the writer tells themselves after a spaced dash ("claire asked how I'd handle
/// a 15 yr old who … - i know the safeguarding answer, just didnt say it properly"),
/// which is for them, not the reader (round 37's reader saw it pasted): the note up
/// to the dash.
fn without_self_aside(text: &str) -> &str {
    // By bytes, for a hyphen or the first byte of an en or em dash: this runs for
    // every note, and a char pattern decoding each one cost the composer 2%.
    let b = text.as_bytes();
    for (at, &c) in b.iter().enumerate() {
        if (c != b'-' && c != 0xE2) || at < 2 || b[at - 1] != b' ' {
            continue;
        }
        let len = if c == b'-' {
            1
        } else if text[at..].starts_with(['–', '—']) {
            3
        } else {
            continue;
        };
        if b.get(at + len) != Some(&b' ') {
            continue;
        }
        let rest = text[at + len..].trim_start();
        // "- i should have told you about the time i …" tells the reader the story:
        // no aside (the fifth garble hunt lost the story after it).
        let to_reader = opening(
            rest,
            &["i should have told you about", "i should have mentioned"],
        )
        .is_some();
        // "- mention dad's farm?": a question to oneself (garble hunt 20 lost the
        // fact before it with it); "- need to mention i did this …" is for the reader.
        let asked_self = rest
            .get(..8)
            .is_some_and(|h| h.eq_ignore_ascii_case("mention "))
            && rest.trim_end().ends_with('?');
        let aside = !to_reader
            && (asked_self
                || SELF_ASIDES.split('|').any(|a| {
                    rest.get(..a.len())
                        .is_some_and(|h| h.eq_ignore_ascii_case(a))
                }));
        if aside {
            return &text[..at - 1];
        }
    }
    text
}

/// How a writer doubts a fact to themselves after typing it ("…four months running,
/// not sure that's relevant"): said to the interviewer it undoes the fact (round 132's
/// reader). Only doubts about the fact's worth: "not sure of their meds", "I was not
/// sure if that was the right call" say what someone knew, and stay (the review of
/// session 27).
const HEDGES: [&str; 17] = [
    "not sure that's relevant",
    "not sure thats relevant",
    "not sure if relevant",
    "not sure if that's relevant",
    "not sure if thats relevant",
    "not sure it's relevant",
    "not sure its relevant",
    "not sure if that counts",
    "not sure if it counts",
    "prob not relevant",
    "probably not relevant",
    "if that helps",
    "if that counts",
    "might not be relevant",
    "may not be relevant",
    "idk if that counts",
    "not that it matters",
];

/// `text` without the doubts in it (see [`HEDGES`]), with the comma, dash or bracket
/// that set each one off; what comes after a doubt stays ("I was caring for my mum,
/// not sure if that's relevant, and I did my CCNA" keeps the CCNA).
fn without_hedge(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = std::borrow::Cow::Borrowed(text);
    // The cheap test first: every doubt has one of these words, and most notes none.
    if !["elevant", "count", "help", "matter"]
        .iter()
        .any(|w| text.contains(w))
    {
        return out;
    }
    for _ in 0..3 {
        let low = out.to_ascii_lowercase();
        let found = HEDGES.iter().filter_map(|h| {
            let at = low.find(h)?;
            let starts = at > 0 && matches!(low.as_bytes()[at - 1], b' ' | b'(');
            let ends = !low[at + h.len()..].starts_with(|c: char| c.is_ascii_alphanumeric());
            (starts && ends).then_some((at, at + h.len()))
        });
        let Some((at, end)) = found.min() else {
            break;
        };
        // Back over the mark that set it off ("…, not sure", " (if that counts)", " -
        // idk"), and on over its closing bracket.
        let head = out[..at].trim_end_matches([' ', '(', ',', '-', '–', ';']);
        let tail = out[end..].strip_prefix(')').unwrap_or(&out[end..]);
        let joined = [head, tail].concat();
        out = std::borrow::Cow::Owned(joined);
    }
    out
}

/// What opens a bracket the writer typed to themselves: a check to make, a laugh, a
/// doubt ("(double check this figure)", "(lol)", "(i think)", "(?)").
const SELF_BRACKETS: &str = "double check|double-check|need to check|to check|check this|\
    check that|check the figure|check figure|check the number|check number|check dates|\
    check date|need to confirm|to confirm|confirm this|tbc|tbd|lol|haha|i think|not sure|?";

/// The note without the brackets the writer typed to themselves (see
/// [`SELF_BRACKETS`]): garble hunt 20 sent "96% in time (double check this figure)" to
/// the planning manager, and "(lol)" lost its opening bracket. Other brackets stay
/// ("(2023)", "(scared of scams)").
fn without_self_brackets(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('(') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(len) = rest[open..].find(')') else {
            break;
        };
        let inner = rest[open + 1..open + len].trim().to_ascii_lowercase();
        // (Short: "(lol not really, more like 35k)" corrects the figure.)
        let short = inner.split(' ').count() <= 4 && !inner.contains(',');
        let mine = short
            && SELF_BRACKETS.split('|').any(|m| {
                inner
                    .strip_prefix(m)
                    .is_some_and(|t| !t.starts_with(|c: char| c.is_ascii_alphanumeric()))
            });
        if mine {
            out.push_str(rest[..open].trim_end());
        } else {
            out.push_str(&rest[..=open + len]);
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// "do testers get to play the builds early? - no actually: how do you decide
/// severity": what the writer took back goes, and what they put in its place stays
/// (garble hunt 20 sent "There was no actually: …").
fn after_retraction(text: &str) -> &str {
    // The cheap test first: this runs for every note, and few say "actually".
    if !text.contains("ctually") {
        return text;
    }
    let Some(at) = text.to_ascii_lowercase().find("no actually") else {
        return text;
    };
    let before = text[..at].trim_end_matches([' ', '-', '–', '—', ',']);
    let rest = text[at + 11..].trim_start_matches([' ', ':', ',', '-', '–', '—']);
    // Only a question taken back ("…? - no actually: …"): "by 200 - no actually
    // 250" corrects a figure, and "i said no actually" is what was said (the review
    // of session 29).
    // (A laugh in brackets after it is no matter: "…? (lol) - no actually".)
    let asked = match before
        .strip_suffix(')')
        .and_then(|b| b.rfind('(').map(|o| &b[..o]))
    {
        Some(b) => b.trim_end().ends_with('?'),
        None => before.ends_with('?'),
    };
    // (And what replaces it is a question too: "? no actually that's rude" is not.)
    let first = rest
        .split(' ')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let question = rest.trim_end().ends_with('?')
        || word_in(
            "how what why when where which who do does did is are can could would will",
            &first,
        );
    if rest.len() < 4 || !asked || !question {
        return text;
    }
    rest
}

/// "…, and I need to mention I did this while covering 2 vacancies": the writer's
/// reminder to themselves mid-note goes, what it reminds of stays (round 134's reader:
/// "a private reminder leaking into the letter").
fn without_reminder(text: &mut String) {
    if !text.contains("ention") {
        return;
    }
    for reminder in ["need to mention ", "must mention "] {
        if let Some(at) = text.to_ascii_lowercase().find(reminder).filter(|&a| a > 0) {
            let i_before = text[..at].to_ascii_lowercase().ends_with("i ");
            let from = if i_before { at - 2 } else { at };
            text.replace_range(from..at + reminder.len(), "");
        }
    }
}

/// How an interviewer's question opens when it is an order ("walk me through a DCF"),
/// and the words the letter tells it back with.
const ORDERS: [(&str, &str); 5] = [
    ("walk me through ", "You asked me to walk you through "),
    ("talk me through ", "You asked me to talk you through "),
    ("take me through ", "You asked me to take you through "),
    ("tell me about ", "You asked me to tell you about "),
    ("give me an example of ", "You asked me for an example of "),
];

/// "Walk me through a DCF - project unlevered FCF …": the question typed as it was
/// put, then the answer after a dash or colon, is told back as the interviewer's
/// question ("You asked me to walk you through a DCF: project …"); read as the
/// writer's own order it became "I would walk me through" (garble hunt 16).
///
/// Not in the field for a question to ask, where "walk me through the onboarding -
/// …" is the writer's own request, nor before an answer that is a question, nor for
/// "tell me about yourself", which the slip names (the review of session 27).
fn asked_to_do(text: &str, questions: bool) -> std::borrow::Cow<'_, str> {
    if questions || text.trim_end().ends_with('?') {
        return text.into();
    }
    let said = ORDERS.iter().find(|(order, _)| {
        text.get(..order.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(order))
    });
    let Some((order, told)) = said else {
        return text.into();
    };
    let rest = &text[order.len()..];
    let Some(at) = [" - ", " – ", ": "]
        .iter()
        .filter_map(|d| rest.find(d))
        .min()
    else {
        return text.into();
    };
    // Nor "tell me about it", the idiom.
    let topic = &rest[..at];
    if topic.split_whitespace().count() > 10 || word_in("yourself it", &key(topic)) {
        return text.into();
    }
    let after = rest[at..].trim_start_matches([' ', '-', '–', ':']);
    // Her "you" in the question is the writer ("a time you failed" is "a time I
    // failed" when the writer tells it).
    let question: Vec<&str> = rest[..at]
        .split(' ')
        .map(|w| match w {
            // (And the "u" typed for it: garble hunt 19 sent "a time you failed".)
            "you" | "u" => "I",
            "your" | "ur" => "my",
            "yourself" => "myself",
            "you'd" => "I'd",
            "you're" => "I'm",
            "you've" => "I've",
            "you'll" => "I'll",
            _ => w,
        })
        .collect();
    format!("{told}{}: {after}", question.join(" ")).into()
}

/// How a note labels its answer after naming the question ("point was: …").
const ANSWER_LABELS: [&str; 9] = [
    "what i meant to say",
    "what i meant",
    "my point was",
    "point was",
    "my point",
    "point",
    "answer",
    "my answer",
    "should have said",
];

/// "q about making sessions work for SEND groups - point was: i plan …", "complaint
/// question: …": the question named as a label, then the answer, is said as a
/// sentence that names it ("On your question about making sessions work for SEND
/// groups, I plan …", "On the complaint question, …"); pasted, it read "The point I
/// meant to make was about question about …: my point was: …" (rounds 132 and 133,
/// garble hunt 16).
///
/// In a field that asks for the answer to a question (`answers`), a short topic with
/// no "question" before an answer of steps counts too: "chilled chicken - cook to 75c
/// core, chill to under 8c …" is "On the chilled chicken question, I would cook …"
/// (garble hunt 18 and round 136: the steps were dropped and the letter offered to
/// talk the answer through instead).
fn topic_then_answer(text: &str, answers: bool) -> (Option<String>, std::borrow::Cow<'_, str>) {
    // The cheap test first: a question named has "q" or "question" in it.
    let named = text.contains("uestion") || text.starts_with(['q', 'Q']) || text.contains(" q");
    let labelled = answers && text.contains([':', '-', '–']);
    if !named && !labelled {
        return (None, text.into());
    }
    let Some(at) = [" - ", " – ", ": "]
        .iter()
        .filter_map(|d| text.find(d))
        .min()
    else {
        return (None, text.into());
    };
    let mut head = text[..at].trim();
    // "the q about staffing in peak. point: i cross train …": the label after the
    // question's own stop.
    if let Some(stop) = head.find(". ") {
        let label = head[stop + 2..].trim().to_ascii_lowercase();
        if !ANSWER_LABELS.contains(&label.as_str()) {
            return (None, text.into());
        }
        head = &head[..stop];
    }
    // "on the stress test question: …" names it with its own "on".
    let on = head.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("on "));
    if on {
        head = &head[3..];
    }
    let low = head.to_ascii_lowercase();
    let words = low.split_whitespace().count();
    let about = [
        "q about ",
        "question about ",
        "qn about ",
        "the q about ",
        "the question about ",
    ]
    .iter()
    .find_map(|p| low.strip_prefix(p).map(|_| &head[p.len()..]));
    // After "about", "a busy night" and "my cathedral work" are topics; "it" is none.
    let lead =
        if let Some(topic) = about.filter(|t| !t.is_empty() && !word_in("it that this", &key(t))) {
            format!("On your question about {}, ", tidied(topic))
        } else if about.is_none()
            && (2..=8).contains(&words)
            && (low.ends_with(" question") || low.ends_with(" q"))
        {
            let topic = head[..head.rfind(' ').unwrap_or(0)].trim();
            let topic = topic
                .strip_prefix("the ")
                .or_else(|| topic.strip_prefix("The "))
                .unwrap_or(topic);
            // (Nor whose question it was: "sarah's question - …", the reviews of
            // session 28.)
            if pointing(topic) || topic.ends_with("'s") {
                return (None, text.into());
            }
            let topic = &tidied(topic);
            // Capitalised only as the note's first word ("Urgent repair q"), not a name
            // ("Pharmacy First question") nor initials ("HL7").
            let mut ws = topic.split(' ');
            let opening = ws.next().unwrap_or_default();
            let name = ws.next().is_some_and(|w| w.starts_with(is_upper))
                || opening.chars().skip(1).any(is_upper);
            let topic = if name {
                topic.to_owned()
            } else {
                lower_opening(topic)
            };
            format!("On the {topic} question, ")
        } else if let Some(topic) = plain_topic(head).filter(|t| {
            let answer = text[at..].trim_start_matches([' ', '-', '–', ':']);
            // (A clause of the writer's own only after a topic said with "about".)
            let about = head
                .get(..6)
                .is_some_and(|h| h.eq_ignore_ascii_case("about "));
            let steps = would_steps(answer).is_some() || answer_covers(answer).is_some();
            answers && !named && !on && !pointing(t) && (steps || about)
        }) {
            format!("On the {} question, ", lower_opening(&tidied(topic)))
        } else {
            return (None, text.into());
        };
    let mut answer = text[at..].trim_start_matches([' ', '-', '–', ':']);
    for label in ANSWER_LABELS {
        let labelled = answer
            .get(..label.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(label))
            && answer[label.len()..].starts_with([':', ' ', '-']);
        if labelled {
            answer = answer[label.len()..].trim_start_matches([' ', '-', '–', ':']);
            break;
        }
    }
    // An answer that is no clause ("customer with a £1,400 backbilling error.") stays
    // as typed: after the lead it would still be a fragment.
    let clause = answer
        .split_whitespace()
        .next()
        .is_some_and(|w| is_i(&key(w)) || word_in("i'd i'll i've we my id", &key(w)));
    if clause {
        return (Some(lead), answer.into());
    }
    match would_steps(answer)
        .or_else(|| answer_covers(answer))
        .filter(|_| answers)
    {
        Some(steps) => (Some(lead), steps.into()),
        None => (None, text.into()),
    }
}

/// An answer typed as the points it would cover ("consistency, availability, partition
/// tolerance", "microdrainage, SuDS, s104 adoption"): "My answer would cover …, …
/// and …" (garble hunt 19: the points were dropped and the letter offered to talk an
/// answer through). Two to six short items of plain words, none a step or a clause.
fn answer_covers(answer: &str) -> Option<String> {
    let answer = answer.trim_end_matches(['.', ' ']);
    let items: Vec<&str> = answer.split(", ").map(str::trim).collect();
    // (Nouns, not a duration, a rate or a word that describes: "4 weeks, flexible",
    // "weekly, bacs" are no points; the second review of session 28.)
    let describes = "flexible weekly monthly daily yearly fine good ok okay happy keen negotiable \
        asap immediately holidays";
    let plain = |item: &str| {
        let words: Vec<String> = item.split_whitespace().map(key).collect();
        let noun_last = words
            .last()
            .is_some_and(|k| !k.ends_with("ly") && !word_in(describes, k));
        (1..=5).contains(&words.len())
            && noun_last
            // (A figure is no point, a code is: "around 28k" against "s104 adoption".)
            && !item
                .split_whitespace()
                .any(|w| w.starts_with(|c: char| c.is_ascii_digit() || "£$€".contains(c)))
            && !word_in("my our his her their", &words[0])
            && words.iter().all(|k| {
                kinds(k) & (FIN | SV | SUBJ | PASTX | SUB | IMP) == 0
                    && !word_in(STEP_VERBS, k)
                    && !word_in(ANSWER_VERBS, k)
                    && !word_in(ANSWER_STEPS, k)
            })
    };
    if !(2..=6).contains(&items.len())
        || !items.iter().all(|i| plain(i))
        || answer.contains(" and ")
        || answer.contains(" or ")
    {
        return None;
    }
    let (last, rest) = items.split_last()?;
    Some(format!(
        "My answer would cover {} and {last}",
        rest.join(", ")
    ))
}

/// Whether a question's topic is a word that points, not a topic ("Your question",
/// "On that question", "my q", "it's a fair question", "Last question": the review of
/// session 27).
fn pointing(t: &str) -> bool {
    let first = key(t.split(' ').next().unwrap_or_default());
    t.is_empty()
        || word_in(
            "your my our that this these those any it's its a an one last first next \
             final other same another good fair great tricky hard tough each every what",
            &first,
        )
}

/// A head of plain words that names what was asked ("chilled chicken", "the CCPs on
/// custard slice", "monolith vs microservices?"): one to six words with no verb, no
/// subject and no figure, without its "the" and its question mark.
fn plain_topic(head: &str) -> Option<&str> {
    let head = head.trim_end_matches('?').trim();
    // (Not whose question it was: "sarah's question - …".)
    if head.contains("'s") {
        return None;
    }
    // "about safety - i do …": the topic after its "about" (round 139 sent "when you
    // asked about the about safety").
    let head = ["about ", "About ", "re ", "Re "]
        .iter()
        .find_map(|p| head.strip_prefix(p))
        .unwrap_or(head);
    let head = head
        .strip_prefix("the ")
        .or_else(|| head.strip_prefix("The "))
        .unwrap_or(head);
    let words: Vec<&str> = head.split_whitespace().collect();
    // Not a head that opens on another small word ("with the team - …", "at tesco -"),
    // nor a filler, a label, a note to self or a name (the review of session 28:
    // "basically", "the gist", "reminder", "mrs hale" were asked as questions).
    let filler = "basically tbh honestly sorry also again key point points gist answer \
        version summary example edit ps reminder note notes self plan week yesterday today \
        short long main first last next ok okay so well right";
    let opens_small = words
        .first()
        .is_some_and(|w| kinds(&key(w)) & (FUNC | DET | PREP | ADVX) != 0);
    if opens_small
        || words.iter().any(|w| {
            let k = key(w);
            word_in(filler, &k) || word_in(TITLES, &k) || word_in(LABELS, &k)
        })
    {
        return None;
    }
    // (A participle may describe the thing: "chilled chicken", "missing child".)
    let plain = words.iter().enumerate().all(|(i, w)| {
        let k = key(w);
        let describes = i + 1 < words.len() && kinds(&k) & (FIN | SV) == 0;
        let verb = kinds(&k) & (PASTX | INGX) != 0 && !describes;
        kinds(&k) & (FIN | SV | SUBJ | NUM | SUB) == 0
            && !verb
            && !word_in(WH, &k)
            && !w.contains(|c: char| c.is_ascii_digit())
    });
    ((1..=6).contains(&words.len()) && plain).then_some(head)
}

/// Verbs besides [`STEP_VERBS`], [`ANSWER_VERBS`] and [`IMPERATIVES`] that open a step
/// of an answer typed after its topic ("cook to 75c core", "hang beef 21-28 days").
const ANSWER_STEPS: &str = "cook chill blast hang label bin monitor measure verify coach \
    prioritise prioritize schedule triage calm break teach encourage praise build split";

/// Verbs that are adjectives too ("clear routines"): a step only before an article, a
/// preposition or a pronoun ("clear the area").
const ADJECTIVE_VERBS: &str = "clear clean open close free calm warm dry empty";

/// An answer typed as steps ("cook to 75c core, chill to under 8c within 90 mins,
/// label w/ date, bin after 3 days") as what the writer would do: "I would cook …,
/// chill …, label …, and bin …". None when it does not open on a step.
fn would_steps(answer: &str) -> Option<String> {
    let mut ws = answer.split_whitespace();
    let first = key(ws.next()?);
    let next = key(ws.next().unwrap_or_default());
    let step = |k: &str| {
        word_in(ANSWER_STEPS, k)
            || word_in(STEP_VERBS, k)
            || word_in(ANSWER_VERBS, k)
            || kinds(k) & IMP != 0
    };
    let adjective = word_in(ADJECTIVE_VERBS, &first)
        && kinds(&next) & (DET | PREP) == 0
        && !word_in(OBJECTS, &next)
        && !word_in(SUBJECTS, &next);
    if !step(&first) || adjective || word_in("be don't do", &first) {
        return None;
    }
    // Not a noun that looks like a verb, with its own verb after it ("bin bags weighed
    // every night", "test dishes were signed off", "coach drivers need a break"), nor
    // one joined to another ("praise and feedback"): the review of session 28.
    let clause = answer.split([',', ';', '.']).next().unwrap_or_default();
    // (A participle before its noun describes it: "decode the encoded command".)
    let words: Vec<String> = clause.split_whitespace().map(key).collect();
    let own_verb = (1..words.len()).any(|i| {
        let k = &words[i];
        let describes = kinds(k) & PASTX != 0
            && words
                .get(i + 1)
                .is_some_and(|n| kinds(n) & (FUNC | PREP | DET) == 0);
        kinds(k) & (FIN | SV | PASTX | FPV) != 0 && !describes
            || word_in("need needs matters came", k)
    });
    // Nor a result already had, whose past reads as its present ("cut waste by 10%
    // last year", "set a record in march").
    let low = answer.to_ascii_lowercase();
    let had = word_in("cut set hit put", &first)
        && (low.contains(|c: char| c.is_ascii_digit()) || low.contains("record"))
        || low.contains("last year")
        || low.contains("last month");
    if own_verb || next == "and" || next == "on" || had {
        return None;
    }
    let mut steps = format!("I would {}", lower_opening(answer));
    // Three steps or more between commas with no "and" take one before the last.
    let items: Vec<&str> = steps.split(", ").collect();
    let all_steps = items[1..]
        .iter()
        .all(|i| step(&key(i.split(' ').next().unwrap_or_default())));
    if items.len() >= 3 && all_steps && !steps.contains(" and ") {
        if let Some(c) = steps.rfind(", ") {
            steps.replace_range(c..c + 2, ", and ");
        }
    }
    Some(steps)
}

/// A question's topic as typed, with the word fixes a sentence gets ("why i left
/// tesco" is "why I left Tesco", "my 2 yr gap" is "my 2-year gap").
fn tidied(topic: &str) -> String {
    let mut ws = words_of(topic);
    tidy(&mut ws);
    let words: Vec<&str> = ws.iter().map(|w| w.t.as_str()).collect();
    words.join(" ")
}

/// `sentence` with its first letter lowercased to follow a lead ("How does …?" ->
/// "how does …?"), unless it opens on "I" or a word cased inside, a name or initials
/// ("I plan", "SEND groups", "McAllister"). The composer's leads use it too.
pub(crate) fn lower_opening(sentence: &str) -> String {
    let first = sentence.split(' ').next().unwrap_or_default();
    let core = first.trim_end_matches(|c: char| !c.is_alphanumeric());
    let name = core.chars().skip(1).any(char::is_uppercase);
    if is_i(&key(core)) || core.starts_with("I'") || name {
        return sentence.to_owned();
    }
    let mut out = String::with_capacity(sentence.len());
    let mut cs = sentence.chars();
    if let Some(c) = cs.next() {
        out.push(lower_char(c));
    }
    out.push_str(cs.as_str());
    out
}

/// A spaced dash between two whole clauses ("You asked about IHO Special Order - on
/// the cable route survey I ran the QC") is a full stop: blind readers of rounds 72,
/// 75 and 77 called sentences glued with dashes casual.
fn clauses_at_dashes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // Each scan stops at the next dash, so a pasted megabyte of " - " costs one pass
    // (searching the whole rest for each kind of dash, at every dash, took minutes).
    while let Some(at) = spaced_dash(rest) {
        let (left, right) = (
            &rest[..at],
            rest[at..].trim_start_matches([' ', '-', '–', '—']),
        );
        let last = left.rsplit(". ").next().unwrap_or(left);
        // The clause after, up to its full stop or the next dash, whichever is first.
        let upto = spaced_dash(right).unwrap_or(right.len());
        let (next, dash_next) = match right[..upto].find(". ") {
            Some(stop) => (&right[..stop], false),
            None => (&right[..upto], upto < right.len()),
        };
        // The clause after may open on where it happened ("on the survey I ran …").
        // Not before "and", "but" or "so", which join on what follows.
        // Nor before a figure ("… - 60 fields retired"), a headline to join on.
        let joined = word_in(
            "and but so or then",
            next.split(' ').next().unwrap_or_default(),
        ) || next.starts_with(|c: char| c.is_ascii_digit());
        let own_i = next
            .split(' ')
            .take(12)
            .any(|w| w == "I" || w.starts_with("I'"));
        // Only a whole statement before it, of five words or more and ending on no
        // word that introduces what follows ("what I should have said - …", "the
        // truth is - …", "I'll be honest - …" keep their dash), and a clause after it
        // that opens on its subject or its place ("I was nervous - really nervous -
        // and it showed" is one thought).
        let end_word = last.rsplit(' ').next().unwrap_or_default();
        let statement = last.split(' ').count() >= 5 && !is_common_word(end_word);
        // Not "he", "she" or "they": after a full stop they would read as the reader
        // ("…let go - he wasn't hitting targets"). Nor an aside between two dashes
        // ("… - it was chaos - and cut …").
        let first = next.split(' ').next().unwrap_or_default();
        let opens =
            word_in("i i'd i'm i've we it on at in", &first.to_ascii_lowercase()) && !dash_next;
        let split = statement
            && opens
            && has_subject_and_verb(last)
            && !ends_clause(last)
            && !joined
            && (has_subject_and_verb(next) || own_i);
        out.push_str(left);
        // "When you asked … - the short answer is, I ask …": after a clause of time
        // the dash is a comma (round 77).
        // Only before the answer itself ("…, the short answer is …"): before a story
        // the comma says it happened as she asked ("When she asked about the gap, I
        // was caring for my mum").
        let answer = [
            "the short answer",
            "the honest answer",
            "the answer",
            "my answer",
        ]
        .iter()
        .any(|a| {
            next.get(..a.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(a))
        });
        let when = answer
            && last.starts_with(['W', 'w'])
            && last.get(1..5) == Some("hen ")
            && last.contains(" asked ")
            // Not after what the writer said then ("… i said perfectionism - i meant …").
            && ![" i said", " I said", " i told", " I told", " i just", " I just", " i went"]
                .iter()
                .any(|n| last.contains(n))
            && !joined
            && has_subject_and_verb(next);
        if when {
            out.push_str(", ");
            rest = right;
        } else if split {
            out.push_str(". ");
            let mut cs = right.chars();
            out.extend(cs.next().map(|c| c.to_ascii_uppercase()));
            rest = cs.as_str();
        } else {
            out.push_str(&rest[at..at + rest[at..].len() - right.len()]);
            rest = right;
        }
    }
    out.push_str(rest);
    out
}

/// Where the first spaced dash (" - ", " – " or " — ") of `s` starts, in one pass.
fn spaced_dash(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (0..b.len()).find(|&at| {
        b[at] == b' '
            && match b.get(at + 1) {
                Some(b'-') => b.get(at + 2) == Some(&b' '),
                Some(0xE2) => s[at + 1..].starts_with(['–', '—']) && b.get(at + 4) == Some(&b' '),
                _ => false,
            }
    })
}

/// How an aside to oneself opens (see [`without_self_aside`]).
const SELF_ASIDES: &str = "i know |i knew |i didn't|i didnt|i did not|didn't |didnt |\
    just didn|i should|should have|should of|i wish|i froze|i blanked|i messed|i forgot|\
    nobody had|note to self";

/// The state of [`shaped`]: the frame, the sentences so far, their words, and how many
/// sentences were seen.
struct Shaper<'a> {
    frame: &'a Frame<'a>,
    out: Vec<String>,
    used: usize,
    seen: usize,
    /// The sentence before was left out.
    lost: bool,
    /// A sentence so far was put in the frame.
    framed: bool,
    /// The first sentence left out because it still read as notes, as typed.
    left_out: Option<String>,
    /// The sentence before told of the interviewer's question ("she asked what id
    /// do …"), so a next one opening on "said id …" is the writer's answer.
    asked: bool,
}

/// Verbs of speaking that a note of the conversation drops its speaker before.
const SPOKE: &str = "said talked mentioned explained told described showed";

/// "he asked about the Kone kit, i've done both, said they've got …", "also talked
/// about the new UV system": in the field for what the interviewer said, a clause that
/// opens on a verb of speaking with no subject is theirs ("you said …"), not the
/// writer's (round 119 sent "I said they've got a lot of older Schindler").
fn they_said_it(ws: &mut Vec<Tok>, asked_before: bool) {
    // "the panel said …": the panel is the reader (round 119 wrote "The panel said
    // …" to the panel).
    let panel = ws.len() > 3 && ws[0].k == "the" && word_in("panel interviewers board", &ws[1].k);
    if panel && word_in(SPOKE, &ws[2].k) {
        ws.splice(0..2, [Tok::new("you".to_owned())]);
    }
    let mut i = 0;
    // Whether the clause before was the writer's: after the interviewer's own ("she
    // said …, mentioned …") the verb shares her subject as it stands.
    let mut mine = false;
    let mut clause_mine = false;
    let theirs_first = at(ws, 0, SHEHE) || tk_k(ws, 0) == "you";
    while i < ws.len() {
        let opens = i == 0 || ends_clause(&ws[i - 1].t);
        if opens {
            mine = clause_mine;
            clause_mine = false;
        }
        let v = i + usize::from(matches!(tk_k(ws, i), "also" | "then" | "and"));
        // Not what the writer went on to say or show ("i said i was keen, explained my
        // forklift experience": the review of session 22): an object of the
        // writer's own ("my", "him") says whose it was.
        // Nor the writer's answer to her question ("he asked if id be ok running 2
        // sites, said yes and meant it": round 126 sent "You said yes").
        // "…, said i'd have a quiet word first": what the writer would do, said by
        // the writer (round 124 sent "You said I'd have a quiet word").
        // Only right after her question, with no aside of the writer's between
        // ("she told me about the rota, said i'd get every other weekend off" and "he
        // asked about the Kone kit, i've done both, said i'd be trained" are hers: the
        // review of session 24); "no rush", "no worries" are hers wherever they are.
        // "…, liked that he was honest" is the writer's feeling about her.
        let feeling = word_in("liked loved appreciated", tk_k(ws, v))
            && word_in("that how", tk_k(ws, v + 1))
            && at(ws, v + 2, SHEHE);
        let writer_s = matches!(tk_k(ws, v + 1), "my" | "me" | "him" | "her" | "them")
            || feeling
            || answers_her(ws, (i, v), asked_before);
        let speaks = word_in(SPOKE, tk_k(ws, v)) && !at(ws, v + 1, SUBJ) && !writer_s;
        // Mid-sentence only after an aside of the writer's in a sentence the reader
        // opened ("he asked about the Kone kit, i've done both, said …").
        if opens && speaks && (i == 0 || mine && theirs_first) {
            let mut t = String::new();
            push_decap(&mut t, &ws[i]);
            ws[i] = Tok::new(t);
            ws.insert(i, Tok::new("you".to_owned()));
            i += 1;
        }
        // "…, said yes and meant it": the writer's answer after her question.
        // So is "…, told her about getting in via the tenant's daughter".
        let told =
            matches!(tk_k(ws, v), "told" | "showed") && matches!(tk_k(ws, v + 1), "him" | "her");
        let answer =
            told || feeling || word_in(SPOKE, tk_k(ws, v)) && answers_her(ws, (i, v), asked_before);
        if opens && i > 0 && answer && !is_i(tk_k(ws, i.wrapping_sub(1))) {
            let and = if v == i { vec!["and", "I"] } else { vec!["I"] };
            let n = and.len();
            ws.splice(v..v, and.into_iter().map(|t| Tok::new(t.to_owned())));
            i += n;
        }
        clause_mine |= is_i(&ws[i].k);
        i += 1;
    }
}

/// Whether what is said at `v` (in the clause opening at `i`) is the writer's answer
/// to the interviewer's question before it: "yes", "no" or "i'd …" said right after
/// "she asked …" (in this sentence or, `asked_before`, the one before) with no aside
/// of the writer's between; "said yes" opening a sentence of its own is the writer's
/// too. Not "no rush", "no worries" (hers).
fn answers_her(ws: &[Tok], (i, v): (usize, usize), asked_before: bool) -> bool {
    let next = tk_k(ws, v + 1);
    let hers = next == "no"
        && word_in(
            "rush worries worry problem problems need pressure hurry bother stress",
            tk_k(ws, v + 2),
        );
    let writer = |w: &Tok| is_i(&w.k) || w.k.starts_with("i'") || word_in("id ive im", &w.k);
    let asked = ws[..i]
        .iter()
        .rposition(|w| matches!(w.k.as_str(), "asked" | "ask"))
        // (An aside opens a clause: "if id be ok" inside her question is none.)
        .is_some_and(|a| !(a + 1..i).any(|j| writer(&ws[j]) && ends_clause(&ws[j - 1].t)))
        || i == 0 && asked_before;
    let yes_no = matches!(next, "yes" | "no") && (i == 0 || asked);
    let plan = matches!(next, "i'd" | "id" | "i'll") && asked;
    !hers && (yes_no || plan)
}

/// "…, that stuck with me": the remark's "that" is the subject of a clause of its
/// own, joined on with "and" (round 127 sent "…, that stuck with me" as a splice).
fn it_stayed(ws: &mut Vec<Tok>) {
    let at = (1..ws.len().saturating_sub(1)).find(|&i| {
        ws[i].k == "that"
            && ws[i - 1].t.ends_with(',')
            && matches!(ws[i + 1].k.as_str(), "stuck" | "stayed")
            && tk_k(ws, i + 2) == "with"
            // Only the writer's own "with me" ending the note: "the team, that stuck
            // with him through the merger, is …" is a clause about the team (the
            // review of session 24).
            && matches!(tk_k(ws, i + 3), "me" | "me." | "us")
            && i + 4 >= ws.len()
    });
    if let Some(i) = at {
        ws.insert(i, Tok::new("and".to_owned()));
    }
}

/// What the interviewer said, in a line about her: "when she said X - that's why I
/// want …" is "You said X, and that's why …"; "the bit about the second hangar line"
/// is what she said about it, "the story about …" the one she told.
fn what_she_said(ws: &mut Vec<Tok>) {
    // "when she said X - that's why I want …": what she said, and then the
    // writer's own clause ("You said X, and that's why …").
    let dash = ws
        .iter()
        .position(|w| matches!(w.t.as_str(), "-" | "–" | "—"));
    if let (Some(d), true) = (dash, ws.len() > 4 && ws[0].k == "when") {
        let speaker = at(ws, 1, SHEHE) || ws[1].k == "you";
        if speaker && at(ws, 2, SAID) && d > 3 && d + 2 < ws.len() {
            ws[d] = Tok::new("and".to_owned());
            ws[d - 1].t.push(',');
            ws.remove(0);
        }
    }
    // "the bit about the second hangar line" is what she said about it.
    if ws.len() > 3
        && ws[0].k == "the"
        && matches!(ws[1].k.as_str(), "bit" | "part" | "thing")
        && ws[2].k == "about"
    {
        ws[0] = Tok::new("what".to_owned());
        ws[1] = Tok::new("you".to_owned());
        ws.insert(2, Tok::new("said".to_owned()));
    } else if ws.len() > 3 && ws[0].k == "the" && ws[2].k == "about" {
        // "the story about the previous manager …" is the one she told, "the
        // point about …" hers.
        if ws[1].k == "story" {
            ws.insert(2, Tok::new("you told".to_owned()));
        } else if matches!(ws[1].k.as_str(), "point" | "comment" | "remark") {
            let cap = ws[0].t.starts_with('T');
            ws[0] = Tok::new(if cap { "Your" } else { "your" }.to_owned());
        }
    }
}

/// "When you asked about CIP, I ran the caustic cycles …", in the field for the fuller
/// answer: what the writer should have said, not what happened in the room (round
/// 115's reader: "reads as if pasted from notes"): "…, I should have said that I ran
/// …". Not what they did say ("I said", "I just mumbled").
fn should_have_said(s: String, frame: &Frame) -> String {
    let answer = frame.that_lead == Some("What I should have said is");
    // Only the clause right after the question's ("…, I'd check the photos, I caught
    // two …" is an answer already under way: garble hunt 20).
    let Some(at) = s
        .find(", I ")
        .filter(|&at| answer && s.starts_with("When you asked ") && !s[..at].contains(", I'"))
    else {
        return s;
    };
    let mut words = s[at + 4..].split(' ');
    let verb = words.next().unwrap_or_default();
    // Not the answer told of ("I undersold it", "I explained that badly").
    let told_of = words
        .next()
        .is_some_and(|w| word_in("it it. it, myself that this through out to", w));
    let done = kinds(&key(verb)) & (PASTX | PAST) != 0
        && !told_of
        && !word_in(
            "said told answered gave went froze blanked rambled talked mentioned mumbled \
             replied explained stumbled got was undersold forgot missed meant wanted left \
             focused tried",
            verb,
        );
    if !done {
        return s;
    }
    let mut out = s;
    out.insert_str(at + 2, "I should have said that ");
    out
}

/// "It combines the two things I know best", in the "why" field: "it" is the role,
/// which the letter names ("It combines …" pointed at nothing for round 114's reader).
/// Only a sentence as it stands (a frame's own words are left alone), with a verb in
/// "-s" after it ("It always felt like …" is some other "it").
fn role_said(s: String, frame: &Frame) -> String {
    let why = frame.that_lead.is_some_and(|l| l.starts_with("What draws"));
    let verb = s
        .strip_prefix("It ")
        .and_then(|r| r.split(' ').next())
        .unwrap_or_default();
    let says = verb.len() > 3
        && verb.ends_with('s')
        && !verb.ends_with("ss")
        && !word_in("always also seems sounds looks", verb);
    if why && says {
        format!("This role{}", &s[2..])
    } else {
        s
    }
}

/// "When you asked what I'd do if … a resident. I'd step in, …": the question's clause
/// stopped where its answer begins, which left both out (the eighth garble hunt lost
/// the answer); joined with a comma, it is one sentence.
fn asked_then_answer(mut text: String) -> String {
    let low = text.get(..16).unwrap_or_default().to_ascii_lowercase();
    let asked = ["when you asked ", "when she asked ", "when he asked "]
        .iter()
        .any(|p| low.starts_with(p));
    if let Some(stop) = text.find(". ").filter(|_| asked) {
        // What the writer would do, answering "what I'd do": not "…I undersold it.
        // I spent …", a sentence of its own.
        let answer = ["I'd ", "I would ", "I'll "]
            .iter()
            .any(|p| text[stop + 2..].starts_with(p));
        // Not a clause that holds the slip itself ("…safe isolation my mind went
        // blank."): the letter owns the slip and names the question from it.
        let low = text[..stop].to_ascii_lowercase();
        let narrates = NARRATION_ITEMS.iter().any(|n| low.contains(n)) || low.contains("blank");
        if answer && !narrates && !text[..stop].contains(", ") {
            text.replace_range(stop..stop + 1, ",");
        }
    }
    text
}

/// `text` with a sentence break at the comma after a phrase that only its "and I …"
/// gives a verb ("steady outdoor job and i like the idea …, I know the area well"):
/// the clause after the comma made the whole read as a sentence, and the phrase went
/// unframed (round 115's reader: "a broken fragment"). Apart, the phrase is framed
/// and the clause stands.
fn fragment_then_clause(text: String) -> String {
    let Some(c) = text.find(", i ").or_else(|| text.find(", I ")) else {
        return text;
    };
    let start = text[..c].rfind(". ").map_or(0, |at| at + 2);
    let before = &text[start..c];
    // Not a subject with its "and I" ("my wife and i run a smallholding, …").
    let owned = ["my ", "the ", "our ", "his ", "her ", "My ", "The ", "Our "]
        .iter()
        .any(|d| before.starts_with(d));
    let and_i = !owned && (before.contains(" and i ") || before.contains(" and I "));
    let after = text[c + 2..].split(". ").next().unwrap_or_default();
    if and_i && !has_subject_and_verb(before) && has_subject_and_verb(after) {
        let mut out = text;
        out.replace_range(c..c + 1, ".");
        return out;
    }
    text
}

/// What follows a quoted label and its dash or colon at the start of `text`, when it
/// is the writer's own clause ("i did …").
fn quoted_label(text: &str) -> Option<&str> {
    let open = text
        .chars()
        .next()
        .filter(|c| matches!(c, '\'' | '"' | '‘' | '“'))?;
    let close = match open {
        '‘' => '’',
        '“' => '”',
        c => c,
    };
    let body = &text[open.len_utf8()..];
    let end = body.find(close)?;
    let rest = body[end + close.len_utf8()..].trim_start();
    let rest = rest
        .strip_prefix("- ")
        .or_else(|| rest.strip_prefix("– "))
        .or_else(|| rest.strip_prefix(": "))?;
    let mine = rest.starts_with("i ") || rest.starts_with("I ") || rest.starts_with("i'");
    mine.then_some(rest)
}

/// Whether `text` has a word that points back ("it", "that", "this", "them").
fn points_at_it(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| word_in("it that this them", &w.to_ascii_lowercase()))
}

impl Shaper<'_> {
    /// Shapes the chunk in `cur` and empties it; false when the note ends here.
    fn flush(&mut self, cur: &mut String) -> bool {
        // "… B Corp. means i can sell into bottle shops": what the sentence before
        // means (round 77 sent "Means I can …").
        let requoted = said_quoted(cur, self.frame);
        let typed = requoted.as_deref().unwrap_or(cur);
        let typed = without_self_brackets(after_retraction(unquote(typed)));
        let typed = without_hedge(without_self_aside(&typed));
        let answers = self.frame.fragment.is_some_and(|f| {
            [
                "The point I meant",
                "I should have told you about",
                "My answer now would be",
            ]
            .iter()
            .any(|a| f.starts_with(a))
        });
        let retyped = retyped(&typed, answers);
        let typed = retyped.as_deref().unwrap_or(&typed);
        let (lead, typed) = topic_then_answer(typed, answers);
        let mut text = asked_then_answer(fragment_then_clause(clauses_at_dashes(&asked_to_do(
            &typed,
            self.frame.questions,
        ))));
        // "'managed controlled drugs register' - i did the weekly checks …": the CV's
        // words in quotes label what follows, which the letter's own slip names (the
        // ninth garble hunt sent "I 'managed controlled drugs register' - I did …").
        // (Only in the CV line's field, and only before a clause that does not point
        // back at the quote: "'employee of the month' - i won it 3 times" keeps it:
        // the review of session 22.)
        let cv_line = self.frame.that_lead == Some("The truth is");
        if let Some(rest) = quoted_label(&text).filter(|r| cv_line && !points_at_it(r)) {
            text = rest.to_owned();
        }
        // "Forge wants coaches, not rep counters, that's exactly how I see it": the
        // writer's comment on what came before is a sentence of its own (round 133's
        // reader marked the comma splice).
        // "when you asked how i'd debug a slow consumer, and i said …": the answer is
        // the sentence's main clause (garble hunt 16 sent it without one).
        if text
            .get(..14)
            .is_some_and(|h| h.eq_ignore_ascii_case("when you asked"))
        {
            let low = text.to_ascii_lowercase();
            let and = [", and i said ", ", and i told "]
                .iter()
                .find_map(|a| low.find(a));
            if let Some(at) = and {
                text.replace_range(at + 2..at + 6, "");
            }
        }
        without_reminder(&mut text);
        if text.contains(", that") {
            for (typed, said) in [
                (", that's exactly ", ". That's exactly "),
                (", thats exactly ", ". That's exactly "),
                (", that's what ", ". That's what "),
                (", thats what ", ". That's what "),
            ] {
                if text.contains(typed) {
                    text = text.replacen(typed, said, 1);
                }
            }
        }
        if text.contains("eans ") {
            text = text
                .replace(". means ", ". This means ")
                .replace(". Means ", ". This means ");
        }
        // "did you know I led the routing project?": a question only in form, the
        // writer's own statement ("I led the routing project.").
        for ask in [
            "did you know that ",
            "did you know ",
            "Did you know that ",
            "Did you know ",
        ] {
            if let Some(rest) = text.strip_prefix(ask) {
                let mine = rest.starts_with("I ") || rest.starts_with("i ");
                if let Some(said) = rest
                    .strip_suffix('?')
                    .filter(|r| mine && !r.contains(['?', '.']))
                {
                    text = format!("{said}.");
                }
                break;
            }
        }
        // "because the bus broke down on the a38 …", typed as the reason a field of
        // what happened asks for (being late, the setting, the day): the clause stands
        // by itself (the eighth garble hunt lost it whole). An example or a "why" is no
        // such reason.
        let reason = self.frame.fragment.is_some_and(|f| {
            ["What held", "What went", "That day", "That week"]
                .iter()
                .any(|p| f.starts_with(p))
        });
        if let Some(rest) = text
            .get(8..)
            .filter(|_| reason && text[..8].eq_ignore_ascii_case("because "))
        {
            if has_subject_and_verb(rest.split(". ").next().unwrap_or(rest)) {
                text = rest.to_owned();
            }
        }
        // "look after 30 residents on nights": the note dropped its "I" (round 77);
        // "look" alone is too often no verb of the writer's ("look, the salary …").
        if text.starts_with("look after ") || text.starts_with("Look after ") {
            text.replace_range(..1, "I l");
        }
        let before = self.out.len();
        let go = cur.is_empty() || self.chunk(&text);
        cur.clear();
        // The question named goes before the answer's first sentence as shaped, which
        // then reads on from it ("On your question about …, I plan …").
        if let (Some(lead), Some(first)) = (lead, self.out.get_mut(before)) {
            *first = [lead.as_str(), &lower_opening(first)].concat();
        }
        go
    }

    /// Splits a chunk into sentences at ".", "!", "?" or "…" followed by a space,
    /// except after an abbreviation ("Ms. Ortega"), inside quotes, or at a pause ("…")
    /// or closing quote followed by a lowercase word. Each slice keeps its end marks.
    /// False when the note ends here.
    fn chunk(&mut self, text: &str) -> bool {
        let straight = count(text, "\"").is_multiple_of(2);
        let curly = count(text, "“") == count(text, "”");
        let mut quoted = false;
        let mut start = 0;
        let mut i = 0;
        while let Some(c) = cut(text, i, text.len()).chars().next() {
            let mut end = i + c.len_utf8();
            match c {
                '"' if straight => quoted = !quoted,
                '“' if curly => quoted = true,
                '”' if curly => quoted = false,
                '.' | '!' | '?' | '…' => {
                    let mut dots = usize::from(c == '.');
                    let mut pause = c == '…';
                    let mut closed = false;
                    while let Some(d) = cut(text, end, text.len()).chars().next() {
                        match d {
                            '.' => dots += 1,
                            '!' | '?' | ')' | ']' | '’' | '\'' => {}
                            '…' => pause = true,
                            '"' if straight && quoted => {
                                quoted = false;
                                closed = true;
                            }
                            '”' if curly => {
                                quoted = false;
                                closed = true;
                            }
                            _ => break,
                        }
                        end += d.len_utf8();
                    }
                    pause |= dots >= 2;
                    let after = cut(text, end, text.len());
                    // Not before "12.5%" or "brightway.com", nor inside quotes.
                    let split = after.chars().next().is_none_or(char::is_whitespace)
                        && !quoted
                        && !((closed || pause) && trim_start_set(after, "").starts_with(is_lower))
                        && !(c == '.' && dots == 1 && abbreviation(cut(text, start, i)));
                    if split {
                        if !self.sentence(cut(text, start, end)) {
                            return false;
                        }
                        start = end;
                    }
                }
                _ => {}
            }
            i = end;
        }
        start >= text.len() || self.sentence(cut(text, start, text.len()))
    }

    /// Whether the note is read no further from `raw` on: past [`MAX_SENTENCES`], or
    /// a sentence of hundreds of words, which is pasted text no step brings within the
    /// room (a megabyte of "I, I, …" took a second to tokenise only to be dropped).
    fn past_reading(&mut self, raw: &str) -> bool {
        self.seen += 1;
        self.seen > MAX_SENTENCES
            || raw
                .split_ascii_whitespace()
                .nth(MAX_SENTENCE_WORDS)
                .is_some()
    }

    /// Step 3: the sentence's words addressed to the reader ("she"/"they" as "you"),
    /// as the frame allows.
    fn address(&mut self, ws: &mut Vec<Tok>, asked: bool) {
        if self.frame.address {
            if self
                .frame
                .fragment
                .is_some_and(|f| f.starts_with("Since we spoke"))
            {
                they_said_it(ws, self.asked);
                it_stayed(ws);
                self.asked = ws.iter().any(|w| w.k == "asked");
            }
            described_then_they(ws);
            fronted_they_work(ws);
            what_she_said(ws);
            // A frame that names a reason or a result ("What draws me to this role is
            // {the}") keeps "her saying …" as a phrase in it.
            if !self.frame.fragment.is_some_and(|f| f.contains("{the}")) {
                speaking_to_you(ws, self.frame.reader);
            }
            name_to_you(ws, self.frame.reader);
            company_does(ws, self.frame.company);
            // In the "why" field, "they" is the company the writer wants to join
            // ("because they are one of the best cask breweries": the seventh garble
            // hunt).
            let why = self
                .frame
                .fragment
                .is_some_and(|f| f.starts_with("What draws me"));
            if self.frame.questions {
                asked_of_them(ws);
            }
            address_reader(ws, self.frame.company, asked, why);
        } else if they_now(ws) {
            // In any line, a note that opens on "they" in the present is about the
            // company read ("they are rebuilding their routing, which is exactly what
            // I did at Brightway"); "they promoted me" is a past employer's.
            address_reader(ws, self.frame.company, asked, false);
        }
        if !self.frame.address {
            name_to_you(ws, self.frame.reader);
        }
    }

    /// Shapes one sentence of the note; false when the note ends here.
    fn sentence(&mut self, raw: &str) -> bool {
        if self.past_reading(raw) {
            return false;
        }
        // The sentence tidied and without its narration, and whether it asked a
        // question; left out when nothing is left.
        let Some((body, asked)) = trim_sentence(raw) else {
            return true;
        };
        let Some(mut ws) = tokenize(body) else {
            return true;
        };
        mended(&mut ws);
        // Only in the field for a question to ask: elsewhere "would ask them what
        // happened and offer a fix" is what the writer would do (the review of
        // session 18).
        if self.frame.questions {
            i_would_ask(&mut ws);
        }
        // "lol" alone: nothing left once the laugh goes (the review of session 17 found
        // a field holding only that made the shaper panic).
        if ws.is_empty() || !drop_narration(&mut ws) {
            return true;
        }
        let room = self.frame.max_words.saturating_sub(self.used);
        // Framing only adds words and a note-to-self verb takes away at most five:
        // a sentence this long cannot fit, so it ends the note without more work
        // (what keeps a pasted megabyte cheap).
        if ws.len() > room + 5 {
            return false;
        }
        because_i_want(&mut ws, self.frame);
        and_i_want(&mut ws);
        articles_and_verbs(&mut ws);
        self.address(&mut ws, asked);
        // A sentence that points back ("around that", "it was…") to one just left out
        // would point at nothing.
        let points_back = || ws.iter().any(|w| w.f & BACK != 0);
        if self.lost && points_back() {
            return true;
        }
        let Some(s) = complete(&mut ws, asked, self.frame) else {
            // A question left out is what the answer after it answers, which the
            // letter names in its own words: "it" there points at what the answer
            // is about, not at a line that went missing ("what would i do if a
            // resident refused their meds - i would stay calm, never force it":
            // the ninth garble hunt lost the answer whole).
            let low = body.trim_start().to_ascii_lowercase();
            let question = [
                "what would",
                "how would",
                "what should",
                "how should",
                "what do",
                "how do",
            ]
            .iter()
            .any(|q| low.starts_with(q));
            if let Some(head) = without_loose_tail(body).filter(|_| !question) {
                // The clause before a few words of notes stands by itself ("finished
                // lineworker school at the top of my class, CDL class A": garble hunt
                // 16 lost the evidence whole); the Write step quotes the whole note.
                self.left_out.get_or_insert_with(|| body.to_owned());
                return self.sentence(head);
            }
            self.lost |= !question;
            if self.left_out.is_none() {
                self.left_out = Some(body.to_owned());
            }
            return true;
        };
        // A frame says its words once: a second fragment framed the same way
        // ("What draws me to this role is … What draws me to this role is …") is left
        // out.
        let lead = self.frame.fragment.and_then(|f| f.split('{').next());
        if lead.is_some_and(|l| l.len() > 3 && s.starts_with(l)) {
            if self.framed {
                return true;
            }
            self.framed = true;
        }
        let s = counts_in_words(role_said(should_have_said(s, self.frame), self.frame));
        // A colon before a detail another step joined on with "with" is a comma
        // (garble hunt 21 sent "£1.4m in sales in 2025: with 85 private clients").
        let s = if s.contains(": with ") {
            s.replace(": with ", ", with ")
        } else {
            s
        };
        // The last steps change what the check read ("3" said as "three"), so the
        // sentence as sent is checked once more; a symbol before its first word
        // leaves that word its capital to take ("🚀 • three …": the fifteenth garble
        // hunt's wider fuzzing).
        let s = first_word_up(s);
        if !has_subject_and_verb(&s) {
            self.left_out.get_or_insert_with(|| body.to_owned());
            return true;
        }
        self.lost = false;
        let n = split_words(&s).count();
        if n > room {
            return false;
        }
        self.used += n;
        self.out.push(s);
        true
    }
}

/// `body` without a short phrase after its last comma ("…, CDL class A"), when what
/// is before it has a subject and verb of its own, or reads as the writer's with "I"
/// (four words or more); None otherwise.
fn without_loose_tail(body: &str) -> Option<&str> {
    let at = body.rfind(", ")?;
    let (head, tail) = (&body[..at], &body[at + 2..]);
    let short = (1..=5).contains(&tail.split_whitespace().count());
    let long = head.split_whitespace().nth(3).is_some();
    // A list's last item is part of it ("…, spanish and portuguese"); a clause after
    // the comma is no loose phrase.
    let first = key(tail.split(' ').next().unwrap_or_default());
    let clause = word_in(
        "and but so or which who that i we he she they it you",
        &first,
    );
    // Its own clause, or one that dropped the writer's "I" ("finished lineworker
    // school …"): never a phrase the frame would wrap ("59, want somewhere to …").
    let ws = words_of(head);
    let own = has_subject_and_verb(head)
        || ws
            .first()
            .is_some_and(|w| w.f & PASTX != 0 && w.t.starts_with(is_lower));
    // Nor a figure: a count cut off loses the fact ("…, 1,100 vaccines last season").
    let figure = tail.bytes().any(|b| b.is_ascii_digit());
    // One clause before it: a head that is itself a list ("they have big clients,
    // travel, company car?") is notes still.
    let one = !head.contains([',', ';', ':', '(', '"']);
    (short && long && own && !clause && !figure && one).then_some(head)
}

/// `s` with the first letter of its first word in capitals when symbols come before
/// it ("🚀 • Three …"); a sentence that opens on a letter was capitalised already.
fn first_word_up(mut s: String) -> String {
    if s.starts_with(|c: char| c.is_alphanumeric()) {
        return s;
    }
    if let Some((at, c)) = s.char_indices().find(|(_, c)| c.is_alphanumeric()) {
        // Not a word cased inside ("(eBay)", "\"iPSC work\"": the review of session 26).
        let cased = s[at + c.len_utf8()..].starts_with(|n: char| n.is_ascii_uppercase());
        if c.is_ascii_lowercase() && !cased {
            s[at..at + 1].make_ascii_uppercase();
        }
    }
    s
}

/// Words before a number that make it a label, not a count ("level 3", "step 2",
/// "ward 7"): the figure stays.
const NUMBER_LABELS: &str = "page grade level stage room unit gate platform bay step size no \
    number version band phase tier class zone ward floor type route line lane dock pier aisle \
    table year week day season series section chapter part key form block term hole \
    tee shift group box plot item lot tunnel bench at by until till module cat category \
    theatre bed pitch court track channel set lab bus session wave batch cohort question";

/// Words a sentence may open on before a count ("About 1 in 3 …"), unlike a label
/// ("Year 6", "Mahler 6").
const COUNT_OPENERS: &str = "about around over nearly almost only just roughly some all the \
    in for after within";

/// Words after a number that keep its figure: times of day, measures, large numbers.
const FIGURE_AFTER: &str =
    "am pm x k m g kg km cm mm ml mg mcg l oz gb mb tb kw kwh hz v ft lb lbs mph million billion \
    thousand hundred percent per";

/// The counts one to nine as words, in order ([`counts_in_words`] spells figures with
/// them; the composer reads them back as figures).
pub(super) const COUNT_WORDS: [&str; 9] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// A count of one to nine said in words, as careful prose has it ("I keep two hives",
/// "across three boats"; rounds 89 and 92 named "2 hives", "3 branches" and "2 seasons"
/// as careless). Not a label ("level 3", "Mahler 6"), a measure ("5 kg", "6 am"), nor
/// a figure beside larger ones ("from 6 to 12 staff" stays as typed). The word count
/// is unchanged.
fn counts_in_words(s: String) -> String {
    const WORDS: [&str; 9] = COUNT_WORDS;
    let single = |t: &str| t.len() == 1 && (b'1'..=b'9').contains(&t.as_bytes()[0]);
    if !s
        .as_bytes()
        .windows(3)
        .any(|w| w[0] == b' ' && w[2] == b' ' && (b'1'..=b'9').contains(&w[1]))
        && s.as_bytes().get(1).is_none_or(|&b| b != b' ')
    {
        return s;
    }
    let toks: Vec<&str> = s.split(' ').collect();
    // "2 HCAs on nights kept clashing": a sentence never opens on a figure, and an
    // acronym counted there is a count too (round 145's reader marked it).
    // Not a measure ("5 PM", "4 GB", "2 MW": the review of session 30).
    let acronym_at = |j: usize| {
        let next = toks.get(j + 1).copied().unwrap_or("");
        let core = next.trim_end_matches('s');
        j == 0
            && core.len() > 1
            && core.bytes().all(|b| b.is_ascii_uppercase())
            && !word_in(FIGURE_AFTER, &core.to_ascii_lowercase())
    };
    // "from six hours to 4", "- 3 of my top five accounts": a count that keeps its
    // figure (at the end of a clause, after a dash) keeps the others' too, so the
    // sentence does not mix the two (round 108's reader: "mixes '2 years' with 'two
    // years'"). Not a label's figure ("Level 3") nor a measure's ("5 kg").
    let bare = toks.iter().enumerate().any(|(j, w)| {
        let core = w.trim_end_matches(|c: char| !c.is_ascii_digit());
        let prev = if j > 0 { toks[j - 1] } else { "" };
        let prev_core = prev.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        let next = toks.get(j + 1).copied().unwrap_or("");
        let ends = core.len() < w.len()
            || !next.starts_with(|c: char| c.is_ascii_lowercase()) && !acronym_at(j);
        single(core)
            && (ends || matches!(prev, "-" | "–" | "—"))
            && !word_in(NUMBER_LABELS, &prev_core.to_ascii_lowercase())
            && !prev.contains(|c: char| c.is_ascii_uppercase())
    });
    let count_at = |i: usize| -> bool {
        let t = toks[i];
        let next = toks.get(i + 1).copied().unwrap_or("");
        let core = next.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        let prev = if i > 0 { toks[i - 1] } else { "" };
        let prev_core = prev.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        // "12 cases led, and 9 resolved": a count beside a larger one in the same
        // sentence keeps its figure, so the two match (the third garble hunt).
        // Not a year ("In 2024 I kept two hives").
        let near_figure = toks.iter().any(|w| {
            let core = w.trim_end_matches(|c: char| !c.is_ascii_digit());
            let year = core.len() == 4 && (core.starts_with("19") || core.starts_with("20"));
            core.len() > 1
                && !year
                && core
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        });
        single(t)
            && (next.starts_with(|c: char| c.is_ascii_lowercase()) || acronym_at(i))
            && !word_in(FIGURE_AFTER, core)
            // "Level 3", "Mahler 6": a capitalised word before makes it a label (not
            // the sentence's first word: "About 1 in 3 …").
            && (i == 1 && word_in(COUNT_OPENERS, &prev.to_ascii_lowercase())
                || !prev.contains(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()))
            && !word_in(NUMBER_LABELS, &prev_core.to_ascii_lowercase())
            // "6 - 8 mechanics": a range keeps both figures.
            && !matches!(prev, "-" | "–" | "—")
            && !near_figure
            && !bare
    };
    // "from six in a quarter to 0 in the next two": a nought among spelled counts is
    // spelled too (round 118).
    // (Only where there is a nought: each count looks at the whole sentence.)
    let spelled = toks.contains(&"0") && (0..toks.len()).any(count_at);
    let mut out = String::with_capacity(s.len() + 16);
    for (i, t) in toks.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let next = toks.get(i + 1).copied().unwrap_or("");
        if spelled && *t == "0" && i > 0 && next.starts_with(|c: char| c.is_ascii_lowercase()) {
            out.push_str("zero");
        } else if count_at(i) {
            let w = WORDS[usize::from(t.as_bytes()[0] - b'1')];
            if i == 0 {
                out.push(w.as_bytes()[0].to_ascii_uppercase() as char);
                out.push_str(&w[1..]);
            } else {
                out.push_str(w);
            }
        } else {
            out.push_str(t);
        }
    }
    out
}

/// "she asked about teamwork", "when he asked how …": in a line to the interviewer
/// the one who asked is the reader (the second garble hunt: "She asked about
/// teamwork" in a letter to her); not "she asked for a refund".
fn asked_by_reader(ws: &mut [Tok]) {
    // Only where a sentence opens: this runs for every note, and a pasted megabyte
    // must stay linear.
    for i in 0..ws.len().saturating_sub(2).min(2) {
        let opens = i == 0 || ws[i - 1].k == "when" && i == 1;
        let about = word_in(
            "about how what why if whether where which when",
            &ws[i + 2].k,
        );
        // Not with another "he" or "his" after it: who is who is the address step's
        // to read ("…to record his lectures").
        let others = ws[i + 2..]
            .iter()
            .any(|w| word_in("he his him she her hers", &w.k));
        let asker = matches!(ws[i].k.as_str(), "she" | "he") && ws[i + 1].k == "asked";
        if opens && asker && about && !others {
            ws[i] = Tok::new(if i == 0 { "You" } else { "you" }.to_owned());
        }
    }
}

/// What a note says as one speaks it and a letter does not: "showing me his leggett"
/// ("You showed me …"), a laugh typed to oneself ("lol"), "id" for "I'd", "peoples
/// homes", "you guys" ("you"), "double booked" (one verb).
fn spoken_shorthand(ws: &mut Vec<Tok>) {
    // "Sorry for being late - the M62 was shut": the letter apologises once, in its
    // own words; the note's apology goes, up to its break (the review of round 64's
    // rules found "On the sorry again for being late, …").
    let sorry = ws
        .first()
        .is_some_and(|w| matches!(w.k.as_str(), "sorry" | "apologies"))
        || ws.len() > 1 && matches!(ws[0].k.as_str(), "i'm" | "im") && ws[1].k == "sorry";
    if sorry {
        let dash = |w: &Tok| matches!(w.t.as_str(), "-" | "–" | "—");
        if let Some(b) = ws.iter().position(|w| ends_clause(&w.t) || dash(w)) {
            ws.drain(..=b);
        }
    }
    // "showing me his leggett": what the interviewer did, told without its subject.
    if ws.len() > 2 && ws[1].k == "me" {
        let done = match ws[0].k.as_str() {
            "showing" => "You showed",
            "telling" => "You told",
            "asking" => "You asked",
            _ => "",
        };
        if !done.is_empty() {
            ws[0] = Tok::new(done.to_owned());
        }
    }
    asked_by_reader(ws);
    in_short(ws);
    without_fillers(ws);
    // "1st time", "2nd try": the ordinal in words (the fifth garble hunt); "1st line
    // support" and "1st March" keep theirs.
    for i in 0..ws.len().saturating_sub(1) {
        let word = match ws[i].k.as_str() {
            "1st" => "first",
            "2nd" => "second",
            "3rd" => "third",
            "4th" => "fourth",
            "5th" => "fifth",
            _ => continue,
        };
        // Also "my 2nd week", "a 3rd shift" (round 111, the sixth garble hunt).
        let counted = i > 0
            && word_in("my our a the your their his her", &ws[i - 1].k)
            && word_in(
                "week month day year shift site store season job attempt",
                &ws[i + 1].k,
            );
        if counted || word_in("time try attempt go", &ws[i + 1].k) {
            set_core(ws, i, i, word, false);
        }
    }
    // "i said id prioritise …": "id" typed for "I'd" before a verb (round 62's letter
    // sent "id"); "my staff id badge" keeps it.
    for i in 0..ws.len() {
        // The cheap test first: this runs for every word of every note.
        let verb_next = |ws: &[Tok]| {
            ws.get(i + 1)
                .is_some_and(|n| n.f & (FUNC | NUM) == 0 && n.t.starts_with(is_lower))
        };
        let id = typed_for_i_would(ws, i);
        if id {
            ws[i] = Tok::new("I'd".to_owned());
        }
        // "20 yrs in MRFs, last 6 as shift lead, I run …": the share of a time served
        // takes its "the" (without it, round 63 sent "The last 6 as shift lead." as a
        // sentence of its own).
        let share_of_time = i > 0
            && ws[i].k == "last"
            && ws[i].t.starts_with(is_lower)
            && ws[i - 1].t.ends_with(',')
            && (at(ws, i + 1, NUM) || word_in(NUMBER_WORDS, tk_k(ws, i + 1)))
            && ws[..i].iter().any(|w| word_in("years yrs months", &w.k));
        if share_of_time {
            ws.insert(i, Tok::new("the".to_owned()));
            continue;
        }
        // "in peoples homes": the possessive lost its apostrophe (round 62).
        if ws[i].k == "peoples" && !ends_clause(&ws[i].t) && verb_next(ws) {
            set_core(ws, i, i, "people's", false);
        }
    }
    // "you guys do a lot of lagers": "you" is enough in a letter (round 58's reader
    // flagged "You guys").
    let mut i = 1;
    while i < ws.len() {
        if ws[i].k == "guys" && ws[i - 1].k == "you" && !ends_clause(&ws[i - 1].t) {
            let end = ws[i].t.strip_prefix("guys").unwrap_or("").to_owned();
            ws.remove(i);
            ws[i - 1].t.push_str(&end);
        } else {
            i += 1;
        }
    }
    joined_compounds(ws);
    point_without_aside(ws);
    // "double booked a hen party": one verb, which dropped its "I".
    if ws.len() > 2 && matches!(ws[0].k.as_str(), "double" | "triple") && ws[1].k.ends_with("ed") {
        // Read as the verb it ends with.
        let verb = ws.remove(1);
        ws[0] = Tok {
            t: format!("{}-{}", ws[0].t, verb.t),
            ..verb
        };
    }
}

/// "hospital scheme - want to run …", "Electric buses q - done IMI …": a short topic
/// without a verb, a spaced dash and a lowercase word read as "topic: …", which
/// [`topic_then_clause`] and [`topic_then_steps`] can frame.
fn dash_as_colon(ws: &mut Vec<Tok>) {
    // "method validation = I ran the studies": an "=" before a clause with its own
    // subject introduces it as a dash does (before a phrase it stays "is").
    let dash = |i: usize, w: &Tok| {
        matches!(w.t.as_str(), "-" | "–" | "—") || (w.t == "=" && at(ws, i + 1, SUBJ | SV))
    };
    let Some(d) = ws.iter().take(13).enumerate().position(|(i, w)| dash(i, w)) else {
        return;
    };
    let topic = ws.get(..d).unwrap_or_default();
    // "when you asked about safety at height - the short version is …": the dash
    // ends the "when" clause, as a comma does (round 94 sent the dash).
    // Only before a clause of its own: "- 12% margin, 30 day terms" keeps its dash.
    let clause_next = at(ws, d + 1, DET) && ws.iter().skip(d + 2).take(5).any(|w| w.f & FIN != 0);
    if d > 2
        && ws[0].k == "when"
        && topic.iter().any(|w| w.k == "asked")
        && !is_i(tk_k(ws, d + 1))
        && clause_next
    {
        ws[d - 1].t.push(',');
        ws.remove(d);
        return;
    }
    let verbless = topic
        .iter()
        .enumerate()
        .all(|(i, w)| w.f & (FIN | SUBJ | SV) == 0 && (w.f & PASTX == 0 || adjective_ed(ws, i)));
    // "the double-booked wedding party at the hotel in 2022 - I got them upgraded":
    // a longer topic, a noun phrase, before the writer's own clause (round 86 sent
    // the phrase as a sentence of its own).
    // (A phrase, not a time: "every morning for two years", "the whole time".)
    let phrase_then_i = matches!(tk_k(ws, 0), "the" | "a" | "an" | "my" | "our")
        && !word_in("whole entire first last next other same", tk_k(ws, 1))
        // "the question about cuttings getting too wet - I'd look for …" (round 93).
        && matches!(tk_k(ws, d + 1), "i" | "we" | "i'd" | "i'm" | "i've" | "we'd");
    // A figure after a one- or two-word topic too ("Growth - 6 new stores").
    let lower_next = ws.get(d + 1).is_some_and(|w| {
        (d < 9 && w.t.starts_with(is_lower))
            || ws[d].t == "="
            || d <= 2 && w.t.starts_with(|c: char| c.is_ascii_digit())
            || phrase_then_i
    });
    if d > 0 && verbless && lower_next && !ends_clause(&ws[d - 1].t) {
        ws[d - 1].t.push(':');
        ws.remove(d);
    }
}

/// "for a 3 yr old": an age before or instead of its noun is one word ("a
/// 3-year-old"); spelled out as units are, it read "a 3 years old".
/// Participles a count of things is reported with ("3 near misses reported").
const REPORTED: &str = "found raised reported recorded logged missed lost filed received issued \
    made caught spotted returned upheld";

/// A count typed as a headline, given the verb it lacks: "Zero data errors found at
/// independent check" and "3 near misses reported, all closed out" take "were" (round
/// 67 sent the first as a sentence); "4 years no incidents" is "4 years with no
/// incidents", a result to frame.
fn counted_headline(ws: &mut [Tok]) {
    let count = |w: &Tok| w.f & NUM != 0 || matches!(w.k.as_str(), "no" | "zero");
    if ws.len() < 3 || !count(&ws[0]) {
        return;
    }
    if ws[0].f & NUM != 0
        && matches!(ws[1].k.as_str(), "years" | "months" | "weeks" | "yrs")
        && ws[2].k == "no"
    {
        ws[2].t.insert_str(0, "with ");
        return;
    }
    // One to three words of the thing counted, then the participle.
    let Some(at) = (2..ws.len().min(5)).find(|&j| word_in(REPORTED, &ws[j].k)) else {
        return;
    };
    let plain = ws[1..at].iter().all(|w| {
        w.f & (FUNC | PASTX | INGX | BRK) == 0 && w.k.bytes().all(|b| b.is_ascii_lowercase())
    });
    // Passive only when nothing is done to an object after it ("12 new donors
    // found me through the gala" is active).
    // Not when the clause has a verb of its own later ("5 items found by the auditor
    // were mine").
    let later = ws[at + 1..]
        .iter()
        .take_while(|w| !ends_clause(&w.t))
        .any(|w| w.f & (FIN | SV) != 0);
    // Nor a headline that ends on it ("no issues found"), which the shaping reads
    // as "There were no issues found" already.
    let passive = !later
        && if at + 1 == ws.len() {
            ws[0].k != "no"
        } else {
            ws[at].f & BRK != 0 || ws[at + 1].f & PREP != 0
        };
    if !plain || !passive {
        return;
    }
    let one = matches!(ws[0].k.as_str(), "1" | "one") || !ws[at - 1].k.ends_with('s');
    ws[at].t.insert_str(0, if one { "was " } else { "were " });
}

/// A credential typed as a label, given its holder: "NRCPD registered, about 600
/// hours …" is "I am NRCPD registered, …" (round 68 sent the label as a sentence).
fn credential_held(ws: &mut Vec<Tok>) {
    let acronym = |t: &str| {
        t.len() >= 2
            && t.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && t.bytes().any(|b| b.is_ascii_uppercase())
    };
    // The label alone, before a comma or the end ("NHS qualified nurses are rare" and
    // "CQC registered home" are no credential of the writer's).
    let alone = |ws: &[Tok]| ws.len() == 2 || ends_clause(&ws[1].t);
    if ws.len() >= 2
        && alone(ws)
        && acronym(&ws[0].t)
        && word_in(
            "registered qualified certified accredited licensed chartered",
            &ws[1].k,
        )
    {
        // As words of their own, so the shaping reads a clause ("…is the I am ISA
        // certified" was sent when the words were glued to the label, round 71).
        ws.splice(0..0, [Tok::new("I".to_owned()), Tok::new("am".to_owned())]);
    }
}

/// The words a note says to itself, which the letter does without: "(sorry!!)", a
/// laugh ("lol"), "basically", a shrug of "anyway".
fn without_fillers(ws: &mut Vec<Tok>) {
    // "(sorry!!)": an apology typed as an aside; the letter apologises in its own words.
    if let Some(i) = ws
        .iter()
        .position(|w| w.t.starts_with('(') && w.k == "sorry" && w.t.contains(')'))
    {
        let closing = ws[i]
            .t
            .rfind(')')
            .map_or("", |c| &ws[i].t[c + 1..])
            .to_owned();
        ws.remove(i);
        if i > 0 {
            ws[i - 1].t.push_str(&closing);
        }
    }
    // "… in carrier bags lol": a laugh typed to oneself is no word of the letter's;
    // a bracket it closed stays closed ("(not literally lol)", the second garble hunt).
    let laugh = |w: &Tok| matches!(w.k.as_str(), "lol" | "haha" | "hahaha" | "lmao" | "rofl");
    for i in 1..ws.len() {
        if laugh(&ws[i]) && ws[i].t.ends_with(')') {
            ws[i - 1].t.push(')');
        }
    }
    ws.retain(|w| !laugh(w));
    // "that's basically what this job is": a filler the letter does without (the third
    // garble hunt); "Basically, …" opening the note goes with its comma.
    // "yes, 4 years on a heidelberg …": the answer's "yes" to a question the letter
    // has not put (garble hunt 7); the answer stands without it.
    // (Only before the writer's own clause: "yes, 4 years on …" leans on it.)
    if ws.len() > 3
        && ws[0].t.ends_with(',')
        && word_in("yes yeah yep", &ws[0].k)
        && ws[1].f & IWE != 0
    {
        ws.remove(0);
    }
    if ws
        .first()
        .is_some_and(|w| w.k == "basically" && w.t.ends_with(','))
    {
        ws.remove(0);
    }
    ws.retain(|w| w.k != "basically" || ends_clause(&w.t));
    // "been doing dispatch 4 yrs anyway": a shrug that ends the clause goes (round
    // 97's reader: dismissive); its mark stays.
    // One pass, so a pasted page of them costs no more than its length.
    // "anyway i like it": one that opens the note goes too.
    if ws.len() > 2 && ws.iter().any(|w| w.k == "anyway") {
        let last = ws.len() - 1;
        let mut kept: Vec<Tok> = Vec::with_capacity(ws.len());
        for (i, w) in std::mem::take(ws).into_iter().enumerate() {
            // Only after a time served or opening the note: "i did it anyway" means
            // it (the review of session 18).
            let served = kept
                .last()
                .is_some_and(|p| word_in("years yrs months weeks", &p.k));
            let shrug = w.k == "anyway" && (i == 0 || served && (i == last || ends_clause(&w.t)));
            match kept.last_mut() {
                Some(prev) if shrug => prev.t.push_str(w.t.trim_start_matches(char::is_alphabetic)),
                None if shrug => {}
                _ => kept.push(w),
            }
        }
        *ws = kept;
    }
}

/// "In short: check safeguarding, ratios and records, …": steps after a summing-up
/// word are what the writer would do ("In short, I would check …"; round 96 left
/// them out).
fn in_short(ws: &mut Vec<Tok>) {
    let n = match (tk_k(ws, 0), ws.first().map(|w| w.t.ends_with(':'))) {
        ("briefly", Some(true)) => 1,
        ("in", _) if tk_k(ws, 1) == "short" && ws[1].t.ends_with(':') => 2,
        _ => return,
    };
    if at(ws, n, FPV | IMP) && ws[n].t.starts_with(is_lower) {
        let last = &mut ws[n - 1].t;
        last.pop();
        last.push(',');
        ws.splice(n..n, ["I", "would"].map(|w| Tok::new(w.to_owned())));
    }
}

/// "would ask her how they split clinic days …", "i'd ask him whether …": the
/// question without the note's own frame, which the letter's says already (the third
/// garble hunt sent "I should have asked: would ask you how …"). Only before a
/// question word, in the field for a question to ask.
fn i_would_ask(ws: &mut Vec<Tok>) {
    let skip = match ws.first().map(|w| w.k.as_str()) {
        Some("would" | "i'd" | "id") => 1,
        Some("i") if tk_k(ws, 1) == "would" => 2,
        _ => 0,
    };
    if skip > 0 && tk_k(ws, skip) == "ask" {
        let whom = usize::from(word_in("her him you them", tk_k(ws, skip + 1)));
        if at(ws, skip + 1 + whom, WHW) || word_in("if whether", tk_k(ws, skip + 1 + whom)) {
            ws.drain(..=skip + whom);
            // What she was to be asked about is her own team: "how they split …" is
            // "how you split …".
            if tk_k(ws, 1) == "they" {
                set_core(ws, 1, 1, "you", false);
            }
        }
    }
}

/// "… most days. and i speak basic spanish": an "and" that opens a sentence adds one
/// more thing, "I also speak …" (round 129 sent "I speak basic Spanish" as a third
/// note in a row); not "and i think that's it".
fn also_added(ws: &mut [Tok]) {
    let adds = tk_k(ws, 0) == "and"
        && is_i(tk_k(ws, 1))
        && ws.len() > 3
        // (Not in a story told in the past: "You asked me to wait. and i waited".)
        && !at(ws, 2, SUBJ | DET | PREP | ADVX | NUM | PASTX | PAST)
        && !word_in(
            "am was were is are have has had would will can could",
            tk_k(ws, 2),
        )
        && !word_in(CLAUSE_VERBS, tk_k(ws, 2))
        && ws[1].t.len() == 1;
    if adds {
        ws[0] = Tok::new("I".to_owned());
        ws[1] = Tok::new("also".to_owned());
    }
}

/// The word-level mending of a sentence, in order: shorthand spelled out, placeholders,
/// topics and counts given their words, then phrases put back in their places.
fn mended(ws: &mut Vec<Tok>) {
    also_added(ws);
    that_before_own_point(ws);
    verb_named_measures(ws);
    spoken_shorthand(ws);
    link_placeholder(ws);
    topic_comma(ws);
    year_old(ws);
    counted_headline(ws);
    credential_held(ws);
    since_at_end(ws);
    the_bit_about(ws);
    owner_is_doing(ws);
    asked_then_point(ws);
    hedge_opening(ws);
    list_and(ws);
    dash_as_colon(ws);
    tidy(ws);
    time_then_none(ws);
    fronted_object(ws);
    relative_then_mine(ws);
    that_is_why(ws);
    a_team(ws);
    like_a_figure(ws);
    article_agrees(ws);
    one_owner(ws);
    done_last(ws);
    dislocated(ws);
    not_this_but_that(ws);
    phrase_then_clause(ws);
    point_was_that(ws);
    timed_comma(ws);
    place_then_condition(ws);
    only_clause(ws);
}

/// "a NVQ", "a MOT", "a apprentice": "an" before a sound that opens on a vowel, an
/// initialism said letter by letter ("an NVQ") or a word spelt with a vowel (garble
/// hunt 7 sent "I did a NVQ Level 3").
fn article_agrees(ws: &mut [Tok]) {
    for i in 0..ws.len().saturating_sub(1) {
        // The article only: "A" mid-sentence is a grade or a ward ("got an A in maths").
        if ws[i].t != "a" && !(i == 0 && ws[i].t == "A") {
            continue;
        }
        if takes_an(&ws[i + 1].t) {
            ws[i].t.push('n');
        }
    }
}

/// Whether the word as typed takes "an": one spelt with a vowel first ("an
/// apprentice", not "a one-off"), or an initialism said letter by letter that opens
/// on a vowel sound ("an NVQ").
fn takes_an(next: &str) -> bool {
    let letters = next.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    // Said letter by letter: two or three capitals ("NVQ", "HGV", "MOT"), or more
    // with no vowel ("HMRC") or none in the first three ("NRSWA": the thirteenth
    // garble hunt sent "a NRSWA supervisor"); "SENCO", "RIDDOR", "NASA" are words.
    let head = letters.get(..3).unwrap_or(letters);
    // ("FTSE" is said "footsie"; "SCRUM", "STRONG" open on a cluster a word may open
    // on: the review of session 25.)
    let vowels = ['A', 'E', 'I', 'O', 'U'];
    let b = letters.as_bytes();
    let onset = b.len() > 1
        && (b[0] == b'S' && b"CHKLMNPTW".contains(&b[1]) || b[0] == b'F' && b"LR".contains(&b[1]));
    let spelt = letters.len() <= 3
        || !letters.contains(vowels)
        || !head.contains(vowels) && !onset && !letters.starts_with("FTSE");
    let initials = (2..=6).contains(&letters.len())
        && spelt
        && letters
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && letters.starts_with(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);
    let vowel = next.starts_with(['a', 'e', 'i', 'o'])
        && !next.starts_with("one")
        && !next.starts_with("once")
        && !next.starts_with("eu");
    initials || vowel
}

/// "that on dry hopping the point I was trying to make is …": a "that" typed for the
/// frame's lead before a lead of the note's own goes, so the point is led once (round
/// 118 sent "The point I meant to make is that on dry hopping the point I was trying
/// to make is that …").
fn that_before_own_point(ws: &mut Vec<Tok>) {
    if tk_k(ws, 0) != "that" {
        return;
    }
    // "the point I was trying to make is", not "at that point I called …".
    let own = (1..ws.len().min(10)).any(|i| {
        ws[i].k == "point"
            && matches!(ws[i - 1].k.as_str(), "the" | "my")
            && matches!(tk_k(ws, i + 1), "i" | "was" | "is" | "being")
    });
    if own {
        let mut first = String::new();
        push_decap(&mut first, &ws[1]);
        ws.remove(0);
        ws[0] = Tok::new(first);
    }
}

/// "the hours of service question: 11 hours driving within a 14 hour window, …", typed
/// as the answer the writer could not find: the question named, then the answer as a
/// thing ("On your hours of service question, the answer is 11 hours driving …"; the
/// ninth garble hunt sent "My answer now would be the hours of service question: …").
fn question_then_answer(ws: &[Tok], template: &str) -> Option<String> {
    if !template.starts_with("My answer now would be") || ws.first()?.k != "the" {
        return None;
    }
    let c = (2..ws.len().min(8)).find(|&c| ws[c].t.ends_with("question:"))?;
    let plain = ws[1..c]
        .iter()
        .all(|w| w.f & (FIN | SV | SUBJ | PASTX) == 0);
    if !plain || c + 2 >= ws.len() {
        return None;
    }
    let mut pre = String::from("On your ");
    let mut head = join(part(ws, 1, c + 1), inner(part(ws, 1, c + 1)));
    head.pop();
    pre.push_str(&head);
    pre.push_str(", the answer is ");
    let out = sentence(&pre, part(ws, c + 1, ws.len()), 0, "", '.');
    Some(out)
}

/// "6 yrs, 0 accidents, 0 tacho infringements": the time alone, then none of a thing
/// in it, goes after the things ("zero accidents and zero tacho infringements in six
/// years"; the ninth garble hunt sent "I bring six years of with zero accidents").
fn time_then_none(ws: &mut Vec<Tok>) {
    let none = |w: &Tok| {
        let t =
            w.t.strip_prefix("with ")
                .unwrap_or(&w.t)
                .to_ascii_lowercase();
        ["0 ", "zero ", "no "].iter().any(|z| t.starts_with(z))
            || matches!(w.k.as_str(), "0" | "zero" | "no")
    };
    let alone = ws.len() > 3
        && (at(ws, 0, NUM) || word_in(NUMBER_WORDS, &ws[0].k))
        && word_in(TIME_SERVED, &ws[1].k)
        && ws[1].t.ends_with(',')
        && none(&ws[2]);
    if !alone {
        return;
    }
    // The end of the run of nothings ("0 accidents, 0 tacho infringements").
    let mut e = 2;
    let verbless = |w: &Tok| w.f & (FIN | PASTX | SUBJ | SV | SUB | JOIN) == 0 && w.k != "even";
    loop {
        while e + 1 < ws.len() && !ends_clause(&ws[e].t) {
            e += 1;
        }
        if e + 1 < ws.len() && none(&ws[e + 1]) {
            e += 1;
        } else {
            break;
        }
    }
    // Things only: "3 weeks, no reply so i rang them" tells what happened (the review
    // of session 22).
    if !ws[2..=e].iter().all(verbless) {
        return;
    }
    let mut unit = ws[1].t.clone();
    unit.pop();
    let mut count = String::new();
    push_decap(&mut count, &ws[0]);
    // The run's own mark goes after the time.
    let (core_end, mark) = {
        let t = &ws[e].t;
        let cut_at = t.trim_end_matches([',', '.', ';', ':']).len();
        (cut_at, t[cut_at..].to_owned())
    };
    ws[e].t.truncate(core_end);
    let time = format!("{count} {unit}{mark}");
    ws.splice(e + 1..e + 1, [Tok::new("in".to_owned()), Tok::new(time)]);
    // Two nothings are joined by "and".
    if let Some(c) = (2..e).rev().find(|&c| ws[c].t.ends_with(',')) {
        ws[c].t.pop();
        ws.insert(c + 1, Tok::new("and".to_owned()));
    }
    ws.drain(0..2);
    if let Some(t) = ws[0].t.strip_prefix("with ").map(str::to_owned) {
        ws[0] = Tok::new(t);
    }
}

/// "delivers to like 700k customers", "promote from within like 70% of the time": a
/// spoken "like" before a figure, after a preposition, is "about" (the ninth garble
/// hunt kept the filler).
fn like_a_figure(ws: &mut [Tok]) {
    for i in 1..ws.len().saturating_sub(1) {
        if ws[i].t == "like" && at(ws, i + 1, NUM) && at(ws, i - 1, PREP) && ws[i - 1].k != "like" {
            ws[i] = Tok::new("about".to_owned());
        }
    }
}

/// "led team of four", "ran team of 12": a team the writer led takes the "a" a note
/// drops (round 119's reader marked "led team of four" as sloppy).
fn a_team(ws: &mut Vec<Tok>) {
    let Some(i) = (1..ws.len().saturating_sub(1)).find(|&i| {
        ws[i].t == "team"
            && ws[i + 1].k == "of"
            && !ends_clause(&ws[i - 1].t)
            && word_in(
                "led ran managed supervised coached built trained",
                &ws[i - 1].k,
            )
            && (at(ws, i + 2, NUM) || word_in(NUMBER_WORDS, tk_k(ws, i + 2)))
    }) else {
        return;
    };
    ws.insert(i, Tok::new("a".to_owned()));
}

/// "a customers phone", "a patients notes": after "a", a person in "-ers", "-ents" or
/// "-ants" with a noun after it is its owner, whose apostrophe a hurried note drops
/// ("a customer's phone"; round 111 named the question without it).
fn one_owner(ws: &mut [Tok]) {
    for i in 1..ws.len().saturating_sub(1) {
        let owner = &ws[i].k;
        // Named lists: "a parents evening", "a students union", "a headquarters office"
        // are set phrases (the review of session 22).
        let person = word_in("customers patients clients residents tenants", owner);
        let noun = word_in(
            "phone notes file car room records account bag home details house medication meds",
            &ws[i + 1].k,
        );
        if ws[i - 1].k == "a" && person && noun && ws[i].t == *owner {
            ws[i].t.insert(ws[i].t.len() - 1, '\'');
            ws[i].k.insert(ws[i].k.len() - 1, '\'');
        }
    }
}

/// The writer's own verdict joined to a long clause, with its comma: "… rather than
/// going straight to fines, and that's how I want to work" (round 114); and "… work
/// which is the bigger jobs I want", a plural the "which is" cannot name, as "…
/// work, and those are the bigger jobs I want" (round 115).
fn that_is_why(ws: &mut [Tok]) {
    for i in 1..ws.len().saturating_sub(2) {
        // Once, in a sentence with no break before it ("pediatric sedation, which means
        // …, and that's what I'm good at" is framed as a whole), and not after a dash:
        // the first break ends the search.
        let prev = ws[i - 1].t.as_str();
        if ends_clause(prev) || matches!(prev, "-" | "–" | "—") {
            return;
        }
        if i < 5 || !matches!(ws[i].k.as_str(), "and" | "which") {
            continue;
        }
        // (And "…processes which is exactly what an L4 does".)
        let verdict = (ws[i].k == "and" && word_in("that's thats", &ws[i + 1].k)
            || ws[i].k == "which" && ws[i + 1].k == "is")
            && word_in("how why what exactly just the", tk_k(ws, i + 2));
        // The plural is the head ("the bigger jobs I want"), not a word before it ("the
        // sales role", "the news").
        let head = |j: usize| {
            plural(&ws[j].k)
                && ws[j].f & FUNC == 0
                && !word_in("news sales systems physics logistics series", &ws[j].k)
                && (j + 1 == ws.len() || ends_clause(&ws[j].t) || at(ws, j + 1, IWE | SUBJ))
        };
        let plural = ws[i].k == "which"
            && ws[i + 1].k == "is"
            && tk_k(ws, i + 2) == "the"
            && (i + 3..ws.len().min(i + 6)).any(head);
        if !(verdict || plural) {
            continue;
        }
        ws[i - 1].t.push(',');
        if plural {
            ws[i] = Tok::new("and".to_owned());
            ws[i + 1] = Tok::new("those are".to_owned());
        }
        return;
    }
}

/// "the guest at the chalet whose boots were the wrong size, i rang the hire shop …":
/// someone or something told of with a clause of its own ("whose", "where", "who"),
/// then what the writer did, after a comma. The phrase is no subject of the clause
/// after it (two blind readers of rounds 114 and 115: "a broken sentence"): "There
/// was a guest … whose boots were the wrong size, and I rang …".
fn relative_then_mine(ws: &mut Vec<Tok>) {
    let Some(r) = (2..ws.len().min(9)).find(|&r| word_in("whose where who", &ws[r].k)) else {
        return;
    };
    // One of them, not several ("the residents who …", "the two lads who …").
    // (Its head is the word before its first preposition: "the guest at … Les Arcs".)
    let head = (1..r)
        .find(|&h| at(ws, h + 1, PREP) || h + 1 == r)
        .unwrap_or(r - 1);
    let one = !plural(tk_k(ws, head)) && ws[1..r].iter().all(|w| w.f & NUM == 0);
    let plain = one
        && ws[..r]
            .iter()
            .all(|w| w.f & (FIN | SV | SUBJ | PASTX | INGX | WHW) == 0 && !ends_clause(&w.t));
    let Some(c) = (r + 2..ws.len().min(r + 16)).find(|&c| ends_clause(&ws[c].t)) else {
        return;
    };
    let mine = ws[c].t.ends_with(',') && is_i(tk_k(ws, c + 1)) && at(ws, c + 2, PASTX | PAST);
    if !plain || !mine || fl(ws, 0) & DET == 0 {
        return;
    }
    // "the guest" is one of many ("a guest"); "the Aurora hail claim" is named.
    let named = tk(ws, 1).t.starts_with(|c: char| c.is_ascii_uppercase());
    if ws[0].k == "the" && !named {
        ws[0] = Tok::new("a".to_owned());
    }
    let mut first = String::new();
    push_decap(&mut first, &ws[0]);
    ws[0].t = first;
    // One "and I" joins the writer's steps: "…, and I rang the lab, and I got them
    // remade" is "…, and I rang the lab and got them remade".
    let steps: Vec<usize> = (c + 3..ws.len())
        .filter(|&d| ws[d - 1].t.ends_with(',') && at(ws, d, PASTX | PAST))
        .collect();
    let listed = ws[c + 2..].iter().any(|w| w.k == "and");
    if let ([d], false) = (&steps[..], listed) {
        let d = *d;
        ws[d - 1].t.pop();
        ws.insert(d, Tok::new("and".to_owned()));
    }
    ws.insert(c + 1, Tok::new("and".to_owned()));
    ws.insert(0, Tok::new("was".to_owned()));
    ws.insert(0, Tok::new("There".to_owned()));
}

/// "on a tight turn if the belt loader goes down I'd tell the dispatcher …": a
/// place or time first, then a condition, then the writer's clause, each closed by
/// its comma ("On a tight turn, if …, I'd tell …"); round 100 framed it whole as a
/// topic ("I should have told you about a tight turn if …").
fn place_then_condition(ws: &mut [Tok]) {
    if !matches!(tk_k(ws, 0), "on" | "in" | "at" | "during" | "for") {
        return;
    }
    let Some(j) = (2..ws.len().min(6)).find(|&j| matches!(ws[j].k.as_str(), "if" | "when")) else {
        return;
    };
    let plain = ws[1..j]
        .iter()
        .all(|w| w.f & (FIN | SV | SUBJ | PASTX) == 0 && !ends_clause(&w.t));
    let main = (j + 3..ws.len().min(j + 14)).find(|&i| is_i(&ws[i].k));
    let unbroken = |i: usize| ws[j..i].iter().all(|w| !ends_clause(&w.t));
    // Not an "I" inside the condition: after "and", or what someone said or thought
    // ("when a patient says i hurt them i stop": the review of session 19).
    let inside = |i: usize| {
        word_in(
            "and but or so then me him her them us says said tells told thinks thought \
             knew know feel felt",
            &ws[i - 1].k,
        ) || ws[j + 1..i].iter().any(|w| is_i(&w.k))
    };
    if let Some(i) = main.filter(|&i| plain && unbroken(i) && !inside(i)) {
        ws[j - 1].t.push(',');
        ws[i - 1].t.push(',');
    }
}

/// "the consumer duty work they're doing, i want to do QA that's about outcomes": what
/// the company does, put first with its "they", then what the writer wants of it. In
/// a line about the company: "You're doing the consumer duty work, and I want to …"
/// (round 102 sent "The consumer duty work they're doing, I want to …").
fn fronted_they_work(ws: &mut Vec<Tok>) {
    if tk_k(ws, 0) != "the" {
        return;
    }
    // Only "they're" and a verb in "-ing" ("…they're doing"): "the people they hire"
    // names which people, it claims nothing (the review of session 19).
    let Some(i) = (2..ws.len().min(8)).find(|&i| ws[i].k == "they're") else {
        return;
    };
    if fl(ws, i + 1) & INGX == 0 {
        return;
    }
    // One verb between "they" and the comma: a place after it ("…they're opening in
    // Leeds,") would land between the verb and its object.
    let c = i + 1;
    if !ws.get(c).is_some_and(|w| w.t.ends_with(',')) {
        return;
    }
    let plain = ws[..i]
        .iter()
        .all(|w| w.f & (FIN | SV | SUBJ | PASTX) == 0 && !ends_clause(&w.t));
    let doing = ws[i + 1..=c].iter().all(|w| w.f & (SUBJ | DET) == 0);
    if !plain || !doing || !is_i(tk_k(ws, c + 1)) {
        return;
    }
    let subject = "You're";
    let mut verbs: Vec<Tok> = ws[i + 1..=c].to_vec();
    if let Some(last) = verbs.last_mut() {
        last.t.pop();
    }
    let mut object: Vec<Tok> = ws[..i].to_vec();
    let mut first = String::new();
    push_decap(&mut first, &object[0]);
    object[0] = Tok::new(first);
    if let Some(last) = object.last_mut() {
        last.t.push(',');
    }
    let mut out = vec![Tok::new(subject.to_owned())];
    out.extend(verbs);
    out.extend(object);
    out.push(Tok::new("and".to_owned()));
    out.extend(ws.drain(c + 1..));
    *ws = out;
}

/// "small crew, family-owned, they do a lot of plant health care": the company
/// described in phrases, two or three of them, and then what "they" do. In a line
/// about the company: "You are a small crew, family-owned, and you do …" (round 100
/// sent the phrases as a sentence of their own).
fn described_then_they(ws: &mut Vec<Tok>) {
    let Some(i) = (2..ws.len().min(11)).find(|&i| word_in("they they're they've", &ws[i].k)) else {
        return;
    };
    let phrases = ws[..i].iter().filter(|w| w.t.ends_with(',')).count();
    let plain = ws[..i].iter().all(|w| {
        w.f & (FIN | SV | SUBJ | PASTX | PERSON | DET) == 0
            && !word_in("my our old last previous former", &w.k)
            && !ends_clause(w.t.trim_end_matches(','))
    });
    if !plain || !ws[i - 1].t.ends_with(',') || !(2..=3).contains(&phrases) {
        return;
    }
    // Each phrase of four words at most.
    let mut run = 0;
    for w in &ws[..i] {
        run += 1;
        if run > 4 {
            return;
        }
        if w.t.ends_with(',') {
            run = 0;
        }
    }
    // After the first, each phrase says what they are ("family-owned",
    // "independent"), not what they have ("great training").
    let first_end = ws.iter().position(|w| w.t.ends_with(',')).unwrap_or(0);
    let described = ws[first_end + 1..i]
        .iter()
        .all(|w| !w.t.ends_with(',') || is_plain_adjective(&w.k) || w.k.contains('-'));
    if !described {
        return;
    }
    // The first phrase says what they are: a kind of organisation, or a describer
    // ("good pay, …" is what they give: the review of session 19).
    let head = ws[first_end].k.as_str();
    let describer = is_plain_adjective(head) || head.contains('-');
    let body = word_in(
        "crew team firm company business practice shop charity outfit operation clinic salon \
         studio agency yard depot garage kitchen restaurant bakery brewery farm nursery",
        head,
    );
    if !describer && !body {
        return;
    }
    // "a small crew": a phrase that ends on a noun takes its article.
    let noun = body;
    let mut lead = vec!["You", "are"];
    if noun {
        let vowel = ws[0].k.starts_with(['a', 'e', 'i', 'o']) || ws[0].k.starts_with("un");
        lead.push(if vowel { "an" } else { "a" });
    }
    let mut first = String::new();
    push_decap(&mut first, &ws[0]);
    ws[0] = Tok::new(first);
    let you = match ws[i].k.as_str() {
        "they're" => "you're",
        "they've" => "you've",
        _ => "you",
    };
    ws[i] = Tok::new(you.to_owned());
    // Their own things in the same clause are the company's too.
    for w in &mut ws[i + 1..] {
        if w.k == "their" {
            *w = Tok::new("your".to_owned());
        }
        if ends_clause(&w.t) {
            break;
        }
    }
    let head: Vec<Tok> = lead.into_iter().map(|w| Tok::new(w.to_owned())).collect();
    ws.splice(0..0, head);
    ws.insert(i + 2 + usize::from(noun), Tok::new("and".to_owned()));
}

/// "I ran FOH for over 200 gigs in 2 years, only one show stopped for tech issues": a
/// clause that opens on "only" after a comma is joined with "and" (round 70 sent the
/// comma splice).
fn only_clause(ws: &mut [Tok]) {
    let Some(i) = (1..ws.len().saturating_sub(3))
        .find(|&i| ws[i].k == "only" && ends_clause(&ws[i - 1].t) && ws[i - 1].t.ends_with(','))
    else {
        return;
    };
    let counted = at(ws, i + 1, NUM) || word_in("one a two three four five", &ws[i + 1].k);
    // The clause after it, up to and with the word that ends it, has its verb.
    let end = (i + 2..ws.len())
        .find(|&j| ends_clause(&ws[j].t))
        .map_or(ws.len(), |j| j + 1);
    // Its own verb, before any "who"/"that" of a relative clause ("only one of two
    // on the team who was qualified" is no clause).
    let verb = ws[i + 2..end]
        .iter()
        .take_while(|w| !word_in("who that which", &w.k))
        .any(|w| w.f & (PASTX | FIN) != 0);
    // After a clause with a figure ("I ran FOH for over 200 gigs, only one …"): "only"
    // after "I'd love to come back, …" means "but".
    let figure = ws[..i].iter().any(|w| w.f & NUM != 0);
    if counted && verb && figure && ws[..i].iter().any(|w| w.f & (FIN | PASTX | SV) != 0) {
        ws[i].t.insert_str(0, "and ");
    }
}

/// "when invoices get disputed I look for …" (after a "that" or not): the clause of
/// time ends with a comma where the "I" of the main clause starts (round 69 framed
/// "that when …" whole as a topic: "…was about that when …").
fn timed_comma(ws: &mut [Tok]) {
    let at0 = usize::from(tk_k(ws, 0) == "that");
    // Not where a comma before an "I" shows the main clause already ("When I
    // realised I had made an error, I said so").
    let marked = ws.windows(2).any(|p| ends_clause(&p[0].t) && is_i(&p[1].k));
    let timed = matches!(
        tk_k(ws, at0),
        "when" | "whenever" | "once" | "while" | "unless"
    );
    // Only after "that": a sentence of its own that opens "When …" is read whole
    // by the shaping already, and a comma put in here upset its list of steps
    // ("When a child refuses to engage I would follow …, build …, use …" was left out).
    if marked || !timed || at0 == 0 {
        return;
    }
    let main =
        (at0 + 2..ws.len().min(at0 + 12)).find(|&i| is_i(&ws[i].k) || ends_clause(&ws[i - 1].t));
    // Nor past a dash or a "why" ("when she said the team is new - that's why I
    // applied").
    let plain = |i: usize| {
        ws[at0 + 1..i]
            .iter()
            .all(|w| w.k.bytes().any(|b| b.is_ascii_alphanumeric()) && w.f & WHW == 0)
    };
    if let Some(i) = main.filter(|&i| is_i(&ws[i].k) && !ends_clause(&ws[i - 1].t) && plain(i)) {
        ws[i - 1].t.push(',');
    }
}

fn year_old(ws: &mut Vec<Tok>) {
    // "a 6yo": the short form, one word.
    for w in ws.iter_mut() {
        let n = w.k.len().saturating_sub(2);
        if w.k.ends_with("yo") && n > 0 && w.k.bytes().take(n).all(|b| b.is_ascii_digit()) {
            let end = cut(&w.t, core_range(&w.t).1, w.t.len());
            *w = Tok::new([cut(&w.k, 0, n), "-year-old", end].concat());
        }
    }
    let Some(i) = (1..ws.len().saturating_sub(2)).find(|&i| {
        ws[i - 1].k == "a"
            && ws[i].k.bytes().all(|b| b.is_ascii_digit())
            && !ws[i].k.is_empty()
            && matches!(ws[i + 1].k.as_str(), "yr" | "yrs" | "year" | "years")
            && ws[i + 2].k == "old"
    }) else {
        return;
    };
    let old = &ws[i + 2].t;
    let merged = [&ws[i].k, "-year-", old.as_str()].concat();
    ws[i] = Tok::new(merged);
    ws.drain(i + 1..=i + 2);
}

/// "the bit about them getting 40+ ebikes a week": the part of the conversation a
/// note points at is what the reader said ("what you said about getting 40+ ebikes a
/// week"); "them" before the "-ing" was the reader's side.
fn the_bit_about(ws: &mut Vec<Tok>) {
    let opens = ws.len() > 4
        && ws[0].k == "the"
        && matches!(ws[1].k.as_str(), "bit" | "part")
        && ws[2].k == "about";
    if !opens {
        return;
    }
    if matches!(ws[3].k.as_str(), "them" | "you") && ws[4].f & INGX != 0 {
        ws.remove(3);
    }
    ws[0] = Tok::new("what".to_owned());
    ws[1] = Tok::new("you".to_owned());
    ws.insert(2, Tok::new("said".to_owned()));
}

/// "43% hit rate", "a first-time fix rate": a verb before the measure it names is part
/// of that noun, one word for the checks after (round 111 sent "About 43%, I hit
/// rate." and "A 43% hit rate." as sentences).
fn verb_named_measures(ws: &mut Vec<Tok>) {
    let mut i = 0;
    while i + 1 < ws.len() {
        let named = word_in("hit win pass run strike fill fix click open cut", &ws[i].k)
            && word_in(MEASURES, &ws[i + 1].k)
            && !ends_clause(&ws[i].t)
            && i > 0
            && ws[i - 1].f & (NUM | DET | ADVX) != 0;
        if named {
            let second = ws.remove(i + 1);
            // Read as the measure it ends on ("rate"), which rules look up.
            let t = [ws[i].t.as_str(), " ", &second.t].concat();
            ws[i] = Tok {
                t,
                f: second.f,
                k: second.k,
            };
        }
        i += 1;
    }
}

/// "it does depend but roughly, i measure up, …": a hedge before the writer's own
/// clause is the note thinking aloud; the answer starts at its "I" (the sixth garble
/// hunt lost the whole answer to it).
fn hedge_opening(ws: &mut Vec<Tok>) {
    let opens = tk_k(ws, 0) == "it"
        && (word_in("depends depend", tk_k(ws, 1))
            || tk_k(ws, 1) == "does" && tk_k(ws, 2) == "depend");
    let Some(c) = (1..ws.len().min(7)).find(|&c| ws[c].t.ends_with(',')) else {
        return;
    };
    // Only a hedge: "it depends on the budget, …" says what it depends on (the review
    // of session 20).
    let hedge = ws[1..=c].iter().all(|w| {
        word_in(
            "depends depend does but roughly usually basically generally really",
            &w.k,
        )
    });
    if opens && hedge && is_i(tk_k(ws, c + 1)) && verb_after_pronoun(ws, c + 1) {
        ws.drain(..=c);
    }
}

/// "i measure up, price materials off the supplier list, add labour per m2": the
/// writer's list of three or more, with no "and" anywhere, takes one before its last
/// item (the sixth garble hunt lost the whole answer).
fn list_and(ws: &mut Vec<Tok>) {
    if !is_i(tk_k(ws, 0)) || at(ws, 1, FUNC | NUM) || ws.iter().any(|w| w.f & ANDOR != 0) {
        return;
    }
    let commas: Vec<usize> = (0..ws.len()).filter(|&c| ws[c].t.ends_with(',')).collect();
    let Some(&last) = commas.last() else {
        return;
    };
    let item = |c: usize| {
        let w = tk(ws, c + 1);
        w.t.starts_with(is_lower) && w.f & (FUNC | NUM | ADVX | SV | INGX | CONTR) == 0
    };
    // Items all: no clause with a subject of its own, nor a "so" or "but" after.
    let plain = ws.iter().skip(1).all(|w| w.f & (SUBJ | SV | CONTR) == 0);
    if commas.len() >= 2 && commas.iter().all(|&c| item(c)) && plain && last + 1 < ws.len() {
        // A word of its own, so the next word keeps its case and its kinds (the
        // review of session 20: "Paris, London, And rome", "and I and learned").
        ws.insert(last + 1, Tok::new("and".to_owned()));
    }
}

/// "that when you asked about notation software the point i wanted to make was …":
/// the clause of time is the sentence's own start, not a "that" clause, and it ends
/// with a comma before the point ("When you asked about notation software, the point
/// I wanted to make was …"; round 110 sent "…that when you asked about notation
/// software the point, I wanted to make was …").
fn asked_then_point(ws: &mut Vec<Tok>) {
    let at0 = usize::from(tk_k(ws, 0) == "that");
    let asked =
        tk_k(ws, at0) == "when" && tk_k(ws, at0 + 1) == "you" && tk_k(ws, at0 + 2) == "asked";
    if !asked {
        return;
    }
    let Some(p) = (at0 + 4..ws.len().min(at0 + 16)).find(|&p| {
        matches!(tk_k(ws, p), "the" | "my")
            && tk_k(ws, p + 1) == "point"
            && !ends_clause(&ws[p - 1].t)
    }) else {
        return;
    };
    if ws[at0 + 3..p]
        .iter()
        .any(|w| ends_clause(&w.t) || w.f & SUBJ != 0)
    {
        return;
    }
    ws[p - 1].t.push(',');
    if at0 == 1 {
        ws.remove(0);
    }
}

/// "the club's going up to the National League standard": at the start, a noun's
/// "'s" before an "-ing" is "is", and the note is a clause ("The club is going up …"),
/// not a thing to frame (round 108 sent "What appeals to me most about this role is the
/// club's going up … and that's …").
fn owner_is_doing(ws: &mut [Tok]) {
    let Some(noun) = tk_k(ws, 1).strip_suffix("'s") else {
        return;
    };
    // Doing something to somewhere ("going up to", "moving into retrofit"), not an
    // "-ing" noun ("your company's onboarding process": the review of session 20).
    let doing = at(ws, 2, INGX)
        && !word_in(ING_NOUNS, tk_k(ws, 2))
        && (at(ws, 3, PREP | DET | NUM) || word_in("up out down", tk_k(ws, 3)));
    if !matches!(tk_k(ws, 0), "the" | "your") || noun.is_empty() || !doing || ends_clause(&ws[1].t)
    {
        return;
    }
    let typed = ws[1].t.clone();
    let cut_at = typed.rfind(['\'', '’']).unwrap_or(typed.len());
    ws[1].t = [&typed[..cut_at], " is"].concat();
}

/// "started a botanical sketchbook since": a past tense with "since" closing its clause
/// is what the writer has done since ("I have since started a botanical sketchbook").
fn since_at_end(ws: &mut Vec<Tok>) {
    let Some(j) = ws
        .iter()
        .position(|w| w.k == "since" && (ends_clause(&w.t) || w.t.ends_with('.')))
        .or_else(|| (ws.last().is_some_and(|w| w.k == "since")).then(|| ws.len() - 1))
    else {
        return;
    };
    let v = usize::from(is_i(tk_k(ws, 0)));
    if j < v + 2 || fl(ws, j - 1) & FUNC != 0 || fl(ws, v) & PASTX == 0 {
        return;
    }
    // "…, and we haven't lost a line since": the "since" is that clause's own.
    // Nor a "since" of a perfect of its own, nor a clause dated already ("completed
    // the course in 2025 and have been coding … since", round 108's "I have since
    // completed … in 2025").
    let dated = |w: &Tok| {
        word_in("have has been", &w.k) || w.k.len() == 4 && w.k.starts_with("20") && w.f & NUM != 0
    };
    if ws[v + 1..j]
        .iter()
        .any(|w| w.f & (SUBJ | SV) != 0 || dated(w))
    {
        return;
    }
    if !ws[v].t.starts_with(is_lower) {
        return;
    }
    let done = pair(PARTICIPLES, &ws[v].k).unwrap_or(&ws[v].k).to_owned();
    ws[v].t = ["have since ", &done].concat();
    let end = cut(&ws[j].t, core_range(&ws[j].t).1, ws[j].t.len()).to_owned();
    ws.remove(j);
    ws[j - 1].t.push_str(&end);
}

/// "On covered-up drainage: I'd first see …": a topic the note opens with "On" takes a
/// comma before the clause about it, as a sentence to the reader does ("On covered-up
/// drainage, I'd first see …").
fn topic_comma(ws: &mut Vec<Tok>) {
    // "you asked about my college course, the point i wanted to make is …": what she
    // asked is the time of the answer ("When you asked …, the point …"); the fifth
    // garble hunt found the comma splice.
    let asked = tk_k(ws, 0) == "you" && tk_k(ws, 1) == "asked";
    if let Some(c) = (2..ws.len().min(14)).find(|&c| asked && ws[c].t.ends_with(',')) {
        let point = matches!(tk_k(ws, c + 1), "the" | "my")
            && matches!(tk_k(ws, c + 2), "point" | "answer");
        // So is "…, what i meant to say is …" and the writer's own clause after it
        // (round 109: "You asked about interlocking data, what I meant …").
        let meant = tk_k(ws, c + 1) == "what" && is_i(tk_k(ws, c + 2));
        if point || meant {
            ws.insert(0, Tok::new("when".to_owned()));
            return;
        }
    }
    // "When you asked how I deal with distressing calls: I debrief …": the clause of
    // time ends with a comma, not a colon (the fourth garble hunt).
    // Only where the colon ends the clause of time itself: after "When you asked …,
    // my point was simple:" it introduces the point.
    if tk_k(ws, 0) == "when" && at(ws, 1, SUBJ) {
        if let Some(c) = (2..ws.len().min(16)).find(|&c| ws[c].t.ends_with([':', ','])) {
            if ws[c].t.ends_with(':') && at(ws, c + 1, SUBJ | SV) {
                ws[c].t.pop();
                ws[c].t.push(',');
            }
        }
    }
    // "the fusarium question, I'd cut back …": the question named, then the answer,
    // is "On the fusarium question, I'd …" (round 103 sent "My answer now would be
    // the fusarium question.").
    let named = tk_k(ws, 0) == "the"
        && (2..ws.len().min(7)).any(|q| {
            matches!(ws[q].k.as_str(), "question" | "q")
                && ws[q].t.ends_with(',')
                && at(ws, q + 1, SUBJ | SV)
                && ws[1..q].iter().all(|w| !ends_clause(&w.t))
        });
    if named {
        ws.insert(0, Tok::new("on".to_owned()));
        return;
    }
    if !matches!(tk_k(ws, 0), "on" | "about" | "regarding") {
        return;
    }
    // "On the sham marriage question - I'd interview …": a spaced dash does the same.
    let dash = |w: &Tok| matches!(w.t.as_str(), "-" | "–" | "—");
    if let Some(d) = ws.iter().take(9).position(dash) {
        if d >= 2 && at(ws, d + 1, SUBJ | SV) && !ends_clause(&ws[d - 1].t) {
            ws[d - 1].t.push(',');
            ws.remove(d);
            return;
        }
    }
    let Some(c) = ws.iter().take(7).position(|w| w.t.ends_with(':')) else {
        return;
    };
    if c >= 1 && at(ws, c + 1, SUBJ | SV) {
        ws[c].t.pop();
        ws[c].t.push(',');
    }
}

/// "…online, link below - a chesterfield …": a link the note points to but the letter
/// cannot hold becomes a placeholder the user fills in ("…online at [link]: a
/// chesterfield …"), which the tone check then asks for. Round 22's reader: "promises
/// a link below that isn't there".
fn link_placeholder(ws: &mut Vec<Tok>) {
    // After a comma only: "portfolio link below" is a note with nothing to hang on.
    let Some(i) = (1..ws.len().saturating_sub(1)).find(|&i| {
        matches!(ws[i].k.as_str(), "link" | "links")
            && matches!(ws[i + 1].k.as_str(), "below" | "attached" | "here")
            && ws[i - 1].t.ends_with(',')
    }) else {
        return;
    };
    let bare = ws[i - 1].t.trim_end_matches(',').to_owned();
    ws[i - 1] = Tok::new(bare);
    let after = &ws[i + 1].t;
    let mut place = String::from("[link]");
    place.push_str(cut(after, core_range(after).1, after.len()));
    ws[i] = Tok::new("at".to_owned());
    ws[i + 1] = Tok::new(place);
    if ws
        .get(i + 2)
        .is_some_and(|w| matches!(w.t.as_str(), "-" | "–" | "—"))
    {
        ws[i + 1].t.push(':');
        ws.remove(i + 2);
    }
}

/// Bullets that start a line, "|"-separated.
const BULLETS: &str = "•|·|- |* |– |— |+ ";

/// `t` after the first of the "|"-separated prefixes in `list` it starts with.
fn strip_any<'a>(t: &'a str, list: &str) -> Option<&'a str> {
    list.split('|').find_map(|p| t.strip_prefix(p))
}

/// Whether a line starts with a bullet or a list number, and the line without it.
fn strip_bullet(t: &str) -> (bool, &str) {
    // "1." or "2)" numbering
    let mut d = 0;
    while t.as_bytes().get(d).is_some_and(u8::is_ascii_digit) {
        d += 1;
    }
    let list = match d {
        0 => BULLETS,
        1 | 2 => ". |) ",
        _ => return (false, t),
    };
    match strip_any(cut(t, d, t.len()), list) {
        Some(r) => (true, trim_start_set(r, "")),
        None => (false, t),
    }
}

/// `s` without quotes around the whole of it (or a lone unmatched one at either end).
fn unquote(s: &str) -> &str {
    let s = s.trim();
    let mut cs = s.chars();
    let (Some(a), Some(b)) = (cs.next(), cs.next_back()) else {
        return s;
    };
    let doubles = count(s, "\"“”");
    let inner = cut(s, a.len_utf8(), s.len() - b.len_utf8());
    // Pairs of quotes: the first three only with no other double quote inside.
    let mut pairs = "\"\"“”«»''‘’".chars();
    let mut n = 0;
    while let (Some(x), Some(y)) = (pairs.next(), pairs.next()) {
        if (a, b) == (x, y) && (n > 2 || doubles == 2) {
            return inner.trim();
        }
        n += 1;
    }
    let lone = |c: char| {
        (c == '"' && doubles % 2 == 1)
            || (c == '“' && count(s, "”") == 0)
            || (c == '”' && count(s, "“") == 0)
    };
    let mut t = s;
    if lone(a) {
        t = cut(t, a.len_utf8(), t.len());
    }
    if lone(b) && t.ends_with(b) {
        t = cut(t, 0, t.len() - b.len_utf8());
    }
    t.trim()
}

/// Whether the last word of `before` is an abbreviation or an initial ("Ms", "J").
fn abbreviation(before: &str) -> bool {
    let mut a = before.len();
    for c in before.chars().rev() {
        if c.is_whitespace() {
            break;
        }
        a -= c.len_utf8();
    }
    let word = cut(before, a, before.len());
    let (s, e) = core_range(word);
    let w = Tok::new(cut(word, s, word.len()).to_owned());
    // "19th c.": "c." is circa or century, no sentence's end (the seventh garble hunt
    // cut "rebacked 60 19th c. ledgers" in two).
    (w.t.len() == 1 && w.t != "I" && w.t.as_bytes()[0].is_ascii_uppercase())
        || (e == word.len() && w.f & ABBR != 0)
        || matches!(w.t.as_str(), "c" | "ca") && {
            let ordinal = cut(before, 0, a)
                .trim_end()
                .rsplit(' ')
                .next()
                .unwrap_or("");
            ordinal.starts_with(|c: char| c.is_ascii_digit()) && ordinal.ends_with(['h', 't', 'd'])
        }
}

/// The prepared words, addressed to the reader, as a finished sentence, or None when
/// they are left out. Runs on at most `max_words + 5` words (see [`shaped`]), so the
/// in-place edits stay cheap.
fn complete(ws: &mut [Tok], asked: bool, frame: &Frame) -> Option<String> {
    let from = strip_self_note(ws)?;
    let ws = ws.get_mut(from..)?;
    // "read your eng blog post …": "read" before whose it was, or "up", is what the
    // writer did (round 130 sent "Read your …" as if an order).
    // So is "read" before a count ("read ~150 submissions …": garble hunt 16 sent
    // "Read about 150 submissions" as an order).
    if tk_k(ws, 0) == "read"
        && (matches!(
            tk_k(ws, 1),
            "your" | "up" | "about" | "over" | "around" | "every"
        ) || at(ws, 1, NUM))
    {
        ws[0].f |= PASTX;
    }
    // "…how to manage a full NHS list properly: was seeing over 30 patients a day":
    // after a colon, "was" and an "-ing" dropped the writer's "I" (round 132).
    // Only after the writer's own head ("how to …", "my mistake"), never after what
    // someone said or a thing ("The backlog: was growing": the review of session 27).
    for i in 1..ws.len() {
        if !(ws[i].t == "was" && ws[i - 1].t.ends_with(':') && at(ws, i + 1, INGX)) {
            continue;
        }
        let own = ws[..i]
            .iter()
            .all(|w| !word_in("said says asked told", &w.k))
            && (ws[0].k == "how" || ws[..i].iter().any(|w| word_in("i my me", &w.k)));
        if own {
            ws[i] = Tok::new("I was".to_owned());
        }
    }
    // "p99 went 900ms -> 140ms": a figure moved to another names where it started
    // (garble hunt 16 sent "went 900ms to 140ms").
    for v in 0..ws.len().saturating_sub(3) {
        let figure = |w: &Tok| w.t.starts_with(|c: char| c.is_ascii_digit());
        // (The cheap tests first. A rate is given its "from" later, with the other
        // rates: see [`measure_without_from`].)
        if ws[v + 2].k != "to" || !figure(&ws[v + 1]) || ws[v + 1].t.ends_with('%') {
            continue;
        }
        let moved = word_in("went dropped fell rose grew jumped climbed", &ws[v].k);
        if moved && figure(&ws[v + 3]) {
            ws[v + 1].t.insert_str(0, "from ");
            break;
        }
    }
    // "speak english, spanish and portuguese": the languages the writer speaks (garble
    // hunt 16 framed "the speak English …"); "speak less next time" is no habit.
    if ws[0].t == "speak" && at(ws, 1, PLACE) {
        ws[0] = Tok::new("i speak".to_owned());
    }
    // "Done brakes and a clutch on …": what the writer has done (round 133 sent it as
    // typed); not "done by 5pm", "done that", which say when or point back.
    // (Typed in lowercase, the dropped "I" is given back later, as "I have done".)
    // Nor "Done right, a handover takes ten minutes" (the review of session 27).
    let how = word_in("right well properly badly quickly correctly", tk_k(ws, 1));
    if ws[0].t == "Done"
        && !at(ws, 1, PREP | BACK)
        && !how
        && !ends_clause(&ws[0].t)
        && ws.len() > 2
    {
        ws[0] = Tok::new("I have done".to_owned());
    }
    // The writer speaks in the first person when the note does, when it dropped its
    // "I" up front ("lead CRA on 7 sites, co-monitored …"), or when the frame does
    // ("One result I am proud of is …").
    let first = ws.first().map_or(0, |w| w.f);
    // So does one that opens on time served ("15 yrs preparing pitches, …, never had
    // a pitch marked …"), which becomes "I have spent …".
    // Or on time served in a field ("15 years in schools IT, …, led the M365 move").
    let served = first & NUM != 0
        && (at(ws, 2, INGX) || tk_k(ws, 2) == "in")
        && word_in(TIME_SERVED, tk_k(ws, 1));
    // A frame of the writer's ("What draws me …") makes the note theirs unless it opens
    // on someone else ("you do the big city jobs, …").
    let own_frame = |f: &str| f.contains("I ") || f.contains(" me ") && first & SUBJ == 0;
    let mine = frame.fragment.is_some_and(own_frame)
        || (first & (FPV | PASTX | BEEN) != 0 && ws[0].t.starts_with(is_lower))
        || served;
    would_do(ws, frame);
    with_change(ws, mine, frame.fragment.is_some(), asked);
    used_to_it(ws);
    let ws = without_tag(ws);
    details_colon(ws);
    subject_comma(ws);
    let (built, checked) = build(trim_ends(ws)?, asked, frame)?;
    ((checked || has_subject_and_verb(&built)) && !note_like(&built))
        .then(|| then_list(clause_commas(and_a_count(last_step_and(unspliced(built))))))
}

/// Verbs an answer to "what would you do" opens on, besides [`IMPERATIVES`].
const ANSWER_VERBS: &str = "raise stay stop isolate shut clear secure ring phone notify \
    inform escalate assess contact move put take find look listen reassure sit walk log \
    record report hold pause start warn ban refer switch turn talk speak meet go";

/// "raise the alarm, throw the nearest lifebuoy and tell the bridge", typed as the
/// answer to what the writer would do: "I would raise …", not "My answer now would be
/// raise …" nor an order to the reader (round 87).
fn would_do(ws: &mut [Tok], frame: &Frame) {
    if !frame
        .fragment
        .is_some_and(|f| f.starts_with("My answer now would be"))
    {
        return;
    }
    let Some(w) = ws.first() else {
        return;
    };
    let verb = w.f & IMP != 0 || word_in(ANSWER_VERBS, &w.k);
    // Not "clear communication is the key": a noun the answer opens on, with its own
    // verb after it (the review of session 17).
    let own_verb = ws[1..]
        .iter()
        .take_while(|w| !ends_clause(&w.t))
        .any(|w| w.f & FIN != 0 && w.f & IMP == 0);
    if verb && !own_verb && ws.len() > 2 && !ends_clause(&w.t) {
        let mut t = String::from("I would ");
        push_decap(&mut t, &ws[0]);
        ws[0].t = t;
        ws[0].f = SUBJ;
    }
}

/// "…closer to property claims, valuing homes, then lettings, then handling claims":
/// the steps of a sequence are what the phrase before them names, after a colon.
fn then_list(mut s: String) -> String {
    let Some(first) = s.find(", then ") else {
        return s;
    };
    if !s[first + 7..].contains(", then ") || s[..first].contains([':', ';']) {
        return s;
    }
    if let Some(c) = s[..first].rfind(", ") {
        s.replace_range(c..c + 1, ":");
    }
    s
}

/// "I took over as site manager, ran 40 operatives through handover, handed over 2
/// weeks early": three or more of the writer's past steps between commas, with no
/// "and" anywhere, take "and" before the last (round 48's reader: "a run-on list
/// missing its 'and'").
fn last_step_and(s: String) -> String {
    let Some(rest) = s.strip_prefix("I ") else {
        return s;
    };
    let past = |seg: &str| {
        let w = seg.split(' ').next().unwrap_or_default();
        w.starts_with(is_lower) && kinds(&key(w)) & PASTX != 0
    };
    let plain = !rest.contains(" and ") && !rest.contains(['(', ':', ';', '"']);
    if !plain || rest.matches(", ").count() < 2 || !rest.split(", ").all(past) {
        return s;
    }
    match s.rfind(", ") {
        Some(c) => [&s[..c], " and ", &s[c + 2..]].concat(),
        None => s,
    }
}

/// Whether the clause `before` a comma and the one starting `next` are two short
/// clauses side by side ("the site manager ran the programme, I ran the fitters day to
/// day"), one thought: a semicolon keeps them together, where two short sentences read
/// choppy (round 57's reader). Only before a pronoun, which points back across it.
fn paired_clauses(before: &str, next: &str) -> bool {
    let next_clause = &next[..next.find([',', ';', ':', '.']).unwrap_or(next.len())];
    let short = |t: &str| split_words(t).count() <= 8;
    let pronoun = split_words(next_clause)
        .next()
        .is_some_and(|w| word_in("i it we they he she you most all", &key(w)));
    // Not in a run of them ("I ran the till, I did the rota, I trained …").
    let last = next_clause.len() + 2 > next.len();
    pronoun && last && short(before) && short(next_clause)
}

/// Whether a phrase has a verb: a finite one, or one in the present after the writer's
/// "I" ("I run the cheese counter, sales up 22% …": round 102 sent "Sales up 22% …"
/// alone).
fn has_verb(seg: &[Tok]) -> bool {
    seg.iter().any(|w| w.f & (FIN | SV | PASTX) != 0)
        || seg.iter().any(|w| is_i(&w.k)) && seg.iter().any(|w| w.f & FPV != 0)
}

/// Whether `after` opens on a change with its figure ("sales up 22% since …"), a
/// detail of the clause before, not a clause of its own (round 102 sent "Sales up 22%
/// since I started …" alone).
fn change_at(after: &str) -> bool {
    let mut w = after.split(' ');
    let (_, change, figure) = (
        w.next(),
        w.next().unwrap_or_default(),
        w.next().unwrap_or_default(),
    );
    matches!(change, "up" | "down") && figure.starts_with(|c: char| c.is_ascii_digit())
}

/// What goes where a comma spliced the clause `before` it to `next`, with the first
/// character of `next` after it: a semicolon for two short clauses side by side, ",
/// and" before what the writer wants of it, else a full stop and a capital.
fn splice_join(before: &str, next: &str) -> String {
    let first = next.chars().next().unwrap_or(' ');
    if claim_then_proof(before, next) {
        format!(": {first}")
    } else if paired_clauses(before, next) {
        format!("; {first}")
    } else if short_then_mine(before, next) || result_of_mine(before, next) {
        format!(", and {first}")
    } else {
        format!(". {}", upper_char(first))
    }
}

/// Whether a short claim about the writer ("I'm calm under pressure") is followed by
/// what shows it ("i run the morning rush at costa on my own"): one thought, joined
/// with a colon, where two sentences read as notes (round 129's reader).
fn claim_then_proof(before: &str, next: &str) -> bool {
    let claim = before
        .strip_prefix("I'm ")
        .or_else(|| before.strip_prefix("I am "));
    // (A quality, not what the writer is: "I am an Economics graduate. I like …".)
    let quality = |c: &str| !["a ", "an ", "the "].iter().any(|a| c.starts_with(a));
    claim.is_some_and(|c| {
        split_words(c).count() <= 4 && !c.contains(|ch: char| ch.is_ascii_digit()) && quality(c)
    }) && next.starts_with("I ")
        // (Not a contrast: "I'm good with kids, i was rubbish in the interview".)
        && !["was ", "wasn't ", "didn't ", "couldn't ", "can't ", "won't "]
            .iter()
            .any(|v| next[2..].starts_with(v))
        && next[2..].starts_with(|c: char| c.is_ascii_lowercase())
}

/// Whether a short clause `before` a comma is followed by the writer's own last clause
/// ("you make your own shows, i want to be on the book from day one …"): joined with
/// ", and", where two sentences read as notes (round 102's reader: "a string of short,
/// unlinked statements").
fn short_then_mine(before: &str, next: &str) -> bool {
    let end = next
        .find([',', ';', ':', '.', '?', '!'])
        .unwrap_or(next.len());
    let clause = &next[..end];
    let last = end + 2 > next.len();
    // Only what the writer wants of it ("…, and I want to …"): a fact of theirs after
    // a fact of the company's is no thought joined ("Your customers are mostly small
    // trades. I worked at …").
    let wants = [
        "I want", "I'd love", "I'd like", "I love", "I like", "I'm keen", "i want",
    ]
    .iter()
    .any(|w| next.starts_with(w));
    wants
        && last
        && split_words(before).count() <= 8
        && split_words(clause).count() <= 16
        && !before.contains(" and ")
        && !clause.contains(" and ")
}

/// Whether the clause after a comma is what came of the writer's own work before it
/// ("I trained 11 new room attendants in 2 years, our room inspection scores went up
/// to 96%"): one thought, joined with ", and", not two sentences of notes (round 109's
/// reader: "short, disconnected sentences").
fn result_of_mine(before: &str, next: &str) -> bool {
    let end = next
        .find([',', ';', ':', '.', '?', '!'])
        .unwrap_or(next.len());
    let clause = &next[..end];
    let changed = [
        " went up",
        " went down",
        " rose",
        " fell",
        " dropped",
        " doubled",
        " halved",
        " improved",
        " grew",
    ]
    .iter()
    .any(|c| clause.contains(c));
    // Only a measure that moved ("our room inspection scores"), not anyone's doing
    // ("my manager dropped me to part time": the review of session 20).
    let measures = "scores score sales rate rates costs cost waste complaints errors revenue \
        numbers figures turnover attendance footfall margin margins results retention";
    let ours = ["our ", "my ", "Our ", "My "]
        .iter()
        .any(|o| clause.starts_with(o))
        && clause.split(' ').take(5).any(|w| word_in(measures, w));
    let mine = before.starts_with("I ") && !breaks_outside_brackets(before);
    mine && ours
        && changed
        && end + 2 > next.len()
        && split_words(before).count() <= 14
        && split_words(clause).count() <= 12
}

/// Whether `s` has a comma, semicolon or colon outside brackets.
fn breaks_outside_brackets(s: &str) -> bool {
    let mut depth = 0usize;
    s.chars().any(|c| {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && matches!(c, ',' | ';' | ':')
    })
}

/// "11 pupils went to test, 8 passed first time": a count with its own past verb after
/// a whole clause is joined by "and", not spliced on (a sentence opening on a figure
/// reads badly too).
fn and_a_count(s: String) -> String {
    let Some(c) = s.find(',').filter(|&c| {
        if s.as_bytes().get(c + 1) != Some(&b' ') {
            return false;
        }
        let mut after = s[c + 2..].split(' ');
        let (mut n, mut verb) = (
            after.next().unwrap_or_default(),
            after.next().unwrap_or_default(),
        );
        // "…, all 14 passed probation": a share of the count, then its verb (round 56
        // sent it as a comma splice).
        if word_in("all most none both", n) && verb.bytes().all(|b| b.is_ascii_digit()) {
            (n, verb) = (verb, after.next().unwrap_or_default());
        }
        // Its verb has words after it, and no plural noun right after it: "40
        // supervised draws signed off" and "39 granted" are notes, not clauses.
        let rest = after.next().unwrap_or_default();
        !n.is_empty()
            && n.bytes().all(|b| b.is_ascii_digit())
            && kinds(&key(verb)) & (PASTX | FIN) != 0
            && !rest.is_empty()
            && (!rest.ends_with('s') || kinds(&key(rest)) & FUNC != 0)
            && !s[..c].contains([',', ';', ':'])
            && has_subject_and_verb(&s[..c])
    }) else {
        return s;
    };
    [&s[..c + 2], "and ", &s[c + 2..]].concat()
}

/// Words after "used to" that say what the writer is used to, not what they once did
/// ("used to tight tip times", "used to long shifts").
const USED_TO: &str = "tight long early late heavy busy fast high night nights shift shifts \
    pressure deadlines weekends";

/// "used to tight tip times", "…, and I used to long shifts": what the writer is used
/// to takes "am" ("I'm used to tight tip times"); "used to drive" keeps its past.
fn used_to_it(ws: &mut [Tok]) {
    for i in 0..ws.len().saturating_sub(2) {
        if ws[i].k != "used" || ws[i + 1].k != "to" {
            continue;
        }
        if fl(ws, i + 2) & (DET | NUM | INGX | OBJ) == 0 && !word_in(USED_TO, &ws[i + 2].k) {
            continue;
        }
        if let Some(head) = ws[i].t.strip_suffix("I used") {
            ws[i].t = [head, "I'm used"].concat();
        } else if i > 0 && ws[i - 1].t == "I" {
            ws[i - 1].t.push_str("'m");
        }
    }
}

/// Words before "not" that make it part of the verb or of a fixed phrase ("I have
/// not", "why not", "rather not"), not a contrast.
const NOT_TAKERS: &str = "be been being need dare ought why whether rather least so as than yet \
    just still simply certainly probably definitely absolutely hopefully perhaps maybe \
    often";

/// `s` with the commas a careful writer puts where a note had none:
/// - before a contrast with "not" ("approving not starting from scratch" reads
///   "approving, not starting from scratch"; "the owners not 12 dogs a day");
/// - before "and I …" that opens a second clause after a whole one of eight words or
///   more ("What draws me to this role is the steady shifts, and I like that …"),
///   which blind readers read as "the steady shifts and I" otherwise.
fn clause_commas(s: String) -> String {
    // Most sentences have neither: they are not read word by word.
    // One pass over the bytes for the three words that can take a comma before them.
    let worth = s.as_bytes().windows(6).any(|w| {
        w[0] == b' '
            && (&w[1..5] == b"not "
                || &w[1..5] == b"but "
                || matches!(&w[1..], b"and I" | b"which"))
    });
    if !worth {
        return s;
    }
    let words: Vec<&str> = s.split(' ').collect();
    let mut comma_after = Vec::new();
    for i in 1..words.len().saturating_sub(1) {
        let (prev, next) = (words[i - 1], words[i + 1]);
        if prev.ends_with([',', ';', ':', '-', '–', '—', '(']) || prev.contains(['\'', '’']) {
            continue;
        }
        let pk = key(prev);
        let pf = kinds(&pk);
        // "lived in not like a museum": a verb's particle ends a phrase as well.
        let particle = pf & PREP != 0 && i >= 2 && kinds(&key(words[i - 2])) & (PASTX | INGX) != 0;
        let contrast = words[i] == "not"
            && (particle || pf & (FUNC | ADVX | ANDOR | SUB | PSUB | FIN | TO) == 0)
            && !word_in(NOT_TAKERS, &pk)
            && !word_in("to only even yet", &key(next))
            // "the patient not doing his exercises", "connections not designed by the
            // engineer" say which, not a contrast.
            && !(kinds(&key(next)) & (INGX | PASTX) != 0 && pf & (INGX | PASTX) == 0);
        // "…, and I like": the words before it make a clause of their own, and the
        // word before "and" is no name or pronoun that "I" could be listed with
        // ("Sam and I").
        let and_i = words[i] == "and"
            && (next == "I" || next.starts_with("I'") || next.starts_with("I’"))
            && pf & (SUBJ | OBJ) == 0
            && !prev.starts_with(is_upper)
            // A short clause needs no comma to be read ("I've done it before and I …").
            && i >= 8
            && {
                // The clause since the last break has its own verb: in "…, and the
                // teacher and I agreed" the teacher is listed with "I".
                let from = words[..i]
                    .iter()
                    .rposition(|w| w.ends_with([',', ';', ':']) || *w == "and")
                    .map_or(0, |b| b + 1);
                has_subject_and_verb(&words[from..i].join(" "))
            };
        // "it's chilled which I know": "which" after what something is adds to it.
        let which = words[i] == "which"
            && (pf & PASTX != 0
                && i >= 2
                && word_in("is it's was are were am i'm that's", &key(words[i - 2]))
                // "…, which is why the spirit is so fruity" always takes its comma.
                || next == "is" && words.get(i + 2).is_some_and(|w| key(w) == "why"));
        // "…, not an excuse but I wasn't at my sharpest": "but" before a clause with
        // its own subject takes a comma after a phrase of some length.
        let but_clause = words[i] == "but"
            && i >= 4
            && kinds(&key(next)) & (SUBJ | SV) != 0
            && pf & (FUNC | ANDOR) == 0;
        if contrast || and_i || which || but_clause {
            comma_after.push(i - 1);
        }
    }
    if comma_after.is_empty() {
        return s;
    }
    let mut out = String::with_capacity(s.len() + comma_after.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
        if comma_after.contains(&i) {
            out.push(',');
        }
    }
    out
}

/// Nouns a note ends with when it names what it was about ("…, the mud on the hems
/// conversation").
const TAG_NOUNS: &str = "conversation chat bit story thing part moment example comment remark \
    discussion question point";

/// `ws` without a closing tag that names the note's topic after a comma ("You wanted
/// the costumes to look lived in, not like a museum, the mud on the hems
/// conversation"): a reader gets the words before it, and the tag reads as notes.
fn without_tag(ws: &mut [Tok]) -> &mut [Tok] {
    let n = ws.len();
    let Some(c) = (1..n.saturating_sub(2))
        .rev()
        .find(|&c| ws[c].t.ends_with(','))
    else {
        return ws;
    };
    let tag = &ws[c + 1..];
    let is_tag = tag.len() <= 8
        && tag[0].f & DET != 0
        && word_in(TAG_NOUNS, &tag[tag.len() - 1].k)
        && tag.iter().all(|w| w.f & (FIN | SV | SUBJ | PASTX) == 0);
    if !is_tag {
        return ws;
    }
    ws[c].t.pop();
    &mut ws[..=c]
}

/// "Hollins University cleaning tender, £4.2m over 5 years, 9 working days": after a
/// phrase of three words or more without a verb, a phrase without a verb that opens
/// with a figure gives its details, so the comma between them reads as a colon (a frame then keeps them, as
/// blind readers wanted; alone, a figure after a comma reads as notes).
fn details_colon(ws: &mut [Tok]) {
    // Time served may run longer before its comma ("4 yrs passenger services at the
    // airport, …").
    let served = ws.len() > 2 && ws[0].f & NUM != 0 && word_in(TIME_SERVED, &ws[1].k);
    let end = phrase_end(ws, 0)
        .or_else(|| served.then(|| ws.iter().take(10).position(|w| ends_clause(&w.t)))?);
    let Some(c) = end.filter(|&c| c >= 2 && ws[c].t.ends_with(',')) else {
        return;
    };
    if !phrase_without_verb(part(ws, 0, c + 1))
        || ws[0].f & (FUNC | ADVX) != 0 && ws[0].f & DET == 0
    {
        return;
    }
    if served && figures_after(ws, c) {
        return;
    }
    let next = phrase_end(ws, c + 1).unwrap_or(ws.len() - 1);
    let details = part(ws, c + 1, next + 1);
    if details.first().is_some_and(|w| w.f & NUM != 0) && phrase_without_verb(details) {
        // "4 yrs passenger services at gatwick, 2x commendations for …": what came of
        // time served goes with it ("I bring 4 years of …, with 2 commendations").
        // (Unless [`trailing_figures`] put its "with" in first.)
        if served && !ws[c + 1..].iter().any(|w| w.t.starts_with("with ")) {
            ws[c].t.push_str(" with");
        } else if served {
        } else {
            ws[c].t.pop();
            ws[c].t.push(':');
        }
    }
}

/// "2 years on facade work, 1,400 logged rope hours, no incidents": two or three
/// figures after time served came with it ("…, with 1,400 logged rope hours and no
/// incidents"; round 72 sent the notes as typed). Whether it joined them so.
fn figures_after(ws: &mut [Tok], c: usize) -> bool {
    let mut starts = Vec::new();
    let mut s = c + 1;
    while s < ws.len() {
        let e = phrase_end(ws, s).unwrap_or(ws.len() - 1);
        let seg = part(ws, s, e + 1);
        let figure = (seg[0].f & NUM != 0 || matches!(seg[0].k.as_str(), "no" | "zero"))
            && seg
                .iter()
                .all(|w| w.f & (FIN | SV | SUBJ | SUB | REL | TO) == 0);
        if !figure || e + 1 < ws.len() && !ws[e].t.ends_with(',') {
            return false;
        }
        starts.push(s);
        s = e + 1;
    }
    let [_, .., last] = starts[..] else {
        return false;
    };
    // [`trailing_figures`] may have put a "with" before the figures already.
    for &s in &starts {
        if let Some(t) = ws[s].t.strip_prefix("with ") {
            ws[s].t = t.to_owned();
        }
    }
    ws[starts[0]].t.insert_str(0, "with ");
    ws[last - 1].t.pop();
    ws[last].t.insert_str(0, "and ");
    true
}

/// Pronouns that open a main clause of their own after a comma ("…, I showed").
const SPLICE_SUBJECTS: &str = "i we she he they it you i'm i've i'd we're we've she's he's \
    they're that's it's you're you've you'd everything everyone everybody nothing nobody";

/// Words after "the" that make a phrase of what came before, not a new subject
/// ("…, the last 6 on …", "…, the best we had").
const ORDINALS: &str = "last first best most same only next longest biggest";

/// Whether the words `after` a comma open a clause with a noun subject and its own
/// verb up to the next break ("…, D1 discloses the same catalyst"), not a list item
/// or a phrase ("…, German and Spanish").
fn noun_clause_after(after: &str) -> bool {
    let upto = after.find([',', ';', ':']).unwrap_or(after.len());
    let word = split_words(after).next().unwrap_or_default();
    let k = key(word);
    // "…, your DO is on the same site": a possessive opens a noun subject too.
    // So does a quantifier with its verb next ("…, most stayed the whole time"), but
    // not one before a participle's phrase ("…, all made in house").
    if word_in("most all some many none both few several", &k) {
        let mut next = split_words(after).skip(1).map(|n| kinds(&key(n)));
        let (verb, prep) = (next.next().unwrap_or(0), next.next().unwrap_or(0));
        if verb & (FIN | PASTX) != 0 && prep & PREP == 0 {
            return true;
        }
        // "…, none of my sites needed a rollback": a share "of" something, then its
        // verb.
        if split_words(after).nth(1) == Some("of") {
            return split_words(after)
                .skip(3)
                .take(2)
                .any(|v| kinds(&key(v)) & (FIN | PASTX) != 0);
        }
    }
    // "a larger, more complex site where I was …": a second adjective, no clause.
    if word_in("more less most very really quite", &k) {
        return false;
    }
    // "her"/"his" are more often an object ("I called her, …"): a verb must follow
    // their noun ("…, her conversion went …") before the clause is read.
    if matches!(k.as_str(), "her" | "his") {
        // One or two words of the noun ("her UC payment hadn't …").
        if !split_words(after)
            .skip(2)
            .take(2)
            .any(|v| kinds(&key(v)) & (FIN | PASTX) != 0)
        {
            return false;
        }
    }
    let possessive = word_in("your our their my her his", &k);
    // "…, the chemical side was set by QA": "the", one to three content words and a
    // verb of being or having open a clause too (not "…, the last 6 on …").
    if k == "the" {
        // The words after "the": one to three content words, then the verb (no Vec:
        // this runs at every comma before "the").
        let mut words = split_words(after).skip(1).take(4);
        let first = words.next().unwrap_or_default();
        if word_in(ORDINALS, &key(first)) {
            return false;
        }
        let not_head = FUNC | FIN | NUM | PASTX | INGX;
        let mut head = 0;
        for f in std::iter::once(first).chain(words).map(|w| kinds(&key(w))) {
            if f & not_head == 0 {
                head += 1;
                continue;
            }
            return (1..=3).contains(&head) && f & FIN != 0;
        }
        return false;
    }
    // "…, at each depot I ended up being the one who …": a short phrase of place or
    // time, then "I" or "we" and a verb, is a clause (round 56 sent it spliced).
    // Only a phrase of place or time ("at each depot"): "despite the cuts we faced"
    // and "until the job we were on" hold a relative clause.
    if word_in("at in on during across", &k) {
        let pronoun = split_words(&after[..upto])
            .take(5)
            .skip(2)
            .any(|w| w == "I" || w == "we");
        return pronoun && has_subject_and_verb(&after[..upto]);
    }
    if !possessive && kinds(&k) & (FUNC | NUM | ADVX | INGX | PASTX | SUB | PSUB | REL | JOIN) != 0
    {
        return false;
    }
    // "bm25 0.61 to …" is a figure's label, not a subject ("D1 discloses" is one).
    let label = || {
        let figure_next = split_words(after)
            .nth(1)
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        (word.starts_with(is_lower) || figure_next) && word.contains(|c: char| c.is_ascii_digit())
            || NUMBER_WORDS
                .split(' ')
                .any(|n| n.eq_ignore_ascii_case(word))
    };
    // "…, photograph it and do a condition report": a verb and its object, not a
    // noun subject (round 48's "Photograph it and do …" as a sentence of its own).
    // So is a word before an article, a possessive or an object pronoun ("…,
    // re-sequence the crane gangs and …").
    let verb_and_object = split_words(after).nth(1).is_some_and(|w| {
        word_in(
            "it them him me us the a an our my every each",
            &w.to_ascii_lowercase(),
        )
    });
    !label()
        && !verb_and_object
        && has_subject_and_verb(&after[..upto])
        && !noun_then_its_clause(&after[..upto])
}

/// Whether `phrase` opens with a noun described by a clause of its own ("long term
/// scheme I want to work on": "[that] I want"), a phrase that goes on the sentence
/// before it rather than a subject with a verb (round 45's "It's the kind of large
/// scale. Long term scheme I want to work on."). Read up to the first verb.
fn noun_then_its_clause(phrase: &str) -> bool {
    let mut prev_content = false;
    for w in split_words(phrase).take(6) {
        let k = key(w);
        // Only a pronoun that cannot be an object: "D1 discloses it" has a verb the
        // word lists may not know.
        if prev_content && word_in("i we they he she i'm i've i'd we're we've they're", &k) {
            return true;
        }
        let f = kinds(&k);
        if f & (FIN | PASTX) != 0 {
            return false;
        }
        prev_content = f & (FUNC | NUM | ADVX) == 0;
    }
    false
}

/// Whether the clause `before` a comma, whose first word has the kinds `first`,
/// opens as a main clause does: not after a subordinator, a preposition or an
/// adverb. "What draws me to this role is moving to online, I love …": a frame's
/// "What … is" opens one too; so does "Rotating shifts are fine, I did 12s …", a
/// participle that describes its subject, with a verb of its own ("Looking back, I …"
/// has none: the seventh garble hunt).
fn opens_main_clause(before: &str, first: u64) -> bool {
    let cleft = before.starts_with("What ") && before.contains(" is ");
    let described = first & INGX != 0 && !before.contains(',') && has_subject_and_verb(before);
    cleft || described || first & (SUB | PSUB | PREP | ADVX | TO | WHW | INGX) == 0
}

/// Whether the end of `said` is inside words quoted ("You said 'we're not a landlord",
/// before ", we're a neighbour'"), which keep their own commas (the eighth garble hunt
/// sent "…a landlord: we're a neighbour").
fn in_quote(said: &str) -> bool {
    said.matches('"').count() % 2 == 1
        || said.contains('“') && !said.contains('”')
        || said
            .rfind(" '")
            .is_some_and(|q| !said[q + 2..].contains("' "))
}

/// Whether `before` is the question's clause and its answer, one comma between
/// ("When you asked about spotting fraud, I'd check the photos").
fn asked_then_answered(before: &str) -> bool {
    before.starts_with("When you asked ")
        && before.matches(", ").count() == 1
        && before.contains(", I")
}

/// `s` with its comma splices mended: a comma between a main clause and another that
/// starts with its own pronoun subject ends the sentence ("…to cut cost, I showed the
/// drawdown…" -> "…to cut cost. I showed the drawdown…"). After a leading phrase or a
/// dependent clause ("Since we met, I have…", "At Brightpath, I…") the comma stays.
fn unspliced(s: String) -> String {
    // Whether the word after the comma at `c` is a pronoun subject.
    let pronoun_at = |c: usize| {
        let word = s[c + 2..].split(' ').next().unwrap_or_default();
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        SPLICE_SUBJECTS
            .split(' ')
            .any(|p| p.eq_ignore_ascii_case(bare))
    };
    let clause_at = |c: usize| noun_clause_after(&s[c + 2..]);
    let mut out = String::new();
    let mut start = 0;
    let mut copied = 0;
    for (c, _) in s.match_indices(", ") {
        // Only a pronoun after the comma is worth reading the clause before it for:
        // one clause from the sentence's start (no break in it), not opened by a
        // subordinator, a preposition or an adverb, that stands as a sentence.
        // Not inside brackets: "(Edinburgh, viva passed in October)" is an aside.
        if c < copied {
            continue;
        }
        let sentence_so_far = &s[start..c];
        let before = clause_before(sentence_so_far);
        // A noun subject is read for only after one clause with no break in it; the
        // commas of an aside in brackets are no break ("I ran the QC checks (gravity,
        // pH, dissolved oxygen) and kept the log, the specs were set by …", round 58).
        let pronoun = pronoun_at(c);
        if !pronoun && (breaks_outside_brackets(before) || !clause_at(c) || change_at(&s[c + 2..]))
        {
            continue;
        }
        if bracket_depth(0, &s[..c]) > 0 || within_dashes(&s[start..c], &s[c..]) {
            continue;
        }
        // "The hard part isn't the weather, it's telling a client no": a contrast
        // keeps its comma.
        let contrast = (before.contains("n't ") || before.contains(" not "))
            && ["it's ", "it is ", "that's "].iter().any(|p| {
                s.get(c + 2..c + 2 + p.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(p))
            });
        if contrast {
            continue;
        }
        // "My answer now is that if a provider asked me to summarise, I'd explain …":
        // the comma closes the "if" clause, and what follows is its main clause
        // (round 56's letter split it in two).
        // Nor after "and" and a clause of time ("…for 15 years and after I renovated
        // the square, pitches were rated good": round 110).
        let conditional = split_words(before)
            .zip(split_words(before).skip(1))
            .any(|(a, b)| matches!(a, "that" | "and") && kinds(&key(b)) & (SUB | PSUB) != 0);
        if conditional {
            continue;
        }
        let first = split_words(before).next().map_or(0, |w| kinds(&key(w)));
        // A leading phrase ("On placement I showed …") is closed by the clause after
        // it when "I" and its verb follow: the comma after that clause is a splice.
        // So is one with a subject of its own further on ("At the supported housing
        // project a 19-year-old refused keywork sessions for 3 weeks, I started …"),
        // before a pronoun.
        // Not when that "I" is inside what the phrase names ("On what I would bring
        // beyond sessions, I would like …").
        let named = || {
            [" what I ", " how I ", " where I ", " why I ", " when I "]
                .iter()
                .any(|p| before.contains(p))
        };
        let phrase_then_i = first & PREP != 0
            && first & (SUB | PSUB) == 0
            && (pronoun || split_words(before).skip(1).take(4).any(|w| w == "I"))
            && !named()
            && has_subject_and_verb(before);
        // "When you asked about spotting fraud, I'd check the photos, I caught two
        // …": the question's clause, then its answer, then a splice (garble hunt 20).
        let asked_then = pronoun && asked_then_answered(before);
        let opens = phrase_then_i || asked_then || opens_main_clause(before, first);
        // A main clause first, then maybe its details after commas ("I was a shift
        // lead on 4 C-checks, a team of 6, I was …"): a pronoun after them starts a
        // sentence too.
        let unbroken = !breaks_outside_brackets(before);
        let first_clause = if unbroken {
            before
        } else if asked_then {
            before.split(", ").nth(1).unwrap_or(before)
        } else {
            before.split([',', ';', ':']).next().unwrap_or(before)
        };
        let whole = unbroken || pronoun;
        // (Not inside words quoted, which keep their own commas.)
        if opens && whole && !in_quote(&s[start..c]) && has_subject_and_verb(first_clause) {
            out.push_str(&s[copied..c]);
            let next = &s[c + 2..];
            // "You said spring is mayhem, the phones don't stop …": the second clause
            // is said too (round 92 sent "… mayhem. The phones don't stop …").
            let reported = ["You said ", "You mentioned ", "You told me "]
                .iter()
                .any(|p| s[start..].starts_with(p));
            // One opening on a pronoun explains it: "You said the best GMs are like
            // good referees: you only notice them when they're bad" (round 95).
            // Not the writer's own remark ("…, my last job was the same").
            let mine = writers_own(next.split(". ").next().unwrap_or(next));
            if reported && !mine {
                out.push_str(if pronoun_at(c) { ": " } else { ", and " });
                copied = c + 2;
                start = c + 2;
                continue;
            }
            out.push_str(&splice_join(before, next));
            copied = c + 2 + next.chars().next().map_or(0, char::len_utf8);
            start = c + 2;
        }
    }
    if copied == 0 {
        return s;
    }
    out.push_str(&s[copied..]);
    out
}

/// The clause of `sentence` before a comma, without its opening phrases: "Since then,
/// I have read up on …" before ", rural builds are …" is one clause, a short opening
/// phrase and its comma its own, not a break before it; two such phrases too ("Once,
/// at Greenacre Garden Centre, I rang …"). With any other break, the whole sentence.
fn clause_before(sentence: &str) -> &str {
    let short_lead = |text: &str| -> Option<usize> {
        let (lead, _) = text.split_once(", ")?;
        (!lead.contains([';', ':'])
            && split_words(lead).count() <= 4
            && !has_subject_and_verb(lead))
        .then_some(lead.len() + 2)
    };
    let mut before = sentence;
    for _ in 0..2 {
        match short_lead(before) {
            Some(n) => before = &before[n..],
            None => break,
        }
        if !before.contains([',', ';', ':']) {
            return before;
        }
    }
    if before.contains([',', ';', ':']) {
        sentence
    } else {
        before
    }
}

/// Whether the words after `seg` are still in a list that a spaced dash opened
/// (`was`: they were before it), until a verb: "- school meals, then care, now a
/// hospital" lists, its "care" no verb that dropped its "I" (round 96 sent "and I
/// then care").
fn in_dash_list(seg: &[Tok], was: bool) -> bool {
    seg.iter().fold(was, |listing, w| {
        if matches!(w.t.as_str(), "-" | "–" | "—") {
            true
        } else {
            listing && w.f & (FIN | SV | PASTX) == 0
        }
    })
}

/// Whether the last clause, at `s`, says what the one before saved ("…, saved us a
/// re-test cycle"), not what was saved up.
fn saved_us(ws: &[Tok], s: usize, last: bool) -> bool {
    last && ws[s].k == "saved" && tk_k(ws, s + 1) != "up"
}

/// Whether the clause at `s` says what the one before did for the writer ("…, taught
/// me how to negotiate": round 146 sent "and I taught me"), joined with "which". After
/// "she" or "he" it shares their subject ("she asked me to cover, and gave me the
/// keys"); "my manager asked me to cover, which gave me the keys" is left so (joining
/// with "and" turned "my time at aldi, taught me …" into a fragment: the review of
/// session 30).
fn did_for_the_writer(ws: &[Tok], s: usize) -> bool {
    word_in("taught showed gave made helped got earned won", &ws[s].k) && tk_k(ws, s + 1) == "me"
}

/// Whether a clause speaks of the writer ("my last job was the same").
fn writers_own(clause: &str) -> bool {
    clause.split(' ').any(|w| {
        let w = w.trim_end_matches([',', '.']);
        matches!(w, "I" | "my" | "me" | "I'm" | "I've" | "I'd" | "mine")
    })
}

/// Whether `before` is inside an aside between spaced dashes ("all 18 greens - hollow
/// tining, top dressing and overseeding - and had them back …"): its commas list, they
/// do not break the sentence (round 92 sent "hollow tining. Top dressing …").
/// Only with a closing dash later in the sentence (`after`): a single dash, or a
/// range ("6 - 8 mechanics, I was …"), opens no aside (the review of session 18).
fn within_dashes(before: &str, after: &str) -> bool {
    let dashes = [" - ", " – ", " — "];
    let end = after.find(". ").unwrap_or(after.len());
    dashes
        .iter()
        .map(|d| before.matches(d).count())
        .sum::<usize>()
        % 2
        == 1
        && dashes.iter().any(|d| after[..end].contains(d))
}

/// Whether a built sentence still reads as notes rather than as a sentence, even with a
/// subject and a verb somewhere in it: two phrases in a row between commas that have
/// no verb and open with a content word or a number ("Front desk at a GP surgery 4
/// years, busiest practice in the city, 150+ patients a day, …"), or a one- or
/// two-word label and a colon before a phrase without a verb ("Carrow: revenue £14m
/// to £31m in 4 years, …"). A short list ("Python, SQL and dbt") is not notes: each
/// phrase counted has three words or more. After "I would …" the phrases between
/// commas are the steps it lists ("I would take a full history, check visual acuity
/// with Kay pictures, cover test at near and distance, …"), not notes.
///
/// Each rule needs a break between phrases, or a short line with a figure: most
/// sentences are cleared without reading their words.
fn note_like(s: &str) -> bool {
    let breaks = s.bytes().any(|b| matches!(b, b',' | b':' | b';'))
        || s.contains(" - ")
        || s.contains(" – ");
    let short_figure = s.len() < 80 && s.bytes().any(|b| b.is_ascii_digit());
    if !breaks && !short_figure {
        return false;
    }
    let ws = words_of(s);
    if figures_without_verb(s, &ws) {
        return true;
    }
    let mut run = 0;
    let mut start = 0;
    let mut label = false;
    let mut opened = false;
    let mut figures_first = false;
    let mut leads_in = false;
    let mut steps = false;
    let mut mine = false;
    let last_break = ws
        .iter()
        .rposition(|w| w.f & BRK != 0 && !w.t.ends_with('.'));
    let verbs_end = last_break.is_some_and(|b| {
        ws[b + 1..]
            .windows(2)
            .any(|p| p[0].k == "and" && p[1].f & (IWE | SUBJ) == 0)
    });
    while start < ws.len() {
        let mut end = start;
        while end < ws.len() && fl(&ws, end) & BRK == 0 {
            end += 1;
        }
        let end = (end + 1).min(ws.len());
        let seg = &ws[start..end];
        let verbless = seg.iter().all(|w| w.f & (FIN | SV | SUBJ | PASTX) == 0);
        // "then check in with them", "agree a plan": a present-tense verb is not
        // marked, but a word followed by a determiner, an object or a particle is one.
        let v = seg.iter().position(|w| w.f & ADVX == 0).unwrap_or_default();
        // A step after "then" is a verb too ("then check in with them").
        // So is a present tense in "-s" before its object ("claim 3 covers the
        // catalyst").
        let verb_like = seg[0].k == "then"
            || seg
                .get(v + 1)
                .is_some_and(|n| n.f & (DET | OBJ) != 0 || word_in(PARTICLES, &n.k))
            || seg.windows(2).skip(1).any(|p| {
                p[0].f & (FUNC | NUM) == 0
                    && p[0].k.ends_with('s')
                    && !p[0].k.ends_with("ss")
                    && p[1].f & (DET | OBJ) != 0
            });
        // "I follow the procedure, use body cam, arrange joint visits …": after "I" and
        // its verb, a phrase in lowercase is the next verb of the same "I" (round 123
        // lost a whole answer), not a note.
        // Only in a list of verbs that "and" ends ("…, and always follow up"): "I have
        // used sap, oracle and sage, month end close, aged debtors" is notes (the review
        // of session 23).
        let same_i = mine && verbs_end && seg[0].f & NUM == 0 && seg[0].t.starts_with(is_lower);
        let bare = !steps
            && !same_i
            && verbless
            && (seg[0].f & NUM != 0 || (seg[v].f & FUNC == 0 && !verb_like));
        // Only until a bare phrase breaks the run of verbs ("…, IPAF 3a 3b and CSCS
        // card, happy working at height" is notes).
        mine = !bare && (mine || seg.len() >= 3 && seg[0].f & IWE != 0 && seg[1].f & FUNC == 0);
        steps |= seg.iter().any(|w| w.f & (SUBJ | SV) != 0)
            && seg.iter().any(|w| {
                matches!(
                    w.k.as_str(),
                    "would" | "will" | "could" | "i'd" | "i'll" | "we'd" | "we'll"
                )
            });
        if label && bare {
            return true;
        }
        // "Current farm 420 cows, took over fertility …": then a verb without its "I".
        if start > 0
            && run == 1
            && opened
            && seg[0].f & PASTX != 0
            && seg[0].t.starts_with(is_lower)
        {
            return true;
        }
        // "38 blades leading edge repairs in 2025, I signed off …": figures, then a
        // clause spliced on.
        if start > 0 && run == 1 && figures_first && seg[0].f & IWE != 0 {
            return true;
        }
        // "Drainage design for 420 home site in Telford, LLFA approved first
        // submission": a bare phrase, then a clause spliced on.
        if start > 0 && run == 1 && opened && !leads_in && spliced_clause(seg) {
            return true;
        }
        leads_in = start == 0 && (seg.len() < 3 || leads_into_clause(seg));
        opened = start == 0 && bare;
        figures_first = opened && seg[0].f & NUM != 0;
        let colon = seg.last().is_some_and(|w| w.t.ends_with(':'));
        label = start == 0 && end <= 2 && colon;
        // After a whole phrase and a colon, the phrases list its details ("the Hollins
        // tender: £4.2m over 5 years, 9 working days from ITT to deadline").
        if start == 0 && end > 2 && colon {
            return false;
        }
        // A sentence that opens with a bare phrase counts it at any length ("Nights,
        // more PSV work, and …").
        run = if bare && (seg.len() >= 3 || start == 0) {
            run + 1
        } else {
            0
        };
        if run >= 2 {
            return true;
        }
        start = end;
    }
    false
}

/// Whether `seg`, the words after a bare phrase and its comma, is a clause spliced on
/// to it: "Drainage design for 420 home site in Telford, LLFA approved first
/// submission", "Patch of 420 homes, rent arrears went down 18%" (round 130's readers
/// called both pasted notes). Not one that takes the phrase up ("Brookfield's focus on
/// Year 9, that's the year I care most about").
fn spliced_clause(seg: &[Tok]) -> bool {
    // Not the writer's own clause ("2 yrs fundraising at a hospice, i'm good at …"),
    // nor the list's next item ("…running the helpdesk, contractors and planned
    // maintenance": the review of session 26).
    let own = seg[0].f & (IWE | SV) != 0 || seg[0].k == "i";
    !matches!(
        seg[0].k.as_str(),
        "that's" | "that" | "which" | "it's" | "this"
    ) && !own
        && tk_k(seg, 1) != "and"
        && main_clause_ok(seg)
}

/// Whether `seg`, a sentence's first phrase before its comma or colon, leads into the
/// clause after it rather than being a note of its own: a time ("Last year, I …", "Two
/// years ago, we …"), a topic named ("Terraform: I moved 30 teams …"), a word that
/// leads in ("Once, an elderly patient …", "Look, the salary thing …") or one that says
/// what the writer is ("Good with dogs, I …"). So does any phrase under three words:
/// a topic or a way in ("Housing, I was homeless at 19", "Sadly, my dad …": the review
/// of session 26); the caller counts the words.
fn leads_into_clause(seg: &[Tok]) -> bool {
    seg.last().is_some_and(|w| w.t.ends_with(':'))
        || word_in(
            "once look honestly well so now today yesterday also good great happy keen \
             comfortable confident",
            &seg[0].k,
        )
        || seg
            .iter()
            .any(|w| word_in(TIME_LEADS, &w.k) || w.k == "ago" || w.k.starts_with("yesterday"))
}

/// Whether `s` (its words `ws`) is a short line of figures with no verb ("Gas safe 11
/// years.").
fn figures_without_verb(s: &str, ws: &[Tok]) -> bool {
    // "Gas safe 11 years.": a short line with a figure and no verb at all (the check
    // for a verb took the word before the figure for one).
    let no_verb = ws
        .iter()
        .all(|w| w.f & (FIN | SV | SUBJ | PASTX | INGX) == 0 && !word_in(PRESENT_S, &w.k));
    // Not "A germination test runs 7-14 days": after an article and its noun, a word in
    // "-s" before the figure is the verb (round 118 lost a whole answer).
    let s_verb = at(ws, 0, DET)
        && ws.windows(4).any(|p| {
            p[0].f & FUNC == 0
                && p[1].f & FUNC == 0
                && p[1].k.ends_with('s')
                && !p[1].k.ends_with("ss")
                && !word_in(TIME_NOUNS, &p[1].k)
                && p[2].f & NUM != 0
                && duration_at(p, 3)
        });
    no_verb && !s_verb && ws.len() <= 12 && ws.iter().any(|w| w.f & NUM != 0) && !s.ends_with('?')
}

/// The sentence without bullets, quotes and end marks, and whether it asked a question.
fn trim_sentence(raw: &str) -> Option<(&str, bool)> {
    let mut asked = false;
    let mut s = raw;
    for _ in 0..2 {
        s = trim_start_set(s, "-–—•·*,;:.…!?");
        let body = trim_end_set(s, END_MARKS);
        asked |= count(cut(s, body.len(), s.len()), "?") > 0;
        s = unquote(body);
    }
    s.chars().any(char::is_alphabetic).then_some((s, asked))
}

/// Longest token kept: anything longer is a pasted blob rather than prose, and its
/// sentence is left out (a URL up to this length still fits).
const MAX_TOKEN: usize = 100;

/// Whitespace-separated tokens; a mid-sentence "…" is a pause: a comma on the word
/// before, or nothing when that word cannot end a phrase ("the… rollout").
/// None when a token is too long to be a word.
fn tokenize(body: &str) -> Option<Vec<Tok>> {
    let mut out: Vec<Tok> = Vec::new();
    for tok in split_words(body) {
        if tok.len() > MAX_TOKEN {
            return None;
        }
        let (s, e) = core_range(tok);
        let tail = cut(tok, e, tok.len());
        let last = out.last_mut();
        if s == e && all_in(tok, ".…") {
            if let Some(p) = last {
                mark_pause(p);
            }
        } else if s == e && all_in(tok, ",;:") {
            // A comma typed after a space belongs to the word before.
            if let Some(p) = last.filter(|p| !ends_clause(&p.t)) {
                p.t.push_str(tok);
            }
        } else {
            // Words, and dashes, "&" or an emoji, as typed.
            let pause = count(tail, "…") > 0 || tail.contains("..");
            let mut w = cut(tok, 0, e).to_owned();
            w.push_str(if pause {
                trim_start_set(trim_end_set(tail, ".…"), ".…")
            } else {
                tail
            });
            // "3yrs in domiciliary care": a count of years typed on to its number is
            // two words, so it reads as time served like "3 yrs" (the garble hunt).
            let digits = w.bytes().take_while(u8::is_ascii_digit).count();
            // So are hours and minutes ("no 3hr drives": the ninth garble hunt sent "3
            // hours drives", where "3 hr drives" is "3-hour drives").
            if digits > 0
                && word_in(
                    "yrs yr years mths months wks weeks hr hrs min mins",
                    &w[digits..],
                )
            {
                out.push(Tok::new(w[..digits].to_owned()));
                w.replace_range(..digits, "");
            }
            let mut w = Tok::new(w);
            if pause {
                mark_pause(&mut w);
            }
            out.push(w);
        }
    }
    Some(out)
}

/// "a rollout for a phone retailer 2025": a year after a noun is "in" that year, and
/// "an operation summer 2025" is "in summer 2025".
fn year_in(ws: &mut [Tok], i: usize) {
    let year = ws[i].k.len() == 4
        && ws[i].k.bytes().all(|b| b.is_ascii_digit())
        // Not a number past the years a note speaks of: "points 2041" names a set of
        // points (round 58 sent "points in 2041").
        && (ws[i].k.starts_with("19") || ws[i].k.starts_with("20") && ws[i].k.as_str() <= "2035");
    // "(mar 2025)": the months a note shortens to a word of their own, before a year.
    if i > 0 && year {
        let full = match ws[i - 1].k.as_str() {
            "mar" => Some("March"),
            "jun" => Some("June"),
            "jul" => Some("July"),
            _ => None,
        };
        if let Some(full) = full {
            set_core(ws, i - 1, i - 1, full, false);
        }
    }
    let season = year && i > 0 && word_in(TIME_NOUNS, &ws[i - 1].k);
    // "a test purchase operation summer 2025": "in" before the season instead.
    if year && season && i > 1 {
        let p = &ws[i - 2];
        // Not a season already led in ("in peak season 2025": the tenth garble hunt
        // read "in peak in season 2025").
        let led = word_in("peak high low busy off holiday festive wedding", &p.k)
            || i > 2 && word_in("in during over through for this last next", &ws[i - 3].k);
        if p.f & (FUNC | NUM | CAL) == 0 && !ends_clause(&p.t) && p.t.starts_with(is_lower) && !led
        {
            ws[i - 1].t.insert_str(0, "in ");
        }
    }
    // "the festival's 2025 schools programme": a year between a possessive and its
    // noun names which one; it takes no "in".
    let names_one =
        i > 0 && ws[i - 1].k.ends_with("'s") && i + 1 < ws.len() && fl(ws, i + 1) & FUNC == 0;
    // "licence till 2028": a year after "till" or "until" takes no "in" (the fourth
    // garble hunt found "till in 2028").
    let until = i > 0 && word_in("till til until untill", &ws[i - 1].k);
    // "the nature 2025 paper": a year between nouns names which one too (garble hunt
    // 20 sent "the nature in 2025 paper").
    let between = i > 0
        && i + 1 < ws.len()
        && !word_in("full part and then to till until for", tk_k(ws, i + 1))
        && ws[i - 1].f & (PASTX | FIN | SV | FPV) == 0
        && !ends_clause(&ws[i].t)
        && fl(ws, i + 1) & (FUNC | NUM | CAL | FIN | PASTX | SV | INGX) == 0
        && ws[i + 1].t.starts_with(is_lower);
    if year
        && i > 0
        && !season
        && !names_one
        && !between
        && !until
        && ws[i - 1].f & (FUNC | NUM | CAL) == 0
        && !ends_clause(&ws[i - 1].t)
        // "late 2023 to mid 2024": a part of the year, no "in" between.
        && !matches!(ws[i - 1].k.as_str(), "end" | "late" | "mid" | "early")
    {
        let month = month(&ws[i - 1].k).is_some();
        // "an MA in conservation (2025)": a year in brackets is an aside.
        if !month && ws[i - 1].t.starts_with(is_lower) && !ws[i].t.starts_with('(') {
            ws[i].t.insert_str(0, "in ");
        }
    }
}

/// A pause after the word: a comma, unless it cannot end a phrase.
fn mark_pause(w: &mut Tok) {
    if !w.k.is_empty() && !ends_clause(&w.t) && w.f & FUNC == 0 {
        w.t.push(',');
    }
}

/// Verbs (and adverbs) that follow "I'd", which tell "id" typed for it from an ID.
const I_D_VERBS: &str = "take do say ask start check go be have like love want need make \
    call ring speak talk look bring put get use try stop explain build set run work \
    begin write send tell keep also probably first still rather ever never always just really \
    definitely approach handle deal manage train escalate grow improve fix \
    respond react reduce let leave give offer report walk move wait help show cut drop pick \
    prioritise prioritize focus";

/// Nouns that take no "a" ("I ran training", not "I ran a training").
const MASS_NOUNS: &str = "work software research feedback data equipment stock training \
    advice support information";

/// "pre-close variance check I introduced, correction runs down …": a short noun
/// phrase with no verb, then "I" and a past verb with nothing after it but a comma, is
/// the object put first, and the sentence has no main verb. It is put back after its
/// verb: "I introduced a pre-close variance check, correction runs down …".
fn fronted_object(ws: &mut Vec<Tok>) {
    let Some(k) = (1..6).find(|&k| at(ws, k, IWE)) else {
        return;
    };
    let phrase = part(ws, 0, k);
    // Content words only, a determiner first at most ("what I learned:" is not one).
    let bare = phrase.iter().enumerate().all(|(j, w)| {
        let func = w.f & FUNC != 0 && !(j == 0 && w.f & DET != 0);
        !func && w.f & (FIN | SUBJ | SV | PASTX | INGX | WHW) == 0 && !ends_clause(&w.t)
    });
    let verb = k + 1;
    let ends = ws.get(verb).is_some_and(|w| {
        w.f & PASTX != 0 && w.f & FIN == 0 && (verb + 1 == ws.len() || w.t.ends_with(','))
    });
    if !bare || !ends || phrase.iter().any(|w| w.f & NUM != 0) {
        return;
    }
    // In place: the verb and its "I" come out, the phrase takes the verb's comma,
    // and "I", the verb and an article go in front.
    let verb_t = ws.remove(verb).t;
    let i_tok = ws.remove(k);
    let (s, e) = core_range(&verb_t);
    ws[k - 1].t.push_str(cut(&verb_t, e, verb_t.len()));
    let head = &tk(ws, k - 1).k;
    let counted = !head.ends_with('s') && !head.ends_with("ing") && !word_in(MASS_NOUNS, head);
    let mut first = String::new();
    push_decap(&mut first, &ws[0]);
    let det = ws[0].f & DET != 0;
    let vowel = starts_with_vowel(&ws[0].k);
    ws[0].t = first;
    if !det && counted {
        ws.insert(0, Tok::new(if vowel { "an" } else { "a" }.to_owned()));
    }
    ws.insert(0, Tok::new(cut(&verb_t, s, e).to_owned()));
    ws.insert(0, i_tok);
}

/// "2022–24 I was caring …": a span of years at the start of a clause, spelled out
/// ("From 2022 to 2024 I was …"); "between 2019-2021" reads as it is.
fn years_spelled(ws: &mut [Tok], i: usize) {
    let opens = i == 0 || ends_clause(&ws[i - 1].t);
    if let Some((a, b)) = year_span(&ws[i].t).filter(|_| opens) {
        let from = if i == 0 { "From" } else { "from" };
        set_core(ws, i, i, &[from, " ", &a, " to ", &b].concat(), false);
    }
}

/// "2022–24" or "2022-2024" as its two years ("2022", "2024"); None for anything else.
fn year_span(t: &str) -> Option<(String, String)> {
    // Every word comes here: most are cleared by their first bytes.
    if t.len() < 7 || !t.starts_with("20") {
        return None;
    }
    let (a, b) = t.split_once(['-', '–'])?;
    let year =
        |y: &str| y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()) && y.starts_with("20");
    if !year(a) {
        return None;
    }
    let b = match b.len() {
        2 if b.bytes().all(|c| c.is_ascii_digit()) => [&a[..2], b].concat(),
        4 if year(b) => b.to_owned(),
        _ => return None,
    };
    (b.as_str() > a).then(|| (a.to_owned(), b))
}

/// "The fortnightly drops, I like that because …", "low power stuff that goes in the
/// sea, I've only done it on the bench": a phrase put first and taken up again by
/// "that", "it" or "them" after "I" and a verb goes back in its place ("I like the
/// fortnightly drops because …").
fn dislocated(ws: &mut Vec<Tok>) {
    let Some(c) = (1..ws.len().min(12)).find(|&c| ws[c].t.ends_with(',')) else {
        return;
    };
    let opener = ws[0].f & (SUB | PSUB | PREP | TIME | ADVX | INGX | JOIN | SUBJ | SV) != 0;
    let subject = ws
        .get(c + 1)
        .is_some_and(|w| w.k == "i" || w.f & SV != 0 && w.t.starts_with('I'));
    // One plain phrase: no label, dash or colon before the comma.
    let plain = !ws[..c]
        .iter()
        .any(|w| ends_clause(&w.t) || matches!(w.t.as_str(), "-" | "–" | "—"));
    // (A phrase with a reduced relative, "the hatch opening I cut": "the customer
    // whose parcel got lost, I sorted it" is no thing that was sorted.)
    let reduced = relative_phrase(&ws[..c]) && !ws[..c].iter().any(|w| w.f & REL != 0);
    let clause = has_subject_and_verb(&join(&ws[..=c], 0)) && !reduced;
    if opener || !subject || !plain || clause {
        return;
    }
    let Some(j) =
        (c + 3..ws.len().min(c + 7)).find(|&j| matches!(ws[j].k.as_str(), "that" | "it" | "them"))
    else {
        return;
    };
    // Only right after a verb the list knows ("I like that", "I've only done it"):
    // after a noun "that" is a relative ("I see the cases that come in …", round 44's
    // letter moved the phrase into it), and an unknown word may be no verb at all.
    // Or after a verb's preposition ("I owned up to it", round 75).
    let verbs_before = |w: &Tok| w.f & (PASTX | FIN) != 0;
    let after_verb = ws[j - 1].f & (PASTX | FIN | FPV | AUX1) != 0
        || matches!(ws[j - 1].k.as_str(), "done" | "seen" | "got" | "used")
        || ws[j - 1].f & PREP != 0
            && ws[c + 2..j - 1].iter().any(verbs_before)
            // Ending its clause: more after it ("… up to it the same day") would run
            // on after the phrase put back.
            && (j + 1 == ws.len() || ends_clause(&ws[j].t));
    if !after_verb || ws[c + 2..j].iter().any(|w| ends_clause(&w.t)) {
        return;
    }
    let pronoun = ws.remove(j);
    let mut phrase: Vec<Tok> = ws.drain(..=c).collect();
    let (_, e) = core_range(&pronoun.t);
    if let Some(last) = phrase.last_mut() {
        last.t.pop();
        last.t.push_str(cut(&pronoun.t, e, pronoun.t.len()));
    }
    let mut first = String::new();
    push_decap(&mut first, &phrase[0]);
    phrase[0].t = first;
    let at = j - c - 1;
    ws.splice(at..at, phrase);
}

/// "the point I wanted to make was we took it down by hand", "What I meant is on a
/// ward you help …": a whole clause after "the point was" or "what I meant is" takes
/// "that" (rounds 80, 85 and the garble hunt read it as two sentences run together).
fn point_was_that(ws: &mut Vec<Tok>) {
    // "point was i treat every delivery …": whose point (the second garble hunt).
    for p in 0..ws.len().saturating_sub(3) {
        let opens = p == 0 || ends_clause(&ws[p - 1].t);
        if opens && ws[p].k == "point" && matches!(ws[p + 1].k.as_str(), "is" | "was") {
            ws[p].t = if p == 0 { "My point" } else { "my point" }.to_owned();
        }
    }
    let Some(j) = (2..ws.len().saturating_sub(2)).find(|&j| {
        matches!(ws[j].k.as_str(), "was" | "is")
            && !ends_clause(&ws[j].t)
            // Right after the point or what was meant ("the point I wanted to make
            // was", "what I meant is"): not "the reason the audit was that late".
            && word_in("point reason meant make say", &ws[j - 1].k)
            // Before a clause's subject or its place: not "the reason is simple …".
            && at(ws, j + 1, SUBJ | SV | DET | PREP | TIME)
            && ws[j.saturating_sub(6)..j]
                .iter()
                .any(|w| matches!(w.k.as_str(), "point" | "meant" | "reason"))
    }) else {
        return;
    };
    let end = (j + 1..ws.len())
        .find(|&e| ends_clause(&ws[e].t))
        .map_or(ws.len(), |e| e + 1);
    if ws[j + 1].k != "that" && main_clause_ok(part(ws, j + 1, end)) {
        ws.insert(j + 1, Tok::new("that".to_owned()));
    }
    // "On the dye works chimney, the point I …": the topic it opens on takes a comma.
    if let Some(d) = (2..j).find(|&d| ws[d].k == "point" && at(ws, d - 1, DET)) {
        if at(ws, 0, PREP) && d >= 3 && !ends_clause(&ws[d - 2].t) {
            ws[d - 2].t.push(',');
        }
    }
}

/// "the hardest bit isn't the height it's the paperwork": the comma between what it
/// is not and what it is (rounds 72 and 80 sent the two run together).
fn not_this_but_that(ws: &mut [Tok]) {
    // "its about accuracy": "its" before an article or a preposition says what it is.
    let its = |j: usize| ws[j].k == "its" && at(ws, j + 1, DET | PREP);
    let Some(j) =
        (3..ws.len()).find(|&j| (ws[j].k == "it's" || its(j)) && !ends_clause(&ws[j - 1].t))
    else {
        return;
    };
    // Not "it's reporting is weak", whose "it's" was "its" (whose).
    let whose = ws[j + 1..].iter().take(3).any(|w| is_copula(&w.k));
    // Only "isn't …" or "it's not …" (not "I'm not sure it's …", whose "it's" is
    // what the writer is unsure of), and a noun before the second "it's".
    let negated = (1..j - 1).any(|n| {
        matches!(ws[n].k.as_str(), "isn't" | "wasn't")
            || ws[n].k == "not" && matches!(ws[n - 1].k.as_str(), "it's" | "is" | "was")
    });
    let noun = ws[j - 1].f & (FUNC | ADVX | FIN | PASTX | SV | INGX) == 0;
    if negated && noun && !whose {
        ws[j - 1].t.push(',');
        if ws[j].k == "its" {
            set_core(ws, j, j, "it's", true);
        }
    }
}

/// Whether the words at `j`, after a rough figure, say what it counts as a subject
/// ("about 60% of my clients", "about 30 vans"), not a stretch of time ("over 18
/// months") the writer's "I" dropped after.
fn counted_group(ws: &[Tok], j: usize) -> bool {
    let k = tk_k(ws, j);
    k == "of" || self::plural(k) && !word_in(TIME_SERVED, k) && !word_in("days minutes mins", k)
}

/// Whether `ws` is a noun phrase whose only verbs are in its relative clause ("the
/// hatch opening I cut 10mm oversize", "a patient whose lenses came back wrong").
fn relative_phrase(ws: &[Tok]) -> bool {
    let verb = |w: &Tok| w.f & (FIN | PASTX | SV) != 0;
    let Some(first_verb) = ws.iter().position(verb) else {
        return false;
    };
    // The relative word or the subject of a reduced relative, after a noun.
    let opens = (2..first_verb).any(|j| {
        (ws[j].f & REL != 0 || ws[j].k == "i" || ws[j].k == "we")
            && ws[j - 1].f & FUNC == 0
            && !ends_clause(&ws[j - 1].t)
    });
    at(ws, 0, DET) && !at(ws, 0, DEM) && opens && !ws.iter().any(|w| ends_clause(&w.t))
}

/// "The route planner I rebuilt at Haulix, it cut empty miles by 18%": a phrase taken
/// up again as the subject goes in its place ("The route planner I rebuilt at Haulix
/// cut …"; round 75's reader marked such a phrase as a fragment).
fn phrase_then_clause(ws: &mut Vec<Tok>) {
    let Some(c) = (2..ws.len().min(18)).find(|&c| ends_clause(&ws[c].t)) else {
        return;
    };
    // Not a phrase that ends on its preposition ("the last company I worked for, it
    // went bust"): without its comma it reads as the company that worked for.
    if !ws[c].t.ends_with(',') || !relative_phrase(&ws[..c]) || at(ws, c, PREP) {
        return;
    }
    let next = tk_k(ws, c + 1);
    let clause = || ws[c + 2..].iter().take_while(|w| !ends_clause(&w.t));
    // Only "it", with no object of its own after the verb ("the project I led, they
    // cancelled it" is someone else's doing).
    let resumed = next == "it"
        && at(ws, c + 2, FIN | PASTX)
        && !clause().any(|w| matches!(w.k.as_str(), "it" | "them" | "him" | "her"));
    if resumed {
        ws[c].t.pop();
        ws.remove(c + 1);
    }
}

/// "180/250 logbook scans done, passed …": a phrase with no verb that ends its
/// clause on "done", "completed", "finished" or "passed" says what the writer has
/// done: "I have done 180/250 logbook scans, passed …".
fn done_last(ws: &mut Vec<Tok>) {
    let end = ws
        .iter()
        .position(|w| ends_clause(&w.t))
        .unwrap_or(ws.len().saturating_sub(1));
    if end < 1
        || !matches!(
            ws[end].k.as_str(),
            "done" | "completed" | "finished" | "passed"
        )
    {
        return;
    }
    let bare = ws[..end].iter().enumerate().all(|(j, w)| {
        w.f & (FIN | SUBJ | SV | PASTX | INGX | WHW | PREP | TO) == 0 && (j == 0 || w.f & DET == 0)
    });
    if !bare || ws[0].t.starts_with("I ") {
        return;
    }
    let done = ws.remove(end);
    let (s, e) = core_range(&done.t);
    ws[end - 1].t.push_str(cut(&done.t, e, done.t.len()));
    let mut first = String::new();
    push_decap(&mut first, &ws[0]);
    ws[0].t = first;
    ws.insert(0, Tok::new(cut(&done.t, s, e).to_owned()));
    ws.insert(0, Tok::new("have".to_owned()));
    ws.insert(0, Tok::new("I".to_owned()));
}

/// Endings of British place names ("kettleby", "ledbury", "bolton", "ashford",
/// "alnwick", "doncaster", "wensleydale").
const PLACE_ENDINGS: &str = "by bury ton ham ford wick worth mouth chester caster shire \
    thorpe brough borough stow stowe dale field pool";
/// Common words with those endings ("a badminton club", "played in midfield"); "-bby"
/// words ("hobby", "lobby") are told by their ending.
const NOT_PLACES: &str = "nearby standby thereby whereby hereby lullaby button cotton mutton \
    carton skeleton baton crouton photon proton piston wonton singleton badminton automaton \
    midfield outfield infield airfield minefield battlefield coalfield oilfield carpool \
    whirlpool cesspool borough rugby";

/// Whether a word after "in", "at", "near", "from", "outside" or "around" is a place
/// the app has no list for, told by a place name's ending ("grew up in kettleby",
/// "the shop in ledbury"): blind readers marked such names left lowercase as careless.
/// Only a word of five letters or more, all lowercase letters, and no common word.
fn place_by_form(before: &str, w: &str) -> bool {
    w.len() >= 5
        && matches!(before, "in" | "at" | "near" | "from" | "outside" | "around")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && PLACE_ENDINGS
            .split_ascii_whitespace()
            .any(|e| w.len() >= e.len() + 3 && w.ends_with(e))
        && !word_in(NOT_PLACES, w)
        && !w.ends_with("bby")
}

/// "my uncle was on call there 20 years": a time served that ends its clause takes
/// "for" (blind readers marked its absence as a note's). Not after a verb that takes
/// the time itself ("took 3 months", "spent 2 years"), a function word ("of 8
/// months") or a word that picks out a stretch ("the last 8 years").
fn time_served(ws: &mut [Tok], i: usize) {
    if i < 2
        || !matches!(ws[i].k.as_str(), "years" | "months" | "weeks" | "seasons" | "summers" | "winters")
        // "… 11 years and want to step up": "and" ends its clause too; so does a
        // want run on with no "and" ("been doing nights 4 yrs want to lead a team").
        || !(i + 1 == ws.len()
            || ends_clause(&ws[i].t)
            || word_in("and but", tk_k(ws, i + 1))
            || run_on_want(ws, i + 1))
        || !(ws[i - 1].f & NUM != 0 || word_in(NUMBER_WORDS, &ws[i - 1].k))
    {
        return;
    }
    let prev = &ws[i - 2];
    let plain = prev.f & THERE != 0 || prev.f & (FUNC | NUM | PASTX | FIN | ADVX) == 0;
    // Only in a clause with its verb: "gas safe 11 yrs" is a note, left as one.
    let verb = || {
        ws[..i - 2]
            .iter()
            .rev()
            .take_while(|w| !ends_clause(&w.t))
            .any(|w| w.f & (FIN | PASTX | BEEN) != 0)
    };
    // Nor after "like" ("it felt like 3 weeks") or "than" ("more than 5 years").
    let compares = word_in("like than as", &prev.k);
    if plain && !compares && !word_in(TAKES_A_TIME, &prev.k) && !ends_clause(&prev.t) && verb() {
        // "i'm retired from the buses 32 yrs": the time before leaving, not since
        // (garble hunt 21 sent "retired … for 32 years").
        // (The nearest verb: "i quit my job and cared for mum 4 yrs" cared for them.)
        let left = ws[..i - 1]
            .iter()
            .rev()
            .take_while(|w| !ends_clause(&w.t))
            .find(|w| w.f & (FIN | PASTX) != 0 || w.k == "retired")
            .is_some_and(|w| w.k == "retired");
        ws[i - 1]
            .t
            .insert_str(0, if left { "after " } else { "for " });
        // (Its "and I" is given with the others: see [`and_i_want`].)
        if run_on_want(ws, i + 1) && !ends_clause(&ws[i].t) {
            ws[i].t.push(',');
        }
    }
}

/// "My point, which got lost in the legal detail, was that …": the aside narrates the
/// slip, and the sentence reads "My point was that …" without it (round 43's letter
/// garbled it into "about my point, …, and I was that …").
fn point_without_aside(ws: &mut Vec<Tok>) {
    let opens = ws.len() > 5
        && matches!(ws[0].k.as_str(), "my" | "the")
        && matches!(ws[1].k.as_str(), "point" | "answer")
        && ws[1].t.ends_with(',')
        && matches!(ws[2].k.as_str(), "which" | "that");
    if !opens {
        return;
    }
    let Some(end) = (3..ws.len() - 1).find(|&j| ws[j].t.ends_with(',')) else {
        return;
    };
    if !matches!(ws[end + 1].k.as_str(), "was" | "is") {
        return;
    }
    ws.drain(2..=end);
    ws[1].t.pop();
}

/// Two words a letter writes as one, with a hyphen, in one pass over the note:
/// - "a 9 month backlog", "a 2,400 pupil secondary", "a 3 man crew": a count and a
///   singular unit before the noun they describe ("a 9-month backlog");
/// - "a self employed joiner" ("self-employed");
/// - "a family run group": who runs it, joined to the participle before the noun.
fn joined_compounds(ws: &mut Vec<Tok>) {
    let mut i = 1;
    while i < ws.len() {
        let (prev, w) = (&ws[i - 1], &ws[i]);
        let next_plain = |bits: u64| {
            ws.get(i + 1)
                .is_some_and(|n| n.f & bits == 0 && !n.k.is_empty())
        };
        // The cheap test first in each: most words follow no number, no "self".
        // "a 25 min turn": a unit typed short is the describer spelled out
        // ("25-minute"; round 100 sent "a 25 minutes turn").
        let unit = pair(UNITS, &w.k).map_or(w.k.as_str(), |full| &full[..full.len() - 1]);
        // A unit typed short joins only after an article ("a 25 min turn"): "20 hrs
        // overtime" is a time (the review of session 19).
        let short = unit != w.k;
        // So does one before a plural it describes ("not 15 min visits": the sixth
        // garble hunt found "15 minutes visits").
        // Or one word before it ("12 hr rotating shifts", "12 hr night shifts").
        let plural_at = |j: usize| ws.get(j).is_some_and(|n| plural(&n.k) && n.f & FUNC == 0);
        // (Two words on, only a unit typed singular: "12 hr night shifts", where "5
        // hrs admin tasks" is a time.)
        let plural_next = plural_at(i + 1)
            || plural_at(i + 2)
                && !w.k.ends_with('s')
                && ws
                    .get(i + 1)
                    .is_some_and(|n| n.t == n.k && n.f & (FUNC | NUM | FIN | PASTX) == 0);
        let counted =
            i >= 2 && word_in("a an the each every my our this", &ws[i - 2].k) || plural_next;
        let keep_unit = if prev.f & NUM != 0 && (!short || counted) {
            w.t == w.k
                && prev.t.bytes().all(|b| b.is_ascii_digit() || b == b',')
                && next_plain(FUNC | PASTX | FIN | NUM)
                && !word_in(
                    "ago later earlier old long running late early behind ahead away \
                     off out apart each",
                    tk_k(ws, i + 1),
                )
                && !is_plain_adjective(tk_k(ws, i + 1))
                && word_in(MEASURE_UNITS, unit)
                // "14 room attendants", "8 site managers": people counted, not
                // described (the ninth garble hunt sent "14-room attendants").
                && !counts_people(tk_k(ws, i + 1))
        } else if prev.k == "self" {
            prev.t == prev.k
                && matches!(
                    w.k.as_str(),
                    "employed" | "taught" | "funded" | "motivated" | "starter" | "starters"
                )
        } else {
            false
        };
        // "family run business", and "family run," ending its phrase (round 64 sent "I
        // want to family run").
        // Also a phrase of its own after a comma ("small crew, family owned, they do
        // …": round 100 sent "and I family owned").
        let phrase_end = w.t.strip_suffix(',') == Some(w.k.as_str())
            && (i == 1 || i >= 2 && ws[i - 2].t.ends_with(','));
        // Or after "is"/"been" ("you've been family run since 1974": the sixth garble
        // hunt).
        let said_of = i >= 2 && word_in("is are was were been be", &ws[i - 2].k);
        let who_runs = !keep_unit
            && matches!(w.k.as_str(), "run" | "owned" | "led" | "funded")
            && (w.t == w.k && next_plain(FUNC | PASTX | FIN)
                || phrase_end
                || said_of && w.t == w.k)
            && matches!(
                prev.k.as_str(),
                "family" | "council" | "state" | "privately" | "locally" | "community" | "employee"
            );
        // "a full time carer", "the on call rota", "a play based curriculum": two
        // words that describe the noun after them, joined (the sixth garble hunt).
        let describer = !keep_unit
            && !who_runs
            && w.t == w.k
            && next_plain(FUNC | PASTX | FIN | NUM)
            && COMPOUNDS
                .split('|')
                .any(|c| c.split_once(' ') == Some((prev.k.as_str(), w.k.as_str())))
            // "on call" only after its article ("coached the team on call handling":
            // the review of session 20).
            && (prev.k != "on" || i >= 2 && word_in("a an the", &ws[i - 2].k));
        if keep_unit || who_runs || describer {
            let spelled = unit.to_owned();
            let second = ws.remove(i);
            let first = &ws[i - 1];
            let t = if keep_unit {
                format!("{}-{spelled}", first.t)
            } else {
                format!("{}-{}", first.t, second.t)
            };
            ws[i - 1] = if keep_unit {
                let f = kinds(&spelled);
                Tok { t, k: spelled, f }
            } else {
                Tok {
                    k: format!("{}-{}", first.k, second.k),
                    t,
                    f: 0,
                }
            };
        } else {
            i += 1;
        }
    }
}

/// "on whiteladies rd", "Marsh lane got planning": a street's name and its kind in
/// capitals ("Whiteladies Road", "Marsh Lane"); blind readers of round 132 marked
/// them careless. "rd" is only ever a road; "lane", "road" and "street" only after a
/// name the writer capitalised, or an uncommon word that opens the note.
fn street_name(ws: &mut [Tok], i: usize) {
    // The cheap test first: this runs for every word of every note.
    if !matches!(ws[i].k.as_str(), "rd" | "lane" | "road" | "street")
        || i == 0
        || !ws[i].t.starts_with(is_lower)
    {
        return;
    }
    let name = &ws[i - 1];
    let plain = name.f & (FUNC | NUM | DET) != 0
        || is_common_word(&name.k)
        || is_plain_adjective(&name.k)
        || name.k.len() < 3
        || !name.k.bytes().all(|b| b.is_ascii_lowercase());
    // (The key is lowercase; how it was typed is in `t`.)
    let abbreviated = ws[i].k == "rd" && !plain;
    let kind = matches!(ws[i].k.as_str(), "lane" | "road" | "street");
    // Words that say which road, not its name ("the main road", "a back lane").
    let which = word_in(
        "main ring high back side old new slip service access link dual private public \
         country bus long short busy quiet narrow",
        &name.k,
    );
    let named = kind && !plain && !which && name.t.starts_with(is_upper);
    if abbreviated || named {
        let full = if ws[i].k == "rd" { "Road" } else { "" };
        if full.is_empty() {
            capitalise(&mut ws[i]);
        } else {
            set_core(ws, i, i, full, false);
        }
        capitalise(&mut ws[i - 1]);
    }
}

/// Whether the word at `j` is a lowercase "want" or "hope" running on after a time with
/// no "and": the writer's next clause, its "I" dropped.
fn run_on_want(ws: &[Tok], j: usize) -> bool {
    ws.get(j)
        .is_some_and(|w| matches!(w.t.as_str(), "want" | "hope") && tk_k(ws, j + 1) == "to")
}

/// Pairs of words written with a hyphen before the noun they describe.
const COMPOUNDS: &str = "full time|part time|long term|short term|front facing|customer facing|\
    client facing|public facing|on call|play based|well known|high quality|\
    high risk|low risk";

/// Whether `k` names people in the plural ("attendants", "managers", "staff").
fn counts_people(k: &str) -> bool {
    // A list, not endings: "5 minute appointments", "2 day assessments" are measures
    // (the review of session 22).
    word_in(
        "attendants managers staff workers assistants officers members people nurses \
         carers drivers cleaners engineers operatives teachers volunteers supervisors \
         agents advisors advisers technicians porters chefs leaders",
        k,
    )
}

/// Units a count turns into a describer before a noun (see [`measure_compound`]).
const MEASURE_UNITS: &str = "pupil bed seat person man day week month year hour minute mile \
    acre hectare page storey room site branch store cover unit plot";

/// Words a time follows with no "for" ("took 3 months", "the last 8 years").
const TAKES_A_TIME: &str = "took take takes taking spent spend spending lasted last lasts \
    past first next aged over under nearly almost about around only just every per each \
    those these another";

/// "i" -> "I", "im" -> "I'm", "dont" -> "don't", "saturdays" -> "Saturdays" and the like.
fn tidy(ws: &mut [Tok]) {
    for i in 0..ws.len() {
        spell_out(ws, i);
        let w = &mut ws[i];
        let b = w.k.as_bytes();
        let mut n = b.len();
        while n > 0 && b[n - 1] == b's' {
            n -= 1;
        }
        // "saturdays" is "saturday"'s plural; "christmas" is itself.
        let cal = if n == b.len() {
            w.f
        } else {
            w.f | kinds(cut(&w.k, 0, n))
        };
        // "in march", "since may": the month, not the verb.
        let month = matches!(w.k.as_str(), "march" | "may")
            && i > 0
            && matches!(
                ws[i - 1].k.as_str(),
                "in" | "since"
                    | "by"
                    | "through"
                    | "thru"
                    | "till"
                    | "til"
                    | "until"
                    | "from"
                    | "last"
                    | "this"
                    | "next"
                    | "early"
                    | "late"
                    | "mid"
            )
            // "may to sept": a span of months (the third garble hunt).
            || matches!(tk_k(ws, i + 1), "to" | "till" | "until" | "through")
                && month(tk_k(ws, i + 2)).is_some();
        street_name(ws, i);
        let w = &mut ws[i];
        let mut cap = cal & CAL != 0 || is_i(&w.k) || month || w.f & PLACE != 0;
        cap |= i > 0 && place_by_form(&ws[i - 1].k, &ws[i].k);
        // "less polish, more personality": the shine, not the nation (garble hunt 20
        // misquoted the interviewer with a capital).
        let shine = ws[i].k == "polish"
            && i > 0
            && word_in("less more no bit extra high final", &ws[i - 1].k)
            && (ends_clause(&ws[i].t) || i + 1 == ws.len() || at(ws, i + 1, FUNC));
        cap &= !shine;
        let w = &mut ws[i];
        if w.f & INF != 0 {
            // See [`INFORMAL`].
            let k = &w.k;
            let at = k.len()
                - 1
                - usize::from(k.ends_with("re") || k.ends_with("ve") || k.ends_with("ll"));
            let mut fix = cut(k, 0, at).to_owned();
            fix.push('\'');
            fix.push_str(cut(k, at, k.len()));
            cap |= is_i(&fix);
            set_core(ws, i, i, &fix, true);
        }
        // "its near my house", "where its on fire": "it's" before no noun of its own
        // (the twelfth garble hunt); "its own", "its team" stay.
        let its_is = ws[i].k == "its"
            && word_in(
                "near on not a an the been going just really so too very all like getting \
                 got in at about hard easy great good mostly basically actually only for \
                 still",
                tk_k(ws, i + 1),
            );
        if its_is {
            set_core(ws, i, i, "it's", true);
        }
        // "north yorkshire": the word before a place that is part of its name.
        let prefix = ws[i].f & PLACE != 0 && i > 0 && word_in(PLACE_PREFIXES, &ws[i - 1].k);
        if prefix {
            capitalise(&mut ws[i - 1]);
        }
        if cap {
            capitalise(&mut ws[i]);
        }
        bracketed_name(ws, i);
        // "4 years experience", "four years grooming experience", "two weeks notice":
        // a time that measures a noun takes its apostrophe ("4 years' experience").
        if matches!(ws[i].k.as_str(), "years" | "months" | "weeks")
            && i > 0
            && (ws[i - 1].f & NUM != 0 || word_in(NUMBER_WORDS, &ws[i - 1].k))
            && (matches!(tk_k(ws, i + 1), "experience" | "notice")
                || (tk_k(ws, i + 2) == "experience" && fl(ws, i + 1) & (FUNC | NUM) == 0))
            && ws[i].t.ends_with('s')
        {
            ws[i].t.push('\'');
        }
        tidy_word(ws, i);
        // Not a code typed in its own mixed case ("SpO2": the sixth garble hunt found
        // "SPO2"), which lowercase is given too.
        let (s, e) = core_range(&ws[i].t);
        let core = &ws[i].t[s..e];
        // So is one typed with its capital first inside the sentence ("Cas9": garble
        // hunt 20 sent "CAS9" to a principal scientist).
        let first_up = i > 0
            && core.starts_with(|c: char| c.is_ascii_uppercase())
            && core.bytes().skip(1).any(|b| b"aeiou".contains(&b));
        let mixed = (first_up || core.bytes().skip(1).any(|b| b.is_ascii_uppercase()))
            && core.bytes().any(|b| b.is_ascii_lowercase());
        // ("sp02" with a zero too: the thirteenth garble hunt sent "SP02".)
        if matches!(ws[i].k.as_str(), "spo2" | "sp02") {
            ws[i].t.replace_range(s..e, "SpO2");
        } else if !mixed && (model_code(&ws[i].k) || initials(&ws[i])) {
            ws[i].t[s..e].make_ascii_uppercase();
        }
    }
}

/// "tpms", "hgv", "crm": a lowercase word of three to five letters with no vowel is
/// initials, written in capitals (not shorthand a note spells out, like "yrs" or
/// "pls", nor a title).
fn initials(w: &Tok) -> bool {
    let k = w.k.as_bytes();
    (3..=5).contains(&k.len())
        && k.iter()
            .all(|b| b.is_ascii_lowercase() && !b"aeiouy".contains(b))
        && !w.t.contains(is_upper)
        && pair(SHORTHAND, &w.k).is_none()
        && pair(UNITS, &w.k).is_none()
        && !word_in(ABBREVIATIONS, &w.k)
        && !word_in("hmm thx nth pls cld wld shld dbt", &w.k)
}

/// Pieces of work a note names without their article ("led payments migration").
const UNDERTAKINGS: &str = "migration rollout launch upgrade redesign rebuild overhaul \
    implementation integration refit restructure";

/// Verbs a writer leads a piece of work with.
const LED_VERBS: &str = "led ran managed delivered owned drove completed handled oversaw planned";

/// Kinds of institution whose own name a note may give in brackets.
const INSTITUTIONS: &str = "chambers school college hospital university trust council surgery \
    practice clinic hotel group centre academy museum library partners";

/// "a crime set (mitre lane chambers)": one to three words and a kind of institution,
/// alone in brackets, are its name, with their capitals.
fn bracketed_name(ws: &mut [Tok], i: usize) {
    if !ws[i].t.contains(')') {
        return;
    }
    let closes = |t: &str| t.trim_end_matches([',', '.', ';', ':']).ends_with(')');
    if !closes(&ws[i].t) || !word_in(INSTITUTIONS, &ws[i].k) {
        return;
    }
    let Some(start) = (i.saturating_sub(3)..i)
        .rev()
        .find(|&j| ws[j].t.starts_with('('))
    else {
        return;
    };
    let plain = ws[start..=i]
        .iter()
        .all(|w| w.f & (FUNC | NUM) == 0 && (!w.t[1..].contains(['(', ')']) || closes(&w.t)));
    if plain {
        ws[start..=i].iter_mut().for_each(capitalise);
    }
}

/// The words at `i` a story from work takes that a note leaves out: "and the owner
/// rang …", "the last 8 as …", "a bit like …", "an average of 52%", "adding £2.1m to
/// EBITDA"; see [`tidy_word`].
fn story_words(ws: &mut [Tok], i: usize) {
    // "…, owner rang the firm after to say thanks": someone in the story, named with no
    // article after a comma before their verb, is "and the owner".
    if ws[i].f & PERSON != 0
        && i > 0
        && ws[i - 1].t.ends_with(',')
        && ws[i].t.starts_with(is_lower)
        && at(ws, i + 1, PASTX)
        && !word_in(OWN_PEOPLE, &ws[i].k)
    {
        ws[i].t.insert_str(0, "and the ");
    }
    // "…, last 8 as head groundsman": the share of a time served takes "the".
    if ws[i].k == "last"
        && i > 0
        && ws[i - 1].t.ends_with(',')
        && (at(ws, i + 1, NUM) || word_in(NUMBER_WORDS, tk_k(ws, i + 1)))
    {
        ws[i].t.insert_str(0, "the ");
    }
    // "half there work comes off referrals": "their" typed as "there" before its noun
    // and that noun's verb.
    // Not in a question ("are there fam trips …?").
    // Not before a pronoun: "if they live there i wouldn't open up" is a place, then
    // the main clause (round 108 lost the whole answer to "their i").
    if ws[i].k == "there"
        && (i == 0 || fl(ws, i - 1) & FIN == 0)
        && fl(ws, i + 1) & (FUNC | FIN | NUM | ADVX | PASTX | SUBJ | SV) == 0
        && (at(ws, i + 2, FIN | PASTX)
            || fl(ws, i + 2) & FUNC == 0 && tk_k(ws, i + 2).ends_with('s'))
        && !ends_clause(&ws[i].t)
        && !ends_clause(&ws[i + 1].t)
    {
        set_core(ws, i, i, "their", false);
    }
    // "…, bit like phone launches": "a bit".
    if ws[i].k == "bit"
        && matches!(tk_k(ws, i + 1), "like" | "more" | "less")
        && (i == 0 || ends_clause(&ws[i - 1].t))
    {
        ws[i].t.insert_str(0, "a ");
    }
    // "my uncles farm", "that was his grandads": a relative's, with its apostrophe.
    let family = matches!(
        ws[i].k.as_str(),
        "uncles" | "aunts" | "grandads" | "grandmas" | "nans" | "dads" | "mums"
    );
    let owned =
        || i + 1 == ws.len() || ends_clause(&ws[i].t) || fl(ws, i + 1) & (FUNC | FIN | PASTX) == 0;
    if family && i > 0 && at(ws, i - 1, DET) && owned() {
        let (_, e) = core_range(&ws[i].t);
        ws[i].t.insert(e - 1, '\'');
    }
    average_and_rate(ws, i);
    // "…, +£2.1m EBITDA": money added to a measure.
    if i > 0 && ws[i - 1].t.ends_with(',') && ws[i].t.starts_with("+£") {
        let to = if fl(ws, i + 1) & (FUNC | NUM) == 0 && i + 1 < ws.len() {
            " to"
        } else {
            ""
        };
        ws[i].t = format!("adding {}{to}", &ws[i].t[1..]);
    }
}

/// An average and a rate at `ws[i]` said as a letter says them.
fn average_and_rate(ws: &mut [Tok], i: usize) {
    // "from avg 52% to 78%": an average before its figure is "an average of".
    // Only after a preposition: "my pens average 12.8 weaned per sow" is the verb.
    // So after the verb it counts for ("answered avg 90 calls": garble hunt 7).
    // Not "on average, 10% above target": the figure after a comma is another.
    // (Or a rough one: "with avg around $14k".)
    let rough = word_in("around about roughly nearly", tk_k(ws, i + 1)) && at(ws, i + 2, NUM);
    let own_figure = (at(ws, i + 1, NUM) || rough) && !ends_clause(&ws[i].t);
    // And after a comma ("…for 2 years, avg 15 kids a week": the ninth garble hunt
    // sent "with average 15 kids").
    let after = i > 0 && (at(ws, i - 1, PREP | PASTX) || ws[i - 1].t.ends_with(','));
    if ws[i].k == "average" && own_figure && after {
        set_core(ws, i, i, "an average of", false);
    }
    // A rate after its figure ("90 calls/day"), not "payroll/hr" or "day/weekend".
    if i > 0 && at(ws, i - 1, NUM) {
        rate_in_words(&mut ws[i].t);
    }
}

/// "90 calls/day", "40 jobs/week": a rate said in words ("90 calls a day").
fn rate_in_words(t: &mut String) {
    // The cheap test first: most words have no slash.
    if !t.contains('/') {
        return;
    }
    for unit in ["/day", "/week", "/shift", "/month", "/hour", "/hr"] {
        let end = t
            .trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
            .len();
        if let Some(at) = t.find(unit).filter(|&at| at > 2 && at + unit.len() == end) {
            let said = match unit {
                "/hr" | "/hour" => " an hour".to_owned(),
                _ => [" a ", &unit[1..]].concat(),
            };
            t.replace_range(at..at + unit.len(), &said);
            return;
        }
    }
}

/// Units of time served after a figure ("4 yrs passenger services", "dinghy instructor
/// 3 summers"), as the time-served rules read them.
const TIME_SERVED: &str = "years yrs months weeks summers seasons";

/// Words that name a level before its number ("class 2", "part 3", "band 5").
const LEVELS: &str = "class part level band grade tier phase";

/// "… sent us 3 more cases after", "… keep supporting families after": a sentence
/// that ends on "after" a plural thing means "afterwards" (round 122's reader: it
/// "trails off"); not "the weeks after" nor "the kids I look after".
fn afterwards(ws: &mut [Tok], i: usize) {
    if ws[i].k == "after"
        && i > 0
        && i + 1 == ws.len()
        && ws[i - 1].f & FUNC == 0
        && ws[i - 1].k.len() > 3
        && ws[i - 1].k.ends_with('s')
        && !ws[i - 1].k.ends_with("ss")
        && !word_in(
            TIME_NOUNS,
            ws[i - 1].k.strip_suffix('s').unwrap_or_default(),
        )
        && !word_in("days hours minutes years", &ws[i - 1].k)
        // A verb that takes "after" ("the families the hospice looks after").
        && !["look", "take", "go", "run", "chase", "seek", "name"]
            .iter()
            .any(|v| ws[i - 1].k.starts_with(v))
    {
        let (s, e) = core_range(&ws[i].t);
        ws[i].t.replace_range(s..e, "afterwards");
    }
}

/// Words before "at" that make what follows it a place of work ("worked at morrisons",
/// "my supervisor at greenscape", "two summers at aston hall").
const BEFORE_WORKPLACE: &str = "worked work job jobs time years yrs months year summers summer \
    shift shifts manager supervisor boss deputy owner customer customers staff colleague \
    colleagues placement internship apprenticeship volunteered volunteering role post stint \
    contract started gaffer super";

/// Words after "at" that are no name, even after those words ("time at home", "years at
/// uni", "a shift at reception").
const NOT_WORKPLACES: &str = "home work school college uni university church court sea night \
    nights lunch breakfast dinner peak scale pace risk fault height heights short high current \
    independent old big about like around reception handover customs junction weekends weekend \
    times best worst most least first last once all length random speed present ease full \
    interview induction triage dispatch checkout nursery training events start end front back \
    desk counter bar gate door entrance site sites night christmas easter weekend least pickup \
    drop-off previous former new age festivals events shows markets fairs half hand midnight \
    noon dawn dusk weddings parties foodbank foodbanks hospices same minimum sixth secondary \
    grammar primary lunchtime capacity depth altitude hospital camp till store board bottom \
    fifteen sixteen seventeen eighteen nineteen twenty";

/// Words that go on a place's name ("aston hall", "riverside park", "tesco express").
const NAME_TAILS: &str = "hall house park farm inn primary academy church hospital centre \
    center road street lane court green vale ridge brook bend heath hill wood woods gardens bay \
    quay quays marina arms hotel lodge manor grange mill works express archives trust museum \
    zoo library superstore extra garage motors services hollow uk";

/// "worked at morrisons", "my supervisor at greenscape", "a day at st agnes": a place
/// of work typed in lowercase takes its capitals, with the words of its name after it
/// ("Aston Hall"). Readers of rounds 116 and 119 and the tenth garble hunt marked
/// "screwfix", "greenscape" and "marriott" as careless; nothing else after "at" is
/// touched ("years at uni", "good at timetabling").
fn workplace_named(ws: &mut [Tok], i: usize) {
    let plain = |w: &Tok| {
        w.f & (FUNC | NUM) == 0
            && w.t.starts_with(|c: char| c.is_ascii_lowercase())
            && !w.t.contains(' ')
            && w.k
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'')
    };
    // "at st agnes": a saint's name is one, after a preposition or at the start (not
    // "the high st matters").
    // ("on the st marys re-roof" too: round 142 sent "st marys".)
    let saint = i == 0 || word_in("at for of to from in near by the", &ws[i - 1].k);
    if saint && ws[i].k == "st" && ws[i].t.starts_with('s') && ws.get(i + 1).is_some_and(plain) {
        capitalise(&mut ws[i]);
        capitalise(&mut ws[i + 1]);
        // "St Marys" is "St Mary's", the saint's.
        let named = ws[i + 1].k.strip_suffix('s').is_some_and(|b| {
            word_in(
                "mary john peter paul george anne joseph michael andrew david patrick helen \
                 alban luke mark james margaret catherine bartholomew thomas",
                b,
            )
        });
        if named && !ws[i + 1].t.contains('\'') {
            let at = ws[i + 1].t.trim_end_matches([',', '.', ';', ':']).len() - 1;
            ws[i + 1].t.insert(at, '\'');
        }
        return;
    }
    let Some(n) = ws.get(i + 1) else { return };
    let at_work = ws[i].k == "at"
        && i > 0
        && !ends_clause(&ws[i - 1].t)
        && word_in(BEFORE_WORKPLACE, &ws[i - 1].k);
    let name = plain(n)
        && n.k.len() > 2
        && !n.k.ends_with("ing")
        && !n.k.ends_with("ed")
        && !word_in(NOT_WORKPLACES, &n.k)
        && n.k != "st";
    // Not the first word of a plural noun ("volunteered at food banks").
    let many = ws.get(i + 2).is_some_and(|w| {
        plain(w) && w.k.len() > 3 && w.k.ends_with('s') && !word_in(NAME_TAILS, &w.k)
    });
    if !(at_work && name) || many {
        return;
    }
    name_capitals(&mut ws[i + 1]);
    let mut j = i + 2;
    while !ends_clause(&ws[j - 1].t)
        && ws
            .get(j)
            .is_some_and(|w| plain(w) && word_in(NAME_TAILS, &w.k))
    {
        name_capitals(&mut ws[j]);
        j += 1;
    }
}

/// A name's capitals: initials with no vowel all in capitals ("DHL", "UK"), "Mc" with
/// the capital after it ("McDonalds"), else the first letter.
fn name_capitals(w: &mut Tok) {
    let (s, e) = core_range(&w.t);
    let core = &mut w.t[s..e];
    if core.len() <= 4 && !core.contains(['a', 'e', 'i', 'o', 'u', 'y']) || core == "uk" {
        core.make_ascii_uppercase();
        return;
    }
    if core.len() > 3 && core.starts_with("mc") {
        core[2..3].make_ascii_uppercase();
    }
    capitalise(w);
}

/// The last words of an organisation's name ("kingsmead academy", "oak hill learning
/// trust", "bath college"): after one of [`BEFORE_ORG`], the words before one of these
/// are its name.
const ORG_TAILS: &str = "academy trust college university council hospital hospice primary \
    solicitors";

/// Words before an organisation's name in a note: "at", "joined", "for" …
const BEFORE_ORG: &str = "at joined for from with";

/// Words that say what kind an organisation is, not which ("sixth form college", "art
/// college", "a local academy"): a name opening with one takes no capitals.
const ORG_KINDS: &str = "art drama medical law business language dance driving music summer \
    agricultural technical tech beauty teacher borough town student youth russell redbrick \
    upper tennis graduate partner small personal other external mutual client patient public \
    strong county parish city district regional national \
    community further local state private special infant junior middle high boarding \
    teaching general district city county village care multi specialist independent \
    catholic faith free dental veterinary mental children's childrens nhs acute sixth \
    secondary grammar primary nursery training learning our my your their this that";

/// "retendered the contracts at kingsmead academy", "joined oak hill learning trust": an
/// organisation typed in lowercase takes its capitals, from the word after `i` (one of
/// [`BEFORE_ORG`]) to one of [`ORG_TAILS`] at most three words on. Round 145's reader
/// marked both as careless from a school business manager. Not a kind of organisation
/// ("at sixth form college", "at a local academy": see [`ORG_KINDS`]).
fn org_named(ws: &mut [Tok], i: usize) {
    // "for", "with" and "from" only after a word of work ("worked for bury council",
    // not "with mutual trust" or "from April trust policy": the review of session 30).
    let at = matches!(ws[i].k.as_str(), "at" | "joined");
    let worked =
        i > 0 && (word_in(BEFORE_WORKPLACE, &ws[i - 1].k) || word_in(WORKED, &ws[i - 1].k));
    if !word_in(BEFORE_ORG, &ws[i].k) || ends_clause(&ws[i].t) || !(at || worked) {
        return;
    }
    let plain = |w: &Tok| {
        w.f & (FUNC | NUM | FIN | PASTX) == 0
            && w.t.starts_with(|c: char| c.is_ascii_lowercase())
            && w.k.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
    };
    let Some(first) = ws.get(i + 1) else { return };
    // The name's first word may have its capital already ("at Oakfield high school",
    // from the user or [`workplace_named`]).
    let named = |w: &Tok| {
        w.f & (FUNC | NUM | FIN | PASTX) == 0
            && w.t.starts_with(|c: char| c.is_ascii_uppercase())
            && w.t[1..].bytes().all(|b| b.is_ascii_lowercase())
    };
    // Not an -ing or -ed in lowercase ("best at building trust").
    let verb_like = first.k.ends_with("ing") || first.k.ends_with("ed");
    if !(plain(first) && !verb_like || named(first))
        || first.k.len() < 3
        || word_in(ORG_KINDS, &first.k)
        || word_in(NOT_WORKPLACES, &first.k)
    {
        return;
    }
    // The tail, with only plain words before it and no clause ending between.
    let mut end = None;
    for (k, w) in ws.iter().enumerate().skip(i + 1).take(4) {
        if !(plain(w) || k == i + 1) {
            break;
        }
        // "school" ends a name of two words or more ("wakefield primary school"),
        // not a kind ("dance school").
        let school = k > i + 2 && w.k == "school";
        if k > i + 1 && (word_in(ORG_TAILS, &w.k) || school) {
            end = Some(k);
        }
        if ends_clause(&w.t) {
            break;
        }
    }
    let Some(end) = end else { return };
    // "trust wide", "hospital wide": a kind, not a name.
    if tk_k(ws, end + 1) == "wide" {
        return;
    }
    // A word of two letters ("holy trinity ce primary") is as often an abbreviation
    // as a word: the name is left as typed. (Three letters with no vowel are one:
    // "hmp" is "HMP"; "ucl" still reads as a word, "Ucl".)
    if ws[i + 1..=end]
        .iter()
        .any(|w| w.k != "st" && w.k.len() <= 2)
    {
        return;
    }
    // ("kpmg academy": "KPMG"; "mcauley": "McAuley".)
    for w in &mut ws[i + 1..=end] {
        if w.k == "st" {
            capitalise(w);
        } else {
            name_capitals(w);
        }
    }
}

/// Verbs of work before "for", "with" or "from" and an organisation's name.
const WORKED: &str = "trained taught studied qualified graduated volunteer volunteers \
    temped nursed cleaned cooked drove been moved came degree nurse governor";

/// The word at `i` as a letter writes it, for what this round's readers found in
/// notes: a count's time ("4 kids in the first week"), "my own", "for example", a
/// name after a title ("Dr Hale"), a named level ("Part 3") and a count written "2x".
fn tidy_word(ws: &mut [Tok], i: usize) {
    // "4 kids first week": the time a count was reached takes "in the".
    if i >= 2
        && ws[i - 2].f & NUM != 0
        && ws[i - 1].k.ends_with('s')
        && ws[i - 1].f & FUNC == 0
        && word_in("first second third opening", &ws[i].k)
        && word_in("week day month year term season", tk_k(ws, i + 1))
    {
        ws[i].t.insert_str(0, "in the ");
    }
    // "led objc to swift migration of the payments module": a piece of work the
    // writer led, named with no article, takes "the". Read from the verb, which is
    // rarer than the words after it.
    if fl(ws, i) & PASTX != 0 && fl(ws, i + 1) & (DET | FUNC) == 0 && word_in(LED_VERBS, &ws[i].k) {
        let mut k = i + 1;
        while k < ws.len()
            && k - i <= 4
            && fl(ws, k) & (DET | NUM | PASTX) == 0
            && (fl(ws, k) & FUNC == 0 || ws[k].k == "to")
        {
            let ends = k + 1 == ws.len() || ends_clause(&ws[k].t) || at(ws, k + 1, PREP);
            if ends && word_in(UNDERTAKINGS, &ws[k].k) {
                ws[i + 1].t.insert_str(0, "the ");
                break;
            }
            if ends_clause(&ws[k].t) {
                break;
            }
            k += 1;
        }
    }
    story_words(ws, i);
    time_served(ws, i);
    // "by end 2024", "by end march": the end of a period, "by the end of 2024".
    if ws[i].k == "end"
        && i > 0
        && ws[i - 1].k == "by"
        && ws[i].t == "end"
        && (at(ws, i + 1, NUM | CAL) || word_in(TIME_NOUNS, tk_k(ws, i + 1)))
    {
        ws[i].t = "the end of".to_owned();
    }
    // "40+ guest reviews": a note's plus after a figure is "over 40" in a letter
    // (blind readers marked "40+" and "300+" as notes).
    // Not opening a note, whose frame may put "the" before it, nor after "the" or
    // "at" ("the 1,400+ enquiries", "at 11+"), nor before a singular unit ("70+ hour
    // fermentations").
    if ws[i].f & NUM != 0
        && ws[i].t.contains('+')
        && i > 0
        && !matches!(
            ws[i - 1].k.as_str(),
            "the" | "at" | "a" | "an" | "my" | "our"
        )
        && !word_in("hour day week month year minute mile", tk_k(ws, i + 1))
    {
        let (_, e) = core_range(&ws[i].t);
        if ws[i].t[e..].starts_with('+') {
            let t = &ws[i].t;
            ws[i].t = ["over ", &t[..e], &t[e + 1..]].concat();
        }
    }
    // "at previous firm": a workplace of the writer's takes "my".
    if i > 0
        && matches!(ws[i].k.as_str(), "previous" | "current" | "former" | "old")
        && matches!(ws[i - 1].k.as_str(), "at" | "in" | "from" | "with")
        && (word_in(WORKPLACES, tk_k(ws, i + 1)) || matches!(tk_k(ws, i + 1), "job" | "place"))
    {
        ws[i].t.insert_str(0, "my ");
    }
    // "have own van and tools": "own" takes its "my".
    if ws[i].k == "own"
        && i > 0
        && matches!(
            ws[i - 1].k.as_str(),
            "have" | "has" | "got" | "with" | "bring"
        )
    {
        ws[i].t.insert_str(0, "my ");
    }
    // "e.g." is a note's; a letter says "for example" after a comma, else "such as".
    if ws[i].t.starts_with('e') && matches!(ws[i].t.as_str(), "e.g." | "e.g.," | "eg") {
        let comma = i > 0 && ws[i - 1].t.ends_with(',');
        let said = if comma { "for example" } else { "such as" };
        let tail = if ws[i].t.ends_with(',') { "," } else { "" };
        ws[i].t = [said, tail].concat();
    }
    // "dr hale": a name after a title takes its capital.
    if ws[i].k.len() <= 4
        && matches!(ws[i].k.as_str(), "dr" | "mr" | "mrs" | "ms" | "prof")
        && ws.get(i + 1).is_some_and(|n| {
            let core = cut(&n.t, core_range(&n.t).0, n.t.len());
            core.starts_with(|c: char| c.is_ascii_lowercase()) && n.f & FUNC == 0
        })
    {
        capitalise(&mut ws[i]);
        capitalise(&mut ws[i + 1]);
    }
    workplace_named(ws, i);
    org_named(ws, i);
    afterwards(ws, i);
    // "class 2", "part 3", "band 5": a named level takes its capital.
    // One digit: "my part 90 weekly office hours" is a share, not a level.
    if tk_k(ws, i + 1).len() == 1 && fl(ws, i + 1) & NUM != 0 && word_in(LEVELS, &ws[i].k) {
        capitalise(&mut ws[i]);
    }
    // "2x commendations": a count, not a multiplier ("2 commendations").
    let times = ws[i].k.len().saturating_sub(1);
    // Not "the 10x was queries per day" (garble hunt 20 sent "The 10 was …").
    if ws[i].k.ends_with('x')
        && (1..=2).contains(&times)
        && ws[i].k.bytes().take(times).all(|b| b.is_ascii_digit())
        && tk_k(ws, i + 1).ends_with('s')
        && fl(ws, i + 1) & (FUNC | FIN | PASTX | SV) == 0
    {
        let n = cut(&ws[i].k, 0, times).to_owned();
        set_core(ws, i, i, &n, false);
    }
}

/// People a pronoun names already: no article before them ("someone asked me", round
/// 108 sent "A someone …").
const ANYONE: &str = "someone somebody anyone anybody everyone everybody";

/// Nouns for a role someone holds ("shift lead", "delivery driver").
const ROLES: &str = "lead leader manager engineer driver supervisor officer assistant technician \
    analyst nurse teacher consultant coordinator administrator director mechanic operator \
    volunteer treasurer chair advisor adviser developer designer planner buyer cashier \
    receptionist apprentice trainee intern carer graduate mariner estimator scaffolder chemist \
    groomer electrician plumber welder joiner accountant solicitor paramedic scientist \
    researcher surveyor editor producer therapist pharmacist midwife specialist executive \
    clerk associate instructor coach crew hand";

/// Whether a segment between breaks has no verb of its own, as a figure's change
/// reads: "healing time down from 14 weeks to 9" (an "-ing" word before a singular
/// noun is no verb; "cutting costs down 10%" still is), "escaped defects down 40%" (a
/// participle before its plural noun describes it).
fn verbless_figures(seg: &[Tok]) -> bool {
    // Up to a clause of time or reason after it ("sales up 22% since I started
    // tasting Saturdays": the change itself has no verb, round 102).
    let end = seg
        .iter()
        .position(|w| w.f & (SUB | PSUB) != 0)
        .unwrap_or(seg.len());
    let seg = &seg[..end];
    seg.iter().enumerate().all(|(j, w)| {
        let before_noun = seg
            .get(j + 1)
            .is_some_and(|n| n.f & (FUNC | NUM) == 0 && !ends_clause(&w.t) && !n.k.ends_with('s'));
        // Not a past that is never a describing word ("…, got arrears down from 6.2%":
        // round 136 sent "with got arrears down").
        let describes = w.f & PASTX != 0
            && !word_in(
                "got had did made took ran won led kept brought gave went came",
                &w.k,
            )
            && seg.get(j + 1).is_some_and(|n| {
                n.f & (FUNC | NUM) == 0 && !ends_clause(&w.t) && n.k.ends_with('s')
            });
        (w.f & (FIN | SV | SUBJ | PASTX) == 0 || describes) && (w.f & INGX == 0 || before_noun)
    })
}

/// Where "from" is in a phrase of what moved between two figures ("accuracy from 40%
/// to 75% over 5 weeks"): after one to three plain words, with no verb anywhere.
fn moved_from_to(seg: &[Tok]) -> Option<usize> {
    let f = (1..=3).find(|&f| tk_k(seg, f) == "from")?;
    // Not a change said as such ("flaky failures down from 9%"), which takes "with".
    let plain = seg[..f]
        .iter()
        .all(|w| w.f & (FUNC | NUM | ADVX | PASTX | INGX | FIN) == 0 && !word_in("up down", &w.k));
    // A unit may follow the first figure ("from 30 hours to 12"); a bare range is no
    // change ("ages from 5 to 11": the review of session 20).
    let to = |t: usize| tk_k(seg, t) == "to" && at(seg, t + 1, NUM);
    // ("…, where im from" ends on it: the fifteenth garble hunt's panic.)
    let measured = seg
        .get(f + 1)
        .is_some_and(|w| w.t.contains(['%', '£', '$']))
        || to(f + 3);
    let figures = at(seg, f + 1, NUM) && (to(f + 2) || to(f + 3)) && measured;
    let verbless = seg
        .iter()
        .all(|w| w.f & (FIN | SV | SUBJ | PASTX | INGX) == 0);
    (plain && figures && verbless && seg.len() <= 10).then_some(f)
}

/// Whether what someone else said opens the note ("the treasurer said the outfield is
/// their biggest headache, waterlogged 6 weekends last season"): it goes on after its
/// comma, and the writer did none of it (round 110 sent "and I waterlogged six
/// weekends").
fn reported(ws: &[Tok]) -> bool {
    let said_at = ws
        .iter()
        .position(|w| word_in("said says told mentioned explained", &w.k));
    // Not the writer's own story ("My manager said it was urgent, stayed late …": the
    // review of session 20).
    let mine = ws.iter().any(|w| matches!(w.k.as_str(), "my" | "me"));
    !mine && said_at.is_some_and(|p| p > 0 && !ws[..p].iter().any(|w| is_i(&w.k)))
}

/// Whether the comma before `s` closes a clause of time or condition ("…and after I
/// renovated the square in 2019, pitches were rated good"): what follows is its main
/// clause, not one to join with "and" (round 110 sent ", and pitches").
fn closes_timed_clause(ws: &[Tok], s: usize) -> bool {
    ws[..s]
        .iter()
        .rev()
        .take_while(|w| !ends_clause(&w.t) || w.t.ends_with(','))
        .take(12)
        .any(|w| word_in("after when once since because if while", &w.k))
}

/// Whether the clause ending before `e` is the note's last, or the last before one
/// with its own pronoun subject ("…, sorted a voucher, she came back a week later"),
/// or before only figures ("…, turned them into a bowling game, accuracy from 40% to
/// 75%": round 109): that one becomes a sentence of its own.
fn last_clause(ws: &[Tok], e: usize) -> bool {
    e == ws.len() || at(ws, e, SUBJ) && ws[e].k != "i" || only_figures_after(ws, e)
}

/// Whether everything from `e` is one phrase of what moved between two figures
/// ("accuracy from 40% to 75% over 5 weeks"), with no verb.
fn only_figures_after(ws: &[Tok], e: usize) -> bool {
    let rest = part(ws, e, ws.len());
    !rest.is_empty()
        && rest[..rest.len() - 1].iter().all(|w| !ends_clause(&w.t))
        && moved_from_to(rest).is_some()
}

/// Whether the word at `s` is "like" before its noun ("…, like a letter home or the
/// theory book"), which is "such as", not the writer's dropped "I like" (round 61).
fn such_as(ws: &[Tok], s: usize) -> bool {
    ws[s].k == "like" && at(ws, s + 1, DET)
}

/// Whether the phrase at `s` takes no "I" of its own: inside brackets it is an aside
/// about someone else ("a professor (60ish, never used lecture capture)"), not the
/// writer's dropped "I"; in a list of past verbs that a later "and" ends, it shares
/// the first "I".
fn no_own_i(ws: &[Tok], s: usize) -> bool {
    ws[..s].iter().fold(0, |d, w| bracket_depth(d, &w.t)) > 0 || in_past_list(ws, s)
}

/// "had knee surgery, cleared by DOT doc in june": after an operation the one
/// "cleared" at `s` is the writer (garble hunt 16 sent "and it was cleared").
fn cleared_after_treatment(ws: &[Tok], s: usize) -> bool {
    word_in("cleared discharged", &ws[s].k)
        && ws[..s].iter().any(|w| {
            word_in(
                "surgery operation op injury illness treatment recovery",
                &w.k,
            )
        })
}

/// Whether the past verb at `s` is one of a list of the writer's that a later "and"
/// ends ("I called a hold, reworked the cues … and we were running again"): it shares
/// the first "I" (round 46's "…, and I reworked … and we were running").
fn in_past_list(ws: &[Tok], s: usize) -> bool {
    // The list's first verb may have dropped its "I" too ("the contamination in
    // 2024, traced it to …, brought in … and we haven't …").
    let dropped_before = (1..s).any(|j| {
        ends_clause(&ws[j - 1].t) && fl(ws, j) & PASTX != 0 && ws[j].t.starts_with(is_lower)
    });
    (dropped_before || ws[..s].iter().any(|w| is_i(&w.k)))
        && fl(ws, s) & PASTX != 0
        && ws[s..].iter().any(|w| w.k == "and")
}

/// After a comma at `s`, a clause that dropped the writer's "I" where nothing else can
/// stand for it: "…, and want to get into the safety side" ("and I want to"), "…, not
/// had a wasted visit in months" ("and I have not had"). True when it put the "I" in.
fn mine_too(ws: &mut [Tok], s: usize) -> bool {
    let lower = |j: usize| ws.get(j).is_some_and(|w| w.t.starts_with(is_lower));
    // Not after a modal the verb shares ("I'd start …, and build from there": round
    // 61 sent "and I build").
    let modal = ws[..s].iter().any(|w| word_in("i'd i'll would will", &w.k));
    if ws[s].k == "and" && at(ws, s + 1, FPV) && lower(s + 1) && !modal {
        ws[s + 1].t.insert_str(0, "I ");
        return true;
    }
    if ws[s].k == "not" && tk_k(ws, s + 1) == "had" && at(ws, s + 2, DET) && lower(s) {
        ws[s].t.insert_str(0, "and I have ");
        return true;
    }
    // "Template and families were set up by our BIM manager, and should have said
    // that straight": what the writer should have done, after a clause of someone
    // else's (round 132 sent it without its "I").
    // Not after a person's clause, whose it is ("She set the targets, and should have
    // listened …"), nor one that points back at the writer ("…, and should have told
    // us": the review of session 27).
    let someone_else = !ws[..s].iter().any(|w| is_i(&w.k) || w.k == "we");
    // (The subject only: "…were set up by our BIM manager" is no person's clause.)
    let verb = ws[..s]
        .iter()
        .position(|w| w.f & (FIN | PASTX | BEEN) != 0)
        .unwrap_or(s);
    let a_person = ws[..verb]
        .iter()
        .any(|w| w.f & (PERSON | SHEHE) != 0 || w.k == "they");
    let back_at_me = ws[s..]
        .iter()
        .any(|w| word_in("us me my our myself ourselves", &w.k));
    if ws[s].k == "and"
        && word_in("should could would", tk_k(ws, s + 1))
        && tk_k(ws, s + 2) == "have"
        && lower(s + 1)
        && someone_else
        && !a_person
        && !back_at_me
    {
        ws[s + 1].t.insert_str(0, "I ");
        return true;
    }
    false
}

/// Whether the verb at `v`, last in its note, is a past of the writer's that dropped
/// its "I": a past tense ("…, and I approved …"), or "had" before its object ("…,
/// never had a pitch marked below average"); not a feeling before its clause ("…,
/// terrified they'd take his things"), which says how someone in the story felt.
fn past_of_the_writer(ws: &[Tok], v: usize) -> bool {
    let had = tk_k(ws, v) == "had" && at(ws, v + 1, DET);
    let feeling = at(ws, v + 1, SUBJ | SV) && word_in(FEELINGS, tk_k(ws, v));
    (fl(ws, v) & PASTX != 0 || had) && !feeling
}

/// Feelings in "-ed" that a clause follows ("terrified they'd take his things").
const FEELINGS: &str = "terrified scared worried frightened panicked convinced embarrassed \
    relieved";

/// Past forms that take an object, so that with none after them (a figure or a time
/// instead) they say what was done to something: "approved 3 months later".
const DONE_TO: &str = "approved granted accepted signed awarded funded cleared refunded quoted \
    cited published featured shortlisted commended";

/// Roles that name a body of people, which take no article ("as RNLI crew").
const COLLECTIVE_ROLES: &str = "crew";

/// A note that opens with a role of one to three words and a preposition or a break
/// ("shift lead on 4 A320 C-checks", "delivery driver for 4 years") has dropped "I
/// was": the sentence with it, if it then has its subject and verb.
fn held_role(ws: &[Tok]) -> Option<String> {
    // The cheap test first: a role ends at a break, an aside in brackets ("Economics
    // graduate (Leeds)"), or before "on", "at", "for", "in", "from".
    let ends_role = |j: usize| {
        ends_clause(&ws[j].t)
            || matches!(
                tk_k(ws, j + 1),
                "on" | "at" | "for" | "in" | "from" | "with"
            )
            // "team leader of 14 advisors"; not a body of people ("crew of 6").
            || tk_k(ws, j + 1) == "of" && !word_in(COLLECTIVE_ROLES, &ws[j].k)
            || ws.get(j + 1).is_some_and(|n| n.t.starts_with('('))
    };
    // "retail supervisor 2 yrs at the sports store": the time served, with the "for"
    // a note leaves out.
    // ("team leader, 3 yrs ago" is when, not how long: the review of session 25.)
    let served = |j: usize| {
        at(ws, j + 1, NUM) && word_in(TIME_SERVED, tk_k(ws, j + 2)) && tk_k(ws, j + 3) != "ago"
    };
    if let Some(j) = (0..3.min(ws.len())).find(|&j| served(j) && word_in(ROLES, &ws[j].k)) {
        let mut with_for: Vec<Tok> = ws.iter().map(|w| Tok::new(w.t.clone())).collect();
        // "team leader, 3 yrs": the comma goes with the "for" that replaces it (the
        // review of session 24 found "a team leader, for three years").
        if let Some(role) = with_for[j].t.strip_suffix(',') {
            with_for[j] = Tok::new(role.to_owned());
        }
        // Nor a "with" put before the figure ("for with three years").
        if let Some(n) = with_for[j + 1].t.strip_prefix("with ") {
            with_for[j + 1] = Tok::new(n.to_owned());
        }
        with_for.insert(j + 1, Tok::new("for".to_owned()));
        return held_role(&with_for);
    }
    let head = (0..3.min(ws.len())).find(|&j| ends_role(j) && word_in(ROLES, &ws[j].k))?;
    // The role itself in lowercase; a subject before it may have its capital
    // ("Economics graduate").
    let bare = ws[..=head].iter().enumerate().all(|(j, w)| {
        w.f & (FUNC | NUM | ADVX | PASTX | INGX | SUBJ | SV) == 0
            && (w.t.starts_with(is_lower) || j < head)
    });
    ws.get(head + 1)?;
    // "small crew, family owned": a body of people described is the company, not a
    // role the writer held (round 100 sent "I was a small crew").
    let described = word_in(COLLECTIVE_ROLES, &ws[head].k)
        && ws[..head].iter().any(|w| is_plain_adjective(&w.k));
    if !bare || described {
        return None;
    }
    // A graduate still is one; a role held is told in the past.
    let verb = if matches!(ws[head].k.as_str(), "graduate" | "mariner") {
        "am"
    } else {
        "was"
    };
    with_attributes(verb, ws, head)
        .or_else(|| role_then_result(verb, ws, head))
        .or_else(|| one_of(verb, ws))
}

/// "team leader of 14 advisors at brightwave energy, FCR went 71% to 83% in a yr": the
/// role held, then what came of it as a clause of its own, joined with "and" (round
/// 132 sent it as a fragment, then lost it as notes, and the reader missed the result
/// most).
fn role_then_result(verb: &str, ws: &[Tok], head: usize) -> Option<String> {
    let c = (head..ws.len()).find(|&j| ends_clause(&ws[j].t))?;
    let rest = part(ws, c + 1, ws.len());
    let role = &ws[..=c];
    let verbless = role
        .iter()
        .all(|w| w.f & (FIN | SV | SUBJ | PASTX | IWE) == 0);
    // One clause of something else's, its verb near its start ("FCR went …"): not
    // the writer's own ("I like …", which stands as a sentence), nor more notes ("strong
    // on documentation … - co-curated …": the corpus of session 26).
    let result = rest.len() > 2
        && rest[0].f & (FIN | PASTX | IWE | SUBJ | SV | ADVX) == 0
        && (1..5).any(|j| at(rest, j, FIN | PASTX))
        && !rest
            .iter()
            .any(|w| ends_clause(&w.t) && !w.t.ends_with('.') || w.t == "-");
    if !ws[c].t.ends_with(',') || !verbless || !result || !main_clause_ok(rest) {
        return None;
    }
    let mut role = role.to_vec();
    if let Some(last) = role.last_mut() {
        last.t.pop();
    }
    let held = one_of(verb, &role)?;
    let held = held.strip_suffix('.')?;
    let s = sentence(&format!("{held}, and "), rest, inner(rest), "", '.');
    has_subject_and_verb(&s).then_some(s)
}

/// "Economics graduate (Leeds), dissertation on X, 6-month placement doing Y": after
/// the role and a comma, phrases without a verb are what came with it: "I am an
/// Economics graduate (Leeds), with a dissertation on X and a 6-month placement doing
/// Y." None unless every phrase after the role reads so (one to three of them).
fn with_attributes(verb: &str, ws: &[Tok], head: usize) -> Option<String> {
    let c = (head..ws.len()).find(|&j| ws[j].t.ends_with(','))?;
    let mut phrases: Vec<String> = Vec::new();
    let mut roles: Vec<bool> = Vec::new();
    let mut s = c + 1;
    while s < ws.len() {
        let e = (s..ws.len())
            .find(|&j| ends_clause(&ws[j].t))
            .map_or(ws.len(), |j| j + 1);
        let seg = part(ws, s, e);
        // (Not a step the shaping joined on: "…, and I inspected 400km".)
        let plain = seg.len() >= 2
            && !seg[0].t.starts_with("and ")
            && !seg.iter().any(|w| w.k == "ago")
            && seg[0].f & (DET | SUBJ | SV) == 0
            && (seg[0].f & FUNC == 0 || seg[0].f & NUM != 0)
            // "versus branded products": a participle after a preposition is no verb.
            && seg.iter().enumerate().all(|(j, w)| {
                w.f & (FIN | SV | SUBJ) == 0
                    && (w.f & PASTX == 0 || j > 0 && seg[j - 1].f & (PREP | DET) != 0)
            });
        if !plain || phrases.len() == 3 {
            return None;
        }
        // Its noun: the last word before a preposition or an "-ing" form.
        let noun = seg
            .iter()
            .take_while(|w| w.f & (PREP | INGX) == 0)
            .last()
            .map_or("", |w| w.k.as_str());
        // Nor a label with its number ("Band 6"), nor a pair ("counterbalance and
        // reach"): the review of session 25 found "with a Band 6".
        let bare = seg.len() == 2 && at(seg, 1, NUM) || seg.len() == 3 && seg[1].k == "and";
        let mut phrase =
            if bare || noun.ends_with('s') || seg[0].f & NUM != 0 && !seg[0].k.contains('-') {
                String::new()
            } else if takes_an(&seg[0].t) || starts_with_vowel(&seg[0].k) {
                "an ".to_owned()
            } else {
                "a ".to_owned()
            };
        // Without a "with" the shaping put in front of a figure before.
        let text = join(seg, inner(seg));
        let text = text.strip_prefix("with ").unwrap_or(&text);
        phrase.push_str(trim_end_set(text, ",;:"));
        phrases.push(phrase);
        roles.push(word_in(ROLES, noun) || noun == "rep");
        s = e;
    }
    let last = phrases.pop()?;
    let role = one_of(verb, part(ws, 0, c + 1))?;
    let role = trim_end_set(&role, ".,");
    let list = if phrases.is_empty() {
        last
    } else {
        [phrases.join(", ").as_str(), " and ", &last].concat()
    };
    // Another role held is one more thing the writer was, not what came with the
    // first ("…, and an owner's rep for 2 drydocks"); a mix of the two stays notes.
    if roles.iter().all(|&r| r) {
        Some(finish(&[role, ", and ", &list].concat(), '.'))
    } else if roles.iter().any(|&r| r) {
        None
    } else {
        Some(finish(&[role, ", with ", &list].concat(), '.'))
    }
}

/// The note as what the writer is or was: "I {verb} a/an …" before its words, if that
/// then has its subject and verb.
fn one_of(verb: &str, ws: &[Tok]) -> Option<String> {
    let a = if ws
        .first()
        .is_some_and(|w| takes_an(&w.t) || starts_with_vowel(&w.k))
    {
        "an"
    } else {
        "a"
    };
    let s = sentence(&["I ", verb, " ", a, " "].concat(), ws, inner(ws), "", '.');
    has_subject_and_verb(&s).then_some(s)
}

/// Adjectives of a qualification, before the role they qualify ("qualified
/// electrician", "registered nurse"): no verb that dropped "I".
const CREDENTIALS: &str =
    "qualified registered chartered certified licensed accredited experienced trained";

/// A note that opens with a qualification and its role ("registered nurse for 6
/// years") dropped "I am" or, over a time ("since 2015", "for 6 years"), "I have been".
fn credentialed(ws: &[Tok]) -> Option<String> {
    let first = ws.first()?;
    if ws.len() < 2
        || !word_in(CREDENTIALS, &first.k)
        || !first.t.starts_with(is_lower)
        || ws[1].f & (FUNC | NUM | PASTX) != 0
    {
        return None;
    }
    let lasting = ws.iter().any(|w| matches!(w.k.as_str(), "since" | "for"));
    one_of(if lasting { "have been" } else { "am" }, ws)
}

/// Nouns for a credential held ("a Class B water treatment certification").
const HELD: &str = "certification certificate licence license qualification diploma degree";

/// A note that opens with a credential and nothing the writer did ("Class B water
/// treatment certification, 0 compliance violations in 5 years on shift"): "I hold a
/// … certification, with 0 …". Round 61's letter framed it as a result, and its reader
/// asked how a certificate "produced 0 compliance violations".
fn holds_credential(ws: &[Tok]) -> Option<String> {
    let c = ws
        .iter()
        .position(|w| ends_clause(&w.t))
        .unwrap_or(ws.len() - 1);
    let head = &ws[c];
    let phrase = part(ws, 0, c + 1);
    let verbless = phrase.iter().all(|w| w.f & (FIN | SV | SUBJ | PASTX) == 0);
    // Not one that is someone else's ("their fear free certification": the fifth
    // garble hunt found "I hold your fear free certification").
    let theirs = word_in("their your his her our", &ws[0].k);
    if c > 6 || !word_in(HELD, &head.k) || !verbless || theirs {
        return None;
    }
    let rest = part(ws, c + 1, ws.len());
    // A figure after it is what came with it ("…, with 0 compliance violations").
    let figure = rest
        .first()
        .is_some_and(|w| w.f & NUM != 0 || matches!(w.k.as_str(), "zero" | "no"));
    // So is something done with it, its "I" dropped ("Grade III wastewater license,
    // ran nights at Easton plant 4 yrs": round 69 framed the licence as a result).
    let done = rest
        .first()
        .is_some_and(|w| w.f & PASTX != 0 && !noun_past(w));
    if !rest.is_empty() && !figure && !done {
        return None;
    }
    let article = if at(ws, 0, DET) {
        ""
    } else if starts_with_vowel(&ws[0].k) {
        "an "
    } else {
        "a "
    };
    let pre = format!("I hold {article}");
    if rest.is_empty() {
        return Some(sentence(&pre, phrase, inner(phrase), "", '.'));
    }
    let held = sentence(&pre, phrase, inner(phrase), "", ',');
    if done {
        // The shaping may have given the verb its "and I" already.
        let join = if rest[0].t.starts_with("and ") {
            " "
        } else {
            " and I "
        };
        return Some(sentence(
            &format!("{held}{join}"),
            rest,
            inner(rest),
            "",
            '.',
        ));
    }
    Some(sentence(
        &format!("{held} with "),
        rest,
        inner(rest),
        "",
        '.',
    ))
}

/// Whether `k` is a model code typed in lowercase: one to three letters, then digits
/// ("a320", "q3", "m25", "co2"); not an area or a volume ("12 ohm cm2", "40 m2").
fn model_code(k: &str) -> bool {
    let letters = k.bytes().take_while(u8::is_ascii_lowercase).count();
    (1..=3).contains(&letters)
        && k.len() > letters
        && k.len() - letters <= 4
        && k.bytes().skip(letters).all(|b| b.is_ascii_digit())
        && !(matches!(k.get(..letters), Some("m" | "cm" | "mm" | "km" | "ft"))
            && matches!(k.get(letters..), Some("2" | "3")))
}

/// The word with a capital first letter: a listed word or "i…", whose core starts
/// with an ASCII letter.
fn capitalise(w: &mut Tok) {
    let (s, _) = core_range(&w.t);
    // A word may be punctuation only ("( small practice)"): nothing to capitalise.
    if let Some(c) = w.t.get_mut(s..s + 1) {
        c.make_ascii_uppercase();
    }
}

/// Nouns for something the interviewer said ("her point that …", "your comment that
/// …"): what follows them is hers, and they with it are a phrase, not a sentence.
const REMARKS: &str = "point comment remark view question idea story q";

/// Whether `k` is one of [`REMARKS`].
fn is_remark(k: &str) -> bool {
    word_in(REMARKS, k)
}

/// The key of the word at `i`, empty past the end.
fn tk_k(ws: &[Tok], i: usize) -> &str {
    ws.get(i).map_or("", |w| w.k.as_str())
}

/// "they've just took on", "I have wrote": the participle after "have" at `i`, even
/// with an adverb between.
fn participle_after_have(ws: &mut [Tok], i: usize) {
    let perfect = |k: &str| matches!(k, "have" | "has" | "had") || k.ends_with("'ve");
    let aux = i.checked_sub(1 + usize::from(i > 1 && fl(ws, i - 1) & ADVX != 0));
    if aux.is_some_and(|a| perfect(&ws[a].k)) {
        if let Some(done) = pair(PARTICIPLES, &ws[i].k) {
            set_core(ws, i, i, done, false);
        }
    }
}

/// "its actually a big part", "until its been examined": before an adverb, a
/// determiner, "not", "been" or "got", "its" at `i` is "it's" (the possessive is
/// followed by its noun).
fn its_as_it_is(ws: &mut [Tok], i: usize) {
    // "its chilled which I know", "its local and …": a participle or a plain
    // adjective that ends its phrase says what it is ("its team and …" is whose).
    let said = |j: usize| {
        let ends = ws.get(j).is_some_and(|w| ends_clause(&w.t))
            || ws.get(j + 1).is_none_or(|n| n.f & (REL | ANDOR | SUB) != 0);
        let what = fl(ws, j) & PASTX != 0 || word_in(STATES, tk_k(ws, j));
        ends && what
    };
    // "bc its target driven": after "because" a clause follows, not a possession.
    let because = || i > 0 && matches!(ws[i - 1].k.as_str(), "because" | "bc" | "cos" | "coz");
    // "wrote its finding aid", "for its training scheme": after a verb done or a
    // preposition, "its" is whose (round 68 sent "wrote it's finding aid"). Not
    // after "until" and the like, which a clause follows.
    let whose = i > 0
        && ws[i - 1].f & (PASTX | PREP) != 0
        && !ends_clause(&ws[i - 1].t)
        && ws[i - 1].f & (SUB | PSUB) == 0
        && !because();
    // Only an "-ing" word or a number after it is in doubt ("its finding aid", "its
    // 3 sites"); "I heard its a great place" is still "it's".
    let doing = fl(ws, i + 1) & (INGX | NUM) != 0 && !whose;
    // "its small enough to know the guests": what it is, and how much.
    if ws[i].k == "its"
        && (because()
            || tk_k(ws, i + 2) == "enough"
            || fl(ws, i + 1) & (ADVX | DET) != 0
            || doing
            || matches!(
                tk_k(ws, i + 1),
                "not" | "been" | "got" | "what" | "where" | "how" | "why" | "like"
            )
            // "its much more than …" opening its clause; "the charity and its much
            // loved founder" is whose (the review of session 25).
            || word_in("much so", tk_k(ws, i + 1)) && (i == 0 || ends_clause(&ws[i - 1].t))
            || said(i + 1))
    {
        set_core(ws, i, i, "it's", true);
    }
}

/// Adjectives that say what something is, after "it's" typed as "its".
const STATES: &str = "local real true fine hard easy quiet busy different nearby close closer \
    better worse important";

/// The word at `i` spelled out, if it is shorthand ("devs") or a unit after a number
/// ("6h", "50 min"); see [`spell_out`].
fn spelled(ws: &[Tok], i: usize) -> Option<String> {
    let w = &ws[i];
    let digits = w.k.bytes().take_while(u8::is_ascii_digit).count();
    let (num, unit) = w.k.split_at(digits);
    let glued = digits > 0 && !unit.is_empty() && kinds(unit) & UNIT != 0;
    let after_number = i > 0 && w.f & UNIT != 0 && at(ws, i - 1, NUM);
    // "QS" typed in capitals is initials (a quantity surveyor), not "qs" for questions.
    let capitals = w.t.len() >= 2 && !w.t.bytes().any(|b| b.is_ascii_lowercase());
    // "bank recs" are reconciliations; "recs from 2 old managers", "wrote 12 recs" are
    // recommendations; alone, "recs" stays as typed (round 13's garble hunt found
    // "recommendations" in a Reconciliations Team Lead's letter).
    let recs = matches!(w.k.as_str(), "rec" | "recs") && w.t.starts_with(is_lower);
    let before = if i > 0 { ws[i - 1].k.as_str() } else { "" };
    let said = word_in(
        "wrote made gave write make give send sent audit my his her",
        before,
    ) || word_in("from for to were was", tk_k(ws, i + 1));
    if recs && said && !word_in("bank supplier statement ledger balance", before) {
        return Some(
            if w.k == "rec" {
                "recommendation"
            } else {
                "recommendations"
            }
            .to_owned(),
        );
    }
    if i > 0 && word_in("bank supplier statement ledger balance", before) && recs {
        return Some(
            if w.k == "rec" {
                "reconciliation"
            } else {
                "reconciliations"
            }
            .to_owned(),
        );
    }
    // "margin up 4 pts", "from 30 pts to 8", "11 pts vs the others": a number of
    // points moved or compared; "saw 30 pts a day" are patients (garble hunt 16 sent
    // "margin up four patients").
    // Only where a measure is named or the count went up or down, and nothing speaks
    // of patients ("saw over 30 pts a day", "caseload went from 20 pts to 35": the
    // review of session 27).
    let measure = || {
        ws.iter().any(|w| {
            w.t.contains('%')
                || word_in(
                    "nps score scores margin rate spread average avg grade grades exam exams \
                     test tests rating ratings index",
                    &w.k,
                )
        })
    };
    let patients = || {
        ws.iter().any(|w| {
            word_in(
                "ward wards clinic clinics caseload shift shifts day week surgery triaged \
                 triage nurse nursing gp",
                &w.k,
            )
        })
    };
    let moved = i > 1
        && matches!(w.k.as_str(), "pts" | "pt")
        && at(ws, i - 1, NUM)
        && (word_in("up down by", &ws[i - 2].k) || measure())
        && !patients();
    if moved && matches!(w.k.as_str(), "pts" | "pt") {
        return Some(
            if ws[i - 1].k == "1" {
                "point"
            } else {
                "points"
            }
            .to_owned(),
        );
    }
    // "Eastlake Rec": a capital after a capitalised word is part of a name (round 58
    // sent "Eastlake Recommendation").
    let in_name = i > 0
        && w.t.starts_with(is_upper)
        && ws[i - 1].t.starts_with(is_upper)
        // "Store Mgr" is a job title, spelled out still.
        && pair(SHORTHAND, &w.k).is_none_or(|full| !word_in(ROLES, full));
    // "the exp date" is an expiry date.
    let expiry = w.k == "exp" && tk_k(ws, i + 1) == "date";
    if w.f & SHORT != 0 && !glued && !after_number && !capitals && !in_name && !expiry {
        pair(SHORTHAND, &w.k).map(str::to_owned)
    } else if glued || after_number {
        // "4-7 yr olds": an age before its noun is singular ("4-7 year olds").
        let one = if glued {
            num == "1"
        } else {
            ws[i - 1].k == "1"
        } || matches!(tk_k(ws, i + 1), "old" | "olds");
        pair(UNITS, if glued { unit } else { &w.k }).map(|to| {
            let to = if one { &to[..to.len() - 1] } else { to };
            if glued {
                // "~4h" was made "about 4h" above: the "about" stays.
                let about = if w.t.starts_with("about ") {
                    "about "
                } else {
                    ""
                };
                format!("{about}{num} {to}")
            } else {
                to.to_owned()
            }
        })
    } else {
        None
    }
}

/// Texting shorthand at `ws[i]` as a letter spells it ("id" -> "I'd", "ur" -> "your",
/// "yr" -> "year" or "your"), or "" for none.
fn texting_fix(ws: &[Tok], i: usize) -> &'static str {
    // "so id explain …", "ur going electric": "I'd" where a clause starts (not "photo
    // id"), and "you're" before an "-ing" form, "your" elsewhere.
    // After a verb of saying or thinking a clause starts too ("i said id reshuffle
    // the dock plan": round 130 sent "id").
    let starts = i == 0
        || ends_clause(&ws[i - 1].t)
        || at(ws, i - 1, JOIN | CONTR)
        // So does a question's ("you asked what id change": round 133).
        || word_in(
            "said say says think thought reckon guess what how where why whether",
            &ws[i - 1].k,
        ) && {
            // A verb after "I'd" has no "-s", "-ed" or "-ing", nor a noun's ending
            // ("id badges", "id verification", "id scanning", "id theft" are an ID's:
            // the review of session 26).
            let next = tk_k(ws, i + 1);
            next.bytes().all(|b| b.is_ascii_lowercase())
                && (!next.ends_with('s') || next.ends_with("ss"))
                && !next.ends_with("ed")
                && !next.ends_with("ing")
                && !nominal(next)
                && !word_in("card badge check number photo document theft fraud", next)
        };
    match ws[i].k.as_str() {
        "id" if starts && fl(ws, i + 1) & (FUNC | NUM) == 0 => "I'd",
        // "if id used", "whether id done": I had (round 142 sent "if id used").
        "id" if i > 0
            && word_in("if whether", &ws[i - 1].k)
            && (word_in("done had worked seen heard met known tried", tk_k(ws, i + 1))
                // ("asked if id used": asked of the writer; "if id used matches" is
                // an ID.)
                || tk_k(ws, i + 1) == "used" && i > 1 && ws[i - 2].k == "asked") =>
        {
            "I'd"
        }
        // Mid-clause before a verb "I'd" takes ("dropped id take a sample").
        "id" if word_in(I_D_VERBS, tk_k(ws, i + 1))
            && !(i > 0 && (at(ws, i - 1, DET) || ws[i - 1].k == "photo")) =>
        {
            "I'd"
        }
        "like" if filler_like(ws, i) => "about",
        // "i should of been clearer" (round 86).
        "of" if i > 0
            && word_in("should could would must might", &ws[i - 1].k)
            && tk_k(ws, i + 1) != "course" =>
        {
            "have"
        }
        "ur" if fl(ws, i + 1) & INGX != 0 => "you're",
        "ur" => "your",
        // "last yr", "a yr" is a year; "yr customers" is "your customers" (after a
        // number, it is a unit: see below).
        // Not after an ordinal: "my 2nd yr placement" is a year (round 124 sent "my
        // 2nd years placement").
        "yr" if i > 0 && at(ws, i - 1, NUM) && !ordinal(&ws[i - 1].k) => "",
        // So is "my first yr", "the second yr" (the eighth garble hunt sent "your").
        "yr" if i > 0
            && (at(ws, i - 1, DET | TIME)
                || ordinal(&ws[i - 1].k)
                || word_in(
                    "per first second third final whole full placement gap industrial sandwich \
                     foundation school financial academic",
                    &ws[i - 1].k,
                )) =>
        {
            "year"
        }
        // "yr 9", "yr 10": a school year, with its capital (round 41's "your 9").
        "yr" if at(ws, i + 1, NUM) => "Year",
        "yr" => "your",
        // A company typed in lowercase: "a car leasing co" ("Hopfield Brewing Co." is
        // a name and keeps its form).
        "co" if ws[i].t.starts_with("co") => "company",
        _ => "",
    }
}

/// Spells out the shorthand at `i` ("devs" -> "developers") and a unit after a number
/// ("50 min" -> "50 minutes", "6h" -> "6 hours", "1 yr" -> "1 year").
fn spell_out(ws: &mut [Tok], i: usize) {
    its_as_it_is(ws, i);
    participle_after_have(ws, i);
    // "changes + the new site", "~30 rules".
    // "IBNR = money set aside …", "from 11 days -> 2".
    // "Harrow & Vale" is a name: "&" stays between two capitalised words.
    let named = |j: usize| ws.get(j).is_some_and(|w| w.t.starts_with(is_upper));
    let word = match ws[i].t.as_str() {
        "&" if i > 0 && named(i - 1) && named(i + 1) => "",
        "+" | "&" => "and",
        // Not in a formula ("V = I x R": the twelfth garble hunt sent "V is I x R").
        "=" if !(i > 0
            && ws[i - 1].t.len() <= 2
            && ws[i - 1].t.starts_with(|c: char| c.is_ascii_uppercase())) =>
        {
            "is"
        }
        "->" | "→" => "to",
        // "came back w/ 3 more devices": the slash is the shorthand's own (round 85
        // sent "with/").
        "w/" | "W/" => "with",
        "w/o" | "W/O" => "without",
        "w/in" | "W/in" => "within",
        _ => "",
    };
    if !word.is_empty() {
        ws[i] = Tok::new(word.to_owned());
    }
    if let Some(n) = ws[i]
        .t
        .strip_prefix('~')
        .filter(|n| n.starts_with(|c: char| c.is_ascii_digit()))
    {
        // "our ~900-loan portfolio": "roughly" before a figure that describes a noun
        // ("our about 900-loan …", round 93).
        let about = if n.contains('-') { "roughly" } else { "about" };
        ws[i].t = format!("{about} {n}");
    }
    // "40ish tickets a week": "about 40" (round 125's reader marked "40ish" careless).
    if let Some(n) = ws[i]
        .t
        .strip_suffix("ish")
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    {
        ws[i].t = format!("about {n}");
    }
    years_spelled(ws, i);
    // "0 evictions", "0 recordable injuries": none is a word (the sixth garble hunt).
    if ws[i].t == "0"
        && ws
            .get(i + 1)
            .is_some_and(|n| n.t.starts_with(is_lower) && n.f & FUNC == 0)
    {
        ws[i] = Tok::new("zero".to_owned());
    }
    // "jan-aug 2024": a span of months, spelled out.
    if let Some((a, b)) = ws[i].k.split_once('-') {
        if let (Some(a), Some(b)) = (month(a), month(b)) {
            let from = if i == 0 { "From " } else { "" };
            set_core(ws, i, i, &format!("{from}{a} to {b}"), true);
        }
    }
    // "without losing a days trading": a day's.
    if ws[i].k == "days" && i > 0 && ws[i - 1].k == "a" {
        set_core(ws, i, i, "day's", false);
    }
    year_in(ws, i);
    // "understanding went 30% to 72%": the "from" a note leaves out.
    if ws[i].k == "went" && at(ws, i + 1, NUM) && tk_k(ws, i + 2) == "to" {
        ws[i].t.push_str(" from");
    }
    // "so can pick it up quick": the "I" a note drops after "so".
    let modal = [
        "can", "could", "will", "would", "should", "might", "must", "wasn't", "couldn't", "didn't",
        "can't", "won't", "hadn't",
    ];
    if ws[i].k == "so" && modal.contains(&tk_k(ws, i + 1)) {
        ws[i].t.push_str(" I");
    }
    // "at last place": the writer's own last place.
    let place = ws
        .get(i + 1)
        .is_some_and(|w| w.f & (FUNC | CAL | NUM) == 0 && !lead_time(w));
    if ws[i].k == "last" && i > 0 && at(ws, i - 1, PREP) && place {
        ws[i].t.insert_str(0, "my ");
    }
    let fix = texting_fix(ws, i);
    if !fix.is_empty() {
        set_core(ws, i, i, fix, true);
    }
    let new = spelled(ws, i);
    if let Some(new) = new {
        // "approx." spelled out loses its abbreviation's stop ("about 1,400").
        let stop = ws[i].t.ends_with('.') && ws[i].f & ABBR != 0 && i + 1 < ws.len();
        set_core(ws, i, i, &new, true);
        if stop {
            ws[i].t.pop();
        }
    }
}

/// Whether the "like" at `i` is a filler before a figure ("done like 40 escape
/// rooms" is "about 40"; round 95), not a likeness ("it felt like 10 minutes").
/// Only after a verb of doing or having ("done", "had", "ran"), never after one who
/// likes ("i would like 2 days", "we'd like 3 references": the review of session 18).
fn filler_like(ws: &[Tok], i: usize) -> bool {
    at(ws, i + 1, NUM)
        && i > 0
        && (at(ws, i - 1, PASTX)
            || word_in("done did had have has got get do for in over", &ws[i - 1].k))
        // "it felt like 10 minutes" is a likeness.
        && !word_in("felt looked seemed sounded", &ws[i - 1].k)
}

/// Whether the phrase after "own" names what a company owns ("own MEWP and chipper
/// fleet", "own workshop"), not what a person has ("own caseload", "own desk").
fn company_owned(ws: &[Tok]) -> bool {
    ws.iter().take(6).any(|w| {
        word_in(
            "fleet workshop lab laboratory depot site plant kit vans trucks yard kitchen \
             farm nursery school training academy",
            &w.k,
        )
    })
}

/// The month a word names, full or short ("aug", "sept"), with its capital.
fn month(k: &str) -> Option<String> {
    const SHORT: &str = "jan feb mar apr may jun jul aug sep sept oct nov dec";
    const FULL: [&str; 12] = crate::domain::followup::MONTHS;
    let n = SHORT
        .split(' ')
        .position(|m| m == k)
        .map(|n| n - usize::from(n > 8));
    let n = n.or_else(|| FULL.iter().position(|m| m.eq_ignore_ascii_case(k)))?;
    Some(FULL[n].to_owned())
}

/// Whether the word at `i` follows "learn/work/train under" or "learn from": whom
/// the writer would learn under.
fn under_them(ws: &[Tok], i: usize) -> bool {
    i >= 2
        && word_in("learn learning work working train training", &ws[i - 2].k)
        && matches!(ws[i - 1].k.as_str(), "under" | "from")
        && ws.get(i + 1).is_none_or(|n| !n.t.starts_with(is_upper))
}

/// Titles before a name (the composer greets with them too).
pub(crate) const TITLES: &str =
    "mr mrs ms miss mx dr prof professor captain capt rev revd canon fr father bishop rabbi sir dame lord \
    lady cllr councillor di dci ds dc dsi pc sgt insp supt";

/// The interviewer named in a note about her ("mrs hale said", "Joanna's team")
/// becomes "you" or "your": the letter is written to her. In any line, not only
/// those about her ("tom asked about my thesis" to Prof. Tom Whitaker: the fourteenth
/// garble hunt sent "Tom asked …").
fn name_to_you(ws: &mut Vec<Tok>, reader: &str) {
    let names: Vec<String> = words_of(reader).into_iter().map(|w| w.k).collect();
    let is_name = |k: &str| names.iter().any(|n| n == k && !word_in(TITLES, n));
    let last_name = |k: &str| names.len() > 1 && names.last().is_some_and(|n| n == k);
    // A title typed is the reader's own ("Dr Hale" is someone else when Mrs Hale reads).
    let titled = |t: &[Tok]| t.iter().all(|w| names.contains(&w.k));
    // A preposition before a noun, not one that opens a clause ("after Hale was
    // called away": the review of session 27).
    let after_prep = |ws: &[Tok], i: usize| {
        i > 0
            && at(ws, i - 1, PREP)
            && !ws[i - 1].t.ends_with(',')
            && !word_in("after before since until till as like", &ws[i - 1].k)
    };
    // The name as typed, in capitals and whole: "with young people", "on ward 7" are
    // no Mr Young's or Ms Ward's, nor "Hale Road" or "Hale & Sons" Mrs Hale's.
    let whole_name = |ws: &[Tok], run: usize| {
        ws[run - 1].t.starts_with(is_upper)
            && ws
                .get(run)
                .is_none_or(|n| !n.t.starts_with(is_upper) && !n.t.starts_with('&'))
    };
    let mut i = 0;
    while i < ws.len() {
        let mut j = i;
        while j < ws.len() && j < i + 3 && word_in(TITLES, &ws[j].k) {
            j += 1;
        }
        let mut run = j;
        while run < ws.len() && run < i + 3 && is_name(&ws[run].k) {
            run += 1;
        }
        let possessive = run < ws.len() && ws[run].k.strip_suffix("'s").is_some_and(is_name);
        let new = if possessive {
            run += 1;
            Some("your")
        } else if run > j && at(ws, run, SAID | FIN) && opens_clause(ws, i) {
            Some("you")
        } else if run > j
            && (if j > i {
                titled(&ws[i..j])
            } else {
                run - j > 1 || last_name(&ws[run - 1].k)
            })
            && after_prep(ws, i)
            && whole_name(ws, run)
        {
            // "the mentoring with Dr Lowe", sent to Dr Lowe, is "with you" (round
            // 132's reader). A first name alone may be a colleague's ("with Mark").
            Some("you")
        } else if run == j + 1 && j == i && under_them(ws, i) {
            // "want to learn under marco", sent to Marco (garble hunt 18): the one
            // a writer would learn under is the reader, however typed.
            Some("you")
        } else if run > j && i == 0 && ws[run - 1].t.ends_with(':') {
            // "charles: "we don't hire traders anymore …"": her words, said to her
            // (the twelfth garble hunt sent "Charles: …" to Charles).
            Some("you said")
        } else {
            None
        };
        if let Some(new) = new {
            set_core(ws, i, run - 1, new, i == 0);
            ws.drain(i + 1..run);
            if after_prep(ws, i) {
                // An object ("with you"), no subject for what follows.
                ws[i].f &= !SUBJ;
            } else if new == "you" {
                agree(ws, i + 1);
            }
        }
        i += 1;
    }
}

/// Whether the word at `i` opens a clause: first, after a break, or after a joiner
/// ("my brother tom was ill" names someone else's Tom).
fn opens_clause(ws: &[Tok], i: usize) -> bool {
    i == 0 || ends_clause(&ws[i - 1].t) || at(ws, i - 1, JOIN | SUB)
}

/// "-ing" forms of speaking, each with its past: "Helen talking about …" is "You
/// talked about …".
const SPEAKING: &str = "talking talked saying said describing described explaining explained \
    mentioning mentioned telling told asking asked wanting wanted pointing pointed joking \
    joked stressing stressed insisting insisted admitting admitted warning warned sharing \
    shared showing showed";

/// A note that opens with the interviewer ("Helen", "Ms Marsh", "her", "she") and an
/// "-ing" form of speaking has no verb ("Helen talking about the family who …"): it
/// becomes "You talked about the family who …".
fn speaking_to_you(ws: &mut Vec<Tok>, reader: &str) {
    // Most notes have no "-ing" of speaking near the start: the name is not read then.
    if !(1..4).any(|j| {
        ws.get(j)
            .is_some_and(|w| w.k.ends_with("ing") && SPEAKING.contains(w.k.as_str()))
    }) {
        return;
    }
    let names: Vec<String> = words_of(reader).into_iter().map(|w| w.k).collect();
    let mut j = 0;
    while j < ws.len().min(3) && names.iter().any(|n| *n == ws[j].k) {
        j += 1;
    }
    // "him saying …" is how many people type "his saying …".
    if j == 0 && (at(ws, 0, SHEHE | HERHIS) || ws[0].k == "him") {
        j = 1;
    }
    let past = ws.get(j).and_then(|w| {
        let mut list = SPEAKING.split(' ');
        while let (Some(ing), Some(past)) = (list.next(), list.next()) {
            if ing == w.k {
                return Some(past);
            }
        }
        None
    });
    if let (true, Some(past), true) = (j > 0, past, ws.len() > j + 2) {
        ws[j] = Tok::new(past.to_owned());
        ws[0] = Tok::new("You".to_owned());
        ws.drain(1..j);
    }
}

/// Whether a "they" in the "why" field is the company the writer wants to join
/// ("because they are one of the best cask breweries": the seventh garble hunt): the
/// first "they" or "their", before any people or things it could mean ("working with
/// farmers, they are …"), not after a comma ("Management, they never listen": a topic
/// named), nor in the past or beside a past employer ("at my last job I liked how they
/// trained us"); none where "them" is, which is as often the people the writer would
/// serve.
fn why_they(ws: &[Tok]) -> bool {
    let they_at = ws.iter().position(|w| pair(COMPANY, &w.k).is_some());
    let many_at = ws.iter().position(|w| {
        names_many(w, None, false) || plural(&w.k) && w.f & FUNC == 0 && w.k.len() > 3
    });
    let them = ws.iter().any(|w| w.k == "them");
    let before = ws
        .windows(2)
        .any(|p| p[0].k == "my" && word_in("last old previous former current", &p[1].k));
    !them
        && !before
        && they_at.is_some_and(|t| {
            let topic = ws[..t].iter().any(|w| ends_clause(&w.t));
            many_at.is_none_or(|m| t < m) && !at(ws, t + 1, PASTX) && !topic
        })
}

/// Addresses the reader: the interviewer ("she/he/her/him/his", "the interviewer")
/// and the company ("they/them/their", "{Company}'s") become "you"/"your", and a
/// present-tense verb after "you" agrees. "They" stays when a plural noun earlier in
/// the sentence could be what it means ("our drivers … they"), and "she/he" when a
/// person named earlier could ("my manager said she …").
///
/// "They" is the company only in a note that starts with it ("they opened a second
/// clinic"); elsewhere it is more often arches, patients or drivers ("… instead of
/// knocking them down"). So is a "they" in what the interviewer said ("she said their
/// biggest pain is flaky tests", "he said they're moving to a TMS"): she spoke of her
/// own company. Only right after the verb: in "she said everyone presents their own
/// work", "their" is everyone's.
///
/// "He" is not the interviewer when it says how someone of his sex named after him got
/// on ("he told me about the boy who … and how hes come on": the thirteenth garble
/// hunt sent "how you're come on"); "how he handled it" still is (the review of
/// session 25), and so is "his son".
fn address_reader(ws: &mut Vec<Tok>, company: &str, asked: bool, why: bool) {
    let comp = words_of(company);
    let m = comp.len();
    let mut plural = false;
    let mut person = opens_on_someone(ws, &comp);
    // A question in the letter asks the interviewer about her own work.
    let mut reader = asked;
    let why = why && why_they(ws);
    let about_them = why
        || ws
            .iter()
            .find(|w| !w.k.is_empty())
            .is_some_and(|w| pair(COMPANY, &w.k).is_some());
    let mut speech = speech_start(ws);
    // "she said half their tickets …": a share of them is still hers.
    while ws.get(speech).is_some_and(|w| word_in(SHARE_WORDS, &w.k)) {
        speech += 1;
    }
    // The reader is who the note's first "she"/"he" is: a pronoun of the other one
    // means someone else ("she said a good stillman uses his nose").
    let reader_female = reader_is_female(ws);
    let mut told_of_company = false;
    let mut named_sex: Option<bool> = None;
    let mut things = false;
    let mut they_at: Option<usize> = None;
    let mut i = 0;
    while let Some(w) = ws.get(i) {
        let f = w.f;
        let prev = ws.get(i.wrapping_sub(1));
        let next = ws.get(i + 1);
        let nf = fl(ws, i + 1);
        let other = reader_female.is_some_and(|r| female(&w.k).is_some_and(|g| g != r));
        // "She" is the interviewer unless the note named another person first ("a
        // rep I coached … his call plan"); even then "she asked" is the interviewer.
        let theirs = named_sex.is_some() && named_sex == female(&w.k) && progress_after(ws, i);
        let she = !other && !theirs && (!person || reader || nf & SAID != 0);
        let mut last = i;
        let mut cap = true;
        let mut agree_at = usize::MAX;
        let new = if m > 0 && company_possessive(ws, i, &comp) {
            // Lowercase even after a capitalised name: a sentence start is
            // capitalised later.
            (last, cap) = (i + m - 1, false);
            Some("your")
        } else if nf & READER_NOUN != 0
            && f & THE != 0
            && prev.is_none_or(|p| ends_clause(&p.t) || p.f & (SUB | JOIN) != 0)
        {
            (last, cap) = (i + 1, false);
            if next.is_some_and(|n| n.k.ends_with('s')) {
                Some("your")
            } else {
                agree_at = i + 1;
                Some("you")
            }
        } else if told_to_reader(w, prev, reader_female) {
            Some("you")
        } else if !she {
            None
        } else if f & SHEHE != 0 {
            reader = true;
            // "is she hiring …?" -> "are you hiring …?", else "she is" -> "you are".
            agree_at = if prev.is_some_and(|p| p.f & INV != 0) {
                i - 1
            } else {
                i + 1
            };
            Some("you")
        } else if f & SHES != 0 {
            Some(if nf & (BEEN | PASTX) != 0 {
                "you've"
            } else {
                "you're"
            })
        } else if person {
            // "… the labrador whose owner brings him in": after another person is
            // named, "him" and "her" are theirs, even once "she told me" was "you".
            None
        } else if f & HERHIS != 0 && owned_after(ws, i) {
            Some("your")
        } else {
            pair(READER, &w.k)
        };
        // "…their own routing tools, i want to build them": things named before a
        // "them" are what it means, not the reader (a screenshot of session 19).
        let many = plural || w.k == "them" && things;
        let company = of_company(ws, i, (speech, about_them, many, told_of_company));
        let company = company.or(their_after_they(ws, i, they_at).then_some("your"));
        if company.is_some() && w.k.starts_with("they") {
            they_at = Some(i);
        }
        let new = new.or(company);
        told_of_company |= company.is_some() && speech > 0 && i >= speech && owns_next(ws, i);
        // "his question about rebuilding our gateway": in what the interviewer said,
        // "our" is her company's (round 36's reader), not the talk they shared.
        let new = new.or((w.k == "our"
            && speech <= i
            && !word_in(
                "conversation chat talk call interview meeting",
                tk_k(ws, i + 1),
            ))
        .then_some("your"));
        let new = new.filter(|_| !quoted_at(ws, i));
        if let Some(new) = new {
            set_core(ws, i, last, new, cap);
            ws.drain(i + 1..=last);
            agree(ws, agree_at);
        } else {
            plural |= names_many(w, prev, matches!(tk_k(ws, i + 1), "who" | "that"));
            things |= w.k.len() > 3 && w.k.ends_with('s') && w.f & FUNC == 0;
            let named = names_someone(w, prev) && !what_one_was(ws, i);
            let own = prev.is_some_and(|p| word_in("his her your their", &p.k));
            if named && reader && !own {
                named_sex = named_sex.or_else(|| person_sex(&w.k));
            }
            person |= named;
        }
        i += 1;
    }
}

/// "how do they decide who gets the weekend shifts", typed as the question to ask:
/// "they" asked about right after its verb is the reader's company ("how do you
/// decide …"; garble hunt 16 kept "they"). Not "when do new handlers get their own
/// caseload", whose "their" is the handlers'.
fn asked_of_them(ws: &mut [Tok]) {
    for i in 1..ws.len() {
        let inverted = word_in(
            "do does did will would are were can could should",
            &ws[i - 1].k,
        );
        if ws[i].k == "they" && inverted {
            set_core(ws, i, i, "you", false);
        }
    }
}

/// Whether `w` is "him" or "her" told something by the writer ("told him about",
/// "showed her"), of the interviewer's sex as the note gives it: "he asked how id
/// handle someone always late, told him about the girl at Boots" told the
/// interviewer, whoever came between (round 124 sent "I told him about …" to him).
fn told_to_reader(w: &Tok, prev: Option<&Tok>, reader_female: Option<bool>) -> bool {
    let sex = match w.k.as_str() {
        "him" => Some(false),
        "her" => Some(true),
        _ => None,
    };
    sex.is_some()
        && sex == reader_female
        && prev.is_some_and(|p| word_in("told tell showed show gave give reminded assured", &p.k))
}

/// Verbs after "they" that speak of the company as it is now ("they pay for
/// certification": round 58's letter sent "They pay …").
const THEY_NOW: &str =
    "are have need want use run plan expect pay offer fund train hire support supply sell serve";

/// "because my nan was at brightwater …", "so I can use my trade knowledge …" in the
/// "why" field: the reason as the writer gave it, said as theirs ("I want this role
/// because …"), not left out nor sent as a fragment (the second garble hunt found
/// both).
fn because_i_want(ws: &mut Vec<Tok>, frame: &Frame) {
    let why = frame
        .fragment
        .is_some_and(|f| f.starts_with("What draws me to this role is"));
    if why && ws.len() > 3 && matches!(ws[0].k.as_str(), "because" | "so") {
        let mut t = String::new();
        push_decap(&mut t, &ws[0]);
        ws[0] = Tok::new(t);
        let head = ["I", "want", "this", "role"].map(|w| Tok::new(w.to_owned()));
        ws.splice(0..0, head);
    }
    // "i want it bc i like the numbers side": the "it" points at nothing in a letter
    // (round 111's reader: "a dangling 'I want it because'").
    let it_because = is_i(tk_k(ws, 0))
        && word_in("want like love", tk_k(ws, 1))
        && tk_k(ws, 2) == "it"
        && word_in("because bc cos coz", tk_k(ws, 3));
    if why && it_because {
        ws[2] = Tok::new("this role".to_owned());
    }
    // "want to do it every day not just saturdays": the same dangling "it" (round
    // 126 sent "I want to do it every day").
    let do_it = (0..2).find(|&i| {
        word_in("want wanna", tk_k(ws, i))
            && tk_k(ws, i + 1) == "to"
            && tk_k(ws, i + 2) == "do"
            && tk_k(ws, i + 3) == "it"
    });
    // Not "do it again", "do it properly": the "it" is the work the note named (the
    // review of session 24).
    let again =
        do_it.is_some_and(|i| word_in("again properly right better before", tk_k(ws, i + 4)));
    if let Some(i) = do_it.filter(|_| why && !again) {
        ws[i + 3] = Tok::new("this work".to_owned());
    }
    // "local, want to be home every night": a lone quality of the job first is what
    // it is ("It's local, …"); round 127 sent "What draws me … is the local".
    let quality = QUALITIES;
    // Only before a clause ("local, want to …"), not a list of qualities or of the
    // noun's describers ("local, national and international clients").
    // Or before more reasons listed with commas ("permanent, nights, 10 min from
    // home"), not one list of describers ("local, national and international").
    // "close to home, mixed practice", "close to home and i love …": the quality may
    // say where from (round 129 sent "What draws me … is the close to home").
    // "small enough that HR actually shapes the place": how much of it there is.
    let quality_first = |ws: &mut Vec<Tok>| {
        let mut t = String::new();
        push_decap(&mut t, &ws[0]);
        ws[0] = Tok::new(t);
        ws.insert(0, Tok::new("it's".to_owned()));
    };
    if why && is_plain_adjective(tk_k(ws, 0)) && tk_k(ws, 1) == "enough" && ws.len() > 3 {
        quality_first(ws);
        return;
    }
    // Only near a place ("close to retirement" is no place: the review of session 25).
    let near = tk_k(ws, 0) == "close"
        && tk_k(ws, 1) == "to"
        && word_in("home town school family work where my the", tk_k(ws, 2));
    // "fast growing and i want a seat near the decisions" (garble hunt 20 sent "the
    // fast growing"): a quality of two words.
    let growing = tk_k(ws, 0) == "fast" && tk_k(ws, 1) == "growing";
    let end = if near { 2 } else { usize::from(growing) };
    // "steady and they train you properly": one word, then "and" and a clause.
    let and = !tk(ws, end).t.ends_with(',')
        && tk_k(ws, end + 1) == "and"
        && (end > 0 || at(ws, end + 2, SUBJ | IWE));
    let and = usize::from(and);
    let n = end + 1 + and;
    let clause_next = fl(ws, n) & (FPV | FIN | SUBJ | IWE | SV) != 0
        || word_in("want wanna", tk_k(ws, n))
        || ws.iter().skip(n).take(4).any(|w| ends_clause(&w.t));
    let ends = ws.get(end).is_some_and(|w| w.t.ends_with(',')) || and == 1;
    if why && ws.len() > n + 1 && (word_in(quality, &ws[0].k) || growing) && ends && clause_next {
        quality_first(ws);
    }
}

/// What a job may be, said of it alone in the "why" field ("local, want to …").
const QUALITIES: &str = "local nearby flexible permanent secure stable steady varied close";

/// Whether `k` is an ordinal in figures ("2nd", "21st", "4th").
fn ordinal(k: &str) -> bool {
    k.len() > 2
        && k.starts_with(|c: char| c.is_ascii_digit())
        && ["st", "nd", "rd", "th"].iter().any(|e| k.ends_with(e))
}

/// Measures that are levels, not amounts: a change in them is told "to" a figure.
const RATES: &str = "rate retention occupancy absence attendance margin conversion uptake score \
    accuracy satisfaction compliance pas level";

/// People a "their" after them may mean, in a list of reasons.
const PEOPLE_NOUNS: &str = "kids children residents patients families staff customers pupils \
    clients students people parents tenants";

/// What went without ("no incidents", "no restraint"), after a clause: the review of
/// session 25 found "no question", "no small feat" and "no thanks" made ", with no …".
const OUTCOMES: &str =
    "incidents incident complaints complaint errors restraint injuries callbacks \
    accidents resits absences mistakes";

/// Small words a hurried note drops between its facts (the thirteenth garble hunt):
/// "cut overtime 20%" is "cut overtime by 20%"; "calmed in 10 mins no restraint" and
/// "…every friday, no incidents by spring" end "with no …".
fn dropped_links(ws: &mut Vec<Tok>) {
    let n = ws.len();
    // A change with its figure and no "by" ("that cut overtime 20%").
    let changed = (0..n.saturating_sub(2)).find(|&j| {
        word_in(
            "cut reduced grew raised increased lowered boosted",
            &ws[j].k,
        ) && (j + 2..(j + 5).min(n)).any(|f| {
            ws[f].t.ends_with('%')
                && at(ws, f, NUM)
                && ws[j + 1..f]
                    .iter()
                    .all(|w| w.f & (FUNC | NUM) == 0 && !ends_clause(&w.t))
        })
    });
    // (Not a change from one figure to another: "cut attrition 17% to 9%".)
    let f = changed.and_then(|j| (j + 2..n).find(|&f| at(ws, f, NUM)));
    // Nor a level reached: "increased retention 85% (from 70%)", "cut sickness 12%
    // down to 4%", a rate, or 0% (the review of session 25).
    let level = |f: usize| {
        word_in(
            "to down up from vs versus against which - (",
            tk_k(ws, f + 1),
        ) || ws
            .get(f + 1)
            .is_some_and(|w| w.t.starts_with(['(', '-']) || w.t.ends_with('%'))
            || ws[..f]
                .iter()
                .any(|w| word_in(RATES, w.k.trim_end_matches('s')))
            || matches!(ws[f].k.as_str(), "0%" | "100%")
    };
    if let Some(f) = f.filter(|&f| !level(f)) {
        ws.insert(f, Tok::new("by".to_owned()));
    }
    // "…, no incidents by spring", "… in 10 minutes no restraint": what did not happen
    // after the clause, with no verb of its own.
    let n = ws.len();
    let none = (3..n.saturating_sub(1)).find(|&j| {
        ws[j].k == "no"
            && ws[j].t == "no"
            && word_in(OUTCOMES, tk_k(ws, j + 1))
            && ws[j - 1].t.ends_with([',']) | ws[j - 1].t.ends_with(char::is_alphanumeric)
            && !at(ws, j - 1, FUNC | FIN | FPV | PASTX | SV | THERE)
            && !word_in("say says saying", &ws[j - 1].k)
            && !word_in("have has got get gets", &ws[j - 1].k)
            && ws[j + 1..]
                .iter()
                .all(|w| w.f & (FIN | SV | SUBJ | PASTX) == 0)
            && n - j <= 5
            && ws[..j]
                .iter()
                .any(|w| w.f & (SUBJ | SV) != 0 || is_i(&w.k) || at(ws, 0, DET) && w.f & PASTX != 0)
    });
    if let Some(j) = none {
        if !ws[j - 1].t.ends_with(',') {
            ws[j - 1].t.push(',');
        }
        ws.insert(j, Tok::new("with".to_owned()));
    }
}

/// Words a hurried note drops from a scene or a result: "at the hotel, 2 long stay
/// guests" sets a scene ("At the hotel, there were two long stay guests"), and "…,
/// target was 5,000" is the mark a result beat (rounds 128 and 129).
fn scenes_and_slips(ws: &mut Vec<Tok>) {
    // "at the hotel, 2 long stay guests same floor, one …": a place, then people
    // counted with no verb, sets a scene: "At the hotel, there were two long-stay
    // guests on the same floor" (round 129 dropped the whole story).
    let c = ws
        .iter()
        .take(6)
        .position(|w| w.t.ends_with(','))
        .unwrap_or(0);
    // Only at a place, of people or things counted, none of them the writer's ("at
    // tesco, 5 years as shift lead", "by friday, 2 references", "at my last job, 12
    // direct reports": the review of session 25).
    let counted = tk_k(ws, c + 2);
    let scene = c >= 1
        && ws[0].t.starts_with(is_lower)
        && word_in("at in on", &ws[0].k)
        && at(ws, c + 1, NUM)
        && !at(ws, c + 2, FUNC | NUM | UNIT)
        && !word_in(TIME_NOUNS, counted.trim_end_matches('s'))
        && !word_in(
            "year years yrs month months week weeks day days hours",
            counted,
        )
        && !ws
            .iter()
            .any(|w| word_in("me my mine under", &w.k) || w.f & CAL != 0)
        && !ws[1..c].iter().any(|w| w.f & NUM != 0)
        && ws[..=c]
            .iter()
            .all(|w| w.f & (FIN | SV | SUBJ | PASTX) == 0)
        && ws[c + 1..]
            .iter()
            .take_while(|w| !ends_clause(&w.t))
            .all(|w| w.f & (FIN | SV | SUBJ | PASTX | TO) == 0);
    if scene {
        let more = ws[c + 2..].iter().any(|w| w.f & NUM != 0);
        let one = matches!(ws[c + 1].k.as_str(), "1" | "one") && !more;
        let be = if one { "there was" } else { "there were" };
        ws.insert(c + 1, Tok::new(be.to_owned()));
    }
    // "…in 14 months, target was 5,000": the mark the result beat (round 128 sent
    // "and target was 5,000").
    let target = (1..ws.len().saturating_sub(2)).find(|&j| {
        ws[j].k == "target" && ws[j - 1].t.ends_with(',') && word_in("was is", &ws[j + 1].k)
    });
    if let Some(j) = target.filter(|&j| at(ws, j + 2, NUM)) {
        ws[j] = Tok::new("against".to_owned());
        ws[j + 1] = Tok::new("a target of".to_owned());
    }
}

/// Words a note drops that a sentence needs, and words it uses as another part of
/// speech: "Q was about handling …" is "The question was about …" (the eleventh
/// garble hunt); "…, none rejected by the land registry" is "none was rejected"
/// (round 127 sent "None rejected by …" as a sentence); "I said sit with every rep"
/// is "I said I'd sit …"; "care home" names a place, with no verb in it.
fn articles_and_verbs(ws: &mut Vec<Tok>) {
    // "…taskforce - think they've closed 4000 cases": a hedge typed without its "I"
    // (round 129 sent "On the damp and mould taskforce, think they've closed …").
    let hedge = (0..ws.len()).find(|&i| {
        word_in("think reckon", &ws[i].k)
            && ws[i].t.starts_with(is_lower)
            && at(ws, i + 1, SUBJ | SV)
            // ("think it through" tells the writer what to do.)
            && tk_k(ws, i + 1) != "it"
            && (i == 0 || ws[i - 1].t.ends_with([',', ':', '-']))
    });
    if let Some(i) = hedge {
        ws.insert(i, Tok::new("I".to_owned()));
    }
    scenes_and_slips(ws);
    dropped_links(ws);
    // "I said sit with every rep for a full shift": what the writer said they would
    // do (round 126 sent "and I said sit with every rep").
    let said_do = (1..ws.len().saturating_sub(1)).find(|&j| {
        ws[j].k == "said"
            && is_i(&ws[j - 1].k)
            && (ws[j + 1].f & FPV != 0 || word_in(ANSWER_VERBS, &ws[j + 1].k))
            && ws[j + 1].f & (SUBJ | IWE | DET | FUNC | PASTX) == 0
            && ws[j + 1].t.starts_with(is_lower)
            // (Not before a later "I" of its own, which a shared "I'd" would take.)
            && !ws[j + 2..].iter().any(|w| is_i(&w.k))
    });
    if let Some(j) = said_do {
        ws.insert(j + 1, Tok::new("I'd".to_owned()));
    }
    // "care home in Rotherham, 6 yrs": "care" before the noun it names is no verb
    // that dropped its "I" (round 125 sent "I care home in Rotherham").
    for i in 0..ws.len().saturating_sub(1) {
        let kind = "home homes assistant assistants worker workers sector setting plan plans \
                    package packages";
        if ws[i].k == "care" && word_in(kind, &ws[i + 1].k) && !ends_clause(&ws[i].t) {
            ws[i].f &= !(FPV | AUX1 | PASTX | FIN | SV);
        }
    }
    // "2024 i did my chief mate orals": a year before the clause is when ("In 2024,
    // I did …"; the thirteenth garble hunt).
    // (A year of a working life, not a round count: "2000 we delivered in december
    // alone" counts deliveries; the review of session 25.)
    let year = ws.first().is_some_and(|w| {
        w.t.parse::<u16>()
            .is_ok_and(|y| (1980..=2035).contains(&y) && y != 2000)
    }) && at(ws, 1, SUBJ | IWE | SV);
    if year {
        ws[0].t.push(',');
        ws.insert(0, Tok::new("In".to_owned()));
    }
    // "answer is they're recommended …" too (the thirteenth garble hunt).
    let head = word_in("q question", tk_k(ws, 0)) || ws.first().is_some_and(|w| w.t == "answer");
    if head && word_in("is was", tk_k(ws, 1)) {
        ws[0].t.make_ascii_lowercase();
        ws.insert(0, Tok::new("the".to_owned()));
    }
    let none = (0..ws.len().saturating_sub(1)).find(|&i| {
        ws[i].k == "none"
            && (i == 0 || ends_clause(&ws[i - 1].t))
            && ws[i + 1].f & PASTX != 0
            // Only a thing done to them, by someone ("none sent back by the
            // partner", "none rejected"), never what they did ("none dropped out",
            // "none left in 3 years": the review of session 24).
            && (tk_k(ws, i + 2) == "by"
                || word_in(
                    "rejected returned queried challenged overturned upheld refused sent \
                     bounced disputed appealed flagged",
                    &ws[i + 1].k,
                ))
            && !ends_clause(&ws[i].t)
    });
    if let Some(i) = none {
        ws.insert(i + 1, Tok::new("was".to_owned()));
    }
}

/// "b2b content that isnt boring + want to learn from …": a verb of wanting joined on
/// after a phrase with no subject is the writer's ("…, and I want to learn"); round
/// 126 sent "… isn't boring and want to learn".
fn and_i_want(ws: &mut Vec<Tok>) {
    // Only after a bare phrase: not after a verb ("staff who care and want to learn":
    // the staff want it), unless it is a phrase that a "that is …" describes ("b2b
    // content that isnt boring + want to …"; the review of session 24).
    let at = (2..ws.len().saturating_sub(2)).find(|&i| {
        let described = (1..i)
            .any(|j| ws[j - 1].f & REL != 0 && word_in("is isn't are aren't was wasn't", &ws[j].k));
        let plus = described && ws[i + 1].k == "want";
        let rel = ws[..i].iter().any(|w| w.f & REL != 0);
        matches!(ws[i].k.as_str(), "and" | "+" | "&")
            && word_in("want hope love like need", &ws[i + 1].k)
            && ws[i + 2].k == "to"
            && ws[..i].iter().all(|w| {
                w.f & (SUBJ | IWE | SV) == 0
                    && !word_in("my me", &w.k)
                    && (plus || !rel && w.f & (FIN | PASTX | FPV) == 0)
            })
    });
    if let Some(i) = at {
        let mut and = Tok::new("and".to_owned());
        if !ws[i - 1].t.ends_with(',') {
            ws[i - 1].t.push(',');
        }
        and.f = ws[i].f & !(SUBJ | IWE);
        ws.splice(i..=i, [and, Tok::new("I".to_owned())]);
    }
}

/// Whether a sentence opens on "they" and a verb in the present ("they are
/// rebuilding …", "they're hiring", "they need …").
fn they_now(ws: &[Tok]) -> bool {
    let present = match tk_k(ws, 0) {
        "they're" | "they've" => true,
        // "they actually train …": past an adverb too (round 77).
        "they" => word_in(THEY_NOW, tk_k(ws, skip_adverbs(ws, 1))),
        _ => false,
    };
    // Not "they need me to cover weekends at my current depot": with the writer in
    // it, "they" is the employer the writer has now.
    present
        && !ws
            .iter()
            .any(|w| matches!(w.k.as_str(), "me" | "my" | "us" | "our"))
}

/// Whether the word at `i` is a "their" after "is" or "are" in what the interviewer
/// said (from `speech`): her company's ("he said turnaround times are their big
/// problem", round 62), unless it is "their own".
fn their_after_copula(ws: &[Tok], i: usize, speech: usize) -> bool {
    speech > 0
        && i > speech
        && ws[i].k == "their"
        && word_in("is are was were", tk_k(ws, i - 1))
        && tk_k(ws, i + 1) != "own"
        // "the kids are their parents' main worry": people of their own.
        && !word_in("parents families children kids staff teams", tk_k(ws, i + 1))
}

/// The word at `i` as the reader's company ("your", "you're") when a "their" or "they"
/// there means it: in a note about them, in what the interviewer said of it, and the
/// like; `told` says what she said was of her company already.
fn of_company(
    ws: &[Tok],
    i: usize,
    (speech, about_them, plural, told): (usize, bool, bool, bool),
) -> Option<&'static str> {
    let after_copula = their_after_copula(ws, i, speech);
    // "…half their caseload is balance patients and they're adding a booth": once
    // what she said was of her company, a "they" joined on with "and" is too.
    let again = told && i > 0 && matches!(ws[i - 1].k.as_str(), "and" | "but");
    // "…would love to help with theirs": no people of its own before it (round 77).
    let yours = ws[i].k == "theirs" && !ws[..i].iter().any(|w| self::plural(&w.k));
    // "they train you properly": a "you" of the note's own is anyone, so "they" stays
    // the company told of ("You train you properly" was sent; session 19).
    let generic = ws[i + 1..]
        .iter()
        .any(|w| matches!(w.k.as_str(), "you" | "your" | "yourself"));
    let theirs = about_them && !generic
        || yours
        || i == speech
        || said_of_her_company(ws, i, speech)
        || after_copula
        || again
        || after_fronted_time(ws, i, speech)
        || after_topic(ws, i)
        || their_after_and(ws, i)
        || liked_that(ws, i)
        || liked_before(ws, i)
        || learned_of(ws, i);
    // "told a client something they didn't want to hear": "they" is the one person
    // just named with "a" (garble hunt 16 sent "something you didn't want to hear").
    let someone = i != speech
        && ws[speech.min(i)..i]
            .windows(2)
            .any(|p| word_in("a an one", &p[0].k) && p[1].f & PERSON != 0);
    // "the calls they get": the plural right before is what they get, not who.
    let contact = ws[i].k == "they" && i >= 2 && contact_relative(ws, i);
    if plural && i != speech && !after_copula && !again && !contact || !theirs || someone {
        None
    } else {
        pair(COMPANY, &ws[i].k)
    }
}

/// Whether the "they" at `i` is what the writer found out of the company: "I think
/// they've closed 4000 cases", "I read they're opening a depot" (round 129 sent "I
/// think they've closed" to the company's own manager).
fn learned_of(ws: &[Tok], i: usize) -> bool {
    // "found out they supply arla" too, its "I" dropped (garble hunt 17).
    // "found out that they …" too.
    let j = i - usize::from(i >= 3 && ws[i - 1].k == "that");
    let found_out = j >= 2 && ws[j - 2].k == "found" && ws[j - 1].k == "out";
    (found_out
        || i >= 2
            && is_i(&ws[i - 2].k)
            && word_in(
                "think read heard saw noticed gather understand",
                &ws[i - 1].k,
            ))
        // (Not after another firm is named: "my last place was Tesco, and i found out
        // they started paying …": the review of session 29.)
        && (they_now(&ws[i..])
            || ws[i].k == "they've"
            || found_out
                && past_of_them(&ws[i..])
                && !ws[..i].iter().enumerate().any(|(j, w)| {
                    // (The first word too, unless a common one: "Costa was my last
                    // job, found out they bought a roastery".)
                    w.t.starts_with(is_upper) && !is_i(&w.k) && (j > 0 || !is_common_word(&w.k))
                }))
        && !others_named(&ws[i + 1..])
}

/// "they spun out of TU Munich", found out since: what the company did, in the past
/// (garble hunt 20 sent "they" to the company's head of hardware). Not with the writer
/// in it ("they let me go").
fn past_of_them(ws: &[Tok]) -> bool {
    tk_k(ws, 0) == "they"
        && word_in(
            "spun started opened launched won merged began founded grew expanded acquired \
             bought built pioneered partnered",
            tk_k(ws, 1),
        )
        // (In its own clause: "… - that's the kind of launch i ran" is the writer's.)
        && !ws
            .iter()
            .take_while(|w| !w.t.is_empty() && !matches!(w.t.as_str(), "-" | "–" | "—"))
            .any(|w| matches!(w.k.as_str(), "me" | "my" | "us" | "our" | "i" | "i'd"))
}

/// Whether the words name someone other than the reader's company: "yours", a name
/// after the first word ("paying 12 an hour at Aldi"), or an aside that says who
/// ("…, the agency"): the review of session 25.
fn others_named(ws: &[Tok]) -> bool {
    ws.iter().enumerate().any(|(j, w)| {
        word_in("your yours", &w.k)
            // (Only a name after "at", "for", "with" or "by", an employer's: not a
            // place, "spun out of TU Munich", nor a thing made, "launched TikTok
            // Shop": round 142 and garble hunt 20.)
            || j > 0
                && w.t.starts_with(is_upper)
                && w.f & (FUNC | CAL) == 0
                && !word_in("march may", &w.k)
                && (word_in("at for with by in", &ws[j - 1].k)
                    || j > 1
                        && ws[j - 1].t.starts_with(is_upper)
                        && word_in("at for with by in", &ws[j - 2].k))
            || w.t.ends_with(',') && word_in("the my our", tk_k(ws, j + 1))
    })
}

/// Words of a time said before the rest of a remark ("summer weekends", "in peak
/// season", "most nights").
const FRONTED_TIMES: &str = "weekend weekends weekday weekdays summer summers winter winters \
    spring autumn fall peak season seasons night nights day days week weeks month months in \
    on at during every most each this last next busy now right currently usually normally";

/// Whether the "they" at `i` opens what the interviewer said after a time put first:
/// "she said summer weekends they move 2,000 vehicles" is her company's (round 93 sent
/// "You said summer weekends they move …").
fn after_fronted_time(ws: &[Tok], i: usize, speech: usize) -> bool {
    speech > 0
        && i > speech
        && i - speech <= 3
        && ws[speech..i]
            .iter()
            .all(|w| w.f & CAL != 0 || word_in(FRONTED_TIMES, &w.k))
}

/// Whether the word at `i` is a "their" after the company's "they" at `they_at` in
/// the same clause ("…, they're moving their whole fleet").
fn their_after_they(ws: &[Tok], i: usize, they_at: Option<usize>) -> bool {
    // Up to eight words on ("they had 0 critical findings at their last
    // inspection": round 127 sent "you had … at their last"), unless people come
    // between whom "their" may mean ("they told the drivers to check their tyres").
    // Nor past a second agent: a name, "to" after someone ("asked the suppliers to
    // redo their quotes"), or a verb that makes others act ("make new starters
    // shadow their mentor"): the review of session 24.
    let people = |w: &Tok| {
        w.f & PERSON != 0
            || word_in(PEOPLE, w.k.strip_suffix('s').unwrap_or(&w.k))
            || word_in(
                "people staff team kids children everyone everybody to make makes let lets \
                 get gets help helps ask asks give gives",
                &w.k,
            )
            || w.t.starts_with(|c: char| c.is_ascii_uppercase()) && w.f & FUNC == 0
    };
    ws[i].k == "their"
        && they_at
            .is_some_and(|t| i - t <= 8 && !ws[t..i].iter().any(|w| ends_clause(&w.t) || people(w)))
}

/// Whether the "they" at `i` follows a topic and its comma ("peat free propagation,
/// they're one of the few growers …"): in a line about the company, it is the company
/// (round 92 sent "They're one of the few …" to its manager).
/// Not after the writer's own place ("my old depot, they never trained anyone") nor
/// after people or things in the plural ("customers, they just want it fixed"), whom
/// the "they" may mean (the review of session 18).
fn after_topic(ws: &[Tok], i: usize) -> bool {
    let last = &ws[i.saturating_sub(2)];
    i > 1
        && i <= 8
        && ws[i - 1].t.ends_with(',')
        && ws[..i - 1].iter().all(|w| !ends_clause(&w.t))
        && ws[..i].iter().all(|w| {
            w.f & (FIN | SUBJ | SV | PASTX | PERSON) == 0
                && !word_in("my our old last previous former current", &w.k)
        })
        && !plural(&ws[i - 1].k)
        && last.f & PERSON == 0
}

/// Whether the company's word at `i` ("their caseload") owns what follows it, so a
/// later "they" joined on is the company too: not before people ("their drivers",
/// "their son"), who may be that "they".
fn owns_next(ws: &[Tok], i: usize) -> bool {
    let next = tk_k(ws, i + 1);
    !self::plural(next)
        && !word_in(
            "son daughter husband wife partner mum mom dad mother father boss",
            next,
        )
}

/// Verbs of liking before "that" or "how" and what the company does.
const LIKES: &str = "love loved like liked admire respect appreciate";

/// Whether a "they" or "their" at `i` follows one [`liked_that`] made the company's
/// in the same clause ("love how they treat their staff", "love that they do lagers
/// and they let staff brew"), so the sentence keeps one person.
fn liked_before(ws: &[Tok], i: usize) -> bool {
    // (The first is "you" by now.)
    let liked = |j: usize| {
        word_in("you you're you've", &ws[j].k)
            && matches!(ws[j - 1].k.as_str(), "that" | "how")
            && word_in(LIKES, &ws[j - 2].k)
    };
    word_in("they their they're they've theirs", &ws[i].k)
        && (2..i.min(4)).any(liked)
        && !ws[..i].iter().any(|w| w.t.ends_with(['.', ';']))
}

/// Whether the word at `i` is a "they" or "their" after "love that", "like how" and
/// the like: what the writer likes of the company ("love that they do lagers", round
/// 75's reader: "calls Tom's own brewery 'they'").
fn liked_that(ws: &[Tok], i: usize) -> bool {
    // The writer's liking, as the note opens ("love that they …", "I like how they
    // …"), about no past job of theirs ("… you let me run the shop floor at boots").
    let opens = i == 2 || i == 3 && is_i(&ws[0].k);
    let mine = ws
        .iter()
        .any(|w| matches!(w.k.as_str(), "me" | "my" | "us" | "our"));
    opens
        && !mine
        && word_in("they their they're they've", &ws[i].k)
        && matches!(ws[i - 1].k.as_str(), "that" | "how")
        && word_in(LIKES, &ws[i - 2].k)
}

/// Whether the word at `i` is a "their" or "they" that opens a clause after "and" or
/// "but", with no plural noun before it that it could mean ("I've wanted to work with
/// a collection this size and their loan program is huge", "the bigger network, and
/// they're bringing in the new fleet": the company's, rounds 46 and 47), not "the kids
/// and their families".
fn their_after_and(ws: &[Tok], i: usize) -> bool {
    // "the Class III path, they pay for certification": a "they" in the present after
    // a comma opens a clause about the company too (round 58).
    // Not "…, they train you from scratch": "they" doing something to "you" is the
    // company told of, not addressed.
    let after_comma = i > 0
        && ws[i - 1].t.ends_with(',')
        && tk_k(ws, i) == "they"
        && word_in(THEY_NOW, tk_k(ws, i + 1))
        && !ws[i..].iter().any(|w| w.k == "you" || w.k == "your");
    // Only people or things in the same clause: "hands on with objects …, and their
    // textile collection is …" is the museum's (round 100 sent "their").
    let clause = ws[..i.saturating_sub(1)]
        .iter()
        .rposition(|w| w.t.ends_with([',', ';', ':']))
        .map_or(0, |c| c + 1);
    // (Nor "steady and they train you properly", for the same reason: garble hunt 20
    // sent "you train you".)
    let generic = ws[i..].iter().any(|w| w.k == "you" || w.k == "your");
    word_in("their they they're they've", tk_k(ws, i))
        && i > 0
        && !generic
        && (matches!(tk_k(ws, i - 1), "and" | "but") || after_comma)
        && !ws[..i].iter().enumerate().skip(clause).any(|(j, w)| {
            // "where accuracy really counts and they hire …": a verb after an adverb or
            // a pronoun is no plural noun (round 57).
            let verb = j > 0 && at(ws, j - 1, ADVX | SUBJ);
            plural(&w.k) && w.f & FUNC == 0 && !verb
        })
}

/// Whether the word at `i` is inside words quoted as said ("he said 'our clients read
/// the reports …'"): a quote keeps its own "our", as the interviewer said it (round
/// 46's letter quoted "'your clients …'" back to him).
fn quoted_at(ws: &[Tok], i: usize) -> bool {
    let mut open = false;
    for (j, w) in ws[..=i].iter().enumerate() {
        open |= w.t.starts_with(['\'', '‘', '"', '“']);
        let end = trim_end_set(&w.t, ",.;:?!");
        if j < i && end.len() > 1 && end.ends_with(['\'', '’', '"', '”']) {
            open = false;
        }
    }
    open
}

/// "Arlo showing me his dinosaur book": a name the note opens on, doing something, is
/// someone else (the interviewer's own name is "you" by now, the company's is
/// `comp`), and "his" is theirs (round 38's reader: "your dinosaur book" got the owner
/// wrong).
fn opens_on_someone(ws: &[Tok], comp: &[Tok]) -> bool {
    ws.first().is_some_and(|w| {
        w.f == 0
            && w.t.starts_with(is_upper)
            && comp.first().is_none_or(|c| c.k != w.k)
            && at(ws, 1, INGX | PASTX | SAID)
    })
}

/// Whether the "they" or "their" at `i`, in what the interviewer said or showed from
/// `speech` on, is her company's: "You showed me the lighting diagram they use" (a
/// "they" right after a singular noun), "he said checkout crash rate is their north
/// star" (a "their" with no plural or "everyone" before it to stand for).
fn said_of_her_company(ws: &[Tok], i: usize, speech: usize) -> bool {
    if speech >= i {
        return false;
    }
    let prev = &ws[i - 1];
    match ws[i].k.as_str() {
        // Nor after a person or a family ("the family who funded the garden room after
        // their mum …").
        "their" => !ws[speech..i].iter().any(|p| {
            p.f & FUNC == 0 && p.k.len() > 3 && p.k.ends_with('s') && !p.k.ends_with("ss")
                || p.f & PERSON != 0
                || word_in("everyone everybody someone somebody nobody people", &p.k)
                || word_in(STORY_PEOPLE, &p.k)
        }),
        // Not after a quantity ("not on how much they grow"), nor once an earlier
        // "they" in the note stood for someone else ("what they hand over").
        "they" => {
            // "more work than they can take on": after a conjunction too, unless a
            // plural or a person before it could be who "they" are ("the best
            // officers talk more than they cuff", "a patient … because they can't").
            (prev.f & (FUNC | NUM | ADVX) == 0
                || word_in("than because so if when", &prev.k)
                    && !ws[speech..i].iter().any(|p| {
                        p.f & FUNC == 0
                            && p.k.len() > 3
                            && p.k.ends_with('s')
                            && !p.k.ends_with("ss")
                            || p.f & PERSON != 0
                    }))
                && !matches!(prev.k.as_str(), "much" | "more" | "less" | "many")
                // "the calls they get": a noun with its determiner just before, then
                // "they", is what they get (round 109 sent "half the calls they get").
                && (!prev.k.ends_with('s') || i >= 2 && contact_relative(ws, i))
                && !ends_clause(&prev.t)
                && !ws[..i].iter().any(|w| w.k == "they")
        }
        _ => false,
    }
}

/// Whether the "they" at `i` opens a relative clause with no "that" after a plural
/// noun and its determiner ("the calls they get", "the new drivers they hire").
fn contact_relative(ws: &[Tok], i: usize) -> bool {
    let start = i.saturating_sub(3);
    // Not people ("the patients they see" may be another team's, as the table has it).
    ws[i - 1].f & (FUNC | PERSON) == 0
        && !word_in(PEOPLE, ws[i - 1].k.strip_suffix('s').unwrap_or(""))
        && (start..i - 1).any(|d| at(ws, d, DET))
        && ws[start..i].iter().all(|w| !ends_clause(&w.t))
}

/// Where what the interviewer said starts in a note ("she said their …", "her point
/// that their …", "That they're short of …"), or `usize::MAX` when it reports no
/// speech: a "they" there is her own company.
fn speech_start(ws: &[Tok]) -> usize {
    // Likewise in her remark: "her point that their churn problem is onboarding".
    // "his question about what I'd do if rebuilding our gateway" too.
    let remark =
        at(ws, 0, HERHIS) && (at(ws, 2, THAT) || tk_k(ws, 2) == "about") && is_remark(tk_k(ws, 1));
    // "her saying their …" is her remark too.
    let saying = at(ws, 0, HERHIS) && tk_k(ws, 1) == "saying";
    // "when he said they want …" too.
    let o = usize::from(matches!(tk_k(ws, 0), "when" | "how"));
    if (at(ws, o, SHEHE) || tk_k(ws, o) == "you") && at(ws, o + 1, SAID) {
        // "he walked me through the vines and said they're replanting …": what he said
        // follows his second verb (round 46's letter kept "they're").
        let says = |j: usize| word_in(SAYS, tk_k(ws, j));
        let first_shows = !says(o + 1);
        let p = (o + 2..ws.len().saturating_sub(1))
            .find(|&p| first_shows && ws[p].k == "and" && says(p + 1))
            .unwrap_or(o);
        // "he told me they have …": what was said follows the one it was told to
        // (round 64 kept "they").
        let told = p + 2 + usize::from(matches!(tk_k(ws, p + 2), "me" | "us"));
        told + usize::from(at(ws, told, THAT))
    } else if remark {
        3
    } else if saying {
        2
    } else if ws.first().is_some_and(|w| w.k == "that") {
        // "That they're short of surveyors": what was said, with its "she said" left
        // to the frame.
        1
    } else {
        // "the tour of the ATE area, she said they are moving to …": after a comma.
        (1..ws.len().saturating_sub(1))
            .find(|&p| {
                ws[p - 1].t.ends_with(',')
                    && (at(ws, p, SHEHE) || ws[p].k == "you")
                    && at(ws, p + 1, SAID)
            })
            .map_or(usize::MAX, |p| p + 2 + usize::from(at(ws, p + 2, THAT)))
    }
}

/// Verbs of saying, of the wider [`SPEECH`] list: what follows them is what was said.
const SAYS: &str = "said told asked mentioned explained says asks";

/// Whether a pronoun is a woman's (`Some(true)`) or a man's (`Some(false)`).
fn female(k: &str) -> Option<bool> {
    match k {
        "she" | "her" | "hers" | "she's" => Some(true),
        "he" | "him" | "his" | "he's" => Some(false),
        _ => None,
    }
}

/// The interviewer's pronoun in a note, by its first subject pronoun ("the spaniel
/// … his feet and she said …" is hers).
fn reader_is_female(ws: &[Tok]) -> Option<bool> {
    ws.iter()
        .filter(|w| w.f & (SHEHE | SHES) != 0)
        .find_map(|w| female(&w.k))
}

/// The sex of a person named by a noun ("boy" is a "he"), if it has one.
fn person_sex(k: &str) -> Option<bool> {
    if word_in("boy man lad son dad", k) {
        Some(false)
    } else if word_in("girl woman lady daughter mum", k) {
        Some(true)
    } else {
        None
    }
}

/// Whether the pronoun at `i` is followed by how someone got on ("how hes come on",
/// "she's settled"): the progress of the person named, not the interviewer's doing.
fn progress_after(ws: &[Tok], i: usize) -> bool {
    (i + 1..(i + 4).min(ws.len())).any(|j| {
        word_in(
            "come came got settled progressed improved doing grown",
            &ws[j].k,
        )
    })
}

/// Whether the word at `i` says what someone was ("he was an apprentice here"): no one
/// else is named by it, so "his" after it is still the interviewer's.
fn what_one_was(ws: &[Tok], i: usize) -> bool {
    i >= 2
        && matches!(ws[i - 1].k.as_str(), "a" | "an")
        && word_in("was were is are as been became started", &ws[i - 2].k)
}

/// Whether the word at `i` is "id" typed for "I'd" before a verb ("how id approach",
/// "what id done"), not "id cards", "id badges" nor "if id support was needed".
fn typed_for_i_would(ws: &[Tok], i: usize) -> bool {
    // Before a verb only: "id cards", "id badges" and "id fraud" stay.
    ws[i].t == "id"
        // "how id approach …" (round 70 sent "id").
        && (i == 0
            || word_in(
                "said say think thought and so then how what why where when if",
                &ws[i - 1].k,
            ))
        && ws.get(i + 1).is_some_and(|n| {
            n.f & (FUNC | NUM) == 0 && n.t.starts_with(is_lower)
        })
        && ws.get(i + 1).is_some_and(|n| {
            n.f & (FPV | AUX1) != 0
                || word_in(I_D_VERBS, &n.k)
                || n.k.ends_with("ise")
                // "what id done on site": "I'd" before a past participle too
                // (the tenth garble hunt sent "id").
                || word_in("done been had made seen worked got gone", &n.k)
        })
        // "if id support was needed": a noun with its own verb after it.
        && !at(ws, i + 2, FIN | PASTX)
}

/// Whether `n`, after "her" or "his", is what they own ("her team"), not the rest of
/// a clause ("talks to her like that", "bit her would", "keeps her up at night": round
/// 145 sent "keeps your up").
/// Whether the "her" or "his" at `i` owns the word after it.
/// A particle after it ends the phrase only after a verb ("keeps her up at night"),
/// and never before "of" or "to" ("her out of hours service", "her back to back
/// meetings": the review of session 30).
fn owned_after(ws: &[Tok], i: usize) -> bool {
    // (No list knows every verb: a word that is no function word before "her" is
    // taken for one; nouns seldom stand right before it.)
    let verb_before = i > 0 && ws[i - 1].f & FUNC == 0;
    let after = ws.get(i + 2);
    let particle_ends = verb_before && after.is_none_or(|a| !matches!(a.k.as_str(), "of" | "to"));
    !ends_clause(&ws[i].t)
        && ws
            .get(i + 1)
            .is_some_and(|n| owned_next(n, after, particle_ends))
}

/// `after` is the word after `n`: a particle then a noun is owned ("her back office");
/// `may_end`: a particle may end the phrase here.
fn owned_next(n: &Tok, after: Option<&Tok>, may_end: bool) -> bool {
    let particle_ends = || {
        may_end
            && word_in(PARTICLES, &n.k)
            && (ends_clause(&n.t)
                || after.is_none_or(|a| {
                    // "let her down last year": a time after the particle ends it too.
                    a.f & FUNC != 0 || word_in("last this next every again yesterday today", &a.k)
                }))
    };
    !n.k.is_empty() && n.f & (FUNC | ADVX | NUM | FIN) == 0 && n.k != "like" && !particle_ends()
}

/// Whether `w` (after `prev`) names people or things in the plural, whom a later
/// "they" may mean ("the drivers", "people").
fn names_many(w: &Tok, prev: Option<&Tok>, who_next: bool) -> bool {
    let k = &w.k;
    let plural_noun = k.len() > 3
        && k.ends_with('s')
        && !k.ends_with("ss")
        && !k.ends_with("'s")
        && w.f & FUNC == 0;
    // "people who …" needs no determiner to be who a later "they" is ("he wants
    // people who leave a panel neater than they found it": the fifth garble hunt found
    // "than you found it"); "they invest in their staff and they …" is the company.
    plural_noun && prev.is_some_and(|p| p.f & DET != 0)
        || word_in("people staff children men women folk", k) && who_next
        // "best salespeople listen more than they talk" (round 131 sent "than you
        // talk"): a compound in "-people" is people whatever comes before it.
        || k.len() > 6 && k.ends_with("people")
        // "help people stay in their homes": people helped are who a later "their"
        // is (garble hunt 16 sent "stay in your homes").
        || word_in(
            "people families children kids patients clients customers residents tenants \
             pupils students users members",
            k,
        ) && prev.is_some_and(|p| {
            word_in(
                "help helps helping helped support supporting supported let lets keep \
                 keeping get getting",
                &p.k,
            )
        })
}

/// Whether `w` (after `prev`) names someone the note's pronouns may mean: a person
/// ("my manager"), or a noun with "who" after it ("the little spaniel who wouldn't let
/// anyone touch his feet").
fn names_someone(w: &Tok, prev: Option<&Tok>) -> bool {
    // "a player whose parents …" names one too; "someone who'd say no to her" names
    // nobody, and "her" is still the interviewer (round 71).
    let nobody = |p: &Tok| word_in("someone somebody anyone anybody", &p.k);
    (w.f & PERSON != 0 && !nobody(w))
        // "a customer's hedging … to his door": the one owning it is named too.
        || w.k.strip_suffix("'s").is_some_and(|b| word_in(PEOPLE, b))
        || (matches!(w.k.as_str(), "who" | "whose" | "who'd")
            && prev.is_some_and(|p| p.f & FUNC == 0 && !nobody(p)))
}

/// Words for a share of something, between "she said" and whose it is ("half their",
/// "most of their").
const SHARE_WORDS: &str = "half most all some many much of both several a lot";

/// Whether the words at `i` are the company's name with "'s" ("Brightway's").
fn company_possessive(ws: &[Tok], i: usize, comp: &[Tok]) -> bool {
    let m = comp.len();
    if i + m > ws.len() {
        return false;
    }
    for (j, c) in comp.iter().enumerate() {
        let k = tk(ws, i + j).k.as_str();
        let k = if j + 1 < m {
            Some(k)
        } else {
            k.strip_suffix("'s")
        };
        if k != Some(c.k.as_str()) {
            return false;
        }
    }
    true
}

/// "cedar hollow hosts the state amateur": the company read, named as the subject of
/// what it does, is "you" ("You host the state amateur"; round 111 sent "What appeals
/// to me most about this role is the Cedar Hollow hosts …"). The name as typed, at
/// least two of its words (all of a one-word name), then a verb in "-s" and its object.
fn company_does(ws: &mut Vec<Tok>, company: &str) {
    let comp = words_of(company);
    let m = comp
        .iter()
        .zip(ws.iter())
        .take_while(|(c, w)| c.k == w.k)
        .count();
    // (A note that is only the name has no verb after it: the review of session 25
    // found "aldi" alone made the letter panic.)
    if m < comp.len().min(2) || m == 0 || m >= ws.len() {
        return;
    }
    let verb = tk(ws, m);
    let does = verb.k.len() > 3
        && verb.k.ends_with('s')
        && !verb.k.ends_with("ss")
        && verb.f & (FUNC | NUM) == 0
        && verb.t.starts_with(is_lower)
        && at(ws, m + 1, DET | NUM | OBJ);
    // Nor a noun with its verb later ("ledgerline sales this year were up": the review
    // of session 20).
    let mut clause = ws[m + 1..].iter().take_while(|w| !ends_clause(&w.t));
    if !does || clause.any(|w| w.f & FIN != 0) {
        return;
    }
    ws.drain(1..m);
    ws[0] = Tok::new("You".to_owned());
    agree(ws, 1);
}

/// Makes the verb at `j` (after adverbs) agree with a new subject "you".
fn agree(ws: &mut [Tok], j: usize) {
    let j = skip_adverbs(ws, j);
    let Some(w) = ws.get(j) else {
        return;
    };
    let k = w.k.as_str();
    let n = k.len();
    let fixed = if let Some(fix) = pair(AGREE, k) {
        fix.to_owned()
    } else if n > 2
        && k.ends_with('s')
        && !k.ends_with("ss")
        && !k.ends_with("us")
        && !k.ends_with("is")
        && k.bytes().all(|b| b.is_ascii_lowercase())
        && w.f & (FUNC | FIN) == 0
    {
        let (n_cut, add) = if n > 4 && k.ends_with("ies") {
            (3, "y")
        } else if "ches shes sses xes zes oes"
            .split(' ')
            .any(|e| k.ends_with(e))
        {
            (2, "")
        } else {
            (1, "")
        };
        let mut s = cut(k, 0, n - n_cut).to_owned();
        s.push_str(add);
        s
    } else {
        return;
    };
    set_core(ws, j, j, &fixed, true);
}

/// How many words of `ws` the words of `phrase` match, from the start; with `adverbs`,
/// adverbs may stand between them ("I just froze" matches "i froze").
#[inline(never)]
fn phrase_len(ws: &[Tok], phrase: &str, adverbs: bool) -> Option<usize> {
    // Most phrases of a list fail on their first word: that test, before splitting
    // the phrase, is a twentieth of the composer's time saved.
    let first = &ws.first()?.k;
    // One byte before the whole first word: most phrases differ there.
    if phrase.as_bytes().first() != first.as_bytes().first() {
        return None;
    }
    let after = phrase.strip_prefix(first.as_str())?;
    if !(after.is_empty() || after.starts_with(' ')) {
        return None;
    }
    let mut i = 0;
    for p in phrase.split(' ') {
        while adverbs && i > 0 && ws.get(i).is_some_and(|w| w.k != p && w.f & ADVX != 0) {
            i += 1;
        }
        if ws.get(i)?.k != p {
            return None;
        }
        i += 1;
    }
    Some(i)
}

/// The length of the first "|"-separated phrase of `list` that `ws` starts with.
fn find_phrase(list: &str, ws: &[Tok]) -> Option<usize> {
    list.split('|').find_map(|p| phrase_len(ws, p, false))
}

/// The phrases of [`NARRATION`], split once at compile time: [`narrates`] tries
/// them at every word that may open one.
const NARRATION_ITEMS: [&str; items::<0>(NARRATION).0] = items(NARRATION).1;

/// The "|"-separated items of `list`: their count, and the first `N` of them.
const fn items<const N: usize>(list: &'static str) -> (usize, [&'static str; N]) {
    let mut out = [""; N];
    let (mut n, mut rest) = (0, list.as_bytes());
    loop {
        let mut j = 0;
        while j < rest.len() && rest[j] != b'|' {
            j += 1;
        }
        let (item, tail) = rest.split_at(j);
        if n < N {
            out[n] = match std::str::from_utf8(item) {
                Ok(s) => s,
                Err(_) => panic!("a list item is not UTF-8"),
            };
        }
        n += 1;
        if tail.is_empty() {
            return (n, out);
        }
        rest = tail.split_at(1).1;
    }
}

/// Whether a clause narrates the slip (see [`NARRATION`]).
fn narrates(ws: &[Tok]) -> bool {
    for i in 0..ws.len() {
        let f = fl(ws, i);
        // "I forgot" narrates; "I forgot to mention X" is a note to self (see below).
        if f & FORGOT != 0 && !at(ws, i + 1, TO) {
            return true;
        }
        // Not someone else's ("an adult learner who panicked on the pool steps":
        // round 119 lost the story whole).
        if f & NARR != 0 && !(i > 0 && at(ws, i - 1, REL)) {
            let rest = part(ws, i, ws.len());
            if NARRATION_ITEMS
                .iter()
                .any(|m| phrase_len(rest, m, true).is_some())
            {
                return true;
            }
        }
    }
    false
}

/// Marks the comma a hurried note left out between the question asked and the slip
/// it narrates ("when you asked me to talk you through safe isolation my mind went
/// blank"), so the question is kept when the narration goes (round 45's letter lost
/// the question and answered "one of my answers").
fn question_before_narration(ws: &mut [Tok]) {
    if !(tk_k(ws, 0) == "when" && tk_k(ws, 1) == "you" && matches!(tk_k(ws, 2), "asked" | "said")) {
        return;
    }
    let Some(s) = (4..ws.len().min(24))
        .take_while(|&j| !ends_clause(&ws[j - 1].t))
        .find(|&j| matches!(ws[j].k.as_str(), "i" | "my"))
    else {
        return;
    };
    if narrates(part(ws, s, ws.len())) {
        ws[s - 1].t.push(',');
    }
}

/// Whether the writer's own clause starts within a few words of `from` ("at my
/// current practice i run …"), before any other mark ("really nervous - and …" has
/// none).
fn writer_after(ws: &[Tok], from: usize) -> bool {
    ws.iter()
        .skip(from)
        .take(6)
        .take_while(|w| !matches!(w.t.as_str(), "-" | "–" | "—"))
        .any(|w| word_in("i i'd i'm i've i'll", &w.k))
}

/// Whether the last clause of a note only tells how the interviewer took it or how the
/// writer thinks it went ("…, she nodded a lot at that", "i think that went ok
/// actually"): a note to self that reads oddly sent (rounds 140 and 143's readers).
/// Short, and on its own at the end: "she nodded, then asked about my dbs" and "the
/// director nodded it through" say more.
fn reaction(ws: &[Tok]) -> bool {
    let k = |j: usize| tk_k(ws, j);
    ws.len() <= 6
        && (word_in("she he they", k(0)) && word_in("nodded smiled", k(1))
            || k(0) == "i" && k(1) == "think" && k(2) == "that" && k(3) == "went")
}

/// Drops the clauses that narrate the slip; false when nothing else is left.
fn drop_narration(ws: &mut Vec<Tok>) -> bool {
    question_before_narration(ws);

    let n = ws.len();
    let mut any = false;
    let mut kept_before = false;
    let mut a = 0;
    while a < n {
        let mut b = a + 1;
        while b < n
            && !(ends_clause(&tk(ws, b - 1).t)
                // "I was so flustered …": "so" before an adjective is no new clause.
                || at(ws, b, CONTR) && (ws[b].k != "so" || at(ws, b + 1, SUBJ | SV))
                || (at(ws, b, AND) && at(ws, b + 1, SUBJ))
                // "i only said i follow protocol - i run the LDU, …": what follows a
                // dash is the answer, not more of the narration (round 139 lost "I
                // run the LDU" with it).
                || matches!(ws[b].t.as_str(), "-" | "–" | "—") && writer_after(ws, b + 1))
        {
            b += 1;
        }
        let dropped = narrates(part(ws, a, b)) || b == n && reaction(part(ws, a, b));
        any |= dropped;
        for (i, w) in ws[a..b].iter_mut().enumerate() {
            // A conjunction that tied the clause to a dropped one goes with it; after
            // a clause that stays it still joins ("My bus didn't turn up and I ended
            // up walking", round 85).
            if dropped || (i == 0 && !kept_before && w.f & (JOIN | THO) != 0) {
                w.f |= GONE;
            }
        }
        // (The dash that ended a dropped clause goes with it.)
        if dropped
            && ws
                .get(b)
                .is_some_and(|w| matches!(w.t.as_str(), "-" | "–" | "—"))
        {
            ws[b].f |= GONE;
        }
        kept_before |= !dropped;
        a = b;
    }
    if any {
        ws.retain(|w| w.f & GONE == 0);
        // "I was" left after its clause went says nothing.
        if ws.len() <= 2 {
            ws.clear();
        }
    }
    !ws.is_empty() || !any
}

/// Where the sentence starts without a note-to-self verb: "say I led …" -> "I led …",
/// "mention the Leeds clinic" -> "the Leeds clinic", "remind you that …" -> "that …".
/// None when the verb was all there was.
fn strip_self_note(ws: &[Tok]) -> Option<usize> {
    // "see above re downtime": a pointer to the writer's own notes, never a line of
    // the letter (round 44's letter sent "A result I would point to is the see above
    // re downtime").
    if matches!(tk_k(ws, 0), "see" | "as" | "same")
        && matches!(tk_k(ws, 1), "above" | "below" | "before")
        || tk_k(ws, 0) == "ditto"
    {
        return None;
    }
    let prefix = find_phrase(SELF_PREFIXES, ws).unwrap_or(0);
    let rest = part(ws, prefix, ws.len());
    let verb = find_phrase(SELF_VERBS, rest).or(if prefix > 0 {
        find_phrase(SELF_VERBS_PAST, rest)
    } else {
        None
    });
    match verb {
        Some(n) => (prefix + n < ws.len()).then_some(prefix + n),
        None => Some(0),
    }
}

/// The words without joiners and stray marks at either end ("and …", "… and"); None
/// when the note breaks off mid-phrase ("I led the…").
fn trim_ends(ws: &mut [Tok]) -> Option<&[Tok]> {
    // Leading joiners ("and …") and marks; "So …" and "Then …" read fine.
    let mut a = 0;
    while ws
        .get(a)
        .is_some_and(|w| w.f & JLEAD != 0 || (w.k.is_empty() && w.t.is_ascii()))
    {
        a += 1;
    }
    let mut b = ws.len();
    while b > a {
        b -= 1;
        // "I said so", "I think so": "so" standing for what was said is no joiner.
        let pro_so = ws[b].k == "so" && b > a && word_in(CLAUSE_VERBS, &ws[b - 1].k);
        // "…, but the buyers don't, yet": after a comma "yet" is an adverb, kept.
        // So is "yet" after a "not" ("so not full RPT yet": garble hunt 7 lost it).
        let negated = || {
            ws[a..b]
                .iter()
                .any(|w| word_in("not no never", &w.k) || w.k.ends_with("n't"))
        };
        let pro_so =
            pro_so || (ws[b].k == "yet" && b > a && (ws[b - 1].t.ends_with(',') || negated()));
        // "…, and offer a refund right then": "then" closes "right then" (the ninth
        // garble hunt sent "a refund right").
        let pro_so = pro_so || ws[b].k == "then" && b > a && ws[b - 1].k == "right";
        // "a quiet spot to step away to": a preposition left at the end after its
        // verb's particle is the sentence's own, not a note cut short (round 72's
        // answer was left out whole).
        let stranded = b >= a + 4
            && ws[b].k == "to"
            && word_in("away back up out on over down off", &ws[b - 1].k)
            && ws[b - 3].k == "to"
            && ws[b - 4].f & (FUNC | FIN | PASTX | SV | SUBJ | FPV) == 0;
        // So is one after a verb in a relative clause ("a rota that people actually
        // stick to": the ninth garble hunt left the lesson out).
        let stranded = stranded
            || b >= a + 3
                && word_in("to on with for", &ws[b].k)
                && word_in(
                    "stick deal rely count listen look work talk cope",
                    &ws[b - 1].k,
                )
                && ws[a..b - 1].iter().any(|w| w.f & REL != 0);
        let last = &mut ws[b];
        let n = trim_end_set(&last.t, ",;:-–—.…").len();
        last.t.truncate(n);
        if pro_so || !(last.k.is_empty() || last.f & JOIN != 0 || last.k == "because") {
            return (last.f & DANG == 0 || stranded).then_some(part(ws, a, b + 1));
        }
    }
    None
}

/// Verbs that take a clause of their own ("realised I had …", "said so").
const CLAUSE_VERBS: &str = "realised realized knew noticed found saw thought think felt said \
    say told heard learned learnt decided hoped hope guessed understood remembered forgot \
    believe believed suppose do did realise realize notice see feel know find showed show \
    promised reminded assured";

/// Capitalises the first letter and ends with `end`, replacing any end marks.
#[inline(never)]
fn finish(body: &str, end: char) -> String {
    let body = trim_end_set(body, END_MARKS);
    let mut s = String::with_capacity(body.len() + 1);
    match body.char_indices().find(|(_, c)| c.is_alphanumeric()) {
        Some((at, c)) => {
            s.push_str(&body[..at]);
            // A brand or term cased inside ("iPSC", "eBay") keeps its case: "IPSC"
            // read as a slip (round 127).
            let word = body[at..].split(' ').next().unwrap_or_default();
            // Not a caps-lock slip ("aWS migration", "tHE interview"): a known term,
            // or "i"/"e" before a capital and a lowercase letter ("iPhone", "eBay").
            let (a, e) = core_range(word);
            let low = word[a..e].to_ascii_lowercase();
            let b = word.as_bytes();
            let known = word_in("ipsc ios ipad iphone ebay ph mrna qpcr kw", &low);
            let brand = matches!(c, 'i' | 'e')
                && b.get(1).is_some_and(u8::is_ascii_uppercase)
                && b.iter().skip(2).any(u8::is_ascii_lowercase);
            let cased_inside = c.is_ascii_lowercase() && (known || brand);
            s.push(if cased_inside { c } else { upper_char(c) });
            s.push_str(&body[at + c.len_utf8()..]);
        }
        None => s.push_str(body),
    }
    s.push(end);
    s
}

/// `pre`, the words (the first `decap` of them lowercased, see [`push_decap`]) and
/// `post` as a finished sentence (see [`finish`]).
#[inline(never)]
fn sentence(pre: &str, ws: &[Tok], decap: usize, post: &str, end: char) -> String {
    let mut s = pre.to_owned();
    s.push_str(&join(ws, decap));
    s.push_str(post);
    finish(&s, end)
}

/// How many words to lowercase for text to go inside a frame: the first when it is a
/// function word, an adverb or a verb form ("The Leeds clinic" -> "the Leeds clinic");
/// a capitalised other word may be a name and stays.
fn inner(ws: &[Tok]) -> usize {
    usize::from(ws.first().is_some_and(|w| {
        w.f & (FUNC | ADVX | PASTX) != 0
            || w.k.ends_with("ing")
            || word_in(NUMBER_WORDS, &w.k)
            || (word_in(PLAIN_STARTS, &w.k) && fl(ws, 1) & NUM == 0)
    }))
}

/// Common words a note opens with, capitalised only for that ("Small team that …",
/// "Chief engineer on …", "More time for …"); not before a number ("Level 2").
const PLAIN_STARTS: &str =
    "small big large more less most chief senior head lead principal master \
    junior assistant deputy new great good strong real proper full part busy local national \
    public private general central regional commercial criminal civil clinical technical \
    digital international independent family bigger smaller larger busier newer little";

/// Whether words for a frame's slot are notes that the frame would only dress up
/// ("What draws me to this role is 3 years on new build cladding, miss proper
/// carving."): a label of one or two words and a colon ("first off: full check …"), a
/// comma before a figure or a short tag ("…, 3rd harvest now", "…, lottery funded")
/// unless it lists short items ("Python, SQL and dbt"), a figure between two plain words ("the
/// current farm 420 cows"), an object pronoun as a subject ("nearly all of them
/// stayed"), or a start that belongs to a sentence before it ("so 23% relative",
/// "sorry again for …").
fn slot_reads_as_notes(ws: &[Tok]) -> bool {
    let Some(w0) = ws.first() else {
        return false;
    };
    if w0.f & JOIN != 0 || matches!(w0.k.as_str(), "sorry" | "apologies" | "because") {
        return true;
    }
    let plain = |w: &Tok| w.f & (FUNC | NUM) == 0 && w.t.starts_with(is_lower);
    let mut listing = false;
    let mut depth = 0usize;
    for i in 0..ws.len().saturating_sub(1) {
        let (w, next) = (tk(ws, i), tk(ws, i + 1));
        // An aside in brackets may list as it likes ("(Edinburgh, viva passed in
        // October)").
        depth = bracket_depth(depth, &w.t);
        if depth > 0 {
            continue;
        }
        // A colon after a label of two words; one after a whole phrase is prose, even
        // before figures ("running a big yard on a small team: 22 horses, 2 grooms",
        // which blind readers missed when it went).
        if w.t.ends_with(';') || (w.t.ends_with(':') && i < 2) {
            return true;
        }
        // After such a colon (or a dash) the commas list what it introduces.
        listing |= w.t.ends_with(':') || matches!(w.t.as_str(), "-" | "–" | "—");
        // "Lindley Fields, 48 units, 6 wks behind …": after a name of up to four words
        // the commas say what it was (round 126 left the site out of the example).
        let named = i < 4
            && ws[..=i]
                .iter()
                .all(|w| w.t.starts_with(|c: char| c.is_ascii_uppercase()));
        listing |= named && w.t.ends_with(',');
        if w.t.ends_with(',') && !listing {
            // A number spelled out is a careful writer's apposition ("twelve years in
            // employment law, eight in private practice"); a figure is a note.
            let spelled = word_in(NUMBER_WORDS, &next.k);
            // "with" or "and I" put in front by the shaping counts as typed.
            let put = next.t.starts_with("with ") || next.t.starts_with("and ");
            let joins =
                (next.f & (FUNC | INGX | PASTX) != 0 && next.f & NUM == 0) || spelled || put;
            // A figure, or a tag of three words or fewer ("…, miss proper carving",
            // "…, lottery funded"); a longer phrase may carry what the line is about
            // ("telvar, team of 11 bottom for FCR"), and readers missed it when it went.
            let tag = part(ws, i + 1, ws.len())
                .iter()
                .position(|w| ends_clause(&w.t))
                .map_or(ws.len() - i - 1, |p| p + 1)
                <= 3;
            if !joins && (next.f & NUM != 0 || tag) && !short_list(ws, i + 1) {
                return true;
            }
        }
        let figure = w.f & NUM != 0 && w.t.starts_with(|c: char| c.is_ascii_digit());
        let prev = tk(ws, i.saturating_sub(1));
        // Not a span of time ("the last 2 years", "first 3 months").
        let span = prev.f & TIME != 0
            || matches!(prev.k.as_str(), "past" | "first")
            || TIME_NOUNS
                .split(' ')
                .any(|t| next.k.trim_end_matches('s') == t);
        // Nor a verb's object ("kept 3 rounds going", "doing 3 closes in a row").
        let object = prev.f & (PASTX | FIN | FPV | INGX) != 0;
        if i > 0
            && figure
            && plain(prev)
            && !ends_clause(&prev.t)
            && plain(next)
            && !span
            && !object
        {
            return true;
        }
        if w.f & OBJ != 0 && next.f & (PASTX | FIN) != 0 && i > 0 {
            return true;
        }
    }
    false
}

/// Whether the words from `from` on, after a comma, end a short list: items of at most
/// three words, none opening with a figure, and an "and" or "or" before the last.
fn short_list(ws: &[Tok], from: usize) -> bool {
    let mut len = 0;
    for w in part(ws, from, ws.len()) {
        if len == 0 && w.f & NUM != 0 {
            return false;
        }
        if matches!(w.k.as_str(), "and" | "or") {
            return true;
        }
        len += 1;
        if len > 3 {
            return false;
        }
        if w.t.ends_with(',') {
            len = 0;
        }
    }
    false
}

/// "consistency, their training, work life balance, 4 day week option": reasons typed
/// as a bare list of two to four short noun phrases, each with its article ("the
/// consistency, your training, the work life balance and the 4 day week option"),
/// and a lone quality last ("…, and that it's local"). The fourteenth garble hunt
/// found such lists left out as notes. None for anything with a verb in it.
fn reasons_listed(ws: &[Tok], reader: &str) -> Option<String> {
    let items: Vec<&[Tok]> = ws.split_inclusive(|w| w.t.ends_with(',')).collect();
    if !(2..=4).contains(&items.len()) {
        return None;
    }
    let names = words_of(reader);
    let mut things: Vec<String> = Vec::new();
    let mut quality = None;
    let mut people = false;
    for (n, item) in items.iter().enumerate() {
        // "lead a team" among the reasons is a chance the role gives ("the chance to
        // lead a team"; the fourteenth garble hunt sent "and I lead a team"), when an
        // object follows the verb ("lead role" and "think tank" are things).
        let object = at(item, 1, DET | OBJ | PREP | ADVX);
        let verb_word = |k: &str| word_in(I_D_VERBS, k) || kinds(k) & FPV != 0;
        let base = verb_word(&item[0].k) && item[0].f & PASTX == 0;
        let chance = item.len() > 1
            && base
            && object
            && item[0].f & FUNC == 0
            && !word_in("want like love need hope wish", &item[0].k);
        // (A verb with no object, a pronoun, or someone's name lowercased makes no
        // reason to list: "help people", "me", "sarah": the review of session 25.)
        let unsure = item.len() == 1 && (base || at(item, 0, OBJ | SUBJ))
            || base && !chance && item[0].f & FUNC == 0 && item.len() == 2
            || names.iter().any(|m| item.iter().any(|w| w.k == m.k))
            || item.iter().skip(1).any(|w| {
                w.k.strip_suffix('s')
                    .is_some_and(|b| b.len() > 2 && verb_word(b))
                    && w.f & FUNC == 0
            });
        if unsure {
            return None;
        }
        let verb = item.iter().enumerate().any(|(j, w)| {
            w.f & (FIN | SV | SUBJ | IWE | SUB | REL) != 0
                || w.f & TO != 0 && item.get(j + 1).is_some_and(|n| n.f & FPV != 0)
                || w.f & PASTX != 0 && j > 0
                || j == 0 && w.f & FPV != 0 && item.len() > 1 && !chance
        });
        // (Nor an item that qualifies the one before: "…, including the new scanners".)
        let doing = n + 1 == items.len() && n > 0 && doing_item(item);
        let qualifies = item[0].f & (INGX | PREP | ADVX) != 0 && !doing;
        let marks = item.iter().any(|w| w.t.contains(['.', ':', ';', '(', '"']));
        // (Nor a figure, which says what was done: "rota for 38 invigilators, …, zero
        // missed sessions"; "4 day week" is a kind of week.)
        let figure = item.iter().enumerate().any(|(j, w)| {
            (w.f & NUM != 0 || word_in("zero no none", &w.k))
                && item.get(j + 1).is_none_or(|n| n.k != "day")
        });
        // (Nor a list typed whole, "local, national and international clients".)
        let joined = item.iter().any(|w| word_in("and or", &w.k));
        let marks = marks || figure || joined;
        if item.len() > if doing { 12 } else { 4 } || verb || qualifies || marks {
            return None;
        }
        let text = join(item, 0);
        let text = text.trim_end_matches(',').trim_start_matches("and I ");
        let w0 = &item[0];
        if quality_item(item) {
            if quality.is_some() {
                return None;
            }
            quality = Some(text.to_owned());
            continue;
        }
        let owned = word_in(
            "my our your their his her a an the less more part full",
            &w0.k,
        );
        // (A capital the phone gave the field's first word names nothing.)
        let bare_t = w0.t.trim_end_matches(',');
        let acronym = bare_t.len() > 1 && bare_t.bytes().all(|b| b.is_ascii_uppercase());
        let named = w0.t.starts_with(is_upper) && w0.f & FUNC == 0 && (n > 0 || acronym);
        let mut t = if chance {
            "the chance to ".to_owned()
        } else if owned || named || doing {
            String::new()
        } else {
            "the ".to_owned()
        };
        // "their" is the company's unless people came first ("residents, their
        // families").
        let theirs = w0.k == "their" && !people;
        t.push_str(if theirs {
            text.strip_prefix("their ").unwrap_or(text)
        } else {
            text
        });
        if theirs {
            t.insert_str(0, "your ");
        }
        if n == 0 && !named && !acronym {
            let mut low = String::new();
            push_decap(&mut low, &item[0]);
            t = t.replacen(
                item[0].t.trim_end_matches(','),
                low.trim_end_matches(','),
                1,
            );
        }
        people |= item.iter().any(|w| word_in(PEOPLE_NOUNS, &w.k));
        things.push(t);
    }
    if things.is_empty() {
        return None;
    }
    let mut out = and_list(&things);
    if let Some(q) = quality {
        out.push_str(", and that it's ");
        out.push_str(&q);
    }
    Some(out)
}

/// Whether a listed reason (the last of several) says what the writer wants to do
/// there, as an "-ing" phrase ("…, working with a team instead of cutting lawns on my
/// own"; round 141 lost it), not one that qualifies the item before ("including …").
fn doing_item(item: &[Tok]) -> bool {
    // ("training" alone is a thing: "the training"; "allowing me to study" and
    // "starting asap" are terms, not work: the review of session 29.)
    item.len() > 2
        && !item.iter().any(|w| word_in("me asap", &w.k))
        && item[0].f & INGX != 0
        && !word_in(
            "including involving meaning being having getting depending according regarding \
             considering assuming",
            &item[0].k,
        )
}

/// Whether a listed reason is a quality of the job alone, or one that says where
/// ("closer to home").
fn quality_item(item: &[Tok]) -> bool {
    let w0 = &item[0];
    let near = item.len() > 2
        && word_in("close closer near nearer", &w0.k)
        && item[1].k == "to"
        && word_in("home town school family work my the", &item[2].k);
    near || item.len() == 1 && (is_plain_adjective(&w0.k) || word_in(QUALITIES, &w0.k))
}

/// Reasons listed bare in the "why" field, in its frame, before any rule reads them
/// as the writer's own ("accredited lab, variety, …" is no "I am an accredited lab").
fn listed_reasons(ws: &[Tok], frame: &Frame) -> Option<(String, bool)> {
    let template = frame
        .fragment
        .filter(|f| f.starts_with("What draws me to this role is"))?;
    let at = template.find("{the}")?;
    let list = reasons_listed(ws, frame.reader)?;
    Some((finish(&[cut(template, 0, at), &list].concat(), '.'), false))
}

/// The words in the frame's "{}" slot, as a finished sentence.
///
/// A "{the}" slot gives a bare noun phrase its article ("What draws me to this role is
/// {the}." with "small team" -> "… is the small team."): a role's own things are
/// definite. Not before a determiner, a number, an adverb, a verb form, a name's
/// "'s", "more" and the like, or a word typed in capitals.
fn fill(template: &str, ws: &[Tok]) -> Option<String> {
    if slot_reads_as_notes(ws) {
        return None;
    }
    let (at, len) = match template.find("{the}") {
        Some(at) => (at, 5),
        None => (template.find("{}")?, 2),
    };
    let end = if trim_end_set(template, "").ends_with('?') {
        '?'
    } else {
        '.'
    };
    let mut pre = trim_start_set(cut(template, 0, at), "").to_owned();
    told_you_what(&mut pre, ws);
    // "I should have told you about" + "on briefing an SIO: …" says "about" once.
    let ws = match ws.split_first() {
        Some((w, rest)) if pre.ends_with("about ") && matches!(w.k.as_str(), "on" | "about") => {
            rest
        }
        _ => ws,
    };
    // "about tpms, did them daily at my last centre": the topic, then what the writer
    // did with it, after a colon ("about TPMS: I did them daily …").
    let topic = pre
        .ends_with("about ")
        .then(|| phrase_end(ws, 0))
        .flatten()
        .filter(|&c| {
            c <= 3
                && ws[c].t.ends_with(',')
                && phrase_without_verb(part(ws, 0, c + 1))
                && fl(ws, c + 1) & (PASTX | FPV) != 0
                && ws[c + 1].t.starts_with(is_lower)
        });
    let with_colon: Vec<Tok>;
    let ws = match topic {
        Some(c) => {
            with_colon = ws
                .iter()
                .enumerate()
                .map(|(j, w)| {
                    let mut t = w.t.clone();
                    if j == c {
                        t.pop();
                        t.push(':');
                    } else if j == c + 1 {
                        // The "and I" a later step may have put before it goes.
                        if let Some(rest) = t.strip_prefix("and ") {
                            t = rest.to_owned();
                        }
                        if !t.starts_with("I ") {
                            t.insert_str(0, "I ");
                        }
                    }
                    Tok {
                        t,
                        k: w.k.clone(),
                        f: w.f,
                    }
                })
                .collect();
            &with_colon[..]
        }
        None => ws,
    };
    let w0 = ws.first()?;
    let bare = w0.f & (FUNC | NUM | ADVX | PASTX | INGX) == 0
        && !w0.k.ends_with("'s")
        && !matches!(
            w0.k.as_str(),
            "more" | "less" | "much" | "plenty" | "lots" | "zero" | "nil" | "over" | "under"
        )
        && !w0.t.chars().nth(1).is_some_and(is_upper);
    // "61% four-week quit rate": a figure that sizes a rate or a share takes "a" after
    // "is" (round 42's reader: "is 61% four-week quit rate").
    let sized = w0.t.ends_with('%')
        && pre.ends_with(" is ")
        && ws
            .iter()
            .skip(1)
            .take(4)
            .take_while(|w| !ends_clause(&w.t) || word_in(SIZED_NOUNS, &w.k))
            .any(|w| word_in(SIZED_NOUNS, &w.k));
    if sized {
        pre.push_str("a ");
    } else if len == 5 && w0.k == "own" && company_owned(ws) {
        // "own MEWP and chipper fleet": the company's own (round 97 sent "the own"); a
        // caseload or a desk of one's own is not theirs (the review of session 18).
        pre.push_str("your ");
    } else if len == 5 && w0.k == "own" {
        pre.push_str("having my ");
    } else if len == 5 && w0.k == "home" && word_in("every each at by most on", tk_k(ws, 1)) {
        // "home every night": being there (the eighth garble hunt sent "the home").
        pre.push_str("being ");
    } else if len == 5 && w0.k == "my" && fl(ws, 1) & PERSON != 0 && tk_k(ws, 2).ends_with('s') {
        // "my mum works there …": a clause of its own (the eighth garble hunt sent "is
        // my mum works there").
        pre.push_str("that ");
    } else if len == 5 && bare && names_the_job(ws) && !word_in(ONLY_ONE, &w0.k) {
        // "steady public service job where I can …": what the role is (round 119 sent
        // "is the steady public service job").
        let vowel = w0.k.starts_with(['a', 'e', 'i', 'o']) && !w0.k.starts_with("eu")
            || w0.k.starts_with("hon")
            || w0.k.starts_with("hour");
        pre.push_str(if vowel {
            "that it is an "
        } else {
            "that it is a "
        });
    } else if len == 5 && bare {
        pre.push_str("the ");
    } else if len == 5 && w0.f & ADVX != 0 && ws.len() > 2 && fl(ws, 1) & (FUNC | ADVX | PASTX) == 0
    {
        // "still public money, but …": what the role is, said as such.
        pre.push_str("that it is ");
    }
    Some(sentence(&pre, ws, inner(ws), &template[at + len..], end))
}

/// Words that pick out the one job ("the same job", "the right role"), which keep
/// their "the" (the review of session 22).
const ONLY_ONE: &str = "same right best only next first perfect ideal dream";

/// Whether a bare phrase is a kind of job, its head ("job", "role", "position") before
/// anything that describes it ("steady public service job where I can help people").
fn names_the_job(ws: &[Tok]) -> bool {
    let head = ws
        .iter()
        .position(|w| w.f & (REL | PREP | FUNC) != 0 || ends_clause(&w.t))
        .map_or(ws.len(), |i| if ends_clause(&ws[i].t) { i + 1 } else { i });
    (2..=5).contains(&head) && word_in("job role position post career", &ws[head - 1].k)
}

/// "I should have told you about" + "what equipment I've run: …" is "told you what
/// equipment" (the ninth garble hunt sent "told you about what equipment").
fn told_you_what(pre: &mut String, ws: &[Tok]) {
    let wh = ws
        .first()
        .is_some_and(|w| word_in("what which how why who", &w.k));
    if pre.ends_with(" you about ") && wh {
        pre.truncate(pre.len() - "about ".len());
    }
}

/// "…, and I never missed a call" after its phrase went into a frame: a sentence of
/// its own opens on "I", not "And I" (the garble hunt).
fn without_and(mut s: String) -> String {
    if s.starts_with("And I ") {
        s.drain(..4);
    }
    s
}

/// Nouns a percentage sizes ("a 61% quit rate", "a 9% increase").
const SIZED_NOUNS: &str = "rate score share margin increase reduction rise drop cut improvement \
    uplift growth";

/// Notes whose opening words say how to read the rest: a label and a colon, "it's"
/// as the reason for the role, an adjective with its infinitive, "when she said …".
/// None for others.
fn introduced(ws: &[Tok], asked: bool, frame: &Frame) -> Option<(String, bool)> {
    let w0 = ws.first()?;
    let f1 = fl(ws, 1);
    // "my part: 90 weekly office hours and the champions programme": the label names
    // what the phrase after it was ("My part was 90 weekly office hours and …").
    let share = matches!(w0.k.as_str(), "my" | "the")
        && ws.get(1).is_some_and(|w| {
            w.t.ends_with(':')
                && matches!(
                    w.k.as_str(),
                    "part" | "role" | "bit" | "result" | "outcome" | "impact"
                )
        });
    if share && ws.len() > 3 && phrase_without_verb(&ws[2..]) {
        let mut pre = join(&ws[..2], 1);
        pre.pop();
        pre.push_str(" was ");
        let s = sentence(&pre, &ws[2..], usize::from(!at(ws, 2, DET)), "", '.');
        if has_subject_and_verb(&s) {
            return Some((s, true));
        }
    }
    // "when she asked how I'd …, and said the job is …": the moment itself, told
    // without its "when" ("she" is the reader by now: "You asked …"), unless the note
    // goes on to what the writer did ("…, I said …").
    let mine_after = ws
        .iter()
        .skip(3)
        .any(|w| w.f & IWE != 0 && w.t.starts_with('I'));
    if w0.k == "when" && f1 & SUBJ != 0 && at(ws, 2, SAID) && !mine_after {
        return build(&ws[1..], asked, frame);
    }
    // "The short answer: OEE went from 58% to 74%": a label and a colon introduce the
    // clause, which says it all; the label is not a thing to frame.
    if let Some(c) = ws.iter().take(4).position(|w| w.t.ends_with(':')) {
        // "Growth: 6 new stores in the next 2 years": in the "why" frame, a one-word
        // label is the thing that draws, and what follows it its details.
        let slot = frame
            .fragment
            .filter(|t| t.starts_with("What draws me") && t.contains("{the}"));
        if let (0, Some(template)) = (c, slot) {
            // ("most of them in the north": an object after "of" is no verb's.)
            let details = ws[1..]
                .iter()
                .all(|w| w.f & (FIN | SUBJ | SV | PASTX | SUB | REL | TO) == 0);
            if ws.len() > 2 && details {
                let mut word = String::new();
                push_decap(&mut word, &ws[0]);
                word.pop();
                let mut s = fill(template, &[Tok::new(word)])?;
                s.pop();
                s.push_str(": ");
                s.push_str(&join(&ws[1..], 0));
                s = finish(&s, '.');
                return Some((s, true));
            }
        }
        let label = ws[..=c].iter().any(|w| word_in(LABELS, &w.k));
        let clause = sentence("", part(ws, c + 1, ws.len()), 0, "", '.');
        if label && has_subject_and_verb(&clause) {
            return Some((clause, true));
        }
        // "The short answer: listen first, then …": steps, which the writer would take.
        let step = ws.get(c + 1).filter(|w| {
            w.f & (FUNC | NUM | PASTX | INGX) == 0
                && !w.k.ends_with('s')
                && w.t.starts_with(is_lower)
                && at(ws, c + 2, DET | OBJ | PREP | ADVX)
        });
        if label && step.is_some() {
            let steps = sentence("I would ", part(ws, c + 1, ws.len()), 0, "", '.');
            if has_subject_and_verb(&steps) {
                return Some((steps, true));
            }
        }
    }
    // "it's a community centre, not a chain gym" (or "It is a …") as what draws the
    // writer: "… is that it's a community centre …" (the "it" is the role's place,
    // named in the frame).
    if let Some(lead) = frame.that_lead.filter(|l| l.ends_with(" is")) {
        // ("It is …" only as the reason for the role: "it was a scam" in a story is
        // the story's own sentence.)
        let it_is = w0.k == "it's"
            || (w0.k == "it" && tk_k(ws, 1) == "is" && lead.starts_with("What draws"));
        if it_is && frame.fragment.is_some_and(|f| f.contains("{the}")) {
            let s = sentence(&format!("{lead} that "), ws, 1, "", '.');
            return Some((s, true));
        }
    }
    // "rare to get that funded": an adjective and its infinitive say "it is".
    if f1 & TO != 0 && word_in(EVALUATIVE, &w0.k) && ws.len() > 2 {
        let s = sentence("It is ", ws, 1, "", '.');
        if has_subject_and_verb(&s) {
            return Some((s, true));
        }
    }
    None
}

/// A note that is a "that …" clause with its subject and verb, in the frame's "that"
/// lead (or fragment frame, or as a sentence without its "that"); None when what
/// follows "that" is no clause.
fn that_clause(ws: &[Tok], frame: &Frame) -> Option<Option<(String, bool)>> {
    let rest = ws.get(1..)?;
    // "that suits me because …": "that" is the sentence's subject, not a clause's
    // opening (simulated users of session 30 were sent "What stands out to me is
    // that suits me because …"); the note is checked as a sentence of its own.
    if word_in("suits means matters appeals helps", &rest[0].k) {
        return Some(Some((sentence("", ws, 0, "", '.'), true)));
    }
    let clause = sentence("", rest, 0, "", '.');
    if !has_subject_and_verb(&clause) {
        return None;
    }
    // "that my point on staging was simple: …" under "The point I meant to make is":
    // the clause names its own point, and stands without the lead (round 46's "The
    // point I meant to make is that my point on staging was simple").
    let own_head = frame.that_lead.is_some()
        && word_in("my our", tk_k(rest, 0))
        && word_in("point answer example reason thread", tk_k(rest, 1));
    // So does one that says what taught the writer ("that working nights there taught
    // me how to …" under "One thing I learned in that job is": the eighth garble hunt).
    let taught = frame.that_lead.is_some_and(|l| l.contains("learned"))
        && rest
            .iter()
            .take(8)
            .any(|w| w.k == "taught" || w.k == "learned" || w.k == "learnt");
    let own_head = own_head || taught;
    Some(match (frame.that_lead, frame.fragment) {
        _ if own_head => Some((clause, true)),
        (Some(lead), _) => {
            let mut s = lead.trim().to_owned();
            s.push_str(" that ");
            Some((sentence(&s, rest, inner(rest), "", '.'), false))
        }
        (None, Some(f)) => fill(f, ws).map(|s| (s, false)),
        // No frame at all: the clause reads as a sentence without its "that".
        (None, None) => Some((clause, true)),
    })
}

/// Whether `k` looks like a plural noun: "that valentines and mothers day are 40% of
/// takings" has a clause after "that", which is no demonstrative before a plural
/// ("that projects are").
pub(super) fn plural(k: &str) -> bool {
    k.len() > 3 && k.ends_with('s') && !["ss", "us", "is", "'s"].iter().any(|e| k.ends_with(e))
}

/// "what you said about training the teams": a remark with no verb of its own goes
/// into the frame ("… I have kept thinking about what you said about …"); "what you
/// said about the depot stuck with me" has one. None when the note is no such remark
/// or there is no frame; Some(None) when the frame will not take it.
fn remark_in_frame(ws: &[Tok], frame: &Frame) -> Option<Option<(String, bool)>> {
    if !at(ws, 0, WHAT) || !at(ws, 1, SUBJ) || !at(ws, 2, SAID) {
        return None;
    }
    // Its main verb comes before any break: after one, a new clause begins.
    let main_verb = (4..ws.len())
        .take_while(|&j| !ends_clause(&ws[j - 1].t))
        .any(|j| at(ws, j, FIN | PASTX) && !at(ws, j - 1, TO));
    if main_verb {
        return None;
    }
    // Without a frame to hold it, the remark is a fragment: left out.
    Some(frame.fragment.and_then(|f| fill(f, ws)).map(|s| (s, false)))
}

/// Whether the first word is a past tense and "is", "are", "was" or "were" follows it
/// within a few words, before any break or subject: the words before it are its
/// subject.
fn copula_follows(ws: &[Tok]) -> bool {
    if fl(ws, 0) & PASTX == 0 {
        return false;
    }
    for (j, w) in ws.iter().enumerate().take(7).skip(1) {
        // Not past a relative ("led the team that was cut").
        if ends_clause(&ws[j - 1].t) || w.f & (SUBJ | SV | FIN | REL) != 0 && !is_copula(&w.k) {
            return false;
        }
        if is_copula(&w.k) {
            return true;
        }
    }
    false
}

/// "is", "are", "was" or "were".
fn is_copula(k: &str) -> bool {
    matches!(k, "is" | "are" | "was" | "were")
}

/// The shapes a note is read as whole, before any clause is read into its words.
fn whole_shape(ws: &[Tok]) -> Option<(String, bool)> {
    credentials(ws)
        .or_else(|| place_then_time(ws))
        .or_else(|| first_person_state(ws))
        .or_else(|| there_were(ws))
        .or_else(|| not_a_kind(ws))
        .or_else(|| time_in_work(ws))
        .or_else(|| there_was(ws))
        .or_else(|| work_on_a_job(ws))
        .or_else(|| lead_then_steps(ws))
        .or_else(|| for_a_client(ws))
        .or_else(|| doing_taught_me(ws))
        .or_else(|| the_time_when(ws))
}

/// "the time an elderly patient came in struggling to read his post, i arranged …":
/// a story told from "the time", which is no subject: "Once, an elderly patient came
/// in …" (round 51's letter sent "The time an elderly patient … ." as a sentence).
fn the_time_when(ws: &[Tok]) -> Option<(String, bool)> {
    if tk_k(ws, 0) != "the" || tk_k(ws, 1) != "time" || ws[1].t.contains(',') {
        return None;
    }
    let from = 2 + usize::from(matches!(tk_k(ws, 2), "when" | "that"));
    // "the time i caught a failing pump bearing … and got it replaced": a story with
    // no comma is one too, when no later verb is the phrase's own (round 80).
    let own_verb = (from + 2..ws.len()).any(|j| {
        at(ws, j, FIN | PASTX) && fl(ws, j - 1) & (SUBJ | OBJ | IT | JOIN | AND | SUB | ADVX) == 0
    });
    // A thing done to something ("caught a failing bearing"), not "the time I spent
    // with your team" or "the time I told you about"; and no second "I" of its own
    // ("…the merger i learned a lot").
    let done = at(ws, from + 2, DET | NUM)
        && !word_in(
            "spent told mentioned forgot took had gave",
            tk_k(ws, from + 1),
        );
    let second_i = (from + 2..ws.len())
        .any(|j| matches!(ws[j].k.as_str(), "i" | "we") && fl(ws, j - 1) & (AND | JOIN | SUB) == 0);
    let whole = matches!(tk_k(ws, from), "i" | "we") && at(ws, from + 1, FIN | PASTX);
    if whole && done && !own_verb && !second_i && !ws.iter().any(|w| ends_clause(&w.t)) {
        return once(ws, from);
    }
    // Only a story: its own clause, a comma, and what came next ("the time I spent at
    // Boots taught me patience" has "the time" as its subject).
    let comma = (from..ws.len()).find(|&j| ends_clause(&ws[j].t))?;
    let story = sentence("", part(ws, from, comma + 1), 0, "", '.');
    if comma + 1 >= ws.len() || !has_subject_and_verb(&story) {
        return None;
    }
    once(ws, from)
}

/// The story from `from` told as "Once, …", a place put first closed by its comma
/// ("Once, at Greenacre Garden Centre, I rang round …"; round 92 sent it without).
fn once(ws: &[Tok], from: usize) -> Option<(String, bool)> {
    let mut story = part(ws, from, ws.len()).to_vec();
    let i = story
        .iter()
        .position(|w| matches!(w.k.as_str(), "i" | "we"));
    // A place of up to four words, so the splice after it still breaks (see
    // [`clause_before`]).
    if let Some(i) = i.filter(|&i| i > 1 && i <= 4 && at(ws, from, PREP)) {
        if !ends_clause(&story[i - 1].t) {
            story[i - 1].t.push(',');
        }
    }
    let s = sentence("Once, ", &story, 0, "", '.');
    has_subject_and_verb(&s).then_some((s, true))
}

/// "running the controlled substance inventory there taught me to double check
/// everything": doing something as the subject of what it taught the writer, a
/// sentence as it stands (round 50's letter framed it as "One thing I learned in that
/// job is running … taught me …").
fn doing_taught_me(ws: &[Tok]) -> Option<(String, bool)> {
    if !ws.first()?.k.ends_with("ing") {
        return None;
    }
    taught_at(ws)?;
    let s = sentence("", ws, 0, "", '.');
    has_subject_and_verb(&s).then_some((s, true))
}

/// Where "taught me" (or "showed", "gave", "made me") follows a phrase of doing
/// something with no clause break, no finite verb and no "I" before it.
fn taught_at(ws: &[Tok]) -> Option<usize> {
    let v = (2..ws.len().min(14)).find(|&j| {
        matches!(tk_k(ws, j), "taught" | "showed" | "gave" | "made") && tk_k(ws, j + 1) == "me"
    })?;
    let plain = !ws[..v]
        .iter()
        .any(|w| ends_clause(&w.t) || w.f & FIN != 0 || is_i(&w.k));
    plain.then_some(v)
}

/// "retail client, cut CPA 27% in Q3 by …": the client a piece of work was for, then
/// what the writer did with the "I" dropped: "For a retail client, I cut CPA …" (round
/// 41's reader read "A retail client, and I cut …" as broken).
fn for_a_client(ws: &[Tok]) -> Option<(String, bool)> {
    let c = ws.iter().take(4).position(|w| w.t.ends_with(','))?;
    let client = matches!(
        ws[c].k.as_str(),
        "client" | "customer" | "account" | "brand"
    );
    let plain = ws[..c]
        .iter()
        .all(|w| w.f & (FUNC | PASTX | FIN | NUM) == 0);
    // An earlier step may have joined the verb already ("and I cut").
    let verb = ws.get(c + 1)?;
    let bare = verb.t.strip_prefix("and I ").unwrap_or(&verb.t);
    if !client || !plain || verb.f & PASTX == 0 || !bare.starts_with(is_lower) || ws.len() < c + 3 {
        return None;
    }
    let mut pre = String::from(if starts_with_vowel(&ws[0].k) {
        "For an "
    } else {
        "For a "
    });
    pre.push_str(&join(&ws[..=c], c + 1));
    pre.push_str(" I ");
    pre.push_str(bare);
    pre.push(' ');
    let out = sentence(&pre, &ws[c + 2..], 0, "", '.');
    has_subject_and_verb(&out).then_some((out, true))
}

/// Whether a word opens with a vowel letter, so takes "an" ("an account"): the one
/// place the article's rule is written.
fn starts_with_vowel(k: &str) -> bool {
    k.starts_with(['a', 'e', 'i', 'o', 'u'])
}

/// "for a dead rail, first check the regulator input": a leading phrase, a comma and
/// a step that opens with a known verb, which dropped "I would": "For a dead rail, I
/// would first check …" (round 41's answer was left out).
fn lead_then_steps(ws: &[Tok]) -> Option<(String, bool)> {
    if !matches!(
        tk_k(ws, 0),
        "for" | "if" | "when" | "with" | "after" | "before"
    ) {
        return None;
    }
    let c = ws.iter().take(10).position(|w| w.t.ends_with(','))?;
    // Not where the writer's clause has begun before the comma ("when a resident
    // refuses meds i would stay calm, ask why …": the fifth garble hunt found a second
    // "I would" put in the list).
    if ws[..c].iter().any(|w| is_i(&w.k)) {
        return None;
    }
    let s = skip_adverbs(ws, c + 1);
    let adverbs_ok = (c + 1..s).all(|j| matches!(ws[j].k.as_str(), "first" | "then" | "always"));
    if c == 0 || !adverbs_ok || !word_in(STEP_VERBS, tk_k(ws, s)) || !ws[s].t.starts_with(is_lower)
    {
        return None;
    }
    let mut pre = join(&ws[..=c], 0);
    pre.push_str(" I would ");
    let out = sentence(&pre, &ws[c + 1..], 0, "", '.');
    has_subject_and_verb(&out).then_some((out, true))
}

/// Verbs for what a tradesperson did on a job, typed with the "I" dropped.
const JOB_VERBS: &str = "did ran fitted built painted installed replaced restored rewired";

/// "the listed farmhouse near hawes, grade 2, did all the sash windows …": a job
/// named first, maybe with a short aside, then what the writer did on it with the "I"
/// dropped: "On the listed farmhouse near hawes, grade 2, I did all the sash windows …"
/// (the farmhouse did nothing).
fn work_on_a_job(ws: &[Tok]) -> Option<(String, bool)> {
    if tk_k(ws, 0) != "the" {
        return None;
    }
    let c = phrase_end(ws, 0)?;
    // At most one short aside between commas ("grade 2").
    let v = match phrase_end(ws, c + 1) {
        Some(a) if a - c <= 3 && word_in(JOB_VERBS, tk_k(ws, a + 1)) => a + 1,
        _ => c + 1,
    };
    let dropped = word_in(JOB_VERBS, tk_k(ws, v))
        && ws[c].t.ends_with(',')
        && (fl(ws, v + 1) & DET != 0 && tk_k(ws, v + 1) != "one"
            || matches!(tk_k(ws, v + 1), "all" | "every"))
        // No verb before it; "listed" after "the" describes the farmhouse.
        && ws[..v].iter().enumerate().all(|(j, w)| {
            w.f & (FIN | SUBJ | SV | SUB | REL | TO | OBJ) == 0
                && (w.f & PASTX == 0 || j > 0 && ws[j - 1].f & DET != 0)
        });
    if !dropped {
        return None;
    }
    let mut pre = String::from("On ");
    pre.push_str(&join(part(ws, 0, v), 1));
    pre.push_str(" I ");
    // A later step may have put "and I" before the verb already.
    let verb = &ws[v].t;
    let mut s = pre;
    s.push_str(verb.strip_prefix("and I ").unwrap_or(verb));
    s.push(' ');
    let s = sentence(&s, part(ws, v + 1, ws.len()), 0, "", '.');
    has_subject_and_verb(&s).then_some((s, true))
}

/// The finished sentence for the tidied words: as it is, as a "that" clause, as a
/// question, with "I" added, or framed; and whether it was already found to have a
/// subject and a verb (so the caller need not check it again).
///
/// "Moving from one hotel's rooms to a dedicated venue": an "-ing" phrase whose only
/// verb-like word is a participle before a noun ("a dedicated venue") is a fragment,
/// not a gerund subject with its verb; so is "her saying the stores all run
/// differently" ("your saying …").
fn build(ws: &[Tok], asked: bool, frame: &Frame) -> Option<(String, bool)> {
    let measure = || Some((measure_without_from(ws, frame.fragment?)?, false));
    if let Some(done) = listed_reasons(ws, frame)
        .or_else(|| whole_shape(ws))
        .or_else(measure)
    {
        return Some(done);
    }
    let plain = sentence("", ws, 0, "", '.');
    // Checked at most once, however many branches ask.
    let mut plain_ok = None;
    let mut plain_has = |plain: &str| *plain_ok.get_or_insert_with(|| has_subject_and_verb(plain));
    if let Some(done) = introduced(ws, asked, frame) {
        return Some(done);
    }
    let (w0, rest) = ws.split_first()?;
    let f0 = w0.f;
    let f1 = fl(ws, 1);
    if who_runs_it(w0) {
        return None;
    }
    // "chilled ready meals is what I want to do": no verb that dropped its "I".
    if copula_follows(ws) && plain_has(&plain) {
        return Some((plain, true));
    }
    if let Some(framed) = remark_in_frame(ws, frame) {
        return framed;
    }

    if let (true, Some(w1)) = (f0 & THAT != 0, rest.first()) {
        if opens_that_clause(w1, rest.get(1)) || names_company(frame, w1) || !plain_has(&plain) {
            if let Some(done) = that_clause(ws, frame) {
                return done;
            }
        }
    }
    // "what support do new starters get": a wh-word, a short phrase, then the verb,
    // where questions are welcome ("What I'd ask is …" has a subject first).
    // A longer phrase ("how many jobs a day does the workshop …") counts when the verb
    // is inverted before its subject, so "what the team does" stays a phrase.
    let wh_phrase = frame.questions
        && f0 & WHW != 0
        && (1..7)
            .take_while(|&j| fl(ws, j) & (SUBJ | SV) == 0)
            .any(|j| at(ws, j, FIN) && (j < 4 || at(ws, j + 1, DET | SUBJ)));
    let did_the = did_the(ws, frame);
    let question_form = (f0 & FIN != 0 && f1 & (SUBJ | QDET) != 0 && !did_the)
        || (f0 & WHW != 0 && f1 & FIN != 0)
        || wh_phrase;
    let asked_form = asked && f0 & (FIN | WHW | SV) != 0;
    // A "?" after a fragment ("the Leeds clinic?") is doubt: it falls through below.
    let question = direct_question(ws);
    let asked_as_clause = asked_in_clause_order(ws, asked && !question_form, frame, &question);
    if let Some(s) = asked_as_clause.or_else(|| that_was_when(ws)) {
        return Some((s, true));
    }
    if question_form || asked_form || (asked && has_subject_and_verb(&question)) {
        return frame.questions.then_some((question, false));
    }
    // "led the migration" / "would love to …" / "want to work on …": the note dropped
    // its "I", even when a later clause has a subject of its own ("Handled 40 cases,
    // none went to tribunal").
    if let Some(done) = restructured(ws, frame) {
        return Some(done);
    }
    let mut f = skip_adverbs(ws, 0);
    if f == ws.len() {
        f = 0;
    }
    let kf = fl(ws, f);
    let dropped_i = verb_without_i(ws, f);
    if remark_phrase(ws, frame.address) {
        if let Some(f) = frame.fragment {
            return fill(f, ws).map(|s| (s, false));
        }
    }
    // Verbs inside a relative clause are not the phrase's own ("Taking a university
    // that nobody has heard of and making it known").
    let own = ws.iter().position(|w| w.f & REL != 0).unwrap_or(ws.len());
    // "your saying half your tickets are docs tickets" is a phrase whatever follows.
    let your_saying = w0.k == "your" && f1 & INGX != 0 && at(ws, 1, SAID);
    let gerund_fragment = frame.fragment.is_some()
        && (your_saying
            || ((f0 & INGX != 0 || (w0.k == "your" && f1 & INGX != 0))
                && !ws[..own].iter().enumerate().any(|(i, w)| {
                    w.f & (FIN | SV) != 0 || (w.f & PASTX != 0 && at(ws, i + 1, OBJ | DET | NUM))
                })));
    // "how to run a site on a tight budget – …, so I renegotiated …": what was
    // learned, however many clauses follow it, goes into the frame.
    // So does "how much a same day follow up matters, I called …" where the frame is
    // what was learned.
    let how_to = w0.k == "how"
        && (tk_k(ws, 1) == "to" || frame.that_lead.is_some_and(|l| l.contains("learned")))
        && frame.fragment.is_some();
    let place_that = place_that(ws, frame);
    let served = served_with_figures(ws);
    if !dropped_i
        && !served
        && !gerund_fragment
        && !how_to
        && !place_that
        && !joined_to_phrase(ws)
        && plain_has(&plain)
    {
        return Some((plain, true));
    }
    if f0 & SUB != 0 {
        return None; // "Because …" / "When …" without a main clause reads badly framed.
    }
    if dropped_i {
        if let Some(done) = with_dropped_i(ws, f, frame) {
            return Some(done);
        }
    }
    if !says_enough(ws) || kf & (AUX1 | IMP) != 0 {
        return None;
    }
    framed(ws, frame.fragment?)
}

/// "when i moved from ohio to michigan and took 6 months to settle my kids": a time
/// told by what the writer did then is "That was when I …" (the sixth garble hunt lost
/// the gap's whole account).
fn that_was_when(ws: &[Tok]) -> Option<String> {
    // One clause, one subject: "when i was at tesco i ran the night shift" has its
    // main clause (the review of session 20).
    let one_clause =
        !ws.iter().any(|w| ends_clause(&w.t)) && !ws.iter().skip(2).any(|w| w.f & (SUBJ | SV) != 0);
    if ws[0].k != "when" || !is_i(tk_k(ws, 1)) || !verb_after_pronoun(ws, 1) || !one_clause {
        return None;
    }
    let s = sentence("That was when ", part(ws, 1, ws.len()), 0, "", '.');
    has_subject_and_verb(&s).then_some(s)
}

/// "what plants sell best in spring?", "how the new site will change the job?": where
/// questions are welcome, a question in the order of a clause is asked as one ("I
/// would like to ask what plants sell best in spring."; the sixth garble hunt lost
/// both). Not "what about the Leeds clinic?", which names no clause. `asked`: the note
/// ended on "?" and is no question in form.
fn asked_in_clause_order(ws: &[Tok], asked: bool, frame: &Frame, question: &str) -> Option<String> {
    // Nor one about the writer ("why I left my last job?": the review of session 20).
    let mine = ws
        .iter()
        .any(|w| is_i(&w.k) || matches!(w.k.as_str(), "my" | "me"));
    let clause_order = at(ws, 0, WHW) && !at(ws, 1, PREP) && ws.len() >= 4 && !mine;
    if !frame.questions || !asked || !clause_order || has_subject_and_verb(question) {
        return None;
    }
    let s = sentence("I would like to ask ", ws, 1, "", '.');
    has_subject_and_verb(&s).then_some(s)
}

/// Whether `w0`, a note's first word, says who runs the company and ends its phrase
/// ("family run, been in the town 90 years"): what follows has no subject either, so
/// the note is left out as notes (round 64 sent "I want to family run").
fn who_runs_it(w0: &Tok) -> bool {
    ["-run", "-owned", "-led", "-funded"]
        .iter()
        .any(|e| w0.k.ends_with(e))
        && ends_clause(&w0.t)
}

/// "-ing" words that are mostly nouns before a noun ("that training course", "that
/// opening question"), not something done.
const ING_NOUNS: &str = "training opening shopping meeting building marketing housing funding \
    parking clothing booking hearing setting morning evening closing planning";

/// "that taylor is employee-owned": whether `w1` is the company's first word, typed
/// in lowercase, which is the clause's subject (the ninth garble hunt sent "That
/// taylor is …").
fn names_company(frame: &Frame, w1: &Tok) -> bool {
    frame
        .company
        .split(' ')
        .next()
        .is_some_and(|c| c.len() > 2 && c.eq_ignore_ascii_case(&w1.k))
}

/// Whether `w1` (then `w2`), the words after a note's opening "that", start the clause
/// "that" introduces, so the note is a "that" clause and no sentence of its own.
fn opens_that_clause(w1: &Tok, w2: Option<&Tok>) -> bool {
    // "that with a difficult researcher I'd stay calm": a phrase that opens the
    // clause (round 49's letter sent "That with a difficult researcher …").
    // "that if a provider asked me to summarise, I'd explain …": a dependent clause
    // first is part of the "that" clause (round 56 sent "That if …").
    // "that homebrewing sour beers taught me …": doing something, with its object, is
    // the clause's subject (round 62 sent "That homebrewing …"); "that meeting was
    // useful" points at a meeting.
    // So is "that documenting the reasoning … protects …" (round 68): its object
    // opens on a determiner.
    let doing = w1.f & INGX != 0
        && !word_in(ING_NOUNS, &w1.k)
        && w2.is_some_and(|w| w.f & (FIN | PASTX | FUNC) == 0 || w.f & DET != 0);
    // "that when invoices get disputed I look for …": a clause of time first too
    // (round 69 sent "…was about that when …").
    let when = matches!(
        w1.k.as_str(),
        "when" | "whenever" | "once" | "while" | "unless"
    );
    doing
        || when
        || w1.f & (SUBJ | SV | DET | PREP | SUB) != 0
        || (w1.f & (FUNC | ADVX) == 0 && plural(&w1.k))
        || w1
            .t
            .starts_with(|c: char| is_upper(c) || c.is_ascii_digit())
}

/// Whether the word at `f` is a verb that dropped its "I": not an adjective in "-ed",
/// nor a word in quotes ("'Led' overstated my part"), which is itself the subject
/// (round 123 sent "I 'led' overstated my part").
fn verb_without_i(ws: &[Tok], f: usize) -> bool {
    // A quoted verb with its object ("'managed' the budget") is still the writer's.
    let quoted = ws[f].t.starts_with(['\'', '"', '‘', '“']) && at(ws, f + 1, PASTX | FIN);
    fl(ws, f) & (PASTX | AUX1 | FPV) != 0 && !adjective_ed(ws, f) && !quoted
}

/// The note at `ws` with the "I" it dropped before the verb at `f` given back: "It"
/// for what taught the writer, "You" for what the reader said, "I want to" for an
/// action in the "why" field, "I have run" for a habit kept up for a time served.
fn with_dropped_i(ws: &[Tok], f: usize, frame: &Frame) -> Option<(String, bool)> {
    // "taught me to cut first": what taught the writer is "it", not "I"; and "said
    // you want …" was said by the reader.
    let subject = if tk_k(ws, f + 1) == "me" && ws[f].f & PASTX != 0 {
        "It "
    } else if ws[f].f & SAID != 0
        && tk_k(ws, f + 1) == "you"
        // "told him about …" (him, the reader, now "you") was the writer telling
        // her: round 126 sent "You told you about …".
        && !word_in("told tell asked ask showed gave reminded assured promised", &ws[f].k)
    {
        "You "
    } else if frame
        .fragment
        .is_some_and(|t| t.starts_with("What draws me"))
        && word_in("bring build manage run lead", &ws[f].k)
    {
        // In the "why" field, "build it properly from scratch this time" is what
        // the writer wants to do, not what they do now.
        "I want to "
    } else {
        "I "
    };
    // "run 'stargazing' nights for 3 yrs": a habit kept up for a time served is
    // "I have run …".
    let clause = ws
        .iter()
        .position(|w| ends_clause(&w.t))
        .map_or(ws.len(), |c| c + 1);
    let served = (f + 2..clause).any(|j| {
        ws[j - 1].k == "for"
            && (at(ws, j, NUM) || word_in(NUMBER_WORDS, &ws[j].k))
            && word_in(TIME_SERVED, tk_k(ws, j + 1))
    });
    let had = match ws[f].k.as_str() {
        "run" => "run",
        "lead" => "led",
        "build" => "built",
        "manage" => "managed",
        _ => "",
    };
    // "certified since 2021": a state held since then (round 61 sent "I certified
    // since 2021").
    let held = tk_k(ws, f + 1) == "since"
        && word_in(
            "certified qualified registered licensed accredited chartered based employed",
            &ws[f].k,
        );
    // "promoted to supervisor after 14 months": done to the writer (round 133 sent "I
    // promoted to supervisor").
    // Only as said of a post: "promoted to supervisor", "appointed as", "hired as";
    // "hired for the new store, 30 staff" and "promoted at 3 trade shows" are the
    // writer hiring and marketing (the review of session 27).
    let next = tk_k(ws, f + 1);
    let post = (f + 2..(f + 5).min(ws.len())).any(|j| {
        word_in(ROLES, &ws[j].k)
            || word_in(
                "senior head lead supervisor manager deputy chief principal",
                &ws[j].k,
            )
    });
    let passive = match ws[f].k.as_str() {
        "promoted" => next == "to" && post || word_in("within twice again", next),
        "appointed" => word_in("to as", next),
        "hired" => next == "as",
        _ => false,
    };
    let s = if subject == "I " && held {
        sentence("I have been ", ws, f, "", '.')
    } else if subject == "I " && passive {
        sentence("I was ", ws, f, "", '.')
    } else if subject == "I " && served && !had.is_empty() {
        let pre = format!("I have {had} ");
        sentence(&pre, part(ws, f + 1, ws.len()), 0, "", '.')
    } else {
        sentence(subject, ws, f + 1, "", '.')
    };
    if has_subject_and_verb(&s) {
        return Some((s, true));
    }
    None
}

/// Whether a fragment says enough to frame: a lone word ("August.", "Python") says
/// too little ("The example is August." reads as nonsense). Words of a script without
/// spaces count by length.
fn says_enough(ws: &[Tok]) -> bool {
    let content: usize = ws
        .iter()
        .filter(|w| !w.k.is_empty() && w.f & (FUNC | ADVX) == 0)
        .map(|w| 1 + usize::from(!w.k.is_ascii() && w.k.chars().count() >= 3))
        .sum();
    content >= 2
}

/// A story that opens on who it was about, with no verb of its own before its first
/// clause ("An elderly man who had fallen at home, uninjured, but I noticed …"): "There
/// was an elderly man who …, but I noticed …".
fn there_was(ws: &[Tok]) -> Option<(String, bool)> {
    // "man at the foodbank with a bailiff letter, terrified …": a person with no
    // article, where the phrase has no verb before its comma, is who the story is
    // about too.
    let bare = ws.len() > 3
        && at(ws, 1, PREP)
        && !ends_clause(&ws[0].t)
        && word_in(STORY_PEOPLE, &ws[0].k);
    if !bare && (!matches!(tk_k(ws, 0), "a" | "an") || !(2..5).any(|j| at(ws, j, REL))) {
        return None;
    }
    let c = if bare {
        ws.len()
    } else {
        (1..ws.len())
            .find(|&j| ends_clause(&ws[j - 1].t) && at(ws, j, JOIN) && at(ws, j + 1, SUBJ | SV))?
    };
    // Its first phrase, to the first comma: the asides after it ("…, uninjured,")
    // read as verbs of their own.
    let first = ws
        .iter()
        .position(|w| ends_clause(&w.t))
        .map_or(c, |e| e + 1);
    // A topic before a colon is a question's ("patient not doing home exercises:
    // first find out why"), not a story's start.
    if bare && !ws[first - 1].t.ends_with(',') {
        return None;
    }
    let head = sentence("", part(ws, 0, first.min(c)), 0, "", '.');
    if has_subject_and_verb(&head) {
        return None;
    }
    let pre = match (bare, starts_with_vowel(&ws[0].k)) {
        (false, _) => "There was ",
        (true, false) => "There was a ",
        (true, true) => "There was an ",
    };
    let s = sentence(pre, ws, 1, "", '.');
    has_subject_and_verb(&s).then_some((s, true))
}

/// The people a story from work is about, which a note names with no article ("man at
/// the foodbank with a bailiff letter, …").
const STORY_PEOPLE: &str = "man woman patient customer client tenant guest boy girl lady \
    child kid resident caller family couple student pupil";

/// "A firm that takes quality of advice seriously, which is …": a kind of place and
/// what it does, typed as the reason, has no verb of its own (round 36's reader read
/// it as a fragment), which [`framed`] says as "I want to be part of …".
fn place_that(ws: &[Tok], frame: &Frame) -> bool {
    frame
        .fragment
        .is_some_and(|f| f.starts_with("What draws me"))
        && matches!(tk_k(ws, 0), "a" | "an")
        && (2..5)
            .find(|&j| at(ws, j, REL))
            .is_some_and(|j| ws[1..j].iter().any(|w| word_in(WORKPLACES, &w.k)))
}

/// Time served in a role or at a kind of work, before any clause could be read into
/// its words ("a crime set" is no subject and verb): "5 yrs clerking at a crime set"
/// is "I have spent 5 years clerking at a crime set", "8 yrs RNLI crew at Arbroath"
/// is "I bring 8 years as RNLI crew at Arbroath".
fn time_in_work(ws: &[Tok]) -> Option<(String, bool)> {
    // The cheap tests first: this runs for every note (the words of [`TIME_SERVED`],
    // matched without scanning the list).
    let unit = tk_k(ws, 1);
    let served = matches!(
        unit,
        "years" | "yrs" | "months" | "weeks" | "summers" | "seasons"
    );
    if !served || ws.len() < 3 || fl(ws, 0) & NUM == 0 && !word_in(NUMBER_WORDS, &ws[0].k) {
        return None;
    }
    // Not "12 years housing association admin": an "-ing" word before a noun
    // describes it.
    // "15 yrs preparing pitches, …": its object may follow before the break.
    // "4 yrs doing partner notification at …": a verb that is never a noun's
    // describer takes its object whatever follows.
    let doing = at(ws, 2, INGX)
        && (ends_clause(&ws[2].t)
            || word_in(GERUNDS, &ws[2].k)
            || at(ws, 3, FUNC)
            || ws.len() <= 4
            || ends_clause(&ws[3].t) && fl(ws, 3) & FUNC == 0);
    if doing && !ends_clause(&ws[1].t) {
        let mut pre = String::from("I have spent ");
        push_decap(&mut pre, &ws[0]);
        pre.push(' ');
        pre.push_str(unit);
        pre.push(' ');
        return Some((sentence(&pre, part(ws, 2, ws.len()), 0, "", '.'), false));
    }
    let role = (2..5.min(ws.len())).any(|j| word_in(ROLES, &ws[j].k) && !ends_clause(&ws[j - 1].t));
    if role {
        return framed(ws, "");
    }
    None
}

/// "-ing" words that are a verb with its object after a time served ("4 yrs doing
/// partner notification"), never a describer ("12 years housing association admin").
const GERUNDS: &str = "doing running managing leading teaching supporting handling \
    delivering coordinating selling fitting repairing looking caring covering writing \
    making driving cleaning cooking serving";

/// "2 years on facade work, with 1,400 logged rope hours …": time served with its
/// figures, a participle only before its noun, is experience to frame, no sentence.
fn served_with_figures(ws: &[Tok]) -> bool {
    at(ws, 0, NUM)
        && word_in(TIME_SERVED, tk_k(ws, 1))
        && matches!(tk_k(ws, 2), "on" | "at" | "in")
        // (A participle only between a figure and its noun: "1,400 logged rope
        // hours", not "3 years at Tesco managed 12 staff".)
        && ws.iter().enumerate().all(|(i, w)| {
            let participle = i > 0 && at(ws, i - 1, NUM) && !at(ws, i + 1, OBJ | DET | PREP | NUM);
            w.f & (FIN | SV | SUBJ) == 0 && (w.f & PASTX == 0 || participle)
        })
}

/// "night shift pick accuracy 99.1% to 99.7% in a year" in the evidence field: a
/// measure moved that dropped its "from" (round 130 lost the result whole, as a line
/// of figures), given it back for [`measure_moved`].
fn measure_without_from(ws: &[Tok], template: &str) -> Option<String> {
    let f = (1..ws.len().saturating_sub(2)).find(|&f| {
        at(ws, f, NUM) && ws[f + 1].k == "to" && at(ws, f + 2, NUM) && ws[f - 1].k != "from"
    })?;
    // Not after a label ("Carrow: revenue £14m to £31m …") or a phrase of its own.
    if ws[..f]
        .iter()
        .any(|w| w.k == "from" || ends_clause(&w.t) || w.t.ends_with(':'))
    {
        return None;
    }
    // Only a rate or a ratio moved ("99.1% to 99.7%", "1.1x to 1.6x", "800ms to
    // 120ms"): figures alone are as often a range ("ages 3 to 5", "waiting list 6 to 8
    // weeks", "day rate £350 to £400": the review of session 26).
    let rate = |w: &Tok| {
        let t = w.t.trim_end_matches([',', '.']);
        t.ends_with('%') || t.ends_with("ms") || t.ends_with('x') && t.len() > 1
    };
    if !(rate(&ws[f]) || rate(&ws[f + 2]) || tk_k(ws, f + 3) == "percent") {
        return None;
    }
    let mut with_from = ws.to_vec();
    with_from.insert(f, Tok::new("from".to_owned()));
    measure_moved(&with_from, template)
}

/// "green speeds from 9 to 10.5 on the stimp" in the evidence field: a measure the
/// writer moved is what they did (see [`framed`]).
fn measure_moved(ws: &[Tok], template: &str) -> Option<String> {
    // "green speeds from 9 to 10.5 on the stimp": a measure the writer moved is what
    // they did ("I took green speeds from 9 to 10.5 …"), not a thing the frame names
    // ("A result I would point to is the green speeds from …", round 89).
    if !template.starts_with("One result I am proud of is") {
        return None;
    }
    {
        if let Some(f) = (1..ws.len().saturating_sub(3)).find(|&f| {
            ws[f].k == "from" && at(ws, f + 1, NUM) && ws[f + 2].k == "to" && at(ws, f + 3, NUM)
        }) {
            let own = ws[0].f & (DET | NUM | FUNC) == 0 && phrase_without_verb(part(ws, 0, f));
            if own {
                // A fall is cut ("I cut sickness absence from 8% to 3%"), not taken.
                // Compared in thousandths, byte by byte: no parser for it in the
                // download.
                let figure = |w: &Tok| {
                    let (mut v, mut frac) = (0u64, None::<u32>);
                    for b in w.k.bytes() {
                        match (b, frac) {
                            (b'.', None) => frac = Some(0),
                            (b'0'..=b'9', Some(n)) if n < 3 => {
                                v = v * 10 + u64::from(b - b'0');
                                frac = Some(n + 1);
                            }
                            (b'0'..=b'9', None) => v = v * 10 + u64::from(b - b'0'),
                            _ => {}
                        }
                    }
                    v * 10u64.pow(3 - frac.unwrap_or(0).min(3))
                };
                let fell = figure(&ws[f + 3]) < figure(&ws[f + 1]);
                let moved = if ws[f - 1].k == "down" {
                    "I brought "
                } else if fell {
                    "I cut "
                } else {
                    "I took "
                };
                return Some(sentence(moved, ws, inner(ws), "", '.'));
            }
        }
    }
    None
}

/// "closing rate around 38% last year": the writer's own measure and its figure,
/// said as theirs ("My closing rate was around 38% last year."); in a frame it read
/// "One result I am proud of is closing rate around 38% …" (round 114).
fn own_measure(ws: &[Tok]) -> Option<String> {
    let j = (1..4.min(ws.len())).find(|&j| word_in(MEASURES, &ws[j].k))?;
    // A rate of the writer's own work ("closing rate", "first-time fix rate"), not the
    // team's health or turnover ("sickness level", "attrition rate").
    let own = word_in(
        "closing close conversion hit fix first-time pass retention renewal win completion \
         response satisfaction accuracy",
        &ws[j - 1].k,
    );
    if !own {
        return None;
    }
    let plain = ws[..j]
        .iter()
        .all(|w| w.f & (FUNC | NUM | FIN | PASTX | SUBJ) == 0 && !ends_clause(&w.t));
    let rough = word_in(
        "around about of at over nearly above under",
        tk_k(ws, j + 1),
    );
    if !plain || !rough || !at(ws, j + 2, NUM) || ends_clause(&ws[j].t) {
        return None;
    }
    let year = |k: &str| k.len() == 4 && (k.starts_with("19") || k.starts_with("20"));
    let past = ws
        .iter()
        .any(|w| word_in("last when before until", &w.k) || year(&w.k));
    let verb = if past { " was " } else { " is " };
    // "of 38%" says its figure as the measure's ("was 38%"); "around 38%" keeps it.
    let from = j + 1 + usize::from(tk_k(ws, j + 1) == "of");
    let pre = ["My ", &join(part(ws, 0, j + 1), 1), verb].concat();
    Some(sentence(&pre, part(ws, from, ws.len()), 0, "", '.'))
}

/// The words between time served and what it was served in: none before a place
/// ("12 years on the tools"), "in" before places of work ("15 yrs kitchens": the
/// thirteenth garble hunt sent "15 years of kitchens"), "as a" before a role, else
/// "of".
fn served_link(ws: &[Tok], place: bool, role: bool) -> &'static str {
    let sites = "kitchens hotels schools restaurants shops hospitals pubs bars warehouses \
                 factories offices banks garages";
    if place {
        ""
    } else if word_in(sites, tk_k(ws, 2)) && !word_in(ROLES, tk_k(ws, 3)) {
        "in "
    } else if role {
        // "as RNLI crew": a body of people takes no article.
        let crew = (2..5.min(ws.len())).any(|j| word_in(COLLECTIVE_ROLES, &ws[j].k));
        if crew {
            "as "
        } else if starts_with_vowel(tk_k(ws, 2)) {
            "as an "
        } else {
            "as a "
        }
    } else {
        "of "
    }
}

/// A fragment in its field's frame ("What draws me to this role is {the}."), or, for
/// time served, as experience ("I bring 18 months of …"), whatever the field.
///
/// Time served only as one phrase: what follows a break ("…, miss proper carving")
/// may be notes the frame would carry. "3 years of 12-hour shifts" says its "of"
/// itself; "3 seasons in a row we won" and "6 months of losses" are no time served
/// ("most of it running …" names no one).
fn framed(ws: &[Tok], template: &str) -> Option<(String, bool)> {
    if let Some(s) = question_then_answer(ws, template) {
        return Some((s, false));
    }
    let w0 = ws.first()?;
    // "18 months customer service at a leasing company": time served is experience,
    // not a result or a reason: "I bring 18 months of …".
    // "12 years on the tools", "2,400 hours on type": where it was served follows.
    let unit = tk_k(ws, 1);
    let served = (w0.f & NUM != 0 || word_in(NUMBER_WORDS, &w0.k))
        && [
            "month", "months", "year", "years", "weeks", "hours", "seasons", "summers",
        ]
        .contains(&unit)
        && ws.len() > 2
        // "two years ago, we moved …" is when, not time served ("I bring two years of
        // ago" was sent).
        && !tk_k(ws, 2).starts_with("ago");
    let told = ws.iter().enumerate().any(|(i, w)| {
        w.f & (IWE | SUBJ) != 0 && !(w.k == "it" && i > 0 && ws[i - 1].k == "of")
            || word_in("row losses", &w.k)
    }) || tk_k(ws, 2) == "of" && word_in("no zero", tk_k(ws, 3));
    let place = !told && matches!(tk_k(ws, 2), "on" | "at" | "in" | "with" | "as" | "of")
        && ws.iter().position(|w| ends_clause(&w.t)).is_none_or(|c| {
            at(ws, c + 1, SUBJ | SV)
                || ws.get(c + 1).is_some_and(|w| w.t.starts_with("and I") || w.t.starts_with("with "))
                // "…, the last six as regional director": a share of the time.
                || tk_k(ws, c + 1) == "last"
                || tk_k(ws, c + 1) == "the" && tk_k(ws, c + 2) == "last"
                // "8 years as a locksmith, mostly non-destructive entry, …": what the
                // time was spent on.
                // "…, most of it running response shifts" too (round 125).
                || matches!(
                    tk_k(ws, c + 1),
                    "mostly" | "mainly" | "largely" | "including" | "most" | "head"
                )
        });
    let of_what = unit != "hours" && fl(ws, 2) & (FUNC | NUM | FIN | PASTX) == 0;
    // "6 years process operator at a dairy plant": time in a role is served as one.
    let role = (2..5.min(ws.len())).any(|j| word_in(ROLES, &ws[j].k) && !ends_clause(&ws[j - 1].t));
    if served && (place || of_what) {
        let of = served_link(ws, place, role);
        // "Twenty years …" had its capital only for opening the note.
        let mut count = String::new();
        push_decap(&mut count, w0);
        let pre = format!("I bring {count} {unit} {of}");
        return Some((sentence(&pre, part(ws, 2, ws.len()), 0, "", '.'), false));
    }
    if let Some(s) = measure_moved(ws, template).or_else(|| own_measure(ws)) {
        return Some((s, false));
    }
    // "a mid-sized brand where the sustainability lead sits close to buying": a
    // place to work, which is no reason ("What draws me … is a mid-sized brand").
    let why = template.starts_with("What draws me to this role is");
    let article = matches!(w0.k.as_str(), "a" | "an");
    let workplace_within = |n: usize| {
        ws.iter()
            .take(n)
            .take_while(|w| !ends_clause(&w.t) || word_in(WORKPLACES, &w.k))
            .any(|w| word_in(WORKPLACES, &w.k))
    };
    if why && article && workplace_within(5) {
        return Some((
            sentence("I want to be part of ", ws, inner(ws), "", '.'),
            false,
        ));
    }
    // "Apart from watching where my bag goes": a phrase led by a preposition is no
    // thing a frame's "is" can name ("What I would do differently is Apart from …").
    // ("Over 6,000 successful draws" is a count, not a place: the second garble hunt
    // found it dropped.)
    let count = at(ws, 1, NUM) && matches!(w0.k.as_str(), "over" | "under" | "around" | "about");
    let led_by_preposition = w0.f & PREP != 0 && w0.k != "to" && !count
        || matches!(w0.k.as_str(), "apart" | "aside" | "besides");
    if led_by_preposition && template.contains(" is {") {
        return None;
    }
    // "to do traditional upholstery properly": the writer's own aim, "I want to …"
    // ("What draws me to this role is to do …" reads as a form filled in).
    if why && w0.k == "to" && (fl(ws, 1) & (FUNC | NUM) == 0 || tk_k(ws, 1) == "be") && ws.len() > 2
    {
        return Some((sentence("I want ", ws, 0, "", '.'), true));
    }
    // "Smaller firm where the paraplanner …": the same, with its article given.
    if why && w0.f & (FUNC | NUM) == 0 && workplace_within(2) && ws.len() > 2 {
        let a = if starts_with_vowel(&w0.k) { "an" } else { "a" };
        let pre = ["I want to be part of ", a, " "].concat();
        return Some((sentence(&pre, ws, 1, "", '.'), false));
    }
    // "planning activities that get people talking": what the writer does, not "the
    // short version" of them (the sixth garble hunt: "nobody does the planning").
    // Not one that says so itself ("organising people who are tired and stretched is
    // what i know": round 125 sent "What I do best is … is what I know").
    let says_so = ws
        .windows(2)
        .any(|p| p[0].k == "is" && word_in("what how", &p[1].k));
    if template.starts_with("The short version is") && w0.f & INGX != 0 {
        if says_so {
            return Some((sentence("", ws, 0, "", '.'), true));
        }
        return fill("What I do best is {}.", ws).map(|s| (s, false));
    }
    fill(template, ws).map(|s| (s, false))
}

/// "not an expert user yet": what the writer is not, "I am not …" ("I can point to not
/// an expert user" was garbled). Only a kind of person: "not an excuse" is the note's
/// aside, not the writer.
fn not_a_kind(ws: &[Tok]) -> Option<(String, bool)> {
    let person = ws.iter().skip(2).take(4).any(|w| {
        ["er", "or", "ist", "ian"].iter().any(|e| w.k.ends_with(e))
            || matches!(w.k.as_str(), "person" | "expert" | "fan")
    });
    if tk_k(ws, 0) != "not" || !matches!(tk_k(ws, 1), "a" | "an") || !person || ws.len() < 3 {
        return None;
    }
    let s = sentence("I am ", ws, 1, "", '.');
    has_subject_and_verb(&s).then_some((s, true))
}

/// "no lapsed licences in three years": what did not happen, "There were no …" ("I can
/// point to no lapsed licences" reads as a form filled in), when the phrase up to the
/// first break has no verb (not "no idea why", "no one complained").
fn there_were(ws: &[Tok]) -> Option<(String, bool)> {
    if tk_k(ws, 0) != "no"
        || fl(ws, 1) & (FUNC | NUM) != 0
        || ws.len() < 3
        || word_in(
            "idea one way longer matter doubt problem worries",
            tk_k(ws, 1),
        )
    {
        return None;
    }
    // A participle right after "no" ("no lapsed licences") or last ("no complaints
    // upheld") describes the noun.
    let end = ws
        .iter()
        .position(|w| ends_clause(&w.t))
        .map_or(ws.len(), |e| e + 1);
    // "…for the 3 months they stayed": a clause right after a noun says which; the
    // verb there is its own (round 129's story ended so and went whole).
    // (A short one only: "…in 3 years we had the best record in the region" is a
    // sentence run on: the review of session 25.)
    let end = (3..end)
        .find(|&j| at(ws, j, SUBJ) && !at(ws, j - 1, FUNC | NUM) && end - j <= 3)
        .unwrap_or(end);
    let verb = part(ws, 0, end).iter().enumerate().any(|(i, w)| {
        let described = w.f & PASTX != 0 && (i == 1 || i + 1 == end);
        // "on that job": "that" after a preposition points at a thing (round 126 sent
        // "The example I should have given is no RIDDORs on that job").
        let pointer = w.k == "that" && i > 0 && at(ws, i - 1, PREP);
        !pointer && w.f & (FIN | SUBJ | SV | SUB | REL | TO | OBJ) != 0
            || w.f & PASTX != 0 && !described
    });
    if verb {
        return None;
    }
    let plural = ws
        .iter()
        .skip(1)
        .take_while(|w| w.f & FUNC == 0)
        .any(|w| w.k.ends_with('s') && !w.k.ends_with("ss"));
    let be = if plural { "There were " } else { "There was " };
    Some((sentence(be, ws, 1, "", '.'), true))
}

/// What the writer is or feels, with "I am" dropped: "best at calming things down",
/// "good with nervous dogs", "sorry for getting your name wrong on the call" (an
/// apology the writer chose to make).
fn first_person_state(ws: &[Tok]) -> Option<(String, bool)> {
    if word_in(SELF_ADJECTIVES, tk_k(ws, 0))
        && matches!(tk_k(ws, 1), "at" | "with" | "in" | "to" | "under")
        && !ws
            .iter()
            .skip(2)
            .take_while(|w| w.f & (SUB | PSUB | REL | WHW | TO) == 0)
            .any(|w| w.f & (FIN | SV | SUBJ) != 0)
    {
        let s = sentence("I am ", ws, 1, "", '.');
        if has_subject_and_verb(&s) {
            return Some((s, true));
        }
    }
    // "Let him say his piece" in a story told in notes is "I let him …".
    if tk_k(ws, 0) == "let" && matches!(tk_k(ws, 1), "him" | "her" | "them") {
        return Some((sentence("I ", ws, 1, "", '.'), true));
    }
    // "not had a day off sick in 6 yrs": a record kept up to now (round 126 sent "A
    // result I would point to is not had a day off sick").
    if tk_k(ws, 0) == "not" && word_in("had missed taken lost been", tk_k(ws, 1)) {
        // "not had enough sleep the night before": a time gone by is "I had not".
        let then = ws
            .iter()
            .skip(2)
            .any(|w| word_in("before morning yesterday night", &w.k) || w.f & PASTX != 0);
        let pre = if then { "I had " } else { "I have " };
        return Some((sentence(pre, ws, 1, "", '.'), true));
    }
    // "8 yrs qualified, 0 callbacks …": how long the writer has held a status (the
    // thirteenth garble hunt sent "Eight years qualified, zero callbacks …").
    let status = "qualified registered chartered accredited licensed certified";
    if at(ws, 0, NUM) && word_in("years months", tk_k(ws, 1)) && word_in(status, tk_k(ws, 2)) {
        let mut count = String::new();
        push_decap(&mut count, &ws[0]);
        let state = ws[2].t.trim_end_matches(',');
        let pre = format!("I have been {state} for {count} {} ", ws[1].k);
        let rest = part(ws, 3, ws.len());
        // Only alone or before a figure after its comma ("…, 0 callbacks"): "as a
        // nurse", "with the NMC" or "and loving it" are its own (the review of
        // session 25).
        let figure = ws[2].t.ends_with(',')
            && rest
                .first()
                .is_some_and(|w| w.f & NUM != 0 || word_in("zero no", &w.k));
        if rest.is_empty() {
            return Some((finish(pre.trim_end(), '.'), true));
        } else if figure {
            let s = sentence(&[pre.trim_end(), ", with "].concat(), rest, 1, "", '.');
            return Some((s, true));
        }
    }
    // "hardly a day off sick in 30 years", "never late in 3 years": a record kept up
    // to now, which "Something I am proud of is …" read as a thing (a judge of
    // session 24 marked it).
    let kept = "day days sick complaint complaints mistake mistakes absence absences";
    if word_in("hardly barely", tk_k(ws, 0))
        && word_in("a any", tk_k(ws, 1))
        && word_in(kept, tk_k(ws, 2))
    {
        return Some((sentence("I have had ", ws, 1, "", '.'), true));
    }
    if tk_k(ws, 0) == "never" && word_in("late absent", tk_k(ws, 1)) {
        return Some((sentence("I have never been ", &ws[1..], 1, "", '.'), true));
    }
    // "attaching them to this email": what the writer does as they write (round 129
    // sent "What I would do differently is attaching them").
    // Only before what is sent, with no verb of the note's own after it ("forwarding
    // and customs clearance", "attaching the certs was a pain": the review of session
    // 25).
    let sent = word_in("my the a them it copies", tk_k(ws, 1))
        && !ws[1..].iter().any(|w| w.f & (FIN | PASTX | SV) != 0);
    if word_in("attaching enclosing forwarding", tk_k(ws, 0)) && sent {
        return Some((sentence("I am ", ws, 0, "", '.'), true));
    }
    if tk_k(ws, 0) == "sorry" && matches!(tk_k(ws, 1), "for" | "about") && at(ws, 2, INGX) {
        return Some((sentence("I am ", ws, 1, "", '.'), true));
    }
    None
}

/// Qualifications, licences and tickets a note may list ("SMSTS, NVQ level 6",
/// "first class MEng"); lowercase keys.
const QUALIFICATIONS: &str = "nvq svq smsts sssts cscs cpcs meng beng msc bsc ba ma llb llm phd \
    pgce pgdip mba acca cima aat cipd cips iosh nebosh hgv lgv cpc adr prince2 ccna cert \
    certificate diploma degree hnd hnc btec cfa aca rgn rmn rhs 2391 cih cemap comptia bvsc";

/// Words that go with a qualification in a list of them ("first class", "level 6",
/// "with distinction").
const QUALIFYING: &str = "first class upper second level with distinction merit honours hons \
    in advanced higher full clean 2:1 2:2 1st edition and";

/// Whether the words of `item` name qualifications only: at least one of
/// [`QUALIFICATIONS`], the rest figures, capitals ("WHS", "IV") or [`QUALIFYING`].
fn names_qualifications(item: &[Tok]) -> bool {
    let capitals = |w: &Tok| {
        let core = w.t.trim_end_matches([',', '.']);
        core.len() <= 6 && core.bytes().filter(u8::is_ascii_uppercase).count() >= 2
    };
    // A degree and its subject ("BSc chemistry 2:1", "hnc construction"): a
    // qualification first, then a word or two and no verb.
    // Not how it went ("ACA all first time").
    // With its level, a longer subject ("NVQ level 3 health and social care").
    let level = item.len() > 2 && item[1].k == "level" && item[2].f & NUM != 0;
    let subject = item.len() <= if level { 7 } else { 4 }
        && word_in(QUALIFICATIONS, &item[0].k)
        && item.iter().all(|w| {
            w.f & (FIN | SV | SUBJ | PASTX | IWE) == 0 && !word_in("all time first", &w.k)
        });
    // "level 3 professional cookery", "level 2 gym instructor": a level first.
    // "food hygiene level 3": a level last.
    let n = item.len();
    let level_last = (3..=5).contains(&n) && item[n - 2].k == "level" && at(item, n - 1, NUM);
    // (Not a level of a job: "level 3 engineer", "level 2 support".)
    let job = word_in(ROLES, &item[n - 1].k)
        || word_in(PEOPLE, &item[n - 1].k)
        || word_in("support engineer technician", &item[n - 1].k);
    let level_first =
        (3..=5).contains(&n) && item[0].k == "level" && at(item, 1, NUM) && !job || level_last;
    let level_first = level_first
        && item.iter().all(|w| {
            w.f & (FIN | SV | SUBJ | PASTX | IWE) == 0 && !word_in("top entry high", &w.k)
        });
    subject
        || level_first
        || item.iter().any(|w| word_in(QUALIFICATIONS, &w.k))
            && item.iter().all(|w| {
                word_in(QUALIFICATIONS, &w.k)
                    || word_in(QUALIFYING, &w.k)
                    || w.f & NUM != 0
                    || capitals(w)
            })
}

/// A degree typed straight before where it was taken takes its "from" ("MEng
/// Loughborough" is "MEng from Loughborough": round 140's reader quoted "One result I
/// am proud of is MEng Loughborough").
fn from_place(t: String) -> String {
    match t.split_once(' ') {
        Some((q, place))
            if word_in(QUALIFICATIONS, &q.to_ascii_lowercase())
                && !place.contains(' ')
                && place.starts_with(|c: char| c.is_ascii_uppercase())
                && place.bytes().skip(1).all(|b| b.is_ascii_lowercase())
                && !word_in(QUALIFYING, &place.to_ascii_lowercase())
                && is_place_name(place) =>
        {
            format!("{q} from {place}")
        }
        _ => t,
    }
}

/// Whether a capitalised word is a place a degree is taken at ("Loughborough",
/// "Leeds"), by the place lists or a place name's ending, not a subject ("Biology",
/// "Law": the review of session 29 found "a BSc from Biology").
fn is_place_name(word: &str) -> bool {
    let low = word.to_ascii_lowercase();
    // (Not a language: "BA Russian", "MA French".)
    let language = ["ian", "ish", "ese", "ic", "ch", "an"]
        .iter()
        .any(|e| low.ends_with(e));
    !language && kinds(&low) & PLACE != 0
        || word_in("ucl lse kcl imperial oxford cambridge warwick", &low)
        || PLACE_ENDINGS
            .split_ascii_whitespace()
            .any(|e| low.len() >= e.len() + 3 && low.ends_with(e))
            && !word_in(NOT_PLACES, &low)
}

/// A grade typed straight after its qualification takes its "with" ("MSc distinction"
/// is "MSc with distinction": round 137's reader quoted "One result I am proud of is
/// MSc distinction").
fn with_grade(t: String) -> String {
    match t.split_once(' ') {
        Some((q, grade))
            if word_in("distinction merit", grade)
                && word_in(QUALIFICATIONS, &q.to_ascii_lowercase()) =>
        {
            format!("{q} with {grade}")
        }
        _ => t,
    }
}

/// The subject after a level takes its "in" ("NVQ Level 3 health and social care" is
/// "NVQ Level 3 in health and social care", round 137), where it is a subject and not
/// the kind of award ("Level 3 diploma", "Level 2 award").
fn subject_with_in(t: String) -> String {
    let ws: Vec<&str> = t.split(' ').collect();
    let Some(l) = ws.iter().position(|w| w.eq_ignore_ascii_case("level")) else {
        return t;
    };
    // Only plain words after it, none a place, a time, a status or the kind of award
    // ("Level 3 at distinction", "from city college", "so far", "food hygiene
    // certificate": the review of session 28).
    let status = "at from through via by with in last so ongoing currently equivalent \
        pending due studying triple double single electrical";
    let plain = ws[l + 2..].iter().all(|w| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && !word_in(HELD, w)
            && (!word_in(QUALIFYING, w) || *w == "and")
            && !word_in("award card", w)
            && !word_in(status, w)
            && !w.contains(|c: char| c.is_ascii_digit())
    });
    let subject = ws.get(l + 2).filter(|_| plain);
    let numbered = ws
        .get(l + 1)
        .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()));
    if subject.is_none() || !numbered {
        return t;
    }
    [&ws[..l + 2].join(" "), " in ", &ws[l + 2..].join(" ")].concat()
}

/// A qualification as a list of them names it: a degree, a diploma or a licence
/// with its article ("a degree", "an MSc", "an HGV licence"); a card or a scheme
/// as it is ("SMSTS", "NVQ Level 6").
fn with_article(t: String) -> String {
    let first = t.split(' ').next().unwrap_or_default();
    let low = first.to_ascii_lowercase();
    let licence = word_in("hgv lgv cpc", &low) && !t.contains("licence");
    let counted = word_in(
        "degree diploma certificate first-class 2:1 2:2 ba ma msc bsc meng beng phd llb llm \
         mba pgce pgdip hnd hnc btec cert level",
        &low,
    ) || licence
        // "an NVQ Level 3 in health and social care": one held, in its subject.
        || (word_in("nvq svq", &low) && t.contains(" in "))
        // "a NEBOSH general certificate": one held, named by its last word.
        || {
            // (And a card held among them: "a CSCS card".)
            let last = t.rsplit(' ').next().unwrap_or_default().to_ascii_lowercase();
            word_in(HELD, &last) || last == "card"
        };
    if !counted {
        return t;
    }
    // Letters said with a vowel sound first take "an" ("an MSc", "an HGV").
    // Not one said as a word ("a NEBOSH certificate"): two vowels or more.
    let vowels = first.bytes().filter(|b| b"AEIOUaeiou".contains(b)).count();
    let spelled =
        first.len() > 1 && first.bytes().skip(1).any(|b| b.is_ascii_uppercase()) && vowels < 2;
    let vowel = if spelled {
        "AEFHILMNORSX".contains(first.as_bytes()[0].to_ascii_uppercase() as char)
    } else {
        starts_with_vowel(&low)
    };
    let a = if vowel { "an" } else { "a" };
    let t = if licence { format!("{t} licence") } else { t };
    format!("{a} {t}")
}

/// "SMSTS, NVQ level 6", "first class MEng, dissertation on topology optimisation cut
/// bracket mass by 31%", "cert IV WHS, finishing the diploma": qualifications listed
/// are what the writer holds ("I hold SMSTS and NVQ Level 6."); round 126 sent "One
/// result I am proud of is SMSTS, with NVQ Level 6" and "First class MEng, …" as a
/// sentence. What follows the list may be a clause of a bare noun ("dissertation …
/// cut …", the writer's) or what they are doing ("finishing the diploma").
fn credentials(ws: &[Tok]) -> Option<(String, bool)> {
    // The cheap test first: a qualification in the first four words.
    if !ws.iter().take(4).any(|w| word_in(QUALIFICATIONS, &w.k)) && tk_k(ws, 0) != "level" {
        return None;
    }
    // (A colon the shaping put before the time served parts them too.)
    let items: Vec<&[Tok]> = ws.split_inclusive(|w| w.t.ends_with([',', ':'])).collect();
    let held = items.iter().take_while(|i| names_qualifications(i)).count();
    if held == 0 || items.len() > held + 4 {
        return None;
    }
    // Not one still to come ("ACCA, part qualified", "CIMA, studying for it now",
    // "diploma, finishing in june": the review of session 24).
    let to_come = "part half nearly almost studying pending towards working due finishing";
    let tail = items.get(held).copied().unwrap_or_default();
    if tail.iter().any(|w| word_in(to_come, &w.k)) && !at(tail, 1, DET) {
        return None;
    }
    let mut listed: Vec<String> = items[..held].iter().map(|i| join(i, 0)).collect();
    for l in &mut listed {
        // (A list rule may have joined the second on with "with".)
        let t = l.trim_end_matches([',', ':']).trim_start_matches("with ");
        let t = t
            .replace("first class", "first-class")
            .replacen("cert ", "Cert ", 1);
        *l = with_article(subject_with_in(with_grade(from_place(t))));
    }
    if listed.is_empty() {
        return None;
    }
    let mut s = ["I hold ", &and_list(&listed)].concat();
    if items.len() > held + 1 {
        return served_then_facts(s.clone(), &items[held..])
            .or_else(|| facts_with(s, &items[held..]));
    }
    if let Some(rest) = items.get(held) {
        let first = rest.first()?;
        let verb = rest.iter().skip(1).any(|w| w.f & (FIN | PASTX) != 0);
        // (Not "3 yrs running", which says how long a result held.)
        let served = first.f & NUM != 0
            && word_in("years months", tk_k(rest, 1))
            && !word_in("running ago", tk_k(rest, 2));
        if first.f & INGX != 0 && !word_in(ING_NOUNS, &first.k) {
            s.push_str(", and I am ");
        } else if served {
            // "18th edition and 2391, 8 yrs on the tools": the time that came with it.
            // "5 yrs income officer": as what, or of what (see [`served_link`]).
            s.push_str(", and I bring ");
            let text = join(rest, 0);
            let text = text.strip_prefix("with ").unwrap_or(&text);
            let place = matches!(
                tk_k(rest, 2),
                "" | "on" | "at" | "in" | "with" | "as" | "of"
            );
            let role = (2..rest.len().min(5)).any(|j| word_in(ROLES, &rest[j].k));
            let mut words = text.splitn(3, ' ');
            let time = [
                words.next().unwrap_or_default(),
                words.next().unwrap_or_default(),
            ];
            s.push_str(&time.join(" "));
            if let Some(tail) = words.next() {
                s.push(' ');
                s.push_str(served_link(rest, place, role));
                s.push_str(tail);
            }
            return Some((finish(&s, '.'), true));
        } else if first.t.starts_with("and I ") {
            s.push_str(", ");
        } else if first.f & PASTX != 0 && first.t.starts_with(is_lower) {
            // "RHS level 2, ran plant area at dobbies": what was done with it.
            s.push_str(", and I ");
        } else if verb && first.f & (FUNC | DET | NUM | SUBJ | PASTX | ADVX) == 0 {
            s.push_str(", and my ");
        } else {
            // "NVQ level 2 customer service, 98% QA scores last 6 months": a figure
            // that came with it (round 141 sent "One result I am proud of is NVQ …:
            // 98% …").
            return facts_with(s, &items[held..]);
        }
        s.push_str(&join(rest, 1));
    }
    let s = finish(&s, '.');
    has_subject_and_verb(&s).then_some((s, true))
}

/// Whether a word is a year ("2019"), which dates a fact rather than counts one.
fn year_like(k: &str) -> bool {
    k.len() == 4
        && k.bytes().all(|b| b.is_ascii_digit())
        && (k.starts_with("19") || k.starts_with("20"))
}

/// "a", "a and b", "a, b and c": items listed as a sentence lists them.
fn and_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => [rest.join(", ").as_str(), " and ", last].concat(),
        None => String::new(),
    }
}

/// A fact typed as a phrase after the qualifications, as the list after "with" says
/// it: without its comma or colon, or the "with" a list rule may have put before it.
fn fact_phrase(i: &[Tok]) -> String {
    let t = join(i, 0);
    let t = t.trim_end_matches([',', ':']);
    t.strip_prefix("with ").unwrap_or(t).to_owned()
}

/// After the qualifications held (`held`, "I hold …"), facts with a figure in each
/// and no verb, said as what came with them: "I hold an NVQ Level 2 in customer
/// service, with 98% QA scores last 6 months". None for anything else.
fn facts_with(held: String, items: &[&[Tok]]) -> Option<(String, bool)> {
    let fact = |i: &[Tok]| {
        !i.is_empty()
            && !i[0].t.starts_with("and")
            // (A lone figure says nothing, unless a grade or a share: "2:1", "98%".)
            && (i.len() > 1 || i[0].t.contains([':', '%']))
            && i.iter().any(|w| w.f & NUM != 0 && !year_like(&w.k))
            && !i.iter().any(|w| word_in("ago since", &w.k))
            && i.iter().enumerate().all(|(j, w)| {
                w.f & (FIN | SV | SUBJ | PASTX | IWE) == 0 && (j > 0 || w.f & INGX == 0)
            })
    };
    if items.is_empty() || items.len() > 3 || !items.iter().all(|i| fact(i)) {
        return None;
    }
    let phrases: Vec<String> = items
        .iter()
        .map(|i| {
            let t = fact_phrase(i);
            // "5 star rating" is "a 5-star rating" (not "5 star hotels").
            match t.split_once(" star ") {
                Some((n, rest))
                    if n.bytes().all(|b| b.is_ascii_digit())
                        && !rest.split(' ').next().unwrap_or(rest).ends_with('s') =>
                {
                    format!("a {n}-star {rest}")
                }
                _ => t,
            }
        })
        .collect();
    let s = finish(&[&held, ", with ", &and_list(&phrases)].concat(), '.');
    has_subject_and_verb(&s).then_some((s, true))
}

/// After the qualifications held (`held`, "I hold …"), the time served and the facts
/// that came with it, each typed as a phrase: "level 3 nvq, 9 yrs, 85% client
/// retention, 6 wk waiting list" is "I hold a Level 3 NVQ and bring nine years'
/// experience, with 85% client retention and 6 weeks waiting list" (the evidence of
/// rounds 127 to 129 was framed as "One result I am proud of is the Level 3 NVQ: …").
/// None unless every fact is a phrase without a verb.
fn served_then_facts(held: String, items: &[&[Tok]]) -> Option<(String, bool)> {
    let (first, facts) = items.split_first()?;
    let counted = first
        .first()
        .is_some_and(|w| w.f & NUM != 0 || word_in(NUMBER_WORDS, &w.k));
    let served = counted && word_in("years year months month", tk_k(first, 1));
    let verbless = |i: &[Tok]| i.iter().all(|w| w.f & (FIN | SV | SUBJ | PASTX | IWE) == 0);
    // Not what the writer was doing ("setting out on a 6 storey frame"), which no
    // "with" takes.
    let doing = facts.iter().any(|f| at(f, 0, INGX));
    // Each fact a figure or a "no …" ("85% client retention", "no accidents"), never
    // a feeling or a note to self ("love the job", "burnt out": the review of
    // session 26), nor a clause an earlier step joined on ("and I …").
    let factual = |i: &[Tok]| {
        !i.is_empty()
            && !i[0].t.starts_with("and")
            && (i.iter().any(|w| w.f & NUM != 0) || word_in("no zero never", &i[0].k))
    };
    if !facts.iter().all(|f| factual(f)) {
        return None;
    }
    if !served || doing || !facts.iter().all(|f| verbless(f)) || !verbless(first) {
        return None;
    }
    let phrase = fact_phrase;
    let mut s = held;
    let time = phrase(&first[..2]);
    if first.len() == 2 {
        // "9 yrs" alone: time in the trade the qualification names.
        // "one year's experience", "nine years' experience".
        let of = if time.ends_with('s') { "'" } else { "'s" };
        s.push_str(&format!(" and bring {time}{of} experience"));
    } else {
        let place = matches!(tk_k(first, 2), "on" | "at" | "in" | "with" | "as" | "of");
        let role = (2..first.len()).any(|j| word_in(ROLES, &first[j].k));
        let link = served_link(first, place, role);
        s.push_str(&format!(" and bring {time} {link}{}", phrase(&first[2..])));
    }
    let facts: Vec<String> = facts.iter().map(|f| phrase(f)).collect();
    if !facts.is_empty() {
        s.push_str(", with ");
        s.push_str(&and_list(&facts));
    }
    let s = finish(&s, '.');
    has_subject_and_verb(&s).then_some((s, true))
}

/// "care home in Rotherham, 6 yrs": a place and the time served there, after it, is
/// experience ("I bring six years at a care home in Rotherham."); round 125 sent "I
/// care home in Rotherham".
fn place_then_time(ws: &[Tok]) -> Option<(String, bool)> {
    let n = ws.len();
    let c = n.checked_sub(3).filter(|&c| c <= 8)?;
    let counted = fl(ws, c + 1) & NUM != 0 || word_in(NUMBER_WORDS, &ws[c + 1].k);
    let unit = word_in("years yrs yr year months month", tk_k(ws, c + 2));
    // (Earlier steps may have made the comma a colon and put "with" before the count.)
    if !ws[c].t.ends_with([',', ':']) || !counted || !unit {
        return None;
    }
    let place = &ws[..=c];
    let plain = place[..c].iter().all(|w| !ends_clause(&w.t))
        && place
            .iter()
            .all(|w| w.f & (FIN | PASTX | SUBJ | SV | IWE | INGX) == 0 || w.k == "care");
    if !plain || fl(ws, 0) & (PREP | NUM) != 0 {
        return None;
    }
    // A name ("Tesco, 3 yrs") takes no article either; not an acronym ("NHS": "at
    // NHS"), a service ("Royal Navy") or a kind of work ("Sales").
    let named = ws[0].t.starts_with(|c: char| c.is_ascii_uppercase())
        && ws[0].t.bytes().skip(1).any(|b| b.is_ascii_lowercase())
        && !place.iter().any(|w| word_in(SERVICES, &w.k));
    let owned = named || matches!(tk_k(ws, 0), "my" | "the" | "a" | "an" | "our");
    // One place of work, not a role, a time off or a kind of work ("team leader, 3
    // yrs", "maternity leave, 12 months", "nights, 2 yrs": the review of session 24):
    // its head is a workplace's noun, or it is a name.
    let head = place
        .iter()
        .take_while(|w| w.f & PREP == 0)
        .last()
        .map_or("", |w| trim_end_set(&w.k, ",:"));
    if !(named || word_in(WORKPLACES, head) || word_in(WORK_SITES, head)) {
        return None;
    }
    let one = matches!(ws[c + 1].k.as_str(), "1" | "one" | "a");
    let years = ws[c + 2].k.starts_with('y');
    let unit = match (years, one) {
        (true, true) => "year",
        (true, false) => "years",
        (false, true) => "month",
        (false, false) => "months",
    };
    let a = if owned { "at" } else { "at a" };
    let pre = format!("I bring {} {unit} {a} ", ws[c + 1].k);
    let mut place = place.to_vec();
    if let Some(last) = place.last_mut() {
        last.t.pop();
    }
    let s = sentence(&pre, &place, inner(&place), "", '.');
    has_subject_and_verb(&s).then_some((s, true))
}

/// Nouns for a place of work besides [`WORKPLACES`] ("a care home", "a busy gastro
/// pub").
const WORK_SITES: &str = "home ward nursery warehouse garage centre pub bar cafe surgery \
    branch plant factory farm hub unit mill yard hostel library";

/// Services and kinds of work a capitalised word may name, which are no place to
/// have been "at" ("Royal Navy", "Sales").
const SERVICES: &str = "army navy raf marines police sales marketing retail admin finance \
    hospitality logistics nursing teaching";

/// Words for what the writer is good at or with, when a note drops "I am" before them.
const SELF_ADJECTIVES: &str = "good best great strong better comfortable confident calm \
    happy used experienced keen skilled patient top";

/// Nouns for a place of work ("a small salon", "a mid-sized brand").
const WORKPLACES: &str = "brand company firm business team practice salon school shop store \
    hospital trust charity startup agency studio lab clinic workshop organisation employer \
    group site depot yard kitchen restaurant hotel office operator supplier provider manufacturer \
    retailer";

/// "the timber frame schools specifically, is exactly what I want": no comma between a
/// subject (a phrase opened by a determiner, with no verb) and its "is/are/was/were"
/// (or "matters", "means").
fn subject_comma(ws: &mut [Tok]) {
    let mut start = 0;
    for i in 1..ws.len() {
        let before = &ws[i - 1];
        if ends_clause(&before.t) {
            // A participle after the head describes it ("the assessment for the town
            // centre adopted in August, matters because …").
            let verbless = part(ws, start, i)
                .iter()
                .all(|w| w.f & (FIN | SV | SUBJ | SUB) == 0)
                && part(ws, start, (start + 2).min(i))
                    .iter()
                    .all(|w| w.f & PASTX == 0);
            if verbless
                && at(ws, start, DET)
                && matches!(
                    ws[i].k.as_str(),
                    "is" | "are" | "was" | "were" | "matters" | "means"
                )
            {
                let t = &mut ws[i - 1].t;
                if t.ends_with(',') {
                    t.pop();
                }
            }
            start = i;
        }
    }
}

/// Whether the past tense at `v`, in the phrase from `s`, is no verb that dropped its
/// "I": a passive ("…, now used by 2 other groups"), a step after "then", which shares
/// the verb's "would" ("I would first find out why, then cut …"), a participle with a
/// span after it ("…, measured over 6 months") or with how long it took ("…, approved
/// in 7 months": the agency approved it, not the writer).
fn not_the_writers(ws: &[Tok], s: usize, v: usize) -> bool {
    let took = matches!(tk_k(ws, v + 1), "in" | "within")
        && at(ws, v + 2, NUM)
        && word_in("days weeks months years", tk_k(ws, v + 3));
    let span = matches!(tk_k(ws, v + 1), "over" | "across" | "during") && at(ws, v + 2, NUM);
    tk_k(ws, v + 1) == "by" || ws[s].k == "then" || span || took
}

/// "…, helped him apply for a DRO, approved 3 months later", "…, quoted twice in the
/// final report": a verb that must take an object, with none after it, was done to
/// what came before.
fn done_to(ws: &[Tok], s: usize, v: usize, num_next: bool) -> bool {
    let first = &ws[s];
    first.f & PASTX != 0
        && (ends_clause(&first.t)
            || tk_k(ws, v + 1).is_empty()
            || num_next
            || matches!(
                tk_k(ws, v + 1),
                "twice" | "once" | "again" | "widely" | "by"
            )
            || tk_k(ws, v + 1) == "off" && tk_k(ws, v + 2) == "by"
            // "…, signed off 1st time": the work was (the fifth garble hunt sent "and
            // I signed off 1st time").
            || tk_k(ws, v + 1) == "off"
                && (at(ws, v + 2, NUM) || word_in("first 1st", tk_k(ws, v + 2))))
        && word_in(DONE_TO, &first.k)
}

/// Whether a phrase between commas tells a change ("down", "up"), and whether the
/// noun before the change is singular: "with the wait down from 14 to 6 weeks" takes
/// "the", "tickets down 30%" does not.
fn change_in(seg: &[Tok]) -> (bool, bool) {
    let change = seg.iter().any(|w| w.k == "down" || w.k == "up");
    let head = seg
        .iter()
        .take_while(|w| w.k != "down" && w.k != "up")
        .last()
        .map_or("", |w| w.k.as_str());
    let singular = seg[0].f & (DET | NUM) == 0 && !head.is_empty() && !head.ends_with('s');
    (change, singular)
}

/// Whether the verb at `v` asks ("…, would I be looking after …?": a modal before its
/// subject asks a second question, which "and" joins; it has dropped no "I"), and
/// whether it is a modal of the writer's ("…, would like to do it again"; so is
/// "have" before its participle, "…, have done last offices many times").
/// With `lead_only` (a question after a bare phrase, "in the mornings, could I help?")
/// it asks once, with no "and" before it (the eighth garble hunt).
fn modal_at(ws: &[Tok], v: usize, lead_only: bool) -> (bool, bool) {
    let verb = fl(ws, v);
    let asks = verb & AUX1 != 0 && at(ws, v + 1, SUBJ);
    let modal = verb & AUX1 != 0
        && !asks
        && (tk_k(ws, v).starts_with(['w', 'c', 's', 'm'])
            || tk_k(ws, v) == "have" && (at(ws, v + 1, PASTX) || tk_k(ws, v + 1) == "done"));
    (asks && !lead_only, modal)
}

/// Whether the phrase at `s` opens on a plain noun and a common irregular past
/// ("ventilation came in …", "sales grew 20%"): a clause with its own subject.
fn noun_then_past(ws: &[Tok], s: usize) -> bool {
    // "the scrap rate fell", "dough scrap went": an article and up to two more words
    // of the thing (round 122 sent "…, dough scrap went from 4.1% to 2.6%" spliced).
    let from = s + usize::from(at(ws, s, THE));
    (from..(from + 3).min(ws.len())).any(|p| {
        ws[from..=p].iter().all(|w| {
            w.f & (FUNC | NUM | ADVX | PASTX | INGX | PERSON) == 0
                && w.t.starts_with(is_lower)
                && !ends_clause(&w.t)
        }) && at(ws, p + 1, PAST)
            && !ws[p + 1].t.ends_with(',')
            // Not a bare "the contractor did": an answer of two words reads better
            // as a sentence of its own (round 121).
            && p + 2 < ws.len()
            // Not the passive ("the specs were set by our head brewer"): a thing done
            // by someone else, which is a sentence of its own.
            && !(matches!(ws[p + 1].k.as_str(), "was" | "were") && at(ws, p + 2, PASTX))
            // A longer subject only before what it did, not what it was ("the agency
            // staff were my job too").
            && (p == s || !matches!(ws[p + 1].k.as_str(), "was" | "were"))
    })
}

/// Whether the clause from `s` to `e` tells what came of the writer's work with a
/// subject of its own ([`noun_then_past`]), last or before a last phrase of figures.
fn result_joined(ws: &[Tok], (s, e): (usize, usize), last: bool) -> bool {
    (last || figures_close(ws, e)) && noun_then_past(ws, s)
}

/// Whether what follows `e` is a last phrase of figures with no clause of its own
/// ("…, roughly $1,800 a week saved"), which leaves the clause before it the last.
fn figures_close(ws: &[Tok], e: usize) -> bool {
    let rest = part(ws, e, ws.len());
    !rest.is_empty()
        && rest.len() <= 8
        && rest[..rest.len() - 1].iter().all(|w| !ends_clause(&w.t))
        && rest.iter().any(|w| w.f & NUM != 0)
        && rest.iter().all(|w| w.f & (SUBJ | SV | IWE) == 0)
}

/// After a clause, a dash before a verb that dropped its "I": "I cleaned up our org -
/// retired 60 fields" reads "…: I retired", and "… to proper tasking' - want to be part
/// of that" reads "…, and I want to be part of that".
fn dash_dropped_i(ws: &mut [Tok]) {
    // "I cleaned up our org - retired 60 fields": after a clause, a dash before a past
    // tense that dropped its "I" reads "…: I retired".
    let mut verb_before = false;
    for d in 2..ws.len().saturating_sub(1) {
        verb_before |= ws[d - 1].f & (FIN | SV | PASTX) != 0 || ws[0].f & PASTX != 0;
        let dash = matches!(ws[d].t.as_str(), "-" | "–" | "—");
        let lower = ws[d + 1].t.starts_with(is_lower);
        if dash && verb_before && lower && ws[d + 1].f & PASTX != 0 && tk_k(ws, d + 2) != "by" {
            ws[d - 1].t.push(':');
            ws[d] = Tok::new("I".to_owned());
        } else if dash && verb_before && lower && ws[d + 1].f & FPV != 0 {
            // "… to proper tasking' - want to be part of that": the writer's
            // own wish after what was said, "…, and I want to be part of that".
            ws[d - 1].t.push(',');
            ws[d] = Tok::new("and I".to_owned());
        }
    }
}

/// Whether the verb at `v` of the clause at `s` is one: not an adjective listed (see
/// [`listed_adjective`]) nor one in "un-…-ed" that opens it ("…, unmatched txns from
/// ~300/day to under 20": round 125 sent "and I unmatched …").
fn verb_opens(ws: &[Tok], s: usize, v: usize) -> bool {
    // Nor "like" before a subject, which says "as" ("…, like we flagged": the
    // thirteenth garble hunt sent "and I like we flagged").
    let like_as = ws[s].k == "like" && word_in("i we you he she they", tk_k(ws, s + 1));
    !listed_adjective(ws, s) && (v != s || !adjective_ed(ws, s)) && !like_as
}

/// Whether the last subject of the words is "we" ("we weighed all food waste daily
/// …, went from 38kg a week to 30kg": round 124 sent "and I went").
fn we_opened(ws: &[Tok]) -> bool {
    ws.iter()
        .rev()
        .find(|w| w.f & (SUBJ | IWE) != 0)
        .is_some_and(|w| w.k == "we")
}

/// Whether the clause at `s` is a step of what the writer said they would do ("I'd
/// keep tasks short, let them set the pace"), which shares its "I'd" (round 72 sent
/// "and I let them").
fn shares_modal(ws: &[Tok], s: usize) -> bool {
    // The sentence opens on it ("I'd …", "I would …"), with no verb done before "let"
    // ("I told them I can do it, let them …" is a thing the writer did).
    let modal_at = |k: usize| {
        word_in("i'd i'll", tk_k(ws, k))
            || is_i(tk_k(ws, k)) && word_in("would will could can", tk_k(ws, k + 1))
    };
    // Or after the condition it answers ("if DO drops I'd check …, then look at …",
    // round 80 sent "and I then look").
    let after_if = word_in("if when whenever once", tk_k(ws, 0)) && (2..s).any(modal_at);
    (modal_at(0) || after_if) && !ws[..s].iter().any(|w| w.f & PASTX != 0)
}

/// Whether the clause at `s..e` says where a measure ended up ("…, up to 4.3 by end
/// 2024"); not "…, down to 0402 components": a figure that counts things is how small
/// or how many (round 85).
fn up_to_figure(ws: &[Tok], s: usize, e: usize) -> bool {
    matches!(ws[s].k.as_str(), "up" | "down")
        && tk_k(ws, s + 1) == "to"
        && !(at(ws, s + 2, NUM) && s + 3 < e && ws[s + 3].f & (FUNC | NUM) == 0)
}

/// Whether the word at `s`, after a comma, is an adjective listed after a determiner
/// and another one ("one calm, organised person can …"), no verb that dropped its "I"
/// (round 86).
fn listed_adjective(ws: &[Tok], s: usize) -> bool {
    s >= 2
        && at(ws, s - 2, DET)
        && ws[s - 2].t.ends_with(char::is_alphanumeric)
        // Or two "-ed" adjectives in a row: "a purged, closed hop doser" (round 94
        // sent "a purged, and I closed hop doser").
        && (at(ws, s + 2, FIN) || ws[s - 1].k.ends_with("ed") && !at(ws, s + 1, NUM))
        // An "-ed" adjective before a noun: "…, found nothing was missing" is a step
        // of the writer's.
        && ws[s].k.ends_with("ed")
        && !at(ws, s + 1, FUNC | OBJ | SUBJ)
}

/// The phrases after a clause, between commas, made to read on from it:
/// - "…, flaky failures down from 9% to under 2%": a phrase with a number that went
///   down or up and no verb of its own reads as "with …", and a clause after it is
///   joined with "and" ("…, with cups down 61%, and the SU adopted it");
/// - "I spent a decade on it, want to help now": an "I" dropped after a comma is put
///   back, and so is one before a past-tense verb that ends the sentence ("…, got a
///   first"); not in a question (`asked_on`: "…, closed cell?" asks on, the third
///   garble hunt sent "…, and I closed cell?") nor in a list after a dash, which a
///   verb opening a clause ends ("- 9 sites, finished it …").
///
/// The joins go after a comma only: a colon or a dash introduces, it does not list.
/// "…, let him say his piece" is the writer letting him. "…, ventilation came in with
/// 18% lower fan energy": a clause with a subject of its own after the writer's is
/// joined, not spliced; "…, up to 4.3 by end 2024" is where the measure ended up
/// ("with up to" reads as "as many as").
fn with_change(ws: &mut [Tok], mine: bool, framed: bool, asked_on: bool) {
    let mine = mine
        || ws
            .iter()
            .any(|w| is_i(&w.k) || matches!(w.k.as_str(), "me" | "my"));
    trailing_figures(ws, framed);
    if mine {
        dash_dropped_i(ws);
    }
    let someone_else = word_in("you he she", &ws[0].k) && at(ws, 1, PASTX | FIN);
    let reported = reported(ws) && !someone_else;
    let mut verb_before = false;
    let (mut after_with, mut dash_list) = (false, false);
    let mut s = 0;
    while s < ws.len() {
        let mut e = s;
        while e < ws.len() && !ends_clause(&ws[e].t) {
            e += 1;
        }
        let e = (e + 1).min(ws.len());
        let seg = &ws[s..e];
        let (change, singular) = change_in(seg);
        let number = seg.iter().any(|w| w.f & NUM != 0);
        let verbless = verbless_figures(seg);
        let v = skip_adverbs(ws, s).min(e);
        let last = last_clause(ws, e);
        let verb = fl(ws, v);
        let passive = not_the_writers(ws, s, v);
        let span = matches!(tk_k(ws, v + 1), "over" | "across" | "during") && at(ws, v + 2, NUM);
        let comma = s > 0 && ws[s - 1].t.ends_with(',');
        let (asks, modal) = modal_at(ws, v, asked_on && !verb_before);
        let let_him = ws[s].k == "let" && matches!(tk_k(ws, s + 1), "him" | "her" | "them");
        let i_before = ws[..s].iter().any(|w| is_i(&w.k));
        let det_next = at(ws, s + 1, DET);
        let num_next = at(ws, s + 1, NUM) || tk_k(ws, s + 1) == "within";
        let figure_change = change && number && verbless;
        let dropped = !asked_on
            && (!dash_list || at(ws, s, FPV | PASTX))
            && verb_opens(ws, s, v)
            && (verb & FPV != 0 && !such_as(ws, s)
                || modal
                || let_him
                || (last && past_of_the_writer(ws, v) && !passive && !figure_change))
            && !((let_him || verb & FPV != 0) && shares_modal(ws, s))
            && (!reported || i_before);
        let done_to = done_to(ws, s, v, num_next);
        let up_to = up_to_figure(ws, s, e);
        let no_own_i = no_own_i(ws, s);
        let joined = s > 0
            && comma
            && verb_before
            && !closes_timed_clause(ws, s)
            && (result_joined(ws, (s, e), last) || up_to && number && verbless);
        let for_writer = did_for_the_writer(ws, s);
        let saved = saved_us(ws, s, last) || for_writer && (!someone_else || i_before);
        let with_i = comma && (s > 0 && mine_too(ws, s) || listed_step(ws, s, e) && !joined);
        let we = we_opened(&ws[..s]);
        let mended = comma && done_to && cleared_after_treatment(ws, s);
        let first = &mut ws[s];
        if with_i {
            // Done: "…, and I want to …", "…, and I have not had …".
        } else if s > 0 && mended && first.t.starts_with(is_lower) {
            first.t.insert_str(0, "and I was ");
        } else if joined {
            first
                .t
                .insert_str(0, if up_to { "and it was " } else { "and " });
        } else if s > 0 && comma && done_to && v == s && last && first.t.starts_with(is_lower) {
            first.t.insert_str(0, "and it was ");
        } else if s > 0 && comma && asks && v == s && first.t.starts_with(is_lower) {
            first.t.insert_str(0, "and ");
        } else if s > 0 && comma && (first.k == "means" || saved) && first.t.starts_with(is_lower) {
            // "…, means a really varied mix": what the clause before it means; "…, saved
            // us a re-test cycle": what it saved (round 58's "and I saved us"); "…,
            // taught me …": what it did for the writer.
            first.t.insert_str(0, "which ");
        } else if s > 0 && mine && first.t.starts_with(is_lower) && dropped && comma && !no_own_i {
            // The verb shares the sentence's own subject when that is someone else
            // ("You showed me the chair …, said …") or "we" (round 124), not "I".
            let theirs = someone_else && !i_before || we;
            first
                .t
                .insert_str(0, if theirs { "and " } else { "and I " });
        } else if s > 0 && mine && comma && (first.k == "been" || first.k == "done" && det_next) {
            // "…, been riding at club level till now", "…, done my level 2".
            first.t.insert_str(0, "and I have ");
        } else if s > 0
            && first.f & FUNC == 0
            && !first.t.starts_with("with ")
            && !matches!(first.k.as_str(), "up" | "down")
            && change
            && number
            && verbless
            && verb_before
        {
            // "…in year one; report prep time down …": the change is a detail of the
            // clause, after a comma.
            if let Some(semi) = ws[s - 1].t.strip_suffix(';').map(str::to_owned) {
                ws[s - 1].t = semi + ",";
            }
            let first = &mut ws[s];
            first
                .t
                .insert_str(0, if singular { "with the " } else { "with " });
            after_with = true;
            s = e;
            continue;
        } else if after_with
            && !verbless
            && !span
            && (first.f & FUNC == 0 || first.f & (DET | SUBJ) != 0)
        {
            first.t.insert_str(0, "and ");
        }
        after_with = false;
        verb_before |= has_verb(&ws[s..e]);
        dash_list = in_dash_list(&ws[s..e], dash_list);
        s = e;
    }
}

/// "…, no permit violations": whether the closing phrase from `b` (after a clause)
/// is none of a thing, which counts as a figure too.
fn none_of(ws: &[Tok], b: usize) -> bool {
    let seg = &ws[b..];
    // (Only after a clause: "rota for 38 invigilators, …, zero missed sessions" is a
    // list of phrases.)
    if !ws[..b].iter().any(|w| w.f & (FIN | SV | PASTX) != 0)
        || !matches!(tk_k(seg, 0), "no" | "zero")
        || tk_k(seg, 1) == "longer"
    {
        return false;
    }
    // A participle may describe the thing ("zero failed NICEIC assessments": the
    // eighth garble hunt).
    let plain = (2..=4).contains(&seg.len())
        && (1..seg.len()).all(|j| {
            seg[j].f & (FUNC | FIN | SV | SUBJ | INGX) == 0
                && (seg[j].f & PASTX == 0 || j + 1 < seg.len())
        })
        && seg[seg.len() - 1].k.ends_with('s');
    // "…, zero complaints from the crematorium in 2 years": the thing, then where and
    // when (round 119 sent it bare).
    // Its noun may have a word or two before it ("no major audit findings at BRC",
    // round 136).
    let noun = (1..=3).find(|&j| {
        seg.get(j)
            .is_some_and(|w| w.k.ends_with('s') && w.f & FUNC == 0)
            && at(seg, j + 1, PREP)
    });
    let placed = (4..=9).contains(&seg.len())
        && noun.is_some_and(|j| seg[1..j].iter().all(|w| w.f & FUNC == 0))
        && seg[1..]
            .iter()
            .all(|w| w.f & (FIN | SV | SUBJ | INGX | PASTX) == 0);
    plain || placed
}

/// "I held the show, had it re-pinned, and added …": whether the step from `s` to `e`
/// is one in a list that a later ", and" ends, which shares the first "I" (round 119
/// sent "…, and had it re-pinned and checked, and added …").
fn listed_step(ws: &[Tok], s: usize, e: usize) -> bool {
    (at(ws, s, PASTX) || matches!(ws[s].k.as_str(), "had" | "got" | "made"))
        && ws[e - 1..]
            .windows(2)
            .any(|p| p[0].t.ends_with(',') && p[1].k == "and" && tk_k(&p[1..], 1) != "i")
}

/// The one figure after a clause (`fits`: after its comma) goes "with" it: "…, with
/// no permit violations"; "…, 94% renewal rate", a measure at a percentage, takes
/// "with a" (round 109's reader called the bare one a fragment).
fn with_one_figure(ws: &mut [Tok], one: usize, fits: bool) {
    // Or a figure of a plural and where or when ("0 evictions in 18 months").
    // Not time served ("10 years in commercial"); only after a clause with its verb
    // (after a phrase a frame will carry, it is one of the frame's items).
    let verb_before = ws[..one].iter().any(|w| w.f & (FIN | SV | PASTX) != 0);
    let seg = &ws[one..];
    let head_plural = verb_before
        && seg.len() >= 3
        && plural(tk_k(seg, 1))
        && !word_in(TIME_SERVED, tk_k(seg, 1))
        && word_in("in on for at over across within during", tk_k(seg, 2));
    let counted = seg.len() >= 2
        && seg[0].k != "over"
        && (seg[seg.len() - 1].k.ends_with('s') && seg[1..].iter().all(|w| w.f & FUNC == 0)
            || head_plural);
    let measured = (2..=3).contains(&seg.len())
        && seg[0].t.ends_with('%')
        && word_in(MEASURES, &seg[seg.len() - 1].k);
    // "…, about 43% hit rate": "with a hit rate of about 43%" (round 111).
    let rough_measure = (3..=4).contains(&seg.len())
        && word_in("about around nearly roughly almost", &seg[0].k)
        && seg[1].t.ends_with('%')
        && word_in(MEASURES, &seg[seg.len() - 1].k);
    if counted && fits {
        ws[one].t.insert_str(0, "with ");
    } else if rough_measure && fits {
        // The same number of words, in the new order: the measure's words, "of",
        // then the rough figure with the phrase's own end.
        let end = ws.len() - 1;
        let (s, e) = core_range(&ws[end].t);
        let tail = ws[end].t[e..].to_owned();
        let mut texts: Vec<String> = ws[one + 2..end].iter().map(|w| w.t.clone()).collect();
        texts.push([&ws[end].t[s..e], " of"].concat());
        texts.push(ws[one].t.clone());
        texts.push([ws[one + 1].t.as_str(), &tail].concat());
        for (w, t) in ws[one..].iter_mut().zip(texts) {
            w.t = t;
        }
        ws[one].t.insert_str(0, "with a ");
    } else if measured && fits {
        // "an 8%", "an 11%", "an 18%": said with a vowel.
        let t = &ws[one].t;
        let an = t.starts_with('8') || t.starts_with("11%") || t.starts_with("18%");
        ws[one]
            .t
            .insert_str(0, if an { "with an " } else { "with a " });
    }
}

/// "my crew did 140 installs, zero reportable incidents, 2 callbacks": figures after a
/// clause, each a phrase without a verb that starts with a number, read as "…, with
/// zero reportable incidents and 2 callbacks".
fn trailing_figures(ws: &mut [Tok], framed: bool) {
    let mut starts = Vec::new();
    let mut s = ws.len();
    // The phrases from the end, while each is a figure.
    while s > 0 {
        let mut b = s - 1;
        while b > 0 && !ends_clause(&ws[b - 1].t) {
            b -= 1;
        }
        let seg = &ws[b..s];
        let about = matches!(seg[0].k.as_str(), "about" | "around" | "over" | "nearly");
        let figure = (seg[0].f & NUM != 0
            || matches!(seg[0].k.as_str(), "zero" | "no")
            || (about && at(seg, 1, NUM)))
            && seg.len() <= 5
            && seg
                .iter()
                .all(|w| w.f & (FIN | SV | SUBJ | PASTX | INGX) == 0);
        if b == 0 || !figure {
            break;
        }
        starts.push(b);
        s = b;
    }
    // A phrase without a verb before them is fine too when a frame will give it one
    // ("One result I am proud of is 18 months on the phones, with about 60 calls …").
    let clause_before = framed || ws[..s].iter().any(|w| w.f & (FIN | SV | PASTX) != 0);
    if starts.is_empty() && clause_before {
        // One closing phrase about a figure: "I managed 95 properties, arrears under
        // 2% most months" reads "…, with arrears under 2% most months".
        let mut b = ws.len();
        while b > 0 && !ends_clause(&ws[b - 1].t) {
            b -= 1;
        }
        let seg = &ws[b..];
        // Not a part of something ("top of an office of 11", "one of 4 leads").
        // Or a figure and its noun alone ("…, 400+ logged dives"), not in an aside.
        let open = ws[..b].iter().fold(0, |d, w| bracket_depth(d, &w.t));
        let figure_first = open == 0
            && at(seg, 0, NUM)
            && (2..=4).contains(&seg.len())
            && seg[1..]
                .iter()
                .all(|w| w.f & (FUNC | FIN | SV | SUBJ | INGX) == 0)
            // A participle only before its plural noun ("logged dives", not "8 passed
            // first time", which is a clause).
            && (1..seg.len()).all(|j| seg[j].f & PASTX == 0 || tk_k(seg, j + 1).ends_with('s'));
        // "…, accuracy from 40% to 75% over 5 weeks": what moved, and "went" (round
        // 109 sent the phrase bare after the clause).
        if let Some(f) = moved_from_to(seg).filter(|_| b > 0 && ws[b - 1].t.ends_with(',')) {
            ws[b].t.insert_str(0, "and ");
            ws[b + f - 1].t.push_str(" went");
            return;
        }
        // Not where a measure ended up ("up to 4.3 by end 2024"): see [`with_change`];
        // nor a change said as such ("…, up from 26.9%" reads on its own, round 42's
        // reader marked "with up from").
        let about_figure = b > 0
            && seg.len() <= 6
            && !matches!(tk_k(seg, 1), "of" | "to")
            && !matches!(tk_k(seg, 0), "up" | "down")
            && seg.iter().any(|w| w.f & NUM != 0)
            && (seg[0].f & (FUNC | NUM | ADVX) == 0
                && seg
                    .iter()
                    .all(|w| w.f & (FIN | SV | SUBJ | PASTX | INGX) == 0)
                || figure_first);
        // "…, about 600 hours of NHS assignments": a rough figure and what it counts.
        let rough = b > 0
            && (2..=8).contains(&seg.len())
            // Not "over", which may be what the figure is over ("the backlog, over 2000
            // files").
            && word_in("about around nearly almost roughly", &seg[0].k)
            && at(seg, 1, NUM)
            && seg[2..].iter().all(|w| {
                w.f & (FIN | SV | SUBJ | PASTX | INGX) == 0 && (w.f & PREP == 0 || w.k == "of")
            });
        let none = b > 0 && none_of(ws, b);
        let with_already = ws.get(b).is_none_or(|w| w.t.starts_with("with "));
        if (about_figure || rough || none) && ws[b - 1].t.ends_with(',') && !with_already {
            ws[b].t.insert_str(0, "with ");
        }
        return;
    }
    // After a colon the figures are a list already ("a small team: 22 horses, 2 …").
    let listed = starts.last().is_some_and(|&f| ws[f - 1].t.ends_with(':'));
    // One figure of a counted thing after a whole clause goes "with" it too ("I ran
    // nights at Easton plant for 4 years, with no permit violations"; round 69 sent
    // the figure bare).
    if let [one] = starts[..] {
        let fits = clause_before && !listed && ws[one - 1].t.ends_with(',');
        with_one_figure(ws, one, fits);
        return;
    }
    if starts.len() < 2 || !clause_before || listed {
        return;
    }
    let (last, first) = (starts[0], starts[starts.len() - 1]);
    ws[first].t.insert_str(0, "with ");
    // The comma before the last figure becomes "and".
    let before = &mut ws[last - 1].t;
    if before.ends_with(',') && starts.len() == 2 {
        before.pop();
    }
    ws[last].t.insert_str(0, "and ");
}

/// "licensed in FL for general household pest since 2022": a state the writer is in,
/// typed with its "I am" dropped ("I have been licensed … since 2022"; the seventh
/// garble hunt sent "I licensed in FL …", which says they licensed something).
fn licensed_since(ws: &[Tok]) -> Option<String> {
    let state = word_in(
        "licensed certified registered qualified accredited chartered insured",
        tk_k(ws, 0),
    );
    if !state || !ws[0].t.starts_with(is_lower) || !at(ws, 1, PREP) {
        return None;
    }
    // Only with "since": "qualified in 2019 as a nurse" is an event (the review of
    // session 20).
    if !ws.iter().any(|w| w.k == "since") {
        return None;
    }
    let s = sentence("I have been ", ws, 0, "", '.');
    has_subject_and_verb(&s).then_some(s)
}

/// Whether the "I" at `j`, after a dependent clause's opening ("since we spoke i have
/// read …"), starts the main clause, so the comma goes before it.
fn main_subject_at(ws: &[Tok], j: usize) -> bool {
    let subject =
        (at(ws, j, IWE) && verb_after_pronoun(ws, j)) || (at(ws, j, SV) && is_i(&tk(ws, j).k));
    // "when I told them I was sorry": the clause is told, after its object.
    let takes = word_in(CLAUSE_VERBS, &tk(ws, j - 1).k)
        || at(ws, j - 1, OBJ) && word_in(CLAUSE_VERBS, &tk(ws, j.saturating_sub(2)).k);
    // Not after a dash, which separates already ("…the gap -, I was").
    let dash = matches!(tk(ws, j - 1).t.as_str(), "-" | "–" | "—");
    // An object or place may end the clause before it ("if someone
    // can't prove it i wouldn't …", "…live there i wouldn't …"; round 108).
    let ended = !at(ws, j - 1, FUNC) || at(ws, j - 1, OBJ | IT | THERE);
    subject && ended && !takes && !dash
}

/// "top 3 in north region for customer satisfaction", "top seller at the store 3
/// months in a row": a rank the writer held, with its "I was" ("I was in the top 3 …",
/// "I was top seller …"); round 130 framed the first as "One result I am proud of is
/// the top 3 …" and round 131 lost the second.
fn top_ranked(ws: &[Tok]) -> Option<String> {
    const RANKED: &str = "seller sellers performer performers rep agent biller recruiter \
        student scorer closer salesperson fundraiser caller of in for";
    // "first in my year at uni" too (the fifteenth garble hunt lost it whole).
    let first = ws.len() > 3 && ws[0].k == "first" && word_in("in of", &ws[1].k) && ws[2].k == "my";
    let top = ws.len() > 3 && ws[0].k == "top" && (at(ws, 1, NUM) || word_in(RANKED, &ws[1].k));
    if !top && !first {
        return None;
    }
    let c = ws
        .iter()
        .position(|w| ends_clause(&w.t))
        .unwrap_or(ws.len() - 1);
    if ws[..=c]
        .iter()
        .any(|w| w.f & (FIN | SV | SUBJ | PASTX | IWE) != 0)
    {
        return None;
    }
    let pre = if at(ws, 1, NUM) {
        "I was in the "
    } else {
        "I was "
    };
    // "…, 142 upgrades in october": the figures that came with it.
    let mut ws = ws.to_vec();
    let verbless = ws[c + 1..]
        .iter()
        .all(|w| w.f & (FIN | SV | SUBJ | PASTX | IWE) == 0);
    if c + 1 < ws.len() && at(&ws, c + 1, NUM) && verbless {
        ws.insert(c + 1, Tok::new("with".to_owned()));
    }
    let s = sentence(pre, &ws, 0, "", '.');
    has_subject_and_verb(&s).then_some(s)
}

/// The note's words rebuilt where a known shape needs more than a frame: the "I"
/// after a leading phrase, a comma after a dependent clause, a topic and its steps,
/// "last X" as the user's own, a bare phrase then a clause. None for other shapes.
/// First, a role or rank the writer held, with its "I was" ("shift lead on 4 C-checks
/// in 2022-23"), or a credential.
fn restructured(ws: &[Tok], frame: &Frame) -> Option<(String, bool)> {
    if let Some(s) = held_role(ws)
        .or_else(|| top_ranked(ws))
        .or_else(|| credentialed(ws))
        .or_else(|| holds_credential(ws))
        .or_else(|| licensed_since(ws))
    {
        return Some((s, true));
    }
    // "at brightpath cut the run", "last December at the hotel ran 31 parties": the
    // "I" dropped after a short time or place phrase.
    if let Some(v) = lead_then_past(ws) {
        let s = sentence(
            &lead(part(ws, 0, v), "I "),
            part(ws, v, ws.len()),
            0,
            "",
            '.',
        );
        if has_subject_and_verb(&s) {
            return Some((s, true));
        }
    }
    // "since we spoke i have read …": the comma a dependent clause needs before "I".
    // Not before the clause a verb like "realised" takes ("When I realised I had made
    // an error, I said so").
    if fl(ws, 0) & (SUB | PSUB) != 0 {
        let cands: Vec<usize> = (2..ws.len())
            .take_while(|&j| !ends_clause(&tk(ws, j - 1).t))
            .filter(|&j| main_subject_at(ws, j))
            .collect();
        // "If you ring and I'm not somewhere I can talk, I will ask …": of several,
        // the one that says what the writer will do is the main clause.
        let will = |j: usize| {
            matches!(tk_k(ws, j), "i'll" | "i'd") || matches!(tk_k(ws, j + 1), "will" | "would")
        };
        // "when he asked what the worst job i've done was i said …": an "I" inside the
        // question asked is not the main clause's (the seventh garble hunt).
        let in_question = |j: usize| ws[1..j].iter().any(|w| w.f & WHW != 0);
        let first = match cands[..] {
            [f, .., l] if in_question(f) => Some(l),
            _ => cands.first().copied(),
        };
        let main = cands.iter().rev().find(|&&j| will(j)).copied().or(first);
        if let Some(j) = main {
            let s = sentence(&lead(part(ws, 0, j), ""), part(ws, j, ws.len()), 0, "", '.');
            if has_subject_and_verb(&s) {
                return Some((s, true));
            }
        }
    }
    // "low back pain patient not doing exercises: first find out why, then …": a topic,
    // then what to do about it.
    if let Some(s) = topic_then_steps(ws)
        .or_else(|| how_then_steps(ws))
        .or_else(|| topic_then_clause(ws))
    {
        return Some((s, true));
    }
    // "store manager gave me all the closures", "elderly tenant wouldn't let me in": a
    // person with the "my" or "a" a note leaves out ("my" for the writer's own
    // manager or family, "a" or "an" for anyone else).
    if let Some(p) = (0..3).find(|&p| at(ws, p, PERSON)) {
        // The note's first word may carry the sentence's capital.
        let bare = p == 0
            || ws[..=p]
                .iter()
                .enumerate()
                .all(|(j, w)| w.f & FUNC == 0 && (j == 0 || w.t.starts_with(is_lower)));
        let article = fl(ws, 0) & (FUNC | NUM) == 0 && !word_in(ANYONE, &ws[p].k);
        if bare && article && at(ws, p + 1, PASTX | FIN) {
            let own = word_in(OWN_PEOPLE, &ws[p].k);
            let vowel = starts_with_vowel(&ws[0].k);
            // "project lead was my manager": the one lead of a unit the note names.
            let unique = p == 1 && word_in(UNITS_OF_WORK, &ws[0].k);
            let article = match (own, vowel) {
                (true, _) => "My ",
                _ if unique => "The ",
                (false, true) => "An ",
                (false, false) => "A ",
            };
            let s = sentence(article, ws, 1, "", '.');
            if has_subject_and_verb(&s) {
                return Some((s, true));
            }
        }
    }
    // "retail sales on my column up 30% this year": a figure that rose or fell, with
    // the verb a note leaves out.
    if let Some(u) = ws.iter().take(8).position(|w| w.k == "up" || w.k == "down") {
        let before = &ws[..u];
        let verbless = before
            .iter()
            .all(|w| w.f & (FIN | SV | SUBJ | PASTX | INGX) == 0);
        if u > 0 && verbless && at(ws, u + 1, NUM) && fl(ws, 0) & (FUNC | NUM) == 0 {
            let mut pre = join(before, 0);
            pre.push_str(" went ");
            let s = sentence(&pre, part(ws, u, ws.len()), 0, "", '.');
            if has_subject_and_verb(&s) {
                return Some((s, true));
            }
        }
    }
    if let Some(done) = dropped_subject(ws) {
        return Some(done);
    }
    // "Small team that actually ships, and the problem is hard": a bare phrase, then
    // "and" and a clause: the whole goes into the frame.
    if let Some(f) = frame.fragment.filter(|_| head_and_clause(ws)) {
        if let Some(s) = fill(f, ws) {
            return Some((s, false));
        }
    }
    // "small team, testers sit with the devs …": a bare noun phrase, then a clause of
    // its own. The phrase goes into the frame and the clause follows it.
    if let Some(split) = frame.fragment.and_then(|f| head_then_clause(ws, f)) {
        return Some(split);
    }
    None
}

/// "about 1400 CP12s last year, and I never failed an audit": whether a clause was
/// joined on to a phrase without a verb, which still needs its frame.
fn joined_to_phrase(ws: &[Tok]) -> bool {
    ws.iter()
        .any(|w| w.t.starts_with("and I ") || w.t.starts_with("and I'm "))
        && ws
            .iter()
            .take_while(|w| !ends_clause(&w.t))
            .all(|w| w.f & (FIN | SV | SUBJ | PASTX) == 0)
}

/// "On the {topic}, I would {steps}." for a note that names a topic without a verb,
/// then a colon and steps that start with a verb ("first find out why, then cut …").
fn topic_then_steps(ws: &[Tok]) -> Option<String> {
    let c = ws.iter().take(12).position(|w| w.t.ends_with(':'))?;
    // "On GNSS tides vs the gauge: check …": the note's own "On" opens the topic.
    let on = usize::from(matches!(ws[0].k.as_str(), "on" | "about" | "regarding" | "for") && c > 1);
    let topic = part(ws, on, c + 1);
    let s = skip_adverbs(ws, c + 1);
    let step = ws.get(s)?;
    let verbless = verbless_topic(&ws[on..], c - on);
    let base = step.f & (FUNC | NUM | PASTX | INGX) == 0
        && !step.k.ends_with('s')
        && !step.t.starts_with(is_upper)
        // Before a preposition only a known verb ("check with the surgeon"): "gold
        // at the British cheese awards" is no step (round 39's reader).
        // Or before one when a later step opens with a known verb ("benchmark on GIAB
        // truth sets, look at …, then run it …").
        && (at(ws, s + 1, DET | OBJ | IT | WHW)
            || matches!(tk_k(ws, s + 1), "out" | "up")
            || word_in(STEP_VERBS, &step.k)
            || at(ws, s + 1, PREP) && later_step(ws, s));
    // "interlayer that cut the resistance": a noun and its relative clause, no step.
    let relative = tk_k(ws, s + 1) == "that" && at(ws, s + 2, PASTX | FIN);
    if c == 0 || !verbless || !base || relative || fl(ws, on) & (FUNC | ADVX) != 0 && on == 0 {
        return None;
    }
    let the = if on == 1 && ws[0].k == "for" {
        // "For dead 3.3V rail: first check …" keeps its "for", with an article.
        if at(ws, 1, DET | NUM) {
            "For "
        } else {
            "For a "
        }
    } else if on == 1 {
        "On "
    } else if matches!(
        topic[0].k.as_str(),
        "someone" | "somebody" | "anyone" | "anybody"
    ) {
        // "someone who keeps missing appointments: call …" ("On the someone …" was
        // broken, round 44's reader).
        "For "
    } else if topic[0].f & INGX == 0 {
        "On the "
    } else {
        "On "
    };
    let mut pre = String::from(the);
    let mut head = join(topic, inner(topic));
    head.pop();
    // "Unanticipated difficult airway" was capitalised only because the note started
    // with it.
    if head.len() > 1 && head.as_bytes()[1].is_ascii_lowercase() {
        head[..1].make_ascii_lowercase();
    }
    pre.push_str(&head);
    pre.push_str(", I would ");
    let out = sentence(&pre, part(ws, c + 1, ws.len()), 1, "", '.');
    has_subject_and_verb(&out).then_some(out)
}

/// "how i'd engage someone with advanced dementia who won't join in: start one to one
/// …": the question typed as the writer would put it, a colon, then the steps: "As for
/// how I'd engage …, I would start one to one …" (round 123 sent "My answer now would
/// be how I'd engage …: start …", which its reader found awkward).
fn how_then_steps(ws: &[Tok]) -> Option<String> {
    let mine = match tk_k(ws, 1) {
        "i'd" | "id" => true,
        "i" => tk_k(ws, 2) == "would",
        _ => false,
    };
    if !(matches!(tk_k(ws, 0), "how" | "what") && mine) {
        return None;
    }
    let c = ws.iter().take(20).position(|w| w.t.ends_with(':'))?;
    let step = ws.get(c + 1)?;
    let verb = step.f & (FUNC | NUM | PASTX | INGX) == 0
        && step.t.starts_with(is_lower)
        && !step.k.ends_with('s');
    if !verb || c < 3 {
        return None;
    }
    let mut pre = String::from("As for ");
    let mut topic = join(part(ws, 0, c + 1), 1);
    topic.pop();
    pre.push_str(&topic);
    pre.push_str(", I would ");
    let out = sentence(&pre, part(ws, c + 1, ws.len()), 1, "", '.');
    has_subject_and_verb(&out).then_some(out)
}

/// "your comment that the inspection will be about culture", "the story about the
/// previous manager who …" (round 43's letter sent that as a sentence of its own): a
/// remark and what it said or was about, with no verb of its own.
/// "About" only where the note speaks of the interviewer (`about_her`, the moment):
/// elsewhere "the question about a driver reporting …" opens the answer itself.
fn remark_phrase(ws: &[Tok], about_her: bool) -> bool {
    at(ws, 0, DET)
        && (at(ws, 2, THAT) || about_her && tk_k(ws, 2) == "about")
        && is_remark(tk_k(ws, 1))
}

/// "did the daily logs at greenway, set the misting": where no question is asked for,
/// a past "did" or "had" before "the" with no "?" is what the writer did.
fn did_the(ws: &[Tok], frame: &Frame) -> bool {
    !frame.questions
        && matches!(tk_k(ws, 0), "did" | "had")
        && at(ws, 1, DET)
        && !ws.last().is_some_and(|w| w.t.ends_with('?'))
}

/// Whether a phrase after a comma past `s` opens, maybe after "then" or "and", with a
/// verb of [`STEP_VERBS`]: the note is a list of steps.
fn later_step(ws: &[Tok], s: usize) -> bool {
    (s + 1..ws.len().saturating_sub(1)).any(|j| {
        let k = j + 1 + usize::from(matches!(tk_k(ws, j + 1), "then" | "and"));
        ws[j].t.ends_with(',') && word_in(STEP_VERBS, tk_k(ws, k))
    })
}

/// Verbs a step opens with whatever follows them ("move ward ordering closer to
/// mealtimes").
const STEP_VERBS: &str = "move offer share cut check ask find set add use call tell keep put \
    give bring start stop review track train plan write run agree book log record look test \
    compare validate document escalate";

/// Whether the words before the colon at `c` have no verb: an adjective in "un-…-ed"
/// before its noun ("unanticipated difficult airway") is none.
fn verbless_topic(ws: &[Tok], c: usize) -> bool {
    part(ws, 0, c + 1).iter().enumerate().all(|(i, w)| {
        // "deer with broken leg": a participle after "with" or a determiner
        // describes its noun.
        let describes = i > 0 && (ws[i - 1].k == "with" || at(ws, i - 1, DET));
        w.f & (FIN | SUBJ | SV) == 0 && (w.f & PASTX == 0 || adjective_ed(ws, i) || describes)
    })
}

/// For a word that is as often a verb of the writer's ("collapsed warehouses into one
/// hub", "cancelled subscriptions nobody used"): a state only before one thing
/// ("collapsed dog at 2am - i'd …"), with nothing done to it on the way (no "into",
/// "to", "with" before the dash: the review of session 24).
fn state_of_one(ws: &[Tok]) -> bool {
    let one = ws
        .get(1)
        .is_some_and(|n| !n.k.ends_with('s') || n.k.ends_with("ss"));
    // (The topic is short: a dash within six words; an earlier step may have made
    // it a colon or put "I" in its place.)
    let topic = ws
        .iter()
        .take(6)
        .take_while(|w| !matches!(w.t.as_str(), "-" | "–" | "—" | "I") && !w.t.ends_with(':'));
    one && !topic
        .into_iter()
        .any(|w| word_in("into to with by from for", &w.k))
}

/// Whether the word at `i` is an adjective in "-ed" before a noun ("unplanned
/// downtime", "unanticipated difficult airway"), not a verb that dropped its "I"
/// ("uncovered £48k", "unblocked the line").
fn adjective_ed(ws: &[Tok], i: usize) -> bool {
    let k = tk_k(ws, i);
    // A food buyer's "chilled availability above 98.5%" is a measure, not a verb that
    // dropped its "I" (round 56 sent "I chilled availability …").
    // So is "mixed practice" in a vet's reasons (a "why" with its commute set aside
    // opened on it: "I mixed practice").
    // So are the walled garden, listed buildings and detailed work a gardener or a
    // surveyor is drawn to (round 141 sent "I walled garden, heritage veg").
    let particle = word_in("up off in out down on over", tk_k(ws, i + 1));
    let kept_cold = !particle
        && (word_in("chilled canned mixed", k)
            || word_in("walled detailed specialised specialized experienced", k))
        && ws
            .get(i + 1)
            .is_some_and(|n| n.f & (FUNC | NUM | OBJ | PASTX) == 0);
    // "hit rate on cold calls", "lit review for my dissertation": a noun first.
    let compound = word_in("hit lit", k) && word_in("rate rates review reviews", tk_k(ws, i + 1));
    // "stuck ferment - confirm with gravity readings …": a state before the noun of
    // a topic named first (round 94 sent "I stuck ferment").
    let state = i == 0
        // "collapsed dog at 2am - i'd do a primary survey" too (round 126 sent "I
        // collapsed dog").
        && (word_in("stuck broken burst frozen failed blocked missed damaged", k)
            || word_in(
                "collapsed injured crashed flooded cancelled delayed overbooked",
                k,
            ) && state_of_one(ws))
        && ws
            .get(1)
            .is_some_and(|n| n.f & (FUNC | NUM | OBJ | PASTX) == 0)
        && ws
            .iter()
            .take(6)
            .any(|w| w.t.ends_with(':') || matches!(w.t.as_str(), "-" | "–" | "—"));
    kept_cold
        || compound
        || state
        || k.len() > 6
            && k.starts_with("un")
            && k.ends_with("ed")
            && !ends_clause(&ws[i].t)
            && ws
                .get(i + 1)
                .is_some_and(|n| n.f & (FUNC | NUM | OBJ | PASTX) == 0)
}

/// "On the {topic}, I …" for a note that names a topic without a verb, then a colon
/// and a clause: one with its subject ("urgent repair: I'd explain …") or one that
/// dropped its "I" ("electric buses question: done IMI level 2 in March", "hospital
/// scheme: want to run a job that size").
fn topic_then_clause(ws: &[Tok]) -> Option<String> {
    // "the question about cuttings getting too wet under the mist: I'd …" names its
    // topic at more length (round 93 sent it as typed).
    let question = tk_k(ws, 1) == "question";
    let c = ws
        .iter()
        .take(if question { 14 } else { 8 })
        .position(|w| w.t.ends_with(':'))?;
    let topic = part(ws, 0, c + 1);
    let verbless = verbless_topic(ws, c);
    // A model number ("840D") names a thing; a bare figure ("40") does not.
    let figure = ws[0].f & NUM != 0 && ws[0].k.bytes().all(|b| b.is_ascii_digit());
    // One word before the colon is a topic only when it is a model number.
    let one_word = c == 0 && ws[0].f & NUM == 0;
    if figure || !verbless || one_word {
        return None;
    }
    // "your question about a difficult forecast: the point I was trying to make is …":
    // a topic may open with "your", "my" or "the", if a clause follows.
    let owned = matches!(ws[0].k.as_str(), "your" | "my" | "our" | "the");
    if fl(ws, 0) & (FUNC | ADVX) != 0 && !owned {
        return None;
    }
    let s = skip_adverbs(ws, c + 1);
    let first = ws.get(s)?;
    let clause = || has_subject_and_verb(&sentence("", part(ws, s, ws.len()), 0, "", '.'));
    // "Alternate law: in ALT 1 you keep …": a clause that opens with a phrase of its
    // own follows the topic as it is.
    let phrase_first = first.f & (PREP | DET) != 0 && first.f & NUM == 0;
    let dropped_i = first.f & (PASTX | FPV | AUX1) != 0 && first.t.starts_with(is_lower);
    let subject = if first.f & (SUBJ | SV) != 0 {
        ""
    } else if matches!(first.k.as_str(), "done" | "been") && !owned {
        "I have "
    } else if dropped_i && (!owned || first.f & PASTX != 0 && done_to_something(ws, s)) {
        // "the Enviro400 kneeling fault - traced it to …" too, whatever comes after
        // (round 118 sent "On the Enviro400 kneeling fault, traced it …").
        "I "
    } else if (owned || phrase_first) && first.f & NUM == 0 && clause() {
        ""
    } else {
        return None;
    };
    // "On verifying an image, …", not "On the verifying …"; "current place: took us
    // from …" is where the writer worked: "At my current place, I took us …".
    let bare = topic[0].f & INGX == 0;
    let own = matches!(topic[0].k.as_str(), "current" | "last" | "previous" | "old");
    let mut pre = String::from(match (own, bare) {
        (true, _) => "At my ",
        (false, true) if owned => "On ",
        (false, true) => "On the ",
        (false, false) => "On ",
    });
    let mut head = join(topic, inner(topic));
    head.pop();
    // The question was the reader's: "On your question about …".
    // Only a plain "the" typed first: a quote or an emoji before it stays as typed.
    if question
        && ws[0].t.eq_ignore_ascii_case("the")
        && head
            .get(..4)
            .is_some_and(|h| h.eq_ignore_ascii_case("the "))
    {
        head.replace_range(..3, "your");
    }
    // "Electric buses" was capitalised only because the note started with it.
    if head.len() > 1 && head.as_bytes()[1].is_ascii_lowercase() {
        head[..1].make_ascii_lowercase();
    }
    pre.push_str(&head);
    pre.push_str(", ");
    pre.push_str(subject);
    let out = sentence(&pre, part(ws, c + 1, ws.len()), 0, "", '.');
    has_subject_and_verb(&out).then_some(out)
}

/// Whether the past verb at `s` has an object right after it ("traced it", "fixed the
/// …"), so it is the writer's doing and not the topic's own ("the Leeds site - closed
/// in 2023": the review of session 22).
fn done_to_something(ws: &[Tok], s: usize) -> bool {
    word_in("it them the a an my our his her their", tk_k(ws, s + 1)) || at(ws, s + 1, NUM)
}

/// The words as a question. A second question joined on as a phrase ("… and what DMS
/// you use") gets its "do" ("…, and what DMS do you use?").
fn direct_question(ws: &[Tok]) -> String {
    let second = (1..ws.len()).find(|&i| tk(ws, i).k == "and" && at(ws, i + 1, WHW));
    let you = second.and_then(|i| {
        (i + 2..ws.len().min(i + 5))
            .take_while(|&j| fl(ws, j) & FIN == 0)
            .find(|&j| tk(ws, j).k == "you" && fl(ws, j + 1) & (FIN | FUNC | ADVX) == 0)
    });
    match (second, you) {
        (Some(i), Some(j)) if j + 1 < ws.len() => {
            let mut s = join(part(ws, 0, i), 0);
            s.push_str(", ");
            s.push_str(&join(part(ws, i, j), 0));
            s.push_str(" do ");
            sentence(&s, part(ws, j, ws.len()), 0, "", '?')
        }
        _ => sentence("", ws, 0, "", '?'),
    }
}

/// A note that dropped its subject in a known way: "since read up on …" ("Since
/// then, I have read up …"), "been on nights 7 years" ("I have been on nights for 7
/// years"), "last school came in under budget" ("My last school …").
fn dropped_subject(ws: &[Tok]) -> Option<(String, bool)> {
    // "since read up on the project …": "Since then, I have" dropped.
    if tk(ws, 0).k == "since"
        && matches!(
            tk_k(ws, 1),
            "read"
                | "looked"
                | "researched"
                | "learned"
                | "learnt"
                | "spoken"
                | "talked"
                | "watched"
        )
    {
        let s = sentence("Since then, I have ", part(ws, 1, ws.len()), 0, "", '.');
        if has_subject_and_verb(&s) {
            return Some((s, true));
        }
    }
    // "done the difficult airway course": "I have" dropped.
    // "done 2 summers on my uncle's farm" too.
    // "Done it on a 25 min turn at Stansted" as well (round 100 left it out).
    if tk(ws, 0).k == "done" && (at(ws, 1, DET | NUM) || tk_k(ws, 1) == "it") {
        let s = sentence("I have ", ws, 1, "", '.');
        if has_subject_and_verb(&s) {
            return Some((s, true));
        }
    }
    // "been on nights 7 years": "I have" dropped (the "for" before the time served is
    // [`time_served`]'s).
    if tk(ws, 0).k == "been" && ws.len() > 1 {
        let s = sentence("I have ", ws, 1, "", '.');
        if has_subject_and_verb(&s) {
            return Some((s, true));
        }
    }
    // "dissertation got 78": a piece of the writer's own work, or their own unit,
    // before its verb.
    if at(ws, 1, PASTX) && word_in(OWN_WORK, &tk(ws, 0).k) {
        let s = sentence("My ", ws, 1, "", '.');
        if has_subject_and_verb(&s) {
            return Some((s, true));
        }
    }
    // "Supplier did the templating on those", "survey was 300 cu ft short": a thing
    // or a party of the story named bare before its verb takes "the" (round 37's
    // reader: "raw notes").
    if at(ws, 1, PASTX | FIN)
        && fl(ws, 0) & (FUNC | NUM) == 0
        && at(ws, 2, DET | NUM | ADVX | PREP)
        && word_in(THE_NOUNS, &tk(ws, 0).k)
    {
        let s = sentence("The ", ws, 1, "", '.');
        if has_subject_and_verb(&s) {
            return Some((s, true));
        }
    }
    // "turning point was a loan machine …", "biggest win was …": a superlative or a
    // key noun before its "was" takes "the" (round 94 sent "Turning point was …").
    let is_at = |j: usize| matches!(tk_k(ws, j), "was" | "is");
    if word_in(
        "turning biggest best main key hardest proudest worst toughest real first",
        &tk(ws, 0).k,
    ) && (is_at(1) || fl(ws, 1) & FUNC == 0 && is_at(2))
    {
        let s = sentence("The ", ws, 1, "", '.');
        if has_subject_and_verb(&s) {
            return Some((s, true));
        }
    }
    // "last school came in under budget": the user's own last one.
    if tk(ws, 0).k == "last" && !at(ws, 1, FUNC | CAL) && at(ws, 2, PASTX) && !lead_time(tk(ws, 1))
    {
        let s = sentence("My ", ws, 1, "", '.');
        if has_subject_and_verb(&s) {
            return Some((s, true));
        }
    }
    None
}

/// Units of work that have one lead each ("the project lead", "the site manager").
const UNITS_OF_WORK: &str = "project team site shift store department ward programme";

/// Nouns for a writer's own work or unit that a note names without its "my"
/// ("dissertation got 78", "team grew from 3 to 9").
const OWN_WORK: &str = "dissertation thesis degree project placement apprenticeship portfolio \
    team department branch store shop ward";

/// Things and parties of a story a note names bare before their verb ("supplier did
/// the templating"), which take "the".
const THE_NOUNS: &str = "survey supplier client customer contractor landlord owner site job \
    van truck system audit budget report deadline contract quote patient tenant crop \
    council sponsor insurer";

/// The words of a leading phrase with the comma that ends it, then `then`.
fn lead(ws: &[Tok], then: &str) -> String {
    let mut s = join(ws, 0);
    if ws.last().is_some_and(|w| !ends_clause(&w.t)) {
        s.push(',');
    }
    s.push(' ');
    s.push_str(then);
    s
}

/// Whether the word after "last" or "this" makes a time ("December", "year").
fn lead_time(w: &Tok) -> bool {
    w.f & CAL != 0 || word_in(TIME_NOUNS, &w.k)
}

/// Where the past-tense verb is in a note that opens with a short time or place phrase
/// and dropped its "I" after it: "last/this …" and one word, then prepositional
/// phrases of one or two words each ("at Brightpath cut …", "last December at the
/// hotel ran …").
fn lead_then_past(ws: &[Tok]) -> Option<usize> {
    // "last December", "this spring"; not "last school", which may be the subject.
    let mut i = if at(ws, 0, TIME) && ws.get(1).is_some_and(lead_time) {
        2
    } else {
        0
    };
    // "as FD at my last company took …": the role leads into the verb as a place does.
    let role = i == 0 && ws[0].k == "as" && !at(ws, 1, SUBJ | SV | FIN | PASTX);
    if role {
        i = 1 + usize::from(at(ws, 1, DET));
        while i < ws.len().min(6) && !at(ws, i, PASTX | PREP | FUNC) {
            i += 1;
        }
    }
    // "about 60% of my clients booked me again": a rough figure is the subject, no
    // place the "I" dropped after (round 80 sent "About 60% …, I booked me").
    let rough = matches!(
        tk_k(ws, i),
        "about" | "around" | "over" | "nearly" | "almost"
    );
    // Only a share of a group ("… of my clients"): "over 3 years at Tesco got
    // promoted twice" is a time the "I" dropped after.
    if rough && at(ws, i + 1, NUM) && counted_group(ws, i + 2) {
        return None;
    }
    while at(ws, i, PREP) {
        i += 2 + usize::from(at(ws, i + 1, DET));
        // Not over an article: "in 2024 a fly line pin worked loose" has its subject
        // there (round 119 sent "In 2024 a fly line pin, I worked loose").
        if !at(ws, i, PASTX | PREP | DET) {
            i += 1;
        }
        // More words of a name ("at Hartley Builders Merchants got …"), or an aside
        // in brackets after it ("(before my break)").
        // A counted phrase runs on over its lowercase nouns ("over my last 200 home
        // visits kept …"): a count or "last" marks them as the phrase's, not a subject.
        let counted = |to: usize| {
            ws[..to]
                .iter()
                .any(|w| w.f & NUM != 0 || matches!(w.k.as_str(), "last" | "past"))
        };
        while i < ws.len() && i < 10 && !at(ws, i, PASTX | PREP) {
            if ws[i].t.starts_with('(') {
                while i < ws.len() && !ws[i].t.contains(')') {
                    i += 1;
                }
            } else if !(ws[i].t.starts_with(is_upper)
                || counted(i) && fl(ws, i) & (FUNC | ADVX | INGX | DET) == 0)
                // "at my last place 40% of volunteers left": a share of a group is
                // the subject (the ninth garble hunt sent "…, I left").
                || at(ws, i, NUM) && tk_k(ws, i + 1) == "of"
            {
                break;
            }
            i += 1;
        }
    }
    let phrase_only = |ws: &[Tok]| {
        let mut aside = false;
        ws.iter().enumerate().all(|(j, w)| {
            aside |= w.t.starts_with('(');
            // A name's word in "-ing" is the name's ("at Riverside Housing got …":
            // round 130 lost the letter's best result).
            let ing = if j > 0 && w.t.starts_with(is_upper) {
                0
            } else {
                INGX
            };
            let ok = aside
                || (w.f & (FIN | SUBJ | SV | PASTX | SUB | REL | TO | ing) == 0
                    && (j + 1 == ws.len() || !ends_clause(&w.t)));
            aside &= !w.t.contains(')');
            ok
        })
    };
    // Not "after the depot closed in 2024 I renewed …": a clause with its own subject.
    // (A subject in a clause of its own after it, "… even when we were behind", is
    // that clause's.)
    let own_subject = ws
        .iter()
        .skip(i + 1)
        .take_while(|w| !ends_clause(&w.t) && w.f & SUB == 0)
        .any(|w| w.f & (SUBJ | SV) != 0);
    // "On a 10% budget cut without reducing hours: I'd review …": a topic the colon
    // closes, what the writer would do after it; "cut" is its noun (round 115 sent "On a 10%
    // budget, I cut without reducing hours").
    let topic = ws
        .iter()
        .skip(i)
        .position(|w| w.t.ends_with(':'))
        .is_some_and(|c| {
            let j = i + c + 1;
            matches!(tk_k(ws, j), "i'd" | "i'll") || matches!(tk_k(ws, j + 1), "would" | "will")
        });
    // "on connections not designed by the engineer": after "not" a participle
    // describes; it is no verb that dropped its "I".
    (i >= 2
        && !topic
        && at(ws, i, PASTX)
        && !matches!(tk_k(ws, i - 1), "not" | "there")
        && fl(ws, 0) & PSUB == 0
        && !own_subject
        && phrase_only(part(ws, usize::from(role), i)))
    .then_some(i)
}

/// Whether the note opens with a phrase that has no verb of its own (one inside a
/// relative clause is the phrase's: "Small team that actually publishes"), then a
/// comma, "and" and a clause with its subject ("…, and legal retrieval is hard"): the
/// phrase is the point, and only a frame makes it a sentence.
fn head_and_clause(ws: &[Tok]) -> bool {
    let Some(c) = ws.iter().take(14).position(|w| ends_clause(&w.t)) else {
        return false;
    };
    if !at(ws, c + 1, AND) {
        return false;
    }
    let own = ws
        .iter()
        .take(c)
        .position(|w| w.f & REL != 0)
        .unwrap_or(c + 1);
    let verbless = part(ws, 0, own.min(c + 1))
        .iter()
        .all(|w| w.f & (FIN | SUBJ | SV | PASTX | SUB | TO | OBJ) == 0);
    let w0 = tk(ws, 0);
    let about = matches!(w0.k.as_str(), "over" | "about" | "nearly" | "almost") && at(ws, 1, NUM);
    let opens = about || w0.f & (FUNC | ADVX | TIME | FPV | AUX1 | PASTX | IMP) == 0;
    verbless
        && opens
        && c > 0
        && at(ws, c + 1, AND)
        && has_subject_and_verb(&sentence("", part(ws, c + 2, ws.len()), 0, "", '.'))
}

/// Whether none of `ws` outside brackets is a verb, a subject, or a word that starts
/// a clause, and its brackets close.
fn phrase_without_verb(ws: &[Tok]) -> bool {
    let mut depth = 0usize;
    let mut prev = "";
    ws.iter().all(|w| {
        let aside = depth > 0 || w.t.starts_with('(');
        depth = bracket_depth(depth, &w.t);
        // "close to home", "next to the station": "to" there is a preposition.
        let place_to = w.k == "to" && matches!(prev, "close" | "next" | "due");
        prev = &w.k;
        aside
            || place_to
            || w.f & (FIN | SUBJ | SV | PASTX | SUB | REL | TO | OBJ) == 0
            || noun_past(w)
    }) && depth == 0
}

/// The index of the word that ends the phrase starting at `from` (it ends a clause,
/// outside brackets), if the phrase has at most six words besides an aside in
/// brackets.
fn phrase_end(ws: &[Tok], from: usize) -> Option<usize> {
    phrase_end_within(ws, from, 6)
}

/// Where the opening phrase of [`head_list_then_clause`] ends: at least two words,
/// and up to six, or eight before a verb that dropped its "I" (see [`drops_i_at`]).
fn head_phrase_end(ws: &[Tok]) -> Option<usize> {
    // "a single central with a tricky shade that had come back twice, I went to the
    // practice …": a case named with "a", then what the writer did about it, up to
    // twelve words (round 123 sent it as one spliced sentence).
    let case_then_i =
        |c: &usize| matches!(tk_k(ws, 0), "a" | "an") && at(ws, c + 1, IWE) && at(ws, c + 2, PASTX);
    phrase_end(ws, 0)
        .or_else(|| phrase_end_within(ws, 0, 8).filter(|&c| drops_i_at(ws, c + 1)))
        .or_else(|| phrase_end_within(ws, 0, 12).filter(case_then_i))
        .filter(|&c| c >= 1)
}

/// Whether the word at `i` is a verb in lowercase that dropped its "I": an opening
/// phrase of seven or eight words is framed only before one ("the contamination in
/// our growth rooms in 2024, traced it …"); "6 years electrical maintenance at Humber
/// Paper Mill, GWO BST done …" is a list.
fn drops_i_at(ws: &[Tok], i: usize) -> bool {
    // Not "unmatched txns from ~300/day …" (round 125 sent "and I unmatched …").
    at(ws, i, FPV | AUX1 | PASTX) && ws[i].t.starts_with(is_lower) && !adjective_ed(ws, i)
}

/// [`phrase_end`] for a phrase of at most `most` words besides its aside.
fn phrase_end_within(ws: &[Tok], from: usize, most: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut words = 0;
    for (j, w) in ws.iter().enumerate().skip(from).take(18) {
        let aside = depth > 0 || w.t.starts_with('(');
        depth = bracket_depth(depth, &w.t);
        words += usize::from(!aside);
        if words > most {
            return None;
        }
        if depth == 0 && ends_clause(&w.t) {
            return Some(j);
        }
    }
    None
}

/// A note that opens with a bare noun phrase of at most six words (eight before a
/// verb that dropped its "I", see [`head_phrase_end`]) and a comma, and
/// goes on with a clause of its own: the phrase in `template`, then the clause as a
/// sentence ("small team, testers sit with the devs" -> "What draws me to this role is
/// the small team. Testers sit with the devs."). None for any other shape.
fn head_then_clause(ws: &[Tok], template: &str) -> Option<(String, bool)> {
    head_list_then_clause(ws, template, true).or_else(|| head_list_then_clause(ws, template, false))
}

/// Whether the phrase up to `c` is a case named with "a", with a relative clause of
/// its own ("a shade that had come back twice"), before the writer's "I": the verb in
/// it is the case's, not the sentence's.
fn case_with_clause(ws: &[Tok], c: usize) -> bool {
    matches!(tk_k(ws, 0), "a" | "an") && at(ws, c + 1, IWE) && (2..c).any(|j| at(ws, j, REL))
}

/// [`head_then_clause`], with more phrases after the first taken into the list when
/// `list` is set.
fn head_list_then_clause(ws: &[Tok], template: &str, list: bool) -> Option<(String, bool)> {
    // At least two words before the comma: "aug, belt failure …" is a date, not a
    // phrase to frame.
    let c = head_phrase_end(ws)?;
    // Not a time or a way in ("Three years ago, I set up the food bank": the review
    // of session 26 found "One result I am proud of is three years ago.").
    if ws[..=c].iter().any(|w| w.k == "ago" || w.k == "ago,") {
        return None;
    }
    // (A case is an example, not a result nor a reason: the review of session 23.)
    let case = case_with_clause(ws, c) && template.starts_with("The example");
    let verbless = case || phrase_without_verb(part(ws, 0, c + 1));
    let opens = fl(ws, 0) & (DET | NUM) != 0
        || fl(ws, 0) & (FUNC | ADVX | TIME | FPV | AUX1 | PASTX | IMP) == 0;
    // "7 years on lifts, NVQ level 3, I can fault find …": more short phrases without
    // a verb before the clause, between commas, are the same list, framed together
    // ("… 7 years on lifts and NVQ level 3."), not a sentence each. (After a colon
    // they are the details of the first: "west front restoration: 5 years, …".)
    let mut ends = vec![c];
    while list && ws[ends[ends.len() - 1]].t.ends_with(',') {
        let from = ends[ends.len() - 1] + 1;
        let Some(to) = phrase_end(ws, from).filter(|&to| to > from) else {
            break;
        };
        let phrase = part(ws, from, to + 1);
        if !phrase_without_verb(phrase) || phrase[0].f & (FUNC | ADVX) != 0 {
            break;
        }
        ends.push(to);
    }
    let c = ends[ends.len() - 1];
    let mut t = c + 1;
    while at(ws, t, AND) {
        t += 1;
    }
    let tail = part(ws, t.min(ws.len()), ws.len());
    let w = tail.first()?;
    // A list is taken only before a clause with its own subject ("…, I can"): before
    // "lottery funded" the phrases are details, not a list.
    if ends.len() > 1 && w.f & (SUBJ | SV) == 0 {
        return None;
    }
    if !verbless || !opens || ends_clause(&w.t) || w.f & (FUNC | SUBJ | SV | DET | NUM) == FUNC {
        return None;
    }
    // "the hospital scheme - want to run a job that size": the clause dropped its "I".
    let dropped = w.f & (FPV | AUX1 | PASTX) != 0 && w.t.starts_with(is_lower);
    let clause = without_and(sentence(if dropped { "I " } else { "" }, tail, 0, "", '.'));
    if !has_subject_and_verb(&clause) {
        return None;
    }

    let mut head: Vec<Tok> = Vec::with_capacity(c + 2);
    for (i, w) in part(ws, 0, c + 1).iter().enumerate() {
        let mut w = Tok::new(w.t.clone());
        // The last two phrases of the list are joined by "and".
        if ends.len() > 1 && i == ends[ends.len() - 2] {
            let n = trim_end_set(&w.t, ",;:-–—").len();
            w.t.truncate(n);
            head.push(w);
            head.push(Tok::new("and".to_owned()));
            continue;
        }
        head.push(w);
    }
    let last = head.last_mut()?;
    let n = trim_end_set(&last.t, ",;:-–—").len();
    last.t.truncate(n);
    // "research office, supported 60+ applications a year": a place of work is where
    // the clause happened, not the result or the reason the frame would call it.
    let place = head.len() <= 4
        && ends.len() == 1
        && dropped
        && w.f & PASTX != 0
        && head.iter().all(|w| w.f & (FUNC | NUM) == 0)
        && head.last().is_some_and(|w| word_in(WORKPLACES, &w.k));
    if place {
        let mut s = String::from("In the ");
        s.push_str(&join(&head, 1));
        s.push_str(", ");
        s.push_str(&clause);
        return Some((s, true));
    }
    // Time served goes as experience, as it does alone ("I bring 4 years on …").
    let framed = match framed(&head, template)? {
        (s, _) if s.starts_with("I bring ") => s,
        _ => fill(template, &head)?,
    };
    if !has_subject_and_verb(&framed) {
        return None;
    }
    if let Some(s) = details_after(&framed, tail, &clause) {
        return Some((s, true));
    }
    if let Some(s) = place_where((&head, tail), &framed, &clause).filter(|_| ends.len() == 1) {
        return Some((s, true));
    }
    Some((format!("{framed} {clause}"), true))
}

/// "independent pharmacy, you actually get to know the patients": a place, then
/// what its people do there, is one thought ("… the independent pharmacy, where you
/// actually get to know the patients"; round 122's reader read the two as "choppy
/// fragments").
fn place_where((head, tail): (&[Tok], &[Tok]), framed: &str, clause: &str) -> Option<String> {
    let w = tail.first()?;
    let place = head
        .last()
        .is_some_and(|h| word_in(WORKPLACES, &h.k) || word_in(MORE_PLACES, &h.k));
    // The writer only in what they could do there ("where I can …"), not "where I
    // want …" nor "where I live 10 minutes away".
    let doer = if w.k == "i" {
        word_in("can could would will get", tk_k(tail, 1))
    } else {
        word_in("you we everyone everybody", &w.k)
    };
    // Not the writer's own place ("my old depot, they never trained anyone"), nor a
    // clause that says what it lacks.
    let own = matches!(tk_k(head, 0), "my" | "our");
    let lacks = tail
        .iter()
        .any(|t| matches!(t.k.as_str(), "never" | "not" | "no") || t.k.ends_with("n't"));
    if !place || !doer || own || lacks {
        return None;
    }
    let mut s = framed.to_owned();
    s.pop();
    s.push_str(", where ");
    let mut cs = clause.chars();
    if let Some(c) = cs.next() {
        s.push(if w.k == "i" { c } else { lower_char(c) });
    }
    s.push_str(cs.as_str());
    Some(s)
}

/// "my margin survey dataset, 212 sites over 3 years, now used by …": figures about
/// the thing framed follow it after a colon rather than as a sentence of their own;
/// so does a phrase without a verb ("the rota for 38 invigilators: summer 2026
/// series, zero missed sessions").
fn details_after(framed: &str, tail: &[Tok], clause: &str) -> Option<String> {
    let w = tail.first()?;
    let first_phrase = phrase_end(tail, 0)
        .or_else(|| tail.iter().take(12).position(|w| ends_clause(&w.t)))
        .map_or(tail, |e| part(tail, 0, e + 1));
    // "11 years in pensions, the last 6 on defined benefit schemes, and I'm …": a
    // share of the time served stays in the sentence after its comma ("defined" is
    // no verb there).
    let share = w.k == "the"
        && matches!(tk_k(tail, 1), "last" | "first" | "past")
        && at(tail, 2, NUM)
        && first_phrase.len() < tail.len();
    // "crew of 6, zero lost-time incidents 3 seasons running": a count of none is a
    // figure too (round 123 sent "… is the crew of 6. Zero lost-time incidents …").
    if share
        || w.f & NUM != 0
        || w.k == "zero" && tail.iter().all(|t| t.f & (SUBJ | SV | IWE) == 0)
        || phrase_without_verb(first_phrase) && first_phrase.len() < tail.len()
    {
        let mut s = framed.to_owned();
        s.pop();
        s.push_str(if share { ", " } else { ": " });
        // As typed after the colon: "summer 2026 series", "Python".
        let mut cs = clause.chars();
        if let Some(c) = cs.next() {
            s.push(if w.t.starts_with(is_lower) {
                lower_char(c)
            } else {
                c
            });
        }
        s.push_str(cs.as_str());
        return Some(s);
    }
    None
}

/// Places of work besides [`WORKPLACES`] that a reason may name ("the independent
/// pharmacy, where …").
const MORE_PLACES: &str = "pharmacy library brewery farm course club venue centre home plant \
    museum unit ward garden gardens estate surgery department service";

#[cfg(test)]
mod tests {
    use super::*;

    /// The frame kinds the tables use.
    #[derive(Clone, Copy, Debug)]
    enum K {
        /// Fragments framed as an example, no "that" lead, no questions.
        Ex,
        /// Fragments framed as the point, "that" clauses after "What I meant to say is".
        Pt,
        /// Questions welcome; fragments framed as something to ask.
        Q,
        /// No frame at all: only full sentences survive.
        Bare,
        /// As `Ex`, with a budget of 12 words.
        Tiny,
        /// The "why" field's frame, whose "{the}" slot gives a bare phrase its article.
        Why,
        /// A frame that ends in "about", as the fuller answer's does.
        About,
        /// The moment's frame, about what the interviewer said.
        Moment,
        /// What the writer learned in a job they spoke badly of.
        Learned,
    }

    /// Guards the fast list helpers: `word_in` and `count` answer as the plain forms
    /// they replaced did (`split(' ').any(..)`, a char filter), at the ends of a list,
    /// for a word inside a longer one, for the empty word and for sets mixing ASCII
    /// with curly quotes.
    #[test]
    fn fast_helpers_agree_with_the_plain_forms() {
        let lists = ["am is are", "am", "", "re out over", "a  b"];
        let words = ["am", "are", "is", "a", "m", "ar", "", "over", "b", "are is"];
        for list in lists {
            for w in words {
                let plain = list.split(' ').any(|x| x == w);
                assert_eq!(word_in(list, w), plain, "{w:?} in {list:?}");
            }
        }
        let texts = ["say \"hi\" now", "“quoted” text", "plain", "", "a.b,c;d"];
        let sets = ["\"", "“", "\"“”", ",;:", "x"];
        for text in texts {
            for set in sets {
                let plain = text.chars().filter(|&c| set.contains(c)).count();
                assert_eq!(count(text, set), plain, "{set:?} in {text:?}");
            }
        }
        // "from to" tables: the first entry whose "from" is the key, whole.
        let plain_pair = |table: &'static str, k: &str| {
            table
                .split('|')
                .find_map(|p| p.strip_prefix(k).and_then(|r| r.strip_prefix(' ')))
        };
        for k in [
            "devs", "dev", "w", "with/", "yrs", "tiktok", "", "de", "discord", "sept",
        ] {
            assert_eq!(pair(SHORTHAND, k), plain_pair(SHORTHAND, k), "{k:?}");
        }
        // The budget's word count: runs between spaces with a letter or digit in them.
        for (text, words) in [
            ("Dear Ms Hale,\n\nThank you - truly.", 6),
            ("  lone  -  dash \t tab\n", 3),
            ("", 0),
            ("£4.2m over 5 years", 4),
            ("— —", 0),
            ("a\u{a0}b – “quoted” £4.2m naïve", 5),
        ] {
            assert_eq!(crate::domain::letter::count_words(text), words, "{text:?}");
            let plain = split_words(text)
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            assert_eq!(plain, words, "{text:?}");
        }
    }

    /// Each note of `rows` shaped under a frame whose fragment is `fragment` gives its
    /// sentence: the tables of the field-specific frames below.
    fn assert_framed(fragment: &'static str, rows: &[(&str, &str)]) {
        let framed = Frame {
            fragment: Some(fragment),
            ..frame(K::Ex)
        };
        for (note, want) in rows {
            assert_eq!(shape(note, &framed).as_deref(), Some(*want), "{note:?}");
        }
    }

    /// Guards that an answer typed as steps to take ("raise the alarm, …") says what
    /// the writer would do, not "My answer now would be raise …" nor an order.
    #[test]
    fn an_answer_of_steps_says_what_i_would_do() {
        #[rustfmt::skip]
        assert_framed("My answer now would be {}.", &[
            ("raise the alarm, throw the nearest lifebuoy and tell the bridge", "I would raise the alarm, throw the nearest lifebuoy and tell the bridge."),
            ("You asked about a man overboard. Stay calm and call the bridge.", "You asked about a man overboard. I would stay calm and call the bridge."),
            ("check the kiln log first", "I would check the kiln log first."),
            ("clear communication is the key, with a daily huddle", "Clear communication is the key, with a daily huddle."),
        ]);
        // Another frame puts no words in the writer's mouth.
        assert_eq!(shape("check the kiln log first", &frame(K::Bare)), None);
    }

    /// Guards that an answer typed as steps after its topic ("chilled chicken - cook to
    /// 75c core, …") is said as what the writer would do, under the question it answers,
    /// in the fields that ask for an answer (garble hunt 18 and round 136 lost the
    /// steps); a describing word is no step, and other fields put no words in the
    /// writer's mouth.
    #[test]
    fn an_answer_typed_after_its_topic_is_what_i_would_do() {
        #[rustfmt::skip]
        assert_framed("My answer now would be {}.", &[
            // Or as the points it would cover (garble hunt 19).
            ("cap theorem - consistency, availability, partition tolerance", "On the cap theorem question, my answer would cover consistency, availability and partition tolerance."),
            ("the powershell alert: check the parent process and decode the encoded command", "On the powershell alert question, I would check the parent process and decode the encoded command."),
            ("chilled chicken - cook to 75c core, chill to under 8c within 90 mins, label w/ date, bin after 3 days", "On the chilled chicken question, I would cook to 75c core, chill to under 8c within 90 minutes, label with date, and bin after 3 days."),
            ("the CCPs on custard slice: cook custard to 75c core, blast chill to under 8c within 90 mins", "On the CCPs on custard slice question, I would cook custard to 75c core, blast chill to under 8c within 90 minutes."),
        ]);
        #[rustfmt::skip]
        assert_framed("The point I meant to make was about {}.", &[
            ("monolith vs microservices? - start w/ a modular monolith, split only when a team boundary demands it", "On the monolith versus microservices question, I would start with a modular monolith, split only when a team boundary demands it."),
            // The topic after its "about" (round 139).
            ("about safety - i do a pre use check every shift", "On the safety question, I do a pre use check every shift."),
        ]);
        // "clear routines" is no step; a head with a verb is no topic; nor is a filler,
        // a label, a note to self or a place, and a noun that looks like a verb, a
        // result already had or a noun before its own verb are no steps (the review of
        // session 28).
        #[rustfmt::skip]
        let rows = [
            ("My answer now would be {}.", "behaviour mgmt - clear routines, praise in public"),
            ("My answer now would be {}.", "i froze - check the log first"),
            ("One result I am proud of is {the}.", "stock control - cut shrink to 1%"),
            ("My answer now would be {}.", "basically - split the team into two shifts"),
            ("My answer now would be {}.", "key point - i'd cut the menu"),
            ("My answer now would be {}.", "at tesco: i ran the night shift"),
            ("My answer now would be {}.", "waste - bin bags weighed every night"),
            ("My answer now would be {}.", "the rota - split shifts were killing morale so i changed them"),
            ("My answer now would be {}.", "the budget: cut waste by 10% last year at the hotel"),
            ("My answer now would be {}.", "coach drivers need a break every 4.5 hours"),
            ("My answer now would be {}.", "triage nurse first, then the doctor"),
            ("My answer now would be {}.", "basically - nights, weekends"),
            ("My answer now would be {}.", "salary - around 28k, negotiable"),
            ("My answer now would be {}.", "references - sarah at sky, my old manager at argos"),
            ("My answer now would be {}.", "sarah's question - safety, speed, accuracy"),
        ];
        for (field, note) in rows {
            let framed = Frame {
                fragment: Some(field),
                ..frame(K::Ex)
            };
            let got = shape(note, &framed).unwrap_or_default();
            let asked = got.contains(" question");
            assert!(!got.contains("I would") && !asked, "{note:?} -> {got:?}");
        }
    }

    /// Guards that a measure the writer moved, typed as a phrase in the evidence
    /// field, says what they did ("I took green speeds from 9 to 10.5 …"), and that a
    /// phrase opening on an article keeps the frame.
    #[test]
    fn a_measure_moved_is_what_the_writer_did() {
        #[rustfmt::skip]
        assert_framed("One result I am proud of is {the}.", &[
            ("green speeds from 9 to 10.5 on the stimp over one season", "I took green speeds from 9 to 10.5 on the stimp over one season."),
            ("waste down from $300 to $120 a week", "I brought waste down from $300 to $120 a week."),
            ("the tray error rate from 3.1% to 1%", "One result I am proud of is the tray error rate from 3.1% to 1%."),
            ("sickness absence from 8% to 3%", "I cut sickness absence from 8% to 3%."),
        ]);
    }

    fn frame(k: K) -> Frame<'static> {
        let ex = Frame {
            fragment: Some("The example I had in mind is {}."),
            that_lead: None,
            questions: false,
            company: "Brightway",
            reader: "Mrs Hale",
            max_words: 45,
            address: true,
        };
        match k {
            K::Ex => ex,
            K::Pt => Frame {
                fragment: Some("The point I meant to make is {}."),
                that_lead: Some("What I meant to say is"),
                ..ex
            },
            K::Q => Frame {
                fragment: Some("I would also like to ask {}."),
                questions: true,
                ..ex
            },
            K::Bare => Frame {
                fragment: None,
                that_lead: None,
                company: "",
                ..ex
            },
            K::Why => Frame {
                fragment: Some("What draws me to this role is {the}."),
                that_lead: Some("What draws me to this role is"),
                ..ex
            },
            K::Tiny => Frame {
                max_words: 12,
                ..ex
            },
            K::About => Frame {
                fragment: Some("I should have told you about {}."),
                ..ex
            },
            K::Learned => Frame {
                fragment: Some("One thing I learned in that job is {}."),
                that_lead: Some("One thing I learned in that job is"),
                ..ex
            },
            K::Moment => Frame {
                fragment: Some("Since we spoke, I have kept thinking about {}."),
                that_lead: Some("I have kept thinking about how you said"),
                ..ex
            },
        }
    }

    // Guards the place-and-time rule (the review of session 24, H6): time off, a role
    // or a kind of work with its time is never experience "at" it.
    #[test]
    fn time_off_is_no_place_of_work() {
        for note in [
            "maternity leave, 12 months",
            "full time mum, 3 yrs",
            "a career break, 2 yrs",
            "my notice period, 3 months",
            "team leader, 3 yrs",
            "the army, 12 yrs",
        ] {
            for k in [K::Ex, K::Bare, K::Why] {
                let got = shape(note, &frame(k)).unwrap_or_default();
                assert!(
                    !got.contains(" at a ") && !got.contains("years at the army"),
                    "{note}: {got}"
                );
            }
        }
    }

    // Guards: in the user's own story nobody is turned into "you": "he" is the
    // patient, "their" is everyone's, "they" are the drivers.
    #[test]
    fn own_story_keeps_its_people() {
        let own = Frame {
            address: false,
            ..frame(K::Ex)
        };
        let rows = [
            (
                "he was reviewed within 15 minutes and went home the next day",
                "He was reviewed within 15 minutes and went home the next day.",
            ),
            (
                "everyone presents their own work at the Friday review",
                "Everyone presents their own work at the Friday review.",
            ),
            (
                "she asked me to lead the rota, and I cut agency spend by 30%",
                "She asked me to lead the rota, and I cut agency spend by 30%.",
            ),
        ];
        for (note, want) in rows {
            assert_eq!(shape(note, &own).as_deref(), Some(want), "{note}");
        }
        // "Them" in the middle of a note is what the note is about, not the company.
        assert_eq!(
            shape("keeping old masonry arches in service instead of knocking them down", &frame(K::Ex)).as_deref(),
            Some("The example I had in mind is keeping old masonry arches in service instead of knocking them down.")
        );
        // About the interviewer, "him" after another person is that person's.
        assert_eq!(
            shape(
                "she told me about a labrador whose owner brings him in",
                &frame(K::Bare)
            )
            .as_deref(),
            Some("You told me about a labrador whose owner brings him in.")
        );
        // The same note about the interviewer's own company is addressed to her.
        assert_eq!(
            shape("they opened a second clinic in Leeds", &frame(K::Bare)).as_deref(),
            Some("You opened a second clinic in Leeds.")
        );
    }

    /// Checks what every returned sentence must be: capitalised, properly ended, with
    /// a subject and a finite verb.
    fn assert_finished(sentences: &[String], ctx: &str) {
        for s in sentences {
            let first = s.chars().find(|c| c.is_alphanumeric());
            // (A term cased inside, "iPSC", keeps its case.)
            let cased_inside = s.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase);
            assert!(
                first.is_some_and(|c| !is_lower(c)) || cased_inside,
                "{ctx}: no capital: {s:?}"
            );
            assert!(s.ends_with(['.', '?', '!']), "{ctx}: no end mark: {s:?}");
            assert!(
                !s.ends_with("..") && !s.ends_with(" ."),
                "{ctx}: bad end: {s:?}"
            );
            assert!(has_subject_and_verb(s), "{ctx}: no subject and verb: {s:?}");
        }
    }

    /// Guards round 60's answer, which a comma put in after its opening "When …"
    /// clause once made the shaping leave out whole: a sentence of steps after a
    /// clause of time is kept, every step in it.
    #[test]
    fn steps_after_a_clause_of_time_are_kept() {
        let note = "When a child refuses to engage I would follow their lead for a few minutes, build the targets into something they already love, use a first/then board, and flag it to the supervising SLP if it keeps happening.";
        let s = shape(note, &frame(K::Ex)).unwrap_or_default();
        for step in ["follow their lead", "first/then board", "supervising SLP"] {
            assert!(s.contains(step), "{step:?} lost: {s:?}");
        }
    }

    #[test]
    fn shape_table() {
        use K::*;
        const EX: &str = "The example I had in mind is ";
        // One row per line, so the table reads as a table.
        #[rustfmt::skip]
        let rows: &[(&str, K, Option<&str>)] = &[
            // Days and months typed lowercase get their capital.
            ("we run puppy clinics on saturdays from june", Bare, Some("We run puppy clinics on Saturdays from June.")),
            // Shorthand and units after a number are spelled out; "HR" stays.
            ("cut the run from 6h to 50 min for the devs, 1 yr ago", Bare, Some("I cut the run from 6 hours to 50 minutes for the developers, 1 year ago.")),
            ("hr team of 3 yrs", Ex, Some("The example I had in mind is hr team of three years.")),
            ("tuned ~30 rules + cut alerts, cos the team hadnt time", Bare, Some("I tuned about 30 rules and cut alerts, because the team hadn't time.")),
            ("its actually why theres a gap, its not its fault", Bare, Some("It's actually why there's a gap. It's not its fault.")),
            ("been on nights 7 years", Bare, Some("I have been on nights for seven years.")),
            ("been a tech 6 yrs", Bare, Some("I have been a tech for six years.")),
            ("been a tech for 6 yrs", Bare, Some("I have been a tech for six years.")),
            // Session 11, from round 29's verdicts. The time served ends the first clause, and the clause after it keeps its "I".
            ("been on the boat side 8 years, want to be the one coordinating", Bare, Some("I have been on the boat side for eight years, and I want to be the one coordinating.")),
            // "its like" is "it's like"; a body of people takes no article.
            ("8 yrs RNLI crew at arbroath, i know what its like on the other end of the radio", Bare, Some("I bring eight years as RNLI crew at arbroath. I know what it's like on the other end of the radio.")),
            // Time spent doing a kind of work, where "a crime set" is no subject and verb; a named institution in brackets gets its capitals.
            ("5 yrs clerking at a crime set (mitre lane chambers), running diaries for 9 juniors", Bare, Some("I have spent five years clerking at a crime set (Mitre Lane Chambers), running diaries for nine juniors.")),
            ("8 years bookselling, the last 4 as deputy manager", Bare, Some("I have spent eight years bookselling, the last four as deputy manager.")),
            // An "-ing" word before its noun describes it; a bracket of plain words stays as typed.
            ("12 years housing association admin", Why, Some("I bring 12 years of housing association admin.")),
            ("worked at a school (the local one)", Bare, Some("I worked at a school (the local one).")),
            // A counted phrase runs on over its lowercase nouns before the verb that dropped its "I".
            ("over my last 200 home visits kept 71% at home safely", Bare, Some("Over my last 200 home visits, I kept 71% at home safely.")),
            // The writer's own piece of work before its verb takes "my".
            ("dissertation got 78, a first", Bare, Some("My dissertation got 78, a first.")),
            // A possessive after a comma opens a clause of its own.
            ("reshot 60 listings for a candle seller, her conversion went 1.8% -> 3.1% over the next 2 months", Bare, Some("I reshot 60 listings for a candle seller. Her conversion went 1.8% to 3.1% over the next 2 months.")),
            ("I thanked the client, her manager and the team", Bare, Some("I thanked the client, her manager and the team.")),
            // A modal before its subject asks a second question; one before its object dropped an "I".
            ("How do you split the commercial juniors between clerks, would I be looking after a group of my own?", Q, Some("How do you split the commercial juniors between clerks, and would I be looking after a group of my own?")),
            ("ran the night shift, would do it again", Bare, Some("I ran the night shift, and I would do it again.")),
            // "set" ending its phrase is a noun, and a plain adjective loses the capital it had only for opening the note.
            ("Commercial set, want to negotiate fees on bigger work", Why, Some("What draws me to this role is the commercial set, and I want to negotiate fees on bigger work.")),
            // A story that opens on who it was about.
            ("An elderly man who had fallen at home, uninjured, but I noticed he had barely eaten for days.", Ex, Some("There was an elderly man who had fallen at home, uninjured, but I noticed he had barely eaten for days.")),
            // The steps of a sequence follow a colon.
            ("every move has got me closer to property claims, valuing homes, then lettings, then handling claims", Bare, Some("Every move has got me closer to property claims: valuing homes, then lettings, then handling claims.")),
            // What she showed me "they use" is her company's; a patient "they see" after a plural is theirs.
            ("she showed me the rota they use", Tiny, Some("You showed me the rota you use.")),
            ("she said the patients they see are older", Tiny, Some("You said the patients they see are older.")),
            // Round 30's verdicts. Time served counted in words; a story that opens on a person with no article; a verb that takes an object, with none, was done to what came before.
            ("two years volunteering at the foodbank doing benefit checks, I'm calm with people who are panicking on the phone", Bare, Some("I have spent two years volunteering at the foodbank doing benefit checks. I'm calm with people who are panicking on the phone.")),
            ("man at the foodbank with a bailiff letter, terrified they'd take his things", Ex, Some("There was a man at the foodbank with a bailiff letter, terrified they'd take his things.")),
            ("calmed the man down, helped him apply for a DRO, approved 3 months later", Bare, Some("I calmed the man down, helped him apply for a DRO, and it was approved three months later.")),
            ("wrote the bid, approved the budget", Bare, Some("I wrote the bid, and I approved the budget.")),
            // A place of work before what was done there is where it happened, not the result.
            ("research office, supported 60+ applications a year, my faculty's success rate went 18% -> 27% over 2 yrs", Ex, Some("In the research office, I supported over 60 applications a year. My faculty's success rate went 18% to 27% over 2 years.")),
            // Initials with no vowel are capitals ("dbt" is a name written so); a topic before what the writer did takes a colon.
            ("tpms, did them daily at my last centre, know the relearn procedures for most makes", About, Some("I should have told you about TPMS: I did them daily at my last centre, and I know the relearn procedures for most makes.")),
            ("got my hgv licence and a dbs check", Bare, Some("I got my HGV licence and a DBS check.")),
            // A piece of work led takes "the"; "their" in what he said is his company's, "everyone" keeps theirs.
            ("led objc -> swift migration of the payments module", Bare, Some("I led the objc to swift migration of the payments module.")),
            ("managed rollout", Bare, Some("I managed the rollout.")),
            ("he said checkout crash rate is their north star this quarter", Tiny, Some("You said checkout crash rate is your north star this quarter.")),
            ("she said everyone presents their own work", Tiny, Some("You said everyone presents their own work.")),
            ("she said the next director will be judged on what they hand over, not on how much they grow", Ex, Some("You said the next director will be judged on what they hand over, not on how much they grow.")),
            // A comparative opening the note loses its capital in the frame.
            ("Bigger site, and the boatyard side, which I've always wanted to run properly.", Why, Some("What draws me to this role is the bigger site, and the boatyard side, which I've always wanted to run properly.")),
            // Round 31: after "I would …" the phrases between commas are its steps, not notes; a list of bare phrases still is.
            ("I would take a full history, check visual acuity with Kay pictures, cover test at near and distance with and without glasses.", Bare, Some("I would take a full history, check visual acuity with Kay pictures, cover test at near and distance with and without glasses.")),
            ("Front desk at a GP surgery 4 years, busiest practice in the city, 150+ patients a day", Bare, None),
            // Round 31 again: "incl." ends no sentence; the one lead of a unit is "the"; "~4h" keeps its "about".
            ("ran the cutover for 9 of the 14 sites, incl. the overnight cutovers", Bare, Some("I ran the cutover for 9 of the 14 sites, including the overnight cutovers.")),
            ("Project lead was my manager, the CV line should have said that", Bare, Some("The project lead was my manager. The CV line should have said that.")),
            ("cut MTTR on branch outages from ~4h to under 1h", Bare, Some("I cut MTTR on branch outages from about four hours to under one hour.")),
            // An average before its figure; money added to a measure.
            ("Took 14 underperforming sites from avg 52% to 78% occupancy in 18 months, +£2.1m EBITDA", Bare, Some("I took 14 underperforming sites from an average of 52% to 78% occupancy in 18 months, adding £2.1m to EBITDA.")),
            // A one-word label in the "why" frame is what draws, with its details after a colon.
            ("Growth - 6 new stores in the next 2 years, most of them in the north", Why, Some("What draws me to this role is the growth: six new stores in the next two years, most of them in the north.")),
            // A job named first, then what the writer did on it; someone in the story after a comma takes "and the".
            ("the listed farmhouse near hawes, grade 2, did all the sash windows in linseed paint, owner rang the firm after to say thanks", Ex, Some("On the listed farmhouse near hawes, Grade 2, I did all the sash windows in linseed paint, and the owner rang the firm after to say thanks.")),
            ("the hospital job, did all the second fix", Ex, Some("On the hospital job, I did all the second fix.")),
            // A phrase with its own subject, then a pronoun after a comma: a new sentence.
            ("at the supported housing project a 19 yr old refused keywork sessions for 3 weeks, i started doing them over a game of pool", Ex, Some("At the supported housing project a 19-year-old refused keywork sessions for 3 weeks. I started doing them over a game of pool.")),
            // Time served with its share ("the last 8"), an object after the "-ing", and "had" with its "I".
            ("15 yrs preparing pitches, last 8 as head groundsman, never had a pitch marked below average", Bare, Some("I have spent 15 years preparing pitches, the last 8 as head groundsman, and I never had a pitch marked below average.")),
            ("20 years in multi-site operations, last six as regional director for 68 car parks", Why, Some("I bring 20 years in multi-site operations, the last six as regional director for 68 car parks.")),
            // Round 32: a laugh typed to oneself goes; "because it's"; "a bit like"; bank reconciliations in Xero.
            ("she said half their clients still bring receipts in carrier bags lol", Tiny, Some("You said half your clients still bring receipts in carrier bags.")),
            ("i like that side bc its target driven and fast, bit like phone launches at work", Bare, Some("I like that side because it's target driven and fast, a bit like phone launches at work.")),
            ("cleared a 9 month backlog of bank recs in xero", Bare, Some("I cleared a 9-month backlog of bank reconciliations in Xero.")),
            // The "I" inside what a topic names is no clause of its own.
            ("On what I would bring beyond sessions: I would like to take on the prescribing lead role.", Bare, Some("On what I would bring beyond sessions, I would like to take on the prescribing lead role.")),
            // After a comma, "and want to …" and "not had …" take the writer's "I".
            ("food & bev lines is what i know, and want to get into the safety side properly", Bare, Some("Food and beverage lines is what I know, and I want to get into the safety side properly.")),
            ("learnt to check the job sheet the night before, not had a wasted visit in months", Bare, Some("I learnt to check the job sheet the night before, and I have not had a wasted visit in months.")),
            // The note's own "On" opens a topic before its steps; time served counted in words, with its share.
            ("On GNSS tides vs the gauge: check the separation model first, then the gauge datum", Bare, Some("On GNSS tides versus the gauge, I would check the separation model first, then the gauge datum.")),
            ("Twenty years in project controls on major capital programmes, the last eight in nuclear and rail.", Why, Some("I bring twenty years in project controls on major capital programmes, the last eight in nuclear and rail.")),
            // Round 33: "their" typed as "there" before its noun and verb ("there are" stays); "double booked" is one verb; no comma before "matters".
            ("he said half there work comes off referrals from the equine hospital", Tiny, Some("You said half your work comes off referrals from the equine hospital.")),
            ("there are 3 sites", Bare, Some("There are three sites.")),
            ("how do new consultants learn the product - are there fam trips to Japan?", Q, Some("How do new consultants learn the product - are there fam trips to Japan?")),
            ("Double booked a hen party at the trampoline park", Bare, Some("I double-booked a hen party at the trampoline park.")),
            ("the impact assessment adopted in August, matters because most of my casework is that", Bare, Some("The impact assessment adopted in August matters because most of my casework is that.")),
            // In the "why" field an action verb is what the writer wants to do; a habit kept up for a time served is "I have run".
            ("build it properly from scratch this time", Why, Some("I want to build it properly from scratch this time.")),
            ("run my own team", Ex, Some("I run my own team.")),
            ("run 'stargazing at the allotments' nights for 3 yrs, raised £2.4k for the new telescope", Ex, Some("I have run 'stargazing at the allotments' nights for three years, and I raised £2.4k for the new telescope.")),
            // Round 34: what the interviewer did, told without its subject; "done" before a count; a relative's with its apostrophe ("my uncles are" stays).
            ("showing me his leggett that was his grandads", Ex, Some("You showed me your leggett that was your grandad's.")),
            ("done 2 summers on my uncles farm", Bare, Some("I have done two summers on my uncle's farm.")),
            ("my uncles are farmers", Bare, Some("My uncles are farmers.")),
            // A participle after "with" describes the topic's noun; "make it" is a step.
            ("deer with broken leg on road at night - make it safe with hazards, call police", Bare, Some("On the deer with broken leg on road at night, I would make it safe with hazards, call police.")),
            ("in my last farm my pens average 12.8 weaned per sow", Bare, Some("In my last farm my pens average 12.8 weaned per sow.")),
            // Shop and platform words a note leaves lowercase.
            ("shot product for 3 small etsy brands across 400 skus", Bare, Some("I shot product for 3 small Etsy brands across 400 SKUs.")),
            ("IBNR = money set aside, 11 days -> 2", Bare, Some("IBNR is money set aside, 11 days to 2.")),
            ("her point that their churn problem is onboarding", Ex, Some("The example I had in mind is your point that your churn problem is onboarding.")),
            // A lone word is too little to frame.
            ("August.", Ex, None),
            ("covered the role 4 months last yr, 40 accts for 3 yr", Bare, Some("I covered the role 4 months last year, with 40 accounts for 3 years.")),
            // Holidays too, while a word that only ends in "s" keeps its own case.
            ("ran 31 christmas parties in 25 days", Bare, Some("I ran 31 Christmas parties in 25 days.")),
            // The "I" dropped after a short place or time phrase comes back after it.
            ("at brightpath cut the regression run from 6h to 50 min", Bare, Some("At brightpath, I cut the regression run from 6 hours to 50 minutes.")),
            ("Last December at the hotel ran 31 parties in 25 days", Bare, Some("Last December at the hotel, I ran 31 parties in 25 days.")),
            ("last year ran a knee class for 8 patients", Bare, Some("Last year, I ran a knee class for eight patients.")),
            // "Last school" is no time: it may be the subject ("last school came in under budget").
            ("last school came in 3% under budget", Bare, Some("My last school came in 3% under budget.")),
            // A subject after the phrase is left alone.
            ("at Brightway the team cut costs by 12%", Bare, Some("At Brightway the team cut costs by 12%.")),
            // A closing figure that went down or up, with no verb of its own: "with".
            ("we cut the run to 50 min, flaky failures down from 9% to 2%", Bare, Some("We cut the run to 50 minutes, with flaky failures down from 9% to 2%.")),
            // ...but not without a number, nor after a phrase with no verb.
            ("we cut churn, costs down", Bare, Some("We cut churn, costs down.")),
            // The interviewer named in a note about her is "you".
            ("mrs hale said the last three heads lasted under two years", Ex, Some("You said the last three heads lasted under two years.")),
            ("Hale's team is moving to one system", Ex, Some("Your team is moving to one system.")),
            ("Mrs Hale is hiring two more buyers", Ex, Some("You are hiring two more buyers.")),
            // After "she said", "their" is the company's; later in the sentence it
            // is whoever the sentence is about.
            ("she said their biggest pain is flaky tests", Ex, Some("You said your biggest pain is flaky tests.")),
            // A share of theirs is still theirs, in "her saying …" too.
            ("she said half their tickets are really docs tickets", Ex, Some("You said half your tickets are really docs tickets.")),
            ("her saying most of their drivers are agency staff", Why, Some("What draws me to this role is your saying most of your drivers are agency staff.")),
            // Notes a frame would only dress up are left out: a label and a colon, a
            // comma before a new bare phrase, a figure between plain words, an object
            // pronoun as a subject, a start that belongs to a sentence before it.
            ("3 years on new build cladding, miss proper carving", Why, None),
            ("the current farm 420 cows", Ex, None),
            ("first off: full check against the drawing", Pt, None),
            ("running a big yard on a small team: 22 horses, 2 grooms", Ex, Some("The example I had in mind is running a big yard on a small team: 22 horses, 2 grooms.")),
            ("running a big yard on a small team — 22 horses, 2 grooms, planning everything", Ex, Some("The example I had in mind is running a big yard on a small team — 22 horses, 2 grooms, planning everything.")),
            ("Current farm 420 cows, took over fertility 2 seasons ago", Bare, None),
            ("38 blades leading edge repairs in 2025, I signed off the repair sheets", Bare, None),
            ("I billed £94k in my 2nd year, top of an office of 11", Bare, Some("I billed £94k in my second year, top of an office of 11.")),
            ("I had a migraine so wasn't as sharp as usual", Bare, Some("I had a migraine so I wasn't as sharp as usual.")),
            ("I led the redis failover (mar 2025)", Bare, Some("I led the Redis failover (March 2025).")),
            ("Since read up on the project lots in cumbria", Bare, Some("Since then, I have read up on the project lots in Cumbria.")),
            ("if the residual dropped id take a grab sample", Bare, Some("If the residual dropped, I'd take a grab sample.")),
            ("my photo id also expired last week", Bare, Some("My photo id also expired last week.")),
            ("I rewrote the leaflet for south asian pts, understanding went 30% to 72% on re-audit", Bare, Some("I rewrote the leaflet for south asian patients, understanding went from 30% to 72% on re-audit.")),
            ("current place: took us to a documented profile library", Bare, Some("At my current place, I took us to a documented profile library.")),
            ("I fixed the rig, it wasn't a reflection of the crew", Bare, Some("I fixed the rig; it wasn't a reflection of the crew.")),
            ("In 2025, I signed off 38 blade repairs", Bare, Some("In 2025, I signed off 38 blade repairs.")),
            ("nearly all of them stayed three years or more", Pt, None),
            ("so 23% relative, 14 pts absolute", Ex, None),
            ("sorry again for getting your name wrong", Pt, None),
            // A comma before a joining word, a participle or a short list is prose.
            ("the rota scheme, which cut agency spend", Why, Some("What draws me to this role is the rota scheme, which cut agency spend.")),
            ("the stock systems, including the new scanners", Why, Some("What draws me to this role is the stock systems, including the new scanners.")),
            ("Python, SQL and dbt", Ex, Some("The example I had in mind is Python, SQL and dbt.")),
            ("we are at the point where it needs a system, that's the bit I love", Bare, Some("We are at the point where it needs a system. That's the bit I love.")),
            ("led a test purchase op summer 2025", Bare, Some("I led a test purchase operation in summer 2025.")),
            // A bare phrase, then "and" and a clause: the frame takes the whole.
            ("Small team that actually publishes and ships, and legal retrieval is a hard problem", Why, Some("What draws me to this role is the small team that actually publishes and ships, and legal retrieval is a hard problem.")),
            ("Over 600 court assignments since 2019 with no complaints, and I was requested by name", Ex, Some("The example I had in mind is over 600 court assignments since 2019 with no complaints, and I was requested by name.")),
            // A dependent clause the user ended with a comma, or one whose verb takes a
            // clause, gets no comma of ours; "so" after "said" stays.
            ("When I realised I had made an error, I said so.", Bare, Some("When I realised I had made an error, I said so.")),
            ("If I knew I had made an error I would say so", Bare, Some("If I knew I had made an error, I would say so.")),
            // The interviewer and an "-ing" of speaking, with no verb, is what she did.
            ("Mrs Hale talking about the family who funded the garden room", Ex, Some("You talked about the family who funded the garden room.")),
            ("Hale wanting the costumes to look lived in not like a museum, the mud on the hems conversation", Ex, Some("You wanted the costumes to look lived in, not like a museum.")),
            // What the writer is good at, with "I am" dropped.
            ("best at calming things down when players are angry", Bare, Some("I am best at calming things down when players are angry.")),
            ("Good at getting volunteers to keep coming back", Bare, Some("I am good at getting volunteers to keep coming back.")),
            // A place to work with no article; "like" before a figure; platforms by name.
            ("Smaller firm where the paraplanner talks to clients", Why, Some("I want to be part of a smaller firm where the paraplanner talks to clients.")),
            ("ive put 200 hrs into the game on discord and tiktok", Bare, Some("I've put 200 hours into the game on Discord and TikTok.")),
            // A phrase that ends on "done" is what the writer has done.
            ("180/250 logbook scans done, passed the written exam first time in June", Bare, Some("I have done 180/250 logbook scans, and I passed the written exam first time in June.")),
            // An apology the writer chose to make is said in the first person.
            ("sorry for getting your name wrong on the call", Bare, Some("I am sorry for getting your name wrong on the call.")),
            ("he asked if id ever refused a lift", Bare, Some("You asked if I'd ever refused a lift.")),
            // A graduate is one now; a role ends at an aside in brackets or "from".
            ("Economics graduate (Leeds)", Bare, Some("I am an Economics graduate (Leeds).")),
            ("chemistry graduate from Leeds", Bare, Some("I am a chemistry graduate from Leeds.")),
            ("Economics graduate (Leeds), dissertation on pricing, 6-month placement doing promo analysis", Bare, Some("I am an Economics graduate (Leeds), with a dissertation on pricing and a 6-month placement doing promo analysis.")),
            ("Chief engineer on DP2 PSVs for 8 years, owner's rep for 2 drydocks", Bare, Some("I was a chief engineer on DP2 PSVs for eight years, and an owner's rep for two drydocks.")),
            // A participle after a preposition is an adjective, not the verb.
            ("Dissertation on own-label versus branded products", Bare, None),
            // A wish after a dash, with its "I" dropped, is the writer's own clause.
            ("Hale said the hub is moving to proper tasking - want to be part of that", Ex, Some("You said the hub is moving to proper tasking, and I want to be part of that.")),
            // A place to work is what the writer wants to be part of.
            ("a mid-sized brand where the sustainability lead sits close to buying decisions", Why, Some("I want to be part of a mid-sized brand where the sustainability lead sits close to buying decisions.")),
            ("An independent practice with proper appointment times", Why, Some("I want to be part of an independent practice with proper appointment times.")),
            ("a scientific peer not a sales rep", Why, Some("What draws me to this role is a scientific peer, not a sales rep.")),
            // An opening "If" clause ends at its comma.
            ("If you ring and I'm not somewhere I can talk properly I will ask to call you back", Bare, Some("If you ring and I'm not somewhere I can talk properly, I will ask to call you back.")),
            // A qualification held still is; "that" before a subject is no subject.
            ("Master mariner with 30 years in ferry operations", Bare, Some("I am a master mariner with 30 years in ferry operations.")),
            ("the brooch he handed me, and that he starts everyone off on repairs", Bare, None),
            // A story told in notes: a person doing something, and "let him".
            ("let them finish and got the duty manager", Bare, Some("I let them finish and got the duty manager.")),
            ("I moved the customer away from the queue, let him say his piece", Bare, Some("I moved the customer away from the queue, and I let him say his piece.")),
            ("4 yrs on the shop floor, im the one who notices stuff", Why, Some("I bring four years on the shop floor. I'm the one who notices stuff.")),
            // A common adjective typed with a capital is lowercased inside a frame.
            ("Local authority side, I want to sign things off", Why, Some("What draws me to this role is the local authority side. I want to sign things off.")),
            // "its" before what something is, not whose.
            ("the nights suit me and its chilled which I know", Bare, Some("The nights suit me and it's chilled, which I know.")),
            ("I like the firm and its team and its clients", Bare, Some("I like the firm and its team and its clients.")),
            // A span of years is spelled out; seconds and minutes too.
            ("2022–24 i was caring for my mum", Bare, Some("From 2022 to 2024 I was caring for my mum.")),
            ("I worked there between 2019-2021", Bare, Some("I worked there between 2019-2021.")),
            ("I should have said that in 30 secs", Bare, Some("I should have said that in 30 seconds.")),
            // A pronoun of the other gender than the interviewer's is someone else's.
            ("she said a good stillman uses his nose as much as the panel", Bare, Some("You said a good stillman uses his nose as much as the panel.")),
            // A phrase put first and taken up again by a pronoun goes back in its place.
            ("The fortnightly drops instead of big seasons, I like that because you can react fast", Bare, Some("I like the fortnightly drops instead of big seasons because you can react fast.")),
            ("low power stuff that actually goes in the sea, ive only done it on the bench", Bare, Some("I've only done low power stuff that actually goes in the sea on the bench.")),
            ("In my last job, I did it all", Bare, Some("In my last job, I did it all.")),
            // Time served, and where: experience the writer brings; in a role, as one.
            ("6 years process operator at a dairy plant", Why, Some("I bring six years as a process operator at a dairy plant.")),
            ("moving from in store visual merch to online, I love the data side", Why, Some("What draws me to this role is moving from in store visual merch to online. I love the data side.")),
            ("next time I'd take the call somewhere with signal", Ex, Some("Next time I'd take the call somewhere with signal.")),
            ("12 years on the tools", Why, Some("I bring 12 years on the tools.")),
            ("2,400 hours on the ATR 72", Why, Some("I bring 2,400 hours on the ATR 72.")),
            ("Hale wanting the costumes to look lived in not like a museum", Ex, Some("You wanted the costumes to look lived in, not like a museum.")),
            ("you said their churn problem is onboarding", Ex, Some("You said your churn problem is onboarding.")),
            ("when he said they want the calving rate up from 58%", Ex, Some("You said you want the calving rate up from 58%.")),
            ("she said the team is 7 people and everyone presents their own work", Ex, Some("You said the team is seven people and everyone presents their own work.")),
            // "After" opens a clause with its own subject: no "I" is added after it,
            // and the main clause gets its comma.
            ("after the depot closed in 2024 i renewed my licences", Bare, Some("After the depot closed in 2024, I renewed my licences.")),
            // A first-person verb after a comma gets its "I" back.
            ("I spent a decade writing about it, want to help make the decisions", Bare, Some("I spent a decade writing about it, and I want to help make the decisions.")),
            // A wh-question typed without "?" is still asked.
            ("what support do new starters get in the first 3 months", Q, Some("What support do new starters get in the first three months?")),
            // A verb first is no bare phrase.
            ("want more acute work, AMU sees a bit of everything", Why, Some("I want more acute work. AMU sees a bit of everything.")),
            // No comma between a subject and its verb.
            ("the timber frame schools specifically, is what I want to do", Bare, Some("The timber frame schools specifically is what I want to do.")),
            // A dependent clause gets the comma it needs before the main one.
            ("since we spoke i have read your annual report", Bare, Some("Since we spoke, I have read your annual report.")),
            ("since our call I've read up on the trials", Bare, Some("Since our call, I've read up on the trials.")),
            ("we go live in feb with 40 appts a week in 12 langs", Bare, Some("We go live in February with 40 appointments a week in 12 languages.")),
            // A bare phrase and a clause: the phrase in the frame, with its article, and
            // the clause after it.
            ("small team, testers are in every ticket from day one", Why, Some("What draws me to this role is the small team. Testers are in every ticket from day one.")),
            ("the exercise classes, it's the part I was good at", Why, Some("What draws me to this role is the exercise classes. It's the part I was good at.")),
            // The article is not added before a determiner, an "-ing" form or "more".
            ("health product where research decides treatment", Why, Some("What draws me to this role is the health product where research decides treatment.")),
            ("keeping old arches in service", Why, Some("What draws me to this role is keeping old arches in service.")),
            ("more time with families", Why, Some("What draws me to this role is more time with families.")),
            ("still public money, but a different culture", Why, Some("What draws me to this role is that it is still public money, but a different culture.")),
            // An "-ing" phrase whose only verb-like word is a participle is a fragment.
            ("Moving to a proper dedicated venue", Why, Some("What draws me to this role is moving to a proper dedicated venue.")),
            ("Running the warehouse taught me patience", Why, Some("Running the warehouse taught me patience.")),
            ("her saying the stores all run differently", Why, Some("What draws me to this role is your saying the stores all run differently.")),
            // A remark and what it said is no sentence either.
            ("her comment that the inspection will be about culture", Ex, Some("The example I had in mind is your comment that the inspection will be about culture.")),
            // A topic, a colon and steps: what I would do about it.
            ("patient not doing home exercises: first find out why, then cut the programme", Ex, Some("On the patient not doing home exercises, I would first find out why, then cut the programme.")),
            // A colon list of things is no list of steps.
            ("what I learned: exact repro steps", Bare, None),
            // A note that dropped its "I" gets it back, even when a later clause has
            // a subject of its own (which then stands as a sentence of its own).
            ("handled 40+ cases last year, none went to tribunal", Bare, Some("I handled over 40 cases last year, and none went to tribunal.")),
            ("Want to work on one product long term", Bare, Some("I want to work on one product long term.")),
            // Another person named first: "him" and "his" are that person, not the reader
            // (and the comma splice ends the first sentence).
            ("a rep was at 40% of target, I coached him and we rebuilt his call plan", Bare, Some("A rep was at 40% of target. I coached him and we rebuilt his call plan.")),
            // A bare noun phrase goes into the frame.
            ("the route-planning project at Brightway", Ex, Some("The example I had in mind is the route-planning project at Brightway.")),
            // A bare noun phrase without a frame is left out.
            ("the route-planning project at Brightway", Bare, None),
            // A capitalised fragment: the determiner is lowercased inside the frame.
            ("The Leeds clinic", Ex, Some("The example I had in mind is the Leeds clinic.")),
            // A "that" clause gets the "that" lead.
            ("that I cut delivery times by 12%", Pt, Some("What I meant to say is that I cut delivery times by 12%.")),
            // A "that" clause without a lead goes into the fragment frame.
            ("that I cut delivery times by 12%", Ex, Some("The example I had in mind is that I cut delivery times by 12%.")),
            // A "that" clause with no frame at all reads as a sentence without "that".
            ("That I cut delivery times by 12%.", Bare, Some("I cut delivery times by 12%.")),
            // "That" as a determiner starts an ordinary sentence.
            ("that project was my best work", Pt, Some("That project was my best work.")),
            // A question without "?" is recognised and kept where questions are welcome.
            ("what would success look like in the first six months", Q, Some("What would success look like in the first six months?")),
            // A long wh-phrase with its verb before the subject is a question; a second
            // one joined on as a phrase gets its "do".
            ("how many jobs a day does the workshop book in and what DMS you use", Q, Some("How many jobs a day does the workshop book in, and what DMS do you use?")),
            ("how many hours a week does the practice manager spend on rotas", Q, Some("How many hours a week does the practice manager spend on rotas?")),
            ("how many jobs a week does the workshop book in", Q, Some("How many jobs a week does the workshop book in?")),
            // A question is left out where questions are not welcome.
            ("What would success look like?", Ex, None),
            // A question about the interviewer's team is addressed to them.
            ("how is her team finding the new planner?", Q, Some("How is your team finding the new planner?")),
            // A wh-question without a verb is not a sentence.
            ("what about the Leeds clinic?", Q, None),
            // A "?" after a fragment is doubt: the fragment is framed.
            ("the Leeds clinic?", Ex, Some("The example I had in mind is the Leeds clinic.")),
            // Lowercase start, lowercase "i", no final stop.
            ("i led the rollout to 40 stores", Bare, Some("I led the rollout to 40 stores.")),
            // A trailing "…".
            ("We shipped a week early…", Bare, Some("We shipped a week early.")),
            // A trailing "..." and exclamation marks calmed to a full stop.
            ("we shipped a week early...!!", Bare, Some("We shipped a week early.")),
            // Breaking off after a determiner is a broken sentence: left out.
            ("I led the…", Bare, None),
            // Breaking off after "and": the joiner goes.
            ("I led the rollout and…", Bare, Some("I led the rollout.")),
            // A pause mid-sentence before a lowercase word is not a sentence end.
            ("I led the... rollout", Bare, Some("I led the rollout.")),
            // Several sentences, kept in order; "!" becomes ".".
            ("I led the rollout. we cut delivery times by 12%! Costs fell too", Bare, Some("I led the rollout. We cut delivery times by 12%. Costs fell too.")),
            // The running word total stops at max_words, keeping whole sentences.
            ("I led the rollout to 40 stores. We cut delivery times by 12% in the first quarter.", Tiny, Some("I led the rollout to 40 stores.")),
            // A first sentence longer than max_words: nothing.
            ("We cut delivery times by 12% across all forty stores in the first quarter of last year.", Tiny, None),
            // "you asked me …" is already addressed to the reader.
            ("you asked me why I left Northwind", Bare, Some("You asked me why I left Northwind.")),
            // Third person about the interviewer in a dependent clause.
            ("When she asked about the gap, I should have said that I was caring for my father", Bare, Some("When you asked about the gap, I should have said that I was caring for my father.")),
            // "her team" -> "your team", "I told her" -> "I told you".
            ("she asked about her team's planner and I told her I had never used it", Bare, Some("You asked about your team's planner and I told you I had never used it.")),
            // "he asked me" -> "you asked me".
            ("he asked me about the gap in 2021", Bare, Some("You asked me about the gap in 2021.")),
            // The verb agrees with the new "you".
            ("she is hiring for two roles and she always needs people who can plan", Bare, Some("You are hiring for two roles and you always need people who can plan.")),
            // "the interviewer" is the reader too.
            ("the interviewer was right about the gap", Bare, Some("You were right about the gap.")),
            // Narration of the slip only: left out.
            ("I went on for ages about the old warehouse software and never got to the point", Ex, None),
            // "my mind went blank": left out.
            ("my mind went blank", Ex, None),
            // "I froze" / "I messed up": left out.
            ("I just froze. I messed up the salary question", Ex, None),
            // Narration dropped, the content sentence after it kept.
            ("I rambled. I led the rollout to 40 stores.", Bare, Some("I led the rollout to 40 stores.")),
            // Narration of what was said: left out.
            ("I just said \"I worked on routing\" and moved on", Ex, None),
            // Content and narration in one sentence: the content is framed, the narration clause dropped.
            ("The route-planning project at Brightway, my best work, I just said \"I worked on routing\" and moved on.", Ex, Some("The example I had in mind is the route-planning project at Brightway, my best work.")),
            // Narration clause, then "but" and content: the content stays.
            ("led the rollout. I rambled about the old software, but we cut costs by 12%", Bare, Some("I led the rollout. We cut costs by 12%.")),
            // "I forgot to mention X": the lead goes, X is framed.
            ("I forgot to mention the Leeds clinic", Ex, Some("The example I had in mind is the Leeds clinic.")),
            // "they" meaning the company -> "you".
            ("they opened a second clinic in Leeds", Ex, Some("You opened a second clinic in Leeds.")),
            // "their" -> "your" inside a framed fragment.
            ("their new clinic in Leeds", Ex, Some("The example I had in mind is your new clinic in Leeds.")),
            // "{Company}'s" -> "your".
            ("Brightway's new clinic in Leeds", Ex, Some("The example I had in mind is your new clinic in Leeds.")),
            // The company as the subject stays.
            ("Brightway has grown to 40 stores", Ex, Some("Brightway has grown to 40 stores.")),
            // "they" for a plural named earlier in the sentence stays.
            ("our drivers hated the old app, so they switched to paper", Bare, Some("Our drivers hated the old app, so they switched to paper.")),
            // Informal spellings: "im", "i", "ive", "dont".
            ("im sure i can do this. ive done it before and i dont give up", Bare, Some("I'm sure I can do this. I've done it before and I don't give up.")),
            // Doubled spaces and stray line breaks collapse.
            ("I  led the\n rollout   to 40\r\nstores", Bare, Some("I led the rollout to 40 stores.")),
            // Surrounding straight quotes.
            ("\"I led the rollout to 40 stores.\"", Bare, Some("I led the rollout to 40 stores.")),
            // Surrounding curly quotes around a fragment.
            ("“the Leeds clinic”", Ex, Some("The example I had in mind is the Leeds clinic.")),
            // Bullets, and imperative notes to self: "mention X" frames X, "say …" keeps the clause.
            ("- mention the Leeds clinic\n- say I led the rollout", Ex, Some("The example I had in mind is the Leeds clinic. I led the rollout.")),
            // "say that …" keeps the "that" clause.
            ("say that I led the rollout", Pt, Some("What I meant to say is that I led the rollout.")),
            // "tell her …": the instruction goes.
            ("tell her I led the rollout", Bare, Some("I led the rollout.")),
            // "mention X" with no frame: left out.
            ("mention the Leeds clinic", Bare, None),
            // A "•" bullet and a fragment in the first person past tense.
            ("• led the migration of 40 stores", Bare, Some("I led the migration of 40 stores.")),
            // An irregular past tense at the start.
            ("cut delivery times by 12%", Bare, Some("I cut delivery times by 12%.")),
            // An adverb before the past tense: "I also …".
            ("Also shipped the new planner a week early", Bare, Some("I also shipped the new planner a week early.")),
            // A leading "Because …" fragment is left out, even with a frame.
            ("because the old software kept crashing", Ex, None),
            // "Because …" with a main clause is a sentence.
            ("Because the old software kept crashing, we moved to a new planner", Bare, Some("Because the old software kept crashing, we moved to a new planner.")),
            // A leading "To …" fragment is framed.
            ("to show I can run a team of twelve", Ex, Some("The example I had in mind is to show I can run a team of twelve.")),
            // An abbreviation's full stop is not a sentence end.
            ("Ms. Ortega asked about the gap", Bare, Some("Ms. Ortega asked about the gap.")),
            // Empty, whitespace, punctuation only, a lone bullet, a list number, emoji only.
            ("", Ex, None),
            ("   \n\t ", Ex, None),
            ("...!?", Ex, None),
            ("- ", Ex, None),
            ("1.", Ex, None),
            ("🚀🚀", Ex, None),
            // Function words only cannot be framed.
            ("and the", Ex, None),
            // Markup is plain text.
            ("the <b>Leeds</b> clinic", Ex, Some("The example I had in mind is the <b>Leeds</b> clinic.")),
            ("I used <b>bold</b> text", Bare, Some("I used <b>bold</b> text.")),
            // Accents: a lowercase accented first letter is capitalised.
            ("émilie asked about the Zürich office", Bare, Some("Émilie asked about the Zürich office.")),
            // CJK and emoji inside a fragment.
            ("我负责了项目 🚀", Ex, Some("The example I had in mind is 我负责了项目.")),
            // An emoji inside is kept as typed.
            ("the 🚀 launch in 東京", Ex, Some("The example I had in mind is the 🚀 launch in 東京.")),
            // A pasted blob (one "word" of a megabyte) is not prose: left out.
            (&"x".repeat(1 << 20), Ex, None),
            // Nor a megabyte of spaced dashes, nor of one-word clauses: each read in
            // one pass (the dashes took minutes, searching the rest at every dash).
            (&" - x".repeat(1 << 18), Ex, None),
            (&"I, ".repeat(1 << 18), Ex, None),
            // A note that dropped its "I" before an auxiliary.
            ("Would love to know how the Leeds clinic is doing", Ex, Some("I would love to know how the Leeds clinic is doing.")),
            // An instruction to self other than "say"/"mention" has no subject: left out, not framed.
            ("thank her for her time", Ex, None),
            // "she" after another person named in the sentence is not the interviewer.
            ("my manager said she would give me a reference", Bare, Some("My manager said she would give me a reference.")),
            // An inverted question about the interviewer: the verb before agrees.
            ("is she hiring for the Leeds clinic too?", Q, Some("Are you hiring for the Leeds clinic too?")),
            // A comma typed after a space joins the word before; a mid-sentence name's possessive is lowercase.
            ("I said , to be fair , that Brightway's planner was good", Ex, Some("I said, to be fair, that your planner was good.")),
            // "he's been" / "he's right" -> "you've been" / "you're right".
            ("He's been really helpful and he's right about the gap", Bare, Some("You've been really helpful and you're right about the gap.")),
            // Narration leaves only an adverb: nothing to frame.
            ("Honestly, I was nervous and talked too much about myself", Ex, None),
            // A numbered list: each item a sentence, the narrated one dropped.
            ("1. led the rollout\n2. cut costs by 8%\n3. I froze on the salary question", Ex, Some("I led the rollout. I cut costs by 8%.")),
            // Narration, then "but" and a sentence of content.
            ("I rambled, but the point was that I cut costs", Bare, Some("The point was that I cut costs.")),
            // A typed dash between two clauses is a full stop (round 77).
            ("I'm keen on the role - it fits my experience", Bare, Some("I'm keen on the role. It fits my experience.")),
            // A topic, a spaced dash and a clause that dropped its "I"; "q" is the question.
            ("Electric buses q - done IMI level 2 EV in march", Bare, Some("On the electric buses question, I have done IMI Level 2 EV in March.")),
            ("Urgent repair q - id explain it to the owner", Bare, Some("On the urgent repair question, I'd explain it to the owner.")),
            ("the hospital scheme - want to run a job that size", Ex, Some("The example I had in mind is the hospital scheme. I want to run a job that size.")),
            ("ur going electric, ur depot is new", Bare, Some("You're going electric. Your depot is new.")),
            ("my photo id was fine", Bare, Some("My photo id was fine.")),
            // The frame once; an adjective and its infinitive say "it is".
            ("the field design. margins at farm scale. rare to get that funded", Ex, Some("The example I had in mind is the field design. It is rare to get that funded.")),
            ("The short answer: OEE on line 3 went from 58% to 74%", Pt, Some("OEE on line 3 went from 58% to 74%.")),
            ("Last year my crew did 140 installs, zero reportable incidents, 2 callbacks", Bare, Some("Last year my crew did 140 installs, with zero reportable incidents and 2 callbacks.")),
            ("lead CRA on 7 of the 12 sites, co-monitored the other 5", Bare, Some("I lead CRA on 7 of the 12 sites, and I co-monitored the other 5.")),
            ("my survey dataset covers 212 sites, now used by 2 other groups", Bare, Some("My survey dataset covers 212 sites, now used by 2 other groups.")),
            ("store manager gave me the closures, about 10 a month, never had a complaint", Bare, Some("My store manager gave me the closures, about 10 a month, and I never had a complaint.")),
            ("Since we met, I have read the strategy, and I want to lead it", Bare, Some("Since we met, I have read the strategy, and I want to lead it.")),
            ("A quarry client wanted to drop 2 boreholes, I showed the drawdown would reach the spring", Bare, Some("A quarry client wanted to drop two boreholes; I showed the drawdown would reach the spring.")),
            // The object put first ("… check I introduced,") goes back after its verb,
            // and a participle over a span is not the writer's next step.
            ("pre-close variance check i introduced, correction runs down from ~25 to 9 a month, measured over 6 months", Bare, Some("I introduced a pre-close variance check, with correction runs down from about 25 to 9 a month, measured over 6 months.")),
            ("rota system we built, used by 40 managers", Bare, Some("We built a rota system, used by 40 managers.")),
            ("sales I doubled", Bare, Some("I doubled sales.")),
            ("the results I got were good", Bare, Some("The results I got were good.")),
            ("her saying half their tickets are really docs tickets", Ex, Some("You said half your tickets are really docs tickets.")),
            // "him saying …" is his remark too, and "have" takes its participle.
            ("him saying they've just took on the hospital contract", Ex, Some("You said you've just taken on the hospital contract.")),
            ("I have wrote the guide and had already went through it", Bare, Some("I have written the guide and had already gone through it.")),
            // "that" before a plural noun opens a clause; before a singular one it
            // may be a demonstrative.
            ("that returns are up 20% this year", Pt, Some("What I meant to say is that returns are up 20% this year.")),
            ("that process was slow", Pt, Some("That process was slow.")),
            // Short phrases before the clause are one list in the frame.
            ("7 years on lifts, NVQ level 3, I can fault find on traction", Ex, Some("I bring seven years on lifts and NVQ Level 3. I can fault find on traction.")),
            ("west front restoration, 5 yrs, lottery funded", Ex, Some("The example I had in mind is west front restoration: five years, lottery funded.")),
            ("I led a test purchase summer 2025", Bare, Some("I led a test purchase in summer 2025.")),
            ("I rewrote the quickstart, docs-related tickets down 30%", Bare, Some("I rewrote the quickstart, with docs-related tickets down 30%.")),
            ("Taking a research-heavy university that nobody has heard of and making it known", Ex, Some("The example I had in mind is taking a research-heavy university that nobody has heard of and making it known.")),
            ("Verifying an image: hash the drive before acquisition", Bare, Some("On verifying an image, I would hash the drive before acquisition.")),
            ("The short answer: listen first, then one visible early win", Bare, Some("I would listen first, then one visible early win.")),
            ("ran a 14 store rollout for a phone retailer 2025 without a days trading lost, its 20 minutes away", Bare, Some("I ran a 14-store rollout for a phone retailer in 2025 without a day's trading lost. It's 20 minutes away.")),
            ("verifying an image: I would hash it twice", Bare, Some("On verifying an image, I would hash it twice.")),
            ("at my current place took wine GP from 64% to 71% in a year", Bare, Some("At my current place, I took wine GP from 64% to 71% in a year.")),
            // A role leads into the verb as a place does; "as I said" keeps its subject.
            ("as FD at last co took cash conversion from 61% to 88%", Bare, Some("As FD at my last company, I took cash conversion from 61% to 88%.")),
            ("as a team lead cut onboarding time by half", Bare, Some("As a team lead, I cut onboarding time by half.")),
            ("as I said, the data is messy", Bare, Some("As I said, the data is messy.")),
            // A change after a comma is said "with"; "healing" before its noun is no verb.
            ("helped set up casting in 2024, avg healing time down from 14 wks to 9", Bare, Some("I helped set up casting in 2024, with the average healing time down from 14 weeks to 9.")),
            ("I ran the team, cutting costs down 10%", Bare, Some("I ran the team, cutting costs down 10%.")),
            // Places, countries and languages typed lowercase get their capitals, with
            // "north" and the like that are part of the name; "hull" is not one.
            ("I moved from the leeds store to north yorkshire, I speak polish", Bare, Some("I moved from the Leeds store to North Yorkshire. I speak Polish.")),
            ("we insure cargo and specie not hull", Bare, Some("We insure cargo and specie, not hull.")),
            // A dash before a past tense that dropped its "I" introduces what was done;
            // "been" after a comma gets its "I have".
            ("cleaned up our org last year - retired 60+ unused fields", Bare, Some("I cleaned up our org last year: I retired over 60 unused fields.")),
            ("I cleaned up the org - 60 fields retired", Bare, Some("I cleaned up the org - 60 fields retired.")),
            ("want to work for an eventing yard, been riding club level till now", Bare, Some("I want to work for an eventing yard, and I have been riding club level till now.")),
            // A noun subject after a comma splice starts a sentence; a list does not,
            // and "claim 3 covers the catalyst" is a subject and its verb.
            ("claim 3 covers the catalyst at any loading, D1 discloses it at 0.5 mol%", Bare, Some("Claim 3 covers the catalyst at any loading. D1 discloses it at 0.5 mol%.")),
            ("I speak French, German and Spanish", Bare, Some("I speak French, German and Spanish.")),
            // A share of a noun phrase is a subject.
            ("each of my moves has taken me closer to product development", Bare, Some("Each of my moves has taken me closer to product development.")),
            ("most of my wins are education", Bare, Some("Most of my wins are education.")),
            // A remark with no verb of its own goes into the frame; "the bit about" is
            // what she said.
            ("what you said about training oncology teams to do the testing", Ex, Some("The example I had in mind is what you said about training oncology teams to do the testing.")),
            ("What you said about the depot stuck with me", Ex, Some("What you said about the depot stuck with me.")),
            ("the bit about getting the second hangar line in march", Ex, Some("The example I had in mind is what you said about getting the second hangar line in March.")),
            // A model code is written in capitals.
            ("I hold my a320 type rating and did 4 c-checks in q3", Bare, Some("I hold my A320 type rating and did four c-checks in Q3.")),
            // "approx." spelled out loses its stop; "its been" is "it's been"; a year
            // between a possessive and its noun takes no "in".
            ("I checked 1,400 cases a year, approx. 98% passed", Bare, Some("I checked 1,400 cases a year, about 98% passed.")),
            ("I wait until its been examined", Bare, Some("I wait until it's been examined.")),
            ("I ran the festival's 2025 schools programme", Bare, Some("I ran the festival's 2025 schools programme.")),
            // A role at the start dropped its "I was"; a pronoun after the details that
            // follow a main clause starts a sentence.
            ("shift lead on 4 C-checks, team of 6 to 8 mechanics, i was the certifying engineer", Bare, Some("I was a shift lead on 4 C-checks, team of 6 to 8 mechanics. I was the certifying engineer.")),
            ("delivery driver for 4 years, 100+ drops a day", Bare, Some("I was a delivery driver for 4 years: over 100 drops a day.")),
            ("manager said no", Bare, Some("My manager said no.")),
            // A qualification before its role is no verb that dropped its "I".
            ("registered nurse for 6 years", Bare, Some("I have been a registered nurse for six years.")),
            ("qualified electrician since 2015", Bare, Some("I have been a qualified electrician since 2015.")),
            ("chartered surveyor, 10 years in commercial", Bare, Some("I am a chartered surveyor, 10 years in commercial.")),
            // "yet" after a comma is kept; a "who" names whom "his" means.
            ("Your point that the board cares but the buyers don't, yet.", Ex, Some("The example I had in mind is your point that the board cares but the buyers don't, yet.")),
            ("the little spaniel who wouldnt let anyone touch his feet", Ex, Some("The example I had in mind is the little spaniel who wouldn't let anyone touch his feet.")),
            ("at amazon did the checks every shift even when we were behind", Ex, Some("At Amazon, I did the checks every shift even when we were behind.")),
            // "=" before a clause with its subject introduces it; before a phrase, "is".
            ("method validation = I ran the linearity studies", Bare, Some("On the method validation, I ran the linearity studies.")),
            // "It was …" in a story stays the story's; "not designed" describes.
            ("It was a scam, and it cost them nothing", Why, Some("It was a scam, and it cost them nothing.")),
            ("on connections not designed by the engineer: i'd raise an RFI", Bare, Some("On connections not designed by the engineer, I'd raise an RFI.")),
            ("It is a single-form-entry school where the manager works with the head.", Why, Some("What draws me to this role is that it is a single-form-entry school where the manager works with the head.")),
            // An "un-…-ed" adjective opens a topic, not a verb that dropped its "I".
            ("Unanticipated difficult airway: call for help and the trolley", Bare, Some("On the unanticipated difficult airway, I would call for help and the trolley.")),
            ("uncovered £48k of unapproved overtime", Bare, Some("I uncovered £48k of unapproved overtime.")),
            // "done" dropped its "I have"; "my part:" names what follows.
            ("done the difficult airway course + ALS", Bare, Some("I have done the difficult airway course and ALS.")),
            ("my part: 90 weekly office hours and the champions programme", Bare, Some("My part was 90 weekly office hours and the champions programme.")),
            // A frame that ends in "about" takes a note that opens with "on" without it.
            ("On briefing an SIO: one page and a recommendation", About, Some("I should have told you about briefing an SIO: one page and a recommendation.")),
            // "when she said X - Y": her remark, then the writer's clause.
            ("when she said the team is new - that's why I applied", Ex, Some("You said the team is new, and that's why I applied.")),
            ("Alternate law: in ALT 1 you keep load factor protection", Bare, Some("On the alternate law, in ALT 1 you keep load factor protection.")),
            // "not X, it's Y" is a contrast, not a comma splice.
            ("the hard part isnt the weather, its telling a client no", Bare, Some("The hard part isn't the weather, it's telling a client no.")),
            // A measure before its figure is no verb: the note is framed.
            ("win rate 41% over the last 2 years", Why, Some("What draws me to this role is the win rate 41% over the last 2 years.")),
            // A whole phrase, then details without a verb: they follow a colon.
            ("Hollins University cleaning tender, £4.2m over 5 years, 9 working days from ITT to deadline", Why, Some("What draws me to this role is the Hollins University cleaning tender: £4.2m over five years, nine working days from ITT to deadline.")),
            ("rota for 38 invigilators, summer 2026 series, zero missed sessions", Why, Some("What draws me to this role is the rota for 38 invigilators: summer 2026 series, zero missed sessions.")),
            // A participle before its noun and "is" opens a subject; "led the team that
            // was cut" still dropped its "I".
            ("chilled ready meals is what i want to do", Bare, Some("Chilled ready meals is what I want to do.")),
            ("led the team that was cut", Bare, Some("I led the team that was cut.")),
            // A question may open with a phrase and a preposition before its verb.
            ("How much of the desk's output is now automated?", Q, Some("How much of the desk's output is now automated?")),
            // A topic that opens with "your" leads into the clause after the colon.
            ("Your question about a difficult forecast: the point I was making is that it held", Bare, Some("On your question about a difficult forecast, the point I was making is that it held.")),
            // A verb inside brackets is the aside's, not the sentence's, and a comma
            // inside them splits nothing.
            ("PhD in catalysis (edinburgh, viva passed oct), 3 papers", Bare, None),
            ("The rollout (all 14 stores, 2 regions) finished early", Bare, Some("The rollout (all 14 stores, 2 regions) finished early.")),
            ("PhD in catalysis (edinburgh, viva passed oct), 3 papers, taught labs", Ex, Some("The example I had in mind is PhD in catalysis (Edinburgh, viva passed October): 3 papers, and I taught labs.")),
            ("Monograph under contract with a university press, ms due 2027", Bare, None),
            ("840D: ran it about 3 months on nights", Bare, Some("On the 840D, I ran it about 3 months on nights.")),
            ("I've done that migration end to end, would like to do it again", Bare, Some("I've done that migration end to end, and I would like to do it again.")),
            ("I know what a QS does day to day", Bare, Some("I know what a QS does day to day.")),
            ("ran it on nights at last place, so can pick it up quick w the manual", Bare, Some("I ran it on nights at my last place, so I can pick it up quick with the manual.")),
            ("Twelve years in employment law, eight in private practice", Ex, Some("The example I had in mind is twelve years in employment law, eight in private practice.")),
            ("The direct trade with the huila co-op, 3rd harvest now", Bare, None),
            ("at Hartley Builders Merchants (before my break) got the debt down from £84k to £11k", Bare, Some("At Hartley Builders Merchants (before my break), I got the debt down from £84k to £11k.")),
            ("18 months customer service at a car leasing co", Ex, Some("I bring 18 months of customer service at a car leasing company.")),
            ("I cut overtime, costs down 20%", Bare, Some("I cut overtime, with costs down 20%.")),
            ("I managed 95 of a shared 180 property portfolio, arrears under 2% most months", Bare, Some("I managed 95 of a shared 180 property portfolio, with arrears under 2% most months.")),
            ("my survey dataset, 212 sites over 3 yrs, now used by 2 other groups", Ex, Some("The example I had in mind is my survey dataset: 212 sites over 3 years, now used by 2 other groups.")),
            ("I answered the phones, about 60 calls a day, 94% QA score", Bare, Some("I answered the phones, with about 60 calls a day and 94% QA score.")),
            ("zero critical findings at my last two audits", Ex, Some("The example I had in mind is zero critical findings at my last two audits.")),
            ("retail sales on my column up 30% this year since I started", Bare, Some("Retail sales on my column went up 30% this year since I started.")),
            ("jan-aug 2024 i was caring for my dad, sept-dec i retrained", Bare, Some("From January to August 2024 I was caring for my dad, September to December I retrained.")),
            ("elderly tenant wouldnt let me in (scared of scams)", Ex, Some("An elderly tenant wouldn't let me in (scared of scams).")),
            ("yr customers are mostly small trades, I worked at a car leasing co last yr", Bare, Some("Your customers are mostly small trades. I worked at a car leasing company last year.")),
            ("rang the office so we cld check my ID, incl the forms", Bare, Some("I rang the office so we could check my ID, including the forms.")),
            // A moment told as "when she said …" is the moment itself; a name with "&" keeps it.
            ("when you asked how Harrow & Vale run the commercial side", Bare, Some("You asked how Harrow & Vale run the commercial side.")),
            // A figure that went down mid-sentence reads "with …", and the clause after it joins with "and"; a closing past verb gets its "I".
            ("ran a trial of a 25p charge, single use cups down 61%, the SU adopted it", Bare, Some("I ran a trial of a 25p charge, with single use cups down 61%, and the SU adopted it.")),
            ("I built the model within 8% of actuals, got a first", Bare, Some("I built the model within 8% of actuals, and I got a first.")),
            // Notes that stay notes are left out, and so is what points back to them.
            ("Front desk at a GP surgery 4 years, busiest practice in the city, 150+ patients a day", Bare, None),
            ("Carrow: revenue £14m to £31m in 4 years, on-trade held at 40%", Bare, None),
            ("Nights, more PSV work, and you're going electric", Bare, None),
            ("Gas safe 11 years", Bare, None),
            // Steps in the present tense are not notes.
            ("I would listen first, go through our policy with them and agree a plan, then check in with them at pick-up", Bare, Some("I would listen first, go through our policy with them and agree a plan, then check in with them at pick-up.")),
            ("the Independent, founder still in the building, 40% of sales through pubs. I want to build around that", Ex, None),
            // A short list is not notes.
            ("I know three tools well: Python, SQL and dbt", Bare, Some("I know three tools well: Python, SQL and dbt.")),
            // "I should have said that …" is already a sentence to the reader.
            ("I should have said that I led the rollout", Bare, Some("I should have said that I led the rollout.")),
            // A contrast with "not" gets its comma; "not" in a verb or a set phrase does not.
            ("I want to know the dogs and the owners not 12 dogs a day", Bare, Some("I want to know the dogs and the owners, not 12 dogs a day.")),
            ("I'd raise an RFI with a detail so they're approving not starting from scratch", Bare, Some("I'd raise an RFI with a detail so they're approving, not starting from scratch.")),
            ("I would rather not guess", Bare, Some("I would rather not guess.")),
            ("I decided not to chase it", Bare, Some("I decided not to chase it.")),
            // "and I" after a whole clause opens a second one, with its comma; "Sam and I" is a list.
            ("the steady shifts and i like that the job matters to patients", Why, Some("What draws me to this role is the steady shifts, and I like that the job matters to patients.")),
            ("I told my manager about the broken rota and I fixed it", Bare, Some("I told my manager about the broken rota, and I fixed it.")),
            ("I've done it before and I don't give up", Bare, Some("I've done it before and I don't give up.")),
            ("At the depot my colleague and I rebuilt the whole rota in a week", Bare, Some("At the depot my colleague and I rebuilt the whole rota in a week.")),
            // Possessives typed without their apostrophe.
            ("I have four years grooming experience and I know someones pet is family", Bare, Some("I have four years' grooming experience and I know someone's pet is family.")),
            ("I can start after 4 weeks notice", Bare, Some("I can start after four weeks' notice.")),
            ("I co-taught in that class for two weeks, and the teacher and I agreed a timer", Bare, Some("I co-taught in that class for two weeks, and the teacher and I agreed a timer.")),
            // A clause after an opening phrase ends at its splice; a phrase alone keeps its comma.
            ("on placement i showed the promo was losing money, they switched to a meal deal", Bare, Some("On placement I showed the promo was losing money. They switched to a meal deal.")),
            ("At Brightpath, I cut the run time", Bare, Some("At Brightpath, I cut the run time.")),
            // So it does after an opening phrase and its clause.
            ("Since then, I have read up on the lots in Cumbria, rural builds are where the data is messiest", Bare, Some("Since then, I have read up on the lots in Cumbria. Rural builds are where the data is messiest.")),
            // A clause that dropped its "I" before one with its own subject gets it back; a quantifier with its verb is a subject.
            ("took the van to the depot, sorted the paperwork, it came back a week later", Ex, Some("I took the van to the depot, and I sorted the paperwork. It came back a week later.")),
            ("I only lost 3 volunteers in 4 years, most stayed the whole time", Bare, Some("I only lost three volunteers in four years; most stayed the whole time.")),
            ("I built it in year one; report prep time down from about 6 hours to 3.5", Bare, Some("I built it in year one, with the report prep time down from about 6 hours to 3.5.")),
            // A possessive opens a noun subject after a splice.
            ("want to be closer to the shop floor, your office is on the same site", Bare, Some("I want to be closer to the shop floor. Your office is on the same site.")),
            // A share of the time served stays after its comma ("defined" is no verb there).
            ("11 years in pensions administration, the last 6 on defined benefit schemes, and I'm the one the team brings the calculations to, which is most of the role", Ex, Some("I bring 11 years in pensions administration, the last 6 on defined benefit schemes, and I'm the one the team brings the calculations to, which is most of the role.")),
            // What came of time served goes with it; "2x" before a plural is a count.
            ("4 yrs passenger services at the airport, 2x commendations for handling disruption", Ex, Some("I bring four years of passenger services at the airport, with two commendations for handling disruption.")),
            // A bare verb after someone else's clause shares that subject.
            ("she showed me the victorian chair stripped back to the frame, said most people would just foam it", Bare, Some("You showed me the Victorian chair stripped back to the frame, and said most people would just foam it.")),
            // What the writer is used to takes "am"; a habit in the past keeps "used to".
            ("3 yrs on fridge trailers doing night trunks, used to tight tip times", Ex, Some("I bring three years on fridge trailers doing night trunks, and I'm used to tight tip times.")),
            ("I used to drive nights for a supermarket", Bare, Some("I used to drive nights for a supermarket.")),
            // A named level takes its capital; an area keeps its unit lowercase.
            ("passed my part 3 in september, class 2 next", Bare, Some("I passed my Part 3 in September, with Class 2 next.")),
            ("I passed my part 3 in september", Bare, Some("I passed my Part 3 in September.")),
            ("I cut the resistance from 400 to 12 ohm cm2", Bare, Some("I cut the resistance from 400 to 12 ohm cm2.")),
            // A past tense after a time phrase's last word is the verb.
            ("a call at my current job the night before kept me up most of the night", Bare, Some("A call at my current job the night before kept me up most of the night.")),
            // What was said, with "she said" left to the frame, is about the reader's company.
            ("That they're short of surveyors registered at class 2", Pt, Some("What I meant to say is that you're short of surveyors registered at Class 2.")),
            // An aim is the writer's own wish.
            ("to do traditional upholstery properly, not production line", Why, Some("I want to do traditional upholstery properly, not production line.")),
            // How long something took after a comma is no verb that dropped its "I".
            ("I led the site transfer for our biggest product, approved in 7 months", Bare, Some("I led the site transfer for our biggest product, approved in seven months.")),
            // A noun and its relative clause after a colon are no step to take, and a
            // name before a year is no verb: with neither, the note is left out, not garbled.
            ("postdoc Oxford: interlayer that cut the resistance from 400 to 12, 1st author Nat Energy 2025", Ex, None),
            ("tricky customer: check that the order is right, then call them", Ex, Some("On the tricky customer, I would check that the order is right, then call them.")),
            // A count with its own verb after a whole clause is joined by "and".
            ("on my trainee licence 11 pupils went to test, 8 passed first time", Bare, Some("On my trainee licence 11 pupils went to test, and 8 passed first time.")),
            // The time a count was reached takes "in the".
            ("I started a football session, 4 kids first week, 22 regulars by summer", Bare, Some("I started a football session, with 4 kids in the first week and 22 regulars by summer.")),
            // What did not happen is "There were no …", a participle describing its noun.
            ("no lapsed licences in three years", Bare, Some("There were no lapsed licences in three years.")),
            ("no lost time incidents in 2 years on line 3, and I trained 4 new starters", Bare, Some("There were no lost time incidents in two years on line 3, and I trained four new starters.")),
            ("no idea why it failed", Bare, None),
            // "the", a short noun and its verb after a whole clause start a sentence.
            ("I ran the rinse on 3 lines for 2 years, the chemical side was set by QA", Bare, Some("I ran the rinse on three lines for two years. The chemical side was set by QA.")),
            ("I ran 3 lines for 2 years, the last 6 months on nights", Bare, Some("I ran three lines for two years, the last six months on nights.")),
            // "which is why" takes its comma.
            ("I learned you run 70 hour fermentations which is why the spirit is fruity", Bare, Some("I learned you run 70-hour fermentations, which is why the spirit is fruity.")),
            // A link the note points to becomes a placeholder the user fills in.
            ("i've put photos of my pieces online, link below - a chesterfield and 2 wingbacks", Bare, Some("I've put photos of my pieces online at [link]: a chesterfield and two wingbacks.")),
            ("I put the slides online, link attached.", Bare, Some("I put the slides online at [link].")),
            // Figures with no verb are notes, left out for the user to rewrite: a time
            // before a figure and a figure after a comma are no verb and no subject.
            ("last year 41 late applications, 39 granted", Bare, None),
            // A topic opened by "On" takes a comma before the clause about it.
            ("On covered-up drainage: I'd first see what evidence there is", Bare, Some("On covered-up drainage, I'd first see what evidence there is.")),
            // The writer said yes after "if I could": the dropped subject is "I".
            ("you asked if i could do a whole lamb breakdown, said yes", Bare, Some("You asked if I could do a whole lamb breakdown, and I said yes.")),
            // An age is one word; a name after a title takes its capital.
            ("everything has to land for a 3 yr old first time", Bare, Some("Everything has to land for a 3-year-old first time.")),
            ("I set up the clinic with dr hale", Bare, Some("I set up the clinic with Dr Hale.")),
            // "e.g." and "assoc" are spelled as a letter does.
            ("I check what doesn't add up, e.g. story versus documents", Bare, Some("I check what doesn't add up, for example story versus documents.")),
            ("I did 12 years of housing assoc admin", Bare, Some("I did 12 years of housing association admin.")),
            // "During" is a preposition, not an "-ing" form: the clause after it stands.
            ("During that time I completed the AMCT qualification", Ex, Some("During that time I completed the AMCT qualification.")),
            // A role with the time served and the "for" a note leaves out.
            ("retail supervisor 2 yrs at the sports store", Ex, Some("I was a retail supervisor for two years at the sports store.")),
            // "have" before its participle after a comma dropped its "I".
            ("3 years as a healthcare assistant, have done last offices many times", Ex, Some("I bring three years as a healthcare assistant, and I have done last offices many times.")),
            // What a clause means after its comma; "the", a noun and "is" open a clause.
            ("I found out about the training schools, means a really varied mix of traffic", Bare, Some("I found out about the training schools, which means a really varied mix of traffic.")),
            ("I wanted it since I was a kid, the assistant role is how I want to start", Bare, Some("I wanted it since I was a kid. The assistant role is how I want to start.")),
            // "own" takes its "my"; "6yo" is one word spelled out.
            ("have own van and tools", Ex, Some("I have my own van and tools.")),
            ("I helped a 6yo with needle phobia", Bare, Some("I helped a 6-year-old with needle phobia.")),
            // What time served was spent on stays with it.
            ("8 years as a locksmith, mostly non-destructive entry", Ex, Some("I bring eight years as a locksmith, mostly non-destructive entry.")),
            // "to" after "close" is a preposition: the phrase is framed and the clause follows.
            ("steady work close to home, waverley is 15 min from me", Why, Some("What draws me to this role is the steady work close to home. Waverley is 15 minutes from me.")),
            // "means" before a clause is a verb.
            ("the day surgery means I'd see children through the whole journey", Why, Some("The day surgery means I'd see children through the whole journey.")),
            // A second adjective after a comma opens no clause.
            ("Each move took me to a larger, more complex site where I was brought in", Bare, Some("Each move took me to a larger, more complex site where I was brought in.")),
            // An instructor's seasons served.
            ("dinghy instructor 3 summers", Ex, Some("I was a dinghy instructor for three summers.")),
            // What was learned goes into the frame, however many clauses follow it.
            ("how to run a site on a tight budget, so I renegotiated suppliers", Ex, Some("The example I had in mind is how to run a site on a tight budget, so I renegotiated suppliers.")),
            // A dash already sets off the contrast: no comma after it.
            ("I slipped into my current employer's name twice – not my finest moment", Bare, Some("I slipped into my current employer's name twice – not my finest moment.")),
            // "so" before an adjective starts no clause to drop: the narration goes whole.
            ("I was so flustered after the samples I never showed you the pieces", Bare, None),
            // A phrase led by a preposition is nothing a frame's "is" can name.
            ("Apart from watching where my bag goes", Pt, None),
            // "said you want …" in a remembered moment was said by the reader.
            ("said he wants academy lads to watch their own clips", Bare, Some("You said you want academy lads to watch their own clips.")),
            // A spaced dash after an "On" topic is a comma; a workplace of the writer's takes "my".
            ("on the suspected sham marriage question - I'd interview both parties separately", Bare, Some("On the suspected sham marriage question, I'd interview both parties separately.")),
            ("zero callbacks on my last 40 jobs at previous firm", Ex, Some("The example I had in mind is zero callbacks on my last 40 jobs at my previous firm.")),
            // A past tense with "since" closing its clause is what the writer has done since.
            ("started a botanical sketchbook since", Bare, Some("I have since started a botanical sketchbook.")),
            ("I have been busy since", Bare, Some("I have been busy since.")),
            // A figure and its noun after a whole clause go "with" it; "its" before "what" is "it's".
            ("no lost time incidents in 6 years, 400+ logged dives", Bare, Some("There were no lost time incidents in 6 years, with over 400 logged dives.")),
            ("its what i actually do in my spare time", Why, Some("What draws me to this role is that it's what I actually do in my spare time.")),
            // "but" before a clause with its own subject takes a comma.
            ("I had a migraine that morning, not an excuse but I wasn't at my sharpest", Bare, Some("I had a migraine that morning, not an excuse, but I wasn't at my sharpest.")),
            ("I wanted to say more but I ran out of time", Bare, Some("I wanted to say more, but I ran out of time.")),
            // "theyll" and "youll" take the apostrophe before their "ll".
            ("they said the collections start in april and theyll need supervisors", Bare, Some("You said the collections start in April and they'll need supervisors.")),
            // From round 28: "Longer term" leads a clause; a year in brackets takes no "in";
            // "done" after a comma dropped its "I have"; an age before its noun is singular.
            ("For lag, I'd check the replica. Longer term I'd move reporting off it.", Bare, Some("For lag, I'd check the replica. Longer term I'd move reporting off it.")),
            ("I did an MA in conservation (2025) with placements", Bare, Some("I did an MA in conservation (2025) with placements.")),
            ("been teaching 2 yrs mostly 4-7 yr olds, done my level 2", Bare, Some("I have been teaching two years mostly 4-7 year olds, and I have done my Level 2.")),
            // "the bit about them getting …" is what the reader said; framed, or left out as a fragment.
            ("the bit about them getting 40+ ebikes a week", Bare, None),
            // What the writer is not is "I am not …"; a participle before its plural noun describes it.
            ("not an expert user of it", Ex, Some("I am not an expert user of it.")),
            ("I had a migraine that day. not an excuse", Bare, Some("I had a migraine that day.")),
            ("I took 3 teams to weekly releases, escaped defects down 40%", Bare, Some("I took 3 teams to weekly releases, with escaped defects down 40%.")),
            // A figure as a verb's object is prose, not a note.
            ("how to plan rounds when a wagon breaks down, kept 3 rounds going on 2 wagons", Ex, Some("The example I had in mind is how to plan rounds when a wagon breaks down, and I kept three rounds going on two wagons.")),
            // What taught the writer is "it".
            ("taught me to cut first and argue later", Ex, Some("It taught me to cut first and argue later.")),
            // A figure after "the" is the subject's head.
            ("The 18% came mainly from the blast pattern", Ex, Some("The 18% came mainly from the blast pattern.")),
            // "whos", "hes" and "xmas" as a letter writes them; "you" and "everything" open a clause after a splice.
            ("peak season is where you find out whos any good, hes the one who knows, you want someone for the xmas orders", Bare, Some("Peak season is where you find out who's any good. You're the one who knows; you want someone for the Christmas orders.")),
            // Session 12, from round 35's verdicts. A place the app has no list for, told by its ending after "in"; "for" before a time served that ends a clause with its verb.
            ("grew up in kettleby, my uncle was on call there 20 years", Bare, Some("I grew up in Kettleby. My uncle was on call there for 20 years.")),
            ("I ran the shop in ledbury near ashford, it took 3 months", Bare, Some("I ran the shop in Ledbury near Ashford; it took three months.")),
            // Common words with a place's ending stay lowercase.
            ("I played in midfield and coached at badminton in nearby towns", Bare, Some("I played in midfield and coached at badminton in nearby towns.")),
            // "self employed" takes its hyphen, "tv" its capitals, "would've" is spelled out.
            ("I'm a self employed joiner", Bare, Some("I'm a self-employed joiner.")),
            ("I spotted a plated chain that would've cost the shop £1,200, more than a tv", Bare, Some("I spotted a plated chain that would have cost the shop £1,200, more than a TV.")),
            // Session 12, from round 36's verdicts. A place of work and what it does, typed as the reason, is where the writer wants to be.
            ("A firm that takes quality of advice at the station seriously, which is where I think most cases are won or lost.", Why, Some("I want to be part of a firm that takes quality of advice at the station seriously, which is where I think most cases are won or lost.")),
            // A verb that dropped its "I" after a reason in the writer's own frame is the writer's.
            ("career change from 10 yrs as a dog walker/trainer… want the dogs to end up changing someones life", Why, Some("What draws me to this role is the career change from 10 years as a dog walker/trainer, and I want the dogs to end up changing someone's life.")),
            // What was done to the writer's work is said as such ("it was quoted"), and "certs" is spelled out.
            ("wrote the charity's evidence to the select committee inquiry on TA, quoted twice in the final report", Ex, Some("I wrote the charity's evidence to the select committee inquiry on TA, and it was quoted twice in the final report.")),
            ("did my first aid + food hygiene certs", Bare, Some("I did my first aid and food hygiene certificates.")),
            // A note's plus after a figure is "over"; not after "the", before a singular unit, or opening the note.
            ("ran the quiz nights all summer, got named in 40+ guest reviews", Bare, Some("I ran the quiz nights all summer, and I got named in over 40 guest reviews.")),
            ("I lead 3 of the 40+ products and run 70+ hour fermentations", Bare, Some("I lead 3 of the 40+ products and run 70+ hour fermentations.")),
            // Session 12, from round 37's verdicts. "did the …" with no "?" is what the writer did, where no question is asked for.
            ("did the daily logs at greenway, set the misting, spotted a humidity fault in tunnel 3 early and saved the crop", Ex, Some("I did the daily logs at greenway, set the misting, spotted a humidity fault in tunnel 3 early and saved the crop.")),
            ("did the team use jira", Q, Some("Did the team use jira?")),
            // Time served doing a kind of work, whatever noun follows the verb.
            ("4 yrs doing partner notification at the walk in clinic", Ex, Some("I have spent four years doing partner notification at the walk in clinic.")),
            // An aside to oneself after a spaced dash stays private; a wish after one is still the writer's reply.
            ("she asked how I'd handle a 15 yr old who discloses an older boyfriend - i know the safeguarding answer, just didnt say it properly", Moment, Some("You asked how I'd handle a 15-year-old who discloses an older boyfriend.")),
            // A count and a singular unit before a noun take a hyphen; not before a verb or a function word.
            ("I ran a 2,400 pupil secondary with a 3 man crew", Bare, Some("I ran a 2,400-pupil secondary with a 3-man crew.")),
            ("in 1 day we fixed it", Bare, Some("In one day we fixed it.")),
            // What the writer is best at, with "I am" dropped, even with a clause after "to"; "IT" in capitals is no pronoun; time served in a field makes the note the writer's.
            ("best at getting teachers to actually use it", Ex, Some("I am best at getting teachers to actually use it.")),
            ("15 years in schools IT, the last 6 running IT for a secondary, led the M365 move", Ex, Some("I bring 15 years in schools IT, the last 6 running IT for a secondary, and I led the M365 move.")),
            // A party of the story named bare before its verb takes "the".
            ("I fitted about 15 quartz tops. Supplier did the templating on those.", Ex, Some("I fitted about 15 quartz tops. The supplier did the templating on those.")),
            // Session 12, from round 38's verdicts. Who runs a place, joined to the participle; where a measure ended up; "the end of" a year; "they" after a conjunction in her words is her company, unless a plural could be.
            ("a family run group where I'd have more say", Why, Some("I want to be part of a family-run group where I'd have more say.")),
            ("took over the park in 2023 rated 3.4 on Trustpilot, sorted the cleaning rota, up to 4.3 by end 2024", Ex, Some("I took over the park in 2023 rated 3.4 on Trustpilot, sorted the cleaning rota, and it was up to 4.3 by the end of 2024.")),
            ("he said theyve got more work than they can take on", Moment, Some("You said you've got more work than you can take on.")),
            ("she said the best officers talk more than they cuff", Moment, Some("You said the best officers talk more than they cuff.")),
            // A name the note opens on, doing something, is someone else: "his" stays theirs.
            ("Arlo showing me his dinosaur book", Moment, Some("Since we spoke, I have kept thinking about Arlo showing me his dinosaur book.")),
            // Session 12, from round 39's verdicts. A clause with its own subject after a comma is joined; a word before a preposition is a step only when it is a known verb; what the writer was top in, with "I am" dropped.
            ("led the mechanical design for a lab fit-out, ventilation came in with 18% lower fan energy", Ex, Some("I led the mechanical design for a lab fit-out, and ventilation came in with 18% lower fan energy.")),
            ("ladywell blue - gold at the british cheese awards, made with milk from your own herd", Bare, None),
            ("Top in the region for account sales 2 quarters running", Ex, Some("I am top in the region for account sales two quarters running.")),
            // Session 12, from round 40's verdicts. What was signed off by someone was done to the work; "at ashby" is a place; what was learned, opening on "how", goes into its frame.
            ("i did all the setting out on a 14 plot site at ashby, signed off by the engineer first time", Bare, Some("I did all the setting out on a 14-plot site at Ashby, and it was signed off by the engineer first time.")),
            ("how much a same day follow up matters, I called every lead within the hour", Learned, Some("One thing I learned in that job is how much a same day follow up matters. I called every lead within the hour.")),
            // Session 12, from round 41's verdicts. "yr 9" is a school year; a leading phrase and a step that dropped "I would"; a topic after "for"; "she said" after a comma still starts her words.
            ("brookfield's focus on yr 9, that's the year i care most about", Bare, Some("Brookfield's focus on Year 9, that's the year I care most about.")),
            ("For a dead rail, first check the regulator input", Ex, Some("For a dead rail, I would first check the regulator input.")),
            ("For dead 3.3V rail: first check regulator input and enable pin", Ex, Some("For a dead 3.3V rail, I would first check regulator input and enable pin.")),
            ("the tour of the ATE area, she said they are moving to automated test", Moment, Some("Since we spoke, I have kept thinking about the tour of the ATE area. You said you are moving to automated test.")),
            // The client a piece of work was for, then what the writer did with the "I" dropped.
            ("retail client, cut CPA 27% in Q3 by moving spend to curated deals", Ex, Some("For a retail client, I cut CPA by 27% in Q3 by moving spend to curated deals.")),
            // Session 12, from round 42's verdicts. A change said as such after a comma takes no "with"; a percentage that sizes a rate takes "a"; "sups" is spelled out.
            ("It was 28.4% on £6.1m turnover, up from 26.9%, mainly from stopping blanket discounts.", Bare, Some("It was 28.4% on £6.1m turnover, up from 26.9%, mainly from stopping blanket discounts.")),
            ("98% pass rate on my cases", Ex, Some("The example I had in mind is a 98% pass rate on my cases.")),
            ("I have seen good and bad sups", Bare, Some("I have seen good and bad supervisors.")),
            // Session 12, from round 43's verdicts. "My point, which got lost …, was that …" loses the aside that narrates the slip; a step before a preposition when a later step opens with a known verb.
            ("My point, which got lost in the legal detail, was that I would bring the family in early.", Pt, Some("My point was that I would bring the family in early.")),
            ("validating a new CNV caller: benchmark on GIAB truth sets, look at precision by size, then run it in shadow", Bare, Some("On validating a new CNV caller, I would benchmark on GIAB truth sets, look at precision by size, then run it in shadow.")),
            // The story she told or the point she made, in the moment, goes into its frame as hers.
            ("The story about the previous manager who left the heating off all winter", Moment, Some("Since we spoke, I have kept thinking about the story you told about the previous manager who left the heating off all winter.")),
            ("the point about the rota changing in spring", Moment, Some("Since we spoke, I have kept thinking about your point about the rota changing in spring.")),
            // Session 12, from round 43's verdicts. An aside in brackets is about someone else, not the writer's dropped "I"; "a player whose parents …" names someone, whose "him" stays; more nationalities.
            ("she asked how I'd get a reluctant professor (60ish, never used lecture capture) to record his lectures", Moment, Some("You asked how I'd get a reluctant professor (60ish, never used lecture capture) to record his lectures.")),
            ("he asked how i'd handle a player whose parents want him off the roster for his exams", Moment, Some("You asked how I'd handle a player whose parents want him off the roster for his exams.")),
            ("I sourced beans from the colombian coop", Bare, Some("I sourced beans from the Colombian coop.")),
            // Session 12, from round 44's verdicts. A pointer to the writer's own notes is left out; a topic that is "someone …" takes "For".
            ("see above re downtime", Ex, None),
            ("someone who keeps missing appointments: call them the day before", Ex, Some("For someone who keeps missing appointments, I would call them the day before.")),
            // "that" after a noun is a relative, not a phrase put first and taken up again ("I see the cases that come in …"); an unknown word before "them" may be no verb.
            ("6 yrs at a rehoming centre, i see the cases that come in too late", Why, Some("I bring six years at a rehoming centre. I see the cases that come in too late.")),
            ("good with dogs, I can handle them", Bare, Some("Good with dogs, I can handle them.")),
            // A topic, a colon and steps that open with a verb, whatever follows the verb.
            ("On food waste: move ward ordering closer to mealtimes, offer smaller portions, and share a weekly waste audit", Ex, Some("On food waste, I would move ward ordering closer to mealtimes, offer smaller portions, and share a weekly waste audit.")),
            // In the interviewer's question or words, "our" is her company's; the talk they shared stays "our".
            ("his q about what id do differently if rebuilding our gateway from scratch", Moment, Some("Since we spoke, I have kept thinking about your question about what I'd do differently if rebuilding your gateway from scratch.")),
            ("she said our team is small", Moment, Some("You said your team is small.")),
            ("he said it was our conversation that mattered", Moment, Some("You said it was our conversation that mattered.")),
            // Session 13, from round 45's verdicts. A noun and the clause that describes it ("scheme I want to work on") stay on the sentence before; an opening phrase of up to eight words before a verb that dropped its "I".
            ("Its the kind of large scale, long term scheme I want to work on", Bare, Some("It's the kind of large scale, long-term scheme I want to work on.")),
            // The question asked before a narrated slip stays when a hurried note left out their comma.
            ("When you asked me to talk you through safe isolation my mind went blank. I'd isolate and lock off.", Ex, Some("You asked me to talk you through safe isolation. I'd isolate and lock off.")),
            // A clause that names its own point stands without the lead; a list of past verbs that a later "and" ends shares its "I"; a "since" after a clause's own subject stays there.
            ("that my point on staging was simple: I flagged the backstop moved accounts too late", Pt, Some("My point on staging was simple: I flagged the backstop moved accounts too late.")),
            ("that we cut the backlog by half", Pt, Some("What I meant to say is that we cut the backlog by half.")),
            ("I called a hold, reworked the next cues with the crew on cans and we were running again in four minutes.", Bare, Some("I called a hold, reworked the next cues with the crew on cans and we were running again in four minutes.")),
            ("I traced it to a failing autoclave cycle, brought in weekly spore strip testing and we havent lost a line since", Bare, Some("I traced it to a failing autoclave cycle, brought in weekly spore strip testing and we haven't lost a line since.")),
            // In the "why", a "their" after "and" with no plural before it is the company's; a quote keeps the interviewer's own "our".
            ("i've wanted to work with a collection this size and their loan program is huge", Why, Some("I've wanted to work with a collection this size and your loan program is huge.")),
            // "they" in the present is the company read.
            ("they are rebuilding their routing, which is exactly what I did at Brightway", Bare, Some("You are rebuilding your routing, which is exactly what I did at Brightway.")),
            // Three past steps between commas take "and" before the last; a verb and its object after a comma are no new sentence.
            ("took over as site manager on St Anne's, ran 40+ operatives through fit out, handed over 2 weeks early", Bare, Some("I took over as site manager on St Anne's, ran over 40 operatives through fit out and handed over 2 weeks early.")),
            ("running the controlled substance inventory there taught me to double check everything", Learned, Some("Running the controlled substance inventory there taught me to double check everything.")),
            ("that with a difficult researcher i'd stay calm and explain why the rules are there", Pt, Some("What I meant to say is that with a difficult researcher I'd stay calm and explain why the rules are there.")),
            ("i'd prioritise by onward connections and reefer load, re-sequence the crane gangs and get the lines informed early", Bare, Some("I'd prioritise by onward connections and reefer load, re-sequence the crane gangs and get the lines informed early.")),
            ("I'd issue a temporary custody receipt, photograph it and do a condition report, then flag it to you", Bare, Some("I'd issue a temporary custody receipt, photograph it and do a condition report, then flag it to you.")),
            ("I have been a driver at Go North East 11 years and want to step up", Bare, Some("I have been a driver at Go North East for 11 years and want to step up.")),
            ("the bigger network, and they're bringing in the new fleet in 2027", Why, Some("What draws me to this role is the bigger network. You're bringing in the new fleet in 2027.")),
            ("I like working with kids and their families", Why, Some("I like working with kids and their families.")),
            ("he said 'our clients read the reports more closely than our investment team thinks'", Moment, Some("You said 'our clients read the reports more closely than our investment team thinks'.")),
            // What the interviewer said after a second verb is hers ("…and said they're" is "you're"); "asst" is spelled out.
            ("he walked me through the 60 acres of pinot and said they're replanting the north block next year", Moment, Some("You walked me through the 60 acres of pinot and said you're replanting the north block next year.")),
            ("guest review score went from 8.1 to 8.9 in my first year as asst manager", Bare, Some("Guest review score went from 8.1 to 8.9 in my first year as assistant manager.")),
            ("when you asked about my team i said i had none", Bare, Some("When you asked about my team, I said I had none.")),
            ("the contamination in our growth rooms in 2024, traced it to a failing autoclave cycle, brought in weekly spore strip testing and we havent lost a line since", Ex, Some("The example I had in mind is the contamination in our growth rooms in 2024. I traced it to a failing autoclave cycle, brought in weekly spore strip testing and we haven't lost a line since.")),
            ("6 years electrical maintenance at Humber Paper Mill, GWO BST done in March and I hold HV authorised person", Ex, None),
            ("the time an elderly patient came in struggling to read his post, i arranged low vision aids", Ex, Some("Once, an elderly patient came in struggling to read his post. I arranged low vision aids.")),
            // From the session's review: "the time" as a subject stays one.
            ("the time I spent at Boots taught me patience", Bare, Some("The time I spent at Boots taught me patience.")),
            ("the time it takes to onboard a driver is 3 weeks", Bare, Some("The time it takes to onboard a driver is three weeks.")),
            ("i like that its small enough to know the guests by name", Why, Some("I like that it's small enough to know the guests by name.")),
            ("the contamination in our growth rooms in 2024, traced it to a failing autoclave cycle", Ex, Some("The example I had in mind is the contamination in our growth rooms in 2024, and I traced it to a failing autoclave cycle.")),
            // Round 56: a number opens a noun phrase ("zero lost" is no subject and verb); a kept-cold measure is no dropped "I"; "above" is a preposition; "and" inside a relative clause joins that clause; a "that if …, I'd …" answer stays one sentence.
            ("zero lost time injuries on my shift for 26 months", Ex, Some("The example I had in mind is zero lost time injuries on my shift for 26 months.")),
            ("zero lost time injuries on my shift for 26 months", Bare, None),
            ("chilled availability above 98.5% two years running", Ex, Some("The example I had in mind is chilled availability above 98.5% two years running.")),
            ("Availability above 98.5% two years running", Bare, None),
            ("A 3-hour overnight ER assignment at St. Vincent's where we switched every 20 minutes and the CDI caught a medication name I'd misread", Bare, None),
            ("A 3-hour overnight ER assignment at St. Vincent's where we switched every 20 minutes and the CDI caught a medication name I'd misread", Ex, Some("The example I had in mind is a 3-hour overnight ER assignment at St. Vincent's where we switched every 20 minutes and the CDI caught a medication name I'd misread.")),
            ("the project that I led went live in May", Bare, Some("The project that I led went live in May.")),
            ("that if a provider asked me to summarize, i'd explain that I interpret everything", Pt, Some("What I meant to say is that if a provider asked me to summarize, I'd explain that I interpret everything.")),
            // A short phrase of place, then "I" and a verb, after a comma is a new sentence; a share of a count after a clause is joined by "and".
            ("every move I've made has brought me closer to training, at each depot I ended up being the one who buddied the new starters", Bare, Some("Every move I've made has brought me closer to training. At each depot I ended up being the one who buddied the new starters.")),
            ("I ran the night shift, in the warehouse and on the dock", Bare, Some("I ran the night shift, in the warehouse and on the dock.")),
            ("I buddied 14 new drivers at Arriva Luton, all 14 passed probation", Bare, Some("I buddied 14 new drivers at Arriva Luton, and all 14 passed probation.")),
            // Round 58: a number past the years a note speaks of is no year; a capital after a capitalised word is a name, not shorthand; "relit" is a past tense; what a step saved is said with "which"; "you guys" is "you"; an aside's commas are no break before a splice.
            ("spotted missing flank protection on points 2041 before it went to test, saved us a re-test cycle", Bare, Some("I spotted missing flank protection on points 2041 before it went to test, which saved us a re-test cycle.")),
            ("I graduated 2019", Bare, Some("I graduated in 2019.")),
            ("grew teen night at Eastlake Rec from 15 to about 60 regulars in a year", Bare, Some("I grew teen night at Eastlake Rec from 15 to about 60 regulars in a year.")),
            ("relit a touring show into 14 venues in 9 weeks with no missed cues", Ex, Some("I relit a touring show into 14 venues in 9 weeks with no missed cues.")),
            ("you guys do a lot of lagers and i want to get really good at lagers", Why, Some("You do a lot of lagers and I want to get really good at lagers.")),
            // Round 57: a verb after an adverb is no plural noun that "they" could mean; "reps" is spelled out.
            ("she said the job is 10% where accuracy really counts and they hire for the 10%", Moment, Some("You said the job is 10% where accuracy really counts and you hire for the 10%.")),
            ("she said they have over 400 open asylum cases and three reps", Moment, Some("You said you have over 400 open asylum cases and three reps.")),
            ("Class III path, they pay for certification", Why, Some("What draws me to this role is the Class III path. You pay for certification.")),
            // "broke" and "froze" are past tenses: a bus that broke down is a clause, and a note that froze dropped its "I".
            ("my bus broke down and I was 15 minutes late", Ex, Some("My bus broke down and I was 15 minutes late.")),
            ("froze on the budget question", Bare, Some("I froze on the budget question.")),
            // Two short clauses, the second opening on a pronoun, are joined by a semicolon (round 57's reader: two short sentences read choppy).
            ("the site manager ran the programme, i ran the fitters day to day", Bare, Some("The site manager ran the programme; I ran the fitters day to day.")),
            // Round 62: "that" before doing something with its object opens the clause; "id" before a verb is "I'd"; "peoples" before a noun is "people's"; "their" after "are" in what was said is the company's; a noun phrase with a relative clause, then ", so we …", is framed.
            ("that homebrewing sour beers taught me how easily lacto can spread", Pt, Some("What I meant to say is that homebrewing sour beers taught me how easily lacto can spread.")),
            ("that meeting was useful", Bare, Some("That meeting was useful.")),
            ("she asked how i'd handle it and i said id prioritise first class", Moment, Some("You asked how I'd handle it and I said I'd prioritise first class.")),
            ("my staff id badge was missing", Bare, Some("My staff id badge was missing.")),
            ("she said people have to be comfortable working alone in peoples homes", Moment, Some("You said people have to be comfortable working alone in people's homes.")),
            ("he said turnaround times on the A321s are their big problem this winter", Moment, Some("You said turnaround times on the A321s are your big problem this winter.")),
            ("she said the drivers were their own worst enemy", Moment, Some("You said the drivers were their own worst enemy.")),
            ("a stroke patient who didnt want to do kitchen assessments, so we rebuilt the goals around fishing", Bare, Some("There was a stroke patient who didn't want to do kitchen assessments, so we rebuilt the goals around fishing.")),
            ("The team wanted to do more, so we hired two people", Bare, Some("The team wanted to do more, so we hired two people.")),
            // "hit" and "put" are past tenses ("my team hit 96%" was left out as notes).
            ("my team hit 96% on-time turnaround last summer, best on the station", Bare, Some("My team hit 96% on-time turnaround last summer, best on the station.")),
            // Round 61: a verb that takes a clause keeps it whole after "If I …"; "comes" is a verb; "9 of 11 learners passed" is a clause; "like" before a noun is no "I like"; a verb after "and" shares "I'd"; "certified since 2021" is a state held.
            ("If I realise I've made an error on the record, I correct it immediately. Accuracy of the record comes first.", Bare, Some("If I realise I've made an error on the record, I correct it immediately. Accuracy of the record comes first.")),
            ("9 of 11 learners passed Functional Skills Level 1 English in 2025", Ex, Some("9 of 11 learners passed Functional Skills Level 1 English in 2025.")),
            ("I'd start with something they want to read, like a letter home or the driving theory book, and build from there", Bare, Some("I'd start with something they want to read, like a letter home or the driving theory book, and build from there.")),
            ("certified since 2021, about 600 hearings in Pima County", Bare, Some("I have been certified since 2021, about 600 hearings in Pima County.")),
            // A credential held is no result: "I hold a …".
            ("Class B water treatment certification, 0 compliance violations in 5 years on shift", Ex, Some("I hold a Class B water treatment certification, with zero compliance violations in five years on shift.")),
            ("NEBOSH general certificate", Ex, Some("I hold a NEBOSH general certificate.")),
            ("store loyalty card, 12000 sign-ups in a year", Ex, Some("The example I had in mind is store loyalty card: 12000 sign-ups in a year.")),
            // Round 64: who runs the company, then a phrase with no subject, stays out; "told me" is followed by what was said; a share of a time served takes its "the".
            ("family run, been in the town 90 years", Why, None),
            ("he told me they have a full time safety coordinator", Moment, Some("You told me you have a full-time safety coordinator.")),
            ("20 yrs in MRFs, last 6 as shift lead, I run safe lines", Why, Some("I bring 20 years in MRFs, the last 6 as shift lead. I run safe lines.")),
            // The review of rounds 56 to 64's rules: each shape kept as it was before them.
            ("The team that I built and trained won the regional award", Bare, Some("The team that I built and trained won the regional award.")),
            ("The warehouse where I worked and trained 20 staff closed in 2023", Bare, Some("The warehouse where I worked and trained 20 staff closed in 2023.")),
            ("My supervisor quit, so I stepped up", Bare, Some("My supervisor quit, so I stepped up.")),
            ("The supplier let us down, so we switched", Bare, Some("The supplier let us down, so we switched.")),
            ("that training course changed how I plan", Bare, Some("That training course changed how I plan.")),
            ("I hit every target, despite the cuts we faced that year", Bare, Some("I hit every target, despite the cuts we faced that year.")),
            ("nine of ten customers rated us five stars", Ex, Some("Nine of ten customers rated us five stars.")),
            ("I checked that id cards matched the booking", Bare, Some("I checked that id cards matched the booking.")),
            ("she said id badges must be worn", Bare, Some("You said id badges must be worn.")),
            ("did 100 reps a session with clients", Bare, Some("I did 100 reps a session with clients.")),
            ("hit rate on cold calls went from 5% to 12%", Ex, Some("Hit rate on cold calls went from 5% to 12%.")),
            ("I reviewed the contracts, saved up for my MSc on the side", Bare, Some("I reviewed the contracts, and I saved up for my MSc on the side.")),
            ("I was Store Mgr at Aldi", Bare, Some("I was Store Manager at Aldi.")),
            ("I ran the till, I did the rota, I trained the new staff", Bare, Some("I ran the till. I did the rota; I trained the new staff.")),
            ("I love the idea of the graduate scheme, they train you from scratch", Why, Some("I love the idea of the graduate scheme; they train you from scratch.")),
            ("she said the kids are their parents main worry", Moment, Some("You said the kids are their parents main worry.")),
            ("Sorry again for being late - the M62 was shut", Bare, Some("The M62 was shut.")),
            // Round 60: a grandmother is someone else, so "her" is hers ("…in your last weeks" was sent).
            ("My nan was cared for at a hospice in her last weeks and i've wanted to work for one ever since", Why, Some("My nan was cared for at a hospice in her last weeks, and I've wanted to work for one ever since.")),
            ("sorry for being late, the bus broke down", Bare, Some("The bus broke down.")),
            ("I ran the daily QC checks (gravity, pH, dissolved oxygen) on about 40 batches a month and kept the log, the specs were set by our head brewer", Bare, Some("I ran the daily QC checks (gravity, pH, dissolved oxygen) on about 40 batches a month and kept the log. The specs were set by our head brewer.")),
            // Round 67: a count typed as a headline takes its "were"; "4 years no incidents" is "with no"; "late 2023" takes no "in".
            ("Zero data errors found at independent check on my 3 interlockings.", Bare, Some("Zero data errors were found at independent check on my three interlockings.")),
            ("no complaints raised in 2 years", Bare, Some("No complaints were raised in two years.")),
            ("1 complaint upheld in 2 years", Bare, Some("One complaint was upheld in two years.")),
            ("12 new donors found me through the gala", Bare, Some("12 new donors found me through the gala.")),
            ("4 years no incidents at Ameriline", Ex, Some("The example I had in mind is four years with no incidents at Ameriline.")),
            ("from late 2023 to mid 2024 i was taking care of my mom", Bare, Some("From late 2023 to mid 2024 I was taking care of my mom.")),
            // Round 68: "its" after a verb done is whose; "refers" is a verb after "the 40% on my resume"; "that documenting the …" is a "that" clause; a credential typed as a label has its holder; a rough figure after a clause goes "with" it.
            ("As a volunteer I processed the Lents collection and wrote its finding aid in ArchivesSpace", Bare, Some("As a volunteer, I processed the Lents collection and wrote its finding aid in ArchivesSpace.")),
            ("we rebuilt it for its training scheme", Bare, Some("We rebuilt it for its training scheme.")),
            ("The 40% on my resume refers to the number of CBP penalty notices", Ex, Some("The 40% on my resume refers to the number of CBP penalty notices.")),
            ("The 40% on my resume refers to penalty notices", Ex, Some("The 40% on my resume refers to penalty notices.")),
            ("The 30% in my CV relates to the region", Ex, Some("The 30% in my CV relates to the region.")),
            ("that documenting the reasoning behind every classification decision protects the company", Learned, Some("One thing I learned in that job is that documenting the reasoning behind every classification decision protects the company.")),
            ("NRCPD registered, about 600 hours of NHS mental health assignments", Ex, Some("I am NRCPD registered, with about 600 hours of NHS mental health assignments.")),
            ("I left in March, about 3 weeks before the audit", Bare, Some("I left in March, about three weeks before the audit.")),
            // Round 70: "id" after "how" is "I'd".
            ("when you asked how id handle a complaint, id listen first", Ex, Some("You asked how I'd handle a complaint. I'd listen first.")),
            // Round 69 and 70: a licence with something done after it is held, then done; one trailing count goes "with"; a clause of time ends with a comma before "I".
            ("Grade III wastewater license, ran nights at Easton plant 4 yrs, no permit violations", Ex, Some("I hold a Grade III wastewater license, and I ran nights at Easton plant for four years, with no permit violations.")),
            ("I ran the night shift for 3 years, no complaints", Bare, Some("I ran the night shift for three years, with no complaints.")),
            ("I ran 95 properties, 2 voids", Bare, Some("I ran 95 properties, with 2 voids.")),
            ("I joined in March, 2022", Bare, Some("I joined in March, 2022.")),
            ("that when invoices get disputed I look for the root cause, rather than just chasing harder", Pt, Some("What I meant to say is that when invoices get disputed, I look for the root cause, rather than just chasing harder.")),
            ("when it rains i check the drains", Bare, Some("When it rains, I check the drains.")),
            ("i've been a nurse 12 years", Bare, Some("I've been a nurse for 12 years.")),
            // The review of session 15: each of the rules above kept to its own shape.
            ("I heard its a great place to work", Bare, Some("I heard it's a great place to work.")),
            ("NHS qualified nurses are rare here", Bare, Some("NHS qualified nurses are rare here.")),
            ("no issues found", Bare, Some("There were no issues found.")),
            ("zero defects found", Bare, Some("Zero defects were found.")),
            ("5 items found by the auditor were mine", Bare, Some("Five items found by the auditor were mine.")),
            ("I asked if id support was needed", Bare, Some("I asked if id support was needed.")),
            ("I cut the backlog, over 2000 files", Bare, Some("I cut the backlog, over 2000 files.")),
            // Round 70: a clause on "only" after a comma is joined with "and".
            ("I ran FOH for over 200 gigs in 2 years, only one show stopped for tech issues", Bare, Some("I ran FOH for over 200 gigs in 2 years, and only one show stopped for tech issues.")),
            ("I ran the site, only a few weeks", Bare, Some("I ran the site, only a few weeks.")),
            // Round 71: a credential typed as a label before the why is the writer's, as words of its own.
            ("she said the school needed someone who'd say no to her sometimes", Moment, Some("You said the school needed someone who'd say no to you sometimes.")),
            ("she said the vet who trained her left", Moment, Some("You said the vet who trained her left.")),
            // Round 72: steps of what the writer would do share "I'd"; a preposition after a particle may end the sentence.
            ("I'd keep tasks short, let them set the pace.", Bare, Some("I'd keep tasks short, let them set the pace.")),
            ("I'd keep tasks short and familiar (deadheading, potting on), lean on scent and touch, let them set the pace and make sure there's a quiet spot to step away to.", Bare, Some("I'd keep tasks short and familiar (deadheading, potting on), lean on scent and touch, let them set the pace and make sure there's a quiet spot to step away to.")),
            ("i wanted to", Bare, None),
            // Round 75: "they" after "love that" is the company; so is a "they" joined on with "and" once what she said was of her company (not after "their drivers").
            ("love that they do lagers, want to learn decoction", Why, Some("I love that you do lagers, and I want to learn decoction.")),
            ("i love that the kids and their parents come back", Why, Some("I love that the kids and their parents come back.")),
            ("she said half their caseload is now balance patients and theyre adding a second VNG booth in spring", Moment, Some("You said half your caseload is now balance patients and you're adding a second VNG booth in spring.")),
            ("she said their drivers hate the new app and they keep calling the office", Moment, Some("You said your drivers hate the new app and they keep calling the office.")),
            // The review of session 16: each new rule kept to its shape.
            ("what i should have said - i ran the night shift at dhl for 3 years", Bare, Some("What I should have said - I ran the night shift at DHL for three years.")),
            ("the truth is - i like my job", Bare, Some("The truth is - I like my job.")),
            ("i was nervous - really nervous - and it showed", Bare, None),
            ("i'm not sure it's the right way but it worked", Bare, Some("I'm not sure it's the right way, but it worked.")),
            ("over 3 years at tesco got promoted twice", Ex, Some("Over three years at Tesco, I got promoted twice.")),
            ("about 30 vans ran late every day", Ex, Some("About 30 vans ran late every day.")),
            ("the time i spent with your team on the site tour", Moment, Some("Since we spoke, I have kept thinking about the time I spent with your team on the site tour.")),
            ("she said their son works there and they love it", Moment, Some("You said your son works there and they love it.")),
            ("At my last job I liked how they trained us", Why, Some("At my last job I liked how they trained us.")),
            // The second review of session 16.
            ("she said the previous manager was let go - he wasnt hitting targets", Moment, Some("You said the previous manager was let go - he wasn't hitting targets.")),
            ("the last company i worked for, it went bust", Why, Some("The last company I worked for, it went bust.")),
            ("I ran the night shift at asda - it was chaos - and cut the breakages by half", Bare, Some("I ran the night shift at Asda - it was chaos - and cut the breakages by half.")),
            ("look after 30 residents on nights", Ex, Some("I look after 30 residents on nights.")),
            ("when she asked about the gap - i was caring for my mum", Bare, Some("You asked about the gap, and I was caring for my mum.")),
            ("love how they treat their staff", Why, Some("I love how you treat your staff.")),
            ("love that they do lagers and they let staff brew their own", Why, Some("I love that you do lagers and you let staff brew your own.")),
            ("she said it isn't about speed its about accuracy", Moment, Some("You said it isn't about speed, it's about accuracy.")),
            // Round 79: "id" before more verbs is "I'd"; "covid" and "nhs" are names.
            ("You asked how id grow the events programme now numbers have dropped since covid", Bare, Some("You asked how I'd grow the events programme now numbers have dropped since Covid.")),
            ("i worked for the nhs for 5 years", Bare, Some("I worked for the NHS for five years.")),
            // Round 80 (and 72): a rough figure is a subject, no place an "I" dropped after; a story from "the time I …" with no comma; the comma between what it is not and what it is.
            ("about 60% of my private lesson clients booked me again last season", Ex, Some("About 60% of my private lesson clients booked me again last season.")),
            ("over my last 200 home visits kept a 98% rating", Ex, Some("Over my last 200 home visits, I kept a 98% rating.")),
            ("the time i caught a failing RAS pump bearing at Fairview by noise & temp and got it replaced before it seized", Bare, Some("Once, I caught a failing RAS pump bearing at Fairview by noise and temp and got it replaced before it seized.")),
            ("he said the hardest bit of the job isnt the height its the paperwork", Moment, Some("You said the hardest bit of the job isn't the height, it's the paperwork.")),
            // Round 77: "means" opening a sentence is what the one before means; "theirs" with no people of its own is the reader's; "maintain" dropped its "I"; a dash after a clause of time is a comma.
            ("you've just launched cans. means i can sell into bottle shops", Why, Some("You've just launched cans. This means I can sell into bottle shops.")),
            ("i've done a database migration before and would love to help with theirs", Why, Some("I've done a database migration before and would love to help with yours.")),
            ("the kids loved their teachers and theirs", Bare, Some("The kids loved their teachers and theirs.")),
            ("maintain 40 boilers across 3 sites", Ex, Some("I maintain 40 boilers across 3 sites.")),
            ("look, the salary thing was a mistake", Bare, Some("Look, the salary thing was a mistake.")),
            ("when you asked what I do if I don't know a term - the short answer is, I ask the court", Bare, Some("When you asked what I do if I don't know a term, the short answer is, I ask the court.")),
            // Round 75: a phrase with a reduced relative clause before a clause goes in its place.
            ("The hatch opening I cut 10mm oversize on a 28ft sailboat, I owned up to it", Bare, Some("I owned up to the hatch opening I cut 10mm oversize on a 28ft sailboat.")),
            ("the order i sent to the wrong address last march, i owned up to it the same day", Bare, Some("The order I sent to the wrong address last March, I owned up to it the same day.")),
            ("the year we opened the new depot, i hired 40 people", Bare, Some("The year we opened the new depot, I hired 40 people.")),
            ("the project i led at dhl, they cancelled it halfway through", Bare, Some("The project I led at DHL, they cancelled it halfway through.")),
            ("A patient whose lenses came back with the wrong tint two days before his holiday, I rang the lab, got them remade same week", Bare, Some("There was a patient whose lenses came back with the wrong tint two days before his holiday, and I rang the lab and got them remade same week.")),
            ("the customer whose parcel got lost, i sorted it the same day", Bare, Some("There was a customer whose parcel got lost, and I sorted it the same day.")),
            ("The route planner I rebuilt at Haulix, it cut empty miles by 18% in six months", Bare, Some("The route planner I rebuilt at Haulix cut empty miles by 18% in six months.")),
            ("This job, I loved it", Bare, Some("This job, I loved it.")),
            // Round 77: a spaced dash between two clauses is a full stop; not after a phrase, nor before "and".
            ("You asked about delivering surveys to IHO Special Order - on the Kyle of Lochalsh cable route survey I ran the MBES QC in Qimera", Bare, Some("You asked about delivering surveys to IHO Special Order. On the Kyle of Lochalsh cable route survey I ran the MBES QC in Qimera.")),
            ("I ran the night shift - we never missed a pick", Bare, Some("I ran the night shift. We never missed a pick.")),
            ("I'd check the dose - and then backwash", Bare, Some("I'd check the dose - and then backwash.")),
            // (Not split at the dash: the phrase before it is its topic.)
            ("the Elm St job - I stopped the crew", Bare, Some("On the Elm St job, I stopped the crew.")),
            // Round 78: "its" before "why" is "it's".
            ("That's how I started at Green Tortoise and its why I care about training my team", Bare, Some("That's how I started at Green Tortoise and it's why I care about training my team.")),
            // Round 72 again: figures after time served go "with" it, once.
            ("2 years on high-rise facade and glazing work, 1,400 logged rope hours, no incidents", Ex, Some("I bring 2 years on high-rise facade and glazing work, with 1,400 logged rope hours and no incidents.")),
            ("3 years at Tesco, 2 promotions", Ex, Some("I bring three years at Tesco, with two promotions.")),
            ("10 years on the tools, zero callbacks last year, 98% first-time fix", Ex, Some("I bring 10 years on the tools, with zero callbacks last year and 98% first-time fix.")),
            ("5 years in retail taught me patience", Ex, Some("Five years in retail taught me patience.")),
            // Round 67: a credential's participle before its noun describes it, so the phrase is no sentence of its own.
            ("ISO 17025 accredited lab, I want to learn to work to that standard", Why, Some("ISO 17025 accredited lab, I want to learn to work to that standard.")),
            ("Our lab accredited 40 staff", Bare, Some("Our lab accredited 40 staff.")),
            // The second review of session 15: each rule kept to its shape.
            ("the one thing she said was that the team is short staffed", Moment, Some("The one thing you said was that the team is short staffed.")),
            ("she said anybody who talks to her like that is out", Moment, Some("You said anybody who talks to you like that is out.")),
            ("I wanted to go back to.", Bare, None),
            ("I'd like to move on to", Bare, None),
            ("I was the lead, only one of two on the team who was qualified", Bare, Some("I was the lead, only one of two on the team who was qualified.")),
            ("I'd love to come back, only one thing worried me", Bare, Some("I'd love to come back, only one thing worried me.")),
            ("I told them I can do it, let them take the lead", Bare, Some("I told them I can do it, and I let them take the lead.")),
            ("ISA certified, want to work for a company that does proper pruning not just removals", Why, Some("I am ISA certified, and I want to work for a company that does proper pruning, not just removals.")),
            // Session 17, from rounds 85 to 87. A joiner after a clause that stays still joins when the narration after it goes.
            ("My bus didn't turn up and I ended up walking, which is why I was late.", Bare, Some("My bus didn't turn up and I ended up walking.")),
            // An adjective listed after a determiner and another adjective is no verb that dropped its "I".
            ("I know how much one calm, organised person can change the worst week of a family's life", Bare, Some("I know how much one calm, organised person can change the worst week of a family's life.")),
            // A figure that counts things is no measure ended up.
            ("I've done microscope work on phone logic boards for three years, down to 0402 components", Bare, Some("I've done microscope work on phone logic boards for three years, down to 0402 components.")),
            // A whole clause after "the point was" or "what I meant is" takes "that"; a topic before "the point" takes a comma; a noun phrase after "is" stays.
            ("on the dye works chimney the point i wanted to make was we took it down by hand", Bare, Some("On the dye works chimney, the point I wanted to make was that we took it down by hand.")),
            ("What I meant is on a ward you help whoever needs it, not just your own bays", Bare, Some("What I meant is that on a ward you help whoever needs it, not just your own bays.")),
            ("the main reason is the team is small", Bare, Some("The main reason is that the team is small.")),
            ("the reason is the commute", Bare, Some("The reason is the commute.")),
            // A relative clause that ends on its preposition leaves the sentence its verb.
            ("the bus i was on broke down on the a6", Bare, Some("The bus I was on broke down on the A6.")),
            // Shorthand with its slash, "should of", common misspellings and "gp" are spelled as a careful writer would.
            ("the customer came back w/ 3 more devices", Bare, Some("The customer came back with three more devices.")),
            ("i should of been clearer about it", Bare, Some("I should have been clearer about it.")),
            ("I kept the isolation kennels seperate", Bare, Some("I kept the isolation kennels separate.")),
            ("I want to work somewhere sporty, not a normal gp surgery", Bare, Some("I want to work somewhere sporty, not a normal GP surgery.")),
            // A longer noun phrase before a dash and the writer's own clause is its topic, not a sentence of its own.
            ("the double-booked wedding party at the hotel in 2022 - I got them upgraded and a partial refund", Ex, Some("The double-booked wedding party at the hotel in 2022: I got them upgraded and a partial refund.")),
            // A count of years typed on to its number is time served; the clause after a framed phrase opens on "I".
            ("3yrs in domiciliary care, never missed a call", Ex, Some("I bring three years in domiciliary care. I never missed a call.")),
            // In a line to the interviewer, "she asked about …" is the reader; "point was" is the writer's; a laugh keeps the bracket it closed; "i said store manager" is no verb.
            ("she asked about teamwork, point = in a rescue you have to trust the other lifeguard & communicate clearly", Bare, Some("You asked about teamwork. My point is that in a rescue you have to trust the other lifeguard and communicate clearly.")),
            ("he said the last chef 'burnt out' (not literally lol)", Moment, Some("You said the last chef 'burnt out' (not literally).")),
            // The "why" typed as "because …" or "so …" is the writer's reason, said as theirs; a count opened by "over" is no place.
            ("because i was one of those young people", Why, Some("I want this role because I was one of those young people.")),
            ("so I can use my trade knowledge to plan the work properly", Why, Some("I want this role so I can use my trade knowledge to plan the work properly.")),
            ("over 40 weddings a season", Why, Some("What draws me to this role is over 40 weddings a season.")),
            // From the review of session 17: nouns an answer opens on keep their verb; "I said" before a noun or a story stays; "would of course" stays; the reason's "is" keeps an adjective; a field of only a laugh is nothing; a time before a dash is no topic.
            ("lol", Moment, None),
            ("we would of course help", Bare, Some("We would of course help.")),
            ("I checked the stock, found nothing was missing", Bare, Some("I checked the stock, and I found nothing was missing.")),
            // A count of one to nine in words; a label, a measure and a figure beside larger ones keep theirs.
            ("i rang round 3 branches to find it", Bare, Some("I rang round three branches to find it.")),
            ("got my level 3 and 2 years on the tools", Bare, Some("I got my Level 3 and two years on the tools.")),
            ("cut it from 6 to 12 staff", Bare, Some("I cut it from 6 to 12 staff.")),
            ("i keep 2 hives and start at 6 am", Bare, Some("I keep two hives and start at 6 am.")),
            // A "they" after a time put first in what she said is her company.
            ("she said summer weekends they move 2,000 vehicles a day across 3 boats", Moment, Some("You said summer weekends you move 2,000 vehicles a day across 3 boats.")),
            // "The question about …, then a dash or colon and the answer: "On your question about …, I'd …".
            ("the question about cuttings getting too wet under the mist - I'd look for blackening at the base of the stems", Bare, Some("On your question about cuttings getting too wet under the mist, I'd look for blackening at the base of the stems.")),
            ("The question on safe isolation: i'd lock off and prove dead", Bare, Some("On your question on safe isolation, I'd lock off and prove dead.")),
            // Commas between spaced dashes list; they do not break the sentence.
            ("I led the renovation on all 18 greens - hollow tining, top dressing and overseeding - and had them back in play in 12 days", Bare, Some("I led the renovation on all 18 greens - hollow tining, top dressing and overseeding - and had them back in play in 12 days.")),
            // A second clause spliced onto what she said is said too.
            ("she said spring is mayhem, the phones don't stop from march to june", Moment, Some("You said spring is mayhem, and the phones don't stop from March to June.")),
            // A place put first in a story keeps its comma, and the splice after it still breaks.
            ("the time at Greenacre Garden Centre i rang round 3 branches to find a customer's hedging and had it delivered to his door, he came back every month after that", Bare, Some("Once, at Greenacre Garden Centre, I rang round three branches to find a customer's hedging and had it delivered to his door. He came back every month after that.")),
            // A "they" after a topic and its comma, in a line about the company, is the company; so is its "their".
            ("the new depot, they're moving their whole fleet by 2028", Why, Some("What draws me to this role is the new depot. You're moving your whole fleet by 2028.")),
("my old depot, they never trained anyone", Why, Some("What draws me to this role is my old depot. They never trained anyone.")),
            // "~" before a figure that describes a noun is "roughly", not "about".
            ("i led the calls on our ~900-loan auto portfolio", Bare, Some("I led the calls on our roughly 900-loan auto portfolio.")),
            // Round 94/95 shapes: two "-ed" adjectives in a list; a state before a topic's noun; "when you asked … -"; "the" before "turning point was"; "like 40"; "fav".
            ("we got DO down by switching to a purged, closed hop doser", Bare, Some("We got DO down by switching to a purged, closed hop doser.")),
            ("stuck ferment - confirm with gravity readings, check temp, repitch if needed", Bare, Some("On the stuck ferment, I would confirm with gravity readings, check temp, repitch if needed.")),
            ("when you asked about safety at height - the short version is i do a toolbox talk every morning", Bare, Some("When you asked about safety at height, the short version is I do a toolbox talk every morning.")),
            ("turning point was a loan machine within 24hrs", Bare, Some("The turning point was a loan machine within 24 hours.")),
            ("i've done like 40 escape rooms and the tomb is my fav", Bare, Some("I've done about 40 escape rooms and the tomb is my favourite.")),
            ("it felt like 10 minutes", Bare, Some("It felt like 10 minutes.")),
            // Third garble hunt: a question's follow-up after a comma is no step of the writer's; "would ask her how …"; "(sorry!!)"; "may to sept"; "fave"; "w/in".
            ("What foam do you use for the marine seating, closed cell?", Q, Some("What foam do you use for the marine seating, closed cell?")),
            ("would ask her how they split vaccine clinic days between the MAs", Q, Some("I would also like to ask how you split vaccine clinic days between the MAs.")),
            ("my phone went off mid interview (sorry!!) - now i put it on airplane mode", Bare, Some("My phone went off mid interview. Now I put it on airplane mode.")),
            ("she said the busy season is may to sept", Moment, Some("You said the busy season is May to September.")),
            ("he asked my fave cheese", Moment, Some("You asked my favourite cheese.")),
            ("i make sure they get a call back w/in 48hrs", Bare, Some("I make sure they get a call back within 48 hours.")),
            // A count beside a larger figure in the same sentence keeps its figure; a year does not count; "basically" goes; a weekday put first.
            ("12 cases led, 9 resolved without appeal", Bare, Some("12 cases led, and 9 resolved without appeal.")),
            ("in 2024 i kept 2 hives", Bare, Some("In 2024 I kept two hives.")),
            ("thats basically what this job is", Bare, Some("That's what this job is.")),
            ("she said friday nights they do 800 covers", Moment, Some("You said Friday nights you do 800 covers.")),
            // A clause spliced on a pronoun after what she said explains it, after a colon.
            ("she said the best GMs are like good referees, you only notice them when they're bad", Moment, Some("You said the best GMs are like good referees: you only notice them when they're bad.")),
            // Round 96: steps after "In short:" are what the writer would do; a list after a dash has no dropped "I"; a question alone with its answer left out is no repair.
            ("You asked what I'd do in my first 90 days. In short: check safeguarding and ratios, and ask parents what they value.", Bare, Some("You asked what I'd do in my first 90 days. In short, I would check safeguarding and ratios, and ask parents what they value.")),
            ("each move has taken me closer to cooking for people who need it most - school meals, then care, now a hospital", Bare, Some("Each move has taken me closer to cooking for people who need it most - school meals, then care, now a hospital.")),
            ("You asked what I'd do in my first 90 days. safeguarding, ratios, parent voice", Bare, None),
            // "did you know I …?" is the writer's statement.
            ("did you know I led the routing project?", Bare, Some("I led the routing project.")),
            // Round 97: a shrug of "anyway" goes; "own …" in the why is the company's own.
            ("want to do something that actually matters, been doing dispatch 4 yrs anyway", Why, Some("I want to do something that actually matters, and I have been doing dispatch for four years.")),
            ("anyway i like the early starts", Bare, Some("I like the early starts.")),
            ("own MEWP and chipper fleet, proper training, they pay for CS38/CS39", Why, Some("What draws me to this role is your own MEWP and chipper fleet and proper training. You pay for CS38/CS39.")),
            // The review of session 18: "like" after one who likes; "would ask …" outside the question field; a question carrying its answer; "anyway" that means it; labels and times keep their figures.
            ("i would like 2 days to think about it", Bare, Some("I would like two days to think about it.")),
            ("would ask them what happened and offer a fix", Bare, Some("I would ask them what happened and offer a fix.")),
            ("you asked about the gap in my cv, i was caring for my mum full time. dates on cv", Bare, Some("You asked about the gap in my cv; I was caring for my mum full time.")),
            ("the manager said no, i did it anyway", Bare, Some("The manager said no; I did it anyway.")),
            ("Year 6 kids loved it", Bare, Some("Year 6 kids loved it.")),
            ("we open at 7 and close at 9", Bare, Some("We open at 7 and close at 9.")),
            // The review of session 18: a single dash opens no aside; a verb ends a list after a dash; a range keeps its figures; the writer's own remark is not what she said; "exp date".
            ("I ran the depot - 40 drivers, the agency staff were my job too", Bare, Some("I ran the depot - 40 drivers. The agency staff were my job too.")),
            ("ran the cutover - 9 sites, finished it in a week", Bare, Some("I ran the cutover - 9 sites, and I finished it in a week.")),
            ("shift lead, team of 6 - 8 mechanics, i was the certifying engineer", Bare, Some("I was a shift lead, team of 6 - 8 mechanics. I was the certifying engineer.")),
            ("she said spring is mayhem, my last job was the same", Moment, Some("You said spring is mayhem. My last job was the same.")),
            ("the exp date on the vials was wrong", Bare, Some("The exp date on the vials was wrong.")),
            ("Ward 7 was short every night", Bare, Some("Ward 7 was short every night.")),
            // The review of session 18: "own" of a person's is "having my own"; "Basically" in capitals goes too.
            ("own caseload from day one and proper supervision", Why, Some("What draws me to this role is having my own caseload from day one and proper supervision.")),
            ("Basically i ran the place", Bare, Some("I ran the place.")),
            // A longer place keeps no comma, so the splice after it still breaks.
            ("the time at the depot in Leeds i fixed the scanner, they kept me on", Bare, Some("Once, at the depot in Leeds I fixed the scanner. They kept me on.")),
            // The company described in phrases, then what "they" do (round 100 sent "I was a small crew, and I family owned").
            ("small crew, family owned, they do a lot of plant health care not just removals", Why, Some("You are a small crew, family-owned, and you do a lot of plant health care, not just removals.")),
            ("family-run, independent, they do all their own servicing", Why, Some("You are family-run, independent, and you do all your own servicing.")),
            // People listed are no description of the company: not "You are customers".
            ("customers, staff, they all come back", Why, None),
            // "family run" after a verb stays as typed.
            ("The main reason is that it's family run with a proper vet link", Why, Some("The main reason is that it's family run with a proper vet link.")),
            // A place first, then a condition, then the writer's clause: each closed by its comma (round 100 framed it as a topic).
            ("on a tight turn if the belt loader goes down I'd tell the dispatcher straight away", Bare, Some("On a tight turn, if the belt loader goes down, I'd tell the dispatcher straight away.")),
            ("in my last job if a client was unhappy I would call them the same day", Bare, Some("In my last job, if a client was unhappy, I would call them the same day.")),
            // "Done it" dropped "I have"; a unit typed short before its noun is a describer (round 100 sent "a 25 minutes turn").
            ("Done it on a 25 min turn at Stansted and we still went off on time", Bare, Some("I have done it on a 25-minute turn at Stansted and we still went off on time.")),
            ("took 25 min to fix the hold door", Bare, Some("I took 25 minutes to fix the hold door.")),
            // A time before an adjective stays a time ("40 minutes late", not "40-minute late").
            ("the train was 40 mins late and I kept the carriage calm", Bare, Some("The train was 40 minutes late and I kept the carriage calm.")),
            // An age stays whole ("a 4-year-old"), however the unit was typed.
            ("at my practicum a 4 yr old with CAS wouldn't do drill work so I switched to a bubbles game", Bare, Some("At my practicum a 4-year-old with CAS wouldn't do drill work so I switched to a bubbles game.")),
            // People or things before a comma are no "they" of the clause after "and" (round 100 sent "their textile collection" to the museum).
            ("i want to be hands on with objects, and their textile collection is the reason i applied", Why, Some("I want to be hands on with objects, and your textile collection is the reason I applied.")),
            // The fourth garble hunt: "id" before "let" is "I'd"; a year after "till" takes no "in"; "til" is "until".
            ("he asked what I'd do if a passenger refused to pay and i said id let it go and report it", Moment, Some("You asked what I'd do if a passenger refused to pay, and I said I'd let it go and report it.")),
            ("I hold my RTITB licence till 2028", Bare, Some("I hold my RTITB licence till 2028.")),
            ("I cared for the same client for 3 yrs til she passed", Bare, Some("I cared for the same client for three years until she passed.")),
            // Acronyms and names a hurried note types in lowercase (the fourth garble hunt).
            ("when a year 3 boy with asd was overwhelmed i took him to the quiet room", Bare, Some("When a year 3 boy with ASD was overwhelmed, I took him to the quiet room.")),
            ("ran a summer reading challenge at oxfam that signed up 90 kids", Bare, Some("I ran a summer reading challenge at Oxfam that signed up 90 kids.")),
            ("my boots were soaked", Bare, Some("My boots were soaked.")),
            // The question named, then the answer (round 103 sent "My answer now would be the fusarium question.").
            ("the fusarium question, I'd cut back the nitrogen and only spray if it spreads", About, Some("On the fusarium question, I'd cut back the nitrogen and only spray if it spreads.")),
            
            // A short clause of theirs, then what the writer wants of it: one sentence (round 102's reader: "a string of short, unlinked statements").
            ("they make their own shows, i want to be on the book from day one of rehearsals to press night", Why, Some("You make your own shows, and I want to be on the book from day one of rehearsals to press night.")),
            // A change with its figure after the writer's clause is a detail of it, also after a verb in the present and before a clause of time (round 102 sent "Sales up 22% since …" alone).
            ("at the deli i run the cheese counter, sales up 22% since i started doing tasting saturdays", Bare, Some("At the deli I run the cheese counter, with sales up 22% since I started doing tasting Saturdays.")),
            ("I run the cheese counter, sales up 22% in a year", Bare, Some("I run the cheese counter, with sales up 22% in a year.")),
            // What the company does put first with its "they", then what the writer wants of it (round 102).
            ("the consumer duty work theyre doing, i want to do QA thats about customer outcomes", Why, Some("You're doing the consumer duty work, and I want to do QA that's about customer outcomes.")),
            ("the new clinic they're opening, I'd love to be part of that", Why, Some("You're opening the new clinic, and I'd love to be part of that.")),
            // A clause of time ends with a comma, not a colon (the fourth garble hunt).
            ("When you asked how I deal with distressing calls: I debrief with my supervisor", Bare, Some("When you asked how I deal with distressing calls, I debrief with my supervisor.")),
            // The fifth garble hunt: someone else's credential is no "I hold"; "they" after "people" is theirs; "signed off 1st time" was done to the work; a story after "- i should have told you about" is told; what she asked is the time of the point.
            ("their fear free certification", Why, Some("What draws me to this role is your fear free certification.")),
            ("he said he wants people who leave a panel neater than they found it", Moment, Some("You said you want people who leave a panel neater than they found it.")),
            ("rewired my nan's kitchen under supervision, signed off 1st time", Bare, Some("I rewired my nan's kitchen under supervision, and it was signed off first time.")),
            ("the question about a difficult tenant - i should have told you about the time i de-escalated a tenant and got him into emergency accommodation the same day", About, Some("On your question about a difficult tenant, I should have told you about the time I de-escalated a tenant and got him into emergency accommodation the same day.")),
            ("you asked about my college course, basically the point i wanted to make is i have passed my 18th edition already", Bare, Some("When you asked about my college course, the point I wanted to make is that I have passed my 18th edition already.")),
            // A one-word topic names no company: "Management, they never listen" is the old
            // employer (the review of session 19), so "they" stays.
            ("my current place is a mess. Management, they never listen", Why, Some("My current place is a mess. Management, they never listen.")),
            // The review of session 19: a "they" after "and" is the company's after "their staff";
            // "I" inside the condition takes no comma; "the people they hire" claims nothing.
            ("they invest in their staff and they promote from within", Why, Some("You invest in your staff and you promote from within.")),
            ("the people they hire, i want to be one of them", Moment, Some("The people they hire, I want to be one of them.")),
            ("I did 20 hrs overtime most weeks", Bare, Some("I did 20 hours overtime most weeks.")),
            ("the level 3 food hygiene certificate", Bare, Some("I hold the Level 3 food hygiene certificate.")),
            // Things named before a "them" are what it means (a screenshot of session 19 showed "I want to build you"); a "you" of the note's own keeps "they" the company told of ("You train you properly" was sent).
            ("they make their own routing tools, i want to build them", Why, Some("You make your own routing tools; I want to build them.")),
            ("they train you properly from day one", Why, Some("They train you properly from day one.")),
            // The writer's clause begun before the first comma takes no second "I would" in its list (the fifth garble hunt).
            ("when a resident refuses meds i would stay calm, ask why, not force it and tell the charge nurse", Bare, Some("When a resident refuses meds, I would stay calm, ask why, not force it and tell the charge nurse.")),
            // A colon after the clause of time's comma introduces the point, and stays.
            ("When you asked about a quick change going wrong, my point was simple: I work out a backup with wardrobe", Bare, Some("When you asked about a quick change going wrong, my point was simple: I work out a backup with wardrobe.")),
            // Round 108 and 109's fix-from letters. A place then the main clause ("…live there i wouldn't …") is no "their"; an object or a place ends an "if" clause before its "I"; "someone" takes no article.
            ("if someone cant prove they live there i wouldnt open up", Bare, Some("If someone can't prove they live there, I wouldn't open up.")),
            ("if someone cant prove it i wouldnt open up", Bare, Some("If someone can't prove it, I wouldn't open up.")),
            ("when i told them i was sorry", Bare, None),
            ("someone asked me", Bare, Some("Someone asked me.")),
            // A count after "with", then a participle, is no verb; a time with the clause of what happened then is a phrase.
            ("14 data changes on Carstairs with zero errors found at independent verification", Ex, Some("The example I had in mind is 14 data changes on Carstairs with zero errors found at independent verification.")),
            ("the line with 3 faults failed", Bare, Some("The line with three faults failed.")),
            ("the time a discharge summary said urosepsis with no organism. I raised a query", Ex, Some("The example I had in mind is the time a discharge summary said urosepsis with no organism. I raised a query.")),
            // "you asked about X, what i meant to say is …" is the time of the answer, and the point takes its "that".
            ("you asked about interlocking data, what i meant to say is ive prepared data on both SSI and CBI", Bare, Some("When you asked about interlocking data, what I meant to say is that I've prepared data on both SSI and CBI.")),
            // A "since" of its own perfect stays where it is; a count that keeps its figure keeps the others'.
            ("I completed the course in 2025 and have been coding around 55-60 FCEs a day since", Bare, Some("I completed the course in 2025 and have been coding around 55-60 FCEs a day since.")),
            ("our crew cut gearbox oil change time from 6 hrs to 4", Bare, Some("Our crew cut gearbox oil change time from 6 hours to 4.")),
            ("clients have followed me - 3 of my top 5 accounts moved with me", Bare, Some("Clients have followed me - 3 of my top 5 accounts moved with me.")),
            ("I keep 2 hives and 3 nucs", Bare, Some("I keep two hives and three nucs.")),
            // "the calls they get" in what she said: the company's calls.
            ("she said half the calls they get are from new beekeepers", Moment, Some("You said half the calls you get are from new beekeepers.")),
            // Round 109: a measure at a percentage after a clause takes "with a" or "with an".
            ("grew a book from 1,100 to 2,600 units in 3 years, 94% renewal rate", Bare, Some("I grew a book from 1,100 to 2,600 units in 3 years, with a 94% renewal rate.")),
            ("I ran the shop, 8% margin", Bare, Some("I ran the shop, with an 8% margin.")),
            // Round 108: a noun's "'s" before an "-ing" at the start is "is", and the note a clause.
            ("the club's going up to the National League pitch standard and that's exactly the kind of project I want to lead", Why, Some("The club is going up to the National League pitch standard, and that's exactly the kind of project I want to lead.")),
            ("the trust's new EPR", Why, Some("What draws me to this role is the trust's new EPR.")),
            // Round 109: a phrase with its relative clause, then a comma, has no verb of its own; the writer's verb after it takes its "I", and what moved between two figures takes "went".
            ("a boy who hated flashcards, turned them into a bowling game, accuracy from 40% to 75% over 5 weeks", Ex, Some("The example I had in mind is a boy who hated flashcards, and I turned them into a bowling game, and accuracy went from 40% to 75% over 5 weeks.")),
            ("I rebuilt the rota, overtime from 30 hours to 12", Bare, Some("I rebuilt the rota, and overtime went from 30 hours to 12.")),
            // A result of the writer's own work after a comma is joined on with ", and".
            ("trained 11 new room attendants in 2 yrs, our room inspection scores went up to 96%", Ex, Some("I trained 11 new room attendants in 2 years, and our room inspection scores went up to 96%.")),
            // Round 110: a participle after the "was" of a relative clause is that clause's; "that when you asked …, the point …" is the sentence's own start.
            ("the man at Boots whose prescription was stuck at the GP surgery", Bare, None),
            ("that when you asked about notation software the point i wanted to make was simply that i can make corrections quickly", Pt, Some("When you asked about notation software, the point I wanted to make was simply that I can make corrections quickly.")),
            // The sixth garble hunt: a hedge before the writer's clause goes; a list of three with no "and" takes one; a time told by what the writer did then; a short unit before a plural it describes; "-ly" nouns are no adverbs; US states are names.
            ("it does depend but roughly, i measure up, price materials off the supplier list, add labour per m2", Bare, Some("I measure up, price materials off the supplier list, and add labour per m2.")),
            ("i clean, cook, shop", Bare, Some("I clean, cook, and shop.")),
            ("when i moved from ohio to michigan and took 6 months to settle my kids into school", Bare, Some("That was when I moved from Ohio to Michigan and took six months to settle my kids into school.")),
            ("i want clients i can get to know, not 15 min visits", Bare, Some("I want clients I can get to know, not 15-minute visits.")),
            ("i did 20 hrs overtime", Bare, Some("I did 20 hours overtime.")),
            ("he said the pub's been in his family 3 generations", Moment, Some("You said the pub's been in your family three generations.")),
            // The sixth garble hunt: "the short version" of doing something is what the writer does best; "0" before its noun is "zero", and a figure of a plural with where or when takes "with"; what the writer said they would do takes "I would"; a code typed in mixed case keeps it.
            ("supported 45 tenants on my caseload, 0 evictions in 18 months", Bare, Some("I supported 45 tenants on my caseload, with zero evictions in 18 months.")),
                        ("I check SpO2 and CO2", Bare, Some("I check SpO2 and CO2.")),
            ("nvq2 is what i hold", Bare, Some("NVQ2 is what I hold.")),
            // The sixth garble hunt: a question in the order of a clause is asked as one where questions are welcome.
            ("what plants sell best in spring?", Q, Some("I would like to ask what plants sell best in spring.")),
            ("who runs the rota?", Q, Some("Who runs the rota?")),
            // The sixth garble hunt: two words that describe the noun after them take a hyphen; "family run" after "been" too.
            ("i was my dads full time carer", Bare, Some("I was my dad's full-time carer.")),
            ("you've been family run since 1974", Bare, Some("You've been family-run since 1974.")),
            ("I'm happy doing the on call rota", Bare, Some("I'm happy doing the on-call rota.")),
            ("i work full time", Bare, Some("I work full time.")),
            // Round 111: an ordinal of a counted time or place is a word.
            ("I found a $1,140 posting error in my 2nd week covering the audit", Bare, Some("I found a $1,140 posting error in my second week covering the audit.")),
            // Round 111: the company named as the subject of what it does is "you"; a verb before the measure it names is part of it; a rough figure of a measure after a clause.
            ("brightway hosts the state amateur, I want to prep a course for a real event", Why, Some("You host the state amateur, and I want to prep a course for a real event.")),
            ("a 43% hit rate", Bare, None),
            ("6 of 14 bids won in 2025, about 43% hit rate", Bare, Some("6 of 14 bids won in 2025, with a hit rate of about 43%.")),
            ("I grew the book, about 94% renewal rate", Bare, Some("I grew the book, with a renewal rate of about 94%.")),
            // Round 110: what someone else said goes on after its comma with no "I" of the writer's; a comma closing a clause of time after "and" is no splice.
            ("the treasurer said the outfield drainage is their biggest headache, waterlogged 6 weekends last season", Moment, Some("The treasurer said the outfield drainage is their biggest headache, waterlogged six weekends last season.")),
            ("That I've prepared squares for 15 years and after I renovated the Hambleton square in 2019, pitches were rated good by the ECB panel", Ex, Some("The example I had in mind is that I've prepared squares for 15 years and after I renovated the Hambleton square in 2019, pitches were rated good by the ECB panel.")),
            // The seventh garble hunt: "19th c." is no sentence's end; an "I" inside the question asked is not the main clause's; a credential typed with its "I am" dropped; in the "why" field, "they" is the company before any people it could mean.
            ("rebacked 60 19th c. ledgers for the county record office", Ex, Some("I rebacked 60 19th c. ledgers for the county record office.")),
            ("when he asked what the worst job i've done was i said antifouling in january", Bare, Some("When you asked what the worst job I've done was, I said antifouling in January.")),
            ("licensed in FL for general household pest (GHP) since 2022", Bare, Some("I have been licensed in FL for general household pest (GHP) since 2022.")),
            ("because they are one of the best cask breweries in the UK", Why, Some("I want this role because you are one of the best cask breweries in the UK.")),
            ("i like working with farmers, they are honest", Why, Some("I like working with farmers; they are honest.")),
            // The review of session 20: each of the session's rules held back where it misfired.
            ("i love paris, london, rome", Bare, Some("I love Paris, London, and Rome.")),
            ("i tried, failed, learned", Bare, Some("I tried, failed, and learned.")),
            ("when i was at tesco i ran the night shift", Bare, Some("When I was at Tesco, I ran the night shift.")),
            ("qualified in 2019 as a nurse", Bare, Some("I qualified in 2019 as a nurse.")),
            ("your company's onboarding process is great", Bare, Some("Your company's onboarding process is great.")),
            ("it depends on the budget, i would start with a survey", Bare, Some("It depends on the budget; I would start with a survey.")),
            ("coached the team on call handling", Bare, Some("I coached the team on call handling.")),
            ("My manager said it was urgent, stayed late and finished it", Bare, Some("My manager said it was urgent, and I stayed late and finished it.")),
            ("brightway sales this year were up 20%", Why, Some("Brightway sales this year were up 20%.")),
            ("why I left my last job?", Q, None),
            ("I trained 11 staff, my manager dropped me to part time", Bare, Some("I trained 11 staff. My manager dropped me to part time.")),
            // Someone told of with a clause of their own, then what the writer did (rounds 114 and 115: "a broken sentence").
            ("the guest at the chalet in Les Arcs whose boots were the wrong size, i rang the hire shop and got a swap sorted", Ex, Some("There was a guest at the chalet in Les Arcs whose boots were the wrong size, and I rang the hire shop and got a swap sorted.")),
            ("the Aurora hail claim where the adjuster only approved a repair, I got on the roof, documented 11 hits per square and got a full replacement approved", Ex, Some("There was the Aurora hail claim where the adjuster only approved a repair, and I got on the roof, documented 11 hits per square and got a full replacement approved.")),
            ("a patient who refused her meds for a week, i sat with her every morning", Bare, Some("There was a patient who refused her meds for a week, and I sat with her every morning.")),
            // A participle that describes its subject opens a clause with a verb of its own: the splice after it is mended.
            ("rotating shifts are fine, i did 12-hour shifts at the warehouse", Bare, Some("Rotating shifts are fine; I did 12-hour shifts at the warehouse.")),
            // In the "why" field, "it" is the role; a phrase that only its "and I" gives a verb is framed apart from the clause after its comma (round 115).
            ("it combines the two things I know best", Why, Some("This role combines the two things I know best.")),
            ("steady outdoor job and i like the idea of keeping the town centre moving, I know the area well", Why, Some("What draws me to this role is that it is a steady outdoor job, and I like the idea of keeping the town centre moving. I know the area well.")),
            // Seasons served are experience, not a result; "of" says itself; a short unit before a describer and its plural joins (round 114: "calls three seasons a result").
            ("3 seasons on a salmon tender in Bristol Bay", Learned, Some("I bring three seasons on a salmon tender in Bristol Bay.")),
            ("3 years of 12 hr rotating shifts at Sysco", Learned, Some("I bring 3 years of 12-hour rotating shifts at Sysco.")),
            ("i worked 12 hr night shifts for 3 years", Bare, Some("I worked 12-hour night shifts for 3 years.")),
            // A topic the colon closes before what the writer would do: "cut" is its noun, no dropped "I" (round 115).
            ("On a 10% budget cut without reducing hours: I'd review the materials mix", Bare, Some("On a 10% budget cut without reducing hours: I'd review the materials mix.")),
            // The writer's own measure and its figure, said as theirs, not as "a result I am proud of is closing rate …" (round 114).
            ("closing rate around 38% last year", Learned, Some("My closing rate was around 38% last year.")),
            ("first-time fix rate about 87%", Learned, Some("My first-time fix rate is about 87%.")),
            // A verdict joined to a long clause takes its comma; "which is" cannot name a plural (rounds 114 and 115).
            ("they do a lot of council and highways work which is the bigger jobs i want", Why, Some("You do a lot of council and highways work, and those are the bigger jobs I want.")),
            ("they do early help alongside attendance rather than going straight to fines and thats how i want to work", Why, Some("You do early help alongside attendance rather than going straight to fines, and that's how I want to work.")),
            ("i like the team and thats why i applied", Bare, Some("I like the team and that's why I applied.")),
            // "yet" after a "not" is kept; "an" before an initialism or a vowel; a "yes" before the writer's clause goes (garble hunt 7).
            ("I've passed the written exam, so I'm not fully certified yet", Bare, Some("I've passed the written exam, so I'm not fully certified yet.")),
            ("i was a apprentice for 3 years and I hold a HGV licence", Bare, Some("I was an apprentice for three years and I hold an HGV licence.")),
            ("yes, I have done that for years", Bare, Some("I have done that for years.")),
            // An average after the verb it counts for, and a rate typed with a slash, said in words (garble hunt 7).
            ("answered avg 90 calls/day at a dental office", Learned, Some("I answered an average of 90 calls a day at a dental office.")),
            // "my first yr" is a year; "on average," keeps its comma before another figure (garble hunt 8).
            ("raised £62k in my first yr at the charity", Learned, Some("I raised £62k in my first year at the charity.")),
            ("my team filled 1,800 cases a night on average, 10% above target", Learned, Some("My team filled 1,800 cases a night on average, 10% above target.")),
            // A question's clause stopped before its answer is joined to it; a "that" clause that says what taught the writer stands without the lead (garble hunt 8).
            ("When you asked what I'd do if I saw a coworker being rough with a resident. I'd step in and report it", Bare, Some("When you asked what I'd do if I saw a coworker being rough with a resident, I'd step in and report it.")),
            ("that working nights there taught me how to safely care for 12 residents on my own", Learned, Some("Working nights there taught me how to safely care for 12 residents on my own.")),
            // A question after a phrase of time takes no "and" (garble hunt 8).
            ("in the mornings, could I help with rhyme time?", Q, Some("In the mornings, could I help with rhyme time?")),
            // A figure after an "-ing" verb is its object (garble hunt 8); a "because" alone is no example (see the late reason's test in the letter's tests).
            ("how to plan a rota around peaks so nobody's doing 3 closes in a row", Learned, Some("One thing I learned in that job is how to plan a rota around peaks so nobody's doing three closes in a row.")),
            ("because the bus broke down on the a38 and i had to walk the last mile", Ex, None),
            // "zero" before a participle and its plural goes "with" the clause; "which is exactly" takes its comma (garble hunt 8).
            ("signed off 30+ domestic rewires, 0 failed NICEIC assessments", Learned, Some("I signed off over 30 domestic rewires, with zero failed NICEIC assessments.")),
            ("I'm best at fixing broken processes which is exactly what an L4 does", Bare, Some("I'm best at fixing broken processes, which is exactly what an L4 does.")),
            // The interviewer's quoted words keep their comma (garble hunt 8).
            ("he said 'we're not a landlord, we're a neighbour'", Moment, Some("You said 'we're not a landlord, we're a neighbour'.")),
            // The review of session 21: a grade "A" and acronyms said as words keep "a"; a slash that is no rate stays; "and I" in a subject is no phrase to frame; "it" before an adverb is some other "it"; the slip in a question's clause keeps the question; not every rate is the writer's; seasons in a row are no time served; a plural unit two words on is a time.
            ("got an A in maths and english, i supported a SEND pupil and did a NVQ", Bare, Some("I got an A in maths and English. I supported a SEND pupil and did an NVQ.")),
            ("ran payroll/hr for 60 staff", Bare, Some("I ran payroll/hr for 60 staff.")),
            ("my wife and i run a smallholding, i know animals", Why, Some("My wife and I run a smallholding, I know animals.")),
            ("it always felt like a family firm", Why, Some("It always felt like a family firm.")),
            ("When you asked me to talk you through safe isolation my mind went blank. I'd isolate and lock off", Bare, Some("You asked me to talk you through safe isolation. I'd isolate and lock off.")),
            ("saved 5 hrs admin tasks every week", Bare, Some("I saved five hours admin tasks every week.")),
            // A rough average after "with" is "an average of around" (round 114's after-letter).
            ("I closed about 60 jobs, with avg around $14k", Bare, Some("I closed about 60 jobs, with an average of around $14k.")),
            // Session 22, round 119: a year before an article and its noun is no place the "I" dropped after; "no one" is a subject.
            ("During Macbeth in 2024 a fly line pin worked loose mid act 2.", Ex, Some("During Macbeth in 2024 a fly line pin worked loose mid act 2.")),
            ("In 2023 the team hit target.", Ex, Some("In 2023 the team hit target.")),
            ("in 2022 at tesco ran the night shift", Bare, Some("In 2022 at Tesco, I ran the night shift.")),
            ("No one was hurt and we never had it again.", Ex, Some("No one was hurt and we never had it again.")),
            ("no one else could fix it", Ex, Some("No one else could fix it.")),
            // Round 118: an article, a noun, then a verb in "-s" before an "-ing" word or a range is a sentence, not a thing framed or dropped.
            ("A TZ test stains living tissue to give a quick viability estimate.", Ex, Some("A TZ test stains living tissue to give a quick viability estimate.")),
            ("A germination test runs 7-14 days.", Bare, Some("A germination test runs 7-14 days.")),
            ("Highest lens add-on rate in our store 2 quarters running", Bare, None),
            // "a customers phone" has its owner's apostrophe.
            ("if a customers phone got damaged i would tell them straight away", Bare, Some("If a customer's phone got damaged, I would tell them straight away.")),
            // Session 22, round 119: in the field for what the interviewer said, a verb of speaking with no subject is theirs, after a clause of the writer's or at the start; after theirs it shares their subject.
            ("he asked about the Kone and Otis kit, i've done both, said they've got a lot of older Schindler in the Manchester contract", Moment, Some("You asked about the Kone and Otis kit. I've done both. You said they've got a lot of older Schindler in the Manchester contract.")),
            ("he said nights are quiet. also talked about the new UV system", Moment, Some("You said nights are quiet. You also talked about the new UV system.")),
            ("she said they were short staffed, mentioned the new depot opening in march", Moment, Some("You said you were short staffed, and mentioned the new depot opening in March.")),
            // Someone else who panicked is no narration of the writer's slip (round 119 lost the story).
            ("What I'd do is what I did with an adult learner who panicked: we used the ramp.", Bare, Some("What I'd do is what I did with an adult learner who panicked: we used the ramp.")),
            // Session 22: a bare kind of job in the "why" slot is what the role is; "home every night" is being home; "my mum works there" is a clause (round 119, garble hunt 8).
            ("steady public service job where i can work up the license classes", Why, Some("What draws me to this role is that it is a steady public service job where I can work up the license classes.")),
            ("outdoor job", Why, Some("What draws me to this role is that it is an outdoor job.")),
            ("job security", Why, Some("What draws me to this role is the job security.")),
            ("home every night", Why, Some("What draws me to this role is being home every night.")),
            ("my mum works there and says its a good place", Why, Some("What draws me to this role is that my mum works there and says it's a good place.")),
            // Round 118: a nought among spelled counts is spelled; a "that" before the note's own point-lead goes; a topic then a verb that dropped its "I" takes it.
            ("micro failures went from 6 in a quarter to 0 in the next two", Bare, Some("Micro failures went from six in a quarter to zero in the next two.")),
            ("that on dry hopping the point I was trying to make is I always recheck gravity", Pt, Some("On dry hopping, the point I was trying to make is that I always recheck gravity.")),
            ("the Enviro400 kneeling fault - traced it to a chafed loom behind the rear axle", Ex, Some("On the Enviro400 kneeling fault, I traced it to a chafed loom behind the rear axle.")),
            // Session 22, round 119: a step in a list a later ", and" ends shares the first "I"; a team led takes its "a"; none of a thing with where and when goes "with" the clause; the panel is the reader.
            ("I held the show for six minutes, had it re-pinned and checked, and added a pin check to our preshow list.", Ex, Some("I held the show for six minutes, had it re-pinned and checked, and added a pin check to our preshow list.")),
            ("led team of four on three sites at greenscape, zero complaints from the crematorium in 2 yrs", Bare, Some("I led a team of four on three sites at greenscape, with zero complaints from the crematorium in two years.")),
            ("the panel said first year retention went up after the change", Moment, Some("You said first year retention went up after the change.")),
            // Session 22, garble hunt 9: the time alone before none of a thing goes after the things; a share of a group after a place is the subject; people are counted, not described; "right then" keeps its "then"; a question named as a topic before its answer.
            ("6 yrs, 0 accidents, 0 tacho infringements", Ex, Some("The example I had in mind is zero accidents and zero tacho infringements in six years.")),
            ("5 yrs, 0 med errors, trained 9 carers on eMAR", Ex, Some("The example I had in mind is zero med errors in five years, and I trained nine carers on eMAR.")),
            ("at my last place 40% of volunteers left within 3 months", Bare, Some("At my last place 40% of volunteers left within 3 months.")),
            ("i supervise 14 room attendants", Bare, Some("I supervise 14 room attendants.")),
            ("I ran a 4 man crew", Bare, Some("I ran a 4-man crew.")),
            ("A customer whose parcel is lost - I'd say sorry and offer a refund right then", Bare, Some("A customer whose parcel is lost - I'd say sorry and offer a refund right then.")),
            // Session 22, garble hunt 9: the company typed in lowercase after "that" is the clause's subject, not "that" pointing at it.
            ("that brightway is employee-owned since 2021", Pt, Some("What I meant to say is that brightway is employee-owned since 2021.")),
            // Session 22, garble hunt 9: an average after a comma is "an average of".
            ("i ran a gaming club for 2 years, avg 15 kids a week", Bare, Some("I ran a gaming club for 2 years, with an average of 15 kids a week.")),
            // Session 22, garble hunt 9: hours and minutes typed on to their number are two words ("3-hour drives"); a spoken "like" before a figure after a preposition is "about"; no "for" after "like".
            ("i hate 3hr drives", Bare, Some("I hate 3-hour drives.")),
            ("they promote from within like 70% of the time", Bare, Some("You promote from within about 70% of the time.")),
            ("it felt like 3 weeks", Bare, Some("It felt like three weeks.")),
            // Session 22, garble hunt 9: a question typed before its answer is left out, and the answer's "it" still goes in.
            ("what would i do if a resident refused their meds - i would stay calm, never force it, and tell the nurse", Bare, Some("I would stay calm, never force it, and tell the nurse.")),
            // Session 22, garble hunt 9: a preposition after a verb in a relative clause is the sentence's own.
            ("how to build a rota that people actually stick to", Ex, Some("The example I had in mind is how to build a rota that people actually stick to.")),
            // The review of session 22: what the writer went on to say stays theirs; a plural before "training programme" is no verb; "no one day"; a topic's own past verb; a time before what happened; measures keep their hyphen; "the same job"; set phrases keep no apostrophe; "at that point"; "team of the year".
            ("i said i was keen, explained my forklift experience", Moment, Some("I said I was keen, and I explained my forklift experience.")),
            ("the new starters training programme i wrote at asda", Ex, Some("The example I had in mind is the new starters training programme I wrote at Asda.")),
            ("no one day is the same", Bare, Some("No one day is the same.")),
            ("the Leeds site - closed in 2023 so i moved to Wakefield", Bare, Some("The Leeds site: closed in 2023 so I moved to Wakefield.")),
            ("i booked 5 minute appointments all day", Bare, Some("I booked 5-minute appointments all day.")),
            ("same job but closer to home", Why, Some("What draws me to this role is the same job but closer to home.")),
            ("honest job with good people", Why, Some("What draws me to this role is that it is an honest job with good people.")),
            ("i moved a headquarters office in 2 weeks", Bare, Some("I moved a headquarters office in two weeks.")),
            ("that at that point i called the police and it calmed down", Pt, Some("What I meant to say is that at that point I called the police and it calmed down.")),
            ("led team of the year nominations", Bare, Some("I led team of the year nominations.")),
            // Session 22, garble hunt 9: "told you about what …" is "told you what …".
            ("what equipment i've run: zero-turn mowers, a skid steer and chainsaws", About, Some("I should have told you what equipment I've run: zero-turn mowers, a skid steer and chainsaws.")),
            // An apprentice is someone else: "his own van" is the apprentice's (round 112 sent "your own van").
            ("he said the last apprentice they had is now running his own van", Moment, Some("You said the last apprentice you had is now running his own van.")),
            // A place of work typed in lowercase takes its capitals after "at" and a word of work
            // (readers of rounds 116 and 119 and the tenth garble hunt: "screwfix", "greenscape",
            // "marriott" looked careless), with the words of its name and its initials; a saint's
            // name too. Nothing else after "at", and no plural noun.
            ("i did it at st agnes for 3 years", Bare, Some("I did it at St Agnes for three years.")),
            ("i worked at morrisons on the bakery for 2 years", Bare, Some("I worked at Morrisons on the bakery for two years.")),
            ("i volunteered at aston hall for two summers", Bare, Some("I volunteered at Aston Hall for two summers.")),
            ("i did 4 months at dhl on nights", Bare, Some("I did four months at DHL on nights.")),
            ("i raised 62k in my first year at the charity shop", Bare, Some("I raised 62k in my first year at the charity shop.")),
            ("i spent 6 years at mcdonalds", Bare, Some("I spent six years at McDonalds.")),
            ("i was good at timetabling", Bare, Some("I was good at timetabling.")),
            ("i volunteered at food banks for five years", Bare, Some("I volunteered at food banks for five years.")),
            ("i spent three years at uni", Bare, Some("I spent three years at university.")),
            // After "I" and its verb, lowercase phrases between commas are more verbs of the same
            // "I" (round 123 lost the whole answer as notes); a bare phrase still ends the run.
            ("I follow lone working procedure, use body cam, arrange joint visits with police and always follow up in writing", Bare, Some("I follow lone working procedure, use body cam, arrange joint visits with police and always follow up in writing.")),
            ("I have spent 6 years fitting signs, fascias and totems, IPAF 3a 3b and CSCS card, happy working at height", Bare, None),
            // A quoted word the sentence opens on is its subject, not a verb that dropped its "I"
            // (round 123 sent "I 'led' overstated my part").
            ("'Led' overstated my part and I should have said so.", Bare, Some("'Led' overstated my part and I should have said so.")),
            // A case named with "a", with a relative clause of its own, then what the writer did:
            // the case in the frame, the rest as sentences (round 123 sent one spliced sentence).
            ("a single central with a tricky shade that had come back twice, I went to the practice to do a custom shade", Ex, Some("The example I had in mind is a single central with a tricky shade that had come back twice. I went to the practice to do a custom shade.")),
            // A sentence that ends on "after" a plural thing means "afterwards" (round 122: it
            // "trails off"); not after a span of time.
            ("ive worked in end of life care 5 yrs and want to keep supporting families after", Bare, Some("I've worked in end of life care for five years and want to keep supporting families afterwards.")),
            ("it was fine in the weeks after", Bare, Some("It was fine in the weeks after.")),
            // A place of work, then what its people do there: one thought joined by "where"
            // (round 122's reader read the two as "choppy fragments"); the writer only in what
            // they could do there, and not a clause about the place itself.
            ("independent pharmacy, you actually get to know the patients", Why, Some("What draws me to this role is the independent pharmacy, where you actually get to know the patients.")),
            ("small practice, i can get to know every patient", Why, Some("What draws me to this role is the small practice, where I can get to know every patient.")),
            ("local firm, i live 10 minutes away", Why, Some("What draws me to this role is the local firm. I live 10 minutes away.")),
            // What came of the writer's work, spliced on with its own subject of up to three words
            // (an article may open it), is joined with "and", also before a last phrase of figures
            // (round 122's reader marked "…, dough scrap went from 4.1% to 2.6%" a comma splice);
            // a passive done by someone else stays a sentence of its own.
            ("I retrained the crew, the scrap rate fell to 2%", Bare, Some("I retrained the crew, and the scrap rate fell to 2%.")),
            ("I retrained the night crew, dough scrap went from 4.1% to 2.6% over 3 months, roughly $1,800 a week saved", Bare, Some("I retrained the night crew, and dough scrap went from 4.1% to 2.6% over 3 months, roughly $1,800 a week saved.")),
            ("I ran the daily QC checks and kept the log, the specs were set by our head brewer", Bare, Some("I ran the daily QC checks and kept the log. The specs were set by our head brewer.")),
            // The question as the writer would put it, a colon, then the steps: "As for how I'd
            // …, I would …" (round 123's reader found "My answer now would be how I'd engage …:
            // start …" awkward).
            ("how i'd engage someone with advanced dementia who won't join group sessions: start one to one with music from their era", Bare, Some("As for how I'd engage someone with advanced dementia who won't join group sessions, I would start one to one with music from their era.")),
            ("what i'd do first: check the log", Bare, Some("As for what I'd do first, I would check the log.")),
            // A count of none after a framed phrase is its figure (round 123 sent "… is the crew
            // of 6. Zero lost-time incidents 3 seasons running.").
            ("crew of 6, zero lost-time incidents 3 seasons running", Why, Some("What draws me to this role is the crew of 6: zero lost-time incidents 3 seasons running.")),
            // What the interviewer was is no one else: "his" is still theirs (the review of
            // session 23).
            ("he said he was an apprentice here and his old gaffer still works here", Moment, Some("You said you were an apprentice here and your old gaffer still works here.")),
            // A verb that takes "after" keeps it.
            ("we support the families the hospice looks after", Bare, Some("We support the families the hospice looks after.")),
            // A quoted verb with its object is still the writer's.
            ("'managed' the budget of 2m for three years", Bare, Some("I 'managed' the budget of 2m for three years.")),
            // A list of notes after "I" and a verb, with no "and" to end a run of verbs, is notes.
            ("I have used sap, oracle and sage, month end close, aged debtors", Bare, None),
            // A common word after "at" stays as it is ("at age 16", "at festivals").
            ("i got my first job at age 16 in a kitchen", Bare, Some("I got my first job at age 16 in a kitchen.")),
            ("i worked at festivals every summer for 3 years", Bare, Some("I worked at festivals every summer for three years.")),
            // A season led in by its own word takes no second "in" (the tenth garble hunt read
            // "in peak in season 2025"); "id" before a past participle is "I'd" ("what I'd done").
            ("altered 30+ bridal gowns in peak season 2025 with no returns", Bare, Some("I altered over 30 bridal gowns in peak season 2025 with no returns.")),
            ("he asked what id done on site and i said bits and bobs", Moment, Some("You asked what I'd done on site and I said bits and bobs.")),
            // Session 24, from rounds 126 and 127: the writer's answer to her question is the writer's; 'told him' was said to her; 'their' eight words after 'they'; '…, that stuck with me' is joined on; a term cased inside keeps its case; a wish joined on after a phrase is the writer's; a lone quality of the job; 'do it' in the why; a state before the topic's noun.
            ("he asked if id be ok running 2 sites at once, said yes and meant it", Moment, Some("You asked if I'd be ok running two sites at once, and I said yes and meant it.")),
            ("he said their biggest headache is subbies treating SWMS like paperwork. told him about getting crews to write their own SWMS", Moment, Some("You said your biggest headache is subbies treating SWMS like paperwork. I told you about getting crews to write their own SWMS.")),
            ("he said they had 0 critical findings at their last MHRA inspection and he was proud of the team for it, that stuck with me", Moment, Some("You said you had zero critical findings at your last MHRA inspection and you were proud of the team for it, and that stuck with me.")),
            ("she said they told the drivers to check their tyres", Moment, Some("You said you told the drivers to check their tyres.")),
            ("iPSC work is where i want to finish my career", Why, Some("iPSC work is where I want to finish my career.")),
            ("b2b content that isnt boring + want to learn from the team", Why, Some("What draws me to this role is the B2B content that isn't boring, and I want to learn from the team.")),
            ("local, want to be home every night not nights out in the cab", Why, Some("What draws me to this role is that it's local, and I want to be home every night, not nights out in the cab.")),
            ("want to do it every day not just saturdays", Why, Some("I want to do this work every day, not just Saturdays.")),
            ("I love the kit and want to learn more", Why, Some("I love the kit and want to learn more.")),
            ("collapsed dog at 2am - i'd do a primary survey, get obs and a line ready", Ex, Some("On the collapsed dog at 2am, I'd do a primary survey, get obs and a line ready.")),
            ("cancelled flight - rebooked all 40 guests", Ex, Some("On the cancelled flight, I rebooked all 40 guests.")),
            // Qualifications listed are what the writer holds; a record kept up to now (round 126).
            ("SMSTS, NVQ level 6", Ex, Some("I hold SMSTS and NVQ Level 6.")),
            ("first class MEng, dissertation on topology optimisation cut bracket mass by 31%", Ex, Some("I hold a first-class MEng, and my dissertation on topology optimisation cut bracket mass by 31%.")),
            ("cert IV WHS, finishing the diploma", Ex, Some("I hold a Cert IV WHS, and I am finishing the diploma.")),
            ("passed NVQ level 3 with distinction", Ex, Some("I passed NVQ Level 3 with distinction.")),
            ("not had a day off sick in 6 yrs", Ex, Some("I have not had a day off sick in six years.")),
            // A question's article and a count's verb that a note dropped (round 127, the eleventh garble hunt).
            ("Q was about handling a contentious application", Ex, Some("The question was about handling a contentious application.")),
            ("drafted 40+ witness statements, none sent back by the partner", Ex, Some("I drafted over 40 witness statements. None was sent back by the partner.")),
            ("cleared 140 registrations in 6 weeks at Carters, none rejected by the land registry", Ex, Some("I cleared 140 registrations in 6 weeks at Carters. None was rejected by the land registry.")),
            // The writer's 'said i'd …' after her question; 'care' before the noun it names; a place and the time served there (session 24, rounds 124 and 125).
            ("she asked what id do if a picker didnt pull his weight, said i'd have a quiet word first", Moment, Some("You asked what I'd do if a picker didn't pull his weight, and I said I'd have a quiet word first.")),
            ("she said i'd be good at it", Moment, Some("You said I'd be good at it.")),
            ("care home in Rotherham, 6 yrs", Ex, Some("I bring six years at a care home in Rotherham.")),
            ("Tesco, 3 yrs", Ex, Some("I bring three years at Tesco.")),
            ("care for 12 residents on nights", Ex, Some("I care for 12 residents on nights.")),
            // The one told is the interviewer, whoever came between; 'told her' after her question is the writer's; an ordinal's 'yr' is a year; 'a wk' (rounds 124 and 125).
            ("he asked how id handle someone always late. told him about the girl at boots, we moved her start to 10am", Moment, Some("You asked how I'd handle someone always late. I told you about the girl at boots; we moved her start to 10am.")),
            ("she asked about a tenant refusing access for the gas safety check, told her about getting in via the tenants daughter", Moment, Some("You asked about a tenant refusing access for the gas safety check, and I told you about getting in via the tenants daughter.")),
            ("she said a good stillman uses his nose, i told her mine", Moment, Some("You said a good stillman uses his nose; I told you mine.")),
            ("did my 2nd yr placement there", Bare, Some("I did my 2nd year placement there.")),
            ("volunteered 2 days a wk", Bare, Some("I volunteered two days a week.")),
            // A line that says what it is itself; time served 'most of it' doing something; an adjective in 'un-…-ed' after a comma; 'Nish' (round 125).
            ("30 years in the police, most of it running response shifts of 20+ officers", Ex, Some("I bring 30 years in the police, most of it running response shifts of over 20 officers.")),
            ("rebuilt the reconciliation job, unmatched txns from ~300/day to under 20", Ex, Some("I rebuilt the reconciliation job, unmatched transactions from about 300/day to under 20.")),
            // The review of session 24: each new rule's misfires stay as they were or read right.
            ("trained 12 apprentices, none dropped out", Ex, Some("I trained 12 apprentices. None dropped out.")),
            ("she told me about the rota, said i'd get every other weekend off", Moment, Some("You told me about the rota, and said I'd get every other weekend off.")),
            ("she asked about my notice period, said no rush", Moment, Some("You asked about my notice period, and said no rush.")),
            ("ACCA, part qualified", Ex, Some("ACCA, part qualified.")),
            ("degree", Ex, Some("I hold a degree.")),
            ("BA, MA, PhD", Ex, Some("I hold a BA, an MA and a PhD.")),
            ("Tesco, 1 yr", Ex, Some("I bring one year at Tesco.")),
            ("staff who care and want to learn", Why, Some("What draws me to this role is the staff who care and want to learn.")),
            ("he said they make new starters shadow their mentor for a month", Moment, Some("You said you make new starters shadow their mentor for a month.")),
            ("local, national and international clients", Why, Some("What draws me to this role is the local, national and international clients.")),
            ("he said the team, that stuck with him through the merger, is the best he's had", Moment, Some("You said the team, that stuck with you through the merger, is the best you've had.")),
            ("collapsed warehouses into one hub - saved 2m a year", Ex, Some("I collapsed warehouses into one hub: I saved 2m a year.")),
            ("aWS migration i led cut costs 30%", Bare, Some("AWS migration I led cut costs by 30%.")),
            ("want to do it again somewhere new", Why, Some("I want to do it again somewhere new.")),
            ("not had enough sleep the night before", Ex, Some("I had not had enough sleep the night before.")),
            ("she asked what id do with someone on their phone. said id have a quiet word first", Moment, Some("You asked what I'd do with someone on their phone. I said I'd have a quiet word first.")),
            ("collapsed dog at 2am - i'd do a primary survey (airway, breathing, circulation), get obs ready for the vet", Ex, Some("On the collapsed dog at 2am, I'd do a primary survey (airway, breathing, circulation), get obs ready for the vet.")),
            ("permanent, nights, 10 min from home", Why, Some("What draws me to this role is that it's permanent, nights, 10 minutes from home.")),
            // A clause that dropped its subject after 'we' shares it (round 124).
            ("the 20% waste thing - we weighed all food waste daily for 6 wks, went from about 38kg a week to 30kg", Ex, Some("On the 20% waste thing, we weighed all food waste daily for 6 weeks, and went from about 38kg a week to 30kg.")),
            // Round 126: 'no X on that job'; 'sec'; 'I said sit …' is 'I said I'd sit …'; the writer's liking of her; a named site and what it was.
            ("no RIDDORs on that job", Ex, Some("There were no RIDDORs on that job.")),
            ("AHT dropped 40 sec at the same time", Ex, Some("AHT dropped 40 seconds at the same time.")),
            ("she asked what I'd do in my first 30 days and I said sit with every rep for a full shift", Moment, Some("You asked what I'd do in my first 30 days, and I said I'd sit with every rep for a full shift.")),
            ("she said in peak season they get 3x the volume, liked that she was honest", Moment, Some("You said in peak season you get 3x the volume, and I liked that you were honest.")),
            ("Lindley Fields, 48 units, 6 wks behind after the wet winter", Ex, Some("The example I had in mind is Lindley Fields, 48 units, 6 weeks behind after the wet winter.")),
            // The twelfth garble hunt: a formula's '='; the interviewer named before a colon.
            ("ohms law is V = I x R", Ex, Some("Ohms law is V = I x R.")),
            ("Mrs Hale: the team is small", Moment, Some("You said: the team is small.")),
            // The twelfth garble hunt: 'its' before no noun of its own.
            ("its near my house and my mate works there", Why, Some("What draws me to this role is that it's near my house and my mate works there.")),
            ("the team and its culture are great", Bare, Some("The team and its culture are great.")),
            // Session 25, from rounds 128 and 129: a quality that says where from; a hedge's own "I" and the company found out; "got stuck"; a scene set by a place and people counted; "there were" after a place; a clause after the noun in "no …"; what the writer attaches as they write; "its much".
            ("close to home, mixed practice, want to use my sedation cert again", Why, Some("What draws me to this role is that it's close to home, mixed practice, and I want to use my sedation cert again.")),
            ("close to home and i love that they do forest school", Why, Some("What draws me to this role is that it's close to home, and I love that you do forest school.")),
            ("the damp and mould taskforce - think they've closed around 4000 cases this yr", Bare, Some("On the damp and mould taskforce, I think you've closed around 4000 cases this year.")),
            ("i read they're opening a second depot in march", Bare, Some("I read you're opening a second depot in March.")),
            ("i think they liked me, the kids i mean", Bare, Some("I think they liked me, the kids I mean.")),
            ("at the hotel, 2 long stay guests same floor, one complaining about noise every night. met them both separately, set quiet hours for that floor. no complaints after that for the 3 months they stayed", Ex, Some("At the hotel, there were two long stay guests same floor, one complaining about noise every night. I met them both separately, and I set quiet hours for that floor. There were no complaints after that for the three months they stayed.")),
            ("at the depot, 40 drivers and 2 planners", Bare, Some("At the depot, there were 40 drivers and 2 planners.")),
            ("at the hotel there was a leak", Bare, Some("At the hotel there was a leak.")),
            ("at brightpath cut the run by 20%", Bare, Some("At brightpath, I cut the run by 20%.")),
            ("no problems they couldn't fix", Bare, None),
            ("attaching them to this email", Bare, Some("I am attaching them to this email.")),
            ("its much more than following the manual", Bare, Some("It's much more than following the manual.")),
            // Session 25, from the thirteenth garble hunt and the review of session 24: 'like' before a subject is 'as'; 'recs' stays; SpO2 typed with a zero; 'The answer is'; a year before the clause; 'an' before an initialism with no vowel in its first three letters, not 'FTSE'; a role and its time with no comma before 'for', nor 'for with'.
            ("i ran the rota, like i said", Bare, Some("I ran the rota, like I said.")),
            ("urgent is 7 days, routine 28, but i'd also look at vulnerable tenants first, like we flagged at my old job", Bare, Some("Urgent is 7 days, routine 28, but I'd also look at vulnerable tenants first, like we flagged at my old job.")),
            ("how will the two recs teams be merged?", Q, Some("How will the two recs teams be merged?")),
            ("i monitor with capnography and sp02", Bare, Some("I monitor with capnography and SpO2.")),
            ("answer is theyre recommended for socket circuits in HMOs", Bare, Some("The answer is they're recommended for socket circuits in HMOs.")),
            ("2024 i did my chief mate orals and the HELM course", Bare, Some("In 2024, I did my chief mate orals and the HELM course.")),
            ("NRSWA supervisor, 12 yrs, inspected 400km of network", Ex, Some("I was an NRSWA supervisor for 12 years, and I inspected 400km of network.")),
            ("i managed 6 juniors on a FTSE 250 file", Bare, Some("I managed 6 juniors on a FTSE 250 file.")),
            ("team leader, 3 yrs", Ex, Some("I was a team leader for three years.")),
            ("team leader, 3 yrs", Bare, Some("I was a team leader for three years.")),
            // Session 25: someone of the interviewer's sex named after her keeps the pronoun; an unsexed person does not.
            ("he told me about the boy who only communicates with PECS and how hes come on", Moment, Some("You told me about the boy who only communicates with PECS and how he's come on.")),
            ("she told me about a patient who fell and how she handled it", Moment, Some("You told me about a patient who fell and how you handled it.")),
            // Session 25: evidence that is no result is said as what it is: time served with a role after it, a role in initials, a record kept, qualifications with what came with them; 'retro-documented' is a verb; the target a result beat.
            ("40 yrs as a secondary school history teacher, head of department for 15", Ex, Some("I bring 40 years as a secondary school history teacher, head of department for 15.")),
            ("hardly a day off sick in 30 years", Ex, Some("I have had hardly a day off sick in 30 years.")),
            ("never late in 3 yrs", Ex, Some("I have never been late in three years.")),
            ("18th edition and 2391, 8 yrs on the tools", Ex, Some("I hold 18th edition and 2391, and I bring 8 years on the tools.")),
            ("RHS level 2, ran plant area at dobbies for 3 yrs", Ex, Some("I hold RHS Level 2, and I ran plant area at dobbies for three years.")),
            ("retro-documented 6,200 objects onto Axiell at Hexham in 14 months, target was 5,000", Ex, Some("I retro-documented 6,200 objects onto Axiell at Hexham in 14 months, against a target of 5,000.")),
            // Session 25: 'small enough that …' is what it is; a name and 'wants' make a clause.
            ("Small enough that HR actually shapes the place", Why, Some("What draws me to this role is that it's small enough that HR actually shapes the place.")),
            ("Local, want to be home every night", Why, Some("What draws me to this role is that it's local, and I want to be home every night.")),
            ("Marco wants seasonal which is how i cook", Bare, Some("Marco wants seasonal which is how I cook.")),
            // The review of session 25 (H1, H3 to H8, M1 to M6, M8, L1, L2, L4): each rule held to what it mends.
            ("close to", Why, None),
            ("great team. close to", Why, Some("What draws me to this role is the great team.")),
            ("close to retirement, want somewhere settled to finish my career", Why, Some("What draws me to this role is the close to retirement, and I want somewhere settled to finish my career.")),
            ("she told me about her son starting uni and how she juggles the job with it", Moment, Some("You told me about your son starting university and how you juggle the job with it.")),
            ("he told me about a lad on the team who was struggling and how he turned him round", Moment, Some("You told me about a lad on the team who was struggling and how you turned him round.")),
            ("he talked about a man who walked out on day one and how he handled the fallout", Moment, Some("You talked about a man who walked out on day one and how you handled the fallout.")),
            ("forwarding and customs clearance for 6 years", Ex, Some("The example I had in mind is forwarding and customs clearance for six years.")),
            ("attaching the certs was a pain, the portal kept failing", Ex, Some("Attaching the certificates was a pain, and the portal kept failing.")),
            ("at tesco, 5 years as shift lead", Ex, None),
            ("by friday, 2 references from my old managers", Ex, None),
            ("at aldi, 4 stores under me", Ex, None),
            ("we kept the exact same ward team for 3 years", Bare, Some("We kept the exact same ward team for three years.")),
            ("we used same floor plan in every store", Bare, Some("We used same floor plan in every store.")),
            ("i think they're a competitor of yours, the firm i was at", Bare, Some("I think they're a competitor of yours, the firm I was at.")),
            ("i read they're paying 12 an hour at aldi, so i know the market is tight", Bare, Some("I read they're paying 12 an hour at Aldi, so I know the market is tight.")),
            ("i was a SCRUM master for 2 years", Bare, Some("I was a SCRUM master for two years.")),
            ("i did a SMSTS course", Bare, Some("I did an SMSTS course.")),
            ("saw the new kitchen, like it", Bare, Some("I saw the new kitchen, and I like it.")),
            ("i know the charity and its much loved founder", Bare, Some("I know the charity and its much loved founder.")),
            ("2000 we delivered in december alone, a record", Bare, Some("2000 we delivered in December alone, a record.")),
            ("next time, think it through before answering", Bare, None),
            ("my recs were adopted by the board", Bare, Some("My recommendations were adopted by the board.")),
            ("i do the supplier statement recs for 200 suppliers", Bare, Some("I do the supplier statement reconciliations for 200 suppliers.")),
            ("forklift driver, 5 yrs, counterbalance and reach", Ex, Some("I was a forklift driver for five years, with counterbalance and reach.")),
            ("nurse, 5 years, band 6", Ex, Some("I was a nurse for five years, with Band 6.")),
            ("team leader, 3 yrs ago", Ex, Some("I was a team leader, three years ago.")),
            ("no accidents in 3 years we had the best record in the region", Bare, None),
            ("at the hotel, 1 night manager and 2 porters", Ex, None),
            // Session 25, from round 129: a short claim and what shows it are one thought; an 'and' that opens a sentence adds 'also'.
            ("im calm under pressure, i run the morning rush at costa in T2 on my own most days. and i speak basic spanish", Bare, Some("I'm calm under pressure: I run the morning rush at Costa in T2 on my own most days. I also speak basic Spanish.")),
            ("i'm good with people, i ran the front desk for 3 years", Bare, Some("I'm good with people: I ran the front desk for three years.")),
            ("and i think that's it", Bare, Some("I think that's it.")),
            // Session 25, from the thirteenth garble hunt: the small words between facts ('by 20%', 'with no …', 'the average', 'For eight months …,'), a status held for a time, years in places of work, NICEIC and Makaton.
            ("i built my own rota template that cut overtime 20%", Ex, Some("I built my own rota template that cut overtime by 20%.")),
            ("the lad calmed in 10 mins no restraint", Ex, Some("The lad calmed in 10 minutes, with no restraint.")),
            ("i really had no idea", Bare, Some("I really had no idea.")),
            ("the team had no manager", Bare, Some("The team had no manager.")),
            ("i made sure there was no gap", Bare, Some("I made sure there was no gap.")),
            ("i set up a calm corner and a check in with the parents every friday, no incidents by spring", Ex, Some("I set up a calm corner and a check in with the parents every Friday, with no incidents by spring.")),
            ("8 yrs qualified, 0 callbacks on niceic assessments 3 yrs running", Ex, Some("I have been qualified for eight years, with zero callbacks on NICEIC assessments three years running.")),
            ("15 yrs kitchens", Ex, Some("I bring 15 years in kitchens.")),
            ("i did makaton level 2", Bare, Some("I did Makaton Level 2.")),
            ("i cut regretted attrition 17% to 9% over 2 yrs", Ex, Some("I cut regretted attrition 17% to 9% over 2 years.")),
            ("i run mine 7.30 every morning no matter what", Bare, Some("I run mine 7.30 every morning no matter what.")),
            // Session 25, from the fourteenth garble hunt: reasons typed as a bare list are the role's, each with its article, a chance to do something, and a lone quality last.
            ("consistency, their training, work life balance, 4 day week option", Why, Some("What draws me to this role is the consistency, your training, the work life balance and the 4-day week option.")),
            ("animals, front desk experience, local", Why, Some("What draws me to this role is the animals and the front desk experience, and that it's local.")),
            ("accredited lab, variety, progression to senior analyst", Why, Some("What draws me to this role is the accredited lab, the variety and the progression to senior analyst.")),
            ("step up, lead a team, the central line", Why, Some("What draws me to this role is the step up, the chance to lead a team and the central line.")),
            ("safety record, big projects, would like to stay in scotland", Why, Some("What draws me to this role is the safety record: big projects, and I would like to stay in Scotland.")),
            ("step up, want to lead a team", Why, Some("What draws me to this role is the step up, and I want to lead a team.")),
            ("steady job, closer to home, pension", Why, Some("What draws me to this role is the steady job and the pension, and that it's closer to home.")),
            ("ACA all first time, signed on time", Ex, Some("The example I had in mind is ACA all first time, and I signed on time.")),
            ("exams, the data side, my daughter went there", Why, Some("Exams, the data side, my daughter went there.")),
            ("stability, team culture, close", Why, Some("What draws me to this role is the stability and the team culture, and that it's close.")),
            ("level 3 NVQ, 8 yrs in kitchens, 5 as junior sous", Ex, Some("I hold a Level 3 NVQ, and I bring eight years in kitchens and five as junior sous.")),
            // Session 25: the interviewer's name asking or saying is her in any line, at the start of a clause only.
            ("hale asked about my thesis, the point was i built the crispr screen from scratch", Pt, Some("You asked about my thesis. The point was that I built the crispr screen from scratch.")),
            ("my brother hale was ill", Pt, Some("My brother hale was ill.")),
            ("you asked what id cut if the budget was halved", Bare, Some("You asked what I'd cut if the budget was halved.")),
            // The second review of session 25: each new rule held to what it mends (a status with a figure only, a span alone or with its year, 'with no' before an outcome only, 'by' never before a level, a list of reasons with no verb, pronoun or name in it and 'their' after people kept, 'also' not in a story, no colon before a contrast, 'as a pubs manager').
            ("3 years qualified as a nurse", Ex, Some("Three years qualified as a nurse.")),
            ("2 months before the interview i was made redundant", Ex, Some("Two months before the interview I was made redundant.")),
            ("i'd take the job no question", Ex, Some("I'd take the job no question.")),
            ("we did a full audit: no findings", Ex, Some("We did a full audit: no findings.")),
            ("increased retention 85% (from 70%)", Ex, Some("I increased retention 85% (from 70%).")),
            ("cut sickness 12% down to 4%", Ex, Some("I cut sickness 12% down to 4%.")),
            ("hardly a word, i froze", Ex, None),
            ("the kids, their progress, the team", Why, Some("What draws me to this role is the kids, their progress and the team.")),
            ("Flexible hours, pension, team", Why, Some("What draws me to this role is the flexible hours, the pension and the team.")),
            ("the hours, hale, the team", Why, None),
            ("help people, the team, pay", Why, None),
            ("make a difference, the team", Why, Some("What draws me to this role is the chance to make a difference and the team.")),
            ("my partner works there, local", Why, None),
            ("less travel, more money", Why, Some("What draws me to this role is less travel and more money.")),
            ("you asked me to wait. and i waited 40 mins", Bare, Some("You asked me to wait. I waited 40 minutes.")),
            ("im good with kids, i was rubbish in the interview", Bare, Some("I'm good with kids; I was rubbish in the interview.")),
            ("10 yrs pubs manager", Ex, Some("I bring 10 years as a pubs manager.")),
            ("GMP, oncology, career in pharma", Why, Some("What draws me to this role is GMP, the oncology and the career in pharma.")),
            // A bare phrase with a clause spliced on is notes; a time or a topic before its clause is not (round 130).
            ("drainage design for 420 home site in telford, LLFA approved first submission", Ex, None),
            ("patch of 420 homes, rent arrears down 18% in a year", Ex, None),
            ("last year, i cut agency spend by 18%", Ex, Some("Last year, I cut agency spend by 18%.")),
            ("terraform: i moved 30 teams onto a shared module library", Ex, Some("Terraform: I moved 30 teams onto a shared module library.")),
            ("two years ago we moved 30 teams onto terraform", Ex, Some("Two years ago we moved 30 teams onto terraform.")),
            // A compound in -people is who a later 'they' means (round 131).
            ("he said best salespeople listen more than they talk", Moment, Some("You said best salespeople listen more than they talk.")),
            // A name's word in -ing before a verb that dropped its 'I' (round 130 lost its best result).
            ("at Riverside Housing got my patch arrears down from 6.2% to 3.9% in 18 months (312 homes)", Ex, Some("At Riverside Housing, I got my patch arrears down from 6.2% to 3.9% in 18 months (312 homes).")),
            // Qualifications, then time served and facts with figures: 'I hold … and bring …, with …' (evidence of rounds 127-129); a degree with its subject; 'a NEBOSH …' said as a word.
            ("level 3 nvq, 9 yrs, 85% client retention, 6 wk waiting list", Ex, Some("I hold a Level 3 NVQ and bring 9 years' experience, with 85% client retention and 6 weeks waiting list.")),
            ("MSc microbiology, 2 yrs food micro, UKAS audits, 3000+ samples a month", Ex, None),
            ("cih level 3, 5 yrs income officer", Ex, Some("I hold CIH Level 3, and I bring five years as an income officer.")),
            ("hnc construction, 3 yrs as a site engineer, setting out on a 6 storey frame", Ex, None),
            ("NEBOSH diploma", Ex, Some("I hold a NEBOSH diploma.")),
            ("ACA all first time", Ex, Some("The example I had in mind is ACA all first time.")),
            // 'id' after a verb of saying is 'I'd'; 'whove' is 'who've' (round 130).
            ("i said id reshuffle the dock plan and ring the customer", Moment, Some("I said I'd reshuffle the dock plan and ring the customer.")),
            ("she said the branch sees loads of people whove been scammed", Moment, Some("You said the branch sees loads of people who've been scammed.")),
            ("he said the id checks are strict", Moment, Some("You said the id checks are strict.")),
            // A rank the writer held: 'I was in the top 3 …', 'I was top seller …' (rounds 130 and 131); a noun by its ending is no verb before a figure.
            ("top 3 in north region for customer satisfaction 4 quarters running (NPS 82)", Ex, Some("I was in the top 3 in north region for customer satisfaction 4 quarters running (NPS 82).")),
            ("top seller at verizon store 3 months in a row, 142 upgrades in october", Ex, Some("I was top seller at verizon store 3 months in a row, with 142 upgrades in October.")),
            ("top priority is the client", Ex, Some("Top priority is the client.")),
            // 'read your …' or 'read up …' is what the writer did (round 130).
            ("read your eng blog post on moving to playwright", Bare, Some("I read your eng blog post on moving to playwright.")),
            // 'id' before a noun, a participle or a noun's ending is an ID (the review of session 26).
            ("he said id verification is done by the agency", Moment, Some("You said id verification is done by the agency.")),
            ("she said id scanning takes 2 minutes", Moment, Some("You said id scanning takes two minutes.")),
            // A time before its comma and the writer's clause is one sentence (the review of session 26).
            ("Three years ago, I set up the food bank", Ex, Some("Three years ago, I set up the food bank.")),
            // A role held, then what came of it as a clause, joined with 'and' (round 132).
            ("team leader of 14 advisors at brightwave energy, FCR went 71% to 83% in a yr", Ex, Some("I was a team leader of 14 advisors at brightwave energy, and FCR went from 71% to 83% in a year.")),
            ("shift manager at tesco, pick rate went up 12%", Ex, Some("I was a shift manager at Tesco, and pick rate went up 12%.")),
            // 'first in my year' is a rank held (the fifteenth garble hunt).
            ("first in my year at uni, 78% average in accounting", Ex, Some("I was first in my year at university, with 78% average in accounting.")),
            // The reader's own name after a preposition is 'you' (round 132: 'the endo mentoring with Dr Lowe', sent to Dr Lowe)
            ("the mentoring with Mrs Hale and the microscope", Why, Some("What draws me to this role is the mentoring with you and the microscope.")),
            // A doubt typed after the fact ends the note: said to the reader it undoes the fact (round 132)
            ("At the bar I was top for upselling the cocktail menu four months running, not sure that's relevant", Pt, Some("At the bar I was top for upselling the cocktail menu four months running.")),
            ("led a team of 6, idk if that counts", Pt, Some("I led a team of 6.")),
            ("cut waste 20% (prob not relevant)", Pt, Some("I cut waste by 20%.")),
            ("I was not sure at first, but I led the audit", Pt, Some("I was not sure at first, but I led the audit.")),
            ("the endo mentoring with Mrs Hale and the microscope, want to move my work towards endo", Why, Some("What draws me to this role is the endo mentoring with you and the microscope, and I want to move my work towards endo.")),
            ("I set up the clinic with Hale", Bare, Some("I set up the clinic with you.")),
            ("I lived on Hale Road for ten years", Bare, Some("I lived on Hale Road for ten years.")),
            ("after Hale was called away, the panel moved on to my portfolio", Bare, Some("After Hale was called away, the panel moved on to my portfolio.")),
            ("at the bar i was top for upselling the cocktail menu 4 months running lol not sure thats relevant", Pt, Some("At the bar I was top for upselling the cocktail menu four months running.")),
            // An order the interviewer gave as the question, then the answer, is told back as asked (garble hunt 16: 'I would walk me through a DCF')
            ("Walk me through a DCF - project unlevered FCF 5 yrs, discount at WACC, sum = EV. I mixed up the TV discounting in the room", Pt, Some("You asked me to walk you through a DCF: project unlevered FCF for five years, discount at WACC, sum is EV. I mixed up the TV discounting in the room.")),
            ("tell me about a time you failed: i missed a deadline in 2023, then built a tracker", Pt, Some("You asked me to tell you about a time I failed: I missed a deadline in 2023, then built a tracker.")),
            // Points moved are points, patients seen are patients (garble hunt 16: 'margin up four patients')
            ("margin up 4 pts", Pt, Some("Margin went up four points.")),
            ("saw 30 pts a day on the ward", Pt, Some("I saw 30 patients a day on the ward.")),
            // People helped or a person named with 'a' are who a later 'they' is (garble hunt 16)
            ("i want to help people stay in their homes", Why, Some("I want to help people stay in their homes.")),
            ("hale asked if i'd ever told a client something they didn't want to hear", Moment, Some("You asked if I'd ever told a client something they didn't want to hear.")),
            // A question typed as a label before its answer is named before the answer as shaped, without the label (rounds 132, 133; garble hunt 16)
            ("q about making sessions work for SEND groups - point was: i plan with the teacher beforehand", Pt, Some("On your question about making sessions work for SEND groups, I plan with the teacher beforehand.")),
            ("insurance billing question - point was i fixed claim denials, dropped them from 18% to 6%", Pt, Some("On the insurance billing question, I fixed claim denials, and I dropped them from 18% to 6%.")),
            ("the question about HL7. what i meant: i've debugged ADT feeds in Rhapsody", Pt, Some("On your question about HL7, I've debugged ADT feeds in Rhapsody.")),
            ("complaint question: customer with a £1,400 backbilling error", Pt, None),
            // The clause before a few words of notes stands by itself when it is one clause (garble hunt 16 lost 'finished lineworker school at the top of my class, CDL class A' whole)
            ("finished lineworker school at the top of my class, CDL class A", Ex, Some("I finished lineworker school at the top of my class.")),
            ("they have big clients, travel, company car?", Ex, None),
            // A note that opens on 'speak' and a language dropped its 'I' (garble hunt 16 sent 'the speak English, Spanish and Portuguese')
            ("speak english, spanish and portuguese", Ex, Some("I speak English, Spanish and Portuguese.")),
            // Subjects a note dropped where the shape says whose: done to the writer ('promoted to'), what the writer has done ('Done brakes'), read before a count, 'was' and an -ing after a colon, 'and should have' after someone else's clause (rounds 132, 133; garble hunt 16)
            ("promoted to supervisor at Next Braehead after 14 months", Ex, Some("I was promoted to supervisor at Next Braehead after 14 months.")),
            ("Done brakes and a clutch on my van and rebuilt a moped engine myself", Ex, Some("I have done brakes and a clutch on my van and rebuilt a moped engine myself.")),
            ("read ~150 submissions for the campus lit magazine as fiction editor", Ex, Some("I read about 150 submissions for the campus lit magazine as fiction editor.")),
            ("One thing I learned is how to run a full list: was seeing over 30 patients a day", Bare, Some("One thing I learned is how to run a full list: I was seeing over 30 patients a day.")),
            ("Template and families were set up by our BIM manager, and should have said that straight", Bare, Some("Template and families were set up by our BIM manager, and I should have said that straight.")),
            ("I built the model, and should have said so", Bare, Some("I built the model, and should have said so.")),
            // Names a hurried note leaves lowercase that have one reading: a month after 'through', 'rd' and a street after a capitalised name, common initials and tools (round 132, garble hunt 16)
            ("you're booked thru march", Bare, Some("You're booked through March.")),
            ("i found a landlord through foi requests", Bare, Some("I found a landlord through FOI requests.")),
            ("Marsh lane got planning first time", Bare, Some("Marsh Lane got planning first time.")),
            ("Main road was shut", Bare, Some("The main road was shut.")),
            ("i live on a quiet lane", Bare, Some("I live on a quiet lane.")),
            ("we use redis and kafka", Bare, Some("We use Redis and Kafka.")),
            // Typed slips a letter mends: 'its' before 'for', 'id' after a question word, common misspellings, the writer's comment after a comma as its own sentence (rounds 132 and 133)
            ("i'd explain its for their safety", Bare, Some("I'd explain it's for their safety.")),
            ("you asked what id change", Bare, Some("You asked what I'd change.")),
            ("not missed a shfit in 6 years", Bare, Some("I have not missed a shift in six years.")),
            ("its forecourt is huge", Bare, Some("Its forecourt is huge.")),
            ("hale said they want coaches, not rep counters, that's exactly how I see it", Moment, Some("You said you want coaches, not rep counters. That's exactly how I see it.")),
            // Clauses a note runs on wrongly: 'When you asked …, and I said …' has its main clause; a figure moved names where it started; after an operation the one cleared is the writer (garble hunt 16)
            ("when you asked how i'd debug a slow consumer, and i said check lag per partition first", Bare, Some("When you asked how I'd debug a slow consumer, I said check lag per partition first.")),
            ("p99 went 900ms -> 140ms", Bare, Some("P99 went from 900ms to 140ms.")),
            ("had knee surgery, cleared by the doctor in june", Bare, Some("I had knee surgery, and I was cleared by the doctor in June.")),
            // What the review of session 27 found the new rules changed wrongly stays as the writer meant it
            ("I was not sure if that was the right call, so I checked with the pharmacist", Bare, Some("I was not sure if that was the right call, so I checked with the pharmacist.")),
            ("I was caring for my mum, not sure if that's relevant, and I did my CCNA in that time", Pt, Some("I was caring for my mum, and I did my CCNA in that time.")),
            ("saw over 30 pts a day on the ward", Ex, Some("I saw over 30 patients a day on the ward.")),
            ("walk me through the onboarding - what does week one look like?", Q, Some("Walk me through the onboarding: what does week one look like?")),
            ("Your question - I think I answered it badly", Pt, Some("Your question - I think I answered it badly.")),
            ("q about why i left tesco - i wanted to grow into management", Pt, Some("On your question about why I left Tesco, I wanted to grow into management.")),
            ("hale said: was seeing a lot of churn in Q3", Moment, Some("You said: was seeing a lot of churn in Q3.")),
            ("the client changed the spec twice, and should have told us earlier", Bare, Some("The client changed the spec twice, and should have told us earlier.")),
            ("hired for the new Leeds store, 30 staff in 6 weeks", Ex, Some("I hired for the New Leeds store, 30 staff in 6 weeks.")),
            ("Done right, a handover takes ten minutes", Bare, None),
            // A question named after 'q about' is a topic whatever opens it; what the writer found out of the company is said to it (garble hunt 17)
            ("q about a busy night - point was: i plan staff around the big releases", Pt, Some("On your question about a busy night, I plan staff around the big releases.")),
            ("found out they supply arla and went to robotic milking last year", Moment, Some("I found out you supply arla and went to robotic milking last year.")),
            // The writer's reminder to mention something goes, what it reminds of stays (round 134's reader: a private reminder leaked)
            ("cut overdue visits from 40 to 6 in 4 months and I need to mention I did this while covering 2 vacancies", Ex, Some("I cut overdue visits from 40 to 6 in 4 months, and I did this while covering 2 vacancies.")),
            ("must mention i did it with no budget", Ex, Some("I did it with no budget.")),
            ("i ring the agency frist", Bare, Some("I ring the agency first.")),
            // A want run on after a time served with no 'and' is the writer's next clause (garble hunt 16: 'I have been doing nights four years want to lead a team')
            ("been doing nights 4 yrs want to lead a team", Bare, Some("I have been doing nights for four years, and I want to lead a team.")),
            ("i have worked there 3 years and want to move up", Bare, Some("I have worked there for three years and want to move up.")),
            // A qualification with its level and subject is held with its article and its 'in', and a grade typed after it takes its 'with' (round 137's reader: 'One result I am proud of is MSc distinction')
            ("NVQ level 3 health and social care", Ex, Some("I hold an NVQ Level 3 in health and social care.")),
            ("MSc distinction", Ex, Some("I hold an MSc with distinction.")),
            ("NVQ level 2 diploma", Ex, Some("I hold an NVQ Level 2 diploma.")),
            // A past that is never a describing word joins as the writer's next step, not 'with' (round 136 sent 'with got arrears down')
            ("managed 140 properties at Castlegate, got arrears down from 6.2% to 2.9% in 18 months", Ex, Some("I managed 140 properties at Castlegate, and I got arrears down from 6.2% to 2.9% in 18 months.")),
            // None of a counted thing with a word before its noun goes 'with' the clause (round 136)
            ("ran nights, no major audit findings at BRC", Ex, Some("I ran nights, with no major audit findings at BRC.")),
            // The one a writer would learn under is the reader, however typed (garble hunt 18 sent 'learn under marco' to Marco)
            ("want to learn under hale", Why, Some("I want to learn under you.")),
            ("i want to work under Hale Smith", Why, Some("I want to work under Hale Smith.")),
            // A level's 'in' only before a plain subject, not a place, a time, a status or the kind of award (the review of session 28)
            ("NVQ level 3 at distinction", Ex, Some("I hold NVQ Level 3 at distinction.")),
            ("nvq level 2 food hygiene certificate", Ex, Some("I hold an NVQ Level 2 food hygiene certificate.")),
            // A note that opens on "they" is about the company (garble hunt 18); a "you" later in it is anyone's.
            ("they merged with Eastgate Freight in 2025 and opened the new hub", Moment, Some("You merged with Eastgate Freight in 2025 and opened the new hub.")),
            ("they pay well and you get a van", Bare, Some("They pay well and you get a van.")),
            // 'That matters to me' is a sentence, with its verb (round 136).
            ("That matters to me because half my complaints were damp.", Bare, Some("That matters to me because half my complaints were damp.")),
            // A "you" that can or will is anyone's (the second review of session 28).
            ("they pay well and you can earn overtime", Moment, Some("They pay well and you can earn overtime.")),
            // Initials and names of kit a hurried note types in lowercase take their capitals (garble hunt 18: 'haccp', 'inr', 'meng', 'blender')
            ("kept ecg and inr checks on track", Ex, Some("I kept ECG and INR checks on track.")),
            // The 'u' typed for 'you' in an order told back is the writer too (garble hunt 19 sent 'a time you failed')
            ("tell me about a time u failed: lost my dissertation data", Ex, Some("You asked me to tell you about a time I failed: lost my dissertation data.")),
            // Round 141 (session 29): an '-ed' word a gardener or surveyor is drawn to is a thing, not a verb that dropped its 'I'; an '-ing' phrase last in a list of reasons is what the writer wants to do there; a common misspelling is mended.
            ("walled garden, heritage veg, working with a team instead of cutting lawns on my own", Why, Some("What draws me to this role is the walled garden, the heritage veg and working with a team instead of cutting lawns on my own.")),
            ("detailed work and a calm team", Why, Some("What draws me to this role is detailed work and a calm team.")),
            ("small team, good pay, working outdoors all year", Why, Some("What draws me to this role is the small team, the good pay and working outdoors all year.")),
            ("nights, weekends, including bank holidays", Why, None),
            ("listed 40 properties in a month", Ex, Some("I listed 40 properties in a month.")),
            ("detailed the findings to the board", Ex, Some("I detailed the findings to the board.")),
            ("got 100% attendence all year", Ex, Some("I got 100% attendance all year.")),
            // Garble hunt 20 and round 139 (session 29): an answer after a dash outlives the narration before it; a scenario labelled before its answer, a year before what was done in it, and a letting agent's 'let 28' are said whole; a quality of one word before 'and' and a clause, or 'fast growing', is what the job is; 'they' stays before a 'you' of the note's own.
            ("when you asked about decontamination i only said i follow protocol - at my current practice i run the LDU and do the autoclave logs", Pt, Some("When you asked about decontamination, at my current practice I run the LDU and do the autoclave logs.")),
            ("i was nervous - really nervous - and it showed", Bare, None),
            ("scenario: teenagers drinking in the park. i'd talk to them first, get names, take the drink, and speak to parents", Pt, Some("The scenario was teenagers drinking in the park. I'd talk to them first, get names, take the drink, and speak to parents.")),
            ("scenario: i'd raise the alarm", Pt, Some("Scenario: I'd raise the alarm.")),
            ("2024 - i did my GWO training and worked as a labourer while i waited for a start", Ex, Some("In 2024, I did my GWO training and worked as a labourer while I waited for a start.")),
            ("2024 - travelling", Ex, None),
            ("let 28 properties in my first 6 months", Ex, Some("I let 28 properties in my first 6 months.")),
            ("steady and they train you properly", Why, Some("What draws me to this role is that it's steady and they train you properly.")),
            ("fast growing and i want a seat near the decisions", Why, Some("What draws me to this role is that it's fast growing, and I want a seat near the decisions.")),
            ("local and i can walk there", Why, Some("What draws me to this role is that it's local, and I can walk there.")),
            // Garble hunt 20 (session 29): a bracket typed to oneself goes, others stay; a question taken back ('no actually:') leaves the one put in its place; '10x' before a verb keeps its x; a year between nouns takes no 'in'; a code typed with its capital first keeps its case; 'less polish' is no nation.
            ("decided 140 householder apps last yr, 96% in time (double check this figure)", Ex, Some("I decided 140 householder apps last year, 96% in time.")),
            ("cut waste by 10% (lol)", Ex, Some("I cut waste by 10%.")),
            ("won the regional award (2023)", Ex, Some("I won the regional award (2023).")),
            ("do testers get to play the builds early? (lol) - no actually: how do you decide severity", Q, Some("How do you decide severity?")),
            ("the 10x was queries per day", Bare, Some("The 10x was queries per day.")),
            ("got 2x commendations", Ex, Some("I got two commendations.")),
            ("i was second author on the nature 2025 paper, not first", Bare, Some("I was second author on the nature 2025 paper, not first.")),
            ("used Cas9 and SpO2", Ex, Some("I used Cas9 and SpO2.")),
            ("she said less polish, more personality", Moment, Some("You said less polish, more personality.")),
            ("I speak polish", Bare, Some("I speak Polish.")),
            // Garble hunt 20 (session 29): what was found out since about the company is said to it; a question to oneself after a dash goes; an answer after the question and a dash is its main clause, and a splice after it ends the sentence.
            ("since found out they spun out of TU Munich and work on surgical robots", About, Some("I have since found out that you spun out of TU Munich and work on surgical robots.")),
            ("found out they let me go", About, Some("I found out they let me go.")),
            ("they do alot of work w/ farmers and rural buisnesses - mention dad's farm?", About, Some("You do a lot of work with farmers and rural businesses.")),
            ("cut waste by 10% - need to mention i did this while covering 2 vacancies", Ex, Some("I cut waste by 10% - I did this while covering 2 vacancies.")),
            ("when he asked about spotting fraud - i'd check the timeline against the photos and the third party, i caught 2 staged crashes at my last job", Pt, Some("When you asked about spotting fraud, I'd check the timeline against the photos and the third party. I caught two staged crashes at my last job.")),
            ("when she asked about the gap - i was caring for my mum", Bare, Some("You asked about the gap, and I was caring for my mum.")),
            // Rounds 139 to 141 (session 29): a level typed first or last names a qualification; the figures typed after qualifications are what came with them; a degree before where it was taken takes 'from'.
            ("NVQ level 2 customer service, 98% QA scores last 6 months", Ex, Some("I hold an NVQ Level 2 in customer service, with 98% QA scores last 6 months.")),
            ("level 3 professional cookery, food hygiene level 3, ran pass on 120 covers", Ex, Some("I hold a Level 3 in professional cookery and food hygiene Level 3, and I ran pass on 120 covers.")),
            ("MEng Loughborough, dissertation 78%", Ex, Some("I hold an MEng from Loughborough, with dissertation 78%.")),
            ("level 2 food hygiene, 5 star rating, 3 yrs running", Ex, Some("I hold a Level 2 in food hygiene, with a 5-star rating and 3 years running.")),
            ("BA Hons, 2:1", Ex, Some("I hold a BA Hons, with 2:1.")),
            ("top level performer, 120 calls a day", Ex, Some("The example I had in mind is top level performer: 120 calls a day.")),
            // Review 31 and garble hunt 21 (session 29): each new rule kept to what it was for (a retraction only of a question, 'that' only before a clause about the company, only a company's own past, no '-ed' adjective before a particle, only brackets that check or laugh, no 'I had' as an answer, a scenario only of something going on, no year before a wish, no year between a verb and its noun); a joined list of the writer's clauses is kept in parts; a moment in quotes is what was said; the lady named is 'she'; retired after a time.
            ("cut the waiting list by 200 - no actually 250 in 6 months", Pt, Some("I cut the waiting list by 200 - no actually 250 in 6 months.")),
            ("i said no actually which was stupid", Q, Some("I said no actually which was stupid.")),
            ("since found out about their new depot", About, Some("I have since found out about their new depot.")),
            ("found out they went bust a month after i left", About, Some("I found out they went bust a month after I left.")),
            ("skilled up 4 apprentices at the warehouse", Ex, Some("I skilled up four apprentices at the warehouse.")),
            ("walled off the site in 2 days", Ex, Some("I walled off the site in two days.")),
            ("ran check-in (check-in and check-out) for 200 guests", Ex, Some("I ran check-in (check-in and check-out) for 200 guests.")),
            ("got 98% (check this figure)", Ex, Some("I got 98%.")),
            ("scenario: a customer shouts at you. i'd stay calm", Pt, Some("I'd stay calm.")),
            ("I joined 2019 straight from university", Ex, Some("I joined in 2019 straight from university.")),
            ("we have some polish customers", Bare, Some("We have some Polish customers.")),
            ("i speak polish, russian and english", Ex, Some("I speak Polish, Russian and English.")),
            ("\"we dont do remakes here, we do it right first time\"", Moment, Some("You said 'we don't do remakes here, we do it right first time'.")),
            ("your lollipop lady of 20 years retiring, she sounds lovely", Moment, Some("Your lollipop lady of 20 years retiring, she sounds lovely.")),
            ("i'm retired from the buses 32 yrs", Ex, Some("I'm retired from the buses after 32 years.")),
            ("the question about a tight turnaround. i should of said i run the pushback and brief the crew", Pt, Some("When you asked about a tight turnaround, I should have said I run the pushback and brief the crew.")),
            // Garble hunt 21 (session 29): a colon before a detail joined on with 'with' is a comma; a time named first, then what the writer did in it, takes 'in' and a comma.
            ("£1.4m in sales in 2025, 85 private clients", Ex, Some("The example I had in mind is £1.4m in sales in 2025, with 85 private clients.")),
            ("valentines week last yr i made 340 bouquets in 3 days", Ex, Some("In Valentine's week last year, I made 340 bouquets in 3 days.")),
            ("my first week i cried", Ex, Some("I cried my first week.")),
            // Review 32 (session 29): a degree before its subject takes no 'from'; a level before a job is no qualification; a year, an ordinal or 'ago' is no figure that came with one; the writer's own words in quotes are not the interviewer's; 'after' only for the nearest verb; what replaces a retracted question is a question; a labelled question only before what would have been said; a year only before what was done then; a correcting bracket stays.
            ("BSc Biology, 2:1", Ex, Some("I hold a BSc Biology, with 2:1.")),
            ("MSc Leeds", Ex, Some("I hold an MSc from Leeds.")),
            ("i quit my job and cared for mum 4 yrs", Ex, Some("I quit my job and cared for mum for four years.")),
            ("2022 - i'm now doing a masters", Ex, Some("2022: I'm now doing a masters.")),
            ("\"I'm a perfectionist\"", Moment, Some("I'm a perfectionist.")),
            ("placement yr with a contractor, did the temporary works register", Ex, Some("The example I had in mind is placement year with a contractor, and I did the temporary works register.")),
            // Round 142 (session 29): 'asked if id …' is the interviewer's question; 'saw since that they launched …' is what was found out; a verdict typed on how it went stays (the review of session 29 found the narration rule for it eating real content, and it was taken out).
            ("asked if id used eos family and i said 'a bit'. actually programmed 3 shows on an Ion Xe", Pt, Some("You asked if I'd used eos family and I said 'a bit'. I actually programmed three shows on an Ion Xe.")),
            ("saw since that they launched tiktok shop in sept - thats exactly the kind of launch i ran at the agency", About, Some("I have since found out that you launched TikTok shop in September - that's exactly the kind of launch I ran at the agency.")),
            ("i read theyre paying 12 an hour at Aldi", About, Some("I read they're paying 12 an hour at Aldi.")),
            // Round 142 (session 29): a saint's name after 'the' takes its capitals and its apostrophe; a lead hand is a role held.
            ("did the take offs on the st marys primary re-roof in rotherham", Ex, Some("I did the take offs on the St Mary's primary re-roof in Rotherham.")),
            ("worked at st josephs hospice for 3 yrs", Ex, Some("I worked at St Joseph's hospice for three years.")),
            ("ran the shop on the high st, sold more", Ex, Some("I ran the shop on the high st, and I sold more.")),
            ("lead hand on the st marys re-roof", Ex, Some("I was a lead hand on the St Mary's re-roof.")),
            // Review 33 (session 29): a verdict on how it went is left out only as the writer's own ('i think that went ok'); 'asked if i …' only when the interviewer asked the writer; 'they' after another firm is named stays; 'if id expired' is an ID.
            ("the client seemed impressed with the redesign and signed a 2 yr contract", Ex, Some("The client seemed impressed with the redesign and signed a 2-year contract.")),
            ("ran the christmas rota and that went well, zero complaints", Ex, Some("I ran the Christmas rota and that went well, with zero complaints.")),
            ("i check if id expired or been tampered with", Ex, Some("I check if id expired or been tampered with.")),
            ("my last place was Tesco, and i found out they started paying more", About, Some("My last place was Tesco, and I found out they started paying more.")),
            ("i read theyre paying 12 an hour in Aldi", About, Some("I read they're paying 12 an hour in Aldi.")),
            ("asked if it was hybrid", Q, Some("I asked if it was hybrid.")),
            // Review 34 (session 29): another firm named first keeps its 'they'; an ID 'been tampered with' is no 'I'd'; a shift named first takes no 'in'; the director's nod is content; the writer's own question stays theirs.
            ("Costa was my last job, found out they bought a roastery", About, Some("Costa was my last job, and I found out they bought a roastery.")),
            ("i check if id been tampered with", Ex, Some("I check if id been tampered with.")),
            ("ran the stock take and the director nodded it through", Ex, Some("I ran the stock take and the director nodded it through.")),
            ("asked if i could bring my portfolio", Q, Some("I asked if I could bring my portfolio.")),
            // Rounds 140 and 143 (session 29): a short last clause that only tells how the interviewer took it, or how the writer thinks it went, is left out; a nod with more after it stays.
            ("i said piggyback on support tickets, she nodded a lot at that", Moment, Some("I said piggyback on support tickets.")),
            ("i said the pneumonia and he said most people wrongly go for the diabetes, i think that went ok actually", Moment, Some("I said the pneumonia and you said most people wrongly go for the diabetes.")),
            ("she nodded, then asked about my dbs", Moment, Some("You nodded, then asked about my DBS.")),
            ("he nodded and said the job was mine if i wanted it", Moment, Some("You nodded and said the job was mine if I wanted it.")),
            // Round 145: 'her' before a particle that ends its clause is the reader herself ('keeps your up' was sent); before a noun it is still hers.
            ("she said the roof keeps her up at night", Moment, Some("You said the roof keeps you up at night.")),
            ("she said her back office is tiny", Moment, Some("You said your back office is tiny.")),
            // Round 145: a sentence opening on a count of acronyms spells the count ('2 HCAs' was marked); inside a sentence the figure stays.
            ("2 HCAs on nights kept clashing and I sorted it", Ex, Some("Two HCAs on nights kept clashing and I sorted it.")),
            ("I trained 2 HCAs", Ex, Some("I trained 2 HCAs.")),
            // Round 146: a clause that only says what the one before did for the writer ('…, taught me how to negotiate') is joined with 'which', not 'and I taught me'; not after someone else's clause.
            ("at bramwell i ran the final account pretty much single handed, taught me how to negotiate", Why, Some("At bramwell I ran the final account pretty much single handed, which taught me how to negotiate.")),
            ("ran the rota for 2 years, showed me how much planning matters", Ex, Some("I ran the rota for two years, which showed me how much planning matters.")),
            ("she asked me to cover, gave me the keys", Ex, Some("You asked me to cover, and gave me the keys.")),
            // Round 145: an organisation typed in lowercase after 'at', 'joined', 'for' … takes its capitals up to its last word ('academy', 'trust', 'college' …); a kind of organisation does not ('sixth form college', 'a local academy', 'dance school').
            ("I retendered the cleaning contracts at kingsmead academy, which saved £38k a year", Ex, Some("I retendered the cleaning contracts at Kingsmead Academy, which saved £38k a year.")),
            ("since we met I read that Westfield joined oak hill learning trust in september", Ex, Some("Since we met, I read that Westfield joined Oak Hill Learning Trust in September.")),
            ("I was head of year at oakfield high school", Ex, Some("I was head of year at Oakfield High School.")),
            ("I did my a levels at sixth form college", Ex, Some("I did my a levels at sixth form college.")),
            ("I worked at a local academy", Ex, Some("I worked at a local academy.")),
            ("I learned at dance school", Ex, Some("I learned at dance school.")),
            ("I am best at building trust with young people", Ex, Some("I am best at building trust with young people.")),
            // Review of session 30: an organisation's name only after 'at', 'joined' or a word of work; abstract trust, other solicitors, a kind, a name with a short word and 'trust wide' stay as typed; 'her out of hours service' is hers; a measure after a figure keeps it; someone else's clause keeps its subject.
            ("we built the service with mutual trust", Ex, Some("We built the service with mutual trust.")),
            ("I liaised with other solicitors on completions", Ex, Some("I liaised with other solicitors on completions.")),
            ("I trained at agricultural college", Ex, Some("I trained at agricultural college.")),
            ("i taught at holy trinity ce primary", Ex, Some("I taught at holy trinity ce primary.")),
            ("I was the lead for infection control trust wide", Ex, Some("I was the lead for infection control trust wide.")),
            ("i trained at york st john university", Ex, Some("I trained at York St John University.")),
            ("I worked for bury council for 3 years", Ex, Some("I worked for Bury Council for three years.")),
            ("she said her out of hours service is stretched", Moment, Some("You said your out of hours service is stretched.")),
            ("she said the rota wore her out", Moment, Some("You said the rota wore you out.")),
            ("4 GB of logs a day went through my pipeline", Ex, Some("4 GB of logs a day went through my pipeline.")),
            ("my manager asked me to cover, gave me the keys", Ex, Some("My manager asked me to cover, which gave me the keys.")),
            ("my time at aldi, taught me to work fast", Ex, Some("The example I had in mind is my time at Aldi, which taught me to work fast.")),
            // Round 147: 'hed', 'theyd' and 'youd' take their apostrophes ('shed' and 'wed' are words).
            ("the partner said they were the cleanest completions hed had from a trainee", Ex, Some("The partner said they were the cleanest completions he'd had from a trainee.")),
            // Simulated users of session 30: 'that suits me because …' opens on 'that' as its subject, no 'that' clause: never 'What draws me to this role is that suits me'; kept where it reads as a sentence, else left out (and the Write step says so).
            ("that suits me because i want to lead a team", Why, None),
            ("that matters to me", Why, Some("That matters to me.")),
            ("that the team trains people properly", Why, Some("What draws me to this role is that the team trains people properly.")),
            // Review 36: a time after the particle ends the phrase too ('let her down last year' is the reader).
            ("she said the team let her down last year", Moment, Some("You said the team let you down last year.")),
        ];
        assert!(rows.len() >= 40);
        for (note, k, want) in rows {
            let f = frame(*k);
            let got = shape(note, &f);
            assert_eq!(got.as_deref(), *want, "{note:?} {k:?}");
            let parts = shaped(note, &f);
            assert_finished(&parts, note);
            if let Some(w) = want {
                assert_eq!(parts.join(" "), *w);
                if matches!(k, Ex) && w.starts_with(EX) {
                    assert!(w.len() > EX.len());
                }
            }
        }
    }

    #[test]
    fn subject_and_verb_table() {
        let rows: &[(&str, bool)] = &[
            ("The route-planning project at Brightway.", false),
            ("A content calendar for 12 clients.", false),
            ("I led it.", true),
            ("Since we met, I have read your annual report.", true),
            ("What would success look like?", true),
            ("We also shipped a week early.", true),
            ("You opened a second clinic in Leeds.", true),
            ("Brightway opened a second clinic in Leeds.", true),
            ("The team I led shipped it in May.", true),
            ("The project that I led.", false),
            // A time or place phrase before the subject, without a comma.
            (
                "Last winter I rerouted 30 vans around a closed bridge.",
                true,
            ),
            ("In 2023 we opened a second depot.", true),
            ("Because I wanted to show my range.", false),
            ("When you asked about the gap.", false),
            ("Led the migration of 40 stores.", false),
            ("I'm glad you asked.", true),
            ("My best work.", false),
            ("It.", false),
            ("I going to the office.", false),
            ("Delivery times dropped by 12%.", true),
            ("What about the Leeds clinic?", false),
            ("There was a gap in 2021.", true),
            ("That project was my best work.", true),
            ("To cut delivery times by 12%.", false),
            ("", false),
            ("What I meant to say is that I led the rollout.", true),
            (
                "The example I had in mind is the route-planning project at Brightway.",
                true,
            ),
            ("Mention the Leeds clinic.", false),
            ("Is the Leeds clinic open yet?", true),
            ("The head of logistics asked me about it.", true),
            ("The team leads the rollout.", true),
            ("Brightway manages 40 stores.", true),
            ("The delivery times at Brightway.", false),
            ("At Brightway I led the rollout.", true),
            ("Who led the rollout?", true),
            ("The project that cut delivery times.", false),
        ];
        assert!(rows.len() >= 15);
        for (s, want) in rows {
            assert_eq!(has_subject_and_verb(s), *want, "{s:?}");
        }
    }

    // Guards linear time and the word budget on a pasted megabyte, in three shapes:
    // many sentences, one endless sentence, and narration only.
    #[test]
    fn a_megabyte_note_is_quick_and_bounded() {
        let f = frame(K::Ex);
        let many = "I led the rollout to 40 stores. ".repeat(32 * 1024);
        let endless = "and the route planner ".repeat(48 * 1024);
        let narration = "I froze, my mind went blank. ".repeat(36 * 1024);
        let commas = "we shipped, ".repeat(90 * 1024);
        let started = std::time::Instant::now();
        let got = shape(&many, &f).unwrap_or_default();
        assert!(got.split_whitespace().count() <= f.max_words && !got.is_empty());
        assert_eq!(shape(&endless, &f), None);
        assert_eq!(shape(&narration, &f), None);
        assert_eq!(shape(&commas, &f), None);
        assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
    }

    // Guards the invariants on notes nobody would think to write: random mixes of
    // words, marks, quotes, bullets, line breaks and non-ASCII never panic, and what
    // comes back is finished and within the budget.
    #[test]
    fn random_notes_keep_the_invariants() {
        const PIECES: &[&str] = &[
            "i",
            "I",
            "she",
            "her",
            "they",
            "their",
            "Brightway's",
            "led",
            "the",
            "rollout",
            "said",
            "that",
            "what",
            "would",
            "you",
            "mention",
            "say",
            "because",
            "to",
            "froze",
            "rambled",
            "and",
            "but",
            "team",
            "12%",
            "Ms.",
            "Ortega",
            "asked",
            "é",
            "東京",
            "🚀",
            "\"",
            "“",
            "”",
            "'",
            "…",
            "...",
            ".",
            "?",
            "!",
            ",",
            "-",
            "•",
            "\n",
            "\n\n",
            "  ",
            "<b>",
            "</b>",
            "im",
            "dont",
            "was",
            "is",
            "a",
            // Words that rules look past, and figures ("…, where im from" once
            // panicked a rule that expected a figure after "from").
            "from",
            "where",
            "ago",
            "years",
            "3",
            "£40k",
            "at",
            "with",
            "of",
            "for",
            "in",
            "my",
            ":",
            ";",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..6000 {
            let len = next(24);
            let mut note = String::new();
            for _ in 0..len {
                note.push_str(PIECES[next(PIECES.len())]);
                if next(3) > 0 {
                    note.push(' ');
                }
            }
            for k in [K::Ex, K::Pt, K::Q, K::Bare, K::Tiny] {
                let f = frame(k);
                let parts = shaped(&note, &f);
                assert_finished(&parts, &note);
                let words: usize = parts.iter().map(|p| p.split_whitespace().count()).sum();
                assert!(words <= f.max_words, "{note:?}");
            }
        }
    }

    // Guards char boundaries: every prefix of a mixed-script note shapes without panic,
    // and whatever comes back is finished.
    #[test]
    fn non_ascii_never_panics() {
        let note = "“Émilie’s” team… 東京 clinic — i led it 🚀! «she’s» ÿ? naïve… 12.5% café.";
        for (i, _) in note.char_indices() {
            for k in [K::Ex, K::Pt, K::Q, K::Bare] {
                let parts = shaped(&note[..i], &frame(k));
                assert_finished(&parts, &note[..i]);
            }
        }
    }
}
