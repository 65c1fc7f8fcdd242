//! The "what went wrong?" self-assessment: the symptom catalogue, the rule engine and
//! the verdict.
//!
//! The rules follow the seed article: one small slip rarely decides an interview; a
//! series of slips hints at personality and work ethic; worrying interviewer signals
//! raise concern; bad-mouthing a former boss or knowing nothing about the company is
//! serious on its own; an off day or a personal event is a reason to explain, not a fault.

use super::{Assessment, Channel};

/// The areas the self-assessment is grouped by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    /// How the candidate answered questions.
    Answers,
    /// How the candidate told their work history.
    WorkHistory,
    /// What the candidate knew and asked.
    Preparation,
    /// Body language, punctuality, how they came across.
    Presence,
    /// A mistake the list lacks, in the user's words, with a weight they choose.
    Other,
    /// What the interviewer did that hinted at concern.
    Signals,
    /// Honest reasons outside the candidate's control.
    Circumstances,
}

impl Area {
    /// Every area in the order the form shows them.
    pub const ALL: [Area; 7] = [
        Self::Answers,
        Self::WorkHistory,
        Self::Preparation,
        Self::Presence,
        Self::Other,
        Self::Signals,
        Self::Circumstances,
    ];

    /// Stable key, used for element ids.
    pub fn key(self) -> &'static str {
        match self {
            Self::Answers => "answers",
            Self::WorkHistory => "work_history",
            Self::Preparation => "preparation",
            Self::Presence => "presence",
            Self::Other => "other",
            Self::Signals => "signals",
            Self::Circumstances => "circumstances",
        }
    }

    /// Heading shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Self::Answers => "Your answers",
            Self::WorkHistory => "Your work history",
            Self::Preparation => "Preparation",
            Self::Presence => "How you came across",
            Self::Other => "Something else",
            Self::Signals => "What the interviewer did",
            Self::Circumstances => "Circumstances",
        }
    }
}

/// What the letter must contain to repair a finding. The composer maps each move to a
/// paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LetterMove {
    /// Give the answer the candidate wishes they had given (uses the user's notes).
    RestateAnswer,
    /// Show concrete knowledge of the company and the role.
    ShowPreparation,
    /// Explain the career path as a direction and say why this role is for the long run.
    ShowCommitment,
    /// Speak of past employers with respect; show what was learned.
    StayPositive,
    /// Show how the candidate would represent the company: warm, clear, engaged.
    ShowPresence,
    /// Briefly and honestly name the reason for the off day.
    ExplainCircumstance,
    /// Ask the thoughtful question(s) the candidate did not ask.
    AskQuestions,
    /// Own a practical slip (lateness, logistics) in one line and move on.
    OwnTheSlip,
    /// No paragraph of its own; the finding only raises the stakes.
    None,
}

/// How serious a single finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Rarely decides anything on its own.
    Minor,
    /// Worth repairing.
    Moderate,
    /// Can put the application on the "no" pile by itself.
    Serious,
}

/// One item of the self-assessment catalogue. All texts are the product's own words.
#[derive(Debug, PartialEq, Eq)]
pub struct Symptom {
    /// Stable key stored in drafts; never rename.
    pub id: &'static str,
    /// The group it is shown in.
    pub area: Area,
    /// The checkbox label, phrased as something the user did or saw.
    pub question: &'static str,
    /// Prompt for the optional detail field, e.g. "Which question?".
    pub detail_prompt: Option<&'static str>,
    /// What the interviewer most likely concluded.
    pub perception: &'static str,
    /// Weight in the severity score (1 = small slip, 5 = serious on its own).
    pub weight: u8,
    /// How to repair it in the follow-up.
    pub repair: &'static str,
    /// What the letter must then contain.
    pub letter_move: LetterMove,
    /// The admission in the letter's own voice, as a clause to join with others ("I
    /// took too long to make my point"); `{company}` is filled in. Empty when the
    /// letter should not mention it: signals, circumstances, slips better shown than
    /// confessed, and slips owned in a line of their own (lateness, the setup).
    pub slip: &'static str,
    /// The slip as said when the user's private note names the question it happened
    /// on ("my mind went blank when you asked {question}"); empty for a slip that is
    /// not about one question. Only the question is taken from the note (see
    /// `letter::asked`).
    pub slip_named: &'static str,
    /// The Write step's field for this item, when the letter needs the user's own
    /// words to repair it. The step-2 note (`detail_prompt`) is private: the letter
    /// takes from it only the question it names (see `slip_named`).
    pub line: Option<LetterLine>,
    /// What to practise before the next interview, if the item calls for something.
    pub lesson: Option<&'static str>,
}

/// A field of the Write step whose text goes into the letter, and how the letter
/// frames a note typed as a fragment.
#[derive(Debug, PartialEq, Eq)]
pub struct LetterLine {
    /// The field's label; `{them}` becomes the interviewer's name (or "them") and
    /// `{company}` the company.
    pub prompt: &'static str,
    /// Wraps a fragment into a sentence: `{}` is where the fragment goes.
    pub frame: &'static str,
    /// Lead for a note typed as a "that …" clause; `None` uses `frame`.
    pub that_lead: Option<&'static str>,
    /// The sentence that leads into the user's words in a second-chance letter, in
    /// three wordings; empty when the words stand alone.
    pub leads: [&'static str; 3],
    /// The field is about the interviewer or the company, so "she" and "they" in it
    /// may mean the reader and become "you"; otherwise it tells the user's own story.
    pub about_them: bool,
    /// The field asks for a question for the interviewer, kept as a question.
    pub question: bool,
}

/// Lessons for the next interview, shared by the catalogue's rows; the follow-up
/// step's checklist adds the universal ones.
pub mod lessons {
    /// Research the company and the role.
    pub const RESEARCH: &str =
        "Research the company and the role: what they do, recent news, and why you want this job.";
    /// Tell the career as a story.
    pub const STORY: &str =
        "Prepare a two-minute story of your work history that moves forward and criticises nobody.";
    /// Questions to ask.
    pub const QUESTIONS: &str =
        "Write down three questions to ask them about the team and the work.";
    /// Practise the fumbled answers.
    pub const PRACTISE: &str =
        "Practise out loud the answers you fumbled, each with one real example and its result.";
    /// Keep answers short.
    pub const SHORT: &str = "Keep answers to a minute or two: the point first, then one example.";
    /// Presence on camera or in the room.
    pub const PRESENCE: &str =
        "Practise on a video call with a friend: sit up, look at them, let them finish each question.";
    /// Back up every line of the CV.
    pub const EVIDENCE: &str =
        "Reread your CV and have a story ready for every claim on it, gaps included.";
    /// Pay later.
    pub const PAY: &str = "Leave pay for later unless they bring it up first.";
    /// Arrive early, test the setup.
    pub const ARRIVE: &str =
        "Plan to arrive ten minutes early, or test your camera, sound and link the day before.";
    /// A mock interview.
    pub const MOCK: &str =
        "Do one mock interview out loud before the day; it takes the edge off nerves.";
}
use lessons::{
    ARRIVE as LESSON_ARRIVE, EVIDENCE as LESSON_EVIDENCE, PAY as LESSON_PAY,
    PRACTISE as LESSON_PRACTISE, PRESENCE as LESSON_PRESENCE, QUESTIONS as LESSON_QUESTIONS,
    RESEARCH as LESSON_RESEARCH, SHORT as LESSON_SHORT, STORY as LESSON_STORY,
};

/// A checked symptom in the report, with the user's detail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The catalogue item.
    pub symptom: &'static Symptom,
    /// Severity after the rules (combinations may raise it).
    pub severity: Severity,
    /// The user's detail, trimmed (may be empty).
    pub detail: String,
}

/// A combination of findings that means more than its parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    /// Stable key, for tests and element ids.
    pub id: &'static str,
    /// Short title.
    pub title: &'static str,
    /// What the combination tells the interviewer.
    pub explanation: &'static str,
    /// What to do about it in the letter.
    pub advice: &'static str,
}

/// The overall verdict, from least to most serious.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// Nothing was checked.
    NothingToRepair,
    /// Minor slips: a normal thank-you note will do.
    MinorSlips,
    /// A pattern: damage control with a second-chance letter.
    Pattern,
    /// A red flag: address it head-on.
    RedFlag,
}

/// Severity totals of one area, for the bar chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaScore {
    /// The area.
    pub area: Area,
    /// Sum of the weights of its checked items.
    pub score: u32,
    /// Sum of the weights of all its items.
    pub max: u32,
}

/// The report computed from an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnosis {
    /// The verdict.
    pub verdict: Verdict,
    /// Overall severity 0..=100 for the meter.
    pub severity: u8,
    /// Each checked item, faults first, most serious first.
    pub findings: Vec<Finding>,
    /// Combinations found across the items.
    pub patterns: Vec<Pattern>,
    /// Per-area totals in [`Area::ALL`] order.
    pub areas: Vec<AreaScore>,
    /// Recommended channel.
    pub channel: Channel,
    /// Why that channel, in one sentence.
    pub channel_reason: &'static str,
    /// When to send, in one sentence.
    pub timing: &'static str,
}

// ---------------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------------

/// Every self-assessment item, grouped by area in [`Area::ALL`] order.
///
/// Ids are stored in users' drafts: never rename or reuse one.
static CATALOGUE: [Symptom; 30] = [
    // --- Answers -------------------------------------------------------------------
    Symptom {
        id: "rambled_too_long",
        area: Area::Answers,
        question: "I rambled on too long about one topic",
        detail_prompt: Some("Which question, and what point were you trying to make?"),
        perception: "They may have wondered whether you can tell what matters and say it briefly, to a client or a busy team.",
        weight: 2,
        repair: "Give the short version now: the one point you meant to make, in two or three sentences.",
        letter_move: LetterMove::RestateAnswer,
        slip: "I took too long to make my point",
        slip_named: "I took too long to make my point when you asked {question}",
        line: Some(LetterLine {
            prompt: "The question, and the point you meant to make, in one or two sentences to {them}",
            frame: "The point I meant to make was about {}.",
            that_lead: Some("The point I meant to make is"),
            leads: [
                "Here is the short version.",
                "Put simply, it comes down to this.",
                // Not "Here it is in a sentence or two." (the eleventh garble hunt:
                // the form's own prompt said back).
                "This is the point I was trying to make.",
            ],
            about_them: false,
            question: false,
        }),
        lesson: Some(LESSON_SHORT),
    },
    Symptom {
        id: "said_too_little",
        area: Area::Answers,
        question: "I said too little on a question that mattered",
        detail_prompt: Some("Which question? What do you wish you had said?"),
        perception: "They may have wondered whether there is real experience behind the answer, or whether you were holding back.",
        weight: 2,
        repair: "Say now what you left out: one concrete example, what you did and what came of it.",
        letter_move: LetterMove::RestateAnswer,
        // Not "I gave you a thinner answer than your question deserved" (round 57's
        // readers: stock).
        slip: "my answer to one of your questions was far too short",
        slip_named: "my answer was far too short when you asked {question}",
        line: Some(LetterLine {
            prompt: "The question, and the fuller answer you meant to give, in one or two sentences to {them}",
            frame: "I should have told you about {}.",
            that_lead: Some("What I should have said is"),
            leads: [
                "Here is the fuller answer I meant to give.",
                "I would like to give you a fuller answer.",
                "There is more I should have said.",
            ],
            about_them: false,
            question: false,
        }),
        lesson: Some(LESSON_PRACTISE),
    },
    Symptom {
        id: "blanked_on_question",
        area: Area::Answers,
        question: "My mind went blank on a question",
        detail_prompt: Some("Which question? How would you answer it now?"),
        perception: "They may have wondered whether you lack the knowledge, or whether you freeze under pressure.",
        weight: 2,
        repair: "Answer the question now, calmly and briefly; there is no need to dwell on the blank moment.",
        letter_move: LetterMove::RestateAnswer,
        // Not "one of your questions caught me out": readers of rounds 44, 49 and 50
        // heard the blame put on the question.
        slip: "my mind went blank on one of your questions",
        slip_named: "my mind went blank when you asked {question}",
        line: Some(LetterLine {
            prompt: "The question, and your answer to it now, in one or two sentences to {them}",
            frame: "My answer now would be {}.",
            that_lead: Some("My answer now is"),
            leads: [
                "Here is how I would answer that question now.",
                "I have since given that question proper thought.",
                "Here is the answer I could not find in the moment.",
            ],
            about_them: false,
            question: false,
        }),
        lesson: Some(LESSON_PRACTISE),
    },
    Symptom {
        id: "barely_spoke",
        area: Area::Answers,
        question: "I barely said a word all interview",
        detail_prompt: Some("What do you wish they had learned about you?"),
        perception: "They may have wondered whether you really want the job, or whether the person on your résumé is the one they met.",
        weight: 4,
        repair: "Use the letter to say what you could not say then: why you want this role and what you bring, in warm, plain words.",
        letter_move: LetterMove::RestateAnswer,
        slip: "I said far less than I meant to",
        slip_named: "",
        line: Some(LetterLine {
            prompt: "What you want {them} to know about you, in one or two sentences",
            frame: "I wanted you to know about {}.",
            that_lead: Some("What I wanted you to know is"),
            leads: [
                "Here is what I would have liked you to hear.",
                "Here is what I want you to know about me.",
                "Here is what I should have told you.",
            ],
            about_them: false,
            question: false,
        }),
        lesson: Some(LESSON_SHORT),
    },
    Symptom {
        id: "weak_tell_me_about_yourself",
        area: Area::Answers,
        question: "My answer to \"Tell me about yourself\" was long or unfocused",
        detail_prompt: Some("What would your two-minute answer be now?"),
        perception: "They may have wondered whether you know what you offer, since that first answer sets the tone for the rest.",
        weight: 2,
        repair: "Add a short, clear summary of who you are, what you do best and why it fits this role.",
        letter_move: LetterMove::RestateAnswer,
        slip: "I did not sum myself up well at the start",
        slip_named: "",
        line: Some(LetterLine {
            prompt: "Your short summary for {them}: what you do best and why it fits",
            frame: "The short version is {}.",
            that_lead: Some("The short version is"),
            leads: [
                "Here is the summary I should have opened with.",
                // Not "I should have opened with a clearer summary." after the slip
                // "I did not sum myself up well" (round 61's reader: said twice).
                // Not "Put simply, this is who I am." (the sixth garble hunt: an empty
                // lead-in).
                "Here is how I would sum myself up now.",
                "Here is a clearer picture of what I do.",
            ],
            about_them: false,
            question: false,
        }),
        lesson: Some(LESSON_STORY),
    },
    Symptom {
        id: "no_concrete_example",
        area: Area::Answers,
        question: "I couldn't give a concrete example when asked for one",
        detail_prompt: Some("Which question? What real story could you tell now?"),
        perception: "They may have wondered whether you have actually done what you described, or only know about it.",
        weight: 3,
        repair: "Tell one short, true story: the situation, what you did and the result.",
        letter_move: LetterMove::RestateAnswer,
        slip: "I had no example ready when you asked for one",
        slip_named: "I had no example ready when you asked {question}",
        line: Some(LetterLine {
            prompt: "The example you should have given: what you did and what came of it",
            frame: "The example I should have given is {the}.",
            that_lead: Some("The example I should have given is"),
            leads: [
                "Here is the example I should have given you.",
                "Here is a real example from my own work.",
                "Here is the story I should have told.",
            ],
            about_them: false,
            question: false,
        }),
        lesson: Some(LESSON_PRACTISE),
    },
    Symptom {
        id: "raised_salary_early",
        area: Area::Answers,
        question: "I brought up salary or benefits too early",
        detail_prompt: Some("What did you ask, and at what point?"),
        perception: "They may have wondered whether the pay matters more to you than the work itself.",
        weight: 2,
        repair: "Own it in one clause, with no figures, then show what draws you to the work and the team.",
        letter_move: LetterMove::ShowCommitment,
        // "Pay and conditions": round 23's writer had asked about discount and hours,
        // and a letter that says "pay" gets the fact wrong.
        slip: "I raised pay and conditions before we had talked properly about the work",
        slip_named: "",
        line: None,
        lesson: Some(LESSON_PAY),
    },
    Symptom {
        id: "negative_about_role",
        area: Area::Answers,
        question: "I sounded unsure or negative about the job itself",
        detail_prompt: Some("What did you say, and what do you really think of the role?"),
        perception: "They may have wondered whether you would stay motivated, or leave as soon as something better came along.",
        weight: 3,
        repair: "Say plainly what appeals to you about the role, and settle the doubt you voiced if it still matters.",
        letter_move: LetterMove::ShowCommitment,
        slip: "I sounded less sure about the role than I am",
        slip_named: "",
        line: None,
        lesson: Some(LESSON_RESEARCH),
    },
    // --- Work history --------------------------------------------------------------
    Symptom {
        id: "explained_every_exit",
        area: Area::WorkHistory,
        question: "I spent the talk about my work history explaining why I left each job",
        detail_prompt: Some("Which moves did you explain, and what thread connects them?"),
        perception: "They may have wondered whether you can commit to a role for the long run, or would soon move on again.",
        weight: 3,
        repair: "Tell your career as one direction, not a list of exits, and say why this is a role you would stay in.",
        letter_move: LetterMove::ShowCommitment,
        slip: "I spent our time on why I left past jobs rather than where I am going",
        slip_named: "",
        line: Some(LetterLine {
            prompt: "The thread that connects your moves, in a sentence to {them}",
            frame: "The thread through my moves is {}.",
            that_lead: Some("The thread through my moves is"),
            leads: [
                "My moves between jobs follow one thread.",
                "Taken together, my job moves point one way.",
                "There is a thread through my job moves.",
            ],
            about_them: false,
            question: false,
        }),
        lesson: Some(LESSON_STORY),
    },
    Symptom {
        id: "criticised_former_boss",
        area: Area::WorkHistory,
        question: "I criticised a former boss or employer",
        detail_prompt: Some("What did you say, and what did you actually learn there?"),
        perception: "They may have concluded you would one day talk about them the same way. This alone can put an application on the \"no\" pile.",
        weight: 5,
        repair: "Do not repeat or defend the remark. Speak of that employer with respect and name something real you learned there.",
        letter_move: LetterMove::StayPositive,
        // Round 22's reader found "people I have worked with … working with them"
        // vague: the remark was about an employer, and the lesson was learned there.
        // Not "a former employer": round 23's writer had criticised his current one.
        // "an employer", not "a former employer": the boss may be the current one (the
        // review of session 17).
        slip: "I spoke about an employer in a way I regret",
        // Who, when the note names them ("my old manager"), is said in the slip's
        // place of "an employer" (see the composer's `slip_named`).
        slip_named: "",
        line: Some(LetterLine {
            prompt: "One real thing you learned in that job",
            frame: "One thing I learned in that job is {}.",
            that_lead: Some("One thing I learned in that job is"),
            leads: [
                "That job taught me more than I gave it credit for.",
                // Not "That employer deserves a fairer account than I gave." (rounds 93
                // and 97: vague, and "employer" twice after the slip) nor "I owe that
                // employer a fairer account." (round 57's reader: stiff), nor "To be
                // fair to that employer, it taught me a great deal." (round 96: clumsy).
                "In fairness, that job did a lot for me.",
                "It was a job that taught me a great deal.",
            ],
            about_them: false,
            question: false,
        }),
        lesson: Some(LESSON_STORY),
    },
    Symptom {
        id: "stumbled_on_gap",
        area: Area::WorkHistory,
        question: "I stumbled over a gap or a short stay on my résumé",
        detail_prompt: Some("Which gap, and what were you doing then?"),
        perception: "They may have wondered what you were leaving out, since an awkward answer can sound like something to hide.",
        weight: 2,
        repair: "Explain the gap in one honest sentence, then move on to what you are ready for now.",
        letter_move: LetterMove::ShowCommitment,
        slip: "I did not explain the gap in my CV clearly",
        slip_named: "",
        line: Some(LetterLine {
            prompt: "What you did during the gap, in one sentence to {them}",
            frame: "During that gap, my focus was {}.",
            that_lead: Some("During that gap, the truth is"),
            leads: [
                "Here is what I was doing then.",
                "What I should have said is simple.",
                // None: the slip's own sentence leads into it. Not "The fuller answer
                // is this." (round 50's reader: stiff) nor "I should have put it
                // plainly." (round 56's: filler).
                "",
            ],
            about_them: false,
            question: false,
        }),
        lesson: Some(LESSON_EVIDENCE),
    },
    Symptom {
        id: "couldnt_back_up_resume",
        area: Area::WorkHistory,
        question: "I couldn't back up something on my résumé",
        detail_prompt: Some("Which line, and what is the true story behind it?"),
        perception: "They may have wondered how far the rest of your résumé can be trusted.",
        weight: 3,
        repair: "Give the real facts behind that line, with a number or a result if you have one, and correct it if it overstated things.",
        letter_move: LetterMove::RestateAnswer,
        // Not "I was vague about …" (round 58's reader: it softens the slip) nor "I
        // could not back up one line of my CV" (rounds 61 and 62: it reads as
        // misrepresentation).
        slip: "I explained one line of my CV badly",
        // The line the note quotes ("cv says 'validated 1,200+ …'"): see
        // `letter::asked::claim_in_note`.
        slip_named: "my CV says {question}, and I explained it badly",
        line: Some(LetterLine {
            prompt: "The real work behind that line of your CV, with a number if you have one",
            frame: "I can point to {}.",
            that_lead: Some("The truth is"),
            leads: [
                "Here is the detail behind that line.",
                // Not "The facts are these." (round 50's reader: stiff).
                "Here is what that line rests on.",
                "Let me put that right.",
            ],
            about_them: false,
            question: false,
        }),
        lesson: Some(LESSON_EVIDENCE),
    },
    // --- Preparation ---------------------------------------------------------------
    Symptom {
        id: "knew_little_about_company",
        area: Area::Preparation,
        question: "I knew little about the position or the company",
        detail_prompt: Some("What have you learned about them since?"),
        perception: "They may have concluded you did not prepare and are not really interested. This alone can sink an application.",
        weight: 5,
        repair: "Do the homework now and show it: name something specific about the company and the role, and why it matters to you.",
        letter_move: LetterMove::ShowPreparation,
        slip: "I had not done enough homework before we met",
        slip_named: "",
        line: Some(LetterLine {
            prompt: "One thing you have since learned about {company}, and why it matters to you",
            frame: "What stands out to me is {}.",
            that_lead: Some("What stands out to me is"),
            leads: [
                "Since then, I have read up on your work.",
                // Not "… the reading I should have done before we met" after the slip's
                // own "before we met" (round 58's reader).
                "I have since read up on your work properly.",
                "Since then, I have spent time learning how {company} works.",
            ],
            about_them: true,
            question: false,
        }),
        lesson: Some(LESSON_RESEARCH),
    },
    Symptom {
        id: "no_questions",
        area: Area::Preparation,
        question: "I had no questions for the interviewer",
        detail_prompt: Some("What would you ask now?"),
        perception: "They may have wondered whether you are curious about this job, or would simply take any job.",
        weight: 2,
        repair: "Ask one or two thoughtful questions about the role, the team or how success is measured.",
        letter_move: LetterMove::AskQuestions,
        slip: "I let the chance to ask you questions go by",
        slip_named: "",
        line: Some(LetterLine {
            prompt: "The question you would ask {them} now",
            frame: "I would like to know more about {}.",
            that_lead: None,
            leads: [
                "I came away from our conversation with a question I should have asked.",
                "There is one question I wish I had asked you.",
                // Not "One question has stayed with me since." (round 61's reader: after a
            // question the interviewer asked, it read as hers).
            "There is something I should have asked you.",
            ],
            about_them: true,
            question: true,
        }),
        lesson: Some(LESSON_QUESTIONS),
    },
    Symptom {
        id: UNCLEAR_WHY,
        area: Area::Preparation,
        question: "I couldn't say clearly why I want this job",
        detail_prompt: Some("Why do you want it? Put it in a sentence or two."),
        perception: "They may have wondered whether you applied everywhere and would be just as happy anywhere else.",
        weight: 3,
        repair: "Say in a few plain words what draws you to this role at this company, and link it to where you want to grow.",
        letter_move: LetterMove::ShowCommitment,
        slip: "I did not say clearly why I want this role",
        slip_named: "",
        line: None,
        lesson: Some(LESSON_RESEARCH),
    },
    // --- Presence ------------------------------------------------------------------
    Symptom {
        id: "nervous_body_language",
        area: Area::Presence,
        question: "I was visibly nervous or my body language was closed",
        detail_prompt: None,
        perception: "They may have wondered how you would come across to clients and colleagues, since that is how you would represent them.",
        weight: 2,
        repair: "Let the letter show the calm, warm person you usually are: clear sentences, a friendly tone, real interest.",
        letter_move: LetterMove::ShowPresence,
        slip: "my nerves got the better of me",
        slip_named: "",
        line: None,
        lesson: Some(LESSON_PRESENCE),
    },
    Symptom {
        id: "poor_eye_contact",
        area: Area::Presence,
        question: "I kept poor eye contact",
        detail_prompt: None,
        perception: "They may have read it as low confidence, or as not being fully engaged in the conversation.",
        weight: 2,
        repair: "There is no need to mention it; a confident, personal letter corrects the impression better than an apology.",
        letter_move: LetterMove::ShowPresence,
        slip: "",
        slip_named: "",
        line: None,
        lesson: Some(LESSON_PRESENCE),
    },
    Symptom {
        id: "arrived_late",
        area: Area::Presence,
        question: "I arrived late",
        detail_prompt: Some("How late, and why?"),
        perception: "They may have wondered whether you would be reliable with clients and deadlines.",
        weight: 3,
        repair: "Own it in one line, with no long excuse, and show that it is not how you work.",
        letter_move: LetterMove::OwnTheSlip,
        slip: "",
        slip_named: "",
        // What made them late, if they choose to say it: a letter that names it reads
        // as accountable, one that only apologises as thin (rounds 56 and 57).
        line: Some(LetterLine {
            prompt: "If you want to say why: one plain sentence to {them} about what made you late. Leave it empty to simply apologise.",
            frame: "What held me up was {the}.",
            that_lead: None,
            leads: ["", "", ""],
            about_them: false,
            question: false,
        }),
        lesson: Some(LESSON_ARRIVE),
    },
    Symptom {
        id: "interrupted_interviewer",
        area: Area::Presence,
        question: "I interrupted the interviewer or talked over them",
        detail_prompt: None,
        perception: "They may have wondered whether you listen well, to colleagues and to clients.",
        weight: 2,
        repair: "Show that you listened: refer to something specific they told you and build on it.",
        letter_move: LetterMove::ShowPresence,
        slip: "I talked over you at times",
        slip_named: "",
        line: None,
        lesson: Some(LESSON_PRESENCE),
    },
    Symptom {
        id: "wrong_setting",
        area: Area::Presence,
        question: "My outfit, my setting or my video or phone connection let me down",
        detail_prompt: Some("What went wrong?"),
        perception: "They may have wondered how carefully you prepare for the things that matter.",
        weight: 1,
        repair: "Mention it in one light line only if it clearly got in the way; otherwise let it go.",
        letter_move: LetterMove::OwnTheSlip,
        slip: "",
        slip_named: "",
        // What went wrong, if they choose to say it: blind readers of rounds 61, 64
        // and 68 called an apology for "my setup" that never says what happened
        // vague, where the chat e-mail said "the picture froze twice".
        line: Some(LetterLine {
            prompt: "If you want to say what went wrong: one plain sentence to {them}, such as \"My connection dropped twice.\" Leave it empty for one general line.",
            frame: "What went wrong on my side was {the}.",
            that_lead: None,
            leads: ["", "", ""],
            about_them: false,
            question: false,
        }),
        lesson: Some(LESSON_ARRIVE),
    },
    // --- Something else --------------------------------------------------------------
    Symptom {
        id: SOMETHING_ELSE,
        area: Area::Other,
        question: "Something else went wrong that is not on this list",
        detail_prompt: Some("What was it, in your own words?"),
        perception: "Only you know how it came across: weigh it honestly.",
        weight: 2,
        repair: OWN_REPAIR,
        letter_move: LetterMove::RestateAnswer,
        slip: "",
        slip_named: "",
        line: Some(LetterLine {
            // What went wrong too: with only what the writer now does, blind readers
            // of rounds 77 and 78 found the letter hinting at a mistake it never named
            // ("one more thing I want to put right… I double check names").
            prompt: "In a sentence or two to {them}: what went wrong, in plain words, and what you now do differently",
            frame: "What I would do differently is {}.",
            that_lead: Some("What I would do differently is"),
            leads: [
                "There is one more thing I want to put right.",
                "There is one more thing I would like you to know.",
                "I would also like to correct one thing.",
            ],
            about_them: false,
            question: false,
        }),
        lesson: None,
    },
    // --- Interviewer signals -------------------------------------------------------
    Symptom {
        id: "interviewer_frowned",
        area: Area::Signals,
        question: "The interviewer frowned or furrowed their brow at my answers",
        detail_prompt: Some("At which answers?"),
        perception: "A frown may mean doubt, or only concentration. It proves nothing alone, but it hints at which answers to revisit.",
        weight: 2,
        repair: "Nothing to repair in itself; make the answers that drew the frown clearer in the letter.",
        letter_move: LetterMove::None,
        slip: "",
        slip_named: "",
        line: None,
        lesson: None,
    },
    Symptom {
        id: "furious_note_taking",
        area: Area::Signals,
        question: "The interviewer took notes furiously while I spoke",
        detail_prompt: Some("During which answer?"),
        perception: "Heavy note-taking can mean they caught something to check or doubt. It may also simply be their habit.",
        weight: 2,
        repair: "Nothing to repair in itself; if you know what prompted it, clarify that point in the letter.",
        letter_move: LetterMove::None,
        slip: "",
        slip_named: "",
        line: None,
        lesson: None,
    },
    Symptom {
        id: "checked_the_clock",
        area: Area::Signals,
        question: "The interviewer kept checking the clock",
        detail_prompt: None,
        perception: "They may have been short of time, or may have stopped listening. Either way, your answers may have felt long.",
        weight: 2,
        repair: "Nothing to repair in itself; keep the letter short, which shows you respect their time.",
        letter_move: LetterMove::None,
        slip: "",
        slip_named: "",
        line: None,
        lesson: None,
    },
    Symptom {
        id: "ended_early",
        area: Area::Signals,
        question: "The interview ended earlier than planned",
        detail_prompt: Some("How much earlier, and after what?"),
        perception: "They may have already made up their mind, or simply had a tight schedule. It raises concern but proves nothing.",
        weight: 3,
        repair: "Nothing to repair in itself; use the letter to add what the shortened time left out.",
        letter_move: LetterMove::None,
        slip: "",
        slip_named: "",
        line: None,
        lesson: None,
    },
    Symptom {
        id: "went_quiet",
        area: Area::Signals,
        question: "The interviewer went quiet or stopped engaging",
        detail_prompt: None,
        perception: "A flat conversation may mean they stopped weighing you up, or were tired; after a slip, it suggests it landed.",
        weight: 2,
        repair: "Nothing to repair in itself; lead the letter with the point you most wanted them to hear.",
        letter_move: LetterMove::None,
        slip: "",
        slip_named: "",
        line: None,
        lesson: None,
    },
    Symptom {
        id: "sold_the_job",
        area: Area::Signals,
        question: "The interviewer sold the job or the company to me",
        detail_prompt: None,
        perception: "Interviewers rarely sell a job to someone they have ruled out: a good sign.",
        weight: 1,
        repair: GOOD_SIGN_REPAIR,
        letter_move: LetterMove::None,
        slip: "",
        slip_named: "",
        line: None,
        lesson: None,
    },
    Symptom {
        id: "asked_start_date",
        area: Area::Signals,
        question: "The interviewer asked when I could start, or talked about next steps",
        // The notice period typed here is said after the ask (see
        // `letter::reason::notice_in_note`).
        detail_prompt: Some("If they asked when you could start: your notice period?"),
        perception: "Talk of start dates and next steps is how they speak to someone they picture in the role.",
        weight: 1,
        repair: GOOD_SIGN_REPAIR,
        letter_move: LetterMove::None,
        slip: "",
        slip_named: "",
        line: None,
        lesson: None,
    },
    // --- Circumstances -------------------------------------------------------------
    Symptom {
        id: "off_day",
        area: Area::Circumstances,
        question: "I was having an off day",
        detail_prompt: Some("What got in the way? Share only what you are happy to."),
        perception: "They only saw the interview, not the day behind it, so they may have taken it for your usual self.",
        weight: 1,
        repair: "Say briefly that you normally do much better, without excuses or detail, and let the letter itself show it.",
        letter_move: LetterMove::ExplainCircumstance,
        slip: "",
        slip_named: "",
        line: Some(LetterLine {
            prompt: "If you choose to explain it: one plain sentence to {them} about what got in the way. Leave it empty to keep it private.",
            frame: "That day, I was dealing with {}.",
            that_lead: None,
            leads: [
                "",
                "",
                "",
            ],
            about_them: false,
            question: false,
        }),
        lesson: None,
    },
    Symptom {
        id: "personal_event",
        area: Area::Circumstances,
        question: "Something personal weighed on me, such as an illness or a loss",
        detail_prompt: Some("What happened? Share only what you are comfortable with."),
        perception: "They may have taken your quietness or distraction for a lack of interest, since they could not know the reason.",
        weight: 2,
        repair: "Name the reason honestly in one or two sentences, without asking for sympathy, then turn to why you want the role.",
        letter_move: LetterMove::ExplainCircumstance,
        slip: "",
        slip_named: "",
        line: Some(LetterLine {
            prompt: "If you choose to explain it: one plain sentence to {them} about what happened. Leave it empty to keep it private.",
            frame: "That week, I was dealing with {}.",
            that_lead: None,
            leads: [
                "",
                "",
                "",
            ],
            about_them: false,
            question: false,
        }),
        lesson: None,
    },
];

/// The whole self-assessment catalogue, grouped by area in [`Area::ALL`] order.
pub fn catalogue() -> &'static [Symptom] {
    &CATALOGUE
}

/// Looks up a catalogue item by its stable id.
pub fn symptom(id: &str) -> Option<&'static Symptom> {
    CATALOGUE.iter().find(|s| s.id == id)
}

/// The catalogue items of one area, in catalogue order (for the form).
pub fn symptoms_in(area: Area) -> impl Iterator<Item = &'static Symptom> {
    CATALOGUE.iter().filter(move |s| s.area == area)
}

/// Position of an id in the catalogue.
fn index_of(id: &str) -> Option<usize> {
    CATALOGUE.iter().position(|s| s.id == id)
}

/// The items the article calls serious on their own: either one makes the verdict a
/// red flag, whatever else was ticked.
const RED_FLAGS: [&str; 2] = ["criticised_former_boss", "knew_little_about_company"];

/// How to repair the free item, as its row and its pattern both say.
const OWN_REPAIR: &str = "Name it once in the letter and show what you would do differently.";

/// The item whose only repair is the Write step's "why" field: a letter without
/// the user's reason does not admit it (round 45's letter said "I did not say
/// clearly why I want this role" and never said why).
pub const UNCLEAR_WHY: &str = "unclear_why_this_role";

/// The free item: the user names a mistake the list lacks and weighs it themselves.
pub const SOMETHING_ELSE: &str = "something_else";

/// The repair of a good sign: there is none.
const GOOD_SIGN_REPAIR: &str = "Nothing to repair: a good sign.";

/// Interviewer signals that lower the worry: each cancels one worrying signal, and
/// takes points off the meter.
const GOOD_SIGNS: [&str; 2] = ["sold_the_job", "asked_start_date"];

/// The weight a user gives the free item ([`Answer::weight`](super::Answer::weight)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum OwnWeight {
    /// A small slip (also what an unset weight means).
    Small = 1,
    /// Serious: worth repairing as a pattern would be.
    Serious = 2,
    /// Just as damaging as a red flag.
    RedFlag = 3,
}

impl OwnWeight {
    /// Every weight, lightest first, for the picker.
    pub const ALL: [OwnWeight; 3] = [Self::Small, Self::Serious, Self::RedFlag];

    /// From a stored weight; anything unknown reads as small.
    pub fn from_stored(n: u8) -> Self {
        match n {
            2 => Self::Serious,
            3 => Self::RedFlag,
            _ => Self::Small,
        }
    }

    /// What the picker shows.
    pub fn label(self) -> &'static str {
        match self {
            Self::Small => "A small slip",
            Self::Serious => "Worth repairing",
            Self::RedFlag => "Just as damaging as a red flag",
        }
    }
}

impl Area {
    /// Whether items of this area are the candidate's own faults (signals and
    /// circumstances are not).
    pub fn is_fault(self) -> bool {
        !matches!(self, Self::Signals | Self::Circumstances)
    }
}

impl Symptom {
    /// Whether this item is something the candidate did (not an interviewer signal or
    /// a circumstance). Only faults count towards the fault score.
    pub fn is_fault(&self) -> bool {
        self.area.is_fault()
    }

    /// Whether this item is serious on its own (a red flag whatever else was ticked).
    pub fn is_red_flag(&self) -> bool {
        RED_FLAGS.contains(&self.id)
    }

    /// Whether this item is a good sign from the interviewer, which lowers the worry.
    pub fn is_good_sign(&self) -> bool {
        GOOD_SIGNS.contains(&self.id)
    }

    /// The severity this item has before any combination rule.
    pub fn base_severity(&self) -> Severity {
        if self.area == Area::Circumstances {
            // An honest reason, not a mistake: never more than minor.
            Severity::Minor
        } else {
            Severity::from_weight(self.weight)
        }
    }
}

// ---------------------------------------------------------------------------------
// Severity and verdict
// ---------------------------------------------------------------------------------

impl Severity {
    /// Severity from a catalogue weight: 1-2 minor, 3 moderate, 4-5 serious.
    pub fn from_weight(weight: u8) -> Self {
        match weight {
            0..=2 => Self::Minor,
            3 => Self::Moderate,
            _ => Self::Serious,
        }
    }

    /// One step more serious, capped at [`Severity::Serious`].
    pub fn raised(self) -> Self {
        match self {
            Self::Minor => Self::Moderate,
            Self::Moderate | Self::Serious => Self::Serious,
        }
    }

    /// Label shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Self::Minor => "Minor",
            Self::Moderate => "Worth repairing",
            Self::Serious => "Serious",
        }
    }

    /// Stable key, for CSS classes and tests.
    pub fn key(self) -> &'static str {
        match self {
            Self::Minor => "minor",
            Self::Moderate => "moderate",
            Self::Serious => "serious",
        }
    }
}

impl Verdict {
    /// Every verdict, least serious first.
    pub const ALL: [Verdict; 4] = [
        Self::NothingToRepair,
        Self::MinorSlips,
        Self::Pattern,
        Self::RedFlag,
    ];

    /// Short headline for the top of the report.
    pub fn headline(self) -> &'static str {
        match self {
            Self::NothingToRepair => "Nothing to repair",
            Self::MinorSlips => "Minor slips",
            Self::Pattern => "A pattern worth repairing",
            Self::RedFlag => "A red flag to address head-on",
        }
    }

    /// Whether to write at all, and what, said plainly (the when is the diagnosis's
    /// timing).
    pub fn advice(self) -> &'static str {
        match self {
            Self::NothingToRepair => "A warm thank-you note. Nothing needs repairing.",
            Self::MinorSlips => "A normal thank-you note, with no apology.",
            Self::Pattern => "A second-chance letter, or a call, that repairs what went wrong.",
            Self::RedFlag => "A second-chance letter, or a call, that addresses it head-on.",
        }
    }

    /// Stable key, for CSS classes and tests.
    pub fn key(self) -> &'static str {
        match self {
            Self::NothingToRepair => "nothing_to_repair",
            Self::MinorSlips => "minor_slips",
            Self::Pattern => "pattern",
            Self::RedFlag => "red_flag",
        }
    }
}

// ---------------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------------

/// One condition of a pattern rule.
enum Need {
    /// At least one of these ids is checked.
    AnyOf(&'static [&'static str]),
    /// At least one item of this area is checked.
    AnyIn(Area),
    /// A series: at least three faults, or two that weigh six or more together.
    Series,
    /// More worrying signals from the interviewer than good signs, and a fault of the
    /// candidate's they could be reacting to.
    Reactions,
    /// The free item, weighed by the user as serious.
    OwnSerious,
}

/// A pattern and the conditions that make it fire (all of them must hold).
struct PatternRule {
    pattern: Pattern,
    needs: &'static [Need],
    /// Whether the faults named in `AnyOf` conditions get one severity step more.
    raises: bool,
    /// Whether the pattern adds to the severity meter. The honest-reason pattern is
    /// a mitigation, so it does not.
    aggravates: bool,
}

const SILENT: &[&str] = &["said_too_little", "barely_spoke"];

static PATTERN_RULES: [PatternRule; 11] = [
    PatternRule {
        pattern: Pattern {
            id: "restless_and_resentful",
            title: "Restless and resentful",
            explanation: "Explaining every exit and criticising a past employer together suggest someone who leaves unhappy and talks about it afterwards.",
            advice: "Tell your moves as one direction, speak of every employer with respect, and say why you would stay at this company.",
        },
        needs: &[
            Need::AnyOf(&["explained_every_exit"]),
            Need::AnyOf(&["criticised_former_boss"]),
        ],
        raises: true,
        aggravates: true,
    },
    PatternRule {
        pattern: Pattern {
            id: "silence_noticed",
            title: "Your silence was noticed",
            explanation: "You said little and the interviewer showed concern, so the short answers probably counted against you.",
            advice: "Give the fuller answers now, with one concrete example each, and keep each one brief.",
        },
        needs: &[Need::AnyOf(SILENT), Need::Reactions],
        raises: true,
        aggravates: true,
    },
    PatternRule {
        pattern: Pattern {
            id: "no_real_interest",
            title: "Little sign of real interest",
            explanation: "Knowing little about them and asking nothing can together read as wanting any job rather than this one.",
            advice: "Show what you have learned since, and ask one question that proves you have thought about the role.",
        },
        needs: &[
            Need::AnyOf(&["knew_little_about_company", "unclear_why_this_role"]),
            Need::AnyOf(&["no_questions"]),
        ],
        raises: true,
        aggravates: true,
    },
    PatternRule {
        pattern: Pattern {
            id: "nerves_hid_you",
            title: "Nerves hid who you are",
            explanation: "Nervous body language and few words together kept the interviewer from seeing what you can do.",
            advice: "Let the letter carry the warmth and clarity the room did not see; a short call can do the same.",
        },
        needs: &[
            Need::AnyOf(&["nervous_body_language", "poor_eye_contact"]),
            Need::AnyOf(SILENT),
        ],
        raises: true,
        aggravates: true,
    },
    PatternRule {
        pattern: Pattern {
            id: "lost_the_thread",
            title: "Long answers, short patience",
            explanation: "You ran long and the interviewer watched the clock or ended early, so your answers likely felt longer than they were useful.",
            advice: "Keep the letter short, and put each point you meant to make in a sentence or two.",
        },
        needs: &[
            Need::AnyOf(&["rambled_too_long", "weak_tell_me_about_yourself"]),
            Need::AnyOf(&["checked_the_clock", "ended_early"]),
        ],
        raises: true,
        aggravates: true,
    },
    PatternRule {
        pattern: Pattern {
            id: "honest_reason",
            title: "An honest reason for the silence",
            explanation: "You said little for a reason they could not see: explained honestly, that can turn a poor impression into a second chance.",
            advice: "Name the reason briefly and without asking for pity, then say plainly that you want the role and another conversation.",
        },
        needs: &[Need::AnyIn(Area::Circumstances), Need::AnyOf(SILENT)],
        raises: false,
        aggravates: false,
    },
    PatternRule {
        pattern: Pattern {
            id: "series_of_slips",
            title: "A series of slips",
            explanation: "Several slips add up: together they can hint at how you work, more than any one of them.",
            advice: "Repair the two or three that matter most, say the meeting was below your usual standard, and keep the letter focused.",
        },
        needs: &[Need::Series],
        raises: false,
        aggravates: true,
    },
    PatternRule {
        pattern: Pattern {
            id: "can_you_commit",
            title: "Can you commit?",
            explanation: "Explaining why you left each job is the article's own example of a damaging series: they may wonder whether you would stay.",
            advice: "Tell your moves as one thread leading here, and say why you would stay.",
        },
        needs: &[Need::AnyOf(&["explained_every_exit"])],
        raises: false,
        aggravates: true,
    },
    PatternRule {
        pattern: Pattern {
            id: "too_quiet_to_judge",
            title: "Too quiet to judge",
            explanation: "Barely saying a word left them nothing to judge: the article tells of a fine résumé binned for exactly that.",
            advice: "Give the letter the substance the interview lacked.",
        },
        needs: &[Need::AnyOf(&["barely_spoke"])],
        raises: false,
        aggravates: true,
    },
    PatternRule {
        pattern: Pattern {
            id: "they_reacted",
            title: "They reacted to your answers",
            explanation: "A frown, furious notes or silence after a slip suggests it landed: the article's reason to worry.",
            advice: "Repair the answer they reacted to first.",
        },
        needs: &[Need::Reactions],
        raises: false,
        aggravates: true,
    },
    PatternRule {
        pattern: Pattern {
            id: "your_own_judgement",
            title: "What you named yourself",
            explanation: "You judged it serious, and you were there.",
            advice: OWN_REPAIR,
        },
        needs: &[Need::OwnSerious],
        raises: false,
        aggravates: true,
    },
];

/// Every pattern the engine can report, in the order it reports them.
pub fn all_patterns() -> impl Iterator<Item = &'static Pattern> {
    PATTERN_RULES.iter().map(|r| &r.pattern)
}

// ---------------------------------------------------------------------------------
// The rule engine
// ---------------------------------------------------------------------------------

/// This many faults make a series (a pattern), whatever their weights.
const SERIES_FAULTS: usize = 3;
/// Two faults weighing at least this together also make a series.
const SERIES_WEIGHT: u32 = 6;

/// Meter points per unit of fault weight.
const METER_PER_FAULT_WEIGHT: u32 = 6;
/// Meter points per unit of worrying-signal weight.
const METER_PER_SIGNAL_WEIGHT: u32 = 3;
/// Meter points per aggravating pattern.
const METER_PER_PATTERN: u32 = 8;
/// Meter points a good sign takes off.
const METER_PER_GOOD_SIGN: u32 = 6;
/// Each verdict's band on the meter, lowest and highest. The bands never overlap, and
/// the pattern band ends more than 10 points below the red-flag band, so nothing short
/// of a red flag can look like one.
const BANDS: [(u32, u32); 4] = [(0, 0), (10, 35), (40, 64), (75, 100)];

/// What the checked items add up to, before any text is chosen.
#[derive(Default)]
struct Tally {
    fault_count: usize,
    fault_weight: u32,
    /// Worrying signals (not good signs).
    signal_count: usize,
    signal_weight: u32,
    good_signs: usize,
    red_flag: bool,
    own_serious: bool,
    presence_fault: bool,
}

impl Tally {
    /// Counts the checked items; `own` is the weight the user gave the free item.
    fn new(on: &[bool; CATALOGUE.len()], own: OwnWeight) -> Self {
        let mut t = Tally::default();
        for (s, _) in CATALOGUE.iter().zip(on).filter(|(_, on)| **on) {
            match s.area {
                Area::Signals if s.is_good_sign() => t.good_signs += 1,
                Area::Signals => {
                    t.signal_count += 1;
                    t.signal_weight += u32::from(s.weight);
                }
                Area::Circumstances => {}
                area => {
                    t.fault_count += 1;
                    t.fault_weight += u32::from(s.weight);
                    t.red_flag |= s.is_red_flag();
                    t.presence_fault |= area == Area::Presence;
                    if area == Area::Other {
                        t.red_flag |= own == OwnWeight::RedFlag;
                        t.own_serious = own == OwnWeight::Serious;
                    }
                }
            }
        }
        t
    }

    /// The verdict (see [`Diagnosis::from_assessment`]): a red flag outranks
    /// everything; otherwise a pattern needs a named pattern that aggravates.
    fn verdict(&self, aggravating: u32) -> Verdict {
        if self.red_flag {
            Verdict::RedFlag
        } else if aggravating > 0 {
            Verdict::Pattern
        } else if self.fault_count > 0 {
            Verdict::MinorSlips
        } else {
            Verdict::NothingToRepair
        }
    }

    /// The meter: the verdict's band, and within it how much was ticked.
    fn meter(&self, verdict: Verdict, aggravating: u32) -> u8 {
        let raw = (METER_PER_FAULT_WEIGHT * self.fault_weight
            + METER_PER_SIGNAL_WEIGHT * self.signal_weight
            + METER_PER_PATTERN * aggravating)
            .saturating_sub(METER_PER_GOOD_SIGN * self.good_signs as u32);
        let (low, high) = BANDS[verdict as usize];
        let within = match verdict {
            Verdict::NothingToRepair => 0,
            Verdict::MinorSlips => raw / 2,
            Verdict::Pattern | Verdict::RedFlag => raw / 4,
        };
        u8::try_from(low + within.min(high - low)).unwrap_or(100)
    }
}

/// Whether every condition of a rule holds.
fn rule_fires(rule: &PatternRule, on: &[bool; CATALOGUE.len()], tally: &Tally) -> bool {
    rule.needs.iter().all(|need| match need {
        Need::AnyOf(ids) => ids.iter().any(|id| index_of(id).is_some_and(|i| on[i])),
        Need::AnyIn(area) => CATALOGUE
            .iter()
            .zip(on)
            .any(|(s, on)| *on && s.area == *area),
        Need::Series => {
            tally.fault_count >= SERIES_FAULTS
                || (tally.fault_count >= 2 && tally.fault_weight >= SERIES_WEIGHT)
        }
        Need::Reactions => tally.fault_count > 0 && tally.signal_count > tally.good_signs,
        Need::OwnSerious => tally.own_serious,
    })
}

/// Sort group of a finding: faults, then signals, then circumstances.
fn group(area: Area) -> u8 {
    match area {
        Area::Signals => 1,
        Area::Circumstances => 2,
        _ => 0,
    }
}

impl Diagnosis {
    /// Runs the rule engine over a self-assessment.
    ///
    /// Only items that are checked and whose id is in the catalogue count; anything
    /// else is ignored silently (old drafts may hold retired ids).
    ///
    /// Verdict, in order (the README's "The diagnosis" says it in one paragraph):
    /// - a red flag (bad-mouthing a former boss, knowing little about the company, or
    ///   the free item weighed as one): [`Verdict::RedFlag`], whatever else was ticked;
    /// - a named pattern that aggravates (a series, a slip they reacted to, explaining
    ///   every exit, barely speaking, the free item weighed as serious):
    ///   [`Verdict::Pattern`], so every pattern verdict names its reason;
    /// - any other fault: [`Verdict::MinorSlips`], with every badge minor;
    /// - signals, good signs and circumstances alone: [`Verdict::NothingToRepair`].
    ///
    /// Worrying signals count only with a fault they could answer, and each good sign
    /// cancels one. Meter: the verdict's band (`BANDS`), and within it `6 × fault
    /// weight + 3 × worrying-signal weight + 8 × aggravating patterns − 6 × good signs`
    /// (halved for minor slips, quartered above), capped at the band's top.
    pub fn from_assessment(assessment: &Assessment) -> Diagnosis {
        let mut on = [false; CATALOGUE.len()];
        for (i, s) in CATALOGUE.iter().enumerate() {
            on[i] = assessment.get(s.id).is_some_and(|a| a.checked);
        }
        let own = OwnWeight::from_stored(assessment.get(SOMETHING_ELSE).map_or(0, |a| a.weight));
        let tally = Tally::new(&on, own);

        let mut raised = [false; CATALOGUE.len()];
        let mut patterns = Vec::new();
        let mut aggravating = 0u32;
        for rule in PATTERN_RULES.iter() {
            if !rule_fires(rule, &on, &tally) {
                continue;
            }
            patterns.push(rule.pattern.clone());
            aggravating += u32::from(rule.aggravates);
            if rule.raises {
                for need in rule.needs {
                    if let Need::AnyOf(ids) = need {
                        for i in ids.iter().filter_map(|id| index_of(id)) {
                            if on[i] && CATALOGUE[i].is_fault() {
                                raised[i] = true;
                            }
                        }
                    }
                }
            }
        }

        let verdict = tally.verdict(aggravating);

        let mut findings: Vec<Finding> = CATALOGUE
            .iter()
            .enumerate()
            .filter(|(i, _)| on[*i])
            .map(|(i, s)| {
                let base = match s.area {
                    Area::Other => {
                        [Severity::Minor, Severity::Moderate, Severity::Serious][own as usize - 1]
                    }
                    _ => s.base_severity(),
                };
                let severity = if raised[i] { base.raised() } else { base };
                Finding {
                    symptom: s,
                    // Minor slips are minor, whatever they weigh alone: no badge says
                    // more than the verdict does.
                    severity: if verdict == Verdict::MinorSlips {
                        Severity::Minor
                    } else {
                        severity
                    },
                    detail: assessment
                        .get(s.id)
                        .map(|a| a.detail.trim().to_owned())
                        .unwrap_or_default(),
                }
            })
            .collect();
        // Stable sort: ties keep catalogue order.
        super::sort_by_rank(&mut findings, |f| {
            [
                u64::from(group(f.symptom.area)),
                u64::MAX - f.severity as u64,
                u64::MAX - u64::from(f.symptom.weight),
            ]
        });

        let areas = Area::ALL
            .iter()
            .map(|&area| {
                let (score, max) = CATALOGUE
                    .iter()
                    .zip(&on)
                    .filter(|(s, _)| s.area == area)
                    .fold((0u32, 0u32), |(score, max), (s, on)| {
                        let w = u32::from(s.weight);
                        (score + if *on { w } else { 0 }, max + w)
                    });
                AreaScore { area, score, max }
            })
            .collect();

        let severity = tally.meter(verdict, aggravating);

        let honest_reason = patterns.iter().any(|p| p.id == "honest_reason");
        let (channel, channel_reason, timing) = recommend(verdict, honest_reason, &tally);

        Diagnosis {
            verdict,
            severity,
            findings,
            patterns,
            areas,
            channel,
            channel_reason,
            timing,
        }
    }

    /// Whether the pattern with this id was found.
    pub fn has_pattern(&self, id: &str) -> bool {
        self.patterns.iter().any(|p| p.id == id)
    }

    /// The findings that are the candidate's own faults (not signals or circumstances).
    pub fn faults(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.symptom.is_fault())
    }

    /// The verdict in one plain sentence, for the top of the report. Says why, not
    /// what to do (that is [`Verdict::advice`]), so nothing is said twice.
    pub fn summary(&self) -> &'static str {
        let faults = self.faults().count();
        let outside = self
            .findings
            .iter()
            .any(|f| f.symptom.area == Area::Circumstances);
        match self.verdict {
            Verdict::NothingToRepair if self.findings.is_empty() => {
                "Tick what happened, even the small things: your report builds here as you go."
            }
            Verdict::NothingToRepair if outside => "Nothing you ticked is a mistake of yours: something outside your control got in the way, which they could not know.",
            Verdict::NothingToRepair => "Nothing you ticked is a mistake of yours, and their reactions prove nothing on their own.",
            Verdict::MinorSlips if faults == 1 => "One small slip rarely decides an interview: you probably did not ruin your chances.",
            Verdict::MinorSlips => "Small slips like these rarely decide an interview: you probably did not ruin your chances.",
            Verdict::Pattern => "What you ticked may read as a pattern: see why below.",
            Verdict::RedFlag => {
                let flags = self.findings.iter().filter(|f| f.is_red_flag()).count();
                match flags {
                    0 | 1 => "One of your findings can put you on the \"no\" pile by itself.",
                    2 => "Two of your findings can each put you on the \"no\" pile by themselves.",
                    _ => "Three of your findings can each put you on the \"no\" pile by themselves.",
                }
            }
        }
    }
}

/// Recommended channel, why, and when.
fn recommend(
    verdict: Verdict,
    honest_reason: bool,
    tally: &Tally,
) -> (Channel, &'static str, &'static str) {
    const WITHIN_A_DAY: &str =
        "Send it within 24 hours, while the conversation is still fresh in their mind.";
    match verdict {
        Verdict::RedFlag => (
            Channel::Letter,
            "A carefully written letter lets you choose every word, and shows the thought the interview lacked.",
            "Send it within 24 hours, as a PDF attached to a short e-mail if the post would be slower.",
        ),
        _ if honest_reason => (
            Channel::Phone,
            "A short call lets them hear the warmth the interview hid; if calling feels like too much, an e-mail works too.",
            "Call within a day, at a sensible working hour; if you reach voicemail, leave one short message and follow with an e-mail.",
        ),
        Verdict::Pattern if tally.presence_fault => (
            Channel::Email,
            "Written words are calm and considered, so an e-mail lets you correct how you came across in the room.",
            "Draft it today, reread it once with fresh eyes, and send it within 24 hours.",
        ),
        Verdict::Pattern => (
            Channel::Email,
            "An e-mail is calmer than a call and lets you choose exactly how to repair each point.",
            "Draft it today, reread it once with fresh eyes, and send it within 24 hours.",
        ),
        Verdict::MinorSlips | Verdict::NothingToRepair => (
            Channel::Email,
            "A short thank-you e-mail is quick, expected, and all that is needed here.",
            WITHIN_A_DAY,
        ),
    }
}

impl Finding {
    /// Whether this finding can put the application on the "no" pile by itself: a red
    /// flag of the list, or the free item weighed as one.
    pub fn is_red_flag(&self) -> bool {
        self.symptom.is_red_flag()
            || (self.symptom.area == Area::Other && self.severity == Severity::Serious)
    }

    /// Whether this finding is one of the candidate's own faults.
    pub fn is_fault(&self) -> bool {
        self.symptom.is_fault()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Answer;

    /// An assessment with these ids checked and no details.
    fn assess(ids: &[&str]) -> Assessment {
        ids.iter()
            .map(|id| {
                (
                    (*id).to_owned(),
                    Answer {
                        checked: true,
                        ..Answer::default()
                    },
                )
            })
            .collect()
    }

    fn diagnose(ids: &[&str]) -> Diagnosis {
        Diagnosis::from_assessment(&assess(ids))
    }

    fn fault_ids() -> Vec<&'static str> {
        catalogue()
            .iter()
            .filter(|s| s.is_fault())
            .map(|s| s.id)
            .collect()
    }

    /// The free item, weighed by the user, beside catalogue ids.
    fn with_own(ids: &[&str], weight: u8) -> Diagnosis {
        let mut a = assess(ids);
        a.insert(
            SOMETHING_ELSE.to_owned(),
            Answer {
                checked: true,
                detail: "I called the product by a competitor's name".to_owned(),
                weight,
                ..Answer::default()
            },
        );
        Diagnosis::from_assessment(&a)
    }

    // Guards the severity model (issue 18), one row per situation, each with the
    // article's reason; every situation the article names is here.
    #[test]
    fn severity_model_table() {
        use Verdict::*;
        let rows: &[(&[&str], Verdict, &str)] = &[
            (&[], NothingToRepair, "nothing ticked, nothing to repair"),
            (&["rambled_too_long"], MinorSlips, "article: rambling on one topic is a little mistake that probably did not ruin your chances"),
            (&["said_too_little"], MinorSlips, "article: not saying enough about another topic is the same kind of little mistake"),
            (&["rambled_too_long", "said_too_little"], MinorSlips, "article: the two worries it opens with, still little mistakes"),
            (&["arrived_late"], MinorSlips, "one slip: usually not one mistake that decides"),
            (&["no_concrete_example"], MinorSlips, "one slip: usually not one mistake that decides"),
            (&["rambled_too_long", "interviewer_frowned"], Pattern, "article: a furrowed brow in response to your answers is reason to worry"),
            (&["said_too_little", "furious_note_taking"], Pattern, "article: furious scribbling at your answers is reason to worry"),
            (&["blanked_on_question", "went_quiet"], Pattern, "a reaction to a slip suggests it landed"),
            (&["interviewer_frowned"], NothingToRepair, "a frown alone proves nothing: no slip for it to answer"),
            (&["interviewer_frowned", "furious_note_taking", "checked_the_clock"], NothingToRepair, "signals alone, however many, react to nothing you did"),
            (&["rambled_too_long", "interviewer_frowned", "sold_the_job"], MinorSlips, "a good sign cancels the worrying one: back to a little mistake"),
            (&["sold_the_job", "asked_start_date"], NothingToRepair, "good signs only"),
            (&["rambled_too_long", "said_too_little", "no_questions"], Pattern, "Martin: interviewers notice a series of mistakes"),
            (&["nervous_body_language", "poor_eye_contact", "interrupted_interviewer"], Pattern, "a series within one area still hints at how you come across"),
            (&["no_concrete_example", "unclear_why_this_role"], Pattern, "two slips that each matter add up to a series"),
            (&["explained_every_exit"], Pattern, "Martin's own example: explaining why you left every job makes them wonder if you can commit"),
            (&["arrived_late", "explained_every_exit"], Pattern, "the commitment question stays whatever else happened"),
            (&["barely_spoke"], Pattern, "Stevens tossed a brilliant résumé when the candidate barely said a word"),
            (&["personal_event", "barely_spoke"], Pattern, "Stevens: the loss explained it, but the silence still needed a letter"),
            (&["criticised_former_boss"], RedFlag, "Behn: bad-mouthing a former boss is the easiest way to the no pile"),
            (&["knew_little_about_company"], RedFlag, "article: knowing nothing about the company shows no preparation or interest"),
            (&["criticised_former_boss", "sold_the_job", "asked_start_date"], RedFlag, "good signs never undo a red flag"),
            (&["off_day", "knew_little_about_company"], RedFlag, "an off day does not excuse no preparation"),
            (&["interviewer_frowned", "criticised_former_boss"], RedFlag, "a red flag outranks everything"),
            (&["rambled_too_long", "said_too_little", "no_questions", "arrived_late", "poor_eye_contact"], Pattern, "any number of small slips is a series, never a red flag"),
            (&["off_day"], NothingToRepair, "article: just having an off day is something outside your control, not a mistake"),
            (&["personal_event"], NothingToRepair, "a loss or an illness is outside your control"),
            (&["personal_event", "said_too_little"], MinorSlips, "Stevens' candidate: an honest reason and a slip, worth a thank-you that explains"),
            (&["wrong_setting", "off_day"], MinorSlips, "one small slip on a bad day"),
        ];
        for (ids, expected, why) in rows {
            assert_eq!(diagnose(ids).verdict, *expected, "{ids:?}: {why}");
        }
        // Three red flags are counted as three.
        let three = with_own(&["criticised_former_boss", "knew_little_about_company"], 3);
        assert!(
            three.summary().starts_with("Three of your findings"),
            "{}",
            three.summary()
        );
        // Article: "something else you know was just as damaging".
        let own = [(1, MinorSlips), (2, Pattern), (3, RedFlag), (0, MinorSlips)];
        for (weight, expected) in own {
            assert_eq!(
                with_own(&[], weight).verdict,
                expected,
                "own weight {weight}"
            );
        }
        assert!(rows.len() + own.len() >= 30);
    }

    // Guards: each verdict has its own band on the meter, and nothing short of a red
    // flag scores within 10 points of a red flag ticked alone, over every combination
    // of up to five other items.
    #[test]
    fn the_meter_keeps_each_verdict_in_its_band() {
        let lowest_red_flag = ["criticised_former_boss", "knew_little_about_company"]
            .iter()
            .map(|id| diagnose(&[id]).severity)
            .min()
            .unwrap_or(0);
        let others: Vec<&str> = catalogue()
            .iter()
            .filter(|s| !s.is_red_flag() && s.id != SOMETHING_ELSE)
            .map(|s| s.id)
            .collect();
        let mut checked = 0usize;
        let mut pick = Vec::with_capacity(5);
        fn walk(
            from: usize,
            others: &[&'static str],
            pick: &mut Vec<&'static str>,
            visit: &mut dyn FnMut(&[&'static str]),
        ) {
            visit(pick);
            if pick.len() == 5 {
                return;
            }
            for i in from..others.len() {
                pick.push(others[i]);
                walk(i + 1, others, pick, visit);
                pick.pop();
            }
        }
        walk(0, &others, &mut pick, &mut |ids| {
            let d = diagnose(ids);
            let (low, high) = BANDS[d.verdict as usize];
            let score = u32::from(d.severity);
            assert!(
                low <= score && score <= high,
                "{ids:?}: {score} outside {low}..{high}"
            );
            assert!(
                d.severity + 10 < lowest_red_flag,
                "{ids:?} scores {} against a lone red flag's {lowest_red_flag}",
                d.severity
            );
            checked += 1;
        });
        assert!(checked > 100_000, "{checked} combinations");
    }

    // Guards: no summary contradicts a badge, over every single item and every pair:
    // "minor" verdicts show only minor badges, a red-flag verdict shows a red flag, and
    // a pattern names at least one pattern.
    #[test]
    fn no_summary_contradicts_a_badge() {
        let ids: Vec<&str> = catalogue().iter().map(|s| s.id).collect();
        let mut sets: Vec<Vec<&str>> = ids.iter().map(|id| vec![*id]).collect();
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                sets.push(vec![a, b]);
            }
        }
        for set in &sets {
            let d = diagnose(set);
            match d.verdict {
                Verdict::NothingToRepair => assert_eq!(d.faults().count(), 0, "{set:?}"),
                Verdict::MinorSlips => assert!(
                    d.findings.iter().all(|f| f.severity == Severity::Minor),
                    "{set:?}: a badge says more than 'minor slips'"
                ),
                Verdict::Pattern => assert!(!d.patterns.is_empty(), "{set:?}: unnamed pattern"),
                Verdict::RedFlag => assert!(d.findings.iter().any(Finding::is_red_flag), "{set:?}"),
            }
            let summary = d.summary().to_ascii_lowercase();
            for f in d.findings.iter().filter(|f| !f.is_fault()) {
                // Circumstances and signals are never called slips or mistakes.
                assert!(
                    d.faults().count() > 0 || !summary.contains("slip"),
                    "{set:?} ({}): {summary}",
                    f.symptom.id
                );
            }
        }
    }

    /// (pattern id, ids that make it fire, near-misses that must not).
    type PatternCase = (
        &'static str,
        &'static [&'static str],
        &'static [&'static [&'static str]],
    );

    /// One row per pattern, for the test below.
    const PATTERN_CASES: &[PatternCase] = &[
        (
            "restless_and_resentful",
            &["explained_every_exit", "criticised_former_boss"],
            &[
                &["explained_every_exit"],
                &["criticised_former_boss", "stumbled_on_gap"],
            ],
        ),
        (
            "silence_noticed",
            &["said_too_little", "checked_the_clock"],
            &[
                &["said_too_little"],
                &["rambled_too_long", "interviewer_frowned"],
            ],
        ),
        (
            "silence_noticed",
            &["barely_spoke", "ended_early"],
            &[&["barely_spoke", "off_day"], &["ended_early"]],
        ),
        (
            "no_real_interest",
            &["knew_little_about_company", "no_questions"],
            &[
                &["no_questions", "rambled_too_long"],
                &["knew_little_about_company"],
            ],
        ),
        (
            "no_real_interest",
            &["unclear_why_this_role", "no_questions"],
            &[&["unclear_why_this_role", "arrived_late"]],
        ),
        (
            "nerves_hid_you",
            &["nervous_body_language", "barely_spoke"],
            &[
                &["nervous_body_language", "rambled_too_long"],
                &["barely_spoke"],
            ],
        ),
        (
            "nerves_hid_you",
            &["poor_eye_contact", "said_too_little"],
            &[&["poor_eye_contact", "arrived_late"]],
        ),
        (
            "lost_the_thread",
            &["rambled_too_long", "checked_the_clock"],
            &[
                &["rambled_too_long", "interviewer_frowned"],
                &["said_too_little", "ended_early"],
            ],
        ),
        (
            "lost_the_thread",
            &["weak_tell_me_about_yourself", "ended_early"],
            &[&["weak_tell_me_about_yourself"]],
        ),
        (
            "honest_reason",
            &["personal_event", "barely_spoke"],
            &[&["personal_event", "rambled_too_long"], &["barely_spoke"]],
        ),
        (
            "honest_reason",
            &["off_day", "said_too_little"],
            &[&["off_day", "interviewer_frowned"]],
        ),
        (
            "series_of_slips",
            &["rambled_too_long", "no_questions", "arrived_late"],
            &[
                // Three slips, but all in one area.
                // Two areas, but only two slips (signals and circumstances are not slips).
                &[
                    "rambled_too_long",
                    "arrived_late",
                    "interviewer_frowned",
                    "off_day",
                ],
            ],
        ),
        (
            "can_you_commit",
            &["explained_every_exit"],
            &[&["stumbled_on_gap"], &["couldnt_back_up_resume"]],
        ),
        (
            "too_quiet_to_judge",
            &["barely_spoke"],
            &[&["said_too_little"], &["off_day"]],
        ),
        (
            "they_reacted",
            &["rambled_too_long", "interviewer_frowned"],
            &[
                &["interviewer_frowned", "furious_note_taking"],
                &["rambled_too_long", "interviewer_frowned", "sold_the_job"],
                &["rambled_too_long", "asked_start_date"],
            ],
        ),
        ("your_own_judgement", &[], &[&["rambled_too_long"]]),
    ];

    // Guards that each pattern fires on its combination and not on a near-miss.
    #[test]
    fn patterns_fire_on_their_combination_only() {
        let rows = PATTERN_CASES;
        for (id, fires, near_misses) in rows {
            // The free item's pattern depends on the weight the user gave it: serious
            // fires, small (with the same ids) does not.
            let (yes, no) = if *id == "your_own_judgement" {
                (with_own(fires, 2), Some(with_own(fires, 1)))
            } else {
                (diagnose(fires), None)
            };
            assert!(yes.has_pattern(id), "{id} should fire on {fires:?}");
            assert!(
                !no.is_some_and(|d| d.has_pattern(id)),
                "{id} fired when small"
            );
            for near in *near_misses {
                assert!(!diagnose(near).has_pattern(id), "{id} fired on {near:?}");
            }
        }
        // Every pattern is covered by the table above.
        for p in all_patterns() {
            assert!(
                rows.iter().any(|(id, _, _)| *id == p.id),
                "{} untested",
                p.id
            );
        }
    }

    // Guards that every catalogue text is filled, compact and well-formed.
    #[test]
    fn catalogue_items_are_complete() {
        let cat = catalogue();
        assert!(
            (28..=32).contains(&cat.len()),
            "catalogue size {}",
            cat.len()
        );
        for s in cat {
            let texts = [
                s.question,
                s.perception,
                s.repair,
                s.detail_prompt.unwrap_or("filled"),
            ];
            for t in texts {
                assert!(!t.trim().is_empty(), "{}: empty text", s.id);
                assert_eq!(t, t.trim(), "{}: untrimmed text", s.id);
                assert!(t.chars().count() <= 220, "{}: text too long: {t}", s.id);
            }
            assert!((1..=5).contains(&s.weight), "{}: weight {}", s.id, s.weight);
            let expects_prompt = !matches!(s.area, Area::Presence | Area::Signals);
            if expects_prompt {
                assert!(s.detail_prompt.is_some(), "{}: needs a detail prompt", s.id);
            }
            match s.area {
                Area::Signals => assert_eq!(s.letter_move, LetterMove::None, "{}", s.id),
                Area::Circumstances => {
                    assert_eq!(s.letter_move, LetterMove::ExplainCircumstance, "{}", s.id)
                }
                _ => assert!(
                    !matches!(
                        s.letter_move,
                        LetterMove::None | LetterMove::ExplainCircumstance
                    ),
                    "{}: a fault needs a repairing move",
                    s.id
                ),
            }
        }
    }

    // Guards that ids are unique, snake_case and grouped in Area::ALL order.
    #[test]
    fn catalogue_ids_are_unique_snake_case_and_grouped() {
        let cat = catalogue();
        for (i, s) in cat.iter().enumerate() {
            assert!(
                s.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                    && !s.id.starts_with('_')
                    && !s.id.ends_with('_')
                    && !s.id.contains("__"),
                "{} is not snake_case",
                s.id
            );
            assert!(
                cat[..i].iter().all(|o| o.id != s.id),
                "duplicate id {}",
                s.id
            );
            assert_eq!(symptom(s.id), Some(s));
        }
        let order: Vec<usize> = cat
            .iter()
            .map(|s| {
                Area::ALL
                    .iter()
                    .position(|a| *a == s.area)
                    .unwrap_or(usize::MAX)
            })
            .collect();
        assert!(
            order.windows(2).all(|w| w[0] <= w[1]),
            "catalogue not grouped"
        );
        for area in Area::ALL {
            assert!(symptoms_in(area).count() > 0, "{area:?} has no item");
        }
        assert_eq!(symptom("no_such_item"), None);
    }

    // Guards that the article's must-have items exist under their stable ids.
    #[test]
    fn article_items_exist() {
        let required = [
            ("rambled_too_long", Area::Answers),
            ("said_too_little", Area::Answers),
            ("blanked_on_question", Area::Answers),
            ("barely_spoke", Area::Answers),
            ("explained_every_exit", Area::WorkHistory),
            ("criticised_former_boss", Area::WorkHistory),
            ("knew_little_about_company", Area::Preparation),
            ("no_questions", Area::Preparation),
            ("nervous_body_language", Area::Presence),
            ("poor_eye_contact", Area::Presence),
            ("arrived_late", Area::Presence),
            ("interviewer_frowned", Area::Signals),
            ("furious_note_taking", Area::Signals),
            ("checked_the_clock", Area::Signals),
            ("ended_early", Area::Signals),
            ("off_day", Area::Circumstances),
            ("personal_event", Area::Circumstances),
        ];
        for (id, area) in required {
            assert_eq!(symptom(id).map(|s| s.area), Some(area), "{id}");
        }
        for id in RED_FLAGS {
            assert_eq!(symptom(id).map(|s| s.weight), Some(5), "{id}");
        }
    }

    // Guards that every id named by a pattern rule is in the catalogue and pattern texts are filled.
    #[test]
    fn pattern_rules_are_well_formed() {
        for (i, rule) in PATTERN_RULES.iter().enumerate() {
            let p = &rule.pattern;
            assert!(PATTERN_RULES[..i].iter().all(|o| o.pattern.id != p.id));
            for t in [p.id, p.title, p.explanation, p.advice] {
                assert!(!t.trim().is_empty() && t.chars().count() <= 220, "{}", p.id);
            }
            for need in rule.needs {
                if let Need::AnyOf(ids) = need {
                    for id in *ids {
                        assert!(symptom(id).is_some(), "{}: unknown id {id}", p.id);
                    }
                }
            }
        }
    }

    // Guards that unknown ids and unchecked items are ignored silently.
    #[test]
    fn unknown_and_unchecked_items_are_ignored() {
        let mut a = assess(&["retired_item", ""]);
        a.insert(
            "criticised_former_boss".to_owned(),
            Answer {
                checked: false,
                detail: "kept text".to_owned(),
                ..Answer::default()
            },
        );
        let d = Diagnosis::from_assessment(&a);
        assert_eq!(d, diagnose(&[]));
        assert_eq!(d.verdict, Verdict::NothingToRepair);
        assert_eq!(d.severity, 0);
        assert!(d.findings.is_empty() && d.patterns.is_empty());

        a.extend(assess(&["rambled_too_long"]));
        assert_eq!(
            Diagnosis::from_assessment(&a),
            diagnose(&["rambled_too_long"])
        );
    }

    // Guards that areas come in Area::ALL order with score = checked weights and max = all weights.
    #[test]
    fn areas_are_ordered_and_bounded() {
        let sets: &[&[&str]] = &[
            &[],
            &["rambled_too_long", "barely_spoke", "off_day"],
            &[
                "criticised_former_boss",
                "ended_early",
                "arrived_late",
                "no_questions",
            ],
        ];
        for ids in sets {
            let d = diagnose(ids);
            let got: Vec<Area> = d.areas.iter().map(|a| a.area).collect();
            assert_eq!(got, Area::ALL.to_vec());
            for a in &d.areas {
                assert!(a.max >= a.score);
                let max: u32 = symptoms_in(a.area).map(|s| u32::from(s.weight)).sum();
                let score: u32 = symptoms_in(a.area)
                    .filter(|s| ids.contains(&s.id))
                    .map(|s| u32::from(s.weight))
                    .sum();
                assert_eq!((a.score, a.max), (score, max), "{:?}", a.area);
            }
        }
        let all: Vec<&str> = catalogue().iter().map(|s| s.id).collect();
        assert!(diagnose(&all).areas.iter().all(|a| a.score == a.max));
    }

    // Guards that the meter stays in 0..=100 and adding a fault never lowers it.
    #[test]
    fn severity_meter_is_bounded_and_monotone() {
        let faults = fault_ids();
        let everything: Vec<&str> = catalogue().iter().map(|s| s.id).collect();
        // Every single item, then every item added to it.
        for base in &everything {
            let before = diagnose(&[base]);
            assert!(before.severity <= 100);
            for f in &faults {
                let after = diagnose(&[base, f]);
                assert!(
                    after.severity >= before.severity,
                    "{base} + {f} lowered the meter"
                );
                assert!(
                    after.verdict >= before.verdict,
                    "{base} + {f} lowered the verdict"
                );
            }
        }
        // Long deterministic random walks that keep adding items.
        let mut seed: u64 = 0x5eed;
        for _ in 0..200 {
            let mut ids: Vec<&str> = Vec::new();
            let mut last = diagnose(&ids).severity;
            for _ in 0..12 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let pick = everything[(seed >> 33) as usize % everything.len()];
                ids.push(pick);
                let now = diagnose(&ids).severity;
                assert!(now <= 100);
                if symptom(pick).is_some_and(|s| s.is_fault()) {
                    assert!(now >= last, "adding {pick} to {ids:?} lowered the meter");
                }
                last = now;
            }
        }
        assert_eq!(diagnose(&everything).severity, 100);
        assert_eq!(diagnose(&[]).severity, 0);
    }

    // Guards that circumstances never raise the verdict or the meter.
    #[test]
    fn circumstances_never_raise_severity() {
        let sets: &[&[&str]] = &[
            &[],
            &["rambled_too_long"],
            &["rambled_too_long", "said_too_little"],
            &["barely_spoke"],
            &["interviewer_frowned"],
            &["criticised_former_boss"],
        ];
        for ids in sets {
            let before = diagnose(ids);
            for c in ["off_day", "personal_event"] {
                let mut more = ids.to_vec();
                more.push(c);
                let after = diagnose(&more);
                assert_eq!(after.severity, before.severity, "{ids:?} + {c}");
                if !ids.is_empty() {
                    assert_eq!(after.verdict, before.verdict, "{ids:?} + {c}");
                }
                let finding = after.findings.iter().find(|f| f.symptom.id == c);
                assert_eq!(finding.map(|f| f.severity), Some(Severity::Minor));
            }
        }
    }

    // Guards the finding order: faults by severity then weight, then signals, then circumstances.
    #[test]
    fn findings_are_ordered() {
        let d = diagnose(&[
            "off_day",
            "interviewer_frowned",
            "ended_early",
            "rambled_too_long",
            "arrived_late",
            "criticised_former_boss",
            "wrong_setting",
        ]);
        let ids: Vec<&str> = d.findings.iter().map(|f| f.symptom.id).collect();
        assert_eq!(
            ids,
            [
                "criticised_former_boss",
                "arrived_late",
                "rambled_too_long",
                "wrong_setting",
                "ended_early",
                "interviewer_frowned",
                "off_day",
            ]
        );
        // A combination can lift a lighter fault above a heavier one.
        let d = diagnose(&[
            "explained_every_exit",
            "criticised_former_boss",
            "arrived_late",
        ]);
        let sev: Vec<(&str, Severity)> = d
            .findings
            .iter()
            .map(|f| (f.symptom.id, f.severity))
            .collect();
        assert_eq!(
            sev,
            [
                ("criticised_former_boss", Severity::Serious),
                ("explained_every_exit", Severity::Serious),
                ("arrived_late", Severity::Moderate),
            ]
        );
    }

    // Guards per-finding severity: from weight, raised one step by a combination, circumstances minor.
    #[test]
    fn finding_severity_follows_weight_and_combinations() {
        let rows: &[(&[&str], &str, Severity)] = &[
            (&["rambled_too_long"], "rambled_too_long", Severity::Minor),
            // Alone it is a minor slip, whatever it weighs: the badge says no more than
            // the verdict.
            (&["arrived_late"], "arrived_late", Severity::Minor),
            (
                &["arrived_late", "no_concrete_example"],
                "arrived_late",
                Severity::Moderate,
            ),
            (&["barely_spoke"], "barely_spoke", Severity::Serious),
            (
                &["said_too_little", "interviewer_frowned"],
                "said_too_little",
                Severity::Moderate,
            ),
            (
                &["said_too_little", "interviewer_frowned"],
                "interviewer_frowned",
                Severity::Minor,
            ),
            (
                &["no_questions", "unclear_why_this_role"],
                "unclear_why_this_role",
                Severity::Serious,
            ),
            (
                &["personal_event", "said_too_little"],
                "said_too_little",
                Severity::Minor,
            ),
            (
                &["rambled_too_long", "no_questions", "arrived_late"],
                "no_questions",
                Severity::Minor,
            ),
        ];
        for (ids, id, expected) in rows {
            let d = diagnose(ids);
            let got = d
                .findings
                .iter()
                .find(|f| f.symptom.id == *id)
                .map(|f| f.severity);
            assert_eq!(got, Some(*expected), "{id} in {ids:?}");
        }
    }

    // Guards that a 10,000-character detail survives intact apart from trimming.
    #[test]
    fn long_detail_survives_intact() {
        let long: String = "Wir haben über Ärger gesprochen — "
            .repeat(400)
            .chars()
            .take(10_000)
            .collect();
        let long = long.trim().to_owned();
        let mut a = assess(&["said_too_little"]);
        if let Some(answer) = a.get_mut("said_too_little") {
            answer.detail = format!("  \n{long}\t ");
        }
        let d = Diagnosis::from_assessment(&a);
        assert_eq!(d.findings[0].detail, long);
    }

    // Guards that markup in a detail is carried verbatim (escaping is the UI's job).
    #[test]
    fn markup_in_detail_is_verbatim() {
        let markup = r#"<script>alert("x")</script> & <b>bold</b> {company} &amp;"#;
        let mut a = assess(&["blanked_on_question"]);
        if let Some(answer) = a.get_mut("blanked_on_question") {
            answer.detail = markup.to_owned();
        }
        assert_eq!(Diagnosis::from_assessment(&a).findings[0].detail, markup);
    }

    // Guards the recommended channel for each kind of result.
    #[test]
    fn channel_recommendation() {
        let rows: &[(&[&str], Channel)] = &[
            (&[], Channel::Email),
            (&["rambled_too_long"], Channel::Email),
            (&["off_day"], Channel::Email),
            (
                &["rambled_too_long", "said_too_little", "no_questions"],
                Channel::Email,
            ),
            (
                &["nervous_body_language", "arrived_late", "rambled_too_long"],
                Channel::Email,
            ),
            (&["criticised_former_boss"], Channel::Letter),
            (&["personal_event", "barely_spoke"], Channel::Phone),
            (
                &["off_day", "said_too_little", "interviewer_frowned"],
                Channel::Phone,
            ),
            (
                &[
                    "personal_event",
                    "barely_spoke",
                    "knew_little_about_company",
                ],
                Channel::Letter,
            ),
        ];
        for (ids, expected) in rows {
            let d = diagnose(ids);
            assert_eq!(d.channel, *expected, "{ids:?}");
            assert!(!d.channel_reason.is_empty() && !d.timing.is_empty());
            assert!(d.timing.contains("24 hours") || d.timing.contains("within a day"));
        }
    }

    // Guards that the summary is one plain sentence per verdict, and the nothing case says why that is good.
    #[test]
    fn summary_is_one_sentence() {
        let sets: &[&[&str]] = &[
            &[],
            &["off_day"],
            &["interviewer_frowned"],
            &["rambled_too_long"],
            &["rambled_too_long", "said_too_little"],
            &["barely_spoke"],
            &["criticised_former_boss"],
            &["criticised_former_boss", "knew_little_about_company"],
        ];
        for ids in sets {
            let s = diagnose(ids).summary();
            assert!(s.ends_with('.'), "{s}");
            assert_eq!(s.matches(". ").count(), 0, "more than one sentence: {s}");
            assert!(s.chars().next().is_some_and(char::is_uppercase), "{s}");
        }
        // Before anything is ticked: a calm invitation, no verdict.
        let nothing = diagnose(&[]).summary();
        assert!(nothing.starts_with("Tick what happened"), "{nothing}");
        assert!(diagnose(&["rambled_too_long", "said_too_little"])
            .summary()
            .starts_with("Small slips like these"));
    }

    // Guards issue 18's "named reasons": every pattern says its reason in one sentence.
    #[test]
    fn each_pattern_gives_its_reason_in_one_sentence() {
        for p in all_patterns() {
            assert!(p.explanation.ends_with('.'), "{}", p.id);
            assert_eq!(
                p.explanation.matches(". ").count(),
                0,
                "{}: {}",
                p.id,
                p.explanation
            );
        }
    }

    // Guards the verdict and severity labels and keys: filled, distinct, snake_case keys.
    #[test]
    fn labels_and_keys() {
        let keys: Vec<&str> = Verdict::ALL.iter().map(|v| v.key()).collect();
        assert_eq!(
            keys,
            ["nothing_to_repair", "minor_slips", "pattern", "red_flag"]
        );
        for v in Verdict::ALL {
            assert!(!v.headline().is_empty() && !v.advice().is_empty());
        }
        let sev = [Severity::Minor, Severity::Moderate, Severity::Serious];
        let keys: Vec<&str> = sev.iter().map(|s| s.key()).collect();
        assert_eq!(keys, ["minor", "moderate", "serious"]);
        assert!(sev.iter().all(|s| !s.label().is_empty()));
        let weights: Vec<Severity> = (1..=5).map(Severity::from_weight).collect();
        assert_eq!(
            weights,
            [
                Severity::Minor,
                Severity::Minor,
                Severity::Moderate,
                Severity::Serious,
                Severity::Serious
            ]
        );
    }
}
